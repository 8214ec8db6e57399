"""The paper's claim as arms for two method families: a denoising seq2seq pre-training paper compares
noising schemes (token masking vs the scheme it finds best), a parameter-efficient fine-tuning paper
claims parity with full fine-tuning (LoRA vs every weight training, same pre-trained base)."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from mlintern_nb.plan import plan, spec_from_dict
from mlintern_nb.plan.claims import VERDICTS, record_claim
from mlintern_nb.plan.recipes import _seq2seq_denoising as denoising
from mlintern_nb.plan.recipes.lora_finetune import parity_margin


def _g(value, page=2):
    return {"value": value, "page": page, "quote": value}


def _spec(family, title, claim, arch=None):
    d = {"title": title, "task_family": family, "claim": _g(claim)}
    if arch:
        d["architecture"] = _g(arch, page=3)
    return spec_from_dict(d)


DENOISE = ("seq2seq", "Denoising pre-training of encoder-decoders for generation",
           "Text infilling outperforms token masking as a noising scheme for pre-training the encoder-decoder.")
TRANSLATE = ("seq2seq", "Attention-only networks for translation",
             "The model translates better than recurrent encoder-decoders at a fraction of the training cost.")
ADAPT = ("lora-finetune", "Low-rank updates for adapting large language models",
         "Low-rank adapters match full fine-tuning while training one percent of the parameters.")
LATENCY = ("lora-finetune", "Low-rank updates for adapting large language models",
           "The adapters add no inference latency on GPUs.")


def _claim(nb):
    return nb.metadata["mlintern"]["claim"]


def _cell(nb, role):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == role)


def _arms_in_cell(nb):
    src = _cell(nb, "claim")
    line = next(l for l in src.splitlines() if l.startswith("ARMS = "))
    return {a["name"]: a for a in eval(line[len("ARMS = "):])}


# -- generic specs ------------------------------------------------------------------------------------------
def test_a_noising_comparison_gets_token_masking_vs_the_best_scheme():
    nb = plan(_spec(*DENOISE), "smoke")
    c = _claim(nb)
    # no dataset named: the recipe's default, a translation set, so its metric is BLEU
    assert c["arms"] == ["token masking", "text infilling"] and c["metric"] == "bleu"
    arms = _arms_in_cell(nb)
    assert arms["token masking"]["overrides"] == {"NOISING": "token masking"}
    assert arms["text infilling"]["role"] == "proposed" and arms["text infilling"]["higher_is_better"]
    assert "NOISING = 'text infilling'" in _cell(nb, "config")
    assert f"max_steps: int = {denoising.SMOKE_STEPS['max_steps']} " in _cell(nb, "parameters")  # 5 runs: a shorter budget
    model = _cell(nb, "model")
    # pre-training runs before the summary line, fine-tuning is the shared train cell
    assert model.index("DENOISE_STEPS") < model.index("print(MODEL_NOTE")
    assert 'itos.append("<mask>")' in _cell(nb, "data")


def test_a_seq2seq_claim_without_noising_schemes_gets_no_arms_and_the_plain_cells():
    nb = plan(_spec(*TRANSLATE), "smoke")
    assert _claim(nb)["arms"] == [] and _claim(nb)["verdict"] == "no comparison"
    assert "NOISING" not in _cell(nb, "config") and "DENOISE_STEPS" not in _cell(nb, "model")
    assert "<mask>" not in _cell(nb, "data")
    assert nb.cells[-1].metadata.get("mlintern", {}).get("role") != "claim"


def test_a_parity_claim_with_full_fine_tuning_gets_both_arms_not_worse():
    nb = plan(_spec(*ADAPT), "smoke")
    c = _claim(nb)
    assert c["arms"] == ["full fine-tuning", "LoRA"] and c["metric"] == "eval_loss"
    arms = _arms_in_cell(nb)
    assert arms["full fine-tuning"] == {**arms["full fine-tuning"], "role": "baseline",
                                        "overrides": {"finetune": "full"}, "higher_is_better": False}
    assert arms["LoRA"]["kind"] == "not worse" and arms["LoRA"]["margin"] == 0.0
    assert "finetune: str = 'lora'" in _cell(nb, "parameters")
    assert '"trainable_params"' in _cell(nb, "eval")


def test_a_lora_claim_that_compares_with_nothing_gets_no_arms():
    c = _claim(plan(_spec(*LATENCY), "smoke"))
    assert c["arms"] == [] and c["verdict"] == "no comparison" and "fine-tuning" in c["why"]


@pytest.mark.parametrize("text,margin", [("it retains 97 % of the quality", 0.03), ("within 1.5% of full fine-tuning", 0.015),
                                         ("matches full fine-tuning", 0.0)])
def test_the_parity_margin_is_the_papers_own(text, margin):
    assert parity_margin(text) == pytest.approx(margin)


def test_the_best_scheme_is_the_one_the_sentence_calls_best():
    said = "We evaluate noising approaches, finding the best performance by shuffling the order of the sentences and in-filling."
    assert denoising.best_scheme(said, None) == "text infilling + sentence permutation"
    assert denoising.best_scheme("Token deletion outperforms token masking.", None) == "token deletion"
    assert denoising.best_scheme("Noising schemes differ.", None) == "text infilling"


def _noise():
    src = denoising.PRETRAIN[: denoising.PRETRAIN.index("_limit =")]
    ns = {"MASK": 999, "MASK_RATIO": 0.3}
    exec(src, ns)
    return ns["noise"]


def test_the_noising_functions_corrupt_as_the_schemes_say():
    noise, rng = _noise(), np.random.default_rng(0)
    doc = [list(range(1, 11)), list(range(11, 21))]
    masked = noise(doc, "token masking", rng)
    assert len(masked) == 20 and masked.count(999) == 6
    assert [t for t in masked if t != 999] == [t for t in range(1, 21) if t in masked]
    deleted = noise(doc, "token deletion", rng)
    assert len(deleted) == 14 and 999 not in deleted and deleted == sorted(deleted)
    masks = removed = 0
    for _ in range(20):  # spans of Poisson(3) length, each ONE mask: fewer masks than tokens removed
        filled = noise(doc, "text infilling", rng)
        kept = [t for t in filled if t != 999]
        assert kept == sorted(kept) and 999 in filled and len(kept) < 20
        masks, removed = masks + filled.count(999), removed + 20 - len(kept)
    assert masks < removed
    permuted = noise(doc, "sentence permutation", np.random.default_rng(1))
    assert sorted(permuted) == list(range(1, 21)) and permuted in (doc[0] + doc[1], doc[1] + doc[0])
    both = noise(doc, "text infilling + sentence permutation", rng)
    assert 999 in both and set(both) - {999} <= set(range(1, 21))


# -- the real papers ----------------------------------------------------------------------------------------
@pytest.mark.papers
def test_bart_pdf_plans_token_masking_vs_infilling_with_a_verbatim_baseline_sentence(shared_papers, parse_once):
    from mlintern_nb.paper import parse, read
    nb = plan(parse(shared_papers / "bart.pdf"), "smoke")
    c = _claim(nb)
    assert c["arms"] == ["token masking", "text infilling + sentence permutation"] and c["metric"] == "rouge_l"
    b = c["baseline"]
    assert "noising" in b["text"].lower()
    page = " ".join(read(shared_papers / "bart.pdf").pages[b["page"] - 1].text.split())
    assert b["quote"] in page
    assert _arms_in_cell(nb)["token masking"]["role"] == "baseline"


@pytest.mark.papers
def test_lora_pdf_plans_full_fine_tuning_vs_lora_as_a_parity_claim(shared_papers, parse_once):
    from mlintern_nb.paper import parse, read
    nb = plan(parse(shared_papers / "lora.pdf"), "smoke")
    c = _claim(nb)
    assert c["arms"] == ["full fine-tuning", "LoRA"] and c["metric"] == "eval_loss"
    assert _arms_in_cell(nb)["LoRA"]["kind"] == "not worse"
    page = " ".join(read(shared_papers / "lora.pdf").pages[c["page"] - 1].text.split())
    assert "fine-tun" in c["text"] and c["quote"] in page


# -- the smoke notebooks run, and the claim gets a verdict --------------------------------------------------
def _run(spec, tmp_path, run_local_notebook):
    out = run_local_notebook(plan(spec, "smoke"), tmp_path)
    metrics = json.loads((tmp_path / "mlintern_output" / "metrics.json").read_text())["metrics"]
    return metrics, record_claim(out)


@pytest.mark.slow
# the LoRA arms run with the registry's GPT-2 base in tests/test_recipe_registry_text.py (the same claim cell)
@pytest.mark.parametrize("case,metric", [(DENOISE, "bleu")], ids=["denoising"])
def test_the_smoke_notebook_gives_the_claim_a_verdict(case, metric, tmp_path, run_local_notebook):
    metrics, claim = _run(_spec(*case), tmp_path, run_local_notebook)
    assert metric in metrics and all(math.isfinite(v) for v in metrics.values()), metrics
    assert claim["verdict"] in VERDICTS and claim["verdict"] != "no comparison", claim
    assert set(claim["values"]) == set(claim["arms"]) and all(len(v) == 2 for v in claim["values"].values())
