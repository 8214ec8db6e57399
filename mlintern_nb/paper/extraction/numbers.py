"""Numbers as papers write them, including the ways PDF text mangles them.

``find_numbers(text)`` returns every number in a string with its span:

* plain and thousands-separated: ``0.1``, ``10,000``, ``2, 000`` / ``20 000`` (a separator
  followed by a 3-digit group that starts with 0 — a list like ``16, 32`` is never merged);
* scientific: ``1e-4``, ``5E-04``, ``3.0e−4``;
* powers of ten: ``6×10−4``, ``8 · 10−4``, ``2.5 x 10^-4``, ``10^{-4}``, ``10−4`` (the
  superscript minus survives as U+2212), and flattened ``60 × 104`` (× 10 followed directly
  by the exponent digits), ``2^19``;
* unit suffixes: ``64k``, ``4M``, ``1.4T`` (k/K = 1e3, M = 1e6, B = 1e9, T = 1e12);
* percentages: ``15%`` -> 0.15 (``percent=True``).

Grids ``{5e-5, 4e-5}``, "16 and 32", "2, 3, 4" are read by :func:`grid_after` /
:func:`grid_before`: the run of numbers joined by commas, "and", "or", "/" around a
position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MINUS = "\u2212"
_SIGN = r"[-+\u2212]?"
_MANT = r"\d+(?:\.\d+)?"
_TIMES = r"\s*[x×\u00d7*·\u22c5]\s*"

NUMBER_RE = re.compile(
    # mantissa x 10^exp (with ^, braces, unicode minus) or flattened "× 104"
    rf"(?P<mant>{_MANT}){_TIMES}10\s*(?:\^\s*\{{?(?P<e1>{_SIGN}\d+)\}}?|(?P<e2>[-\u2212]\s?\d+)|(?P<e3>\d{{1,2}})(?![\d.]))"
    # 10^exp / 10−4 alone
    rf"|(?<![\d.])10\s*(?:\^\s*\{{?(?P<e4>{_SIGN}\d+)\}}?|(?P<e5>\u2212\s?\d+))"
    # base^exp (2^19)
    rf"|(?<![\d.])(?P<base>\d+)\s*\^\s*\{{?(?P<e6>{_SIGN}\d+)\}}?"
    # scientific / thousands / plain, optional suffix and percent
    r"|(?<![\w.])(?P<plain>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[,\u2009\u202f ]\s?0\d{2})+(?!\d)"
    r"|\d*\.\d+(?:[eE][-+\u2212]?\d+)?|\d+(?:[eE][-+\u2212]?\d+)?)"
    r"(?P<suffix>\s?[kKMBT](?![a-zA-Z]))?(?P<pct>\s?%)?"
)
_SUFFIX = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    raw: str
    percent: bool = False
    flattened: bool = False  # a power whose superscript the PDF flattened (10−4, × 104)


def _exp(s: str) -> int:
    return int(s.replace(MINUS, "-").replace(" ", ""))


def find_numbers(text: str, percent: bool = True) -> list[Number]:
    """All numbers in ``text`` with their spans (see module doc)."""
    out: list[Number] = []
    for m in NUMBER_RE.finditer(text):
        g = m.groupdict()
        flat = False
        exponent = g["e1"] or g["e2"] or g["e3"] or g["e4"] or g["e5"] or g["e6"]
        if exponent is not None and abs(_exp(exponent)) > 300:
            continue  # not a quantity (figure-axis digits run together): it would overflow a float
        if g["mant"] is not None:
            e = g["e1"] or g["e2"] or g["e3"]
            flat = g["e1"] is None
            v = float(g["mant"]) * 10 ** _exp(e)
        elif g["e4"] is not None or g["e5"] is not None:
            flat = g["e4"] is None
            v = 10.0 ** _exp(g["e4"] or g["e5"])
        elif g["base"] is not None:
            v = float(g["base"]) ** _exp(g["e6"])
        else:
            raw = g["plain"]
            digits = re.sub(r"[,\u2009\u202f ]", "", raw).replace(MINUS, "-")
            try:
                v = float(digits)
            except ValueError:
                continue
            suf = (g["suffix"] or "").strip()
            if suf:
                v *= _SUFFIX[suf]
            if g["pct"] and percent:
                v /= 100.0
        out.append(Number(_clean(v), m.start(), m.end(), m.group(0), bool(g.get("pct")), flat))
    return out


def _clean(v: float) -> float:
    """Round away binary noise: 8 * 10**-4 -> 0.0008."""
    if v == 0:
        return 0.0
    return float(f"{v:.12g}")


def parse_number(text: str) -> float | None:
    """The first number in ``text`` (None when there is none)."""
    nums = find_numbers(text)
    return nums[0].value if nums else None


_JOIN = re.compile(r"^\s*(?:,|,?\s*(?:and|or)|/|;)\s*$")


# "X for <a named target>, and Y for <another>": the gap names a target in words, no number
# ("0.3 on the small set and 0.4 on the large one", "from 0.2 for the smallest model to 0.5 for the largest")
_PER_TARGET = re.compile(r"^\s+(?:for|on)\s+(?:the\s+|all\s+|each\s+)?(?!(?:and|or)\b)[A-Za-z][\w-]*"
                         r"(?:\s+(?!(?:and|or|of|with|to)\b)[A-Za-z][\w-]*){0,3}\s*(?:,\s*)?(?:and|or|while|whereas|to)?\s*$")
_FOR_TARGET = re.compile(r"\s+(?:for|on)\s+(?:the\s+|all\s+|each\s+)?[A-Za-z]")


def grid_after(text: str, nums: list[Number], i: int) -> list[Number]:
    """The run of numbers starting at ``nums[i]`` joined by ',', 'and', 'or', '/'; also values
    stated per target ("0.01 for the small set, and 0.005 for all others")."""
    run = [nums[i]]
    j = i + 1
    while j < len(nums) and (_JOIN.match(text[run[-1].end:nums[j].start])
                             or (_PER_TARGET.match(text[run[-1].end:nums[j].start])
                                 and _FOR_TARGET.match(text, nums[j].end))):
        run.append(nums[j])
        j += 1
    return run


def grid_before(text: str, nums: list[Number], i: int) -> list[Number]:
    """The run of numbers ending at ``nums[i]`` joined by ',', 'and', 'or', '/'."""
    run = [nums[i]]
    j = i - 1
    while j >= 0 and _JOIN.match(text[nums[j].end:run[0].start]):
        run.insert(0, nums[j])
        j -= 1
    return run


def braced_grid(text: str, pos: int) -> tuple[int, int] | None:
    """Span of a ``{a, b, c}`` / ``[a, b]`` set starting at ``pos`` (after spaces)."""
    m = re.compile(r"\s*[{]([^{}]{1,120})[}]").match(text, pos)
    return (m.start(1), m.end(1)) if m else None


def keep_to_dropout(keep: float) -> float:
    """A keep probability (``keep 0.9``) as a dropout rate (0.1)."""
    return _clean(1.0 - keep)


def restore_numbers(text: str) -> str:
    """Undo what the PDF text layer did to numbers in a quote: a flattened superscript gets its
    caret back (``10−4`` -> ``10^-4``, ``60 × 104`` -> ``60 × 10^4``, ``5 · 10−4`` -> ``5 × 10^-4``) and a thousands group
    split by a space is re-joined (``2, 000`` -> ``2,000``). Only those spans change."""
    spans = [n for n in find_numbers(text) if n.flattened or re.fullmatch(r"\d{1,3}(?:,\s|[\u2009\u202f ])0\d\d", n.raw)
             or re.search(r"[·\u22c5*]\s*10\^", n.raw)]
    for n in reversed(spans):
        raw = n.raw
        if not n.flattened and re.search(r"[·\u22c5*]\s*10\^", raw):  # "5 · 10^−4" (caret kept by the reader)
            new = re.sub(r"\s*[·\u22c5*]\s*(?=10\^)", " × ", raw)
        elif n.flattened:
            new = re.sub(r"10\s?[\u2212-]\s?(\d+)$", r"10^-\1", raw)
            if new == raw:
                new = re.sub(r"10(\d{1,2})$", r"10^\1", raw)
            new = re.sub(r"\s*[·\u22c5*]\s*(?=10\^)", " × ", new)  # a dot product sign reads as ×
        else:
            new = re.sub(r"(?:,\s|[\u2009\u202f ])", ",", raw)
        text = text[:n.start] + new + text[n.end:]
    return text
