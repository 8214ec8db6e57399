"""The ``mlintern-sandbox`` kernelspec and the choice between the sandbox and the local kernel."""
from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path

from ..config import get_config
from . import engine
from .errors import ImageNotFound, SandboxError

log = logging.getLogger("mlintern_nb.sandbox")
KERNEL_NAME = "mlintern-sandbox"
DISPLAY_NAME = "Python (mlintern sandbox)"
LOCAL_KERNEL = "python3"
PROVISIONER = "mlintern-docker"


def kernelspec_dict(config: dict | None = None) -> dict:
    return {
        # argv is what a plain launcher would run; the provisioner runs it inside the container
        "argv": ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": DISPLAY_NAME,
        "language": "python",
        "interrupt_mode": "signal",
        "env": {},
        "metadata": {
            "debugger": False,
            "mlintern": {"isolated": True},
            "kernel_provisioner": {"provisioner_name": PROVISIONER, "config": dict(config or {})},
        },
    }


def install(user: bool = True, prefix: str | None = None, config: dict | None = None) -> str:
    """Write the kernelspec (where ``jupyter kernelspec list`` finds it); returns its directory."""
    from jupyter_client.kernelspec import KernelSpecManager

    with tempfile.TemporaryDirectory() as d:
        Path(d, "kernel.json").write_text(json.dumps(kernelspec_dict(config), indent=1))
        if prefix is None and not user:
            prefix = sys.prefix
        return KernelSpecManager().install_kernel_spec(d, KERNEL_NAME, user=user and prefix is None,
                                                       prefix=prefix, replace=True)


def installed_spec() -> dict | None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        return None
    return spec.to_dict()


def ensure_installed() -> None:
    spec = installed_spec()
    if spec is None or spec.get("metadata", {}).get("kernel_provisioner", {}).get("provisioner_name") != PROVISIONER:
        install(user=True)


def check_sandbox(image: str | None = None) -> dict:
    """Raise DockerUnavailable / ImageNotFound / RemoteDockerUnsupported unless the sandbox can start.
    Returns the image's inspect data."""
    import docker

    image = image or get_config().image
    cli = engine.client(timeout=10)
    try:
        return cli.images.get(image).attrs
    except docker.errors.ImageNotFound:
        raise ImageNotFound(image) from None


def resolve_kind(kind: str | None = None) -> str:
    """"sandbox" or "local" for ``kind`` (default ``MLIntern.kernel``); "auto" degrades to local with a
    one-line warning."""
    kind = (kind or get_config().kernel).lower()
    if kind not in {"sandbox", "local", "auto"}:
        raise SandboxError(f"unknown kernel kind {kind!r}: use sandbox, local or auto", kind=kind)
    if kind != "auto":
        return kind
    try:
        check_sandbox()
        return "sandbox"
    except SandboxError as exc:
        # one line on stderr (logging's last-resort handler when the application configured none)
        log.warning("mlintern: no sandbox (%s); using the local kernel, NOT isolated", exc)
        return "local"


def kernel_name_for(kind: str | None = None) -> str:
    """The kernelspec name nbclient/papermill should run for this kind."""
    kind = resolve_kind(kind)
    if kind == "local":
        return LOCAL_KERNEL
    check_sandbox()
    ensure_installed()
    return KERNEL_NAME


def kernel_info(kind: str | None = None) -> dict:
    """What to record in notebook metadata about the kernel that runs it."""
    kind = resolve_kind(kind)
    cfg = get_config()
    if kind == "local":
        return {"kind": "local", "isolated": False, "network": True, "image": None, "image_digest": None,
                "limits": None, "kernel_name": LOCAL_KERNEL,
                "warning": f"not isolated: runs as uid {os.getuid()} with the host's files and network"}
    from .container import SandboxSettings

    # what the kernel will run with: the kernelspec's baked options over MLIntern's
    baked = ((installed_spec() or {}).get("metadata", {}).get("kernel_provisioner", {}).get("config") or {})
    s = SandboxSettings(image=baked.get("image") or cfg.image,
                        memory_limit=baked.get("memory_limit") or cfg.memory_limit,
                        cpu_limit=baked.get("cpu_limit") or cfg.cpu_limit,
                        pids_limit=baked.get("pids_limit") or cfg.pids_limit,
                        network=cfg.network if baked.get("network") is None else bool(baked["network"]),
                        gpu=cfg.gpu if baked.get("gpu") is None else bool(baked["gpu"]))
    attrs = check_sandbox(s.image)
    digests = attrs.get("RepoDigests") or []
    return {"kind": "sandbox", "isolated": True, "network": s.network, "image": s.image,
            "image_digest": digests[0] if digests else attrs.get("Id"), "limits": s.limits(),
            "gpu": s.gpu, "kernel_name": KERNEL_NAME}


def death_of(km) -> SandboxError | None:
    """Why this KernelManager's sandbox kernel died: KernelOOMKilled, KernelDied or None."""
    from .provisioner import DEATHS

    prov = getattr(km, "provisioner", None)
    if prov is not None and getattr(prov, "death", None) is not None:
        return prov.death
    if prov is not None and getattr(prov, "container_id", None) and hasattr(prov, "_state"):
        attrs = prov._state()
        if attrs is not None:
            prov._record_death(attrs)
            if prov.death is not None:
                return prov.death
    return DEATHS.get(getattr(km, "kernel_id", None) or "")
