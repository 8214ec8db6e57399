"""Build a notebook from fault cases and run it through the repair loop.

A case is a dict: ``name``, ``kind`` (the expected diagnosis kind), ``setup`` (cells run
before), ``broken`` (the cell that fails), ``check`` (a cell asserting the repaired cell ran
and still trains), optional ``timeout``. Cases of one module share one kernel: their cells
are laid out one after the other in one notebook, after the module's ``COMMON`` cell.
"""
from __future__ import annotations

import importlib

import nbformat

from ...nbmeta import error_line
from ..caseresult import CaseResult
from . import MODULES  # noqa: F401 - re-exported: tests and benchmarks import it from here

PRELUDE = ("import os, math\nos.environ['HF_HUB_OFFLINE'] = '1'\nos.environ['HF_DATASETS_OFFLINE'] = '1'\n"
           "os.environ['TOKENIZERS_PARALLELISM'] = 'false'\n")


def cases(module: str) -> tuple[str, list[dict]]:
    mod = importlib.import_module(f"{__package__}.{module}")
    return getattr(mod, "COMMON", ""), list(mod.CASES)


def build(common: str, cs: list[dict]):
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(PRELUDE + common))
    where = {}
    for c in cs:
        for s in c.get("setup", []):
            nb.cells.append(nbformat.v4.new_code_cell(s))
        where[c["name"]] = len(nb.cells)
        broken = nbformat.v4.new_code_cell(c["broken"])
        if c.get("timeout"):
            broken.metadata["mlintern"] = {"timeout": c["timeout"]}
        nb.cells.append(broken)
        nb.cells.append(nbformat.v4.new_code_cell(c["check"]))
    return nb, where


def run_cases(module: str, cwd: str, kernel_name: str = "python3", names=None, max_attempts: int = 5,
              timeout: float = 60) -> list[CaseResult]:
    """Run the module's cases; when one is not repaired the rest run in a fresh notebook."""
    from mlintern_nb.repair import run_with_repair, unrecorded_changes
    from mlintern_nb.repair.fixers.memory import ACCUM, BATCH, SEQ
    from mlintern_nb.repair.fixers.training import LR
    from mlintern_nb.repair.fixers.environment import STEPS
    watched = set(BATCH + ACCUM + SEQ + LR + STEPS) | {"num_labels", "num_classes", "dataset"}
    common, cs = cases(module)
    if names:
        cs = [c for c in cs if c["name"] in names]
    results: list[CaseResult] = []
    while cs:
        nb, where = build(common, cs)
        try:
            report = run_with_repair(nb, kernel_name, cwd=cwd, max_attempts=max_attempts, timeout=timeout)
        except Exception as exc:  # e.g. a kernel that cannot be restarted: every remaining case fails
            results += [CaseResult(module, c["name"], c["kind"], error=f"{type(exc).__name__}: {exc}") for c in cs]
            break
        done = 0
        for c in cs:
            i = where[c["name"]]
            cell = nb.cells[i]
            meta = cell.metadata.get("mlintern", {})
            atts = meta.get("attempts", [])
            r = CaseResult(module, c["name"], c["kind"], kinds=[a["diagnosis"]["kind"] for a in atts],
                           attempts=len(atts))
            r.changes = [ch for a in atts for ch in a.get("changes", [])]
            if report.stopped_at is not None and report.stopped_at <= i + 1:
                if report.stopped_at == i + 1:
                    r.error = "check cell failed: " + error_line(nb.cells[i + 1])
                else:
                    r.error = "not repaired: " + "; ".join(a["outcome"] + " " + a["diagnosis"].get("summary", "")
                                                           for a in atts)[-300:]
                r.repaired = report.stopped_at == i + 1 and any(a["outcome"] == "fixed" for a in atts)
                results.append(r)
                done += 1
                break
            r.repaired = bool(atts) and atts[-1]["outcome"] == "fixed"
            if not atts:
                r.error = "the broken cell did not fail"
            r.checked = r.repaired
            src = cell.source
            renamed = {k: v for a in atts for k, v in (a.get("renamed") or {}).items()}
            r.unrecorded = unrecorded_changes(meta.get("original_source", src), src, r.changes, watched, renamed)
            results.append(r)
            done += 1
        cs = cs[done:]
    return results
