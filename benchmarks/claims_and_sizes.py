"""How well the claim sentence and the stated model sizes are read, against a ground-truth file.

    python benchmarks/claims_and_sizes.py --papers ../shared/papers [--papers /tmp/heldout ...] [--per-paper]

For each folder (PDFs + ``ground_truth.json`` in the ``../shared/papers`` format):

* **claim sentence**: the planner's claim (``plan.claims.paper_claim`` on the offline parse) shares at least
  60 % of the words (3+ letters) of the ground truth's ``claim.quote``. The ground truth often quotes a
  sentence after the abstract, so this is a floor on agreement, not an accuracy;
* **stated sizes**: each parameter count the extractor reads (``spec.param_counts``) is *right* when a
  ground-truth ``param_counts`` value is within 5 % of it, else *not in GT*; a ground-truth count no read
  value is within 5 % of is *missed*.

Prints one line per folder and a total. Session 11 (2026-11-30), ../shared + both held-out batches (74
papers): claim 24 -> 30; sizes right 45 -> 61, not in GT 29 -> 33 (before: main at 0b26108).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path


def _words(text) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", (text or "").lower()))


def _near(a: float, b: float) -> bool:
    return b > 0 and abs(a / b - 1) <= 0.05


def score(folder: Path, per_paper: bool = False) -> dict:
    from mlintern_nb.paper import parse
    from mlintern_nb.plan.claims import paper_claim
    truth = json.loads((folder / "ground_truth.json").read_text())
    out = {"papers": 0, "claims": 0, "claim_hits": 0, "right": 0, "not_in_gt": 0, "missed": 0}
    for name, gt in sorted(truth.items()):
        if name.startswith("_") or not (folder / name).exists():
            continue
        spec = parse(str(folder / name))
        out["papers"] += 1
        quote = _words((gt.get("claim") or {}).get("quote"))
        if quote:
            text = paper_claim(spec)["text"]
            hit = len(quote & _words(text)) / len(quote) >= 0.6
            out["claims"] += 1
            out["claim_hits"] += hit
            if per_paper:
                print(f"  {name}: claim {'yes' if hit else 'no '} p{paper_claim(spec)['page']} {text[:90]!r}")
        stated = [c["value"] for c in gt.get("param_counts") or [] if isinstance(c.get("value"), (int, float))]
        read = [c.value for c in spec.param_counts]
        out["right"] += sum(any(_near(r, s) for s in stated) for r in read)
        out["not_in_gt"] += sum(not any(_near(r, s) for s in stated) for r in read)
        out["missed"] += sum(not any(_near(r, s) for r in read) for s in stated)
    return out


def line(label: str, r: dict) -> str:
    return (f"{label}: {r['papers']} papers; claim sentence matches the GT quote {r['claim_hits']}/{r['claims']}; "
            f"stated sizes right {r['right']}, not in GT {r['not_in_gt']}, GT missed {r['missed']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=Path, action="append", required=True, help="folder with PDFs and ground_truth.json")
    ap.add_argument("--per-paper", action="store_true")
    a = ap.parse_args(argv)
    total: dict = {}
    for folder in a.papers:
        r = score(folder, a.per_paper)
        print(line(str(folder), r))
        total = {k: total.get(k, 0) + v for k, v in r.items()}
    if len(a.papers) > 1:
        print(line("all", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
