"""What a sandbox container looks like: the ``docker run`` options (pure, testable without an engine)
and how a dead container's state becomes a typed error."""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..nbmeta import OFFLINE_ENV
from .errors import KernelDied, KernelOOMKilled, WorkspaceRefused

KERNEL_UID = 1000
TMPFS_SIZE = "1g"
# Host paths whose mount would hand the kernel the host itself (or the Docker socket).
_REFUSED = {"/", "/var", "/run", "/var/run", "/etc", "/usr", "/proc", "/sys", "/dev", "/boot", "/root", "/home"}


def parse_bytes(size: str | int | None) -> int | None:
    """Docker size syntax ('256m', '4g', '1024') to bytes."""
    if size in (None, "", 0):
        return None
    if isinstance(size, int):
        return size
    s = str(size).strip().lower().rstrip("b")
    mult = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}.get(s[-1:], 1)
    num = s[:-1] if s[-1:] in "kmgt" else s
    return int(float(num) * mult)


def kernel_uid() -> int:
    """The kernel runs as the host user (files it writes stay theirs) — as uid 1000 when that is root."""
    uid = os.getuid()
    return uid if uid != 0 else KERNEL_UID


def check_workspace(path: str | os.PathLike) -> str:
    p = Path(path).resolve()
    if not p.is_dir():
        raise WorkspaceRefused(str(p), "not a directory")
    if str(p) in _REFUSED:
        raise WorkspaceRefused(str(p), "it is a system directory")
    sock = Path("/var/run/docker.sock").resolve()
    if sock.exists() and (p == sock.parent or p in sock.parents):
        raise WorkspaceRefused(str(p), "it contains the Docker socket")
    return str(p)


def grant_workspace(path: str, uid: int) -> None:
    """Let the kernel user (uid 1000 when the host user is root) into the workspace without changing
    its owner or mode: a POSIX ACL entry (``setfacl``, package ``acl``) on the directory, inherited by
    what is created in it. A non-root host user runs the kernel under their own uid: nothing to do."""
    if os.geteuid() != 0 or uid == 0:
        return
    st = os.stat(path)
    if st.st_uid == uid or (st.st_mode & 0o007) == 0o007:
        return
    setfacl = shutil.which("setfacl")
    if setfacl:
        proc = subprocess.run([setfacl, "-m", f"u:{uid}:rwx,d:u:{uid}:rwx", path], capture_output=True, text=True, check=False)
        if proc.returncode == 0:
            return
        why = " ".join(proc.stderr.split())[:160]
    else:
        why = "setfacl is not installed (apt-get install acl)"
    raise WorkspaceRefused(path, f"the kernel user (uid {uid}) cannot write it and {why}; "
                                 f"`setfacl -m u:{uid}:rwx {path}` or `chown {uid} {path}` lets it in")


@dataclass
class SandboxSettings:
    image: str
    memory_limit: str = "4g"
    cpu_limit: float = 2.0
    pids_limit: int = 256
    network: bool = False
    network_mode: str = "bridge"  # used only when network is opened
    gpu: bool = False
    gpu_available: bool = False
    extra_env: dict[str, str] = field(default_factory=dict)

    def limits(self) -> dict:
        return {"memory": self.memory_limit, "memory_bytes": parse_bytes(self.memory_limit),
                "cpus": self.cpu_limit, "pids": self.pids_limit}


def run_options(settings: SandboxSettings, *, kernel_id: str, conn_dir: str, workspace: str,
                cmd: list[str], labels: dict[str, str], env: dict[str, str] | None = None) -> dict:
    """Keyword arguments for ``client.containers.run`` (docker-py) — secure by default."""
    import docker

    uid = kernel_uid()
    mem = parse_bytes(settings.memory_limit)
    kernel_env = {
        "HOME": "/tmp/home", "MPLCONFIGDIR": "/tmp/matplotlib", "XDG_CACHE_HOME": "/tmp/cache",
        "HF_HOME": "/tmp/cache/huggingface", "IPYTHONDIR": "/tmp/home/.ipython",
        "PYTHONUNBUFFERED": "1", "MLINTERN_SANDBOX": "1", "MLINTERN_KERNEL_ID": kernel_id,
    }
    if not settings.network:
        kernel_env.update(OFFLINE_ENV)
    kernel_env.update(settings.extra_env)
    kernel_env.update(env or {})
    opts = dict(
        image=settings.image, command=cmd, name=f"mlintern-kernel-{kernel_id}", detach=True,
        labels=labels, environment=kernel_env, user=f"{uid}:{uid}", working_dir=workspace,
        volumes={conn_dir: {"bind": conn_dir, "mode": "rw"}, workspace: {"bind": workspace, "mode": "rw"}},
        network_mode=settings.network_mode if settings.network else "none",
        cap_drop=["ALL"], security_opt=["no-new-privileges"], read_only=True,
        tmpfs={"/tmp": f"rw,nosuid,nodev,size={TMPFS_SIZE},mode=1777"},
        pids_limit=int(settings.pids_limit), nano_cpus=int(float(settings.cpu_limit) * 1e9) or None,
        init=True, ipc_mode="private", shm_size="256m", stop_signal="SIGTERM",
    )
    if mem:
        opts["mem_limit"] = mem
        opts["memswap_limit"] = mem  # no swap: past the limit is an OOM kill, not a crawl
    if settings.gpu and settings.gpu_available:
        opts["device_requests"] = [docker.types.DeviceRequest(count=-1, capabilities=[["gpu"]])]
    return opts


def death_from_state(attrs: dict, *, requested: bool = False, logs=None) -> KernelDied | None:
    """``docker inspect`` output of an exited container → the typed reason, or None for a clean exit
    (or one we asked for)."""
    state = attrs.get("State", {})
    if state.get("Running"):
        return None
    name = attrs.get("Name", "").lstrip("/")
    code = state.get("ExitCode")
    if state.get("OOMKilled"):
        limit = attrs.get("HostConfig", {}).get("Memory") or None
        return KernelOOMKilled(limit, container=name, exit_code=code)
    if requested or code == 0:
        return None
    detail = state.get("Error") or _signal_name(code)
    tail = logs() if callable(logs) else (logs or "")
    if tail:
        detail = f"{detail}; last output: {tail}" if detail else f"last output: {tail}"
    return KernelDied(code, container=name, detail=detail)


def _signal_name(code: int | None) -> str:
    import signal

    if code and code > 128:
        try:
            return f"killed by {signal.Signals(code - 128).name}"
        except ValueError:
            pass
    return ""
