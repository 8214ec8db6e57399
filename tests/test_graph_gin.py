"""The Graph Isomorphism Network (GIN-0 / GIN-ε) as a registry architecture: the builder's parameter counts are the
ones its code implies (counted by hand below), the catalogue names GIN from a sentence, and the held-out GIN paper
(benchmarks/heldout/papers2/gin.py, a dev paper built here) is planned with the GIN in its model cell and arms
"GIN vs the registry's two-layer GCN" from its results table (it has no sentence saying it beats the GCN; its
table has a row of scores for the GCN and rows for GIN-ε and GIN-0). The slow test runs that smoke notebook."""
from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from mlintern_nb.paper.extraction.architecture import identify
from mlintern_nb.paper.spec import Grounded, PaperSpec
from mlintern_nb.plan.architectures import resolve

ROOT = Path(__file__).resolve().parent.parent


def _gin(variant=None):
    g = Grounded(value="GIN", page=1, quote="We use GIN.")
    g.kind, g.variant = "gin", variant
    return resolve(PaperSpec(title="", architecture=g))


def _by_hand(features, hidden, classes, layers, learn_eps):
    """layers - 1 GIN layers; each: Linear(in, hidden), BatchNorm (2 x hidden), Linear(hidden, hidden), the output
    BatchNorm (2 x hidden), one eps when learnt; then Linear(hidden, classes). BatchNorm statistics are buffers."""
    n = 0
    for cin in [features] + [hidden] * (layers - 2):
        n += (cin * hidden + hidden) + 2 * hidden + (hidden * hidden + hidden) + 2 * hidden + int(learn_eps)
    return n + hidden * classes + classes


def test_the_builders_parameter_counts_are_what_its_code_says():
    # a small configuration, counted by hand: layer 1 = 5*4+4 + 8 + 4*4+4 + 8 = 60, layer 2 = 56, classifier 15
    for variant, learn, expected in (("gin0", False, 131), ("gin_eps", True, 133)):
        a = _gin(variant)
        assert a.config["learn_eps"].value is learn
        assert _by_hand(5, 4, 3, 3, learn) == expected
        assert a.count_params("full", input_size=5, hidden_size=4, num_classes=3, num_layers=3) == expected
    a = _gin()  # no variant named: GIN-0, the paper's defaults (5 GNN layers incl. input, 2-layer MLPs, 64 hidden)
    assert a.name == "GIN-0 (5 layers incl. input, 2-layer MLPs, 64 hidden)" and a.source == "cell"
    assert a.count_params("full") == _by_hand(1433, 64, 7, 5, False) == 122_375
    assert a.count_params("smoke") == _by_hand(64, 16, 7, 5, False) == 3_319  # same network: narrower, fewer inputs
    assert a.smoke_scaling == "64 input features instead of 1433, 16 hidden units instead of 64"
    eps = _gin("gin_eps")
    assert eps.name.startswith("GIN-ε") and eps.count_params("full") == 122_375 + 4  # one eps per GIN layer


def test_the_catalogue_names_gin_from_a_sentence():
    assert identify("We develop a simple architecture, Graph Isomorphism Network (GIN).") == ("gin", None)
    assert identify("A GIN that learns ε by gradient descent, which we call GIN-ε.")[0] == "gin"
    assert identify("which we call GIN-ε, and") == ("gin", "gin_eps")
    assert identify("GIN-0 fits the training data.") == ("gin", "gin0")
    assert identify("GINs shine on the social network datasets.") == ("gin", None)
    assert identify("The GCN of Kipf and Welling.") == ("gcn", None)  # the GCN stays the GCN
    assert identify("a gin and tonic; begin the sequence") is None


def _cells(nb):
    return {(c.metadata.get("mlintern") or {}).get("role"): c.source for c in nb.cells}


@pytest.fixture(scope="module")
def gin_paper(tmp_path_factory) -> tuple:
    """gin.pdf built from benchmarks/heldout/papers2 (a dev paper of batch 2) and read once."""
    spec = importlib.util.spec_from_file_location("heldout_build", ROOT / "benchmarks" / "heldout" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    pdf, _truth = build.build("gin", 2)
    path = tmp_path_factory.mktemp("gin") / "gin.pdf"
    path.write_bytes(pdf)
    from mlintern_nb.paper import parse
    return parse(path), path


def test_the_gin_paper_is_planned_with_gin_against_the_registry_gcn(gin_paper):
    import ast

    from mlintern_nb.notebook.pipeline import plan_spec
    spec, path = gin_paper
    assert (spec.architecture.kind, spec.architecture.variant) == ("gin", "gin0")
    for profile in ("smoke", "full"):
        nb = plan_spec(spec, profile, path)
        meta = nb.metadata["mlintern"]
        arch = meta["architecture"]
        assert arch["name"] == "GIN-0 (5 layers incl. input, 2-layer MLPs, 64 hidden)" and arch["source"] == "cell"
        assert arch["params_full"] == 122_375 and meta["hardware"]["params"] == 122_375
        claim = meta["claim"]
        assert claim["arms"] == ["GCN (two layers, the registry's)", arch["name"]]
        base = claim["baseline"]  # the results table's rows, from the GCN's to GIN-0's
        assert base["source"] == "results table" and base["page"] == 4
        assert base["text"].startswith("Mean–1-layer (GCN) 74.0 ± 3.4") and "GIN-0 (Sum–MLP) 75.1" in base["text"]
        cells = _cells(nb)
        assert "GRAPH_MODEL = 'gin'" in cells["config"]
        assert "{'GRAPH_MODEL': 'gcn'}" in cells["claim"] and "{'GRAPH_MODEL': 'gin'}" in cells["claim"]
        model = cells["model"]
        ast.parse(model)
        assert f"# architecture: {arch['name']} (cell); profile {profile}" in model
        assert model.index("model = GIN(") < model.index('if GRAPH_MODEL == "gcn":') < model.index("model = GCN(")
        assert "node classification" in model and "last layer's node representations" in model
        hidden = 16 if profile == "smoke" else 64
        assert f"hidden={hidden}, classes=C,\n            layers=5, mlp_layers=2, learn_eps=False)" in model
        if profile == "smoke":
            assert ("# smoke: same architecture scaled down: 64 input features instead of 1433, 16 hidden units "
                    "instead of 64") in model


def test_both_arms_of_the_model_cell_build_and_take_a_step(gin_paper):
    import torch

    from mlintern_nb.notebook.pipeline import plan_spec
    spec, path = gin_paper
    model_cell = _cells(plan_spec(spec, "smoke", path))["model"]
    n, f, c = 12, 8, 3
    adj = (torch.rand(n, n) < 0.3).float()
    adj = ((adj + adj.T + torch.eye(n)) > 0).float()
    base = {"F_DIM": f, "C": c, "dropout": 0.5, "first_layer_weight_decay": 5e-4, "torch": torch,
            "A_norm": adj, "X_t": torch.rand(n, f), "y_t": torch.randint(0, c, (n,)), "train_idx_t": torch.arange(6)}
    kinds = {}
    for arm in ("gin", "gcn"):
        ns = dict(base, GRAPH_MODEL=arm)
        exec(model_cell, ns)  # noqa: S102 - the planned cell
        kinds[arm] = type(ns["model"].net).__name__
        loss = ns["compute_loss"](ns["model"], None)
        loss.backward()
        assert torch.isfinite(loss)
    assert kinds == {"gin": "GIN", "gcn": "GCN"}


@pytest.mark.parametrize("row,arms", [
    ("Method Cora Citeseer Pubmed GCN 81.5 70.3 79.0 GAT (ours) 83.0 ± 0.7 72.5 ± 0.7 79.0 ± 0.3", True),
    ("Model layers hidden dropout GCN 2 16 0.5 GAT 2 64 0.6", False),  # sizes, not scores: no comparison
], ids=["scores", "sizes"])
def test_a_results_table_with_gcn_and_the_papers_rows_is_the_comparison(tmp_path, row, arms):
    # a GAT paper without a sentence that beats the GCN (only the cost one): its results table compares
    from mlintern_nb.notebook.pipeline import plan_spec
    from tests.test_graph_arms import LINES, _spec
    claim = plan_spec(_spec(tmp_path, "gat", [LINES[0], row]), "smoke").metadata["mlintern"]["claim"]
    assert (claim["arms"][:1] == ["GCN (two layers, the registry's)"]) is arms, claim
    if arms:
        assert claim["baseline"]["text"].startswith("GCN 81.5") and claim["baseline"]["text"].endswith("79.0 ± 0.3")


@pytest.mark.slow
def test_the_gin_smoke_notebook_runs_to_a_verdict(gin_paper, tmp_path, run_local_notebook):
    from mlintern_nb.notebook.pipeline import plan_spec
    from mlintern_nb.plan.claims import record_claim
    spec, path = gin_paper
    out = run_local_notebook(plan_spec(spec, "smoke", path), tmp_path)
    result = record_claim(out)
    assert result["arms"][1].startswith("GIN-0") and result["verdict"] in ("reproduced", "not reproduced"), result
    assert all(len(v) == 2 and all(math.isfinite(x) for x in v) for v in result["values"].values()), result
    printed = "".join(o.get("text", "") for c in out.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "GIN-0 (5 layers incl. input, 2-layer MLPs, 64 hidden), random init - " in printed, printed[-800:]
