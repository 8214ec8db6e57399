"""Review one proposed rewrite of a cell: diagnosis, diff, Accept / Reject / Edit / Re-run.

>>> w = ReviewWidget(proposal, nb=nb, cell_index=3)   # or callback=lambda cell: ...
>>> w                                                  # buttons in a front end, text in a terminal
>>> w.accept()                                          # same as clicking Accept

Accept writes the proposed (or edited) source into the cell and records
``cell.metadata.mlintern.review = {decision, by, at, fixer, attempt}``. Reject
records the decision and leaves the source alone. Re-run hands the candidate
source to ``on_rerun`` (default: run it in this IPython kernel) and shows the outcome.
Headless runs never display the widget: :func:`review_or_decide` decides by ``MLIntern.review``.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as W

from ..config import get_config
from ._cells import AlreadyDecided, CellTarget, ReviewRequired, is_interactive, whoami
from .proposal import ReviewItem

_DIFF_CSS = {"+": "background:#e6ffed;color:#1a7f37", "-": "background:#ffebe9;color:#cf222e",
             "@": "color:#8250df"}


def diff_html(diff: str) -> str:
    rows = []
    for line in diff.splitlines():
        style = "color:#57606a" if line.startswith(("+++", "---")) else _DIFF_CSS.get(line[:1], "")
        rows.append(f'<span style="display:block;{style}">{html.escape(line) or "&nbsp;"}</span>')
    return ('<pre class="mlintern-diff" style="font-size:12px;line-height:1.35;margin:2px 0;'
            'border:1px solid #d0d7de;padding:4px;overflow-x:auto">' + "".join(rows) + "</pre>")


class ReviewWidget(W.VBox):
    """A proposed rewrite of one cell, with the four decisions as buttons."""

    def __init__(self, proposal: Any, nb=None, cell_index: int | None = None, *,
                 callback: Callable[[dict], None] | None = None, cell: dict | None = None,
                 on_rerun: Callable[[str], Any] | None = None, by: str | None = None, **kw):
        self.target = CellTarget(nb=nb, index=cell_index, callback=callback, cell=cell)
        self.item = ReviewItem.from_any(proposal, old_source=self.target.source)
        self.by = by or whoami()
        self.on_rerun = on_rerun
        self.decision: str | None = None
        self.rerun_result: Any = None

        where = f"cell {cell_index}" if cell_index is not None else "this cell"
        self._title = W.HTML(f"<b>mlintern proposes a fix for {where}</b> "
                             f"<code>{html.escape(self.item.kind)}</code>"
                             + (f" · fixer <code>{html.escape(self.item.fixer)}</code>" if self.item.fixer else ""))
        self._diagnosis = W.HTML(f"<div class='mlintern-diagnosis'>{html.escape(self.item.sentence)}</div>")
        changes = self.item.change_lines()
        self._changes = W.HTML("<ul>" + "".join(f"<li>{html.escape(c)}</li>" for c in changes) + "</ul>"
                               if changes else "")
        self._diff = W.HTML(diff_html(self.item.diff))
        self._editor = W.Textarea(value=self.item.new_source, layout=W.Layout(width="100%", height="12em",
                                                                             display="none"))
        self._accept_button = W.Button(description="Accept", button_style="success", icon="check")
        self._reject_button = W.Button(description="Reject", button_style="danger", icon="times")
        self._edit_button = W.Button(description="Edit", icon="pencil")
        self._rerun_button = W.Button(description="Re-run", icon="play")
        self._status = W.HTML("")
        self._output = W.Output()  # what a Re-run prints shows here, even from a button click
        self._accept_button.on_click(lambda _b: self.accept())
        self._reject_button.on_click(lambda _b: self.reject())
        self._edit_button.on_click(lambda _b: self.edit())
        self._rerun_button.on_click(lambda _b: self.rerun())
        buttons = W.HBox([self._accept_button, self._reject_button, self._edit_button, self._rerun_button])
        super().__init__([self._title, self._diagnosis, self._changes, self._diff, self._editor, buttons,
                          self._status, self._output], **kw)
        self.add_class("mlintern-review")

    # ------------------------------------------------------------------ state
    @property
    def editing(self) -> bool:
        return self._editor.layout.display != "none"

    @property
    def candidate(self) -> str:
        """The source Accept would write: the edited text while editing, else the proposal."""
        return self._editor.value if self.editing else self.item.new_source

    def _check_open(self):
        if self.decision in ("accepted", "edited", "rejected"):
            raise AlreadyDecided(self.decision)

    def _close_buttons(self):
        for b in (self._accept_button, self._reject_button, self._edit_button, self._rerun_button):
            b.disabled = True
        self._editor.disabled = True

    # ------------------------------------------------------------------ decisions
    def accept(self) -> dict:
        self._check_open()
        src = self.candidate
        decision = "edited" if src != self.item.new_source else "accepted"
        entry = self.target.record(decision, self.by, new_source=src, fixer=self.item.fixer or None,
                                   attempt=self.item.attempt)
        self.decision = decision
        self._status.value = f"<span style='color:#1a7f37'>✔ {decision} by {html.escape(self.by)}</span>"
        self._close_buttons()
        return entry

    def reject(self) -> dict:
        self._check_open()
        entry = self.target.record("rejected", self.by, fixer=self.item.fixer or None, attempt=self.item.attempt)
        self.decision = "rejected"
        self._status.value = f"<span style='color:#cf222e'>✘ rejected by {html.escape(self.by)}</span>"
        self._close_buttons()
        return entry

    def edit(self, text: str | None = None) -> None:
        """Open the editor (pre-filled with the proposal); ``text`` replaces its content."""
        self._check_open()
        self._editor.layout.display = "block"
        if text is not None:
            self._editor.value = text
        self._edit_button.disabled = True

    def rerun(self) -> Any:
        """Run the candidate source (``on_rerun`` or this IPython kernel); record the outcome."""
        self._check_open()
        src = self.candidate
        runner = self.on_rerun or _run_in_shell
        # Catch inside the Output context: under an IPython shell, Output.__exit__ swallows exceptions
        # (it shows them itself), which would leave ``result`` unset.
        with self._output:
            try:
                result = runner(src)
                ok = not _failed(result)
            except Exception as exc:  # the candidate raised: show it, keep the review open
                result, ok = exc, False
        self.rerun_result = result
        self.target.record("rerun", self.by, outcome="ok" if ok else "error")
        self.decision = "rerun"
        self._status.value = ("<span style='color:#1a7f37'>re-run: ok — Accept to keep it</span>" if ok else
                              f"<span style='color:#cf222e'>re-run failed: {html.escape(_short(result))}</span>")
        return result

    # ------------------------------------------------------------------ text fallback
    def __repr__(self) -> str:
        state = f" [{self.decision}]" if self.decision else ""
        return self.item.text() + state

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = repr(self)
        return data


def _run_in_shell(source: str):
    from IPython import get_ipython
    shell = get_ipython()
    if shell is None:
        raise RuntimeError("no IPython kernel to re-run in; pass on_rerun=")
    return shell.run_cell(source)


def _failed(result) -> bool:
    if result is None:
        return False
    if hasattr(result, "success"):  # IPython ExecutionResult
        return not result.success
    if isinstance(result, dict):
        return result.get("status") == "error" or bool(result.get("error"))
    return result is False


def _short(result) -> str:
    err = getattr(result, "error_in_exec", None) or getattr(result, "error_before_exec", None) or result
    return " ".join(f"{type(err).__name__}: {err}".split())[:200] if isinstance(err, BaseException) else str(err)[:200]


def review_or_decide(proposal: Any, nb=None, cell_index: int | None = None, *, interactive: bool | None = None,
                     review: str | None = None, **kw) -> ReviewWidget:
    """The widget to display when a person can answer; otherwise decide now by ``MLIntern.review``.

    Headless + ``auto-accept``: the proposal is accepted (``by="auto"``) and the widget returned, decided.
    Headless + ``stop``: the cell is marked ``needs_review`` (decision ``pending``) and
    :class:`ReviewRequired` is raised — nothing ever blocks waiting for a click.
    """
    w = ReviewWidget(proposal, nb=nb, cell_index=cell_index, **kw)
    if interactive is None:
        interactive = is_interactive()
    if interactive:
        return w
    policy = (review or get_config().review).lower()
    if policy == "auto-accept":
        w.by = "auto"
        w.accept()
        return w
    w.target.record("pending", "auto", fixer=w.item.fixer or None, attempt=w.item.attempt)
    w.decision = "pending"
    raise ReviewRequired(cell_index, w.item.sentence)


def attempts_of(cell) -> list[ReviewItem]:
    """The repair loop's attempt records of a cell as review items (oldest first)."""
    meta = (cell.get("metadata") or {}).get("mlintern") or {}
    return [ReviewItem.from_any({**a, "new_source": a.get("new_source", "")}) for a in meta.get("attempts", [])]
