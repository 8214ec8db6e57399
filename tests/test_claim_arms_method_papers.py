"""Claim arms read from a method paper's own comparison (invented claims, no paper's words): pre-training vs
none, the normalisation proposed vs the one compared with, focal vs cross-entropy, adapters vs full
fine-tuning — and the notebook code each arm runs, executed on real torch / torchvision / transformers models."""
from __future__ import annotations

import ast
from types import SimpleNamespace

import pytest
import torch

from mlintern_nb.plan import plan, spec_from_dict
from mlintern_nb.plan.claims import COMPARE_WORDS
from mlintern_nb.plan.recipes import _normalisation as norms
from mlintern_nb.plan.recipes import _pretraining
from mlintern_nb.plan.recipes._detection_loss import LOSS_SWAP
from mlintern_nb.plan.recipes.lora_finetune import ADAPTER_CODE
from mlintern_nb.plan.recipes.object_detection import RECIPE as DETECTION


def _g(value, page=2):
    return {"value": value, "page": page, "quote": value}


def _spec(family, title, claim, arch=None):
    d = {"title": title, "task_family": family, "claim": _g(claim)}
    if arch:
        d["architecture"] = _g(arch, page=3)
    return spec_from_dict(d)


def _arms(nb):
    src = next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "claim")
    line = next(l for l in src.splitlines() if l.startswith("ARMS = "))
    return {a["role"]: a for a in ast.literal_eval(line[len("ARMS = "):])}


def _cell(nb, role):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == role)


# -- pre-training vs none -----------------------------------------------------------------------------------
def test_a_claim_crediting_generative_pretraining_compares_with_no_pretraining():
    arms, note = _pretraining.choose("Sizeable gains come from generative pre-training of a language model on "
                                     "raw text, followed by supervised fine-tuning on each task.", None)
    base, prop = arms
    assert base["overrides"] == {"PRETRAIN_OBJECTIVE": "ltr", "PRETRAIN_STEPS": 0}
    assert prop["overrides"] == {"PRETRAIN_OBJECTIVE": "ltr"} and "left-to-right" in prop["name"]
    assert "zero pre-training steps" in note
    # a model that is a left-to-right LM itself is pre-trained by its own objective, whatever the words say
    gpt_arms, _ = _pretraining.choose("Accuracy improves with pre-training on unlabelled text.", "gpt")
    assert gpt_arms[1]["overrides"] == {"PRETRAIN_OBJECTIVE": "ltr"}


def test_masked_pretraining_credit_uses_the_masked_objective_and_no_credit_means_no_arms():
    arms, _ = _pretraining.choose("Accuracy improves with denoising pre-training of the encoder on unlabelled text.",
                                  None)
    assert [a["overrides"]["PRETRAIN_OBJECTIVE"] for a in arms] == ["mlm", "mlm"]
    assert _pretraining.choose("Our encoder is smaller and faster than prior models at equal accuracy.", None) == ([], "")


def test_the_pretraining_arms_reach_the_text_classification_notebook():
    nb = plan(_spec("text-classification", "Semi-supervised sequence learning",
                    "We show that pre-training with a language model on unlabelled text, then fine-tuning, "
                    "outperforms training the classifier from scratch."), "smoke")
    arms = _arms(nb)
    assert arms["baseline"]["overrides"]["PRETRAIN_STEPS"] == 0
    assert "if not steps:" in _cell(nb, "model")  # the zero-step baseline skips the optimizer and scheduler


# -- normalisations ------------------------------------------------------------------------------------------
def test_the_proposed_normalisation_and_the_one_it_is_compared_with():
    assert norms.compared_norms("At two images per batch, GN trains to lower error than its BN counterpart.") \
        == ("group", "batch")
    assert norms.compared_norms("Instance normalization gives better stylisation than batch normalization.") \
        == ("instance", "batch")
    assert norms.compared_norms("Layer normalization cuts training time compared with earlier techniques.") \
        == ("layer", "none")
    assert norms.compared_norms("We use batch normalization after every convolution.") is None  # no comparison
    assert norms.compared_norms("Weight normalization converges faster than batch norm.",
                                runnable=("batch", "group")) is None  # a kind the model cannot swap in
    assert norms.stated_batch_size("GN beats BN at a batch size of 2") == 2
    assert norms.stated_batch_size("GN beats BN at 4 images per GPU") == 4


def test_a_normalisation_claim_plans_swap_arms_on_a_resnet():
    nb = plan(_spec("image-classification", "Channel grouping for small-batch training",
                    "With a ResNet, group normalization has lower error than batch normalization at a batch size "
                    "of 4.", arch="a residual network (ResNet) with 20 layers"), "smoke")
    arms = _arms(nb)
    assert arms["baseline"]["overrides"] == {"batch_size": 4, "NORMALIZATION": "batch"}
    assert arms["proposed"]["overrides"] == {"batch_size": 4, "NORMALIZATION": "group"}
    assert "NORMALIZATION = 'group'" in _cell(nb, "config") and "swap_batch_norms" in _cell(nb, "model")
    other = plan(_spec("image-classification", "Deep residual learning",
                       "Residual networks are easier to optimise than plain networks.",
                       arch="a residual network (ResNet) with 20 layers"), "smoke")
    assert "swap_batch_norms" not in _cell(other, "model")


@pytest.mark.parametrize("kind,cls", [("group", torch.nn.GroupNorm), ("none", torch.nn.Identity)])
def test_the_swap_replaces_every_batch_norm_of_a_torchvision_resnet(kind, cls):
    import torchvision
    ns = {"model": torchvision.models.resnet18(num_classes=3), "NORMALIZATION": kind, "MODEL_NOTE": "resnet18"}
    n_bn = sum(isinstance(m, torch.nn.BatchNorm2d) for m in ns["model"].modules())
    exec(norms.SWAP, ns)
    mods = list(ns["model"].modules())
    assert not any(isinstance(m, torch.nn.BatchNorm2d) for m in mods)
    assert sum(isinstance(m, cls) for m in mods) >= n_bn == 20
    assert ns["model"](torch.randn(2, 3, 32, 32)).shape == (2, 3)
    if kind == "group":  # 32 groups where the channels allow: the 64-channel stem gets 32
        assert ns["model"].bn1.num_groups == 32


# -- focal vs cross-entropy ----------------------------------------------------------------------------------
def test_a_focal_loss_claim_against_cross_entropy_plans_loss_arms_for_a_one_stage_detector():
    said = {"text": "Trained with the focal loss, the one-stage detector beats two-stage ones.", "quote": "",
            "baseline": {"text": "The focal loss shows clear gains over CE as gamma grows."}}
    arms = DETECTION.arms(SimpleNamespace(arch_full={"detector": "retinanet"}, claim=said))
    assert [(a["role"], a["overrides"]) for a in arms] == [("baseline", {"CLASS_LOSS": "ce"}),
                                                          ("proposed", {"CLASS_LOSS": "focal"})]
    assert DETECTION.arms(SimpleNamespace(arch_full={"detector": "faster-rcnn"}, claim=said)) == []
    assert COMPARE_WORDS.search("FL yields a 2.9 AP improvement over the balanced CE loss")


def test_the_cross_entropy_arm_makes_the_retinanet_head_use_binary_cross_entropy():
    import torchvision.models.detection.retinanet as retina
    original = retina.sigmoid_focal_loss
    x, t = torch.randn(50, 3), (torch.rand(50, 3) > 0.8).float()
    try:
        exec(LOSS_SWAP, {"CLASS_LOSS": "ce", "MODEL_NOTE": ""})
        bce = torch.nn.functional.binary_cross_entropy_with_logits(x, t, reduction="sum")
        assert torch.allclose(retina.sigmoid_focal_loss(x, t, reduction="sum"), bce)
        exec(LOSS_SWAP, {"CLASS_LOSS": "focal", "MODEL_NOTE": ""})
        assert retina.sigmoid_focal_loss(x, t, reduction="sum") < 0.5 * bce  # easy examples down-weighted
    finally:
        retina.sigmoid_focal_loss = original


# -- adapters vs full fine-tuning ----------------------------------------------------------------------------
def test_an_adapter_claim_gets_adapters_against_full_fine_tuning_and_a_low_rank_claim_lora():
    nb = plan(_spec("lora-finetune", "Compact transfer for many tasks",
                    "Adapter modules reach within 1% of full fine-tuning while training 4% of the weights."), "smoke")
    arms = _arms(nb)
    assert (arms["baseline"]["name"], arms["proposed"]["name"]) == ("full fine-tuning", "bottleneck adapters")
    assert arms["proposed"]["overrides"] == {"finetune": "adapter"} and arms["proposed"]["margin"] == 0.01
    assert "BottleneckAdapter" in _cell(nb, "model")
    lora = plan(_spec("lora-finetune", "Compact transfer for many tasks",
                      "Low-rank adapters match full fine-tuning with far fewer trainable weights."), "smoke")
    assert _arms(lora)["proposed"]["name"] == "LoRA" and "BottleneckAdapter" not in _cell(lora, "model")


def test_the_adapter_arm_freezes_the_base_and_starts_as_the_base_function():
    from transformers import GPT2Config, GPT2LMHeadModel
    torch.manual_seed(0)
    base = GPT2LMHeadModel(GPT2Config(vocab_size=50, n_positions=16, n_embd=32, n_layer=2, n_head=2)).eval()
    ids = torch.randint(0, 50, (2, 8))
    before = base(input_ids=ids).logits
    ns = {"model": base, "finetune": "adapter", "ARCH": {"hidden_size": 32}}
    exec(ADAPTER_CODE, ns)
    model = ns["model"]
    assert torch.allclose(model(input_ids=ids).logits, before, atol=1e-5)  # zero up-projection: identity at start
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all(".down." in n or ".up." in n or "ln_" in n for n in trainable)
    assert sum(".down.weight" in n for n in trainable) == 4  # attention + MLP output of each of the 2 blocks
    assert 0 < ns["trainable"] / ns["total_params"] < 0.2


def test_the_recurrent_normalisation_study_compares_what_the_claim_compares():
    title = "Normalization inside recurrent networks"
    vs_batch = plan(_spec("other", title, "Layer normalization trains recurrent networks faster than batch "
                                          "normalization does."), "smoke")
    arms = _arms(vs_batch)
    assert (arms["baseline"]["overrides"], arms["proposed"]["overrides"]) == ({"normalization": "batch"},
                                                                            {"normalization": "layer"})
    unnamed = plan(_spec("other", title, "Our method trains recurrent networks faster than earlier techniques."),
                   "smoke")
    assert [a["name"] for a in _arms(unnamed).values()] == ["no normalisation", "layer normalisation"]
    group = plan(_spec("other", title, "Group normalization converges faster than batch normalization."), "smoke")
    assert group.metadata["mlintern"]["claim"]["arms"] == []  # a normalisation the RNN cannot run: no arms
    weight = plan(_spec("other", title, "Weight normalization converges faster than batch normalization."), "smoke")
    assert [a["name"] for a in _arms(weight).values()] == ["batch normalisation", "weight normalisation"]
    ns = {"torch": torch}
    exec(_cell(vs_batch, "model").split("D_IN = ")[0], ns)
    rnn = ns["NormRNN"](8, 16, 10, "batch")
    assert isinstance(rnn.norm, torch.nn.BatchNorm1d) and rnn(torch.randn(4, 8, 8)).shape == (4, 10)
    wn = ns["NormRNN"](8, 16, 10, "weight")  # W = g v / ||v||: torch's parametrisation, no normalisation layer
    assert {n for n, _ in wn.named_parameters() if "parametrizations" in n} >= {
        "wx.parametrizations.weight.original0", "wh.parametrizations.weight.original1"}
    assert isinstance(wn.norm, torch.nn.Identity) and wn(torch.randn(4, 8, 8)).shape == (4, 10)


# -- distillation vs none ------------------------------------------------------------------------------------
def test_a_distillation_claim_trains_the_same_student_without_and_with_a_convnet_teacher():
    nb = plan(_spec("image-classification", "Data-efficient image transformers",
                    "Distilling from a convolutional teacher makes the vision transformer more accurate than "
                    "training it alone.", arch="a vision transformer (ViT) with 12 layers"), "smoke")
    arms = _arms(nb)
    assert (arms["baseline"]["overrides"], arms["proposed"]["overrides"]) == ({"DISTILLATION": "none"},
                                                                            {"DISTILLATION": "hard"})
    assert "DISTILLATION = 'hard'" in _cell(nb, "config") and "y_teacher" in _cell(nb, "model")
    plain = plan(_spec("image-classification", "Data-efficient image transformers",
                       "The vision transformer is more accurate than convolutional networks of its size.",
                       arch="a vision transformer (ViT) with 12 layers"), "smoke")
    assert plain.metadata["mlintern"]["claim"]["arms"] == [] and "y_teacher" not in _cell(plain, "model")


def test_the_distilled_loss_mixes_labels_and_the_teachers_classes():
    from mlintern_nb.plan.recipes._distillation import DISTILL
    torch.manual_seed(0)
    x, y = torch.randn(40, 1, 16, 16), torch.randint(0, 3, (40,))
    student = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(256, 3))
    ns = {"torch": torch, "DISTILLATION": "hard", "seed": 0, "max_steps": 5, "batch_size": 8, "num_labels": 3,
          "ARCH": {"image_size": 16, "channels": 1}, "DEVICE": torch.device("cpu"), "label_smoothing": 0.0,
          "train_ds": torch.utils.data.TensorDataset(x, y), "eval_ds": torch.utils.data.TensorDataset(x, y),
          "MODEL_NOTE": "student", "compute_loss": None}
    exec(DISTILL, ns)
    loss = ns["compute_loss"](student, (x, y))
    with torch.no_grad():
        y_t = ns["teacher"](x).argmax(-1)
    F = torch.nn.functional
    expected = 0.5 * F.cross_entropy(student(x), y) + 0.5 * F.cross_entropy(student(x), y_t)
    assert torch.allclose(loss, expected) and 0.0 <= ns["teacher_accuracy"] <= 1.0
    assert ns["_TEACHERS"]  # the teacher is trained once per seed and budget, shared by the arms' runs
