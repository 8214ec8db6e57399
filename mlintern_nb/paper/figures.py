"""Figures of a paper: raster images (pypdf) matched to their "Figure N:" captions.

A caption with no image on its page is recorded as ``kind="vector"`` (drawn with PDF
vector operators; nothing to extract) and keeps its caption. The architecture figure is
flagged from its caption (the first caption naming an architecture/overview/encoder ...,
else the first naming a model/network/layers). Images are only decoded when ``out_dir`` is given.
"""
from __future__ import annotations

import re
from pathlib import Path

from .document import Document
from .spec import Figure
from .structure import FIGURE_CAPTION, _caption, _lines

ARCHITECTURE = re.compile(r"\b(architectures?|overview|encoder|decoder|framework)\b", re.I)
ARCHITECTURE_MID = re.compile(r"\b(building block|block diagram|structure of|illustration of (?:the|our) "
                              r"(?:model|method|approach))\b", re.I)
ARCHITECTURE_WEAK = re.compile(r"\b(model|network|layers?|transformer|pipeline|module)\b", re.I)
MIN_SIDE = 32  # smaller images are icons, logos, bullets


def captions(doc: Document) -> list[tuple[int, str, str]]:
    """(page, label, caption) of every figure caption, first occurrence of each label."""
    lines = _lines(doc)
    out, seen = [], set()
    for i, ln in enumerate(lines):
        m = FIGURE_CAPTION.match(ln.text)
        if not m:
            continue
        label = re.sub(r"^(?:FIGURE|Fig\.)\s*", "Figure ", " ".join(m.group("label").split()))
        if label in seen:
            continue
        seen.add(label)
        text, _ = _caption(lines, i)
        out.append((doc.page_of(ln.start), label, text))
    return out


def _image_ids(page) -> list:
    try:
        return list(page.images.keys())
    except Exception:
        return []


def _xobject(page, ident):
    """The image XObject for a pypdf image id (a name, or a list of names through forms)."""
    try:
        names = ident if isinstance(ident, (list, tuple)) else [ident]
        res = page["/Resources"]
        obj = None
        for name in names:
            obj = res["/XObject"][name].get_object()
            res = obj.get("/Resources", res)
        return obj
    except Exception:
        return None


def _size(page, ident) -> tuple[int | None, int | None]:
    obj = _xobject(page, ident)
    try:
        return int(obj["/Width"]), int(obj["/Height"])
    except Exception:
        return None, None


def extract_figures(path_or_reader, doc: Document, out_dir=None) -> list[Figure]:
    """Figures with caption and page; images written to ``out_dir`` when given."""
    reader = path_or_reader
    if reader is None or isinstance(reader, (str, Path)):
        import pypdf
        reader = pypdf.PdfReader(str(path_or_reader or doc.path))
    caps = captions(doc)
    by_page: dict[int, list[tuple[str, str]]] = {}
    for page, label, text in caps:
        by_page.setdefault(page, []).append((label, text))
    out_path = Path(out_dir) if out_dir else None
    if out_path:
        out_path.mkdir(parents=True, exist_ok=True)
    figures: list[Figure] = []
    for number, items in sorted(by_page.items()):
        try:
            page = reader.pages[number - 1]
        except Exception:
            page = None
        ids = []
        if page is not None:
            for ident in _image_ids(page):
                w, h = _size(page, ident)
                if w is None or (w >= MIN_SIDE and h >= MIN_SIDE):
                    ids.append((ident, w, h))
        for k, (label, text) in enumerate(items):
            fig = Figure(page=number, caption=text, label=label)
            if k < len(ids):
                ident, w, h = ids[k]
                fig.kind, fig.width, fig.height = "raster", w, h
                if out_path:
                    _write(page, ident, fig, out_path)
            else:
                fig.kind = "vector"
            figures.append(fig)
    figures.sort(key=lambda f: (f.page, _num(f.label)))
    arch = None
    for pattern in (ARCHITECTURE, ARCHITECTURE_MID, ARCHITECTURE_WEAK):
        arch = next((f for f in figures if pattern.search(f.caption)), None)
        if arch is not None:
            break
    if arch is not None:
        arch.is_architecture = True  # the one figure the notebook shows beside the model cell
    return figures


def _num(label: str | None) -> int:
    m = re.search(r"\d+", label or "")
    return int(m.group(0)) if m else 0


def _write(page, ident, fig: Figure, out_dir: Path) -> None:
    try:
        img = page.images[ident]
    except Exception:
        return
    ext = Path(getattr(img, "name", "") or "").suffix.lower() or ".png"
    slug = re.sub(r"\W+", "-", (fig.label or "figure").lower()).strip("-")
    target = out_dir / f"p{fig.page}-{slug}{ext}"
    try:
        target.write_bytes(img.data)
    except Exception:
        return
    fig.image_path = str(target)
    fig.image_format = ext.lstrip(".")
    if img.image is not None:
        fig.width, fig.height = img.image.size
