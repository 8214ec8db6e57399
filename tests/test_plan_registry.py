"""Recipe plug-ins: the registry, the contract, and a family added as one recipe."""
from __future__ import annotations

import pytest

from mlintern_nb.paper.spec import TASK_FAMILIES
from mlintern_nb.plan import plan, spec_from_dict
from mlintern_nb.plan import registry
from mlintern_nb.plan.recipes import builtin_recipes
from mlintern_nb.plan.recipes.base import Recipe


def test_every_recipe_family_is_in_the_readers_vocabulary():
    fams = registry.families()
    assert len(fams) >= 6 and len(set(fams)) == len(fams)
    missing = [f for f in fams if f not in TASK_FAMILIES]
    assert not missing, f"recipes for families the reader never outputs: {missing}"


def test_builtin_recipes_come_from_the_package_without_installed_metadata():
    found = {r.family for r in builtin_recipes()}
    assert {"text-classification", "image-classification", "causal-lm", "seq2seq", "lora-finetune",
            "token-classification"} <= found
    assert set(registry.families()) >= found


def test_pyproject_declares_the_entry_point():
    import tomllib
    from pathlib import Path
    py = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert py["project"]["entry-points"]["mlintern_nb.recipes"]["builtin"] == registry.BUILTIN


@pytest.mark.parametrize("rec", builtin_recipes(), ids=lambda r: r.family)
def test_recipe_fulfils_the_contract(rec):
    assert isinstance(rec, Recipe) and rec.family and rec.default_dataset and rec.stand_in_text
    assert rec.smoke.get("batch_size") and rec.full.get("batch_size")
    assert rec.keywords and all(isinstance(p, str) and w > 0 for p, w in rec.keywords)
    assert rec.param_count(dict(rec.arch_full)) > 0
    assert rec.stand_in_label(rec.default_dataset).startswith("stand-in: ")


def test_family_rules_detect_with_each_recipes_keywords():
    import re
    rules = registry.family_rules()
    assert {f for f, _, _ in rules} == set(registry.families())
    hits = {f for f, p, _ in rules if re.search(p, "Named entity recognition with LoRA adapters", re.I)}
    assert {"token-classification", "lora-finetune"} <= hits


class _Toy(Recipe):
    """A family added at run time: one class, nothing else edited."""
    family = "toy-family"  # a family no built-in recipe plans
    priority = 999
    keywords = ((r"\btoy\b", 1),)
    default_dataset = "toy data"
    datasets = ((r"\btoy\b", "toy data", ""),)
    stand_in_text = "ten numbers made in the cell"
    model_family = "linear"
    smoke = {"learning_rate": 0.1, "batch_size": 4, "max_steps": 3}
    full = {"learning_rate": 0.1, "batch_size": 4, "max_steps": 3}

    def cell(self, role, plan):
        return {"data": "train_ds = eval_ds = list(range(10)); collate = None; DATA_NOTE = 'toy'",
                "model": "model = None  # TOY-MODEL", "eval": "metrics = {}"}[role]


def test_a_registered_recipe_is_planned_without_touching_the_planner(monkeypatch):
    monkeypatch.setattr(registry, "_registry", None)
    spec = spec_from_dict({"title": "A toy paper", "task_family": "toy-family",
                           "datasets": [{"value": "toy", "page": 1, "quote": "the toy set"}]})
    assert plan(spec).metadata["mlintern"]["recipe"] is None
    registry.register(_Toy())
    try:
        nb = plan(spec)
        src = "\n".join(c.source for c in nb.cells)
        assert nb.metadata["mlintern"]["recipe"] == "toy-family" and "TOY-MODEL" in src
        assert "ten numbers made in the cell" in src and nb.metadata["mlintern"]["dataset"]["name"] == "toy data"
    finally:
        registry.recipes(refresh=True)


def test_a_broken_plugin_is_logged_not_fatal(monkeypatch, caplog):
    class EP:
        name, value = "broken", "nowhere:nothing"
        def load(self):
            raise ImportError("no module named nowhere")
    monkeypatch.setattr(registry, "entry_points", lambda group: [EP()])
    fams = registry.recipes(refresh=True)
    assert "text-classification" in fams and "broken" in caplog.text
    registry.recipes(refresh=True)
