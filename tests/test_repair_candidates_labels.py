"""Label, loss and vocabulary candidates, each from a real error or warning on invented code: class weights
sized to the class count, cross-entropy for class scores broadcast against class ids, the class count passed to
a builder, tokens missing from a vocabulary mapped to its unknown id."""
from __future__ import annotations

import warnings

import pytest

torch = pytest.importorskip("torch")

from mlintern_nb.repair.diagnose import diagnose
from mlintern_nb.repair.fixers import RepairContext
from mlintern_nb.repair.probe import Facts
from mlintern_nb.repair.search import candidates_for

SETUP = ("import torch\nimport torch.nn.functional as F\nfrom torch import nn\ntorch.manual_seed(0)\n"
         "X = torch.randn(120, 4)\ny = torch.arange(120) % 3\n")


def _run(cell):
    ns: dict = {}
    exec(SETUP, ns)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exec(cell, ns)
        except Exception as exc:  # noqa: BLE001 - the failure is the input
            return ns, exc, caught
    return ns, None, caught


def _cands(cell, exc=None, outputs=None):
    d = diagnose(exc, outputs=outputs, source=cell)
    return d, candidates_for(cell, d, Facts(), RepairContext(upstream=[SETUP], original_source=cell))


@pytest.mark.parametrize("weight", ["torch.ones(2)", "torch.tensor([1.0, 2.0])"])
def test_class_weights_are_sized_to_the_class_count(weight):
    cell = f"crit = nn.CrossEntropyLoss(weight={weight})\nloss = crit(nn.Linear(4, 3)(X), y)\n"
    _, exc, _ = _run(cell)
    assert exc is not None
    _, cands = _cands(cell, exc)
    fix = next(c for c in cands if c.step == "class_weight_length")
    assert fix.changes[0]["param"] == "class_weight" and fix.changes[0]["new_value"] == "3 entries"
    ns, err, _ = _run(fix.source)
    assert err is None and ns["crit"].weight.shape == (3,)
    if "tensor" in weight:
        assert ns["crit"].weight.tolist() == [1.0, 2.0, 1.0]   # the written weights are kept


def test_class_scores_broadcast_against_class_ids_get_cross_entropy():
    cell = "logits = nn.Linear(4, 3)(X)\nloss = F.mse_loss(logits, y.float())\n"
    _, exc, caught = _run(cell)
    assert caught                                    # torch warns about the broadcast before it fails
    text = "\n".join(f"{w.category.__name__}: {w.message}" for w in caught)
    d, cands = _cands(cell, exc, outputs=[{"output_type": "stream", "name": "stderr", "text": text}])
    assert d.kind == "shape_mismatch"
    fix = next(c for c in cands if c.step == "cross_entropy_for_indices")
    assert "F.cross_entropy(logits, y.float())" in fix.source
    # one output per sample is a regression with a missing squeeze, not class scores: no cross-entropy there
    one = "pred = nn.Linear(4, 1)(X)\nloss = F.mse_loss(pred, y.float())\n"
    _, exc, caught = _run(one)
    assert exc is None and caught                    # silently wrong: only the warning says so
    text = "\n".join(f"{w.category.__name__}: {w.message}" for w in caught)
    _, cands = _cands(one, outputs=[{"output_type": "stream", "name": "stderr", "text": text}])
    assert not any(c.step == "cross_entropy_for_indices" for c in cands)


def test_the_class_count_is_passed_to_the_builder_of_the_model():
    builder = "def build(width, num_labels=2):\n    return nn.Sequential(nn.Linear(4, width), nn.ReLU(), nn.Linear(width, num_labels))\n"
    cell = "model = build(16)\nloss = F.cross_entropy(model(X), y)\n"
    ns, exc, _ = _run(builder + "\n" + cell)
    assert exc is not None and "out of bounds" in str(exc)
    _, cands = _cands(cell, exc)
    fix = next(c for c in cands if c.step == "num_labels" and "build(16, num_labels=3)" in c.source)
    assert fix.changes[0]["param"] == "num_labels" and fix.changes[0]["new_value"] == 3
    ns, err, _ = _run(builder + "\n" + fix.source)
    assert err is None and ns["model"](ns["X"]).shape == (120, 3)


@pytest.mark.parametrize("vocab, unk", [("{w: i + 1 for i, w in enumerate(seen)}", "0"),
                                        ("{'<unk>': 0, **{w: i + 1 for i, w in enumerate(seen)}}", "vocab['<unk>']")])
def test_tokens_missing_from_a_vocabulary_get_its_unknown_id(vocab, unk):
    setup = f"seen = ['red', 'green', 'blue']\nvocab = {vocab}\n"
    cell = "ids = [vocab[w] for w in 'red blue violet'.split()]\n"
    ns: dict = {}
    exec(setup, ns)
    try:
        exec(cell, dict(ns))
        raise AssertionError("no KeyError")
    except KeyError as exc:
        err = exc
    facts = Facts(names={"vocab": {"type": "dict", "items": dict(ns["vocab"])}})
    d = diagnose(err, source=cell)
    cands = candidates_for(cell, d, facts, RepairContext(upstream=[setup], original_source=cell))
    fix = next(c for c in cands if c.step == "unknown_token")
    assert f"vocab.get(w, {unk})" in fix.source
    exec(fix.source, ns)
    assert ns["ids"] == [1, 3, 0] and len(ns["vocab"]) == (3 if unk == "0" else 4)   # the vocabulary is kept
