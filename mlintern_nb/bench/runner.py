"""Run one planned notebook for the bench: through the same executor as `mlintern reproduce`
(repair loop included), in a fresh folder, and read back what the notebook measured."""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path


def _cell_seconds(nb) -> float:
    """Seconds spent executing user code, from nbclient's per-cell timing metadata."""
    from datetime import datetime
    total = 0.0
    for c in nb.cells:
        ex = (c.get("metadata") or {}).get("execution") or {}
        a, b = ex.get("iopub.execute_input"), ex.get("shell.execute_reply")
        if a and b:
            try:
                total += (datetime.fromisoformat(b.replace("Z", "+00:00")) -
                          datetime.fromisoformat(a.replace("Z", "+00:00"))).total_seconds()
            except ValueError:
                pass
    return total


def run_notebook(nb, name: str = "run", kernel: str = "local", params: dict | None = None,
                 max_attempts: int = 5, workdir: Path | None = None, timeout: float = 900) -> dict:
    from ..notebook.runner import execute, resolve_kernel
    import papermill as pm

    import nbformat
    wd = Path(workdir or tempfile.mkdtemp(prefix=f"mlintern-bench-{name}-"))
    wd.mkdir(parents=True, exist_ok=True)
    if params:  # papermill injects the parameters cell exactly as a papermill run would
        nbformat.write(nb, wd / "planned.ipynb")
        nb = pm.execute_notebook(str(wd / "planned.ipynb"), str(wd / "parameterized.ipynb"), parameters=params,
                                 prepare_only=True, progress_bar=False)
    t0 = time.perf_counter()
    choice = resolve_kernel(kernel)
    record = execute(nb, choice.name, str(wd), max_attempts=max_attempts, timeout=timeout)
    wall = time.perf_counter() - t0
    out = {"kernel": choice.kind, "ok": record.get("status") == "ok",
           "first_attempt_ok": record.get("status") == "ok" and not record.get("repaired_cells"),
           "attempts": record.get("attempts_total", 0), "repaired_cells": len(record.get("repaired_cells") or []),
           "run_s": round(wall, 2), "user_code_s": round(_cell_seconds(nb), 2), "workdir": str(wd)}
    metrics = next(iter(sorted(wd.rglob("metrics.json"))), None)
    if metrics:
        m = json.loads(metrics.read_text())
        out.update(first_loss=m.get("first_loss"), last_loss=m.get("last_loss"), metrics=m.get("metrics") or {},
                   loss_decreased=(m.get("last_loss") is not None and m.get("first_loss") is not None
                                   and m["last_loss"] < m["first_loss"]),
                   losses=m.get("losses") or [])
    if record.get("error"):
        out["error"] = record["error"].get("message", "")[:300]
    return out
