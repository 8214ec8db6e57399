"""``mlintern gateway serve``: Jupyter Kernel Gateway on the execution host, the sandbox as its only kernel.

Jupyter Kernel Gateway (``jupyter_kernel_gateway``, the maintained server of the gateway protocol that
JupyterLab's ``--gateway-url``, VS Code and jupyter_server's GatewayClient speak) runs in this process
with:

- ``KernelSpecManager.allowed_kernelspecs = {"mlintern-sandbox"}``: no other kernel can be asked for,
  so every kernel is the Docker sandbox of this host (``--network none``, ipc sockets, limits);
- :class:`WorkspaceKernelManager`: each kernel's cwd — the only host directory its container sees — is
  a fresh ``<workspace_root>/<kernel_id>`` (0700), whatever path the client sends; removed at shutdown;
- a token (``$KG_AUTH_TOKEN``, else ``$JUPYTER_GATEWAY_AUTH_TOKEN``, else a random one written to a
  0600 file): it is never printed nor put on a command line; a non-loopback address without a token,
  or without TLS (``--certfile``/``--keyfile``) unless ``--insecure``, is refused;
- idle kernels culled after ``--cull-idle`` seconds (default one hour), ``--max-kernels`` at most.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import secrets
import shutil
import socket
from pathlib import Path
from uuid import uuid4

from kernel_gateway.services.kernels.manager import SeedingMappingKernelManager
from traitlets import Unicode

from ..errors import UsageError

log = logging.getLogger("mlintern_nb.sandbox.gateway")
TOKEN_ENVS = ("KG_AUTH_TOKEN", "JUPYTER_GATEWAY_AUTH_TOKEN")


def default_workspace_root() -> Path:
    return Path(os.environ.get("MLINTERN_GATEWAY_WORKSPACES") or f"/var/tmp/mlintern-gateway-{os.getuid()}")


class WorkspaceKernelManager(SeedingMappingKernelManager):
    """Every kernel gets its own empty workspace directory; the client's path is ignored. When a
    sandbox kernel dies (OOM kill, crash) and the gateway restarts it, why it died is kept and shown in
    the kernel's model (``mlintern_death``), so the client's repair loop diagnoses it as it would locally."""

    workspace_root = Unicode("", config=True, help="Directory holding one workspace per kernel.")

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._deaths: dict[str, dict] = {}

    def _on_restart(self, kernel_id: str) -> None:
        """Restart callback: fired when the kernel was found dead, before the restart."""
        km = self._kernels.get(kernel_id)
        death = getattr(getattr(km, "provisioner", None), "death", None)
        if death is not None:
            self._deaths[kernel_id] = death_record(death)

    def kernel_model(self, kernel_id):
        model = super().kernel_model(kernel_id)
        if kernel_id in self._deaths:
            model["mlintern_death"] = self._deaths[kernel_id]
        return model

    def _root(self) -> Path:
        root = Path(self.workspace_root or default_workspace_root())
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        return root

    async def start_kernel(self, *args, kernel_id=None, path=None, **kwargs):
        kernel_id = kernel_id or str(uuid4())
        ws = self._root() / kernel_id
        ws.mkdir(mode=0o700, exist_ok=True)
        env = dict(kwargs.get("env") or {})
        env.pop("KERNEL_WORKING_DIR", None)  # a client-side path: never honoured here
        kwargs["env"] = env
        kwargs["cwd"] = str(ws)
        try:
            kernel_id = await super().start_kernel(*args, kernel_id=kernel_id, **kwargs)
        except BaseException:
            shutil.rmtree(ws, ignore_errors=True)
            raise
        self._kernels[kernel_id].add_restart_callback(lambda: self._on_restart(kernel_id), "restart")
        return kernel_id

    async def shutdown_kernel(self, kernel_id, now=False, restart=False):
        try:
            return await super().shutdown_kernel(kernel_id, now=now, restart=restart)
        finally:
            if not restart:
                shutil.rmtree(self._root() / kernel_id, ignore_errors=True)
                self._deaths.pop(kernel_id, None)


def death_record(death) -> dict:
    """A KernelDied / KernelOOMKilled as JSON for the kernel model (see gateway.death_from_record)."""
    return {"type": type(death).__name__, "message": str(death), "exit_code": getattr(death, "exit_code_kernel", None),
            "limit_bytes": getattr(death, "limit_bytes", None), "detail": getattr(death, "detail", "")}


def _is_loopback(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return ip == "localhost"


def server_token(token_file: Path | None = None) -> tuple[str, str]:
    """(token, where it came from). A generated token goes into a 0600 file, never to the terminal."""
    for name in TOKEN_ENVS:
        if os.environ.get(name):
            return os.environ[name], f"${name}"
    from jupyter_core.paths import jupyter_runtime_dir

    path = Path(token_file or Path(jupyter_runtime_dir()) / "mlintern-gateway-token")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.read_text().strip():
        return path.read_text().strip(), str(path)
    tok = secrets.token_hex(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(tok + "\n")
    return tok, str(path)


def build_config(*, ip: str, port: int, token: str, kernelspec: str, workspace_root: str, cull_idle: int,
                 max_kernels: int | None, certfile: str | None, keyfile: str | None):
    from traitlets.config import Config

    c = Config()
    c.KernelGatewayApp.ip = ip
    c.KernelGatewayApp.port = port
    c.KernelGatewayApp.port_retries = 0
    c.KernelGatewayApp.auth_token = token
    c.KernelGatewayApp.default_kernel_name = kernelspec
    c.KernelGatewayApp.force_kernel_name = kernelspec  # whatever a client asks for, it gets this one
    c.KernelGatewayApp.kernel_manager_class = WorkspaceKernelManager
    c.KernelGatewayApp.allow_origin = ""
    c.JupyterWebsocketPersonality.list_kernels = True  # JupyterLab/Notebook 7 with --gateway-url list kernels
    if max_kernels:
        c.KernelGatewayApp.max_kernels = max_kernels
    if certfile:
        c.KernelGatewayApp.certfile = certfile
        c.KernelGatewayApp.keyfile = keyfile or ""
    c.KernelSpecManager.allowed_kernelspecs = {kernelspec}
    c.KernelSpecManager.ensure_native_kernel = False
    c.WorkspaceKernelManager.workspace_root = workspace_root
    if cull_idle:
        c.WorkspaceKernelManager.cull_idle_timeout = cull_idle
        c.WorkspaceKernelManager.cull_interval = max(5, min(60, cull_idle // 2))
        c.WorkspaceKernelManager.cull_connected = False
    return c


def serve(*, ip: str = "127.0.0.1", port: int = 8888, kernelspec: str = "mlintern-sandbox",
          workspace_root: str | None = None, cull_idle: int = 3600, max_kernels: int | None = None,
          certfile: str | None = None, keyfile: str | None = None, insecure: bool = False,
          token_file: str | None = None, check: bool = True) -> None:
    """Run the gateway in this process until interrupted."""
    if not _is_loopback(ip) and not certfile and not insecure:
        raise UsageError(f"refusing to serve on {ip} over plain HTTP: pass --certfile/--keyfile (TLS), or "
                         f"--insecure on a network you trust (or reach it through an SSH tunnel to 127.0.0.1)")
    if kernelspec == "mlintern-sandbox" and check:
        from .kernelspec import check_sandbox, ensure_installed
        check_sandbox()  # DockerUnavailable / ImageNotFound before any client waits on it
        ensure_installed()
    token, source = server_token(Path(token_file) if token_file else None)
    root = workspace_root or str(default_workspace_root())
    from kernel_gateway.gatewayapp import KernelGatewayApp

    cfg = build_config(ip=ip, port=port, token=token, kernelspec=kernelspec, workspace_root=root,
                       cull_idle=cull_idle, max_kernels=max_kernels, certfile=certfile, keyfile=keyfile)
    scheme = "https" if certfile else "http"
    print(f"mlintern gateway: {scheme}://{ip}:{port} serving kernelspec {kernelspec!r} only; token from {source}; "
          f"workspaces under {root}; idle kernels culled after {cull_idle} s", flush=True)
    app = KernelGatewayApp(config=cfg)
    app.initialize([])
    app.start()


def free_port(ip: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((ip, 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    """``python -m mlintern_nb.sandbox.gateway_server`` — the same as ``mlintern gateway serve``."""
    from ..cli import main as cli_main
    return cli_main(["gateway", "serve", *(argv or [])])


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv[1:]))
