"""``mlintern reproduce`` — headless: parse -> plan -> execute with repair -> notebook + report."""
from __future__ import annotations

from pathlib import Path

from ..errors import ReproductionFailed, UsageError


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "reproduce", help="paper PDF(s) -> executed, repaired reproduction notebook(s) + report",
        description="Parse the paper, plan a reproduction notebook, run it with the repair loop and write "
                    "the executed notebook, <out>.report.json and <out>.report.md. Exit 0 only when every cell "
                    "ran to the end. A planned .ipynb may be given instead of a PDF.")
    p.add_argument("papers", nargs="+", metavar="PAPER", help="paper PDF(s) or planned notebook(s)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("-o", "--out", help="output notebook (one paper)")
    g.add_argument("--out-dir", help="output directory (one notebook per paper + summary.md)")
    p.add_argument("--profile", choices=["smoke", "full"], default=None, help="default: MLIntern.profile (smoke)")
    p.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="override a notebook parameter (papermill -p semantics)")
    p.add_argument("--kernel", choices=["sandbox", "local", "auto"], default=None,
                   help="default: MLIntern.kernel (auto: sandbox when available, else local with a warning)")
    p.add_argument("--engine", choices=["offline", "llm"], default=None, help="default: MLIntern.engine")
    p.add_argument("--gateway", metavar="URL", default=None,
                   help="run the cells in the sandbox kernel of a kernel gateway (`mlintern gateway serve` there); "
                        "token from $JUPYTER_GATEWAY_AUTH_TOKEN. Default: MLIntern.gateway_url")
    p.add_argument("--jobs", type=int, default=1, help="papers run in parallel (each in its own kernel)")
    p.add_argument("--max-attempts", type=int, default=None, help="repair attempts per failing cell")
    p.add_argument("--timeout", type=float, default=None, help="seconds per cell (default MLIntern.cell_timeout)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from .reproduce import Options, coerce_value, reproduce
    if args.max_attempts is not None and args.max_attempts < 1:
        raise UsageError("--max-attempts must be at least 1")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    opts = Options(profile=args.profile, parameters={k: coerce_value(v) for k, v in args.parameter},
                   kernel=args.kernel, engine=args.engine, max_attempts=args.max_attempts, timeout=args.timeout,
                   progress=not args.no_progress, gateway=args.gateway)
    if len(args.papers) == 1 and not args.out_dir:
        src = Path(args.papers[0])
        out = Path(args.out) if args.out else Path(f"{src.stem}.repro.ipynb")
        res = reproduce(src, out, opts)
        run_ = res.report["run"]
        print(f"reproduced {src.name}: {run_['cells_run']}/{run_['cells_total']} cells, "
              f"{run_['attempts_total']} attempts, {run_['duration_s']} s -> {res.notebook} (report {res.report_md})")
        if res.report.get("llm"):
            print(res.report["llm"]["summary"])
        return 0
    if args.out:
        raise UsageError("-o/--out takes one paper; use --out-dir DIR for several")
    from .batch import run_batch
    out_dir = Path(args.out_dir or "mlintern-out")
    rows = run_batch(args.papers, out_dir, opts, jobs=args.jobs, progress=not args.no_progress)
    print((out_dir / "summary.md").read_text(), end="")
    failed = [r for r in rows if r["status"] != "ok"]
    if failed:
        raise ReproductionFailed(f"{len(failed)} of {len(rows)} papers did not reproduce to the end; "
                                 f"see {out_dir / 'summary.md'}", failed=[r["paper"] for r in failed])
    return 0
