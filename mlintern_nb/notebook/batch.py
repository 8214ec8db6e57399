"""Several papers at once: ``mlintern reproduce a.pdf b.pdf --out-dir out --jobs 2``.

Each paper runs in its own worker process and its own kernel; one paper failing never stops the
others. ``summary.json`` and ``summary.md`` in the output directory list every paper.
"""
from __future__ import annotations

import json
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from ..errors import MLInternError, ReproductionFailed
from .reproduce import Options, reproduce


def _one(source: str, out: str, opts: Options) -> dict:
    t0 = time.monotonic()
    row = {"paper": source, "notebook": out, "status": "failed", "error": None, "attempts": None,
           "cells": None, "metrics": {}, "duration_s": None}
    try:
        res = reproduce(source, out, replace(opts, progress=False, warn=lambda m: None))
        rep = res.report
    except ReproductionFailed as exc:
        row["error"] = str(exc)
        rep = _load(Path(out).with_suffix(".report.json"))
    except MLInternError as exc:
        row["error"] = str(exc)
        rep = None
    except Exception as exc:  # one paper's crash must not take the batch down
        row["error"] = f"{type(exc).__name__}: {exc}"
        rep = None
    if rep:
        run = rep.get("run", {})
        row.update(status=rep.get("status"), attempts=run.get("attempts_total"),
                   cells=f"{run.get('cells_run')}/{run.get('cells_total')}",
                   metrics={m["metric"]: m["measured"] for m in rep.get("metrics", [])
                            if m.get("measured") is not None},
                   title=(rep.get("paper") or {}).get("title"))
        if rep.get("llm"):
            row["llm"] = rep["llm"].get("summary")
            row["llm_cost_usd"] = rep["llm"].get("cost_usd")
    row["duration_s"] = round(time.monotonic() - t0, 2)
    return row


def _load(p: Path) -> dict | None:
    try:
        return json.loads(p.read_text())
    except (OSError, ValueError):
        return None


def out_paths(sources: list[str], out_dir: Path) -> list[Path]:
    """``<out_dir>/<stem>.ipynb``; stems that collide get ``-2``, ``-3`` …"""
    seen: dict[str, int] = {}
    outs = []
    for s in sources:
        stem = Path(s).stem
        seen[stem] = seen.get(stem, 0) + 1
        outs.append(out_dir / (f"{stem}.ipynb" if seen[stem] == 1 else f"{stem}-{seen[stem]}.ipynb"))
    return outs


def run_batch(sources: list[str], out_dir, opts: Options, jobs: int = 1, progress: bool = True) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    outs = out_paths(sources, out_dir)
    rows: list[dict | None] = [None] * len(sources)
    bar = None
    if progress:
        import sys

        from tqdm.auto import tqdm
        bar = tqdm(total=len(sources), desc="papers", unit="paper", file=sys.stderr, disable=None)
    if jobs <= 1:
        for i, (s, o) in enumerate(zip(sources, outs)):
            rows[i] = _one(s, str(o), opts)
            if bar:
                bar.update(1)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futs = {pool.submit(_one, s, str(o), replace(opts, warn=None)): i
                    for i, (s, o) in enumerate(zip(sources, outs))}
            for fut in as_completed(futs):
                rows[futs[fut]] = fut.result()
                if bar:
                    bar.update(1)
    if bar:
        bar.close()
    write_summary(rows, out_dir)
    return rows


def write_summary(rows: list[dict], out_dir: Path) -> tuple[Path, Path]:
    j, m = out_dir / "summary.json", out_dir / "summary.md"
    j.write_text(json.dumps(rows, indent=2, default=str) + "\n")
    lines = ["| paper | status | cells | attempts | metrics | time (s) | error |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        metrics = ", ".join(f"{k}={v:.4g}" for k, v in (r.get("metrics") or {}).items())
        err = (r.get("error") or "").replace("|", "\\|")
        attempts = "" if r.get("attempts") is None else r["attempts"]
        lines.append(f"| {Path(r['paper']).name} | {r['status']} | {r.get('cells') or ''} | {attempts} "
                     f"| {metrics} | {r.get('duration_s')} | {err} |")
    ok = sum(1 for r in rows if r["status"] == "ok")
    lines += ["", f"{ok} of {len(rows)} papers reproduced to the end."]
    llm_rows = [r for r in rows if r.get("llm")]
    if llm_rows:
        total = sum(r.get("llm_cost_usd") or 0.0 for r in llm_rows)
        lines += ["", f"LLM cost: ${total:.4f} in all (each paper has its own budget)."]
        lines += [f"- {Path(r['paper']).name}: {r['llm']}" for r in llm_rows]
    m.write_text("\n".join(lines) + "\n")
    return j, m
