"""A proposed rewrite as plain data, whatever produced it.

The repair loop's ``Proposal(new_source, diff, diagnosis, fixer, changes)`` (a
dataclass), a dict of the same keys, or an attempt record from
``cell.metadata.mlintern.attempts`` all normalise to :class:`ReviewItem`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .. import nbmeta


def _as_dict(obj: Any) -> dict:
    if obj is None:
        return {}
    if isinstance(obj, dict):
        return dict(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    if isinstance(obj, (str, int, float)):
        return {"summary": str(obj)}
    out = {k: getattr(obj, k) for k in dir(obj) if not k.startswith("_")}
    out = {k: v for k, v in out.items() if not callable(v)}
    return out or {"summary": str(obj)}


def diagnosis_sentence(diagnosis: Any) -> str:
    """The diagnosis in one sentence: its own summary/message, else its kind and error."""
    d = _as_dict(diagnosis)
    for key in ("sentence", "summary", "message", "explanation", "detail", "why"):
        if d.get(key):
            text = " ".join(str(d[key]).split())
            break
    else:
        kind = d.get("kind", "error")
        err = d.get("evalue") or d.get("error") or ""
        ename = d.get("ename")
        text = f"{kind}: {ename + ': ' if ename else ''}{err}".strip().rstrip(":")
    return text if text.endswith((".", "!", "?")) else text + "."


def unified_diff(old: str, new: str, name: str = "cell") -> str:
    return nbmeta.unified_diff(old, new, f"{name} (current)", f"{name} (proposed)")


@dataclass
class ReviewItem:
    new_source: str
    old_source: str = ""
    diff: str = ""
    diagnosis: dict = field(default_factory=dict)
    fixer: str = ""
    changes: list[dict] = field(default_factory=list)
    attempt: int | None = None

    @property
    def sentence(self) -> str:
        return diagnosis_sentence(self.diagnosis)

    @property
    def kind(self) -> str:
        return str(self.diagnosis.get("kind", "error"))

    @classmethod
    def from_any(cls, proposal: Any, old_source: str = "") -> ReviewItem:
        d = _as_dict(proposal)
        new = d.get("new_source")
        if new is None:
            new = d.get("source", "")
        new = "".join(new) if isinstance(new, list) else str(new)
        diff = d.get("diff") or unified_diff(old_source, new)
        changes = [_as_dict(c) for c in (d.get("changes") or [])]
        return cls(new_source=new, old_source=old_source, diff=str(diff), diagnosis=_as_dict(d.get("diagnosis")),
                   fixer=str(d.get("fixer") or ""), changes=changes, attempt=d.get("attempt"))

    def change_lines(self) -> list[str]:
        out = []
        for c in self.changes:
            param = c.get("param", "?")
            paper = c.get("paper_value", c.get("paper"))
            new = c.get("new_value", c.get("new"))
            why = c.get("why", "")
            out.append(f"{param}: paper {paper!r} → {new!r}" + (f" ({why})" if why else ""))
        return out

    def text(self) -> str:
        lines = [f"mlintern proposal [{self.kind}] by {self.fixer or 'fixer'}: {self.sentence}"]
        lines += [f"  change {c}" for c in self.change_lines()]
        lines += [self.diff.rstrip("\n")] if self.diff else []
        return "\n".join(lines)
