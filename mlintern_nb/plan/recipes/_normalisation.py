"""Normalisation arms read from the paper's claim: the normalisation the paper proposes against the one it is
compared with (group vs batch normalisation, layer normalisation vs none ...), never a fixed pair.

The proposed normalisation is the first one the claim names (its subject: "GN has lower error than its BN
counterpart"); the baseline is the next different one it names, or "none" when the claim compares with
unnamed or un-normalised training ("reduces training time compared with previous techniques"). A claim
that names no normalisation, or names one without comparing, has no normalisation arms.

``SWAP`` is the notebook code a recipe appends to its model cell: every ``BatchNorm2d`` of the built model
is replaced by the arm's normalisation (torch.nn: group = ``GroupNorm(32 or fewer groups, C)``, layer =
``GroupNorm(1, C)``, instance = ``GroupNorm(C, C)``, none = ``Identity``), so any CNN the recipe builds
(template or the paper's torchvision model) runs each arm with everything else equal.
"""
from __future__ import annotations

import re

from ..claims import COMPARE_WORDS

#: kind -> (arm name, pattern); abbreviations are matched case-sensitively ("IN" is not "in")
NORMS = {
    "batch": ("batch normalisation", r"(?i:\bbatch[\s-]?norm(?:ali[sz]ation|ali[sz]ed)?\b)|\bBN\b"),
    "group": ("group normalisation", r"(?i:\bgroup[\s-]?norm(?:ali[sz]ation)?\b)|\bGN\b"),
    "layer": ("layer normalisation", r"(?i:\blayer[\s-]?norm(?:ali[sz]ation)?\b)|\bLN\b"),
    "instance": ("instance normalisation", r"(?i:\binstance[\s-]?norm(?:ali[sz]ation)?\b)|\bIN\b"),
    "weight": ("weight normalisation", r"(?i:\bweight[\s-]?norm(?:ali[sz]ation)?\b)|\bWN\b"),
}
NORM_RE = {k: re.compile(p) for k, (_, p) in NORMS.items()}


def named_norms(words: str) -> list[str]:
    """The normalisations ``words`` names, in the order they first appear."""
    found = sorted((m.start(), k) for k, pat in NORM_RE.items() if (m := pat.search(words or "")))
    return [k for _, k in found]


def compared_norms(words: str, runnable=tuple(NORMS)) -> tuple[str, str] | None:
    """``(proposed, baseline)`` kinds from the claim ``words``, or None (no normalisation compared, or one
    outside ``runnable``: the kinds the recipe's model can swap in; "none" is always runnable)."""
    named = named_norms(words)
    if not named or not COMPARE_WORDS.search(words or ""):
        return None
    proposed, baseline = named[0], (named[1] if len(named) > 1 else "none")
    if proposed not in runnable or (baseline != "none" and baseline not in runnable):
        return None
    return proposed, baseline


def arm_name(kind: str) -> str:
    return "no normalisation" if kind == "none" else NORMS[kind][0]


def stated_batch_size(words: str) -> int | None:
    """The batch size the claim's comparison is made at ("at a batch size of 2"), else None."""
    m = re.search(r"\bbatch(?:[\s-]?size)?\s+(?:of\s+)?(\d{1,4})\b|\b(\d{1,4})\s+(?:images|samples|examples)\s+"
                  r"per\s+(?:batch|GPU|worker)\b", words or "", re.I)
    return int(m.group(1) or m.group(2)) if m else None


SWAP = r'''
# The claim's arms: every BatchNorm2d of the model above becomes NORMALIZATION (torch.nn), all else equal
import torch.nn as nn

def _norm_for(bn, kind):
    c = bn.num_features
    if kind == "group":  # 32 groups (fewer when the channels do not divide by 32)
        return nn.GroupNorm(max(g for g in range(1, min(32, c) + 1) if c % g == 0), c)
    if kind == "layer":
        return nn.GroupNorm(1, c)
    if kind == "instance":
        return nn.GroupNorm(c, c)
    if kind == "none":
        return nn.Identity()
    raise ValueError(f"normalisation {kind!r}: batch | group | layer | instance | none")

def swap_batch_norms(module, kind):
    swapped = 0
    for name, child in module.named_children():
        if isinstance(child, nn.BatchNorm2d):
            setattr(module, name, _norm_for(child, kind)); swapped += 1
        else:
            swapped += swap_batch_norms(child, kind)
    return swapped

if NORMALIZATION != "batch":
    _swapped = swap_batch_norms(model, NORMALIZATION)
    if not _swapped:
        raise RuntimeError(f"NORMALIZATION={NORMALIZATION!r}: the model has no BatchNorm2d layer to replace")
    MODEL_NOTE += f"; {_swapped} BatchNorm2d layers replaced by {NORMALIZATION} normalisation"
    print(MODEL_NOTE)
'''
