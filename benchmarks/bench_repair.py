"""Repair benchmark over the fault-injection suite (mlintern_nb/bench/faultcases), offline engine, local kernel.

    python benchmarks/bench_repair.py [--modules oom shape ...] [--json]
    python benchmarks/bench_repair.py --corpus validation|dev|all [--modules dtype ...] [--json]

Prints per category: cases, repaired within 5 attempts, mean attempts, first-attempt success,
correct first diagnosis, and paper values changed without a record (must be 0); then totals.
Exit status 1 when the repair rate is under 90 % or any change went unrecorded.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


def main(argv=None) -> int:
    from mlintern_nb.bench.faultcases.harness import MODULES, run_cases
    ap = argparse.ArgumentParser()
    ap.add_argument("--modules", nargs="*", default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--corpus", choices=["dev", "validation", "all"],
                    help="the fault corpus (mlintern_nb/bench/corpus) instead of the in-house suite")
    args = ap.parse_args(argv)
    if args.corpus:
        return corpus(args)
    t0 = time.time()
    results = []
    for m in args.modules or list(MODULES):
        with tempfile.TemporaryDirectory() as d:
            results += run_cases(m, d)
    by = defaultdict(list)
    for r in results:
        by[r.expected].append(r)
    rows = []
    for kind, rs in sorted(by.items()) + [("TOTAL", results)]:
        n = len(rs)
        rep = [r for r in rs if r.repaired and r.checked]
        rows.append({"category": kind, "cases": n, "repaired": len(rep), "repair_rate": len(rep) / n if n else 0,
                     "mean_attempts": sum(r.attempts for r in rep) / len(rep) if rep else 0,
                     "first_attempt": sum(r.repaired and r.attempts == 1 for r in rs) / n if n else 0,
                     "diagnosed": sum(r.diagnosed for r in rs) / n if n else 0,
                     "unrecorded": sum(len(r.unrecorded) for r in rs)})
    if args.json:
        print(json.dumps({"rows": rows, "failures": [vars(r) for r in results if not r.repaired],
                          "seconds": round(time.time() - t0, 1)}, indent=1, default=str))
    else:
        print(f"{'category':<16}{'cases':>6}{'repaired':>10}{'rate':>8}{'mean att.':>11}{'1st-try':>9}"
              f"{'diagnosed':>11}{'unrecorded':>12}")
        for r in rows:
            print(f"{r['category']:<16}{r['cases']:>6}{r['repaired']:>10}{r['repair_rate']:>8.0%}"
                  f"{r['mean_attempts']:>11.2f}{r['first_attempt']:>9.0%}{r['diagnosed']:>11.0%}{r['unrecorded']:>12}")
        for r in results:
            if not r.repaired or r.unrecorded:
                print(f"  FAILED {r.module}/{r.name}: {r.error} {r.unrecorded}")
        print(f"{time.time() - t0:.0f} s")
    total = rows[-1]
    return 0 if total["repair_rate"] >= 0.9 and total["unrecorded"] == 0 else 1


def corpus(args) -> int:
    """Repair rate, mean attempts, unrecorded paper changes and probe/validation seconds per repaired cell."""
    from mlintern_nb.bench.corpus import MODULES
    from mlintern_nb.bench.faults import corpus_summary, run_corpus
    mods = [m for m in args.modules or [] if m in MODULES] or None
    rows = run_corpus(args.corpus, mods, progress=None if args.json else
                      lambda r: print(f"  {r['split']:<10} {r['category']}/{r['case']}: repaired={r['repaired']} "
                                      f"attempts={r['attempts']} {r['error'][:120]}", flush=True))
    summ = corpus_summary(rows)
    print(json.dumps({"summary": summ, "rows": rows} if args.json else summ, indent=1, default=str))
    total = summ[-1]
    return 0 if total["repaired_rate"] >= 0.9 and total["unrecorded_paper_changes"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
