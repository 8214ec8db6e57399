"""The text model of a read paper: pages, sections, chunks — each with page spans.

``Document.text`` is the cleaned full text; ``page_of(offset)`` maps any
character offset back to its 1-based physical page, so every extracted value
can cite its page.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Page:
    number: int  # 1-based physical page
    text: str  # cleaned text of this page


@dataclass
class Section:
    title: str
    kind: str  # abstract, introduction, method, experiments, training, results, related, conclusion, appendix, references, other
    start: int  # offset into Document.text
    end: int
    page_start: int
    page_end: int
    level: int = 1


@dataclass
class Table:
    caption: str
    page: int
    label: str | None = None
    rows: list[list[str]] = field(default_factory=list)
    start: int = 0
    end: int = 0


@dataclass
class Chunk:
    text: str
    section: str  # section title
    section_kind: str
    start: int
    end: int
    page_start: int
    page_end: int
    score: float = 0.0  # retrieval score, set by retrieval.rank


@dataclass
class Document:
    path: str
    sha256: str
    pages: list[Page]
    num_pages: int  # pages in the PDF (pages may hold fewer when --pages is used)
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    metadata_title: str | None = None
    reordered_pages: list[int] = field(default_factory=list)  # pages whose two columns were re-ordered
    empty_pages: list[int] = field(default_factory=list)  # pages with no text layer (scanned, figure-only)
    _pdf: object = field(default=None, repr=False, compare=False)  # the open pypdf.PdfReader (figures)
    _starts: list[int] = field(default_factory=list, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            parts, starts, pos = [], [], 0
            for p in self.pages:
                starts.append(pos)
                parts.append(p.text)
                pos += len(p.text) + 2
            self._text = "\n\n".join(parts)
            self._starts = starts
        return self._text

    def page_of(self, offset: int) -> int:
        """1-based physical page holding character ``offset`` of ``text``."""
        _ = self.text
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.pages[max(i, 0)].number

    def page_text(self, number: int) -> str:
        for p in self.pages:
            if p.number == number:
                return p.text
        return ""
