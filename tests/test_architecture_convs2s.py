"""The convolutional sequence-to-sequence model (ConvS2S), written in the cell: the catalogue names it, its
decoder is causal (a prediction never sees a later target word), the paper's two stacks have the widths it
states, and a claim that beats a recurrent network gets the registry's deep LSTM encoder-decoder as its
baseline arm in the same model cell. Invented specs, no paper's text."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from mlintern_nb.paper.extraction.architecture_names import identify
from mlintern_nb.paper.spec import Grounded, PaperSpec
from mlintern_nb.plan import plan
from mlintern_nb.plan.architectures import resolve


def _spec(variant=None, claim=None):
    arch = Grounded(value="ConvS2S", page=2, quote="We use ConvS2S.")
    arch.kind, arch.variant = "convs2s", variant
    spec = PaperSpec(title="A convolutional translator", task_family="seq2seq", architecture=arch)
    if claim:
        spec.claim = Grounded(value=claim, page=1, quote=claim)
    return spec


def test_the_catalogue_names_it():
    assert identify("Convolutional Sequence to Sequence Learning") == ("convs2s", None)
    assert identify("our ConvS2S model") == ("convs2s", None)


def test_the_decoder_is_causal_and_attends_to_the_source():
    torch.manual_seed(0)
    model = resolve(_spec()).build("smoke").eval()
    src, tgt = torch.randint(1, 400, (1, 6)), torch.randint(1, 400, (1, 5))
    with torch.no_grad():
        out = model(src, tgt)
        later = tgt.clone(); later[0, 3:] = (later[0, 3:] + 7) % 400 + 1
        assert torch.allclose(model(src, later)[0, :3], out[0, :3], atol=1e-6)  # positions 0-2 ignore words 3-4
        other = src.clone(); other[0, 0] = (other[0, 0] + 5) % 400 + 1
        assert not torch.allclose(model(other, tgt)[0, 0], out[0, 0])  # the first word already sees the source


@pytest.mark.parametrize("variant,widths", [("en-ro", [512] * 20), ("en-de", [512] * 9 + [1024] * 4 + [2048] * 2)])
def test_the_papers_stacks(variant, widths):
    model = resolve(_spec(variant)).build("full", device="meta")
    assert [b.conv.out_channels // 2 for b in model.encoder] == widths == [b.conv.out_channels // 2 for b in model.decoder]
    assert all(b.conv.kernel_size == (3,) for b in model.decoder) and len(model.att_in) == len(widths)


def test_a_claim_over_an_lstm_gets_the_registrys_lstm_as_its_baseline_arm():
    nb = plan(_spec(claim="We outperform the accuracy of the deep LSTM setup on both translation tasks."), "smoke")
    claim = nb.metadata["mlintern"]["claim"]
    assert claim["metric"] == "bleu" and len(claim["arms"]) == 2 and "LSTM" in claim["arms"][0]
    model_cell = next(c.source for c in nb.cells if c.metadata.get("mlintern", {}).get("role") == "model")
    assert "class ConvS2S" in model_cell and 'if NETWORK == "lstm":' in model_cell
    assert "nn.LSTM" in model_cell.split('if NETWORK == "lstm":')[1]
    ns = {"torch": torch, "np": np, "nn": torch.nn, "VOCAB_SIZE": 50, "PAD": 0, "BOS": 1, "EOS": 2, "NETWORK": "lstm",
          "gradient_checkpointing": False}
    exec(compile(model_cell, "<model cell>", "exec"), ns)  # noqa: S102 - the planned cell, baseline arm
    assert type(ns["model"]).__name__ != "ConvS2S"
    nb2 = plan(_spec(claim="ConvS2S is fast on a GPU."), "smoke")
    assert nb2.metadata["mlintern"]["claim"]["arms"] == []  # no comparison with a recurrent network
