"""A recurrent encoder-decoder a paper describes in words (no catalogue name): the extractor reads its kind,
sizes, cell, bidirectional encoder and attention with page and quote; the registry builds it in the cell; the
seq2seq recipe's model cell builds that class and the claim's arms switch attention on and off on the same
network. Invented text."""
from __future__ import annotations

import ast

import torch

from mlintern_nb.paper.extraction.architecture import extract_architecture
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.spec import PaperSpec
from mlintern_nb.plan.architectures import resolve

TEXT = [
    ("We propose a model that learns to translate by attending over the source.", 1, "abstract"),
    ("Our encoder is a bidirectional RNN that reads the source sentence word by word.", 3, "method"),
    ("The decoder is an RNN that generates the target sentence from the encoder annotations.", 3, "method"),
    ("The context vector is a weighted sum of the annotations, with weights given by an alignment model.", 3, "method"),
    ("The decoder RNN and the encoder RNN are trained jointly.", 3, "method"),
    ("We use gated recurrent units in both networks.", 4, "method"),
    ("The attention weights are normalised with a softmax.", 4, "method"),
    ("Each recurrent network has 512 hidden units and the word embedding dimensionality is 256.", 5, "experiments"),
    ("The number of hidden units in the alignment model is 128.", 5, "experiments"),
    ("We keep a vocabulary of 20,000 most frequent words.", 5, "experiments"),
]


def _spec(text=TEXT):
    spec = PaperSpec(title="Learning to translate with attention")
    extract_architecture(spec, [Sentence(t, p, "model", k) for t, p, k in text])
    return spec


def test_the_paper_describes_a_recurrent_encoder_decoder_with_attention():
    spec = _spec()
    assert spec.architecture.kind == "rnn_attention_seq2seq" and spec.architecture.page == 3
    p = spec.architecture_params
    assert (p["hidden_size"].numbers, p["embedding_size"].numbers, p["attention_size"].numbers) == ([512], [256], [128])
    assert p["vocab_size"].numbers == [20000] and p["vocab_size"].page == 5
    assert (p["cell"].value, p["encoder"].value, p["attention"].value) == ("gru", "bidirectional", "additive")
    a = resolve(spec)
    assert a.name == "bidirectional GRU encoder-decoder with additive attention (512 units)" and a.source == "cell"
    assert "maxout_size = 0" in a.header() and "not stated" in a.header()  # no maxout stated: a labelled default


def test_without_attention_words_it_is_the_plain_encoder_decoder():
    plain = [t for t in TEXT if not any(w in t[0] for w in ("attention", "alignment", "attending"))]
    spec = _spec(plain)
    assert spec.architecture.kind == "rnn_attention_seq2seq"
    assert spec.architecture_params["attention"].value == "none"
    assert "without attention" in resolve(spec).name
    # two sentences about recurrent encoders are not a described model
    assert _spec(TEXT[:3]).architecture is None


def test_both_arms_are_one_network_and_it_trains_and_decodes():
    a = resolve(_spec())
    ns_on, ns_off = {}, {}
    exec(a.model_code("smoke", attention=True), ns_on)
    exec(a.model_code("smoke", attention=False), ns_off)
    on, off = ns_on["model"], ns_off["model"]
    assert sum(p.numel() for p in on.parameters()) == sum(p.numel() for p in off.parameters())
    assert sum(p.numel() for p in on.parameters()) < a.count_params("full")
    src, tgt = torch.randint(4, 100, (3, 6)), torch.randint(4, 100, (3, 5))
    src[0, 4:] = 0  # padding: never attended
    assert on(src, tgt).shape == (3, 5, 500) and off(src, tgt).shape == (3, 5, 500)
    h, keys, mask, summary, state = on.encode(src)
    logits, _ = on.step(tgt[:, 0], state, (h, keys, mask, summary))
    assert logits.shape == (3, 500) and not mask[0, 4:].any()


def test_the_seq2seq_notebook_builds_it_and_compares_attention_with_a_fixed_context():
    from mlintern_nb.notebook.pipeline import plan_spec
    spec = _spec()
    spec.task_family = "seq2seq"
    for profile in ("smoke", "full"):
        nb = plan_spec(spec, profile)
        meta = nb.metadata["mlintern"]
        assert meta["architecture"]["name"] == resolve(spec).name
        assert meta["hardware"]["params"] == meta["architecture"]["params_full"]
        roles = {(c.metadata.get("mlintern") or {}).get("role"): c.source for c in nb.cells}
        assert "AttentionSeq2Seq(" in roles["model"] and "attention=ATTENTION" in roles["model"]
        assert "ATTENTION = True" in roles["config"]
        ast.parse(roles["model"])
        assert meta["claim"]["metric"] == "bleu" and len(meta["claim"]["arms"]) == 2
        assert "'role': 'baseline'" in roles["claim"] and "{'ATTENTION': False}" in roles["claim"]
        assert "{'ATTENTION': True}" in roles["claim"]
