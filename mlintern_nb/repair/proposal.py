"""One repair proposal for one failing cell: ``repair_cell(source, error, context) -> Proposal``.

Order: the rule fixers of the registry (deterministic); after attempt 3 the cell is
regenerated from its recipe with the accumulated constraints (``plan.regenerate_cell``,
when the planner provides it); when no rule applies, the LLM engine (when configured).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ..llm import get_engine
from ..nbmeta import unified_diff
from ..plan import regenerate_cell
from .diagnose import diagnose
from .diagnosis import Diagnosis
from .fixers import RepairContext, fixers_for

log = logging.getLogger(__name__)
REGENERATE_AFTER = 3


@dataclass
class Proposal:
    new_source: str | None
    diff: str
    diagnosis: Diagnosis
    fixer: str
    changes: list[dict] = field(default_factory=list)
    note: str = ""
    step: str = ""
    constraints: dict = field(default_factory=dict)
    renamed: dict = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.new_source is not None

    def text(self) -> str:
        lines = [f"[{self.diagnosis.kind}] {self.diagnosis}"]
        if not self:
            return "\n".join(lines + ["no fix found: " + (getattr(self.diagnosis, "suggestion", "") or
                                                         "this needs a person")])
        lines.append(f"fix ({self.fixer}): {self.note}")
        lines += [f"  change {c['param']}: paper {c['paper_value']!r} -> {c['new_value']!r} ({c['why']})"
                  for c in self.changes]
        return "\n".join(lines + [self.diff.rstrip("\n")])


def _context(context) -> RepairContext:
    if context is None:
        return RepairContext()
    if isinstance(context, RepairContext):
        return context
    return RepairContext(**{k: v for k, v in dict(context).items() if k in RepairContext.__dataclass_fields__})


def _accumulated(ctx: RepairContext, extra: dict) -> dict:
    out: dict = {}
    for h in ctx.history:
        out.update(h.get("constraints") or {})
        for c in h.get("changes") or []:
            out.setdefault(c["param"], c["new_value"])
    out.update(extra)
    return out


def _regenerate(nb, index, constraints):
    try:
        src = regenerate_cell(nb, index, constraints)
    except Exception as exc:  # a recipe that cannot take the constraints: keep patching
        log.info("mlintern: regenerate_cell(%s) failed: %s", index, exc)
        return None
    return src if isinstance(src, str) and src.strip() else None


def _llm(source, diag, error, ctx, index=None):
    try:
        engine = get_engine()
    except Exception:
        return None
    if engine is None:
        return None
    ename, evalue, tb = (getattr(error, "ename", ""), getattr(error, "evalue", ""), getattr(error, "traceback", []))
    if isinstance(error, dict):
        tb = error.get("traceback", [])
    try:
        new = engine.repair_cell(source=source, diagnosis=diag.as_dict(), traceback=tb or [f"{ename}: {evalue}"],
                                 upstream=ctx.upstream, cell=None if index is None else f"cell {index}")
    except Exception as exc:  # an unreachable endpoint must not end the repair loop with a traceback
        log.warning("mlintern: LLM repair failed: %s", exc)
        return None
    return new if isinstance(new, str) and new.strip() and new != source else None


def repair_cell(source: str, error, context=None, *, nb=None, index: int | None = None) -> Proposal:
    """Diagnose ``error`` (anything :func:`diagnose` takes, or a Diagnosis) and propose one rewrite."""
    ctx = _context(context)
    diag = error if isinstance(error, Diagnosis) else diagnose(error, source=source)
    for fixer in fixers_for(diag):
        try:
            fix = fixer.propose(source, diag, ctx)
        except Exception as exc:  # a buggy rule must not stop the others
            log.warning("mlintern: fixer %s failed: %s", fixer.name, exc)
            continue
        if fix is None or fix.new_source == source:
            continue
        new, name = fix.new_source, fixer.name
        if ctx.attempt > REGENERATE_AFTER and nb is not None and index is not None:
            regen = _regenerate(nb, index, _accumulated(ctx, fix.constraints))
            if regen and regen != source:
                new, name = regen, f"regenerate+{fixer.name}"
        return Proposal(new, unified_diff(source, new), diag, name, fix.changes, fix.note, fix.step,
                        fix.constraints, fix.renamed)
    new = _llm(source, diag, error, ctx, index)
    if new:
        return Proposal(new, unified_diff(source, new), diag, "llm", [], "rewritten by the LLM engine", "llm")
    return Proposal(None, "", diag, "", note=getattr(diag, "suggestion", "") or "no rule applies")
