"""Extraction scoring, the same as ``../shared/eval/score_extraction.py``.

``score_extraction.py`` beside this file is a verbatim copy of the shared scorer so the bench works
where ``../shared`` is absent (tests check the copy matches the original when both are present).
"""
from __future__ import annotations

from . import score_extraction as S

CATEGORIES = ["task_family", "optimizer"] + S.NUMERIC + ["datasets", "metrics"]


def score(gt: dict, pred: dict, pdf: str | None = None) -> dict:
    """Per-paper counts, recall/precision/F1 and grounding rate, as the shared scorer computes them."""
    g, p = S.facts(gt), S.facts(pred)
    cats = {}
    HG = NG = HP = NP = 0
    for c in CATEGORIES:
        hg, ng, hp, npred = S.match_counts(g[c], p[c], c)
        cats[c] = (hg, ng, hp, npred)
        HG += hg; NG += ng; HP += hp; NP += npred
    r = HG / NG if NG else 0.0
    pr = HP / NP if NP else 0.0
    f1 = 2 * pr * r / (pr + r) if pr + r else 0.0
    gr, n = S.grounding(pred, S.page_texts_of(pdf)) if pdf else (None, 0)
    return {"recall": r, "precision": pr, "f1": f1, "grounded": gr, "grounded_n": n,
            "counts": {"hit_gt": HG, "n_gt": NG, "hit_pred": HP, "n_pred": NP}, "categories": cats}


def overall(rows: list[dict]) -> dict:
    """Micro-averaged F1 over papers (as the scorer's 'overall' line) + grounded + macro F1."""
    HG = sum(r["counts"]["hit_gt"] for r in rows)
    NG = sum(r["counts"]["n_gt"] for r in rows)
    HP = sum(r["counts"]["hit_pred"] for r in rows)
    NP = sum(r["counts"]["n_pred"] for r in rows)
    R = HG / NG if NG else 0.0
    P = HP / NP if NP else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    gs = [(r["grounded"], r["grounded_n"]) for r in rows if r.get("grounded") is not None]
    tot = sum(n for _, n in gs)
    G = sum(g * n for g, n in gs) / tot if tot else float("nan")
    M = sum(r["f1"] for r in rows) / len(rows) if rows else 0.0
    return {"f1": F, "recall": R, "precision": P, "grounded": G, "macro_f1": M}
