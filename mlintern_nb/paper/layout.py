"""Layout the text layer loses, recovered from the positioned fragments pypdf drew a page from
(:func:`.text.extract_page`): typeset powers and table rows drawn one cell at a time. Both change
only the spans they recognise, so a quote taken from the result still matches the plain text once
whitespace and punctuation are ignored."""
from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Fragment

# a power's base as the text layer leaves it before a smaller-type exponent: "... for 2" + "19"
_POWER_BASE = re.compile(r"(?<![\d.,])(?:10|2)$")
_EXPONENT = re.compile(r"[\u2212\u2013-]?\d{1,3}")


def mark_powers(text: str, frags: list[Fragment]) -> str:
    """Give a typeset power its caret back: the text layer flattens ``2<sup>19</sup>`` to "219"
    and ``10<sup>4</sup>`` to "104". An exponent is a fragment of 1-3 digits (with an optional
    minus) in smaller type than the fragment before it, which ends in the base 10 or 2; only
    those spans change (``219`` -> ``2^19``). Footnote marks after other numbers are left alone."""
    pos = 0
    for prev, f, nxt in zip(frags, frags[1:], frags[2:] + [None]):
        if not (f.size <= 0.85 * prev.size and _EXPONENT.fullmatch(f.text) and _POWER_BASE.search(prev.text)):
            continue
        if nxt is not None and nxt.text[:1].isdigit():
            continue  # digits run on (axis labels "10 2 10 3" set in small type): not one power
        if abs(int(re.sub(r"\D", "", f.text))) > (64 if prev.text.endswith("2") and not prev.text.endswith("02") else 30):
            continue
        head = prev.text[-12:] + f.text
        at = text.find(head, pos)
        while at >= 0 and text[at + len(head):at + len(head) + 1].isdigit():
            at = text.find(head, at + 1)
        if at < 0:
            continue
        cut = at + len(prev.text[-12:])
        text = text[:cut] + "^" + text[cut:]
        f.text = "^" + f.text
        pos = cut + 1
    return text


def join_row_cells(text: str, frags: list[Fragment]) -> str:
    """One line per table row: some PDF producers draw every table cell as its own text object,
    and the text layer then puts each cell on a line of its own ("Epochs\n300\n300"). A line
    break between two fragments on the same baseline, the second to the right of the first, is
    no line break; it becomes a tab ("Epochs\t300\t300"): the row reads as one line and its
    cells stay apart (``structure`` splits table rows on it)."""
    pos = 0
    for a, b in pairwise(frags):
        if not (a.text.endswith("\n") and abs(a.y - b.y) <= 0.3 * max(a.size, 1) and b.x > a.x + 1
                and a.text.strip() and b.text.strip()):
            continue
        head = a.text.rstrip("\n")[-20:] + "\n" + b.text.lstrip()[:8]
        at = text.find(head, pos)
        if at < 0:
            continue
        cut = at + len(a.text.rstrip("\n")[-20:])
        text = text[:cut] + "\t" + text[cut + 1:]
        pos = cut
    return text
