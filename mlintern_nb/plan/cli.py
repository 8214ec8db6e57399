"""`mlintern plan PAPER.pdf|spec.json -o repro.ipynb [--profile smoke|full]`."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("plan", help="write a reproduction notebook from a paper PDF or a PaperSpec JSON")
    p.add_argument("source", help="paper PDF or PaperSpec JSON (as written by `mlintern parse`)")
    p.add_argument("-o", "--output", required=True, help="notebook to write (.ipynb)")
    p.add_argument("--profile", choices=["smoke", "full"], default=None,
                   help="smoke (CPU minutes, stand-in data) or full (the paper's setting); default MLIntern.profile")
    p.add_argument("--force", action="store_true", help="overwrite an existing notebook")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    import nbformat

    from ..config import get_config
    from ..errors import PlanError
    from . import load_spec, plan

    out = Path(args.output)
    if out.suffix != ".ipynb":
        raise PlanError(f"{out}: the output must be a .ipynb file", path=str(out))
    if out.exists() and not args.force:
        raise PlanError(f"{out} exists; pass --force to overwrite it (nothing was written)", path=str(out))
    if out.parent and not out.parent.exists():
        raise PlanError(f"{out.parent}: no such folder", path=str(out.parent))
    profile = args.profile or get_config().profile
    src = Path(args.source)
    spec = load_spec(src)
    nb = plan(spec, profile=profile, paper_path=src if src.suffix.lower() == ".pdf" else None)
    tmp = out.with_name(out.name + ".tmp")
    nbformat.write(nb, str(tmp))
    tmp.replace(out)
    meta = nb.metadata["mlintern"]
    print(f"wrote {out}: {meta['recipe'] or 'no recipe for ' + spec.task_family} "
          f"({meta['dataset']['name']}, profile {profile}, {len(nb.cells)} cells)", file=sys.stderr)
    return 0
