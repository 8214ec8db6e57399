"""The text recipes build the registry's model when it resolves the kind their template builds: BERT for
text-classification (wrapped in the mean-pooled head), GPT-2 for causal-lm and for lora-finetune's frozen base.
The planned notebook names that architecture in its metadata, and its model cell, executed on the meta device,
has the registry's parameter count; a spec the registry cannot size keeps the template. Invented specs."""
from __future__ import annotations

import textwrap

import pytest

from mlintern_nb.plan.architectures import count, ensure_torchvision_importable, resolve

ensure_torchvision_importable()

import torch  # noqa: E402

from mlintern_nb.plan import plan, spec_from_dict  # noqa: E402


def _spec(family, arch=None):
    d = {"title": "A model", "task_family": family}
    if arch:
        d["architecture"] = {"value": arch, "page": 3, "quote": arch}
    return spec_from_dict(d)


def _model_cell(nb):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "model")


def _registry_block(cell: str) -> str:
    """The registry's code as the cell pastes it: from its header line to the statement building ``model``."""
    lines = cell.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("# architecture: "))
    end = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("model = "))
    return textwrap.dedent("\n".join(l for l in lines[start:end + 1] if not l.startswith("#")))


def _run_on_meta(code: str, **names) -> dict:
    ns = {"torch": torch, "HUB": False, "PRETRAINED_ID": "", "dropout": 0.1, "gradient_checkpointing": False,
          "max_seq_length": 128, "EOS_ID": 0, "seed": 0, "BASE_PRETRAIN_STEPS": 0, **names}
    with torch.device("meta"):
        exec(compile(code, "<model cell>", "exec"), ns)  # noqa: S102 - the planned notebook's own cell
    return ns


CASES = {  # family, architecture text, the class the registry's code builds, notebook names set before the cell
    "text-classification": ("BERT-LARGE, a bidirectional Transformer encoder", "BertForSequenceClassification(config)",
                            {"num_labels": 2}),
    "causal-lm": ("GPT-2 medium, a Transformer decoder", "GPT2LMHeadModel(config)", {}),
    "lora-finetune": ("a frozen GPT-2 medium with low-rank updates", "GPT2LMHeadModel(config)",
                      {"finetune": "full", "lora_r": 4, "lora_alpha": 8, "lora_dropout": 0.0,
                       "lora_target_modules": "c_attn"}),
}


@pytest.mark.parametrize("family", list(CASES))
def test_the_notebook_builds_the_registry_model_in_both_profiles(family):
    arch_text, cls, names = CASES[family]
    spec = _spec(family, arch_text)
    arch = resolve(spec)
    assert arch is not None and arch.kind in ("bert", "gpt2"), arch
    for profile in ("smoke", "full"):
        nb = plan(spec, profile)
        meta = nb.metadata["mlintern"]["architecture"]
        assert meta["name"] == arch.name, meta
        cell = _model_cell(nb)
        assert f"profile {profile}" in cell and cls in cell and "VOCAB_SIZE" in cell
    vocab = arch.values("full")["vocab_size"]
    block = _run_on_meta(_registry_block(cell), VOCAB_SIZE=vocab, **names)
    assert count(block["model"]) == meta["params_full"] == arch.count_params("full")
    whole = _run_on_meta(cell, VOCAB_SIZE=vocab, **names)  # the recipe's glue keeps the registry's parameters
    assert count(whole["model"]) == meta["params_full"]
    assert callable(whole["compute_loss"]) and meta["name"] in whole["MODEL_NOTE"]


def test_the_bert_wrapper_classifies_mean_pooled_states_and_rebuilds_from_a_config():
    cell = _model_cell(plan(_spec("text-classification", "BERT-base"), "smoke"))
    ns = {"torch": torch, "HUB": False, "PRETRAINED_ID": "", "dropout": 0.0, "gradient_checkpointing": False,
          "VOCAB_SIZE": 50, "num_labels": 3}
    exec(compile(cell, "<model cell>", "exec"), ns)  # noqa: S102
    model = ns["model"]
    assert type(model).__name__ == "MeanPoolClassifier" and model.bert.pooler is not None
    assert all(m.p == 0.0 for m in model.modules() if isinstance(m, torch.nn.Dropout))  # the notebook's dropout
    ids = torch.randint(5, 50, (4, 7))
    mask = torch.ones_like(ids)
    mask[:, 4:] = 0
    model.eval()
    out = model(input_ids=ids, attention_mask=mask, labels=torch.tensor([0, 1, 2, 0]))
    assert out.logits.shape == (4, 3) and torch.isfinite(out.loss)
    padded = ids.clone()
    padded[:, 4:] = 7  # the padded positions do not change the prediction
    assert torch.allclose(model(input_ids=padded, attention_mask=mask).logits, out.logits, atol=1e-5)
    again = type(model)(model.config)  # the pre-training arms rebuild the classifier from a config
    assert count(again) == count(model)


@pytest.mark.parametrize("family,arch_text,template", [
    ("text-classification", None, "model = MeanPoolClassifier(config)"),
    ("causal-lm", None, "config = GPT2Config(vocab_size=VOCAB_SIZE"),
    ("lora-finetune", None, "base_config = GPT2Config(vocab_size=VOCAB_SIZE"),
    ("lora-finetune", "LLaMA-7B with low-rank updates", "base_config = GPT2Config(vocab_size=VOCAB_SIZE"),
])
def test_without_a_registry_model_of_the_templates_kind_the_template_stays(family, arch_text, template):
    nb = plan(_spec(family, arch_text), "smoke")
    assert "architecture" not in nb.metadata["mlintern"]
    cell = _model_cell(nb)
    assert template in cell and "# architecture: " not in cell
    compile(cell, "<model cell>", "exec")


# -- the registry's models run in the smoke notebooks, with the claims' arms ---------------------------------

PRETRAIN_CLAIM = ("A deep bidirectional encoder pre-trained as a masked language model transfers better than a "
                  "left-to-right language model.")
PARITY_CLAIM = "Low-rank adapters match full fine-tuning while training one percent of the parameters."


@pytest.mark.slow
@pytest.mark.parametrize("family,arch_text,claim,metric", [
    ("text-classification", "BERT-base, a bidirectional Transformer encoder", PRETRAIN_CLAIM, "accuracy"),
    ("lora-finetune", "a frozen GPT-2 medium with low-rank updates", PARITY_CLAIM, "eval_loss"),
], ids=["bert-pretraining-arms", "gpt2-base-lora-arms"])
def test_the_registry_model_runs_the_claims_arms(family, arch_text, claim, metric, tmp_path, run_local_notebook):
    import json
    import math

    from mlintern_nb.plan.claims import VERDICTS, record_claim
    spec = spec_from_dict({"title": "A model", "task_family": family, "architecture": {
        "value": arch_text, "page": 3, "quote": arch_text}, "claim": {"value": claim, "page": 2, "quote": claim}})
    nb = plan(spec, "smoke")
    assert nb.metadata["mlintern"]["architecture"]["name"] == resolve(spec).name
    out = run_local_notebook(nb, tmp_path)
    metrics = json.loads((tmp_path / "mlintern_output" / "metrics.json").read_text())["metrics"]
    assert metric in metrics and all(math.isfinite(v) for v in metrics.values()), metrics
    claim = record_claim(out)
    assert claim["verdict"] in VERDICTS and claim["verdict"] != "no comparison", claim
    assert set(claim["values"]) == set(claim["arms"]) and all(len(v) == 2 for v in claim["values"].values())
    saved = json.loads((tmp_path / "mlintern_output" / "claim.json").read_text())
    assert saved["verdict"] == claim["verdict"]
    runs = sorted(p.name for p in (tmp_path / "mlintern_output" / "arms").iterdir())
    assert runs == ["run0", "run1", "run2", "run3"], runs  # 2 arms x 2 seeds, each its own run
    claim_cell = next(c for c in out.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "claim")
    text = "\n".join(o.get("text", "") for o in claim_cell.outputs)
    if family == "text-classification":
        assert len({v for vals in claim["values"].values() for v in vals}) > 1  # the objectives made a difference
        # the arms' own training logs stay out of the claim cell's output (the repair loop would read them as one log)
        assert "pre-training (ltr)" not in text and "pre-training (mlm)" not in text
    else:  # the trainable-parameter count of the LoRA run is far below the full model's
        assert 0 < metrics["trainable_params"] < 0.2 * metrics["trainable_params"] / metrics["trainable_fraction"]
    print(family, metrics, claim["verdict"], claim["values"])
