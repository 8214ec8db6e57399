"""`mlintern bench [--suite reference|papers|faults|overhead|architecture|all] [--profile smoke|full] [--out DIR]`.

`--suite architecture --papers DIR [--gt GROUND_TRUTH.json]`: built vs stated parameters per paper
(:mod:`mlintern_nb.bench.architecture`); not part of `all`."""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import UsageError
from . import SUITES
from .faultcases import MODULES as FAULT_CATEGORIES


def register(sub) -> None:
    p = sub.add_parser("bench", help="run the benchmark suites and write results.json/.md + plots")
    p.add_argument("--suite", default="all", choices=[*SUITES, "architecture", "corpus", "all"],
                   help="architecture / corpus are not part of 'all' (each takes minutes)")
    p.add_argument("--corpus-split", default="all", choices=["dev", "validation", "all"],
                   help="corpus suite: which frozen split to run")
    p.add_argument("--profile", default="smoke", choices=["smoke", "full"])
    p.add_argument("--out", default="bench-out", help="output folder (default: bench-out)")
    p.add_argument("--repeats", type=int, default=1, help="runs per reference task, each with its own seed")
    p.add_argument("--kernel", default="local", choices=["local", "sandbox", "auto"])
    p.add_argument("--papers", action="append", help="folder of PDFs for the papers suite (repeatable)")
    p.add_argument("--gt", help="architecture suite: ground-truth JSON (default: DIR/ground_truth.json)")
    p.add_argument("--tasks", nargs="*", help="reference tasks to run (default: all)")
    p.add_argument("--run", action="store_true", help="papers suite: also run each smoke notebook")
    p.add_argument("--limit", type=int, help="at most this many papers / fault cases per category (a slice)")
    p.add_argument("--categories", nargs="*", metavar="CATEGORY",
                   help="faults suite: only these fault categories (default: all of " + ", ".join(FAULT_CATEGORIES) + ")")
    p.add_argument("--max-attempts", type=int, default=5)
    p.set_defaults(func=run)


def _say(row: dict) -> None:
    keys = ("paper", "task", "case", "category")
    name = next((f"{k}={row[k]}" for k in keys if k in row), "")
    ok = row.get("ok", row.get("repaired", row.get("parsed")))
    print(f"  [{row['suite']}] {name} ok={ok}", file=sys.stderr, flush=True)


def run(args) -> int:
    from . import faults, overhead, papers, reference
    from .report import machine, write
    if args.repeats < 1:
        raise UsageError("--repeats must be at least 1")
    unknown = sorted(set(args.categories or ()) - set(FAULT_CATEGORIES))
    if unknown:
        raise UsageError(f"--categories {' '.join(unknown)}: not a fault category (they are {', '.join(FAULT_CATEGORIES)})")
    if args.suite == "architecture":
        from . import architecture
        folders = args.papers or [str(p) for p in papers.default_folders()[-1:]]
        if len(folders) != 1 or not Path(folders[0]).is_dir():
            raise UsageError("--suite architecture takes one --papers DIR (a folder of PDFs)")
        if args.gt and not Path(args.gt).is_file():
            raise UsageError(f"--gt {args.gt}: no such file")
        return architecture.main(Path(folders[0]), Path(args.gt) if args.gt else None,
                                 Path(args.out) if args.out != "bench-out" else None)
    wanted = SUITES if args.suite == "all" else (args.suite,)
    results: dict = {"machine": machine(), "profile": args.profile, "suites": {}}
    if "papers" in wanted:
        folders = [Path(p) for p in args.papers] if args.papers else None
        rows = papers.run(folders, limit=args.limit, run_smoke=args.run, kernel=args.kernel, progress=_say)
        results["suites"]["papers"] = {"rows": rows, "summary": papers.summary(rows)}
    if "reference" in wanted:
        rows = reference.run(args.tasks, repeats=args.repeats, profile=args.profile, kernel=args.kernel,
                             progress=_say)
        results["suites"]["reference"] = {"rows": rows, "summary": reference.summary(rows)}
    if "faults" in wanted:
        rows = faults.run(args.categories, limit=args.limit, max_attempts=args.max_attempts, progress=_say)
        results["suites"]["faults"] = {"rows": rows, "summary": faults.summary(rows)}
    if args.suite == "corpus":
        rows = faults.run_corpus(args.corpus_split, limit=args.limit, max_attempts=args.max_attempts,
                                 kernel_name="mlintern-sandbox" if args.kernel == "sandbox" else "python3",
                                 progress=_say)
        results["suites"]["corpus"] = {"rows": rows, "summary": faults.corpus_summary(rows)}
    if "overhead" in wanted:
        rows = overhead.run(kernel=args.kernel, progress=_say)
        results["suites"]["overhead"] = {"rows": rows}
    md = write(results, Path(args.out))
    print(md)
    print(f"results: {Path(args.out) / 'results.json'}", file=sys.stderr)
    return 0
