"""Offline extraction: Document -> PaperSpec (placeholder; grown in its own commit)."""
from __future__ import annotations

from .document import Document
from .spec import PaperSpec, SourceInfo


def extract(doc: Document, figures_dir=None) -> PaperSpec:
    return PaperSpec(title=doc.metadata_title or "",
                     source=SourceInfo(path=doc.path, sha256=doc.sha256, pages=doc.num_pages,
                                       pages_read=[p.number for p in doc.pages]))
