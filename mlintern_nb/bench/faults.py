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
