"""A GAN paper that compares with a deep belief network gets the paper's own comparison as two arms: a DBN
(scikit-learn BernoulliRBMs stacked greedily) vs the GAN, both sampled and scored by the same Parzen window,
same data, budget and seeds; a parity claim ("at least competitive with") is tested as "not worse"."""
from __future__ import annotations

import json
import math
import re

import pytest

from mlintern_nb.plan import plan, spec_from_dict


def _g(value, page=1):
    return {"value": value, "page": page, "quote": value}


def _gan_spec(claim):
    return spec_from_dict({"title": "Adversarial training of generative networks", "task_family": "image-generation",
                           "architecture": _g("a generator and a discriminator MLP", page=3),
                           "claim": _g(claim, page=2)})


def _cell(nb, role):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == role)


def _arms(nb):
    """The ARMS list the claim cell runs (its literal)."""
    import ast
    line = next(l for l in _cell(nb, "claim").splitlines() if l.startswith("ARMS = "))
    return ast.literal_eval(line[len("ARMS = "):])


@pytest.mark.papers
def test_the_gan_paper_compares_with_a_dbn_in_its_results_table(shared_papers, parse_once):
    from mlintern_nb.paper import parse, read
    nb = plan(parse(shared_papers / "gan.pdf"), "smoke")
    meta = nb.metadata["mlintern"]["claim"]
    assert meta["arms"] == ["DBN", "GAN"] and meta["metric"] == "parzen_log_likelihood"
    b = meta["baseline"]  # the abstract names no baseline; the results table does
    assert "DBN" in b["text"]
    pages = {p.number: " ".join(p.text.split()) for p in read(shared_papers / "gan.pdf").pages}
    assert b["quote"] in pages[b["page"]]
    arms = {a["name"]: a for a in _arms(nb)}
    assert arms["DBN"]["role"] == "baseline" and arms["DBN"]["overrides"] == {"objective": "dbn"}
    assert arms["GAN"]["role"] == "proposed" and arms["GAN"]["higher_is_better"]
    # "we make no claim that these samples are better ... at least competitive with": parity, not a win
    assert arms["GAN"]["kind"] == "not worse" and arms["GAN"]["margin"] == 0.0
    said = re.search(r"claim kind 'not worse' \(margin 0\): the paper says (['\"])(.+?)\1 \(p\. (\d+)\)", nb.cells[0].source)
    assert said and "competitive with" in said[2] and said[2] in pages[int(said[3])]


@pytest.mark.parametrize("claim,kind", [
    ("Samples reach a higher Parzen-window log-likelihood than a deep belief network.", "better"),
    ("Samples are competitive with deep belief networks and stacked auto-encoders.", "not worse"),
])
def test_a_generic_gan_spec_that_names_a_dbn_gets_both_arms(claim, kind):
    nb = plan(_gan_spec(claim), "smoke")
    meta = nb.metadata["mlintern"]["claim"]
    assert meta["arms"] == ["DBN", "GAN"] and meta["metric"] == "parzen_log_likelihood"
    assert _arms(nb)[1]["kind"] == kind
    model = _cell(nb, "model")
    assert "BernoulliRBM(" in model and 'if objective == "dbn":' in model
    compile(model, "<model cell>", "exec")


@pytest.mark.parametrize("spec", [
    _gan_spec("Samples are competitive with other generative models."),  # no DBN named
    spec_from_dict({"title": "Variational inference with deep latent-variable models", "task_family": "image-generation",
                    "architecture": _g("an auto-encoder MLP", page=3),  # a VAE: its baseline is wake-sleep
                    "claim": _g("A better lower bound than a deep belief network.", page=2)}),
])
def test_no_dbn_arms_without_a_gan_compared_with_a_dbn(spec):
    nb = plan(spec, "smoke")
    assert nb.metadata["mlintern"]["claim"]["arms"] == []
    assert all(c.metadata["mlintern"]["role"] != "claim" for c in nb.cells if c.cell_type == "code")


def _parzen(samples, x, sigma):
    import numpy as np
    sq = (x * x).sum(1)[:, None] - 2 * x @ samples.T + (samples * samples).sum(1)[None, :]
    a = -np.maximum(sq, 0) / (2 * sigma ** 2)
    m = a.max(1, keepdims=True)
    lse = (m[:, 0] + np.log(np.exp(a - m).sum(1)))
    return float((lse - math.log(len(samples)) - x.shape[1] * math.log(sigma * math.sqrt(2 * math.pi))).mean())


def dbn_learned_the_digits(dbn_value: float) -> bool:
    """The DBN arm's Parzen log-likelihood is far above uniform noise's under the same protocol (seed 0 split):
    the baseline was trained, not a strawman."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits
    x = torch.tensor(load_digits().images.reshape(-1, 64), dtype=torch.float32) / 16.0
    x = x[torch.randperm(len(x), generator=torch.Generator().manual_seed(0))][int(0.8 * len(x)):].numpy().astype(float)
    noise = np.random.default_rng(0).random((2000, 64))
    half = len(x) // 2
    sigma = max((0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0), key=lambda s: _parzen(noise, x[:half], s))
    return dbn_value > _parzen(noise, x[half:], sigma) + 20


@pytest.mark.slow
def test_the_scaled_down_alexnet_learns_the_digits(tmp_path, run_local_notebook):
    # issue 13: the smoke AlexNet (1/16 of the channels, 64x64 input) stayed at chance (accuracy 0.08) at
    # PyTorch's default init; with He init the same 200-step smoke run learns
    spec = spec_from_dict({"title": "Deep convolutional networks for images", "task_family": "image-classification",
                           "architecture": dict(_g("five convolutional and three fully-connected layers", page=4),
                                                kind="alexnet", variant=None)})
    nb = plan(spec, "smoke")
    assert "nn.LocalResponseNorm(" in _cell(nb, "model") and "kaiming_normal_" in _cell(nb, "model")
    run_local_notebook(nb, tmp_path)
    m = json.loads((tmp_path / "mlintern_output" / "metrics.json").read_text())
    assert m["metrics"]["accuracy"] > 0.5 and m["last_loss"] < 0.6 * m["first_loss"], m["metrics"]
