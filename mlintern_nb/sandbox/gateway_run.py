"""One notebook run on a remote kernel, for the headless paths (``mlintern reproduce --gateway``, the
papermill engine): the kernel manager nbclient and the repair loop drive, the inputs that travel
(a local ``data_dir`` parameter), the outputs that come back, the kernel's environment for the manifest,
and the typed error when the kernel was lost."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from .gateway import REMOTE_KERNEL, kernel_manager, remote_kernel_info, shutdown, target
from .gateway_errors import GatewayError, RemoteKernelLost
from .gateway_workspace import Workspace, _Session

log = logging.getLogger("mlintern_nb.sandbox.gateway")
INPUTS = "inputs"


class RemoteRun:
    """``RemoteRun(url, cwd)``; ``execute(nb, kernel_name, cwd, **run.execute_kwargs())``; ``run.close()``."""

    def __init__(self, url: str | None, cwd: str | Path, kernel_name: str = REMOTE_KERNEL):
        self.target = target(url)
        self.kernel_name = kernel_name
        self.workspace = Workspace(Path(cwd))
        self.km = kernel_manager(self.target.url, kernel_name, workspace=self.workspace)
        self.info = {"name": kernel_name, **remote_kernel_info(self.target, kernel_name)}
        self.kernel_env: dict = {}
        self.transfer: dict = {}
        self.closed = False

    def rewrite_parameters(self, params: dict) -> dict:
        """A ``data_dir`` naming a local directory travels with the request: it is sent into the
        workspace (``inputs/<name>``) and the parameter becomes that relative path."""
        out = dict(params)
        value = out.get("data_dir")
        if isinstance(value, str) and value and Path(value).expanduser().is_dir():
            src = Path(value).expanduser().resolve()
            rel = f"{INPUTS}/{src.name}"
            self.workspace.inputs.append((src, rel))
            out["data_dir"] = rel
        return out

    def execute_kwargs(self) -> dict:
        return {"km": self.km}

    def lost(self) -> GatewayError | None:
        return self.km.lost or self.km.start_error

    def close(self, probe: bool = True) -> None:
        """Manifest probe (while the kernel is there), outputs back, kernel shut down. Never raises."""
        if self.closed:
            return
        self.closed = True
        if probe and self.km.has_kernel and self.km.lost is None:
            self.kernel_env = probe_environment(self.km)
        try:
            self.transfer = shutdown(self.km)
        except Exception as exc:  # noqa: BLE001 - a gateway gone while closing: nothing more to fetch
            self.transfer = {"error": f"{type(exc).__name__}: {exc}"}

    def error_for(self, notebook: str | Path, cell_index: int | None = None) -> GatewayError | None:
        """The typed error to raise after the notebook is written, when the kernel was lost."""
        lost = self.km.lost or self.km.start_error
        if lost is None:
            return None
        if isinstance(lost, RemoteKernelLost):
            return RemoteKernelLost(lost.url, lost.kernel_id, lost.reason,
                                    lost.cell_index if lost.cell_index is not None else cell_index,
                                    notebook=str(notebook))
        return lost


def use_remote(cfg, url: str | None) -> str:
    """``%mlintern kernel use remote URL``: check the gateway (reachable, token accepted, sandbox served)
    and make it where ``%%mlintern run`` executes; returns the line to show."""
    from ..errors import UsageError

    if not url:
        raise UsageError("%mlintern kernel use remote: give the gateway URL (token in $JUPYTER_GATEWAY_AUTH_TOKEN)")
    t = target(url)
    from .gateway_check import _get
    served = sorted((_get(t, "/api/kernelspecs").get("kernelspecs") or {}))  # typed: unreachable / auth refused
    cfg.gateway_url = t.url
    return f"kernel: remote, the kernel gateway at {t.url} (serves {', '.join(served) or 'nothing'})"


def probe_environment(km, timeout: float = 120.0) -> dict:
    """notebook/manifest.py's kernel probe (versions, Python, device), run in the remote kernel."""
    from jupyter_client.utils import run_sync

    from ..notebook.manifest import _PROBE, LIBRARIES

    async def go():
        async with _Session(km, timeout) as s:
            text = await s.output(_PROBE % (LIBRARIES,))
        for line in text.splitlines():
            if line.startswith("MLINTERN_ENV "):
                return json.loads(line[len("MLINTERN_ENV "):])
        return {"error": "the probe printed nothing"}

    try:
        return run_sync(go)()
    except Exception as exc:  # noqa: BLE001 - a manifest never stops a run
        return {"error": f"{type(exc).__name__}: {exc}"}


__all__ = ["RemoteRun", "probe_environment", "INPUTS"]
