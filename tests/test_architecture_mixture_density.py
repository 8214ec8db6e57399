"""The recurrent mixture density network of the handwriting experiments, written in the cell: its weights follow
the formula of its connectivity (the synthesis network's sizes give 3.65M, the "approximately 3.7M" such a paper
states), the mixture likelihood is the bivariate Gaussian's, the soft window makes the output depend on the
characters, the extractor reads one experiment's sizes with that experiment's set-up and data, and the
normalisation study runs on the network with and without layer normalisation. Invented sentences and specs."""
from __future__ import annotations

import math

import pytest
import torch

from mlintern_nb.paper.extraction.architecture import extract_architecture
from mlintern_nb.paper.extraction.architecture_recurrent import mixture_density_sizes
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.spec import Grounded, PaperSpec
from mlintern_nb.plan import plan
from mlintern_nb.plan.architectures import REGISTRY, resolve
from mlintern_nb.plan.architectures.mixture_density import count

SYNTHESIS = {"input_size": 3, "hidden_size": 400, "num_layers": 3, "mixture_components": 20,
             "window_components": 10, "alphabet_size": 57}


def _ns(**cfg):
    ns: dict = {}
    exec(compile(REGISTRY["mdn_rnn"].code(cfg), "<cell>", "exec"), ns)  # noqa: S102 - the registry's cell
    return ns


@pytest.mark.parametrize("cfg", [SYNTHESIS, dict(SYNTHESIS, window_components=0, alphabet_size=0),
                                 dict(SYNTHESIS, num_layers=2, hidden_size=64, mixture_components=5)])
def test_weights_follow_the_formula(cfg):
    with torch.device("meta"):
        model = _ns(**cfg)["model"]
    assert sum(p.numel() for p in model.parameters()) == count(cfg)


def test_the_synthesis_sizes_give_the_stated_size_and_layer_norm_adds_only_gains_and_biases():
    assert count(SYNTHESIS) == 3_650_151 and abs(count(SYNTHESIS) / 3.7e6 - 1) < 0.05
    with torch.device("meta"):
        ln = _ns(**SYNTHESIS, norm="layer")["model"]
    # per layer: two 4H LayerNorms and one H LayerNorm, each a gain and a bias
    assert sum(p.numel() for p in ln.parameters()) - count(SYNTHESIS) == 3 * 2 * (2 * 4 * 400 + 400)


def test_the_mixture_likelihood_is_the_bivariate_gaussians():
    ns = _ns(input_size=3, hidden_size=8, num_layers=1, mixture_components=1)
    mu, log_sd, rho = torch.tensor([0.3, -0.2]), torch.tensor([0.1, -0.4]), 0.5
    out = torch.tensor([[[0.0, mu[0], mu[1], log_sd[0], log_sd[1], math.atanh(rho), 0.0]]])  # pi, mu, sd, rho, eos
    target = torch.tensor([[[0.5, 0.1, 1.0]]])
    sd = log_sd.exp()
    cov = torch.tensor([[sd[0] ** 2, rho * sd[0] * sd[1]], [rho * sd[0] * sd[1], sd[1] ** 2]])
    expected = -torch.distributions.MultivariateNormal(mu, cov).log_prob(target[0, 0, :2]) + math.log(2)
    assert ns["mdn_loss"](out, target).item() == pytest.approx(expected.item(), rel=1e-5)


def test_the_window_reads_the_characters_and_layer_norm_changes_the_cells():
    torch.manual_seed(0)
    cfg = dict(SYNTHESIS, hidden_size=16, mixture_components=3, alphabet_size=7, window_components=2)
    ns = _ns(**cfg, norm="layer")
    model, pen = ns["model"], torch.randn(2, 6, 3)
    a, b = model(pen, torch.zeros(2, 4, dtype=torch.long)), model(pen, torch.full((2, 4), 5))
    assert a.shape == (2, 6, 6 * 3 + 1) and not torch.allclose(a[:, 1:], b[:, 1:])
    loss = ns["mdn_loss"](a, torch.cat([pen[..., :2], (pen[..., 2:] > 0).float()], -1))
    loss.backward()
    assert torch.isfinite(loss) and model.window.weight.grad.abs().sum() > 0
    assert type(model.cells[0].nc).__name__ == "LayerNorm"
    assert type(_ns(**cfg)["model"].cells[0].nc).__name__ == "Identity"


def _s(text, page=6, section="5.3 online handwriting", kind="experiments", index=0):
    return Sentence(text, page, section, kind, index)


SENTENCES = [
    _s("Mixture density networks predict the parameters of a Gaussian mixture.", 2, "2 background", "method", 1),
    _s("We train on the Pen Strokes Collection, and also report results on MNIST.", 6, "5.3 online handwriting",
       index=5),
    _s("The network has two hidden layers of 256 LSTM units and an input layer of size 3.", index=6),
    _s("Its output layer has 8 mixture components.", index=7),
    _s("The soft window uses a mixture of 4 Gaussian functions for the window parameters.", index=8),
    _s("We evaluate on MNIST as well.", 7, "5.4 digits", index=9),
]


def test_one_experiments_sizes_with_its_set_up_and_data():
    s, got, setup, dataset = mixture_density_sizes(SENTENCES, ["MNIST", "Pen Strokes Collection"])
    assert {k: g.numbers[0] for k, g in got.items()} == {"num_layers": 2, "hidden_size": 256, "input_size": 3,
                                                         "mixture_components": 8}  # half a window: no window
    assert setup == "online handwriting" and dataset == "Pen Strokes Collection" and s.index == 6
    assert mixture_density_sizes(SENTENCES[2:3]) is None  # layers without a mixture output: not this network
    spec = PaperSpec(title="A study", datasets=[Grounded(value="Pen Strokes Collection", page=6, quote="x")])
    extract_architecture(spec, SENTENCES)
    assert spec.architecture.kind == "mdn_rnn" and resolve(spec).count_params("full") == count(
        {"input_size": 3, "hidden_size": 256, "num_layers": 2, "mixture_components": 8})


def test_the_normalisation_study_runs_on_the_papers_network():
    arch = Grounded(value="three hidden layers of 400 LSTM cells", page=9, quote="three hidden layers of 400 LSTM cells")
    arch.kind, arch.variant, arch.setup, arch.dataset = "mdn_rnn", None, "handwriting", "Pen Strokes Collection"
    sizes = {k: Grounded(value=str(v), page=9, quote=f"{v}", numbers=[float(v)]) for k, v in SYNTHESIS.items()}
    training = {"digits": {"batch_size": Grounded(value=128, page=8, quote="batches of 128", numbers=[128.0])},
                "handwriting": {"batch_size": Grounded(value=8, page=9, quote="batches of 8", numbers=[8.0])}}
    spec = PaperSpec(title="Layer Normalization", task_family="other", architecture=arch, architecture_params=sizes,
                     training=training, datasets=[Grounded(value="MNIST", page=8, quote="MNIST"),
                                                  Grounded(value="Pen Strokes Collection", page=9, quote="pen")])
    nb = plan(spec, "smoke")
    meta = nb.metadata["mlintern"]
    assert meta["architecture"]["params_full"] == 3_650_151 and meta["setup"] == "handwriting"
    assert meta["dataset"]["name"] == "Pen Strokes Collection"
    assert meta["claim"]["arms"] == ["no normalisation", "layer normalisation"]
    cells = {c.metadata["mlintern"].get("role"): c.source for c in nb.cells if c.cell_type == "code"}
    assert "norm=normalization)" in cells["model"] and "ALPHABET_SIZE = 57" in cells["config"]
    # data, model and eval cells run together: every line has the alphabet's characters and its pen points
    import numpy as np
    for norm in ("none", "layer"):
        ns = {"torch": torch, "np": np, "seed": 0, "ALPHABET_SIZE": 57, "DATASET_NAME": "pens", "normalization": norm,
              "optimizer_name": "adam", "DEVICE": torch.device("cpu"), "losses": [{"loss": 1.0}],
              "ARCH": {"lines": 20, "chars_per_line": 3, "points_per_char": 4}}
        for role in ("data", "model", "eval"):
            exec(compile(cells[role], f"<{role}>", "exec"), ns)  # noqa: S102 - the planned cells
        chars, pen = ns["train_ds"][0]
        assert chars.shape == (3,) and pen.shape == (13, 3) and pen[1:, 2].sum() == 3  # the pen lifts per char
        assert math.isfinite(ns["metrics"]["nll"])
