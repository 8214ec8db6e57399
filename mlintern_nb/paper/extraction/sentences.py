"""Sentences and table-like lines of a Document, each with its page and section kind.

Sentences never cross a page, so every quote is found on the page it cites. Lines are
joined with a space (a line-end hyphen between lowercase letters is dropped); the
quote therefore differs from the page text only in whitespace and line-end hyphens.
Reference lists are marked so that extraction can skip them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..document import Document


@dataclass
class Sentence:
    text: str
    page: int
    section: str = ""  # nearest heading seen above (lower-case)
    kind: str = "other"  # section kind: references, appendix, related, abstract, ...
    index: int = 0


@dataclass
class Line:
    text: str
    page: int
    section: str = ""
    kind: str = "other"
    index: int = 0  # position among all lines of the document
    heading: bool = False


_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|et al|etc|Fig|Figs|Eq|Eqs|Sec|Tab|vs|cf|approx|resp|No|Ref|Refs|"
                     r"Appx|App|Alg|Thm|Def|al|[A-Z])\.)$")
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z•(\[\"“])|\s*•\s*")
_HEADING = re.compile(
    r"^(?:(?:[A-H]|\d{1,2})(?:\.\d{1,2}){0,3}\.?\s+)?(?P<title>[A-Z][A-Za-z0-9 \-&:,/()’']{2,70})$")
_REFS = re.compile(r"^(?:\d+\.?\s*)?(?:references|bibliography|literature cited)$", re.I)
_APPX = re.compile(r"^(?:appendix|appendices|supplementary(?: material)?|(?:[A-H](?:\.\d)?\.?)\s+[A-Z][A-Za-z ]{3,60})\b",
                   re.I)
_NUMBERED = re.compile(r"^(?:[A-H]|\d{1,2})(?:\.\d{1,2}){0,3}\.?\s+[A-Z]")

KIND_WORDS = (
    ("abstract", r"^abstract"), ("related", r"related work|background|prior work|previous work"),
    ("references", r"^references|^bibliography"), ("appendix", r"^appendix|supplementary"),
    ("training", r"training|optimi[sz]ation|hyper-?parameters|implementation details|experimental set"),
    ("experiments", r"experiment|evaluation|results"), ("introduction", r"^introduction"),
    ("conclusion", r"conclusion|discussion"))


def normalize(text: str) -> str:
    """NFKC (ligatures ﬁ -> fi) while keeping the unicode minus that marks exponents."""
    return unicodedata.normalize("NFKC", text.replace("\u2212", "\x00")).replace("\x00", "\u2212")


def _kind_of(title: str) -> str:
    t = title.lower()
    for kind, pat in KIND_WORDS:
        if re.search(pat, t):
            return kind
    return "other"


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 72 or s.endswith((".", ",", ";")):
        return False
    if _REFS.match(s) or re.match(r"^(abstract|appendix)$", s, re.I):
        return True
    if not _NUMBERED.match(s):
        return False
    words = s.split()
    return len(words) <= 9 and sum(w[:1].isupper() or not w[:1].isalpha() for w in words) >= len(words) * 0.5


def _section_by_offset(doc: Document):
    """A function page_offset -> (title, kind) from doc.sections when the reader filled them."""
    secs = getattr(doc, "sections", None) or []
    if not secs:
        return None
    starts = [s.start for s in secs]
    import bisect
    # each section's title path: "5 ablation studies / 5.1 effect of pre-training tasks"
    paths, stack = [], []
    for sec in secs:
        lvl = getattr(sec, "level", 1) or 1
        stack = [t for t in stack if t[0] < lvl] + [(lvl, sec.title.lower())]
        paths.append(" / ".join(t for _, t in stack))

    def lookup(offset: int):
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return "", "other"
        return paths[i], secs[i].kind
    return lookup


def document_lines(doc: Document) -> list[Line]:
    """Every non-empty line of the document with its page and section (title, kind)."""
    lookup = _section_by_offset(doc)
    full = doc.text
    out: list[Line] = []
    title, kind = "", "other"
    in_refs = False
    heading = False
    pos = 0
    page_starts = []
    for p in doc.pages:
        page_starts.append(pos)
        pos += len(p.text) + 2
    for p, base in zip(doc.pages, page_starts):
        off = 0
        for raw in p.text.split("\n"):
            text = normalize(raw).strip()
            if text:
                heading = False
                if lookup is not None:
                    title, kind = lookup(base + off)
                    heading = bool(title) and text.lower() == title.split(" / ")[-1].strip()
                elif _is_heading(text):
                    heading = True
                    t = re.sub(r"^[A-H0-9.]+\s+", "", text)
                    if _REFS.match(text):
                        in_refs, title, kind = True, "references", "references"
                    elif in_refs and not _APPX.match(text):
                        pass  # a numbered reference line, not a heading
                    else:
                        k = _kind_of(t)
                        if in_refs or _APPX.match(text) and kind in ("references", "appendix"):
                            k = "appendix" if k == "other" else k
                            in_refs = False
                        title, kind = t.lower(), k
                elif _REFS.match(text):
                    in_refs, title, kind = True, "references", "references"
                out.append(Line(text, p.number, title, kind, len(out), heading))
            off += len(raw) + 1
    del full
    return out


_NUMTOK = re.compile(r"^[-+\u2212(]?[\d.,]+(?:[eE][-+\u2212]?\d+|\^[-\u2212]?\d+)?[%)×x]?$|^[±]")


def is_tabular(line: str) -> bool:
    """A line that is a table row, axis labels or a page number rather than prose."""
    toks = line.split()
    if not toks:
        return True
    nnum = sum(bool(_NUMTOK.match(t)) for t in toks)
    if len(toks) == 1:
        return nnum == 1
    return len(toks) >= 3 and nnum / len(toks) >= 0.5


def _ends_open_sentence(buf: list[str], cur: Line | None, ln: Line) -> bool:
    """A number-heavy line that closes the sentence the lines above left open ("... increase the input
    resolution of the network" / "from 224 × 224 to 448 × 448."): prose, not a table row."""
    return bool(buf) and cur is not None and ln.page == cur.page and ln.section == cur.section \
        and not ln.heading and buf[-1].rstrip()[-1:] not in ".!?:;" and re.search(r"[a-z]{2,}", buf[-1][-20:]) \
        is not None and ln.text.rstrip().endswith(".") and re.search(r"[A-Za-z]{2,}", ln.text) is not None


def split_sentences(lines: list[Line], skip=is_tabular) -> list[Sentence]:
    """Sentences built from consecutive lines of one page and one section; lines for which
    ``skip(text)`` is true (table rows, axis labels, page numbers) are left out."""
    out: list[Sentence] = []
    buf: list[str] = []
    cur: Line | None = None

    def flush():
        if not buf or cur is None:
            return
        text = ""
        for part in buf:
            if text.endswith("-") and len(text) > 1 and text[-2].islower() and part[:1].islower():
                text = text[:-1] + part
            else:
                text = f"{text} {part}" if text else part
        start = 0
        for m in _SPLIT.finditer(text):
            piece = text[start:m.start() + (1 if text[m.start():m.start() + 1] in ".!?" else 0)]
            if _ABBREV.search(piece.rstrip()):
                continue
            _emit(piece)
            start = m.end()
        _emit(text[start:])

    def _emit(piece: str):
        piece = piece.strip(" •")
        if len(piece) >= 3:
            out.append(Sentence(piece, cur.page, cur.section, cur.kind, len(out)))

    for ln in lines:
        if skip is not None and skip(ln.text) and not _ends_open_sentence(buf, cur, ln):
            flush()
            buf = []
            continue
        if cur is None or ln.page != cur.page or ln.section != cur.section or ln.heading:
            flush()
            buf = []
        cur = ln
        buf.append(ln.text)
        if ln.heading:
            flush()
            buf = []
    flush()
    return out
