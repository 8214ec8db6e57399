"""The catalogue of maintained architecture names (the libraries' model names) and how a text mentions
them: ``mentions(text)`` yields (entry, variant, match), ``identify(text)`` the first (kind, variant)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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
    # speech encoders with a CTC head (wav2vec 2.0, not the convolutional wav2vec 1.0)
    _e("wav2vec2", r"\bwav2vec[\s-]?2(?:\.0)?(?:[\s-](BASE|LARGE|[Bb]ase|[Ll]arge))?\b", _SIZE),
    _e("hubert", r"\bHuBERT(?:[\s-](BASE|LARGE|X-?LARGE|[Bb]ase|[Ll]arge|X-?[Ll]arge))?\b",
       {**_SIZE, "xlarge": "xlarge", "x-large": "xlarge"}),
    _e("conformer", r"\bConformer(?:[\s-](S|M|L)\b)?", {"s": "small", "m": "medium", "l": "large"}),
    _e("vit", r"\b(?:ViT|Vision Transformer)(?:[\s-](Ti|S|B|L|H|Base|Large|Huge|Tiny|Small))?(?:/(\d+))?",
       {"ti": "tiny", "tiny": "tiny", "s": "small", "small": "small", "b": "base", "base": "base", "l": "large",
        "large": "large", "h": "huge", "huge": "huge"}),
    _e("vit", r"\bDeiT[\s-]?(Ti|S|B)?\b", {"ti": "tiny", "s": "small", "b": "base"}),
    _e("swin", r"\bSwin(?:\s+Transformer)?[\s-]?(T|S|B|L)?\b", _TSBL),
    _e("convnext", r"\bConvNeXt[\s-]?(T|S|B|L|XL)?\b", _TSBL),
    _e("densenet", r"\bDenseNet(?:-BC)?[\s-]?(\d{2,3})?\b", None),
    _e("wide_resnet", r"\bWRN-(\d{1,4}-\d{1,2})\b|\bWide[\s-]ResNets?(?:[\s-](\d{1,4}-\d{1,2}))?\b|"
                      r"\bwide (?:deep )?residual (?:networks?|nets?)\b", None, flags=re.I),
    _e("resnet", r"\bResNet[\s-]?(\d{2,4})?\b|\b(?:deep\s+)?residual\s+(?:learning|networks?|nets?)\b", None),
    _e("vgg", r"\bVGG[\s-]?(\d{2})?\b", None),
    _e("alexnet", r"\bAlexNet\b"),
    _e("mobile", r"\b(MobileNet[\s-]?V?[23]|EfficientNet[\s-]?B\d|ShuffleNet[\s-]?V2)\b", None, flags=re.I),
    # ShuffleNet v1 ("ShuffleNet 0.5× (g = 3)"): scale factor and number of groups; v2 is the torchvision entry above
    _e("shufflenet", r"\bShuffleNet(?:[\s-]?[vV]1)?(?:\s?(\d(?:\.\d+)?)\s?[×x])?(?:\s?\((?:[^()]{0,20}?,\s?)?g\s?=\s?(\d)\))?"),
    _e("mask_rcnn", r"\bMask\s+R-?CNN\b"),
    _e("retinanet", r"\bRetinaNet\b"),
    _e("faster_rcnn", r"\bFaster\s+R-?CNN\b"),
    _e("ssd", r"\bSSD(300|512)?\b|\bSingle Shot (?:MultiBox )?Detector\b", {"300": "300", "512": "300"}),
    _e("yolo", r"\bYOLO\b"),
    _e("unet", r"\bU-Net\b"),
    _e("pspnet", r"\bPSPNet\b|\bpyramid scene parsing network\b", flags=re.I),
    _e("gin", r"\b(?:[Gg]raph [Ii]somorphism [Nn]etworks?|GINs?)\b(?:-(0|ε|ϵ|eps)\b)?", {"0": "gin0", "ε": "gin_eps", "ϵ": "gin_eps", "eps": "gin_eps"}),
    _e("gat", r"\b(?:graph attention(?:al)? networks?|GATs?)\b"),
    _e("graphsage", r"\bGraphSAGE\b"),
    _e("gcn", r"\b(?:graph convolutional networks?|GCNs?)\b", flags=re.I),
    _e("vae", r"\b(?:variational auto-?encoders?|VAEs?|auto-?encoding variational)\b", flags=re.I),
    _e("dcgan", r"\bDCGANs?\b|\bdeep convolutional (?:generative adversarial (?:nets?|networks?)|GANs?)\b", flags=re.I),
    _e("gan", r"\b(?:generative adversarial (?:nets?|networks?)|GANs?)\b", flags=re.I),
    _e("convs2s", r"\bConvS2S\b|\bconvolutional sequence[\s-]to[\s-]sequence\b", flags=re.I),
    _e("transformer", r"\bTransformer(?:\s*\((base|big)\))?", {"base": "base", "big": "big"}, generic=True),
    _e("lstm", r"\b(?:LSTMs?|[Ll]ong [Ss]hort-[Tt]erm [Mm]emory)\b", generic=True),
    _e("dqn", r"\bdeep Q-?networks?\b|\bDQNs?\b|\bQ-network\b", flags=re.I),
    _e("policy_mlp", r"\bpolic(?:y|ies)\b", generic=True, flags=re.I),
]


def _variant(entry: Entry, m: re.Match) -> str | None:
    raw = next((g for g in m.groups() if g), "") if m.groups() else ""
    if entry.kind in ("resnet", "densenet", "vgg", "wide_resnet"):
        return raw or None  # a depth (wide ResNets: depth-widening, "28-10")
    if entry.kind == "shufflenet":
        scale, groups = m.group(1), m.group(2)
        return f"{float(scale or 1):g}x_g{groups or 3}" if scale or groups else None
    if entry.kind == "mobile":
        t = re.sub(r"[\s-]", "", raw.lower())
        return {"mobilenetv2": "mobilenet_v2", "mobilenetv3": "mobilenet_v3_large",
                "shufflenetv2": "shufflenet_v2_x1_0"}.get(t, t.replace("efficientnetb", "efficientnet_b"))
    return entry.variants.get(raw.lower()) if raw or "" in entry.variants else None


def mentions(text: str):
    """(kind, variant or None, match) for each catalogue name in ``text``, most specific name first."""
    return iter(_mentions(text))


@functools.lru_cache(maxsize=8192)
def _mentions(text: str) -> tuple:
    """Computed once per text: choosing the architecture and reading its sizes ask again for the same
    sentences (about 30,000 times for 27 papers)."""
    taken: list[tuple[int, int]] = []
    out = []
    for entry in CATALOGUE:
        for m in entry.pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((entry, _variant(entry, m), m))
    return tuple(out)


def identify(text: str) -> tuple[str, str | None] | None:
    """The first catalogue architecture ``text`` names, as (kind, variant or None)."""
    found = sorted(mentions(text or ""), key=lambda t: t[2].start())
    return (found[0][0].kind, found[0][1]) if found else None


_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12}


def _num(raw: str) -> float | None:
    if raw.lower() in _WORDS:
        return float(_WORDS[raw.lower()])
    v = parse_number(raw.replace(" ", ""))
    return float(v) if v is not None else None


def _body(sentences):
    return [s for s in sentences if s.kind not in ("references", "related")]
