"""The graph-learning (GCN), reinforcement-learning (policy/value MLPs) and image-generation (GAN and VAE
MLPs) recipes build the registry's architecture in their model cell, smoke and full: the cell carries the
registry's header and code, the notebook's metadata names the architecture, and the full cell's network --
the registry's statement and the wrapper the recipe puts around it -- has the metadata's ``params_full``
parameters. A spec of another kind keeps the recipe's template. Invented specs; the slow tests run the smoke
notebooks with their method arms (local kernel)."""
from __future__ import annotations

import json
import math
import re

import pytest

from mlintern_nb.paper.spec import Grounded, PaperSpec
from mlintern_nb.plan import plan
from mlintern_nb.plan.architectures import ensure_torchvision_importable, resolve
from mlintern_nb.plan.architectures.base import count
from mlintern_nb.plan.claims import record_claim

ensure_torchvision_importable()

import torch  # noqa: E402

# family, title, kind, the notebook's run-time names -> the registry's sizes, the line wrapping the registry's net
CASES = {
    "gcn": ("graph-learning", "Graph convolutional networks for semi-supervised node classification",
            {"F_DIM": "input_size", "C": "num_classes"}, "model = AdjacencyFirst(model)"),
    "policy_mlp": ("reinforcement-learning", "Proximal policy optimization with a clipped surrogate objective",
                   {"OBS_DIM": "obs_size", "N_ACTIONS": "action_size"}, "model = DiscretePolicy(model)"),
    "gan": ("image-generation", "Generative adversarial networks", {"D_IN": "data_size"},
            'model = DBN(D_IN, ARCH["hidden_size"]) if objective == "dbn" else PaperMLPGAN(paper_net)'),
    "vae": ("image-generation", "Auto-encoding variational inference", {"D_IN": "data_size"},
            "model = PaperVAE(paper_net)"),
}


def _spec(kind, name="the model", claim=None):
    family, title, *_ = CASES[kind]
    arch = Grounded(value=name, page=3, quote=f"We use {name}.")
    arch.kind, arch.variant = kind, None
    spec = PaperSpec(title=title, architecture=arch, task_family=family)
    if claim:
        spec.claim = Grounded(value=claim, page=2, quote=claim)
    return spec


def _model_cell(nb) -> str:
    return next(c.source for c in nb.cells if (c.metadata.get("mlintern") or {}).get("role") == "model")


def _network(cell: str, wrap: str, sizes: dict) -> torch.nn.Module:
    """The cell's lines from the registry's header to the recipe's wrapper, executed on the meta device with
    the run-time names set to ``sizes`` (what the full notebook's data cell sets them to)."""
    lines = cell.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# architecture: "))
    end = lines.index(wrap)
    ns = dict(sizes, objective="adversarial", ARCH={"hidden_size": 8})
    with torch.device("meta"):
        exec(compile("\n".join(lines[start:end + 1]), "<model cell>", "exec"), ns)
    return ns["model"]


@pytest.mark.parametrize("kind", list(CASES))
def test_the_model_cell_builds_the_registry_architecture_smoke_and_full(kind):
    family, _, runtime, wrap = CASES[kind]
    spec = _spec(kind)
    arch = resolve(spec)
    assert arch is not None and arch.kind == kind
    for profile in ("smoke", "full"):
        nb = plan(spec, profile)
        meta = nb.metadata["mlintern"]
        assert meta["recipe"] == family
        assert meta["architecture"]["name"] == arch.name
        cell = _model_cell(nb)
        assert f"# architecture: {arch.name} (cell); profile {profile}" in cell
        compile(cell, "<model cell>", "exec")
        if profile == "full":
            sizes = {name: arch.config[size].value for name, size in runtime.items()}
            assert count(_network(cell, wrap, sizes)) == meta["architecture"]["params_full"] == arch.count_params()
            assert meta["hardware"]["params"] == meta["architecture"]["params_full"]


@pytest.mark.parametrize("kind,template", [("gan", "model = GAN(D_IN"), ("vae", "model = VAE(D_IN")])
def test_the_generative_template_class_the_registry_replaces_is_left_out(kind, template):
    cell = _model_cell(plan(_spec(kind), "smoke"))
    assert template not in cell and f"class {kind.upper()}(nn.Module):\n    \"\"\"" not in cell
    other = {"gan": "VAE", "vae": "GAN"}[kind]
    assert f"class {other}(nn.Module)" not in cell  # the other kind's template is not in the cell either


def test_a_deeper_gcn_than_the_registrys_two_layers_stays_the_template():
    spec = _spec("gcn", name="a 3-layer graph convolutional network")
    nb = plan(spec, "full")
    assert "architecture" not in nb.metadata["mlintern"]
    cell = _model_cell(nb)
    assert 'model = GCN(F_DIM, ARCH["hidden_size"], C, ARCH["num_layers"])' in cell and "# architecture:" not in cell


def test_another_kind_keeps_its_own_path():
    # a DCGAN spec of the same recipe builds the convolutional G and D, not the MLP GAN
    spec = _spec("gan")
    spec.architecture.kind = "dcgan"
    spec.title = "Deep convolutional generative adversarial networks"
    cell = _model_cell(plan(spec, "smoke"))
    assert "DCGAN(z=" in cell and "PaperMLPGAN" not in cell


@pytest.mark.slow
@pytest.mark.parametrize("kind,claim,arms", [
    ("gan", "Samples are competitive with deep belief networks.", ["DBN", "GAN"]),
    ("vae", "The reparameterised estimator reaches a better lower bound than the wake-sleep algorithm.",
     ["wake-sleep", "AEVB"]),
])
def test_the_registry_generative_mlps_smoke_notebook_gives_a_verdict(kind, claim, arms, tmp_path, run_local_notebook):
    nb = plan(_spec(kind, claim=claim), "smoke")
    assert nb.metadata["mlintern"]["architecture"]["name"] == resolve(_spec(kind)).name
    out = run_local_notebook(nb, tmp_path)
    result = record_claim(out)
    assert result["arms"] == arms and result["verdict"] in ("reproduced", "not reproduced"), result
    assert all(len(v) == 2 and all(math.isfinite(x) for x in v) for v in result["values"].values()), result
    assert json.loads((tmp_path / "mlintern_output" / "claim.json").read_text())["verdict"] == result["verdict"]
    if kind == "gan":
        from tests.test_claim_arms_gan import dbn_learned_the_digits
        assert dbn_learned_the_digits(result["values"]["DBN"][0]), result["values"]
    metrics = json.loads((tmp_path / "mlintern_output" / "metrics.json").read_text())["metrics"]
    assert all(math.isfinite(v) for v in metrics.values()), metrics
    printed = "".join(o.get("text", "") for c in out.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert re.search(rf"{re.escape(resolve(_spec(kind)).name)}, random init - [\d,]+ parameters", printed), printed[-800:]
