#!/usr/bin/env python3
"""What the planner makes of a folder of papers, against its ground truth (no notebook is run).

    python benchmarks/plan_report.py --papers ../shared/papers
    python benchmarks/plan_report.py --papers /tmp/heldout --split-file benchmarks/heldout/split.json

Per paper: the task family read vs the ground truth's, the recipe, the architecture the `full`
notebook builds (name, source), the claim cell's arms, and the ground truth's contribution. Then
four figures (last lines):

    family: K/N right
    planned: K/N with a recipe
    method arms: K/N method papers (contribution training-method / objective) with >= 2 arms
    model cells: K distinct among N planned (groups sharing one cell across architectures: ...)
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import sys
from pathlib import Path

METHOD = {"training-method", "objective"}


def _value(x):
    return x.get("value") if isinstance(x, dict) else x


def row_for(pdf: Path, truth: dict) -> dict:
    from mlintern_nb.notebook.pipeline import plan_spec
    from mlintern_nb.paper import parse

    row = {"paper": pdf.name, "gt_family": _value(truth.get("task_family")),
           "contribution": _value(truth.get("contribution"))}
    try:
        spec = parse(pdf)
    except Exception as exc:  # counted as wrong, never skipped
        return {**row, "error": f"parse: {type(exc).__name__}: {exc}"[:160]}
    row["family"] = spec.task_family
    try:
        nb = plan_spec(spec, "full", pdf)
    except Exception as exc:
        return {**row, "error": f"plan: {type(exc).__name__}: {exc}"[:160]}
    from mlintern_nb.plan.architectures import for_setup, resolve
    meta = nb.metadata.get("mlintern", {})
    try:  # the architecture of the set-up the notebook runs (CIFAR's ResNet-110, not ImageNet's ResNet-101)
        arch = resolve(for_setup(spec, meta.get("setup")) or spec)
    except Exception as exc:  # noqa: BLE001 - reported in the row, the report goes on
        arch, row["error"] = None, f"architecture: {type(exc).__name__}: {exc}"[:160]
    claim = meta.get("claim") or {}
    model = [c.source for c in nb.cells if (c.metadata.get("mlintern") or {}).get("role") == "model"]
    row.update(recipe=meta.get("recipe"), architecture=arch.name if arch else None,
               source=arch.source if arch else None,
               arms=list(claim.get("arms") or []), verdict=claim.get("verdict"), why=claim.get("why", "")[:80],
               model_cell=hashlib.sha256((model[0] if model else "").encode()).hexdigest()[:10] if model else None)
    return row


def summary(rows: list[dict]) -> list[str]:
    n = len(rows)
    fam = sum(1 for r in rows if r.get("family") == r["gt_family"])
    planned = [r for r in rows if r.get("recipe")]
    method = [r for r in rows if r["contribution"] in METHOD]
    armed = [r for r in method if len(r.get("arms") or []) >= 2]
    groups = collections.defaultdict(set)
    for r in planned:
        if r.get("model_cell"):
            groups[r["model_cell"]].add((r["paper"], r.get("architecture")))
    shared = [sorted(p for p, _ in g) for g in groups.values() if len({a for _, a in g}) > 1]
    return [f"family: {fam}/{n} right",
            f"planned: {len(planned)}/{n} with a recipe",
            f"method arms: {len(armed)}/{len(method)} method papers (contribution training-method / objective) "
            f"with >= 2 arms",
            f"model cells: {len(groups)} distinct among {len(planned)} planned"
            + (f" (one cell across architectures: {shared})" if shared else "")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=Path, required=True, help="folder with PDFs and ground_truth.json")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    ap.add_argument("--split-file", type=Path, help="a frozen split ({dev: [...], validation: [...]}): per-paper "
                    "rows are printed for dev only, the figures for each part")
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    gt = {k: v for k, v in json.loads((a.papers / "ground_truth.json").read_text()).items() if not k.startswith("_")}
    split = json.loads(a.split_file.read_text()) if a.split_file else None
    rows = []
    for name in a.only or sorted(gt):
        r = row_for(a.papers / name, gt[name])
        rows.append(r)
        if split and name not in split["dev"]:
            continue  # a frozen part: its figures only
        print(f"{r['paper']}: family {r.get('family')} (gt {r['gt_family']}), recipe {r.get('recipe')}, "
              f"architecture {r.get('architecture')} [{r.get('source')}], contribution {r['contribution']}, "
              f"arms {r.get('arms')}" + (f", ERROR {r['error']}" if r.get("error") else ""), flush=True)
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1))
    print("\n".join(summary(rows)))
    for part in (split or {}):
        if isinstance(split[part], list):
            print(f"-- {part}: " + "; ".join(summary([r for r in rows if r["paper"] in split[part]])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
