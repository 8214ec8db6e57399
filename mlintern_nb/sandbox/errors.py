"""Sandbox errors: the shared ones from :mod:`mlintern_nb.errors` plus the sandbox's own."""
from __future__ import annotations

from ..errors import (
    DockerUnavailable,
    ImageNotFound,
    KernelDied,
    KernelOOMKilled,
    SandboxError,
)


class ImageBuildFailed(SandboxError):
    exit_code = 35

    def __init__(self, image: str, step: str, detail: str = ""):
        msg = f"building {image!r} failed at {step}"
        if detail:
            msg += f": {detail}"
        super().__init__(msg, image=image, step=step, detail=detail)


class WorkspaceRefused(SandboxError):
    """The kernel's workspace would expose too much of the host (``/``, ``/var``, the Docker socket)."""

    exit_code = 36

    def __init__(self, path: str, why: str):
        super().__init__(f"refusing to mount {path!r} as the sandbox workspace: {why}; "
                         f"start the kernel from a project directory", path=path, why=why)


class RemoteDockerUnsupported(SandboxError):
    """DOCKER_HOST names another machine: ipc sockets on a bind mount cannot cross machines."""

    exit_code = 37

    def __init__(self, docker_host: str):
        super().__init__(f"DOCKER_HOST={docker_host} is a remote engine; the sandbox kernel talks over ipc "
                         f"sockets that cannot cross machines (see docs/sandbox.md, 'Remote Docker host'); "
                         f"run a kernel gateway there instead (`mlintern gateway serve`, then --gateway URL), "
                         f"unset DOCKER_HOST, or run with --kernel local", docker_host=docker_host)


__all__ = [
    "DockerUnavailable",
    "ImageBuildFailed",
    "ImageNotFound",
    "KernelDied",
    "KernelOOMKilled",
    "RemoteDockerUnsupported",
    "SandboxError",
    "WorkspaceRefused",
]
