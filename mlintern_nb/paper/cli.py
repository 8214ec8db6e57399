"""`mlintern parse PAPER.pdf [--format json|markdown] [--pages N-M] [--password P]`."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("parse", help="read a paper PDF into a grounded PaperSpec")
    p.add_argument("paper", help="path to the paper PDF")
    p.add_argument("--format", choices=["json", "markdown"], default="json")
    p.add_argument("--pages", help="pages to read, e.g. 1-12 or 1-3,7 (1-based)")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--figures-dir", help="write extracted figure images here")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.set_defaults(func=run)


def run(args) -> int:
    from . import parse
    spec = parse(args.paper, pages=args.pages, password=args.password, figures_dir=args.figures_dir)
    if args.format == "json":
        text = spec.to_json()
    else:
        from .render import to_markdown
        text = to_markdown(spec)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return 0
