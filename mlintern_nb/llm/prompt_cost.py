"""What would extraction refinement cost per paper? Builds the real extraction prompt (offline spec +
retrieved passages) for each PDF, counts its tokens (~4 chars/token) and prices it for a few models,
assuming a reply of ``--reply-tokens``. Sends nothing.

    python -m mlintern_nb.llm.prompt_cost ../shared/papers/*.pdf --gt ../shared/papers/ground_truth.json
"""
from __future__ import annotations

import argparse
import json
import sys

from .cost import cost_of, messages_tokens, price_for

MODELS = ("gpt-4o-mini", "gpt-4.1-mini", "gpt-4o", "gpt-5")


def _gt_pages(entry: dict) -> set[int]:
    """Pages the ground truth cites for training values."""
    pages: set[int] = set()
    for fields in (entry.get("training") or {}).values():
        for g in fields.values():
            p = g.get("page") if isinstance(g, dict) else None
            pages.update([p] if isinstance(p, int) else [x for x in (p or []) if isinstance(x, int)])
    return pages


def measure(paths, reply_tokens: int = 1500, gt: dict | None = None) -> list[dict]:
    from ..paper import parse, read
    from ..paper.spec import ARCH_FIELDS, TASK_FAMILIES, TRAINING_FIELDS
    from . import prompts
    from .extraction import _offline_summary, passages_for
    rows = []
    for path in paths:
        doc = read(path)
        spec = parse(path)
        passages = passages_for(doc)
        msgs = prompts.extract_messages(passages, TASK_FAMILIES, ARCH_FIELDS, TRAINING_FIELDS, "00000000",
                                        offline_summary=_offline_summary(spec))
        tokens = messages_tokens(msgs)
        row = {"paper": str(path).rsplit("/", 1)[-1], "pages": len(doc.pages),
               "pages_in_prompt": len(passages), "prompt_tokens": tokens}
        entry = (gt or {}).get(str(path).rsplit("/", 1)[-1])
        if entry:
            want, shown = _gt_pages(entry), {p for p, _ in passages}
            row["gt_training_pages"] = len(want)
            row["gt_training_pages_in_prompt"] = len(want & shown)
        for m in MODELS:
            row[f"usd_{m}"] = round(cost_of(tokens, reply_tokens, price_for(m)[0]), 5)
        rows.append(row)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("papers", nargs="+")
    ap.add_argument("--reply-tokens", type=int, default=1500)
    ap.add_argument("--gt", help="ground_truth.json: also report how many of its training pages the prompt shows")
    args = ap.parse_args(argv)
    gt = json.load(open(args.gt, encoding="utf-8")) if args.gt else None
    rows = measure(args.papers, args.reply_tokens, gt)
    print(json.dumps(rows, indent=1))
    if rows:
        n = len(rows)
        mean = {k: round(sum(r[k] for r in rows) / n, 5) for k in rows[0] if k.startswith(("usd_", "prompt_"))}
        cover = [r for r in rows if "gt_training_pages" in r]
        extra = {}
        if cover:
            extra = {"gt_training_pages": sum(r["gt_training_pages"] for r in cover),
                     "gt_training_pages_in_prompt": sum(r["gt_training_pages_in_prompt"] for r in cover)}
        print(json.dumps({"papers": n, "mean": mean, **extra}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
