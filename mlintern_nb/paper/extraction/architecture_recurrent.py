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
