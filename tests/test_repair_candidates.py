"""Probe facts, candidate ranking and the def/use window — on real tensors and modules, without a kernel."""
from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from mlintern_nb.repair.candidates import Candidate
from mlintern_nb.repair.diagnose import diagnose
from mlintern_nb.repair.fixers import RepairContext
from mlintern_nb.repair.probe import HELPER, Facts, call_exprs
from mlintern_nb.repair.search import candidates_for
from mlintern_nb.repair.validate import dependents, reads

SETUP = ("import numpy as np, torch\nimport torch.nn.functional as F\nfrom torch import nn\n"
         "torch.manual_seed(0)\nX = torch.from_numpy(np.random.rand(256, 8))\ny = torch.randint(0, 3, (256,))\n")
CELL = ("model = nn.Linear(8, 3)\nopt = torch.optim.SGD(model.parameters(), lr=0.5)\nlosses = []\n"
        "for step in range(30):\n    loss = F.cross_entropy(model(X), y)\n"
        "    opt.zero_grad(); loss.backward(); opt.step()\n    losses.append(loss.item())\n")
CHECK = "assert losses[-1] < losses[0]\nassert model.weight.dtype == torch.float32\nassert model(X[:2]).shape == (2, 3)\n"


class _IP:
    def __init__(self, ns):
        self.user_ns, self.user_ns_hidden = ns, {}


def _facts(ns, source, line) -> Facts:
    """Run the kernel-side probe helper on a real namespace (what the kernel would answer)."""
    ns["get_ipython"] = lambda: _IP(ns)
    exec(HELPER, ns)
    got = ns["_mlintern_probe"](list(ns), call_exprs(source, line))
    return Facts(names=got["names"], signatures=got["signatures"], cuda=got["cuda"])


def _fail(ns, source):
    try:
        exec(source, ns)
    except Exception as exc:  # noqa: BLE001 - the failure is the input
        return exc
    raise AssertionError("the cell did not fail")


def test_probe_reports_dtypes_modules_labels_and_signatures():
    ns: dict = {}
    exec(SETUP, ns)
    exc = _fail(ns, CELL)
    facts = _facts(ns, CELL, 5)
    assert facts.names["X"] == {"type": "tensor", "shape": [256, 8], "dtype": "float64", "device": "cpu"}
    assert (facts.names["y"]["min"], facts.names["y"]["max"], facts.names["y"]["unique"]) == (0, 2, 3)
    assert facts.names["model"]["leaves"] == {"(self)": ["Linear", {"in_features": 8, "out_features": 3}]}
    assert facts.names["model"]["dtype"] == "float32" and facts.names["model"]["params"] == 27
    assert [p[0] for p in facts.signatures["F.cross_entropy"]][:2] == ["input", "target"]
    assert any(line.startswith("X: tensor [256, 8] float64") for line in facts.lines())
    assert "double" in str(exc).lower()


def test_candidates_cast_at_the_source_and_the_fix_passes_its_check():
    ns: dict = {}
    exec(SETUP, ns)
    exc = _fail(ns, CELL)
    facts = _facts(ns, CELL, 5)
    diag = diagnose(exc, source=CELL)
    cands = candidates_for(CELL, diag, facts, RepairContext(upstream=[SETUP], original_source=CELL))
    assert cands and cands[0].step == "cast_source" and cands[0].source.startswith("X = X.float()")
    fresh: dict = {}
    exec(SETUP, fresh)
    exec(cands[0].source, fresh)
    exec(CHECK, fresh)       # cast where X comes from: the evaluation that reuses X works too


def test_ranking_prefers_fewest_paper_changes():
    keep = Candidate("a", "shift_labels", "", [], order=3)
    grow = Candidate("b", "num_labels", "", [{"param": "num_classes"}], order=0)
    assert sorted([grow, keep], key=Candidate.rank) == [keep, grow]


def test_label_shift_ranked_before_growing_the_head():
    src_setup = ("import torch\nimport torch.nn.functional as F\nfrom torch import nn\ntorch.manual_seed(0)\n"
                 "X = torch.rand(200, 4)\nlabels = torch.randint(1, 4, (200,))   # 1..3\nnum_classes = 3\n")
    cell = ("head = nn.Linear(4, num_classes)\nopt = torch.optim.SGD(head.parameters(), lr=0.1)\n"
            "loss = F.cross_entropy(head(X), labels)\nloss.backward()\n")
    ns: dict = {}
    exec(src_setup, ns)
    exc = _fail(ns, cell)
    facts = _facts(ns, cell, 3)
    cands = candidates_for(cell, diagnose(exc, source=cell), facts, RepairContext(upstream=[src_setup]))
    steps = [c.step for c in cands]
    assert steps[0] == "shift_labels" and "num_labels" in steps
    assert not cands[0].changes and cands[steps.index("num_labels")].changes[0]["new_value"] == 4


def test_dependents_follow_the_def_use_chain():
    failing = "model = 1\nlosses = [1]\n"
    following = [(3, "assert losses"), (4, "print(model)"), (5, "model = 2\nprint(model)"), (6, "losses")]
    assert dependents(failing, following) == [3, 4]
    assert reads("model = f(x)\nprint(model)") == {"f", "x", "print"}
