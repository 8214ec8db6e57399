#!/usr/bin/env python3
"""Build the held-out paper set: PDFs plus a ground-truth file in ``../shared/papers`` format.

    python benchmarks/heldout/build.py --out /tmp/heldout              # every paper
    python benchmarks/heldout/build.py --out /tmp/heldout --only vgg   # one (checks its quotes)
    python benchmarks/heldout/build.py --out /tmp/heldout2 --batch 2   # the second batch (papers2/)

Each ``papers/<name>.py`` holds ``PAPER`` (what the PDF shows: title, sections, tables,
references; rendered by ``examples/papers/build.py``) and ``TRUTH`` (its annotation). They were
written by helpers who had not seen the extractor or planner code: condensed, paper-style
retellings of published ML papers that are not in ``../shared/papers``, from the writers' memory
of them — not the published PDFs. Every annotated value carries a verbatim ``quote`` of the
built PDF; its page is *found* in the PDF's text (the scorer's normalisation), so a quote that is
not in the paper, or is on more than one page, stops the build.

Why: the extraction, architecture and planning figures on ``../shared/papers`` were developed
on those papers; this set gives a first-look figure on material no rule was written against.
``split.json`` freezes which part may be developed on (see docs/heldout.md).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_EX = HERE.parent.parent / "examples" / "papers" / "build.py"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


render = _module(_EX, "_example_papers_build")

_PAPER_DEFAULTS = {"columns": 1, "affil": "", "header": "", "appendix": [], "references": [],
                   "subject": "mlintern_nb held-out paper", "creator": "benchmarks/heldout/build.py"}


def folder(batch: int = 1) -> Path:
    """Batch 1 (``papers/``, 31 papers, split.json) or batch 2 (``papers2/``, written later, split2.json)."""
    return HERE / ("papers" if batch == 1 else f"papers{batch}")


def names(batch: int = 1) -> list[str]:
    return sorted(p.stem for p in folder(batch).glob("*.py") if not p.stem.startswith("_"))


def _grounded(entry, pages: list[str], where: str):
    """A TRUTH entry with its page found from its quote (entries without a quote keep none)."""
    if isinstance(entry, list):
        return [_grounded(e, pages, where) for e in entry]
    if not isinstance(entry, dict) or "quote" not in entry:
        return entry
    try:
        page = render.locate(entry["quote"], pages)
    except SystemExit as exc:
        raise SystemExit(f"{where}: {exc}") from None
    out = dict(entry)
    out["page"] = page
    return out


def ground_truth(name: str, paper: dict, truth: dict, pdf: bytes) -> dict:
    pages = render.page_texts(pdf)
    gt = {"title": paper["title"], "authors": paper.get("authors", ""), "year": truth.get("year"),
          "source": truth.get("source", "")}
    for key, value in truth.items():
        if key in ("year", "source"):
            continue
        if key == "training":
            gt[key] = {setup: {f: _grounded(e, pages, f"{name} training.{setup}.{f}") for f, e in fields.items()}
                       for setup, fields in value.items()}
        else:
            gt[key] = _grounded(value, pages, f"{name} {key}")
    gt["num_pages"] = len(pages)
    return gt


def build(name: str, batch: int = 1) -> tuple[bytes, dict]:
    mod = _module(folder(batch) / f"{name}.py", f"_heldout_{name}")
    paper = {**_PAPER_DEFAULTS, **mod.PAPER, "name": name}
    pdf = render.build_pdf(paper)
    return pdf, ground_truth(name, paper, mod.TRUTH, pdf)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="folder for <name>.pdf and ground_truth.json")
    ap.add_argument("--only", nargs="*", help="paper names (default: all)")
    ap.add_argument("--batch", type=int, choices=(1, 2), default=1, help="which batch of papers (default 1)")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    gt_path = out / "ground_truth.json"
    gt = json.loads(gt_path.read_text()) if a.only and gt_path.exists() else {}
    gt["_meta"] = {"description": "held-out paper set built by benchmarks/heldout/build.py; "
                                  "pages are 1-based physical PDF pages, found from each quote"}
    for name in a.only or names(a.batch):
        pdf, truth = build(name, a.batch)
        (out / f"{name}.pdf").write_bytes(pdf)
        gt[f"{name}.pdf"] = truth
        print(f"{name}.pdf: {truth['num_pages']} pages")
    gt_path.write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
