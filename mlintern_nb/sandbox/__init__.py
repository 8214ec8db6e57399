"""mlintern_nb.sandbox — the Docker-backed Jupyter kernel (``mlintern-sandbox``) and the choice
between it and the local, unisolated ``python3`` kernel.

- :func:`kernel_name_for` — kernelspec name for "sandbox" | "local" | "auto".
- :func:`kernel_info` — what notebook metadata records about the kernel.
- :func:`death_of` — why a KernelManager's sandbox kernel died (KernelOOMKilled / KernelDied / None).
- :class:`~mlintern_nb.sandbox.provisioner.DockerKernelProvisioner` — entry point ``mlintern-docker``.
"""
from __future__ import annotations

from .errors import (
                     DockerUnavailable,
                     ImageBuildFailed,
                     ImageNotFound,
                     KernelDied,
                     KernelOOMKilled,
                     RemoteDockerUnsupported,
                     SandboxError,
                     WorkspaceRefused,
)
from .kernelspec import (
                     DISPLAY_NAME,
                     KERNEL_NAME,
                     LOCAL_KERNEL,
                     death_of,
                     install,
                     kernel_info,
                     kernel_name_for,
)

__all__ = [
                     "DISPLAY_NAME",
                     "KERNEL_NAME",
                     "LOCAL_KERNEL",
                     "DockerUnavailable",
                     "ImageBuildFailed",
                     "ImageNotFound",
                     "KernelDied",
                     "KernelOOMKilled",
                     "RemoteDockerUnsupported",
                     "SandboxError",
                     "WorkspaceRefused",
                     "death_of",
                     "install",
                     "kernel_info",
                     "kernel_name_for",
]
