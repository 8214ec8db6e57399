"""The paper's own architecture: which maintained architecture it is (a catalogue of the libraries'
model names), which size (variant), and the sizes the paper states — each with page and quote.

``identify(text)`` names the catalogue kind and variant a text mentions; ``extract_architecture(spec,
body, lines)`` fills ``spec.architecture`` (value: the name as written; extra fields ``kind`` and
``variant``) and ``spec.architecture_params`` (``num_layers``, ``hidden_size``, ``num_heads``,
``ffn_size``, ``vocab_size``, ``num_kv_heads``, ``image_size``, ``patch_size``, ``depth``,
``growth_rate``, ``embedding_size``, ``hidden_units``...). The planner maps them onto a builder
(:mod:`mlintern_nb.plan.architectures`)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..spec import Grounded, PaperSpec
from .numbers import parse_number


@dataclass(frozen=True)
class Entry:
    kind: str
    pattern: re.Pattern
    variants: dict[str, str]  # variant as written (lower-case) -> catalogue variant
    generic: bool = False      # a word many papers use for other models too (weighed less)


def _e(kind, pattern, variants=None, generic=False, flags=0) -> Entry:
    return Entry(kind, re.compile(pattern, flags), variants or {}, generic)


_SIZE = {"base": "base", "large": "large", "small": "small", "tiny": "tiny", "mini": "mini", "medium": "medium"}
_TSBL = {"t": "tiny", "s": "small", "b": "base", "l": "large", "xl": "xlarge", "tiny": "tiny", "small": "small",
         "base": "base", "large": "large", "xlarge": "xlarge"}
# most specific first: "DistilBERT" before "BERT", "GPT-2" before "GPT"
CATALOGUE = [
    _e("distilbert", r"\bDistil-?BERT\b"),
    _e("roberta", r"\bRoBERTa[\s-]?(base|large|Base|Large|BASE|LARGE)?\b", _SIZE),
    _e("albert", r"\bALBERT[\s-]?(base|large|xlarge|xxlarge)?\b", {**_SIZE, "xlarge": "xlarge", "xxlarge": "xxlarge"}),
    _e("electra", r"\bELECTRA[\s-]?(small|base|large|Small|Base|Large)?\b", _SIZE),
    _e("deberta", r"\bDeBERTa(?:-?[vV]\d)?[\s-]?(base|large|xlarge|xxlarge|XXL|XL)?\b",
       {**_SIZE, "xlarge": "xlarge", "xxlarge": "xxlarge", "xxl": "xxlarge", "xl": "xlarge"}),
    _e("bert", r"\bBERT[\s-]?(BASE|LARGE|[Bb]ase|[Ll]arge|tiny|mini|small|medium)?\b", _SIZE),
    _e("xlnet", r"\bXLNet[\s-]?(base|large|Base|Large)?\b", _SIZE),
    _e("gpt2", r"\bGPT-?3\b(?:\s*175B)?", {"": "gpt3-175b"}),
    _e("gpt2", r"\bGPT-?2[\s-]?(small|medium|large|XL|xl|Small|Medium|Large|S|M|L)?\b",
       {"small": "small", "medium": "medium", "large": "large", "xl": "xl", "s": "small", "m": "medium", "l": "large"}),
    _e("gpt", r"\bGPT(?:-1)?\b(?!-)"),
    _e("llama", r"\bL[Ll]a[Mm][Aa](?:[\s-]?2)?[\s-]?(\d+(?:\.\d)?B)?\b",
       {"7b": "7b", "6.7b": "7b", "13b": "13b", "33b": "33b", "32.5b": "33b", "65b": "65b", "65.2b": "65b"}),
    _e("mistral", r"\bMistral[\s-]?(7B)?\b", {"7b": "7b"}),
    _e("t5", r"\bT5[\s-]?(small|base|large|3B|11B|Small|Base|Large)?\b", {**_SIZE, "3b": "3b", "11b": "11b"}),
    _e("bart", r"\bBART[\s-]?(base|large|Base|Large)?\b", _SIZE),
    _e("vit", r"\b(?:ViT|Vision Transformer)(?:[\s-](Ti|S|B|L|H|Base|Large|Huge|Tiny|Small))?(?:/(\d+))?",
       {"ti": "tiny", "tiny": "tiny", "s": "small", "small": "small", "b": "base", "base": "base", "l": "large",
        "large": "large", "h": "huge", "huge": "huge"}),
    _e("vit", r"\bDeiT[\s-]?(Ti|S|B)?\b", {"ti": "tiny", "s": "small", "b": "base"}),
    _e("swin", r"\bSwin(?:\s+Transformer)?[\s-]?(T|S|B|L)?\b", _TSBL),
    _e("convnext", r"\bConvNeXt[\s-]?(T|S|B|L|XL)?\b", _TSBL),
    _e("densenet", r"\bDenseNet(?:-BC)?[\s-]?(\d{2,3})?\b", None),
    _e("resnet", r"\bResNet[\s-]?(\d{2,4})?\b|\b(?:deep\s+)?residual\s+(?:learning|networks?|nets?)\b", None),
    _e("vgg", r"\bVGG[\s-]?(\d{2})?\b", None),
    _e("alexnet", r"\bAlexNet\b"),
    _e("mobile", r"\b(MobileNet[\s-]?V?[23]|EfficientNet[\s-]?B\d|ShuffleNet[\s-]?V2)\b", None, flags=re.I),
    _e("faster_rcnn", r"\bFaster\s+R-?CNN\b"),
    _e("yolo", r"\bYOLO\b"),
    _e("unet", r"\bU-Net\b"),
    _e("gcn", r"\b(?:graph convolutional networks?|GCNs?)\b", flags=re.I),
    _e("vae", r"\b(?:variational auto-?encoders?|VAEs?|auto-?encoding variational)\b", flags=re.I),
    _e("gan", r"\b(?:generative adversarial (?:nets?|networks?)|GANs?)\b", flags=re.I),
    _e("transformer", r"\bTransformer(?:\s*\((base|big)\))?", {"base": "base", "big": "big"}, generic=True),
    _e("lstm", r"\b(?:LSTMs?|[Ll]ong [Ss]hort-[Tt]erm [Mm]emory)\b", generic=True),
    _e("policy_mlp", r"\bpolic(?:y|ies)\b", generic=True, flags=re.I),
]


def _variant(entry: Entry, m: re.Match) -> str | None:
    raw = next((g for g in m.groups() if g), "") if m.groups() else ""
    if entry.kind in ("resnet", "densenet", "vgg"):
        return raw or None  # a depth
    if entry.kind == "mobile":
        t = re.sub(r"[\s-]", "", raw.lower())
        return {"mobilenetv2": "mobilenet_v2", "mobilenetv3": "mobilenet_v3_large",
                "shufflenetv2": "shufflenet_v2_x1_0"}.get(t, t.replace("efficientnetb", "efficientnet_b"))
    return entry.variants.get(raw.lower()) if raw or "" in entry.variants else None


def mentions(text: str):
    """(kind, variant or None, match) for each catalogue name in ``text``, most specific name first."""
    taken: list[tuple[int, int]] = []
    for entry in CATALOGUE:
        for m in entry.pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            yield entry, _variant(entry, m), m


def identify(text: str) -> tuple[str, str | None] | None:
    """The first catalogue architecture ``text`` names, as (kind, variant or None)."""
    found = sorted(mentions(text or ""), key=lambda t: t[2].start())
    return (found[0][0].kind, found[0][1]) if found else None


# ------------------------------------------------------------------------------------- sizes
_N = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[KkMB]?)"
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12}
_COUNT = r"(\d{1,3}|two|three|four|five|six|eight|twelve)"
# single-letter names (L, H, A, N, E, k) only as "L = 12"; words as "12 layers", "hidden size of 768"
SIZE_PATTERNS: dict[str, list[re.Pattern]] = {
    "num_layers": [re.compile(r"\b(?:L|N|n_layers|num_layers)\s*=\s*(\d{1,3})\b"),
                   re.compile(r"\bn_layers\s+(\d{1,3})\b"),
                   re.compile(r"\b(?:with|of|has|have|uses?|chose an? \w+ with)\s+" + _COUNT + r"\s+layers\b", re.I)],
    "hidden_size": [re.compile(r"\b(?:H|d_?model|dmodel|D)\s*=\s*(\d{2,5})\b"),
                    re.compile(r"\b(?:d_?model|dim)\s+(\d{2,5})\b"),
                    re.compile(r"\bhidden (?:size|dimension)s? (?:of )?(\d{2,5})\b"),
                    re.compile(r"\b(\d{2,5}) (?:hidden units|cells|memory cells|LSTM cells)\b")],
    "num_heads": [re.compile(r"\b(?:A|h|n_heads)\s*=\s*(\d{1,3})\b"), re.compile(r"\bn_heads\s+(\d{1,3})\b"),
                  re.compile(r"\b(\d{1,3}) (?:attention )?heads\b")],
    "ffn_size": [re.compile(r"\b(?:d_?ff|dff)\s*=\s*(\d{3,6})\b"),
                 re.compile(r"\b(?:hidden_dim|intermediate[\s_]size|MLP size)\s*=?\s*(\d{3,6})\b")],
    "num_kv_heads": [re.compile(r"\bn_kv_heads\s*=?\s*(\d{1,3})\b")],
    "embedding_size": [re.compile(r"\bE\s*=\s*(\d{2,4})\b"),
                       re.compile(r"\b(\d{2,4})[\s-]dimensional (?:word )?embeddings\b")],
    "src_vocab_size": [re.compile(r"\b(?:input|source)(?: language)? vocabulary (?:size )?of " + _N)],
    "vocab_size": [re.compile(r"\b(?:output|target)(?: language)? vocabulary (?:size )?of " + _N),
                   re.compile(r"\bvocab(?:ulary)?[\s_](?:size\s*)?(?:of\s+)?(?:about\s+|approximately\s+)?" + _N
                              + r"(?=\s+(?:tokens|words|(?:sub)?word\s?pieces|BPE|byte)|[\s,.;)]|$)"),
                   re.compile(_N + r"[\s-](?:token|word|wordpiece|BPE|subword)\s+vocabulary\b", re.I)],
    "image_size": [re.compile(r"\b(\d{2,4})\s?[×x]\s?\1\b(?!\s?[×x]\s?\d)(?= (?:input|image|resolution|pixels?))")],
    "growth_rate": [re.compile(r"\bgrowth rate (?:of |k\s*=\s*)?(\d{1,2})\b")],
    "window": [re.compile(r"\bwindow_size\s*=?\s*(\d{1,6})\b")],
}
_HIDDEN_LAYERS = re.compile(_COUNT + r" hidden layers (?:of|with) (\d{1,5}) (?:\w+ )?(?:units|neurons)", re.I)
# sizes that do not depend on the model size (any sentence of the paper's own sections may state them)
_GLOBAL = ("vocab_size", "src_vocab_size", "image_size", "window", "num_kv_heads")
_NUMERIC_KINDS = {"resnet", "densenet", "vgg"}


def _num(raw: str) -> float | None:
    if raw.lower() in _WORDS:
        return float(_WORDS[raw.lower()])
    v = parse_number(raw.replace(" ", ""))
    return float(v) if v is not None else None


def _body(sentences):
    return [s for s in sentences if s.kind not in ("references", "related")]


def choose(title: str, sentences) -> tuple[Entry, str | None, object] | None:
    """The paper's own architecture: catalogue names scored by where they are mentioned (title >
    abstract > the rest; generic words count less), and its most-mentioned variant."""
    score: Counter = Counter()
    first: dict[str, object] = {}
    by_kind: dict[str, Entry] = {}
    for pos, (entry, _, _m) in enumerate(sorted(mentions(title or ""), key=lambda t: t[2].start())):
        score[entry.kind] += 40 - 10 * min(pos, 2)
        by_kind[entry.kind] = entry
    for s in _body(sentences):
        w = 3 if s.kind == "abstract" else 1
        for entry, _, _m in mentions(s.text):
            score[entry.kind] += w * (0.2 if entry.generic else 1)
            by_kind.setdefault(entry.kind, entry)
            first.setdefault(entry.kind, s)
    if not score:
        return None
    kind, best = score.most_common(1)[0]
    if best < 2:
        return None
    variants: Counter = Counter()
    where: dict[str, object] = {}
    for s in _body(sentences):
        for entry, variant, _m in mentions(s.text):
            if entry.kind == kind and variant:
                variants[variant] += 1
                where.setdefault(variant, s)
    variant = max(variants, key=lambda v: (variants[v], _size_rank(v))) if variants else None
    return by_kind[kind], variant, where.get(variant) or first.get(kind)


def _size_rank(variant: str) -> float:
    order = ["tiny", "mini", "small", "medium", "base", "large", "big", "xlarge", "xl", "huge", "xxlarge"]
    if variant in order:
        return order.index(variant)
    m = re.match(r"(\d+(?:\.\d+)?)", variant)
    return float(m.group(1)) if m else 0.0


def stated_sizes(sentences, entry: Entry | None = None, variant: str | None = None) -> dict[str, Grounded]:
    """Sizes the paper states for the chosen architecture, first statement wins. Size-dependent ones
    (layers, width, heads ...) only from sentences naming the architecture (or, when it has variants,
    the chosen variant) and no other variant of it; size-independent ones (vocabulary, input size)
    from any sentence of the paper's own sections."""
    out: dict[str, Grounded] = {}
    for s in _body(sentences):
        if s.kind in ("abstract", "introduction"):
            continue
        named = ours = False
        if entry is not None:
            found = [(e, v) for e, v, _m in mentions(s.text) if e.kind == entry.kind]
            named = bool(found)
            others = {v for _e, v in found if v and v != variant}
            ours = named and not others and (variant is None or any(v == variant for _e, v in found)
                                             or not entry.variants)
        for name, pats in SIZE_PATTERNS.items():
            if name in out or (name not in _GLOBAL and entry is not None and not ours):
                continue
            for pat in pats:
                m = pat.search(s.text)
                v = _num(m.group(1)) if m else None
                if v is not None and v > 0:
                    out[name] = Grounded(value=m.group(0).strip(), page=s.page, quote=s.text, numbers=[v])
                    break
        m = _HIDDEN_LAYERS.search(s.text) if "hidden_sizes" not in out and (entry is None or ours) else None
        if m:  # "two hidden layers of 64 units": one width per layer
            n, w = _num(m.group(1)), _num(m.group(2))
            if n and w and 1 < n <= 8:
                out["hidden_sizes"] = Grounded(value=m.group(0), page=s.page, quote=s.text, numbers=[w] * int(n))
    return out


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


def _headline_row(rows: list[dict], entry: Entry) -> dict | None:
    """The largest model size among the rows naming the architecture (all rows when none has a name)."""
    named = [r for r in rows if r["name"]]
    mine = [r for r in named if any(e.kind == entry.kind for e, _v, _m in mentions(r["name"]))] or (
        [r for r in rows if not r["name"]] if not named else [])
    if not mine:
        return None
    return max(mine, key=lambda r: r["sizes"].get("params") or
               r["sizes"].get("num_layers", 1) * r["sizes"].get("hidden_size", 1))


_ENC_DEC = re.compile(r"\b(?:encod|decod)\w*|\btarget sequence\b|\btranslat\w*", re.I)


_ENCODER_ONLY = re.compile(r"\bTransformer encoder\b|\bencoder-only\b", re.I)
_DECODER = re.compile(r"\bdecoder\b", re.I)


def _refine(entry: Entry, sentences) -> str:
    """A recurrent architecture that encodes a source and decodes a target is an encoder-decoder; a
    Transformer the paper only ever calls an encoder is an encoder."""
    if entry.kind == "transformer":
        body = _body(sentences)
        if any(_ENCODER_ONLY.search(s.text) for s in body) and not any(_DECODER.search(s.text) for s in body):
            return "transformer_encoder"
        return entry.kind
    if entry.kind != "lstm":
        return entry.kind
    hits = sum(bool(_ENC_DEC.search(s.text)) for s in _body(sentences)
               if any(e.kind == "lstm" for e, _v, _m in mentions(s.text)))
    return "lstm_seq2seq" if hits >= 3 else "lstm"


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


def extract_architecture(spec: PaperSpec, sentences, title: str | None = None, lines=None) -> None:
    """Fill ``spec.architecture`` / ``spec.architecture_params`` from the paper's sentences (and, with
    ``lines``, its model-size tables)."""
    got = choose(title if title is not None else spec.title, sentences)
    if got is None:
        plan = layer_plan(sentences)
        if plan is not None:
            kind, variant, s, params = plan
            spec.architecture = Grounded(value=s.text[:120], page=s.page, quote=s.text,
                                         note=f"catalogue: {kind} (by its layer counts)")
            spec.architecture.kind, spec.architecture.variant = kind, variant
            spec.architecture_params.update(params)
            return
        cnn = plain_cnn(sentences)
        if cnn is not None:
            s, params = cnn
            spec.architecture = Grounded(value=params["channels"].value, page=s.page, quote=s.text,
                                         note="catalogue: cnn (a plain CNN the paper sizes itself)")
            spec.architecture.kind, spec.architecture.variant = "cnn", None
            spec.architecture_params.update(params)
        return
    entry, variant, s = got
    quote = getattr(s, "text", None)
    params: dict[str, Grounded] = {}
    row = _headline_row(config_tables(lines), entry) if lines else None
    if row is not None:
        named = [v for e, v, _m in mentions(row["name"]) if e.kind == entry.kind and v]
        variant = named[0] if named else None
        for k, v in row["sizes"].items():
            if k != "params":
                params[k] = Grounded(value=str(int(v)) if v.is_integer() else str(v), page=row["page"],
                                     quote=row["quote"], numbers=[v], note=f"model-size table row {row['name']!r}")
    kind = _refine(entry, sentences)
    m = entry.pattern.search(quote or "") if quote else None
    spec.architecture = Grounded(value=m.group(0) if m else entry.kind, page=getattr(s, "page", None), quote=quote,
                                 note=f"catalogue: {kind}" + (f", variant {variant}" if variant else ""))
    spec.architecture.kind = kind  # extra fields (Grounded allows them)
    spec.architecture.variant = variant
    for k, g in stated_sizes(sentences, entry, variant).items():
        params.setdefault(k, g)
    if entry.kind in _NUMERIC_KINDS and variant and variant.isdigit():
        params.setdefault("depth", Grounded(value=m.group(0) if m else variant, page=getattr(s, "page", None),
                                            quote=quote, numbers=[float(variant)]))
    spec.architecture_params.update(params)
