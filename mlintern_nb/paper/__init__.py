"""Read papers and extract a grounded PaperSpec.

    >>> from mlintern_nb.paper import parse
    >>> spec = parse("paper.pdf")
"""
from __future__ import annotations

from .spec import Figure, Grounded, PaperSpec, ReportedResult  # noqa: F401


def read(path, pages: str | None = None, password: str | None = None):
    """PDF -> Document (text with page index, sections, chunks)."""
    from .reader import read_pdf
    return read_pdf(path, pages=pages, password=password)


def parse(path, pages: str | None = None, password: str | None = None, figures_dir=None) -> PaperSpec:
    """PDF -> PaperSpec, with the offline (deterministic) engine."""
    from .extract import extract
    doc = read(path, pages=pages, password=password)
    return extract(doc, figures_dir=figures_dir)
