"""A recurrent encoder-decoder the paper describes without a catalogue name ("the encoder is a bidirectional
RNN ...; the decoder ... an alignment model"): the kind ``rnn_attention_seq2seq`` of the architecture registry,
with the sizes the paper states (hidden units, embedding dimension, alignment-model and maxout sizes,
vocabulary), the recurrent cell, whether the encoder is bidirectional and whether the decoder attends — each a
:class:`~mlintern_nb.paper.spec.Grounded` with its page and quote. Only the paper's own sections count."""
from __future__ import annotations

import re

from ..spec import Grounded
from .architecture_names import _body

_RNN = re.compile(r"\b(?:recurrent neural net(?:work)?s?|RNNs?|gated (?:recurrent|hidden) units?|GRUs?)\b", re.I)
_ENC_DEC = re.compile(r"\b(?:encod|decod)\w*", re.I)
_ATTENTION = re.compile(r"\battention\b|\balignment model\b|\bsoft[\s-]?(?:search|alignment)\b|"
                        r"\bcontext vectors?\b.{0,60}\bweighted sum\b|\bweighted sum\b.{0,60}\bannotations?\b", re.I)
_GATED = re.compile(r"\bgated (?:recurrent|hidden) units?\b|\bGRUs?\b", re.I)
_LSTM = re.compile(r"\bLSTMs?\b|\blong short-term memory\b", re.I)
_NUM = r"(\d{1,3}(?:,\d{3})+|\d{2,6})"
SIZES: dict[str, list[re.Pattern]] = {
    "attention_size": [re.compile(r"\bhidden units in the (?:alignment|attention) (?:model|network)\b(?:\s+\S+){0,2}?"
                                  r"\s+(?:is|of|=)\s+" + _NUM, re.I)],
    "maxout_size": [re.compile(r"\bmaxout (?:hidden )?layer\b[^.;]{0,40}?\b(?:is|of|=)\s+" + _NUM, re.I),
                    re.compile(_NUM + r" maxout (?:hidden )?units\b", re.I)],
    "hidden_size": [re.compile(r"\bsize of (?:a|the|each) hidden layer\b(?:\s+\S+){0,2}?\s+(?:is|of|=)\s+" + _NUM, re.I),
                    re.compile(r"(?<!maxout )\b" + _NUM + r" hidden units\b(?! in the (?:alignment|attention))", re.I)],
    "embedding_size": [re.compile(r"\bembedding (?:dimensionality|dimension|size)\b(?:\s+\S+){0,2}?\s+(?:is|of|=)\s+"
                                  + _NUM, re.I),
                       re.compile(r"\b" + _NUM + r"[\s-]dimensional (?:word )?embeddings\b", re.I)],
    "vocab_size": [re.compile(r"\b(?:shortlist|vocabulary|vocabularies) of (?:the )?" + _NUM +
                              r" (?:most frequent )?words\b", re.I)],
}


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def recurrent_encoder_decoder(sentences) -> tuple[object, dict[str, Grounded]] | None:
    """(the sentence that describes the model, {size name: Grounded}) when at least three sentences of the
    paper's own sections describe a recurrent network that encodes or decodes; else None."""
    body = [s for s in _body(sentences) if s.kind not in ("abstract", "introduction", "conclusion")]
    described = [s for s in body if _RNN.search(s.text) and _ENC_DEC.search(s.text)]
    if len(described) < 3:
        return None
    where = next((s for s in described if re.search(r"\bbidirectional\b", s.text, re.I)), described[0])
    params: dict[str, Grounded] = {}
    for name, pats in SIZES.items():
        for s in body:
            m = next((m for p in pats for m in [p.search(s.text)] if m), None)
            if m:
                params[name] = Grounded(value=m.group(0), page=s.page, quote=s.text, numbers=[_int(m.group(1))])
                break
    if "vocab_size" in params:  # "a shortlist of 30,000 words in each language": the source side too
        params["src_vocab_size"] = params["vocab_size"]
    # a paper naming an LSTM at all is the catalogue's LSTM; here LSTM is at most a comparison ("similar to LSTM")
    for pat, cell in ((_GATED, "gru"), (_LSTM, "lstm")):
        s = next((s for s in body if pat.search(s.text)), None)
        if s is not None:
            params["cell"] = Grounded(value=cell, page=s.page, quote=s.text)
            break
    s = next((s for s in described if re.search(r"\bbidirectional\b", s.text, re.I)), None)
    if s is not None:
        params["encoder"] = Grounded(value="bidirectional", page=s.page, quote=s.text)
    attends = [s for s in body if _ATTENTION.search(s.text)]
    if len(attends) >= 2:
        params["attention"] = Grounded(value="additive", page=attends[0].page, quote=attends[0].text)
    else:
        params["attention"] = Grounded(value="none", page=where.page, quote=where.text,
                                       note="no sentence describes attention over the source")
    return where, params


# ------------------------------------------------------------------------- memory cell blocks
# the original LSTM described as memory cell blocks: "we use 3 (4) memory cell blocks. Each block has 2 (1)
# memory cells", "one memory cell block of size 1", "(7 input units, 7 output units)"; a parenthesised
# alternative size is skipped (the first one stated is the network built). "blo cks": some PDFs' text layers
# split the word at a kerning pair.
_W = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10}
_K = r"(\d{1,2}|" + "|".join(_W) + r")"
_ALT = r"\s*(?:\(\d{1,2}\)\s*)?"
_BLOCK = r"blo\s?cks?"
_CAPTION = re.compile(r"^\s*(?:Fig(?:ure)?\.?|Table)\s*\d+", re.I)
_MEMORY_BLOCKS = re.compile(r"\bmemory(?:[\s-]cell)?\s+" + _BLOCK + r"\b", re.I)
BLOCK_SIZES: dict[str, list[re.Pattern]] = {
    "blocks": [re.compile(r"\b" + _K + _ALT + r"memory(?:[\s-]cell)?\s+" + _BLOCK + r"\b", re.I)],
    "block_size": [re.compile(r"\beach\s+" + _BLOCK + r"\s+(?:has|contains|consists\s+of)\s+" + _K + _ALT
                              + r"(?:memory\s+)?cells?\b", re.I),
                   re.compile(r"\b" + _BLOCK + r"\s+of\s+size\s+" + _K + r"\b", re.I)],
    "input_size": [re.compile(r"\b(\d{1,4})\s+input\s+units\b", re.I)],
    "output_size": [re.compile(r"\b(\d{1,4})\s+output\s+units\b", re.I)],
}


def memory_block_sizes(sentences) -> dict[str, Grounded] | None:
    """The sizes of a network of LSTM memory cell blocks (``lstm_blocks`` in the registry): blocks, cells per
    block, input and output units: the first sentence of the paper's own sections (captions aside) that states
    how many blocks, and the other sizes from the first sentences of that section that state them (one
    experiment's network); None unless the paper describes memory cell blocks (two sentences or more) and
    states how many."""
    body = [s for s in _body(sentences) if s.kind not in ("abstract", "introduction", "related")]
    if sum(bool(_MEMORY_BLOCKS.search(s.text)) for s in body) < 2:
        return None
    body = [s for s in body if not _CAPTION.match(s.text)]  # "Figure 2: Example of a net with 8 input units"
    first = next((s for s in body if BLOCK_SIZES["blocks"][0].search(s.text)), None)
    if first is None:
        return None
    # one experiment's network: the other sizes from the section that states the number of blocks
    out: dict[str, Grounded] = {}
    for s in [t for t in body if t.section == first.section]:
        for name, pats in BLOCK_SIZES.items():
            for pat in pats if name not in out else ():
                m = pat.search(s.text)
                if m:
                    v = _W.get(m.group(1).lower()) or int(m.group(1))
                    out[name] = Grounded(value=m.group(0), page=s.page, quote=s.text, numbers=[float(v)])
                    break
    return out


# ------------------------------------------------------------------------- mixture density networks
# a recurrent network with a Gaussian mixture output, sized in words: "three hidden layers of 400 LSTM cells",
# "20 bivariate Gaussian mixture components at the output layer", "a size 3 input layer", and, for a network
# conditioned on text through a soft window, "the window vectors were size 57", "a mixture of 10 Gaussian
# functions was used for the window parameters"
_MIXTURE = re.compile(r"\bGaussian mixture\b|\bmixture of \d+ (?:bivariate )?Gaussians?\b|\bmixture density\b", re.I)
_WINDOW_MIX = re.compile(r"\bmixture of " + _K + r" Gaussian(?: functions?)?\b[^.;]{0,40}\bwindow\b", re.I)
MDN_SIZES: dict[str, list[re.Pattern]] = {
    "num_layers": [re.compile(r"\b" + _K + r" hidden layers of \d{1,5} (?:LSTM )?(?:memory )?(?:cells|units)\b", re.I)],
    "hidden_size": [re.compile(r"\bhidden layers of (\d{1,5}) (?:LSTM )?(?:memory )?(?:cells|units)\b", re.I)],
    "mixture_components": [re.compile(r"\b(\d{1,3}) (?:bivariate )?(?:Gaussian )?mixture components\b", re.I)],
    "input_size": [re.compile(r"\bsize (\d{1,3}) input layer\b|\binput layer of size (\d{1,3})\b", re.I)],
    "alphabet_size": [re.compile(r"\bwindow vectors? (?:were|was|is|are|of) (?:of )?size (\d{1,4})\b", re.I)],
    "window_components": [_WINDOW_MIX],
}


def mixture_density_sizes(sentences, dataset_names=()) -> tuple[object, dict[str, Grounded], str, str | None] | None:
    """(the sentence that sizes the network, {size: Grounded}, set-up, dataset) of a recurrent mixture density network the
    paper's own sections describe (``mdn_rnn`` in the registry): layers and cells, the output's mixture
    components, the input size, and the soft window's components and vector size where the network reads text.
    All sizes come from the section of the sentence stating the layers (one experiment's network); None unless
    that section states the layers and the mixture components. ``setup`` is the set-up name of that section (as
    :func:`.setups.setup_hint` gives it), ``dataset`` the one of ``dataset_names`` that section names nearest that sentence (first in its
    sentence), or None."""
    from .setups import setup_hint
    body = [s for s in _body(sentences) if s.kind not in ("abstract", "introduction", "related")]
    body = [s for s in body if not _CAPTION.match(s.text)]
    first = next((s for s in body if MDN_SIZES["num_layers"][0].search(s.text)), None)
    if first is None:
        return None
    section = [s for s in body if s.section == first.section and s.page in (first.page - 1, first.page, first.page + 1)]
    if not any(_MIXTURE.search(s.text) for s in section):
        return None
    out: dict[str, Grounded] = {}
    for s in section:
        for name, pats in MDN_SIZES.items():
            m = next((m for p in pats if name not in out for m in [p.search(s.text)] if m), None)
            if m:
                v = next(g for g in m.groups() if g)
                out[name] = Grounded(value=m.group(0), page=s.page, quote=s.text,
                                     numbers=[float(_W.get(v.lower()) or int(v))])
    if "mixture_components" not in out or "hidden_size" not in out:
        return None
    if ("window_components" in out) != ("alphabet_size" in out):  # half a window: no window
        out.pop("window_components", None), out.pop("alphabet_size", None)
    return first, out, setup_hint(first.text, first.section), _nearest_dataset(section, first, dataset_names)


def _nearest_dataset(section, first, dataset_names) -> str | None:
    """The dataset named in the sentence of ``section`` nearest ``first`` that names one (the one it names first)."""
    for s in sorted(section, key=lambda s: abs(s.index - first.index)):
        low = s.text.lower()
        named = [d for d in dataset_names if d.lower() in low]
        if named:
            return min(named, key=lambda d: low.index(d.lower()))
    return None
