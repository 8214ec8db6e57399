"""Read a PDF into a :class:`Document` (pypdf), with clear errors for bad input.

(Minimal first version: per-page text and the bad-input checks. Text clean-up,
structure and figures live in text.py / structure.py / figures.py.)
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from .. import errors
from .document import Document, Page

logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_PAGES_DEFAULT = 400


def parse_page_range(spec: str | None, num_pages: int, path="") -> list[int]:
    """'3-5' -> [3,4,5]; '2' -> [2]; '1-3,7' -> [1,2,3,7]; None -> all (1-based)."""
    if not spec:
        return list(range(1, num_pages + 1))
    out: list[int] = []
    try:
        for part in str(spec).split(","):
            part = part.strip()
            if "-" in part:
                a, b = part.split("-", 1)
                lo, hi = int(a) if a.strip() else 1, int(b) if b.strip() else num_pages
            else:
                lo = hi = int(part)
            if lo < 1 or hi > num_pages or lo > hi:
                raise ValueError
            out.extend(range(lo, hi + 1))
    except ValueError:
        raise errors.PageRangeError(path, str(spec), num_pages) from None
    return sorted(set(out))


def read_pdf(path, pages: str | None = None, password: str | None = None,
             max_pages: int = MAX_PAGES_DEFAULT) -> Document:
    import pypdf
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    p = Path(path)
    if not p.exists():
        raise errors.PaperNotFound(path)
    if p.is_dir():
        raise errors.PaperIsDirectory(path)
    data = p.read_bytes()
    if not data:
        raise errors.CorruptPDF(path, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise errors.NotAPDF(path, data[:8])
    sha = hashlib.sha256(data).hexdigest()
    try:
        reader = pypdf.PdfReader(p, strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt(password or "")
            except Exception:
                ok = 0
            if not ok:
                raise errors.EncryptedPDF(path, wrong_password=bool(password))
        n = len(reader.pages)
    except errors.PaperReadError:
        raise
    except FileNotDecryptedError:
        raise errors.EncryptedPDF(path) from None
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on broken files
        raise errors.CorruptPDF(path, type(exc).__name__) from None
    if n == 0:
        raise errors.EmptyPDF(path)
    numbers = parse_page_range(pages, n, path)
    if pages is None and n > max_pages:
        raise errors.PaperTooLarge(path, n, max_pages)
    out = []
    for i in numbers:
        try:
            text = reader.pages[i - 1].extract_text() or ""
        except Exception:
            text = ""
        out.append(Page(i, text))
    if not any(pg.text.strip() for pg in out):
        raise errors.ScannedPDF(path, len(out))
    title = None
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:
        pass
    return Document(path=str(path), sha256=sha, pages=out, num_pages=n, metadata_title=str(title) if title else None)
