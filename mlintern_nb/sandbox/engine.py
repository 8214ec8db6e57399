"""The Docker engine: one connection helper that turns every way of not reaching it into
:class:`DockerUnavailable`, the labels that mark our containers, and the orphan sweep."""
from __future__ import annotations

import os
import shutil
import socket
import time
from pathlib import Path
from urllib.parse import urlparse

from .errors import DockerUnavailable, RemoteDockerUnsupported

LABEL_KERNEL = "mlintern.kernel_id"
LABEL_PID = "mlintern.owner_pid"
LABEL_HOST = "mlintern.owner_host"
LABEL_START = "mlintern.owner_start"  # the owner's start time (guards against pid reuse)
CONTAINER_PREFIX = "mlintern-kernel-"
STALE_DIR_S = 600


def runtime_root() -> Path:
    """Per-user directory for the kernels' connection directories. Not under /tmp (the container's
    /tmp is a tmpfs) nor under /root (not traversable for the kernel user)."""
    return Path(os.environ.get("MLINTERN_RUNTIME_DIR") or f"/var/tmp/mlintern-{os.getuid()}")


def docker_host() -> str:
    return os.environ.get("DOCKER_HOST", "")


def is_remote(host: str | None = None) -> bool:
    """True when DOCKER_HOST points at another machine (ssh://, or tcp:// to a non-local address)."""
    host = docker_host() if host is None else host
    if not host or host.startswith(("unix://", "npipe://", "fd://")):
        return False
    if host.startswith("ssh://"):
        return True
    name = urlparse(host if "://" in host else f"tcp://{host}").hostname or ""
    return name not in {"localhost", "127.0.0.1", "::1", ""}


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    host = docker_host() or "unix:///var/run/docker.sock"
    low = text.lower()
    if "permission denied" in low:
        return f"permission denied on {host}; add your user to the 'docker' group"
    if "no such file" in low or "filenotfound" in low:
        return f"no engine listening at {host}; is the daemon running?"
    if "connection refused" in low:
        return f"connection refused at {host}; is the daemon running?"
    if "name or service not known" in low or "nodename nor servname" in low or "name resolution" in low:
        return f"cannot resolve the host in DOCKER_HOST={host}"
    if "timed out" in low or "timeout" in low:
        return f"no answer from {host} (timed out)"
    return f"{host}: {text[:160]}"


def client(timeout: float = 30, allow_remote: bool = False):
    """A pinged ``docker.DockerClient``; :class:`DockerUnavailable` when the engine can't be reached."""
    try:
        import docker
    except ImportError:  # pragma: no cover - docker is a dependency
        raise DockerUnavailable("the 'docker' Python package is not installed") from None
    if not allow_remote and is_remote():
        raise RemoteDockerUnsupported(docker_host())
    try:
        cli = docker.from_env(timeout=timeout)
        cli.ping()
    except Exception as exc:  # noqa: BLE001 - DockerException, requests' ConnectionError, PermissionError ...
        raise DockerUnavailable(_reason(exc)) from None
    return cli


def process_start_time(pid: int) -> str:
    """The kernel's start time of a process (clock ticks since boot), '' when unknown."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def owner_labels(kernel_id: str) -> dict[str, str]:
    pid = os.getpid()
    return {LABEL_KERNEL: kernel_id, LABEL_PID: str(pid), LABEL_HOST: socket.gethostname(),
            LABEL_START: process_start_time(pid)}


def owner_alive(labels: dict[str, str]) -> bool:
    """Is the process that started this container still running (same host, same pid, same start)?"""
    if labels.get(LABEL_HOST) != socket.gethostname():
        return True  # not ours to judge
    try:
        pid = int(labels.get(LABEL_PID, ""))
    except ValueError:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    start = labels.get(LABEL_START, "")
    return not start or start == process_start_time(pid)


def our_containers(cli, all_hosts: bool = False) -> list:
    flt = {"label": [LABEL_KERNEL]}
    if not all_hosts:
        flt["label"].append(f"{LABEL_HOST}={socket.gethostname()}")
    return cli.containers.list(all=True, filters=flt)


def sweep(cli, everything: bool = False) -> list[str]:
    """Remove our containers whose owner process is gone (all of ours with ``everything``).
    Returns the names removed."""
    import docker

    removed = []
    for c in our_containers(cli):
        if everything or not owner_alive(c.labels):
            try:
                c.remove(force=True)
                removed.append(c.name)
                kid = c.labels.get(LABEL_KERNEL, "")
                if kid and os.sep not in kid and kid not in {".", ".."}:
                    shutil.rmtree(runtime_root() / kid, ignore_errors=True)
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError as exc:
                if "already in progress" not in str(exc):
                    raise
    # connection directories whose container is gone (older than STALE_DIR_S: one may be starting now)
    live = {c.labels.get(LABEL_KERNEL) for c in our_containers(cli)}
    root = runtime_root()
    if root.is_dir():
        for d in root.iterdir():
            try:
                old = time.time() - d.stat().st_mtime > STALE_DIR_S
            except OSError:
                continue
            if d.is_dir() and d.name not in live and (everything or old):
                shutil.rmtree(d, ignore_errors=True)
    return removed
