"""Plan (and run, smoke profile) every paper: ../shared/papers/*.pdf and examples/papers/*.pdf.

    python benchmarks/plan_all.py                 # parse each PDF -> plan -> papermill (local kernel)
    python benchmarks/plan_all.py --from-gt       # specs from ground_truth.json instead of the parser
    python benchmarks/plan_all.py --refs          # the hand-written reference PaperSpecs
    python benchmarks/plan_all.py --no-run        # only write the notebooks

Prints one row per paper: family, recipe, executed, seconds, first -> last training loss
(means of the first / last 5 optimizer steps), and the headline metric.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MLINTERN_SHARED", ROOT.parent / "shared")) / "papers"


def kernel() -> str:
    try:
        from mlintern_nb.sandbox import kernel_name_for
        return kernel_name_for("local")
    except (ImportError, AttributeError):
        return "python3"


def specs(from_gt: bool, refs: bool = False):
    from mlintern_nb.paper import parse
    from mlintern_nb.plan import spec_from_dict
    gt = json.loads((SHARED / "ground_truth.json").read_text()) if (SHARED / "ground_truth.json").exists() else {}
    if refs:
        from mlintern_nb.plan import load_spec
        for p in sorted((ROOT / "benchmarks" / "reference_specs").glob("*.json")):
            yield p, load_spec(p)
        return
    for pdf in sorted(SHARED.glob("*.pdf")) + sorted((ROOT / "examples" / "papers").glob("*.pdf")):
        if from_gt and pdf.name in gt:
            yield pdf, spec_from_dict(gt[pdf.name])
        else:
            try:
                yield pdf, parse(pdf)
            except Exception as exc:  # report and go on
                print(f"{pdf.name}: parse failed: {exc}", file=sys.stderr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from-gt", action="store_true")
    ap.add_argument("--no-run", action="store_true")
    ap.add_argument("--refs", action="store_true", help="the hand-written benchmarks/reference_specs/*.json instead")
    ap.add_argument("--out", default=None, help="keep notebooks here (default: a temp folder)")
    ap.add_argument("--only", nargs="*", help="paper file names to include")
    a = ap.parse_args(argv)
    import nbformat
    import papermill

    from mlintern_nb.plan import plan
    out = Path(a.out or tempfile.mkdtemp(prefix="plan_all_"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for pdf, spec in specs(a.from_gt, a.refs):
        if a.only and pdf.name not in a.only:
            continue
        nb = plan(spec, "smoke", paper_path=pdf if pdf.suffix == ".pdf" else None)
        recipe = nb.metadata["mlintern"]["recipe"]
        d = out / pdf.stem
        d.mkdir(exist_ok=True)
        nbformat.write(nb, d / "repro.ipynb")
        model = next((c.source for c in nb.cells if c.cell_type == "code"
                      and c.metadata.get("mlintern", {}).get("role") == "model"), "")
        row = {"paper": pdf.name, "family": spec.task_family, "recipe": recipe or "-", "executed": "no",
               "seconds": "", "first": "", "last": "", "metric": "", "claim": nb.metadata["mlintern"].get("claim", {}).get(
                   "verdict", ""), "model_cell": __import__("hashlib").sha256(model.encode()).hexdigest()[:8]}
        if not a.no_run:
            t0 = time.time()
            try:
                papermill.execute_notebook(str(d / "repro.ipynb"), str(d / "out.ipynb"), kernel_name=kernel(),
                                           cwd=str(d), progress_bar=False, execution_timeout=600)
                row["executed"] = "yes"
            except Exception as exc:
                row["executed"] = f"FAILED: {str(exc).splitlines()[0][:60]}"
            row["seconds"] = f"{time.time() - t0:.1f}"
            if (d / "out.ipynb").exists():
                from mlintern_nb.plan.claims import record_claim
                c = record_claim(nbformat.read(d / "out.ipynb", as_version=4)) or {}
                row["claim"] = c.get("verdict", row["claim"])
            m = d / "mlintern_output" / "metrics.json"
            if m.exists():
                r = json.loads(m.read_text())
                row["first"], row["last"] = f"{r['first_loss']:.3f}", f"{r['last_loss']:.3f}"
                k, v = next(iter(r["metrics"].items()))
                row["metric"] = f"{k}={v:.3f}"
            elif row["executed"] == "yes":
                row["executed"] = "yes (no recipe: set-up only)"
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    cols = ["paper", "family", "recipe", "executed", "seconds", "first", "last", "metric", "claim", "model_cell"]
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")
    print(f"\nnotebooks in {out}")
    return 0 if all(r["executed"].startswith("yes") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
