"""Suite `papers`: every PDF in the given folders — parse time, extraction F1 against ground
truth (``ground_truth.json`` in the folder, or ``<name>.expected.json`` beside the PDF), whether a
plan is produced, and (with ``--run``) whether the smoke notebook runs."""
from __future__ import annotations

import json
import time
from pathlib import Path

from ..notebook.pipeline import plan_spec
from ..paper import parse
from . import scoring


def default_folders() -> list[Path]:
    here = Path.cwd()
    out = [here / "examples" / "papers"]
    shared = here.parent / "shared" / "papers"
    if shared.is_dir():
        out.append(shared)
    return [p for p in out if p.is_dir()]


def ground_truth_for(pdf: Path) -> dict | None:
    exp = pdf.with_suffix(".expected.json")
    if exp.exists():
        return json.loads(exp.read_text())
    gt = pdf.parent / "ground_truth.json"
    if gt.exists():
        return json.loads(gt.read_text()).get(pdf.name)
    return None


def run(folders: list[Path] | None = None, limit: int | None = None, run_smoke: bool = False,
        kernel: str = "local", progress=None) -> list[dict]:
    pdfs = sorted(p for f in (folders or default_folders()) for p in Path(f).glob("*.pdf"))
    if limit:
        pdfs = pdfs[:limit]
    rows = []
    for pdf in pdfs:
        row: dict = {"suite": "papers", "paper": pdf.name, "folder": str(pdf.parent)}
        t0 = time.perf_counter()
        try:
            spec = parse(pdf)
        except Exception as exc:  # a paper that fails to parse scores zero, it is not skipped
            row.update(parsed=False, error=f"{type(exc).__name__}: {exc}")
            rows.append(row)
            continue
        row.update(parsed=True, parse_s=round(time.perf_counter() - t0, 3), pages=spec.source.pages,
                   task_family=spec.task_family)
        gt = ground_truth_for(pdf)
        if gt:
            pred = json.loads(spec.to_json())
            sc = scoring.score(gt, pred, str(pdf))
            row.update(f1=round(sc["f1"], 3), recall=round(sc["recall"], 3), precision=round(sc["precision"], 3),
                       grounded=None if sc["grounded"] is None else round(sc["grounded"], 3), _score=sc)
        try:
            t1 = time.perf_counter()
            nb = plan_spec(spec, "smoke", pdf)
            row.update(planned=True, plan_s=round(time.perf_counter() - t1, 3), cells=len(nb.cells))
        except Exception as exc:
            row.update(planned=False, plan_error=f"{type(exc).__name__}: {exc}"[:200])
        if run_smoke and row.get("planned"):
            from .runner import run_notebook
            row.update(run_notebook(nb, name=pdf.stem, kernel=kernel))
        rows.append(row)
        if progress:
            progress(row)
    return rows


def summary(rows: list[dict]) -> dict:
    scored = [r["_score"] for r in rows if "_score" in r]
    out = {"papers": len(rows), "parsed": sum(1 for r in rows if r.get("parsed")),
           "planned": sum(1 for r in rows if r.get("planned"))}
    if scored:
        out["extraction"] = {k: round(v, 3) for k, v in scoring.overall(scored).items()}
    return out
