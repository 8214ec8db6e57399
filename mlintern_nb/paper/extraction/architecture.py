"""The paper's own architecture: which maintained architecture it is (a catalogue of the libraries'
model names), which size (variant), and the sizes the paper states — each with page and quote.

``identify(text)`` names the catalogue kind and variant a text mentions; ``extract_architecture(spec,
body, lines)`` fills ``spec.architecture`` (value: the name as written; extra fields ``kind`` and
``variant``) and ``spec.architecture_params`` (``num_layers``, ``hidden_size``, ``num_heads``,
``ffn_size``, ``vocab_size``, ``num_kv_heads``, ``image_size``, ``patch_size``, ``depth``,
``growth_rate``, ``embedding_size``, ``hidden_units``...). The planner maps them onto a builder
(:mod:`mlintern_nb.plan.architectures`). The catalogue lives in ``architecture_names``, tables and
layer lists in ``architecture_layout``."""
from __future__ import annotations

import re
from collections import Counter

from ..spec import Grounded, PaperSpec
from .architecture_layout import config_tables, headline_row, layer_plan, plain_cnn
from .architecture_recurrent import memory_block_sizes, mixture_density_sizes, recurrent_encoder_decoder
from .setups import base_name, setup_hint
from .architecture_names import (
    CATALOGUE,
    Entry,
    _body,
    _num,
    identify,
    mentions,
)

__all__ = ["CATALOGUE", "SIZE_INDEPENDENT", "choose", "config_tables", "extract_architecture", "identify", "mentions", "stated_sizes"]


# ------------------------------------------------------------------------------------- sizes
_N = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[KkMB]?)"
_COUNT = r"(\d{1,3}|two|three|four|five|six|eight|twelve)"
# single-letter names (L, H, A, N, E, k) only as "L = 12"; words as "12 layers", "hidden size of 768"
SIZE_PATTERNS: dict[str, list[re.Pattern]] = {
    "num_layers": [re.compile(r"\b(?:L|N|n_layers|num_layers)\s*=\s*(\d{1,3})\b"),
                   # "we trained a 12-layer ...": only where the paper says it trains / uses it (not "consider a 3-layer ...")
                   re.compile(r"\b(?:we|our)\s+(?:\w+\s+){0,2}?(?:an?\s+)?(\d{1,3})-layer\b", re.I),
                   re.compile(r"\bn_layers\s+(\d{1,3})\b"),
                   re.compile(r"\b(?:with|of|has|have|uses?|chose an? \w+ with)\s+" + _COUNT + r"\s+layers\b", re.I)],
    "hidden_size": [re.compile(r"\b(?:H|d_?model|dmodel|D)\s*=\s*(\d{2,5})\b"),
                    re.compile(r"\b(?:d_?model|dim)\s+(\d{2,5})\b"),
                    re.compile(r"\bhidden (?:size|dimension)s? (?:of )?(\d{2,5})\b"),
                    re.compile(r"\b(\d{2,5}) (?:hidden units|cells|memory cells|LSTM cells)\b"),
                    re.compile(r"\b(\d{2,5})[\s-]dimensional (?:hidden )?states\b")],
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
    # "224×224 input images", not "16×16 input patch size" (a patch of the input is not its size)
    "image_size": [re.compile(r"\b(\d{2,4})\s?[×x]\s?\1\b(?!\s?[×x]\s?\d)(?= (?:input|image|resolution|pixels?)\b(?!\s+patch))")],
    "growth_rate": [re.compile(r"\bgrowth rate (?:of |k\s*=\s*)?(\d{1,2})\b")],
    # "whose last fully-connected layer ... has a fixed-dimensional output (128-D)": the network's output width
    "num_classes": [re.compile(r"\b(?:last|final|top)\s+(?:fully[\s-]connected|fc|linear)\s+layer\b[^.;]{0,80}?"
                               r"\b(\d{2,4})[\s-]?(?:D|dimensional)\b")],
    "window": [re.compile(r"\bwindow_size\s*=?\s*(\d{1,6})\b")],
}
# "we increase the input resolution of the network from 224 × 224 to 448 × 448": the size the model is trained
# at is the second one, whatever an earlier sentence said about pre-training at the first
_RAISED = re.compile(r"\bresolution\b[^.;]{0,80}?\bfrom (\d{2,4}) ?[×x] ?\1 to (\d{2,4}) ?[×x] ?\2\b", re.I)
_HIDDEN_LAYERS = re.compile(_COUNT + r" hidden layers (?:of|with) (\d{1,5}) (?:\w+ )?(?:units|neurons)", re.I)
# sizes that do not depend on the model size (any sentence of the paper's own sections may state them)
SIZE_INDEPENDENT = ("vocab_size", "src_vocab_size", "image_size", "window", "num_kv_heads", "num_classes")
_NUMERIC_KINDS = {"resnet", "densenet", "vgg"}


# a sentence of the abstract / introduction that names the paper's own model ("we call our model ... (T5)"):
# its names weigh as the title's
_NAMING = re.compile(r"\b(?:we|which we)\s+(?:call|refer to|name|dub|term|denote)\b|\b(?:dubbed|named)\s", re.I)
# a sentence in which the paper says it uses a model: a generic name there counts in full
_OURS = re.compile(r"\b(?:we|our experiments,? we)\s+(?:use|adopt|employ|train|trained|build)\b|"
                   r"\bour (?:model|architecture|network)\b|\(ours\)", re.I)
# a parameter count stated next to a variant ("BERT-Large, which contains 24 layers, 330M parameters")
_DESCRIBED = re.compile(r"\b\d+(?:\.\d+)?\s?[MB]\s+parameters\b|\b(?:million|billion) parameters\b", re.I)


def choose(title: str, sentences) -> tuple[Entry, str | None, object] | None:
    """The paper's own architecture: catalogue names scored by where they are mentioned (title or a
    sentence naming the paper's model > abstract > the rest; generic words count less, except where
    the paper says it uses them), and its most-mentioned variant (a mention stating the variant's
    size counts thrice)."""
    score: Counter = Counter()
    first: dict[str, object] = {}
    by_kind: dict[str, Entry] = {}
    for pos, (entry, _, _m) in enumerate(sorted(mentions(title or ""), key=lambda t: t[2].start())):
        score[entry.kind] += 40 - 10 * min(pos, 2)
        by_kind[entry.kind] = entry
    for s in _body(sentences):
        w = 3 if s.kind == "abstract" else 1
        naming = _NAMING.search(s.text) if s.kind in ("abstract", "introduction") else None
        ours = bool(_OURS.search(s.text))
        for entry, _, m in mentions(s.text):
            if naming and not entry.generic and m.start() > naming.start():
                score[entry.kind] += 40
            score[entry.kind] += w * (0.2 if entry.generic and not ours else 1)
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
                variants[variant] += 3 if _DESCRIBED.search(s.text) else 1
                where.setdefault(variant, s)
    variant = max(variants, key=lambda v: (variants[v], _size_rank(v))) if variants else None
    return by_kind[kind], variant, where.get(variant) or first.get(kind)


def setup_variants(sentences, kind: str, variant: str | None) -> dict[str, Grounded]:
    """Per training set-up (a sentence's set-up named as :func:`.setups.setup_hint` names it), the variant of
    the chosen architecture its sentences mention most (ties: the larger), where that is not the paper-wide
    ``variant`` and the paper-wide one is not mentioned there at all: the model the paper uses on that set-up's
    data (CIFAR's ResNet-110 in a paper whose ImageNet model is ResNet-101). Abstract and introduction do not
    count; each value keeps the sentence of its first mention."""
    counts: dict[str, Counter] = {}
    first: dict[tuple[str, str], tuple[object, object]] = {}
    for s in _body(sentences):
        if s.kind in ("abstract", "introduction"):
            continue
        for entry, v, m in mentions(s.text):
            if entry.kind == kind and v:
                name = setup_hint(s.text, s.section)
                counts.setdefault(name, Counter())[v] += 1
                first.setdefault((name, v), (s, m))
    out: dict[str, Grounded] = {}
    for name, c in counts.items():
        if variant in c:
            continue
        top = max(c, key=lambda v: (c[v], _size_rank(v)))
        s, m = first[(name, top)]
        g = Grounded(value=m.group(0), page=s.page, quote=s.text, note=f"catalogue: {kind}, variant {top}")
        g.kind, g.variant = kind, top
        out[name] = g
    return out


def _size_rank(variant: str) -> float:
    order = ["tiny", "mini", "small", "medium", "base", "large", "big", "xlarge", "xl", "huge", "xxlarge"]
    if variant in order:
        return order.index(variant)
    m = re.match(r"(\d+(?:\.\d+)?)", variant)
    return float(m.group(1)) if m else 0.0


def stated_sizes(sentences, entry: Entry | None = None, variant: str | None = None,
                 also: re.Pattern | None = None) -> dict[str, Grounded]:
    """Sizes the paper states for the chosen architecture, first statement wins. Size-dependent ones
    (layers, width, heads ...) only from sentences naming the architecture (or, when it has variants,
    the chosen variant) and no other variant of it; size-independent ones (vocabulary, input size)
    from any sentence of the paper's own sections. ``also``: words that name the architecture too
    (a decoder-only Transformer's "12-layer decoder-only transformer")."""
    out: dict[str, Grounded] = {}
    for s in _body(sentences):
        if s.kind in ("abstract", "introduction"):
            continue
        named = ours = False
        if entry is not None:
            found = [(e, v) for e, v, _m in mentions(s.text) if e.kind == entry.kind]
            named = bool(found) or bool(also and also.search(s.text))
            others = {v for _e, v in found if v and v != variant}
            ours = named and not others and (variant is None or any(v == variant for _e, v in found)
                                             or not entry.variants)
        for name, pats in SIZE_PATTERNS.items():
            if name in out or (name not in SIZE_INDEPENDENT and entry is not None and not ours):
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
    raised = next(((s, m) for s in _body(sentences) if s.kind not in ("abstract", "introduction")
                   for m in [_RAISED.search(s.text)] if m), None)
    if raised:
        s, m = raised
        out["image_size"] = Grounded(value=m.group(0), page=s.page, quote=s.text, numbers=[float(m.group(2))])
    return out


_ENC_DEC = re.compile(r"\b(?:encod|decod)\w*|\btarget sequence\b|\btranslat\w*", re.I)


_ENCODER_ONLY = re.compile(r"\bTransformer encoder\b|\bencoder-only\b", re.I)
_DECODER_ONLY = re.compile(r"\bdecoder-only\b|\bTransformer decoder\b|\bleft-to-right Transformer\b", re.I)
_ENCODER_DECODER = re.compile(r"\bencoder-decoder\b|\bencoder and (?:the )?decoder\b|\bsource sentence", re.I)
_DECODER = re.compile(r"\bdecoder\b", re.I)


def _refine(entry: Entry, sentences) -> str:
    """A recurrent architecture that encodes a source and decodes a target is an encoder-decoder; a
    Transformer the paper only ever calls an encoder is an encoder."""
    if entry.kind == "transformer":
        body = _body(sentences)
        if any(_ENCODER_ONLY.search(s.text) for s in body) and not any(_DECODER.search(s.text) for s in body):
            return "transformer_encoder"
        if any(_DECODER_ONLY.search(s.text) for s in body) and not any(_ENCODER_DECODER.search(s.text) for s in body):
            return "gpt"  # a decoder-only Transformer language model: GPT's architecture
        return entry.kind
    if entry.kind != "lstm":
        return entry.kind
    hits = sum(bool(_ENC_DEC.search(s.text)) for s in _body(sentences)
               if any(e.kind == "lstm" for e, _v, _m in mentions(s.text)))
    return "lstm_seq2seq" if hits >= 3 else "lstm"


def extract_architecture(spec: PaperSpec, sentences, title: str | None = None, lines=None) -> None:
    """Fill ``spec.architecture`` / ``spec.architecture_params`` from the paper's sentences (and, with
    ``lines``, its model-size tables)."""
    got = choose(title if title is not None else spec.title, sentences)
    if got is None:
        mdn = mixture_density_sizes(sentences, [str(d.value) for d in spec.datasets])
        if mdn is not None:  # a recurrent mixture density network sized in words, no catalogue name
            s, params, setup, dataset = mdn
            spec.architecture = Grounded(value=s.text[:120], page=s.page, quote=s.text,
                                         note="catalogue: mdn_rnn (a recurrent mixture density network)")
            spec.architecture.kind, spec.architecture.variant = "mdn_rnn", None
            spec.architecture.setup, spec.architecture.dataset = setup, dataset  # where the paper trains it
            spec.architecture_params.update(params)
            return
        rnn = recurrent_encoder_decoder(sentences)
        if rnn is not None:  # a recurrent encoder-decoder described in words, no catalogue name
            s, params = rnn
            spec.architecture = Grounded(value=s.text[:120], page=s.page, quote=s.text,
                                         note="catalogue: rnn_attention_seq2seq (a recurrent encoder-decoder)")
            spec.architecture.kind, spec.architecture.variant = "rnn_attention_seq2seq", None
            spec.architecture_params.update(params)
            return
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
    row = headline_row(config_tables(lines), entry) if lines else None
    if row is not None:
        named = [v for e, v, _m in mentions(row["name"]) if e.kind == entry.kind and v]
        variant = named[0] if named else None
        for k, v in row["sizes"].items():
            if k != "params":
                params[k] = Grounded(value=str(int(v)) if v.is_integer() else str(v), page=row["page"],
                                     quote=row["quote"], numbers=[v], note=f"model-size table row {row['name']!r}")
    kind = _refine(entry, sentences)
    blocks = memory_block_sizes(sentences) if kind == "lstm" else None
    if blocks:  # the original LSTM, described as memory cell blocks with the experiment's sizes
        kind = "lstm_blocks"
        params.update(blocks)
    m = entry.pattern.search(quote or "") if quote else None
    spec.architecture = Grounded(value=m.group(0) if m else entry.kind, page=getattr(s, "page", None), quote=quote,
                                 note=f"catalogue: {kind}" + (f", variant {variant}" if variant else ""))
    spec.architecture.kind = kind  # extra fields (Grounded allows them)
    spec.architecture.variant = variant
    if kind == entry.kind:  # only for set-ups the paper states a training set-up for (the planner picks one)
        setups = {base_name(k) for k in spec.training}
        spec.architecture_by_setup = {k: g for k, g in setup_variants(sentences, kind, variant).items() if k in setups}
    also = _DECODER_ONLY if kind == "gpt" and entry.kind == "transformer" else None
    for k, g in stated_sizes(sentences, entry, variant, also).items():
        params.setdefault(k, g)
    if entry.kind in _NUMERIC_KINDS and variant and variant.isdigit():
        params.setdefault("depth", Grounded(value=m.group(0) if m else variant, page=getattr(s, "page", None),
                                            quote=quote, numbers=[float(variant)]))
    spec.architecture_params.update(params)
