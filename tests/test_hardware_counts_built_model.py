"""The hardware estimate and the claim's "parameters of the full model" count the model the notebook's model
cell builds: the registry's count when the cell builds the paper's architecture (a 7B decoder is not
estimated at 0.1B), the recipe's analytic estimate when it builds the recipe's template."""
from __future__ import annotations

from mlintern_nb.notebook.pipeline import plan_spec
from mlintern_nb.paper.spec import Grounded, PaperSpec


def _spec(kind, variant, family, name):
    arch = Grounded(value=name, page=1, quote=f"We use {name}.")
    arch.kind, arch.variant = kind, variant
    return PaperSpec(title="t", architecture=arch, task_family=family)


def test_a_registry_model_is_counted_not_estimated():
    nb = plan_spec(_spec("mistral", "7b", "causal-lm", "Mistral 7B"), "full")
    meta = nb.metadata["mlintern"]
    built = meta["architecture"]["params_full"]
    assert 7.0e9 < built < 7.5e9
    assert meta["hardware"]["params"] == built == meta["claim"]["params"]["full_model"]
    hw = next(c.source for c in nb.cells if (c.metadata.get("mlintern") or {}).get("role") == "hardware")
    assert "7.2 B parameters" in hw


def test_a_template_keeps_the_recipes_estimate():
    spec = PaperSpec(title="t", task_family="causal-lm")
    nb = plan_spec(spec, "full")
    meta = nb.metadata["mlintern"]
    assert "architecture" not in meta
    assert meta["hardware"]["params"] > 0
