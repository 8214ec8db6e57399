"""Is this notebook's kernel isolated, and where do the planned cells run?

``%mlintern load`` in a kernel that is not the sandbox (no ``MLINTERN_SANDBOX=1``, which the sandbox
container sets) asks ``MLIntern.kernel`` (``notebook.runner.resolve_kernel``): when it resolves to the
sandbox, the inserted planned cells start with ``%%mlintern sandbox`` and run in the notebook's sandbox
session kernel; when it resolves to the local kernel, they are inserted plain. Either way it says so in
one line.
"""
from __future__ import annotations

import hashlib
import os

from ..errors import MLInternError
from ..nbmeta import SANDBOX_HEADER as HEADER


class SandboxCellFailed(MLInternError):
    """A ``%%mlintern sandbox`` cell still failed: raised out of the magic so the cell ends in error
    (Run All stops there, as with any failing cell), shown as its one line instead of a traceback."""

    def __init__(self, message: str, ename: str = "", evalue: str = ""):
        super().__init__(message)
        self.ename, self.evalue = ename, evalue

    def _render_traceback_(self) -> list[str]:  # IPython shows this instead of a traceback
        return [f"mlintern: error: {' '.join(str(self).split())}"]


def notebook_isolated() -> bool:
    """True inside the sandbox kernel (its container sets MLINTERN_SANDBOX=1)."""
    return os.environ.get("MLINTERN_SANDBOX", "") == "1"


def where_cells_run(kind: str | None):
    """``(choice, session, line)`` for ``%mlintern load``: the kernel choice recorded in the planned
    notebook, whether the inserted cells go through the sandbox session (``%%mlintern sandbox``), and
    the one line to show (None when the notebook already runs in the sandbox)."""
    from ..notebook.runner import KernelChoice, resolve_kernel
    from ..sandbox import KERNEL_NAME
    if notebook_isolated():
        return KernelChoice(KERNEL_NAME, "sandbox", {"kind": "sandbox", "isolated": True}, None), False, None
    choice = resolve_kernel(kind)  # --kernel sandbox without Docker: a one-line error, nothing written
    if choice.kind == "sandbox":
        net = "network open" if choice.info.get("network") else "no network"
        line = (f"this notebook's kernel is not isolated: the planned cells run in the sandbox "
                f"({choice.name}, {net}, a non-root user; one kernel for this notebook, state kept between "
                f"cells) through `{HEADER}`; `%config MLIntern.kernel = 'local'` inserts them plain")
        if choice.warning:
            line += f" ({choice.warning})"
        return choice, True, line
    why = choice.warning or "MLIntern.kernel = local"
    if why.startswith("running in a local ipykernel"):  # the plain `local` choice: say it once, our way
        why = "MLIntern.kernel = local"
    line = (f"this notebook's kernel is not isolated and the planned cells run in it, with your rights, files "
            f"and network ({why})")
    return choice, False, line


def planned_meta_for(planned, body: str) -> dict:
    """The planned cell's ``metadata.mlintern`` for a cell body (matched by ``generated_sha``), so the
    repair loop knows its role and that it is the generated source; else an untracked user cell."""
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    for c in (planned.cells if planned is not None else []):
        meta = (c.get("metadata") or {}).get("mlintern") or {}
        if c.get("cell_type") == "code" and meta.get("generated_sha") == sha:
            return {k: v for k, v in dict(meta).items() if k not in {"attempts", "needs_review"}}
    return {"role": "user", "generated_sha": None}


__all__ = ["SandboxCellFailed", "notebook_isolated", "planned_meta_for", "where_cells_run"]
