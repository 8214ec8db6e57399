"""The representation-learning recipe: registered for its family, picks word vectors or contrastive image
representations from what an (invented) paper is about, plans the paper's own variant pair as arms, and its
smoke notebooks run to the end on the local kernel with finite probe metrics."""
from __future__ import annotations

import json
import math

import pytest

from mlintern_nb.plan import plan, registry, spec_from_dict
from mlintern_nb.plan.claims import VERDICTS, record_claim
from mlintern_nb.plan.recipes import representation_learning as rl

FAMILY = "representation-learning"


def _g(value, page=1):
    return {"value": value, "page": page, "quote": value}


def _word_spec(claim="Negative sampling learns more accurate vectors than the hierarchical softmax.", **extra):
    d = {"title": "Fast learning of word embeddings from raw text", "task_family": FAMILY,
         "architecture": _g("a log-linear model predicting context words; 120-dimensional vectors", 3),
         "datasets": [_g("a newswire corpus of 2B words", 4)], "claim": _g(claim, 2)}
    d.update(extra)
    return spec_from_dict(d)


def _image_spec(arch="a ResNet-18 encoder with an MLP projection head"):
    return spec_from_dict({"title": "Visual features from contrasting augmented image views", "task_family": FAMILY,
                           "architecture": _g(arch, 3), "datasets": [_g("CIFAR-10", 5)],
                           "claim": _g("The pre-trained features outperform a random network under a linear probe.", 2)})


def _cells(nb):
    return {c.metadata["mlintern"]["role"]: c.source for c in nb.cells if c.cell_type == "code"}


def test_the_recipe_is_registered_for_its_family():
    rec = registry.get(FAMILY)
    assert rec is not None and rec.family == FAMILY and type(rec).__module__.endswith("representation_learning")


def test_a_word_vector_paper_trains_gensim_word2vec_with_its_variant_pair_as_arms():
    nb = plan(_word_spec(), "smoke")
    meta, cells = nb.metadata["mlintern"], _cells(nb)
    assert meta["recipe"] == FAMILY
    assert "Word2Vec(" in cells["model"] and "lee_background.cor" in cells["data"] and "STAND-IN" in cells["data"]
    assert "evaluate_word_analogies" in cells["eval"] and "evaluate_word_pairs" in cells["eval"]
    assert meta["claim"]["arms"] == ["hierarchical softmax", "negative sampling (k=5)"]
    assert meta["claim"]["metric"] == "analogy_accuracy"
    full = plan(_word_spec(), "full").metadata["mlintern"]
    assert full["hardware"]["params"] == 2 * 1_000_000 * 120  # the paper's 120-dimensional vectors in full


def test_word_variant_and_pairs_follow_the_papers_words():
    assert rl.word_variant("the continuous bag-of-words model with hierarchical softmax") == {"sg": 0, "hs": 1}
    assert rl.word_variant("we train word embeddings") == {"sg": 1, "hs": 0}  # skip-gram with negative sampling
    assert rl.word_pairs("CBOW and the Skip-gram model") == ["architecture"]
    assert rl.word_pairs("skip-gram with negative sampling") == []
    nb = plan(_word_spec(claim="The skip-gram model beats CBOW on the semantic questions."), "smoke")
    assert nb.metadata["mlintern"]["claim"]["arms"] == ["CBOW", "skip-gram"]


def test_the_vector_size_is_the_one_the_paper_states_most_often():
    text = ("Earlier work trained 50-dimensional vectors. We use 300-dimensional vectors throughout; "
            "Table 2 compares models with a dimensionality of 300 and one with 1000-dimensional vectors.")
    assert rl.stated_dimension(text) == 300
    assert rl.stated_dimension("no sizes here") is None


def test_window_and_negative_samples_come_from_the_papers_text():
    text = "We use a context window of 8 and draw 15 negative samples per word; a window of 8 works best."
    assert rl.stated_int(rl._WINDOW, text, 1, 50) == 8 and rl.stated_int(rl._NEG_K, text, 1, 50) == 15
    arch = "a log-linear model; 15 negative samples per positive pair, window size 8"
    nb = plan(_word_spec(architecture=_g(arch, 3)), "full")
    params = next(c.source for c in nb.cells if c.cell_type == "code")
    assert "negative: int = 15" in params and "window: int = 8" in params


def test_a_word_paper_naming_one_variant_has_no_comparison_and_says_why():
    nb = plan(_word_spec(claim="Our embeddings of words reach a strong word similarity correlation."), "smoke")
    claim = nb.metadata["mlintern"]["claim"]
    assert claim["arms"] == [] and "variants" in claim["why"]


def test_an_image_paper_gets_a_contrastive_resnet_and_the_random_init_arm():
    nb = plan(_image_spec("a ResNet-50 encoder"), "smoke")
    meta, cells = nb.metadata["mlintern"], _cells(nb)
    assert "ResNet(Bottleneck, [1, 1, 1, 1])" in cells["model"] and "nt_xent" in cells["model"]
    assert "load_digits" in cells["data"] and "LogisticRegression" in cells["eval"]
    assert meta["claim"]["arms"] == ["random-init encoder, linear probe", "contrastive pre-training, linear probe"]
    full = _cells(plan(_image_spec("a ResNet-50 encoder"), "full"))["model"]
    assert "ResNet(Bottleneck, [3, 4, 6, 3])" in full  # the paper's depth in full, one block per stage in smoke
    assert "ResNet(BasicBlock, [1, 1, 1, 1])" in _cells(plan(_image_spec(), "smoke"))["model"]
    for src in cells.values():
        compile(src, "<cell>", "exec")


def _run(nb, tmp_path, run_local_notebook):
    out = run_local_notebook(nb, tmp_path)
    m = json.loads((tmp_path / "mlintern_output" / "metrics.json").read_text())["metrics"]
    assert m and all(math.isfinite(v) for v in m.values()), m
    claim = record_claim(out)
    assert claim["verdict"] in VERDICTS and claim["verdict"] != "no comparison"
    assert all(len(v) == 2 for v in claim["values"].values())  # two seeds per arm
    return m


@pytest.mark.slow
def test_word_vector_smoke_notebook_runs_to_the_end(tmp_path, run_local_notebook):
    m = _run(plan(_word_spec(), "smoke"), tmp_path, run_local_notebook)
    assert 0 < m["analogy_coverage"] <= 1 and 0 < m["wordsim_coverage"] <= 1
    assert -1 <= m["wordsim_spearman"] <= 1 and 0 <= m["analogy_accuracy"] <= 1


@pytest.mark.slow
def test_contrastive_smoke_notebook_runs_to_the_end(tmp_path, run_local_notebook):
    m = _run(plan(_image_spec(), "smoke"), tmp_path, run_local_notebook)
    assert all(0 <= m[k] <= 1 for k in ("probe_accuracy", "few_label_probe_accuracy", "random_init_probe_accuracy"))
    assert m["probe_accuracy"] > 0.3  # far above chance (0.1): the probe reads the encoder's features
