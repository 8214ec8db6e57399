"""The speech-recognition recipe: registered for its family, plans invented specs (model from the architecture
registry, synthetic stand-in audio, the pre-training arms only when the claim credits self-supervised
pre-training), and its smoke notebook runs to the end with finite WER / CER and a verdict (slow, local kernel)."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch

from mlintern_nb.paper.extraction.architecture_names import identify
from mlintern_nb.plan import plan, registry, spec_from_dict
from mlintern_nb.plan.architectures import resolve
from mlintern_nb.plan.claims import VERDICTS, record_claim
from mlintern_nb.plan.recipes import speech_recognition as sr

FAMILY = "speech-recognition"


def _g(value, page=1, **extra):
    return {"value": value, "page": page, "quote": value, **extra}


def _spec(claim, arch=None, kind=None, variant=None, params=None, contribution=None, datasets=()):
    d = {"title": "Learning acoustic models for recognising spoken words", "task_family": FAMILY,
         "claim": _g(claim, page=2), "datasets": [_g(x, page=4) for x in datasets]}
    if arch:
        d["architecture"] = _g(arch, page=3, kind=kind, variant=variant)
    if params:
        d["architecture_params"] = {k: {"value": str(v), "page": 3, "quote": f"{k} {v}", "numbers": [v]}
                                    for k, v in params.items()}
    if contribution:
        d["contribution"] = {"value": contribution, "page": 1, "quote": contribution}
    return spec_from_dict(d)


PRETRAINING = ("Self-supervised pre-training of the encoder on unlabelled audio, followed by fine-tuning with CTC, "
               "lowers the word error rate when little labelled speech is available.")


def _cell(nb, role):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == role)


def test_the_recipe_is_registered_for_its_family():
    assert registry.get(FAMILY) is sr.RECIPE and FAMILY in registry.families()
    assert any(fam == FAMILY for fam, _pat, _w in registry.family_rules())


def test_a_pretraining_claim_plans_pretrained_vs_not_on_word_error_rate():
    nb = plan(_spec(PRETRAINING, "wav2vec 2.0 BASE", "wav2vec2", "base", datasets=["LibriSpeech"]), "smoke")
    meta = nb.metadata["mlintern"]
    assert meta["recipe"] == FAMILY and meta["dataset"]["name"] == "LibriSpeech"
    claim = meta["claim"]
    assert claim["arms"] == ["no pre-training (same model, random init)",
                             "self-supervised pre-training, then CTC fine-tuning"]
    assert claim["metric"] == "wer"
    model = _cell(nb, "model")
    assert "Wav2Vec2ForCTC(config)" in model and "vocab_size=VOCAB_SIZE" in model
    assert "freeze_feature_encoder()" in model and "_sample_negative_indices" in model
    assert "PRETRAIN_CLASS = 'Wav2Vec2ForPreTraining'" in _cell(nb, "config")
    assert "STAND-IN" in _cell(nb, "data")
    assert not [lic for lic in meta["licenses"] if lic["flag"] == "unknown"], meta["licenses"]
    # the full model is wav2vec 2.0 BASE: within 5 % of the 95M parameters such papers state
    assert abs(meta["hardware"]["params"] / 95e6 - 1) < 0.05
    arms = next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "claim")
    assert "'higher_is_better': False" in arms and "'PRETRAIN_STEPS': 0" in arms


def test_an_architecture_claim_gets_no_arms_and_the_papers_own_encoder():
    nb = plan(_spec("Convolution-augmented Transformer blocks reach a lower word error rate than recurrent models.",
                    "a Conformer encoder", "conformer", None, contribution="architecture"), "smoke")
    claim = nb.metadata["mlintern"]["claim"]
    assert claim["arms"] == [] and "self-supervised pre-training" in claim["why"]
    assert "Wav2Vec2ConformerForCTC(config)" in _cell(nb, "model")
    assert "PRETRAIN_STEPS" not in _cell(nb, "config")


def test_an_encoder_without_a_pretraining_class_says_why_there_is_no_comparison():
    nb = plan(_spec(PRETRAINING, "HuBERT Base", "hubert", "base"), "smoke")
    claim = nb.metadata["mlintern"]["claim"]
    assert claim["arms"] == [] and "no pre-training class" in claim["why"]
    assert "HubertForCTC(config)" in _cell(nb, "model")


def test_no_named_encoder_gets_wav2vec2_base_and_smoke_is_the_same_class_scaled_down():
    spec = _spec("Our acoustic model lowers the word error rate.")
    full, smoke = (_cell(plan(spec, p), "model") for p in ("full", "smoke"))
    assert "Wav2Vec2ForCTC(config)" in full and "Wav2Vec2ForCTC(config)" in smoke
    assert "num_hidden_layers=12" in full and "hidden_size=768" in full
    assert "num_hidden_layers=2" in smoke and "conv_dim=(32, 32, 32, 32, 32, 32, 32)" in smoke


def test_the_papers_stated_sizes_size_the_full_model():
    spec = _spec(PRETRAINING, "wav2vec 2.0", "wav2vec2", None, params={"num_layers": 24, "hidden_size": 1024,
                                                                       "num_heads": 16, "ffn_size": 4096})
    a = resolve(spec)
    assert a.kind == "wav2vec2" and a.config["num_layers"].from_paper
    assert abs(a.count_params("full") / 317e6 - 1) < 0.05  # LARGE's stated 317M


@pytest.mark.parametrize("kind,variant,expected", [
    ("wav2vec2", "base", 94_396_320),    # the papers' 95M (32-character CTC head)
    ("wav2vec2", "large", 315_471_520),  # 317M
    ("hubert", "xlarge", 962_538_400),   # 964M
])
def test_known_speech_parameter_counts(kind, variant, expected):
    spec = _spec(PRETRAINING, f"{kind} {variant}", kind, variant)
    assert resolve(spec).count_params("full") == expected


@pytest.mark.parametrize("text,expected", [
    ("we fine-tune wav2vec 2.0 LARGE with CTC", ("wav2vec2", "large")),
    ("the wav2vec 2.0 model", ("wav2vec2", None)),
    ("HuBERT X-Large", ("hubert", "xlarge")),
    ("a Conformer (L) encoder", ("conformer", None)),
    ("Conformer-M", ("conformer", "medium")),
    ("the original wav2vec model", None),  # wav2vec 1.0 (a CNN) is not wav2vec 2.0
])
def test_the_catalogue_names_speech_encoders(text, expected):
    assert identify(text) == expected


def test_the_stand_in_audio_is_deterministic_and_decodes_back():
    arch = dict(sr.SpeechRecognition.arch_smoke, train_utterances=6, eval_utterances=2, unlabelled_utterances=2)

    def run(seed):
        ns = {"np": np, "torch": torch, "ARCH": arch, "seed": seed, "data_dir": "", "DATASET_NAME": "LibriSpeech"}
        exec(sr.DATA, ns)  # noqa: S102 - the recipe's own cell
        return ns

    a, b, c = run(0), run(0), run(1)
    assert [t for _, t in a["train_ds"]] == [t for _, t in b["train_ds"]]
    assert all(np.array_equal(x, y) for (x, _), (y, _) in zip(a["train_ds"], b["train_ds"]))
    assert [t for _, t in a["train_ds"]] != [t for _, t in c["train_ds"]]
    wave, text = a["train_ds"][0]
    assert wave.dtype == np.float32 and len(wave) > 0.1 * arch["sample_rate"] and text
    x, m, y = a["collate"](a["train_ds"][:3])
    assert x.shape == m.shape and y.shape[0] == 3 and int(m[0].sum()) == len(a["train_ds"][0][0])
    # greedy CTC decoding collapses repeats and drops blanks (id 0) back to the transcript
    ids = [i for c in a["encode"](text) for i in (c, c, 0)]
    assert a["decode"](ids) == text


def test_word_and_character_error_rates_count_edits():
    ns = {}
    src = sr.EVAL.split("model.eval()")[0]  # the cell's edit distance, not its evaluation loop
    exec(src, ns)  # noqa: S102
    ed = ns["edit_distance"]
    assert ed("kitten".split(), "kitten".split()) == 0
    assert ed("the cat sat".split(), "the bat sat down".split()) == 2
    assert ed("kitten", "sitting") == 3


@pytest.mark.slow
def test_smoke_notebook_runs_to_the_end_with_finite_error_rates_and_a_verdict(tmp_path, run_local_notebook):
    out = run_local_notebook(plan(_spec(PRETRAINING, "wav2vec 2.0 BASE", "wav2vec2", "base"), "smoke"), tmp_path)
    m = json.loads((tmp_path / "mlintern_output" / "metrics.json").read_text())["metrics"]
    assert {"wer", "cer", "eval_ctc_loss"} <= set(m) and all(math.isfinite(v) for v in m.values()), m
    assert 0.0 <= m["cer"] and 0.0 <= m["wer"]
    claim = record_claim(out)
    assert claim["verdict"] in VERDICTS and claim["verdict"] != "no comparison"
    assert all(len(v) == 2 for v in claim["values"].values()), claim


def _run_cells_until_train(nb, tmp_path, monkeypatch, **replace):
    """Execute the notebook's cells up to the train cell in this process (tiny data), with config lines replaced."""
    monkeypatch.chdir(tmp_path)
    ns: dict = {"np": np, "torch": torch, "DEVICE": torch.device("cpu")}  # the set-up cell's names, without its
    for c in nb.cells:                                                      # process-wide switches (threads, determinism)
        if c.cell_type != "code":
            continue
        role = c.metadata["mlintern"]["role"]
        if role == "train":
            return ns
        if role == "setup":
            continue
        src = c.source
        for old, new in replace.items():
            src = src.replace(old, new)
        if role == "data":  # a few utterances: this checks the wiring, not the learning
            ns["ARCH"] = dict(ns["ARCH"], train_utterances=8, eval_utterances=4, unlabelled_utterances=16)
        exec(src, ns)  # noqa: S102 - the planned notebook's own cells
    return ns


def test_the_pretrained_arm_loads_its_encoder_and_freezes_the_feature_encoder(tmp_path, monkeypatch):
    torch.manual_seed(0)
    nb = plan(_spec(PRETRAINING, "wav2vec 2.0 BASE", "wav2vec2", "base"), "smoke")
    ns = _run_cells_until_train(nb, tmp_path, monkeypatch, **{"PRETRAIN_STEPS = 0": "PRETRAIN_STEPS = 2"})
    model, pt = ns["model"], ns["pt"]
    assert type(pt).__name__ == "Wav2Vec2ForPreTraining"
    for (name, a), (_, b) in zip(model.wav2vec2.state_dict().items(), pt.wav2vec2.state_dict().items()):
        assert torch.equal(a, b), name
    assert not any(p.requires_grad for p in model.wav2vec2.feature_extractor.parameters())
    assert "encoder pre-trained (2 steps" in ns["MODEL_NOTE"]
    # the baseline arm (zero pre-training steps): no encoder loaded, the whole model trains
    base = _run_cells_until_train(nb, tmp_path, monkeypatch)
    assert "pt" not in base and all(p.requires_grad for p in base["model"].parameters())
