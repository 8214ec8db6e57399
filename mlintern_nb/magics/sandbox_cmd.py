"""``%%mlintern sandbox``: run the cell body in this notebook's sandbox session kernel.

- In a kernel that is already isolated (the sandbox kernel itself) the body just runs here.
- Else the body runs in the notebook's one ``SandboxSession`` (started on the first such cell, the
  notebook's folder as its workspace) through the repair loop: stdout/stderr stream live into this
  cell, rich outputs are replayed, a repaired body is proposed (with its header), and a cell that still
  fails ends in error with one line (``SandboxCellFailed``), so Run All stops there.
- ``%mlintern sandbox`` (line) shows the session; ``%mlintern sandbox stop`` shuts it down.
"""
from __future__ import annotations

import nbformat
from IPython.display import display

from ..errors import MLInternError, UsageError
from .display import Note
from .. import nbmeta
from ..nbmeta import add_header, strip_header
from .isolate import SandboxCellFailed, notebook_isolated, planned_meta_for


def session_of(magics, start: bool = False):
    """The magics' SandboxSession (made on first use; ``start`` also starts its kernel)."""
    from .session import SandboxSession
    if magics.session is None:
        magics.session = SandboxSession(str(magics._notebook_dir()))
    if start:
        magics.session.start()
    return magics.session


def session_line(magics) -> str:
    if notebook_isolated():
        return "sandbox session: not needed (this notebook's kernel is the sandbox)"
    if magics.session is None:
        return "sandbox session: none (started by the first %%mlintern sandbox cell)"
    return magics.session.line()


def session_action(magics, action: str):
    if action == "stop":
        if magics.session is None or not magics.session.alive():
            print("sandbox session: not running")
            return None
        magics.session.stop()
        print("sandbox session: stopped (its container is removed; the next %%mlintern sandbox cell starts a "
              "fresh one)")
        return None
    print(session_line(magics))
    return None


def _run_here(magics, body: str):
    res = magics.shell.run_cell(body, store_history=False)
    err = res.error_in_exec or res.error_before_exec
    if err is not None:
        raise SandboxCellFailed(f"%%mlintern sandbox: {type(err).__name__}: {err}", type(err).__name__, str(err))
    return None


def run_in_session(magics, ns, cell: str):
    body = strip_header(cell or "")
    if not body.strip():
        raise UsageError("%%mlintern sandbox: the cell is empty")
    if notebook_isolated():
        return _run_here(magics, body)
    from ..notebook.runner import resolve_kernel
    from .stream import OutputStreamer

    try:
        if not magics.cfg.gateway_url:  # remote: the gateway's sandbox (%mlintern kernel use remote URL)
            resolve_kernel("sandbox")  # DockerUnavailable / ImageNotFound: before anything starts
    except MLInternError as exc:  # the cell did not run: it ends in error, so Run All stops here
        raise SandboxCellFailed(f"%%mlintern sandbox: {exc}") from None
    session = session_of(magics)
    fresh = not session.alive()
    restarted = fresh and session.cells_run > 0
    nb = nbformat.v4.new_notebook()
    if magics.planned is not None:
        nb.metadata["mlintern"] = dict(magics.planned.metadata.get("mlintern") or {})
    user = nbformat.v4.new_code_cell(body)
    user.metadata["mlintern"] = planned_meta_for(magics.planned, body)
    nb.cells.append(user)
    nbmeta.offline_env()
    if fresh:
        try:
            session.start()
        except SandboxCellFailed:
            raise
        except MLInternError as exc:
            raise SandboxCellFailed(f"%%mlintern sandbox: {exc}") from None
        note = (f"started the sandbox session kernel ({session.container}, workspace {session.cwd}); "
                "the %%mlintern sandbox cells of this notebook share it")
        if restarted:
            note = "the sandbox session kernel had stopped: its variables are gone; " + note
        display(Note(note, level="note"))

    def on_cell(i, c, phase):
        if phase.startswith("repair"):
            print(f"[mlintern] sandbox: {phase}", flush=True)

    with OutputStreamer(nb, cells=[0]):
        record = session.run(nb, max_attempts=ns.max_attempts or magics.cfg.max_attempts,
                             timeout=ns.timeout or magics.cfg.cell_timeout, review=magics.cfg.review,
                             on_cell=on_cell)
    if record.get("interrupted"):
        session.interrupt()  # the notebook's kernel was interrupted: stop the sandbox's cell too
    magics._show_run(nb, record, body, "%%mlintern sandbox", failed=SandboxCellFailed, table=False,
                     wrap=add_header)
    return None


__all__ = ["run_in_session", "session_action", "session_line", "session_of"]
