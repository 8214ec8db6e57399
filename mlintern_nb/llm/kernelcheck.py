"""Trial-run model-written code in a Jupyter kernel (never in this process) before accepting it."""
from __future__ import annotations

import os
import queue
import tempfile
from dataclasses import dataclass, field

from ..config import get_config
from ..nbmeta import OFFLINE_ENV
from ..sandbox import kernel_name_for
from .safety import strip_ansi


@dataclass
class TrialResult:
    ok: bool
    ename: str = ""
    evalue: str = ""
    traceback: str = ""
    failed_cell: int | None = None  # index in the cells run (upstream..., candidate)
    stdout: list[str] = field(default_factory=list)

    def error_text(self) -> str:
        return (self.traceback or f"{self.ename}: {self.evalue}").strip()


def default_kernel_name() -> str:
    """The kernel ``MLIntern.kernel`` resolves to (the sandbox where Docker and the image are there)."""
    return kernel_name_for(get_config().kernel)


def trial_run(cells: list[str], kernel_name: str | None = None, cwd: str | None = None,
              timeout: float = 120.0) -> TrialResult:
    """Run ``cells`` in order in a fresh kernel; stop at the first error."""
    from jupyter_client.manager import start_new_kernel

    env = {**os.environ, **OFFLINE_ENV, "MPLBACKEND": "Agg"}
    tmp = None
    if cwd is None:
        tmp = tempfile.TemporaryDirectory(prefix="mlintern-trial-")
        cwd = tmp.name
    name = kernel_name or default_kernel_name()
    try:
        km, kc = start_new_kernel(kernel_name=name, cwd=cwd, env=env, startup_timeout=60)
    except Exception as exc:  # noqa: BLE001 — NoSuchKernel, start-up time-out, provisioner errors
        if tmp is not None:
            tmp.cleanup()
        return TrialResult(False, "KernelStartError", f"could not start kernel {name!r}: "
                                                      f"{' '.join(str(exc).split())[:160]}")
    out: list[str] = []
    errors: list[dict] = []

    def hook(msg):
        t, c = msg["header"]["msg_type"], msg["content"]
        if t == "stream":
            out.append(c.get("text", ""))
        elif t == "error":
            errors.append(c)

    try:
        for i, src in enumerate(cells):
            errors.clear()
            try:
                reply = kc.execute_interactive(src, timeout=timeout, output_hook=hook, allow_stdin=False,
                                               stop_on_error=True)
            except (TimeoutError, queue.Empty):
                km.interrupt_kernel()
                return TrialResult(False, "CellTimeout", f"did not finish within {timeout:g} s", failed_cell=i,
                                   stdout=out)
            content = reply["content"]
            if content.get("status") == "error" or errors:
                err = errors[0] if errors else content
                return TrialResult(False, err.get("ename", "Error"), err.get("evalue", ""),
                                   strip_ansi("\n".join(err.get("traceback", []))), failed_cell=i, stdout=out)
        return TrialResult(True, stdout=out)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        if tmp is not None:
            tmp.cleanup()
