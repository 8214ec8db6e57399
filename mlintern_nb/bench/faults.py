"""Suite `faults`: the repair loop's fault-injection suite (mlintern_nb/bench/faultcases/): per category, the
repair rate within the attempt budget, mean attempts and first-attempt success."""
from __future__ import annotations

import tempfile

from . import group_by
from .faultcases import harness


def run(modules: list[str] | None = None, limit: int | None = None, max_attempts: int = 5,
        progress=None) -> list[dict]:
    rows = []
    for mod in (modules or list(harness.MODULES)):
        _, cs = harness.cases(mod)
        names = [c["name"] for c in cs][:limit] if limit else None
        with tempfile.TemporaryDirectory(prefix=f"mlintern-faults-{mod}-") as wd:
            for r in harness.run_cases(mod, wd, names=names, max_attempts=max_attempts):
                row = {"suite": "faults", "category": mod, "case": r.name, "expected": r.expected,
                       "diagnosed": r.diagnosed, "repaired": r.repaired, "attempts": r.attempts,
                       "first_attempt": r.repaired and r.attempts == 1, "unrecorded_changes": r.unrecorded,
                       "error": r.error}
                rows.append(row)
                if progress:
                    progress(row)
    return rows


def summary(rows: list[dict]) -> list[dict]:
    by = group_by(rows, "category")
    out = []
    for cat, rs in list(by.items()) + [("ALL", rows)]:
        if not rs:
            continue
        n = len(rs)
        out.append({"category": cat, "cases": n, "repaired_rate": sum(r["repaired"] for r in rs) / n,
                    "diagnosed_rate": sum(r["diagnosed"] for r in rs) / n,
                    "first_attempt_rate": sum(r["first_attempt"] for r in rs) / n,
                    "mean_attempts": sum(r["attempts"] for r in rs) / n,
                    "unrecorded_paper_changes": sum(len(r["unrecorded_changes"]) for r in rs)})
    return out


def run_corpus(split: str = "all", modules: list[str] | None = None, limit: int | None = None,
               max_attempts: int = 5, kernel_name: str = "python3", progress=None, share_kernel: bool = False) -> list[dict]:
    """Suite ``corpus``: each case of the fault corpus (bench/corpus/) as its own notebook through the repair loop,
    each in a fresh kernel (``share_kernel``: one reset kernel per module — faster, but a second run in a
    kept kernel does not yet start cleanly, so it is off)."""
    import contextlib
    import importlib
    from .corpus import MODULES, all_cases
    from .corpus.harness import repair_case, shared_kernel
    rows = []
    for mod in modules or MODULES:
        todo = all_cases(split, [mod])[:limit] if limit else all_cases(split, [mod])
        isolate = getattr(importlib.import_module(f"{__package__}.corpus.{mod}"), "ISOLATE", False)
        with (contextlib.nullcontext() if isolate or not todo or not share_kernel else shared_kernel(kernel_name)) as km:
            for common, c in todo:
                rows.append(_corpus_row(repair_case(common, c, kernel_name=kernel_name, max_attempts=max_attempts,
                                                    km=km), c))
                if progress:
                    progress(rows[-1])
    return rows


def _corpus_row(r, c) -> dict:
    return {"suite": "corpus", "category": c["module"], "split": c["split"], "case": r.name,
            "expected": r.expected, "diagnosed": r.diagnosed, "kinds": r.kinds, "repaired": r.repaired,
            "attempts": r.attempts, "first_attempt": r.repaired and r.attempts == 1,
            "unrecorded_changes": r.unrecorded, "changes": r.changes, "facts": r.facts,
            "candidates": r.candidates, "tried": r.tried, "probe_s": r.probe_s, "validate_s": r.validate_s,
            "duration_s": r.duration_s, "error": r.error}


def corpus_summary(rows: list[dict]) -> list[dict]:
    """Per split: repair rate, mean attempts, unrecorded paper changes, probing/validation time per repaired cell."""
    out = []
    for split, rs in list(group_by(rows, "split").items()) + [("ALL", rows)]:
        n, fixed = len(rs), [r for r in rs if r["repaired"]]
        out.append({"split": split, "cases": n, "repaired_rate": sum(r["repaired"] for r in rs) / n if n else 0.0,
                    "mean_attempts": sum(r["attempts"] for r in rs) / n if n else 0.0,
                    "first_attempt_rate": sum(r["first_attempt"] for r in rs) / n if n else 0.0,
                    "unrecorded_paper_changes": sum(len(r["unrecorded_changes"]) for r in rs),
                    "probe_s_per_repaired": sum(r["probe_s"] for r in fixed) / len(fixed) if fixed else 0.0,
                    "validate_s_per_repaired": sum(r["validate_s"] for r in fixed) / len(fixed) if fixed else 0.0})
    return out
