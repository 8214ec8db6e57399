"""Attempt records in cell metadata, the run report, and the paper-value audit."""
from __future__ import annotations

from dataclasses import dataclass, field

from .fixers import _edit


@dataclass
class CellReport:
    index: int
    outcome: str                      # repaired | needs_review | proposed | error
    attempts: list[dict] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return [a["diagnosis"]["kind"] for a in self.attempts]

    def line(self) -> str:
        kinds = ", ".join(dict.fromkeys(self.kinds)) or "?"
        return f"cell {self.index}: {self.outcome} after {len(self.attempts)} attempt(s) [{kinds}]"


@dataclass
class RepairReport:
    cells: list[CellReport] = field(default_factory=list)
    executed: int = 0
    total: int = 0
    stopped_at: int | None = None
    duration_s: float = 0.0
    nb: object = None

    @property
    def ok(self) -> bool:
        return self.stopped_at is None and all(c.outcome == "repaired" for c in self.cells)

    @property
    def summary(self) -> str:
        head = (f"all {self.total} code cells ran" if self.ok else
                f"stopped at cell {self.stopped_at}: needs human review") + \
               f"; {sum(c.outcome == 'repaired' for c in self.cells)} cell(s) repaired in {self.duration_s:.1f} s"
        return "\n".join([head] + ["  " + c.line() for c in self.cells])

    def __str__(self) -> str:
        return self.summary

    def as_dict(self) -> dict:
        return {"ok": self.ok, "executed": self.executed, "total": self.total, "stopped_at": self.stopped_at,
                "duration_s": round(self.duration_s, 2),
                "cells": [{"index": c.index, "outcome": c.outcome, "attempts": len(c.attempts), "kinds": c.kinds}
                          for c in self.cells]}


def literal_params(source: str, names=None) -> dict:
    """``{name: value}`` of literal assignments and keywords in a source (the last one wins)."""
    tree = _edit.parse(source)
    if tree is None:
        return {}
    out = {}
    import ast
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name) and node.value is not None:
                    v = _edit._literal(node.value)
                    if isinstance(v, (int, float, str, bool)):
                        out.setdefault(t.id, []).append(v)
        elif isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg:
                    v = _edit._literal(kw.value)
                    if isinstance(v, (int, float, str, bool)):
                        out.setdefault(kw.arg, []).append(v)
    return {k: v for k, v in out.items() if names is None or k in names}


def unrecorded_changes(original: str, final: str, changes: list[dict], watched, renamed: dict | None = None) -> list[str]:
    """Paper parameters whose literal values differ between ``original`` and ``final`` without a change record.

    ``renamed`` ({old: new} keyword renames) maps a value that only changed its keyword's name."""
    watched = set(watched) | set((renamed or {}).keys()) | set((renamed or {}).values())
    before, after = literal_params(original, watched), literal_params(final, watched)
    for old, new in (renamed or {}).items():
        if old in before:
            before.setdefault(new, []).extend(before.pop(old))
    recorded = {c.get("param") for c in changes}
    bad = []
    for name in set(before) | set(after):
        if sorted(map(repr, before.get(name, []))) != sorted(map(repr, after.get(name, []))) and name not in recorded:
            bad.append(f"{name}: {before.get(name)} -> {after.get(name)}")
    return bad
