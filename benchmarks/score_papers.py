#!/usr/bin/env python3
"""Score the offline extraction engine on a folder of papers with the shared scorer.

    python benchmarks/score_papers.py [--papers ../shared/papers] [--scorer ../shared/eval/score_extraction.py]
                                      [--only bert.pdf vit.pdf | --split dev|validation [--split-file F]]
                                      [--keep DIR]

Parses every PDF named in the folder's ground_truth.json in this process (the same
``mlintern_nb.paper.parse`` that ``mlintern parse`` runs), writes ``<paper>.json`` into a
temporary folder, runs the scorer on it (``--pred-dir``, with ``--papers`` so grounding is
checked against the PDFs' own text) and prints the scorer's output: one line per paper, the
per-category table and the ``overall`` line. Exit status 0, or 2 when the scorer or
ground truth is missing.

``--split`` scores one part of the frozen leave-papers-out split in
``benchmarks/extraction_split.json`` (rule written there). For ``validation`` only the
``overall`` line is printed: the part is for reporting, never for debugging.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MLINTERN_SHARED", ROOT.parent / "shared"))
SPLIT = Path(__file__).resolve().parent / "extraction_split.json"
OVERALL = re.compile(r"overall F1 (?P<f1>[\d.]+) recall (?P<recall>[\d.]+) precision (?P<precision>[\d.]+) "
                     r"grounded (?P<grounded>[\d.na]+) macroF1 (?P<macro_f1>[\d.]+)")


def predict(papers: Path, names: list[str], out_dir: Path) -> dict[str, float]:
    """Parse each paper into out_dir/<stem>.json; returns seconds per paper."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from mlintern_nb.errors import MLInternError
    from mlintern_nb.paper import parse
    times = {}
    for name in names:
        t0 = time.perf_counter()
        try:
            text = parse(papers / name).to_json()
        except MLInternError as exc:  # scored as zero by the scorer, like a failed command
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        (out_dir / (Path(name).stem + ".json")).write_text(text, encoding="utf-8")
        times[name] = time.perf_counter() - t0
    return times


def score(papers: Path = SHARED / "papers", scorer: Path = SHARED / "eval" / "score_extraction.py",
          only: list[str] | None = None, keep: Path | None = None) -> tuple[str, dict]:
    """Run parse + scorer; returns (scorer output, {f1, recall, precision, grounded, macro_f1, seconds})."""
    gt = papers / "ground_truth.json"
    names = only or sorted(k for k in json.loads(gt.read_text()) if not k.startswith("_"))
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        times = predict(papers, names, out_dir)
        cmd = [sys.executable, str(scorer), "--gt", str(gt), "--papers", str(papers), "--pred-dir", str(out_dir),
               "--only", *names]
        res = subprocess.run(cmd, capture_output=True, text=True)
    text = res.stdout + res.stderr
    m = OVERALL.search(text)
    figures = {k: float(v) for k, v in m.groupdict().items()} if m else {}
    figures["seconds"] = round(sum(times.values()), 2)
    return text, figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=Path, default=SHARED / "papers")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score_extraction.py")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--split", choices=["dev", "validation"], help="one part of the frozen split (--split-file)")
    ap.add_argument("--split-file", type=Path, default=SPLIT,
                    help="the split's JSON (default benchmarks/extraction_split.json; the held-out set's is "
                         "benchmarks/heldout/split.json)")
    ap.add_argument("--keep", type=Path, help="write the predictions here and keep them")
    a = ap.parse_args(argv)
    if not (a.papers / "ground_truth.json").exists() or not a.scorer.exists():
        print(f"need {a.papers / 'ground_truth.json'} and {a.scorer}", file=sys.stderr)
        return 2
    if a.split:
        a.only = json.loads(a.split_file.read_text())[a.split]
    text, figures = score(a.papers, a.scorer, a.only, a.keep)
    if a.split == "validation":  # aggregate only: per-paper and per-field errors stay unread
        m = OVERALL.search(text)
        text = m.group(0) if m else text
    print(text.rstrip())
    print(f"extraction time {figures['seconds']:.2f} s for {len(a.only or []) or 'all'} papers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
