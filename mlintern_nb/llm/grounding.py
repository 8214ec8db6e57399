"""Is a quote really in the paper? Verbatim up to whitespace, ligatures (NFKC), typographic quotes
and dashes, soft/line-break hyphens and case; searched on the cited page and its neighbours.
A found quote is replaced by the paper's own text of that span."""
from __future__ import annotations

import unicodedata

_MAP = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00d7": "x", "\u00ad": ""}

MIN_QUOTE_CHARS = 12


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset in ``text`` it came from."""
    out: list[str] = []
    pos: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", _MAP.get(ch, ch)):
            c = _MAP.get(c, c)
            if not c:
                continue
            if c.isspace():
                if prev_space:
                    continue
                c, prev_space = " ", True
            else:
                prev_space = False
            out.append(c.lower())
            pos.append(i)
    # join words broken across lines ("opti- mization" -> "optimization") and drop in-word hyphens
    # ("fine-tuned" == "finetuned" == "fine- tuned"), so a model's copy of either form matches
    s = "".join(out)
    res: list[str] = []
    rpos: list[int] = []
    j = 0
    while j < len(s):
        if s[j] == "-" and j > 0 and s[j - 1].isalnum():
            if j + 2 < len(s) and s[j + 1] == " " and (s[j + 2].islower() or s[j + 2].isdigit()):
                j += 2
                continue
            if j + 1 < len(s) and s[j + 1].isalpha():
                j += 1
                continue
        res.append(s[j])
        rpos.append(pos[j])
        j += 1
    while res and res[-1] == " ":
        res.pop()
        rpos.pop()
    return "".join(res), rpos


def normalise(text: str) -> str:
    return normalise_with_map(text)[0].strip()


class Grounder:
    """Finds quotes in a Document's pages (normalised once)."""

    def __init__(self, doc, neighbours: int = 1):
        self.doc = doc
        self.neighbours = neighbours
        self._norm: dict[int, tuple[str, list[int], str]] = {}
        for p in doc.pages:
            n, m = normalise_with_map(p.text)
            self._norm[p.number] = (n, m, p.text)

    def find(self, quote: str | None, page) -> tuple[int, str] | None:
        """``(page, verbatim_text)`` where ``quote`` occurs on ``page`` ± neighbours, else ``None``."""
        if not quote or not isinstance(quote, str):
            return None
        q = normalise(quote).strip(" .,;:\"'-")
        if len(q) < MIN_QUOTE_CHARS:
            return None
        pages = page if isinstance(page, list) else [page]
        order: list[int] = []
        for p in pages:
            if not isinstance(p, int) or isinstance(p, bool):
                continue
            for d in [0] + [s * k for k in range(1, self.neighbours + 1) for s in (-1, 1)]:
                if p + d in self._norm and p + d not in order:
                    order.append(p + d)
        for num in order:
            norm, mapping, orig = self._norm[num]
            at = norm.find(q)
            if at != -1:
                start, end = mapping[at], mapping[at + len(q) - 1] + 1
                return num, " ".join(orig[start:end].split())
        return None
