"""Where a widget's decision lands: a cell of an nbformat notebook, or a callback.

Widgets never reach into a front end to change a cell; they write to a
:class:`CellTarget` — ``(nb, index)`` of an in-memory nbformat notebook (the
repair loop's, the papermill engine's) or a callback that the caller wires to
wherever the cell really lives (the magics send it to the lab extension).
Decisions are recorded in ``cell.metadata.mlintern.review = {decision, by, at}``
and appended to ``cell.metadata.mlintern.review_history``.
"""
from __future__ import annotations

import datetime as _dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import MLInternError
from ..nbmeta import cell_meta, sha256, source_of

DECISIONS = ("accepted", "edited", "rejected", "rerun", "pending")


class UIError(MLInternError):
    """A review widget was used in a way it cannot honour."""

    exit_code = 70


class CellIndexError(UIError):
    exit_code = 71

    def __init__(self, index: int, ncells: int):
        super().__init__(f"cell {index} does not exist (the notebook has {ncells} cells)",
                         index=index, ncells=ncells)


class ReviewRequired(UIError):
    """Headless run with ``MLIntern.review = 'stop'``: a proposed change waits for a person."""

    exit_code = 72

    def __init__(self, cell_index: int | None, summary: str = ""):
        where = f"cell {cell_index}" if cell_index is not None else "the cell"
        msg = f"{where} has a proposed fix waiting for review (MLIntern.review = 'stop')"
        if summary:
            msg += f": {summary}"
        super().__init__(msg, cell_index=cell_index, summary=summary)


class AlreadyDecided(UIError):
    exit_code = 73

    def __init__(self, decision: str):
        super().__init__(f"this proposal was already {decision}; propose again to change it", decision=decision)


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def whoami() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry in a container
        return "user"


@dataclass
class CellTarget:
    """A cell a decision is written to: ``nb.cells[index]`` and/or ``callback(cell_dict)``."""

    nb: Any = None
    index: int | None = None
    callback: Callable[[dict], None] | None = None
    cell: dict | None = None  # a lone cell dict when there is no notebook

    def __post_init__(self):
        if self.nb is not None:
            if self.index is None:
                raise UIError("a notebook target needs a cell index")
            n = len(self.nb.cells)
            if not 0 <= self.index < n:
                raise CellIndexError(self.index, n)
        if self.cell is None and self.nb is None:
            import nbformat
            self.cell = nbformat.v4.new_code_cell("")

    def get(self):
        return self.nb.cells[self.index] if self.nb is not None else self.cell

    @property
    def source(self) -> str:
        return source_of(self.get())

    def mlintern_meta(self) -> dict:
        return cell_meta(self.get())

    def record(self, decision: str, by: str, new_source: str | None = None, **extra) -> dict:
        """Write the decision (and on accept/edit the new source) to the cell; notify the callback."""
        if decision not in DECISIONS:
            raise UIError(f"unknown decision {decision!r} (one of {', '.join(DECISIONS)})", decision=decision)
        cell = self.get()
        if new_source is not None:
            cell["source"] = new_source
        meta = self.mlintern_meta()
        entry = {"decision": decision, "by": by, "at": now_iso(), **{k: v for k, v in extra.items() if v is not None}}
        meta["review"] = entry
        meta.setdefault("review_history", []).append(dict(entry))
        if decision == "accepted" and new_source is not None:
            meta["accepted_sha"] = sha256(new_source)  # a reviewed repair: not a human edit
        if decision in ("accepted", "edited"):
            meta.pop("needs_review", None)
        if decision == "pending":
            meta["needs_review"] = True
        if self.callback is not None:
            self.callback(_plain(cell))
        return entry


def _plain(cell) -> dict:
    import copy
    return copy.deepcopy(dict(cell)) if not hasattr(cell, "items") else {k: copy.deepcopy(v) for k, v in cell.items()}


def is_interactive() -> bool:
    """True inside a kernel whose widgets have a front end that can answer.

    Headless runs — papermill/nbclient (the engine sets ``MLINTERN_HEADLESS=1``), plain
    ``python``, a terminal IPython — are not: they decide by ``MLIntern.review``.
    """
    import os
    if os.environ.get("MLINTERN_HEADLESS", "").lower() in {"1", "true", "yes"}:
        return False
    if os.environ.get("PAPERMILL_EXECUTION") or os.environ.get("PAPERMILL_INPUT_PATH"):
        return False
    from IPython import get_ipython
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"
