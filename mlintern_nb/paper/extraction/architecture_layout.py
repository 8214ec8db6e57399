"""Architecture sizes laid out in tables and layer lists: model-size tables (a row per size), CNNs the
paper describes layer by layer (mapped to the catalogue CNN with those layer counts), and plain CNNs the
paper sizes itself."""
from __future__ import annotations

import re

from ..spec import Grounded
from .architecture_names import _WORDS, Entry, _body, mentions
from .numbers import parse_number

# ------------------------------------------------------------------- configuration tables
_COLUMNS = [("params", r"#?\s*param(?:eter)?s?\b(?!-)"), ("num_layers", r"n[\s_]?layers|layers|depth"),
            ("hidden_size", r"d[\s_]?model|dmodel|dimension|dim|hidden(?:\s+size)?(?:\s+D)?|width"),
            ("num_heads", r"n[\s_]?heads|heads"), ("ffn_size", r"MLP\s+size|d[\s_]?ff|hidden_dim|FFN"),
            ("embedding_size", r"embedding(?:\s+size)?")]
_HEADER = re.compile("|".join(f"(?P<{k}>\\b(?:{p}))" for k, p in _COLUMNS), re.I)
_CELL = re.compile(r"^(?:\d+(?:\.\d+)?[KMBT]?|\d+(?:\.\d+)?e[−-]\d+|True|False|✓|✗|-)$")


def config_tables(lines) -> list[dict]:
    """Rows of the paper's model-size tables: a header naming at least two size columns (params, layers,
    d_model/hidden, heads, MLP size, embedding), then one line per model size, optionally led by its name
    (a line holding only a name heads the rows under it). Each row: sizes, name, page, quote."""
    rows: list[dict] = []
    for i, ln in enumerate(lines):
        if ln.kind == "references":
            continue
        cols = [m.lastgroup for m in _HEADER.finditer(ln.text)]
        if len(set(cols)) < 2 or len(cols) != len(set(cols)) or len(ln.text) > 120:
            continue
        group = ""
        for row in lines[i + 1:i + 16]:
            toks = row.text.split()
            k = 0
            while k < len(toks) and not _CELL.match(toks[k]):
                k += 1
            name, cells = " ".join(toks[:k]), toks[k:]
            if not cells:
                if not name or len(name) > 40 or re.match(r"(?:Table|Figure)\b", name):
                    break
                group = name
                continue
            if not all(_CELL.match(c) for c in cells) or len(cells) < len(cols):
                break
            sizes = {}
            for col, cell in zip(cols, cells):
                v = parse_number(cell.replace("−", "-"))
                if v is None:
                    break
                sizes[col] = float(v)
            else:
                rows.append({"name": f"{group} {name}".strip(), "sizes": sizes, "page": row.page,
                             "quote": f"{ln.text} / {row.text}"})
    return rows


def headline_row(rows: list[dict], entry: Entry) -> dict | None:
    """The largest model size among the rows naming the architecture (all rows when none has a name)."""
    named = [r for r in rows if r["name"]]
    mine = [r for r in named if any(e.kind == entry.kind for e, _v, _m in mentions(r["name"]))] or (
        [r for r in rows if not r["name"]] if not named else [])
    if not mine:
        return None
    return max(mine, key=lambda r: r["sizes"].get("params") or
               r["sizes"].get("num_layers", 1) * r["sizes"].get("hidden_size", 1))


# ----------------------------------------------------- a CNN the paper describes layer by layer
_CNT = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|sixteen)"
_NUMWORDS = {**_WORDS, "seven": 7, "nine": 9, "ten": 10, "eleven": 11, "thirteen": 13, "sixteen": 16}
_CONV_FC = re.compile(_CNT + r" convolutional(?: layers)?,? (?:\w+ ){0,8}?and " + _CNT + r" fully[\s-]connected", re.I)
_KERNELS = re.compile(r"\b(\d{1,4}) (?:kernels|filters) of size (\d{1,2}) ?[×x] ?\d{1,2}")
_FC_UNITS = re.compile(r"\bfully[\s-]connected layers? (?:have|has|of|with) (\d{2,5}) (?:neurons|units)")
_WAY = re.compile(r"\b(\d{1,5})-way softmax")
# catalogue CNNs by their (convolutional, fully-connected) layer counts
BY_LAYER_COUNTS = {(5, 3): ("alexnet", None), (8, 3): ("vgg", "11"), (10, 3): ("vgg", "13"), (13, 3): ("vgg", "16"),
                   (16, 3): ("vgg", "19")}


def layer_plan(sentences) -> tuple[str, str | None, object, dict[str, Grounded]] | None:
    """A CNN the paper describes by its layers ("five convolutional and three fully-connected layers",
    "96 kernels of size 11x11x3", "4096 neurons each") and the catalogue CNN with those layer counts."""
    body = [s for s in _body(sentences) if not s.text.startswith(("Figure", "Table"))]
    hit = next(((s, m) for s in body for m in [_CONV_FC.search(s.text)] if m), None)
    if hit is None:
        return None
    s, m = hit
    counts = tuple(int(_NUMWORDS.get(g.lower(), g)) for g in m.groups())
    if counts not in BY_LAYER_COUNTS:
        return None
    kind, variant = BY_LAYER_COUNTS[counts]
    params: dict[str, Grounded] = {}
    kernels = [(k, t) for t in body for k in _KERNELS.finditer(t.text)]
    if len(kernels) == counts[0]:
        chans = [float(k.group(1)) for k, _t in kernels]
        params["channels"] = Grounded(value=", ".join(str(int(c)) for c in chans), page=kernels[0][1].page,
                                      quote=" ... ".join(dict.fromkeys(t.text for _k, t in kernels)), numbers=chans)
    for name, pat in (("fc_units", _FC_UNITS), ("num_classes", _WAY)):
        got = next(((t, g) for t in body for g in [pat.search(t.text)] if g), None)
        if got:
            params[name] = Grounded(value=got[1].group(0), page=got[0].page, quote=got[0].text,
                                    numbers=[float(got[1].group(1))])
    return kind, variant, s, params


_CONVS = re.compile(_CNT + r" convolutional layers (?:of|with) (\d{1,4})((?:,\s*\d{1,4})*),? and (\d{1,4}) "
                    r"(?:channels|filters|feature maps|kernels)", re.I)
_KSIZE = re.compile(r"\bkernel size of (\d{1,2})\b|\b(\d{1,2}) ?[×x] ?\d{1,2} kernels\b")
_INPUT = re.compile(r"\b(\d{1,4}) ?[×x] ?\1 (grayscale |greyscale |RGB |colou?r )?(?:input|images?)\b", re.I)
_CLASSES = re.compile(r"\b(\d{1,5}) (?:\w+ )?classes\b")
_EACH_POOL = re.compile(r"\beach (?:\w+ ){0,4}max[\s-]?pool", re.I)


def plain_cnn(sentences) -> tuple[object, dict[str, Grounded]] | None:
    """A small CNN the paper sizes itself: "two convolutional layers of 16 and 32 channels", its kernel
    size, input images, classes and whether each convolution is followed by max pooling."""
    body = _body(sentences)
    hit = next(((s, m) for s in body for m in [_CONVS.search(s.text)] if m), None)
    if hit is None:
        return None
    s, m = hit
    chans = [float(m.group(2)), *(float(x) for x in re.findall(r"\d+", m.group(3) or "")), float(m.group(4))]
    params = {"channels": Grounded(value=m.group(0), page=s.page, quote=s.text, numbers=chans)}
    for name, pat in (("kernel_size", _KSIZE), ("image_size", _INPUT), ("num_classes", _CLASSES)):
        got = next(((t, g) for t in body for g in [pat.search(t.text)] if g), None)
        if got:
            raw = next(x for x in got[1].groups() if x)
            params[name] = Grounded(value=got[1].group(0), page=got[0].page, quote=got[0].text, numbers=[float(raw)])
            if name == "image_size" and got[1].group(2) and got[1].group(2).lower().startswith("gr"):
                params["in_channels"] = Grounded(value=got[1].group(0), page=got[0].page, quote=got[0].text,
                                                 numbers=[1.0])
    each = next((t for t in body if _EACH_POOL.search(t.text)), None)
    if each is not None:
        params["pool"] = Grounded(value="each", page=each.page, quote=each.text)
    return s, params
