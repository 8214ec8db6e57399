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
SIZE_PATTERNS: dict[str, list[re.Pattern]] = {
    "num_layers": [re.compile(r"\b(?:L|N|n_layers|num_layers|layers)\s*[=:]?\s*(\d{1,3})\b(?!\s*[×x%])"),
                   re.compile(r"\b(\d{1,3})[\s-]layers?\b(?!\s+(?:of|with)\s+\d)")],
    "hidden_size": [re.compile(r"\b(?:H|d_?model|dmodel|dim|hidden(?:[\s_]size)?|D)\s*[=:]?\s*(\d{2,5})\b"),
                    re.compile(r"\bhidden (?:size|dimension)s? (?:of )?(\d{2,5})\b")],
    "num_heads": [re.compile(r"\b(?:A|h|n_heads|heads)\s*[=:]?\s*(\d{1,3})\b(?!\s*[×x])"),
                  re.compile(r"\b(\d{1,3}) (?:attention )?heads\b")],
    "ffn_size": [re.compile(r"\b(?:d_?ff|dff|hidden_dim|intermediate[\s_]size|MLP size|filter size)\s*[=:]?\s*(\d{3,6})\b")],
    "num_kv_heads": [re.compile(r"\bn_kv_heads\s*[=:]?\s*(\d{1,3})\b")],
    "embedding_size": [re.compile(r"\bE\s*=\s*(\d{2,4})\b")],
    "vocab_size": [re.compile(r"\bvocab(?:ulary)?[\s_](?:size\s*)?(?:of\s+)?(?:about\s+|approximately\s+)?" + _N
                              + r"(?:\s+(?:tokens|words|(?:sub)?word\s?pieces|BPE|byte))?"),
                   re.compile(_N + r"[\s-](?:token|word|wordpiece|BPE|subword)\s+vocabular(?:y|ies)\b", re.I)],
    "image_size": [re.compile(r"\b(\d{2,4})\s?[×x]\s?\1\b")],
    "growth_rate": [re.compile(r"\bk\s*=\s*(\d{1,2})\b")],
    "window": [re.compile(r"\bwindow_size\s*[=:]?\s*(\d{1,6})\b")],
    "hidden_units": [re.compile(r"\b(\d{2,5}) (?:hidden units|units|cells|memory cells|neurons)\b(?! of)")],
}
_NUMERIC_KINDS = {"resnet", "densenet", "vgg"}


def _num(raw: str) -> float | None:
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


def stated_sizes(sentences, near: re.Pattern | None = None) -> dict[str, Grounded]:
    """Sizes the paper states as ``name = value`` (or ``N layers`` ...), first statement wins; with
    ``near``, sentences that also name the architecture are read first."""
    body = _body(sentences)
    if near is not None:
        body = sorted(body, key=lambda s: 0 if near.search(s.text) else 1)
    out: dict[str, Grounded] = {}
    for s in body:
        for name, pats in SIZE_PATTERNS.items():
            if name in out:
                continue
            for pat in pats:
                m = pat.search(s.text)
                v = _num(m.group(1)) if m else None
                if v is not None and v > 0:
                    out[name] = Grounded(value=m.group(0).strip(), page=s.page, quote=s.text, numbers=[v])
                    break
    return out


def extract_architecture(spec: PaperSpec, sentences, title: str | None = None) -> None:
    """Fill ``spec.architecture`` / ``spec.architecture_params`` from the paper's sentences."""
    got = choose(title if title is not None else spec.title, sentences)
    if got is None:
        return
    entry, variant, s = got
    quote = getattr(s, "text", None)
    m = entry.pattern.search(quote or "") if quote else None
    spec.architecture = Grounded(value=m.group(0) if m else entry.kind, page=getattr(s, "page", None), quote=quote,
                                 note=f"catalogue: {entry.kind}" + (f", variant {variant}" if variant else ""))
    spec.architecture.kind = entry.kind  # extra fields (Grounded allows them)
    spec.architecture.variant = variant
    near = re.compile(entry.pattern.pattern, entry.pattern.flags)
    params = stated_sizes(sentences, near)
    if entry.kind in _NUMERIC_KINDS and variant and variant.isdigit():
        params.setdefault("depth", Grounded(value=m.group(0) if m else variant, page=getattr(s, "page", None),
                                            quote=quote, numbers=[float(variant)]))
    spec.architecture_params.update(params)
