"""Measure the grounding check on real papers: does it keep correct quotes and drop wrong ones?

* the quotes a careful reader wrote into ``ground_truth.json``, at their cited pages;
* quotes cut from every page's number-bearing sentences and copied the way models copy PDF text
  (ligatures spelled out, hyphenation joined, ASCII quotes, whitespace collapsed), cited on their page
  or a neighbour — all should be kept;
* the same quotes with one digit changed, or cited three pages away — all should be dropped.

    python -m mlintern_nb.llm.grounding_eval --gt ../shared/papers/ground_truth.json --papers ../shared/papers
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from .grounding import normalise


def _quotes(entry, path=""):
    if isinstance(entry, dict):
        if "quote" in entry and "page" in entry and isinstance(entry["quote"], str):
            yield path, entry["quote"], entry["page"]
        for k, v in entry.items():
            yield from _quotes(v, f"{path}.{k}" if path else k)
    elif isinstance(entry, list):
        for i, v in enumerate(entry):
            yield from _quotes(v, f"{path}[{i}]")


_WINDOW = re.compile(r"\S+(?:\s+\S+){9,17}")


def llm_style(text: str) -> str:
    """How models typically copy a PDF sentence: ligatures spelled out, line breaks and hyphenation
    joined, typographic quotes/dashes made ASCII, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                         "\u2013": "-", "\u2014": "-"}))
    return " ".join(text.split())


def _mutate_number(text: str) -> str | None:
    m = re.search(r"\d", text)
    if not m:
        return None
    return text[:m.start()] + str((int(m.group()) + 1) % 10) + text[m.end():]


def synthetic(doc, per_page: int = 4) -> dict:
    """Quotes cut from each page's number-bearing sentences, copied LLM-style, cited on their page or a
    neighbour (must be kept); the same with one digit changed, or cited 3 pages away (must be dropped)."""
    from .grounding import Grounder
    t0 = time.perf_counter()
    gr = Grounder(doc)
    build_s = time.perf_counter() - t0
    whole = normalise(doc.text)
    near = {p.number: normalise(p.text) for p in doc.pages}
    pos = kept = neg = rejected = 0
    misses: list[str] = []
    last = doc.pages[-1].number if doc.pages else 0
    for page in doc.pages:
        spans = [m.group() for m in _WINDOW.finditer(page.text) if re.search(r"\d", m.group())]
        for i, span in enumerate(spans[:: max(1, len(spans) // per_page or 1)][:per_page]):
            quote = llm_style(span)
            cited = page.number + (i % 3 - 1) if 1 <= page.number + (i % 3 - 1) <= last else page.number
            pos += 1
            if gr.find(quote, cited):
                kept += 1
            else:
                misses.append(f"p{page.number}: {quote[:80]}")
            wrong = _mutate_number(quote)
            if wrong and normalise(wrong) not in whole:
                neg += 1
                rejected += gr.find(wrong, page.number) is None
            far = page.number + 3
            if far <= last and all(normalise(quote) not in near.get(q, "") for q in (far - 1, far, far + 1)):
                neg += 1
                rejected += gr.find(quote, far) is None
    return {"positives": pos, "kept": kept, "negatives": neg, "rejected": rejected, "misses": misses,
            "build_s": build_s}


def evaluate(gt_path: Path, papers: Path, only: list[str] | None = None) -> dict:
    from ..paper import read
    from .grounding import Grounder
    gt = json.loads(Path(gt_path).read_text())
    gt_total = gt_found = 0
    agg = {"positives": 0, "kept": 0, "negatives": 0, "rejected": 0, "misses": [], "build_s": 0.0}
    t_ground = 0.0
    n_papers = 0
    for name, entry in gt.items():
        if name.startswith("_") or not (papers / name).exists() or (only and name not in only):
            continue
        n_papers += 1
        doc = read(papers / name)
        t1 = time.perf_counter()
        gr = Grounder(doc)
        for _where, quote, page in _quotes(entry):
            gt_total += 1
            gt_found += gr.find(quote, page) is not None
        res = synthetic(doc)
        for k in ("positives", "kept", "negatives", "rejected", "build_s"):
            agg[k] += res[k]
        agg["misses"] += [f"{name} {m}" for m in res["misses"]]
        t_ground += time.perf_counter() - t1
    return {"papers": n_papers, "ground_truth_quotes": gt_total, "ground_truth_quotes_kept": gt_found,
            "llm_style_quotes": agg["positives"], "llm_style_kept": agg["kept"],
            "llm_style_kept_rate": round(agg["kept"] / agg["positives"], 4) if agg["positives"] else None,
            "wrong_quotes": agg["negatives"], "wrong_quotes_dropped": agg["rejected"],
            "wrong_dropped_rate": round(agg["rejected"] / agg["negatives"], 4) if agg["negatives"] else None,
            "grounder_build_seconds": round(agg["build_s"], 3), "eval_seconds": round(t_ground, 3),
            "misses": agg["misses"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gt", required=True, type=Path)
    ap.add_argument("--papers", required=True, type=Path)
    ap.add_argument("--misses", action="store_true", help="list the quotes that were not found")
    args = ap.parse_args(argv)
    res = evaluate(args.gt, args.papers)
    if not args.misses:
        res.pop("misses")
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
