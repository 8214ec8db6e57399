"""Read a PDF into a :class:`Document` (pypdf), with clear errors for bad input.

One pypdf ``extract_text`` per page (with a position visitor for the column check,
:mod:`.text`), then the page clean-up (:func:`.text.clean_pages`) and the structure
pass (:func:`.structure.analyse`: sections, tables, chunks). Bad input raises a
:class:`~mlintern_nb.errors.PaperReadError` subclass: one line, its own exit code.
"""
from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

from .. import errors
from . import structure
from .document import Document, Page
from .text import clean_pages, page_text

logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_PAGES_DEFAULT = 400


def _max_pages_setting() -> int:
    try:
        from ..config import get_config
        return int(getattr(get_config(), "max_pages", MAX_PAGES_DEFAULT) or MAX_PAGES_DEFAULT)
    except Exception:
        return MAX_PAGES_DEFAULT


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
             max_pages: int | None = None, analyse: bool = True) -> Document:
    """PDF -> Document with cleaned page text, sections, tables and chunks.

    ``pages``: '3-5', '1-3,7' (1-based); ``max_pages``: refuse longer PDFs unless ``pages``
    is given (default: the ``MLIntern.max_pages`` setting)."""
    import pypdf
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    p = Path(path)
    if not p.exists():
        raise errors.PaperNotFound(path)
    if p.is_dir():
        raise errors.PaperIsDirectory(path)
    try:
        data = p.read_bytes()
    except OSError as exc:  # permission denied, a FIFO, an I/O error
        raise errors.PaperReadError(path, f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if not data:
        raise errors.CorruptPDF(path, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise errors.NotAPDF(path, data[:8])
    sha = hashlib.sha256(data).hexdigest()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt(password or "")
            except Exception:
                ok = 0
            if not ok:
                raise errors.WrongPassword(path) if password else errors.EncryptedPDF(path)
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
    if max_pages is None:
        max_pages = _max_pages_setting()
    if pages is None and n > max_pages:
        raise errors.PaperTooLarge(path, n, max_pages)
    raw: list[str] = []
    reordered: list[int] = []
    broken = 0
    for i in numbers:
        try:
            t, moved = page_text(reader.pages[i - 1])
        except Exception:  # one broken page must not lose the rest of the paper
            t, moved = "", False
            broken += 1
        raw.append(t)
        if moved:
            reordered.append(i)
    if not any(t.strip() for t in raw):
        if broken:
            raise errors.CorruptPDF(path, f"{broken} of {len(raw)} page(s) could not be decoded")
        raise errors.ScannedPDF(path, len(raw))
    cleaned = clean_pages(raw)
    out = [Page(i, t) for i, t in zip(numbers, cleaned)]
    title = None
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:
        pass
    doc = Document(path=str(path), sha256=sha, pages=out, num_pages=n,
                   metadata_title=str(title) if title else None)
    doc.reordered_pages = reordered
    doc.empty_pages = [pg.number for pg in out if not pg.text.strip()]
    doc._pdf = reader
    if analyse:
        structure.analyse(doc)
    return doc
