"""Typed errors of remote kernels (a kernel gateway): one line each, the token never in the text."""
from __future__ import annotations

from ..errors import SandboxError


class GatewayError(SandboxError):
    """Something between mlintern and a kernel gateway went wrong."""

    exit_code = 60


class GatewayUnreachable(GatewayError):
    """Nothing answers at the gateway URL (refused, DNS, TLS, timeout)."""

    exit_code = 61

    def __init__(self, url: str, reason: str):
        super().__init__(f"the kernel gateway at {url} is not reachable ({reason}); start it on the execution host "
                         f"with `mlintern gateway serve` or check --gateway", url=url, reason=reason)


class GatewayAuthRefused(GatewayError):
    """The gateway answered 401/403: no token, or the wrong one."""

    exit_code = 62

    def __init__(self, url: str, status: int, token_env: str, token_set: bool):
        hint = (f"the token in ${token_env} was refused" if token_set
                else f"no token was sent: set ${token_env} to the gateway's token")
        super().__init__(f"the kernel gateway at {url} refused the request (HTTP {status}): {hint}",
                         url=url, status=status, token_env=token_env, token_set=token_set)


class GatewayKernelUnavailable(GatewayError):
    """The gateway is up but could not start the kernel asked for (unknown kernelspec, no image there...)."""

    exit_code = 63

    def __init__(self, url: str, kernel_name: str, reason: str):
        super().__init__(f"the kernel gateway at {url} could not start kernel {kernel_name!r}: {reason}",
                         url=url, kernel_name=kernel_name, reason=reason)


class RemoteKernelLost(GatewayError):
    """A running remote kernel went away: culled, shut down on the host, gateway stopped, connection dropped."""

    exit_code = 64

    def __init__(self, url: str, kernel_id: str | None, reason: str, cell_index: int | None = None,
                 notebook: str | None = None):
        where = f" while cell {cell_index} ran" if cell_index is not None else ""
        saved = f"what ran is saved in {notebook}" if notebook else "what ran is saved in the notebook"
        super().__init__(f"the remote kernel {kernel_id or '?'} at {url} was lost{where} ({reason}); {saved}; "
                         f"rerun to go on from the failed cell",
                         url=url, kernel_id=kernel_id, reason=reason, cell_index=cell_index, notebook=notebook)

    def at_cell(self, cell_index: int) -> "RemoteKernelLost":
        """The same loss, naming the cell that was running."""
        if self.cell_index is not None:
            return self
        return RemoteKernelLost(self.url, self.kernel_id, self.reason, cell_index, self.notebook)


class WorkspaceTransferFailed(GatewayError):
    """Sending inputs to / fetching outputs from the remote kernel's workspace failed."""

    exit_code = 65

    def __init__(self, what: str, reason: str):
        super().__init__(f"workspace transfer failed ({what}): {reason}", what=what, reason=reason)


__all__ = ["GatewayError", "GatewayUnreachable", "GatewayAuthRefused", "GatewayKernelUnavailable",
           "RemoteKernelLost", "WorkspaceTransferFailed"]
