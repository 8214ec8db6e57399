#!/usr/bin/env python3
"""Parse speed against plain pypdf text extraction of the same file, in one run.

    python benchmarks/bench_parse.py [PDF ...] [--repeat 3] [--read-only]

Default PDFs: examples/papers/*.pdf and ../shared/papers/*.pdf when present. For each
file: pages, seconds of plain ``pypdf`` ``extract_text()`` over every page, seconds of
``mlintern_nb.paper.read`` (text clean-up + structure) and of the whole
``mlintern_nb.paper.parse`` (read + extraction + figures), seconds/page and the ratios
read/pypdf and parse/pypdf. Each timing is the minimum over ``--repeat`` runs (the two
measurements alternate, so machine load hits both alike). Target: parse/pypdf <= 1.5.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MLINTERN_SHARED", ROOT.parent / "shared"))


def plain_pypdf(path: Path) -> float:
    import pypdf
    t = time.perf_counter()
    for page in pypdf.PdfReader(path).pages:
        page.extract_text()
    return time.perf_counter() - t


def timed(fn, *a, **kw) -> float:
    t = time.perf_counter()
    fn(*a, **kw)
    return time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--read-only", action="store_true", help="skip the whole parse (extraction)")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    import pypdf

    from mlintern_nb.paper import parse, read

    pdfs = args.pdfs or sorted((ROOT / "examples" / "papers").glob("*.pdf")) + sorted(
        (SHARED / "papers").glob("*.pdf"))
    if not pdfs:
        print("no PDFs given or found", file=sys.stderr)
        return 2
    print(f"{'paper':<22}{'pages':>6}{'pypdf_s':>9}{'read_s':>8}{'parse_s':>9}{'s/page':>8}"
          f"{'read/pypdf':>11}{'parse/pypdf':>12}")
    tot = {"pages": 0, "pypdf": 0.0, "read": 0.0, "parse": 0.0}
    for pdf in pdfs:
        pages = len(pypdf.PdfReader(pdf).pages)
        best = {"pypdf": float("inf"), "read": float("inf"), "parse": float("inf")}
        for _ in range(max(1, args.repeat)):
            best["pypdf"] = min(best["pypdf"], plain_pypdf(pdf))
            best["read"] = min(best["read"], timed(read, pdf, pages=f"1-{pages}"))
            if not args.read_only:
                best["parse"] = min(best["parse"], timed(parse, pdf, pages=f"1-{pages}"))
        if args.read_only:
            best["parse"] = float("nan")
        tot["pages"] += pages
        for k in ("pypdf", "read", "parse"):
            tot[k] += best[k]
        print(f"{pdf.name:<22}{pages:>6}{best['pypdf']:>9.3f}{best['read']:>8.3f}{best['parse']:>9.3f}"
              f"{best['parse'] / pages:>8.3f}{best['read'] / best['pypdf']:>11.2f}"
              f"{best['parse'] / best['pypdf']:>12.2f}")
    print(f"{'TOTAL':<22}{tot['pages']:>6}{tot['pypdf']:>9.3f}{tot['read']:>8.3f}{tot['parse']:>9.3f}"
          f"{tot['parse'] / tot['pages']:>8.3f}{tot['read'] / tot['pypdf']:>11.2f}"
          f"{tot['parse'] / tot['pypdf']:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
