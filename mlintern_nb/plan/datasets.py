"""Paper dataset names -> Hugging Face dataset ids (used with the hub reachable, profile full).

Each recipe owns its catalogue (``Recipe.datasets``); :data:`GENERIC` holds mentions that are no
family's data but must not be mistaken for one (a QA set named next to a classification set)."""
from __future__ import annotations

import re

# (pattern, display name, hub id "path[:config]") that any family may match, after its own entries
GENERIC = [(r"squad", "SQuAD", "squad")]


def _entries(family: str | None):
    from .registry import recipes
    recs = recipes()
    chosen = [recs[family]] if family in recs else ([] if family else list(recs.values()))
    for r in chosen:
        yield from r.datasets
    yield from GENERIC


def lookup(name: str, family: str | None = None):
    """(display name, hub id) for a dataset mention, or None."""
    low = name.lower()
    for pat, disp, hub in _entries(family):
        if re.search(pat, low):
            return disp, hub
    return None


def choose(datasets: list, family: str, default: str) -> tuple[str, str, object]:
    """The dataset the notebook reproduces: the first paper dataset the family's recipe can use,
    else the family's default. Returns (display name, hub id, Grounded or None)."""
    for g in datasets:  # the recipe's reference dataset when the paper uses it
        if re.search(re.escape(default.lower()) + r"(?![\w-])", str(g.value).lower()):
            hit = lookup(default, family) or (default, "")
            return hit[0], hit[1], g
    for g in datasets:
        hit = lookup(str(g.value), family)
        if hit:
            return hit[0], hit[1], g
    hit = lookup(default, family) or (default, "")
    return hit[0], hit[1], None
