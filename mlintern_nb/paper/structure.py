"""Structure of a read paper: sections (with a kind and page span), tables with captions,
and paragraph-sized chunks that never cross a section.

:func:`analyse` fills ``doc.sections``, ``doc.tables`` and ``doc.chunks`` in place. All
offsets index ``doc.text``; pages come from ``doc.page_of``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Chunk, Document, Section, Table

CHUNK_CHARS = 1200

# kind, title pattern (checked in this order; the first match wins)
KINDS = (
    ("abstract", r"^abstract\b"),
    ("references", r"^(references|bibliography|literature cited)\b"),
    ("appendix", r"^(appendix|appendices|supplementary)"),
    ("introduction", r"^introduction\b"),
    ("related", r"related work|background|prior work|previous work|literature review"),
    ("training", r"training|implementation|experimental (set|detail)|set-?up|hyper-?parameter|optimi[sz](ation|er)|"
                 r"fine-?tun|pre-?train"),
    ("conclusion", r"conclusion|discussion|future work|limitation|summary"),
    ("results", r"result|ablation|analysis|comparison|evaluation on"),
    ("experiments", r"experiment|evaluation|benchmark|empirical"),
    ("method", r"method|approach|model|architecture|framework|proposed|network|algorithm|our |design|formulation"),
)
_KNOWN = re.compile(
    r"^(abstract|introduction|related work|background|experiments|"
    r"results and discussion|discussion|conclusions?|references|bibliography|acknowledge?ments?|appendix|"
    r"appendices|supplementary material|limitations|training details|experimental setup|implementation details|"
    r"appendix [A-Z](?:[:.]?\s+.{2,60})?)$", re.I)
_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}|[A-H](?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-Z][^\n]{1,80})$")
_STOP = {"a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "with", "by", "via", "from", "at", "as",
         "is", "vs", "vs.", "versus"}
TABLE_CAPTION = re.compile(r"^(?P<label>(?:Table|TABLE)\s+(?:\d{1,2}|[IVX]{1,5}|[A-Z]\.?\d{1,2}))\s*[:.|]\s*(?P<rest>.*)$")
FIGURE_CAPTION = re.compile(r"^(?P<label>(?:Figure|FIGURE|Fig\.)\s*(?:\d{1,2}|[A-Z]\.?\d{1,2}))\s*[:.|]\s*(?P<rest>.*)$")
_NUMTOK = re.compile(r"^[-+\u2212(±]?[\d.,]+[%)×x*†]?$")


def kind_of(title: str) -> str:
    t = re.sub(r"^[\dA-H.]+\s+", "", title.strip()).lower() if _NUMBERED.match(title.strip()) else title.lower()
    for kind, pat in KINDS:
        if re.search(pat, t):
            return kind
    return "other"


def _titleish(title: str) -> bool:
    if title.endswith((".", ",", ";", ":")) or len(title) > 80:
        return False
    words = title.split()
    if not 1 <= len(words) <= 10 or sum(ch.isdigit() for ch in title) > 3 or "=" in title:
        return False
    if any(w.endswith(".") and not w.endswith("..") and len(w) > 3 for w in words[:-1]):
        return False  # a sentence running on ("Models. We")
    caps = sum(w[:1].isupper() or w.lower() in _STOP or not w[:1].isalpha() for w in words)
    return caps >= 0.6 * len(words) or len(words) <= 4 or _ROLE_TITLE.search(title) is not None


# a sentence-case title ("Details on the experimental setup and hyperparameter tuning") is a heading
# when its words name what a set-up section is; the numbering order (find_headings) still has to hold
_ROLE_TITLE = re.compile(r"\b(?:experimental (?:set-?up|details)|implementation details|training details|"
                         r"hyper-?parameters?(?: settings| tuning| search)?)\b", re.I)


@dataclass
class _Line:
    text: str
    start: int  # offset in doc.text


def _lines(doc: Document) -> list[_Line]:
    out, pos = [], 0
    for ln in doc.text.split("\n"):
        if ln.strip():
            out.append(_Line(ln.strip(), pos + (len(ln) - len(ln.lstrip()))))
        pos += len(ln) + 1
    return out


def _major(num: str) -> tuple[str, int]:
    return num.split(".")[0], num.count(".") + 1


def find_headings(lines: list[_Line]) -> list[tuple[int, str, str, int]]:
    """(line index, title, number, level) of every heading, numbered and unnumbered.

    Numbered headings must follow each other (1, 2, 2.1, 3 ...) so that numbered
    list items, table rows and equation lines are not mistaken for sections; letters
    (A, B.1) are accepted after the references or an "Appendix" heading."""
    out = []
    last_major: int | None = None
    appendix = False
    last_letter = "@"
    for i, ln in enumerate(lines):
        s = ln.text
        if len(s) > 90:
            continue
        m = _NUMBERED.match(s)
        if m and _titleish(m.group("title")):
            num = m.group("num")
            major, level = _major(num)
            title = m.group("title").strip()
            if major.isdigit():
                k = int(major)
                ok = (level == 1 and (k == (last_major or 0) + 1 or last_major is None and k <= 2)) or (
                    level > 1 and last_major is not None and k == last_major)
                if ok and not appendix:
                    if level == 1:
                        last_major = k
                    out.append((i, title, num, level))
                    continue
            elif appendix and (level == 1 and ord(major) == ord(last_letter) + 1
                               or level > 1 and major == last_letter):
                last_letter = major
                out.append((i, title, num, level))
                continue
        if _KNOWN.match(s.rstrip(":")):
            t = s.rstrip(":")
            if re.match(r"^(references|bibliography)$", t, re.I):
                appendix = True  # letters may follow
            elif re.match(r"^(appendix|appendices|supplementary)", t, re.I):
                appendix = True
            out.append((i, t, "", 1))
    return out


def sections_of(doc: Document, lines: list[_Line] | None = None) -> list[Section]:
    lines = _lines(doc) if lines is None else lines
    heads = find_headings(lines)
    text_len = len(doc.text)
    out: list[Section] = []
    parent_kind = "other"
    in_appendix = False
    for j, (i, title, num, level) in enumerate(heads):
        start = lines[i].start
        end = lines[heads[j + 1][0]].start if j + 1 < len(heads) else text_len
        kind = kind_of(title)
        if kind in ("appendix", "references"):
            in_appendix = kind == "appendix" or in_appendix
        elif num[:1].isalpha() or in_appendix and kind == "other":
            in_appendix = True
            kind = kind if kind != "other" else "appendix"
        if level == 1:
            parent_kind = kind
        elif kind == "other" or parent_kind in ("related", "introduction", "conclusion", "abstract"):
            kind = parent_kind  # a sub-section of related work is related work
        label = f"{num} {title}" if num else title
        out.append(Section(title=label, kind=kind, start=start, end=end, page_start=doc.page_of(start),
                           page_end=doc.page_of(max(start, end - 1)), level=level))
    return out


def _caption(lines: list[_Line], i: int, max_lines: int = 4) -> tuple[str, int]:
    """Caption text starting at line i (joined until a line ends a sentence) and its end offset."""
    parts = [lines[i].text]
    j = i
    while not parts[-1].rstrip().endswith(".") and j + 1 < len(lines) and len(parts) < max_lines:
        nxt = lines[j + 1].text
        if TABLE_CAPTION.match(nxt) or FIGURE_CAPTION.match(nxt) or _is_row(nxt):
            break
        j += 1
        parts.append(nxt)
    text = ""
    for p in parts:
        text = text[:-1] + p if text.endswith("-") and p[:1].islower() else (f"{text} {p}" if text else p)
    return text, lines[j].start + len(lines[j].text)


def _is_row(line: str) -> bool:
    toks = line.split()
    if not toks:
        return False
    nnum = sum(bool(_NUMTOK.match(t)) for t in toks)
    return nnum >= 1 and (nnum / len(toks) >= 0.34 or len(toks) <= 2)


def tables_of(doc: Document, lines: list[_Line] | None = None) -> list[Table]:
    """Tables found by their captions ("Table 3: ..."), with the numeric rows near them."""
    lines = _lines(doc) if lines is None else lines
    out: list[Table] = []
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        m = TABLE_CAPTION.match(ln.text)
        if not m:
            continue
        label = " ".join(m.group("label").split()).title()
        if label in seen:
            continue
        caption, end = _caption(lines, i)
        page = doc.page_of(ln.start)
        rows: list[list[str]] = []
        k = i + 1
        while k < len(lines) and lines[k].start < end:
            k += 1
        # rows below the caption (tables are captioned above) or, failing that, above it
        below = _rows(lines, k, 1, page, doc)
        above = _rows(lines, i - 1, -1, page, doc)
        rows = below if len(below) >= len(above) else list(reversed(above))
        rows = _regroup_cells(rows)
        seen.add(label)
        out.append(Table(caption=caption, page=page, label=label, rows=rows, start=ln.start, end=end))
    return out


def _regroup_cells(rows: list[list[str]]) -> list[list[str]]:
    """Some producers draw one table cell per text line ("Model", "Accuracy", "Logistic
    regression", "95.8" ...). When every line is one cell, rebuild rows: the header has as
    many cells as come before the first row label, i.e. the line before the first number."""
    cells = [" ".join(r) for r in rows]
    first_num = next((i for i, c in enumerate(cells) if _NUMTOK.match(c)), None)
    if first_num is None or first_num < 2 or any(sum(bool(_NUMTOK.match(t)) for t in r) > 1 for r in rows):
        return rows
    n = first_num - 1
    if n < 2 or len(cells) % n or len(cells) < 2 * n:
        return rows
    return [cells[i:i + n] for i in range(0, len(cells), n)]


def _rows(lines, k, step, page, doc, limit: int = 40) -> list[list[str]]:
    rows, misses = [], 0
    while 0 <= k < len(lines) and len(rows) < limit and doc.page_of(lines[k].start) == page:
        t = lines[k].text
        if TABLE_CAPTION.match(t) or FIGURE_CAPTION.match(t):
            break
        if "\t" in t:  # cells the reader joined by position (text.join_row_cells): one row, its cells
            rows.append([c.strip() for c in t.split("\t") if c.strip()])
            misses = 0
        elif _is_row(t) or len(t.split()) <= 4:
            rows.append(t.split())
            misses = 0
        else:
            misses += 1
            if misses >= 1:
                break
        k += step
    return rows if sum(any(_NUMTOK.match(x) for x in r) for r in rows) >= 1 else []


def _paragraph_breaks(text: str) -> list[int]:
    """Offsets (in ``text``) where a new paragraph starts: after a short line that ends a sentence."""
    lines = text.split("\n")
    lens = sorted(len(ln) for ln in lines if ln.strip())
    typical = lens[int(len(lens) * 0.75)] if lens else 0
    out, pos = [], 0
    for a, b in zip(lines, lines[1:]):
        pos += len(a) + 1
        if a.rstrip().endswith((".", ":", "?", "!")) and len(a) < 0.85 * typical and b[:1].isupper() \
                or not a.strip() or TABLE_CAPTION.match(b) or FIGURE_CAPTION.match(b):
            out.append(pos)
    return out


def chunks_of(doc: Document, sections: list[Section], limit: int = CHUNK_CHARS) -> list[Chunk]:
    """Paragraph-sized chunks (<= ``limit`` chars) inside each section; text before the first
    heading (title, authors) is its own "front matter" span."""
    text = doc.text
    spans = []
    first = sections[0].start if sections else len(text)
    if text[:first].strip():
        spans.append(("front matter", "other", 0, first))
    spans += [(s.title, s.kind, s.start, s.end) for s in sections]
    out: list[Chunk] = []
    for title, kind, a, b in spans:
        body = text[a:b]
        cuts = [0] + _paragraph_breaks(body) + [len(body)]
        paras = [(a + x, a + y) for x, y in zip(cuts, cuts[1:]) if body[x:y].strip()]
        cur: tuple[int, int] | None = None
        for pa, pb in _split_long(paras, text, limit):
            if cur and pb - cur[0] <= limit:
                cur = (cur[0], pb)
            else:
                if cur:
                    out.append(_chunk(doc, title, kind, *cur))
                cur = (pa, pb)
        if cur:
            out.append(_chunk(doc, title, kind, *cur))
    return out


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])")


def _split_long(paras, text, limit):
    for a, b in paras:
        if b - a <= limit:
            yield a, b
            continue
        start = a
        while b - start > limit:
            window = text[start:start + limit]
            cut = max((m.end() for m in _SENT_END.finditer(window)), default=0)
            if cut < limit // 3:
                cut = window.rfind(" ") + 1 if " " in window[limit // 3:] else limit
            yield start, start + cut
            start += cut
        if text[start:b].strip():
            yield start, b


def _chunk(doc: Document, title: str, kind: str, a: int, b: int) -> Chunk:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Chunk(text=text[a:b], section=title, section_kind=kind, start=a, end=b, page_start=doc.page_of(a),
                 page_end=doc.page_of(max(a, b - 1)))


def analyse(doc: Document) -> Document:
    """Fill ``doc.sections``, ``doc.tables`` and ``doc.chunks``; returns ``doc``."""
    lines = _lines(doc)
    doc.sections = sections_of(doc, lines)
    doc.tables = tables_of(doc, lines)
    doc.chunks = chunks_of(doc, doc.sections)
    return doc
