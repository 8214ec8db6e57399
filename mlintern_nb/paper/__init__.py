"""Read papers and extract a grounded PaperSpec.

    >>> from mlintern_nb.paper import parse
    >>> spec = parse("paper.pdf")
"""
from __future__ import annotations

from .spec import Figure, Grounded, PaperSpec, ReportedResult  # noqa: F401


def read(path, pages: str | None = None, password: str | None = None, max_pages: int | None = None):
    """PDF -> Document (cleaned text with page index, sections, tables, chunks)."""
    from .reader import read_pdf
    return read_pdf(path, pages=pages, password=password, max_pages=max_pages)


def parse(path, pages: str | None = None, password: str | None = None, figures_dir=None,
          max_pages: int | None = None) -> PaperSpec:
    """PDF -> PaperSpec, with the offline (deterministic) engine; ``spec.figures`` holds the
    figures (images written to ``figures_dir`` when given)."""
    from .extract import extract
    from .figures import extract_figures
    doc = read(path, pages=pages, password=password, max_pages=max_pages)
    spec = extract(doc, figures_dir=figures_dir)
    if not spec.figures or figures_dir:
        try:
            spec.figures = extract_figures(doc._pdf, doc, out_dir=figures_dir)
        except OSError as exc:  # an unwritable figures_dir must not lose the extraction
            spec.warnings.append(f"figures not written: {exc}")
    if doc.reordered_pages:
        spec.warnings.append(f"two-column reading order repaired on pages {doc.reordered_pages}")
    if doc.empty_pages:
        spec.warnings.append(f"no text layer on pages {doc.empty_pages} (scanned or image-only)")
    return spec
