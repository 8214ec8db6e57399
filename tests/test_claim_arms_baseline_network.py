"""An architecture paper compared with the network it compares against (the claim names it, or the paper's first
comparing sentence does): the baseline arm builds that network from the architecture registry at the paper's
input size, the proposed arm the paper's model, switched by ARCH_ARM in one model cell; the architecture metadata
stays the paper's model. A claim naming no other network gets no such arms. Invented specs."""
from __future__ import annotations

import ast
import re

import torch

from mlintern_nb.plan import plan, spec_from_dict
from mlintern_nb.plan.architectures import ensure_torchvision_importable


def _g(value, page=2):
    return {"value": value, "page": page, "quote": value}


def _nb(claim, arch="a Swin-T backbone (Swin Transformer, tiny)"):
    return plan(spec_from_dict({"title": "Shifted windows for recognition", "task_family": "image-classification",
                                "claim": _g(claim), "architecture": _g(arch, page=3), "datasets": [_g("CIFAR-10")]}),
                "smoke")


def _cell(nb, role):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == role)


def _arms(nb):
    line = next(l for l in _cell(nb, "claim").splitlines() if l.startswith("ARMS = "))
    return {a["role"]: a for a in ast.literal_eval(line[len("ARMS = "):])}


def test_the_network_the_claim_compares_with_is_the_baseline_arm():
    nb = _nb("Our model outperforms ViT-B/16 by 2.1% top-1 accuracy at similar cost.")
    arms = _arms(nb)
    assert arms["baseline"]["overrides"] == {"ARCH_ARM": "baseline"} and arms["baseline"]["name"].startswith("ViT-Base")
    assert arms["proposed"]["overrides"] == {"ARCH_ARM": "paper"} and "Swin-T" in arms["proposed"]["name"]
    assert "ARCH_ARM = 'paper'" in _cell(nb, "config")
    meta = nb.metadata["mlintern"]
    assert meta["architecture"]["name"] == "Swin-T" and meta["claim"]["arms"][0].startswith("ViT-Base")
    ensure_torchvision_importable()
    size = int(re.search(r"'image_size': (\d+)", _cell(nb, "config").split("ARCH_SMOKE = ")[1]).group(1))
    built = {}
    for arm in ("paper", "baseline"):
        ns = {"torch": torch, "label_smoothing": 0.0, "ARCH_ARM": arm}
        exec(compile(_cell(nb, "model"), "<model cell>", "exec"), ns)  # noqa: S102 - the planned cell
        out = ns["model"](torch.zeros(2, 3, size, size))
        out = out.logits if hasattr(out, "logits") else out
        built[arm] = (type(ns["model"]).__name__, tuple(out.shape), ns["MODEL_NOTE"])
    assert built["paper"][0] == "SwinTransformer" and built["baseline"][0] == "VisionTransformer"
    assert built["paper"][1] == built["baseline"][1] == (2, 10)  # same classes, same input
    assert built["paper"][2].startswith("Swin-T") and built["baseline"][2].startswith("ViT-Base")


def test_a_claim_naming_no_other_network_gets_no_such_arms():
    nb = _nb("Our model is a strong general-purpose backbone for computer vision.")
    assert "ARCH_ARM" not in _cell(nb, "model") and nb.metadata["mlintern"]["claim"]["arms"] == []


def test_a_paper_whose_title_names_a_training_method_compares_methods_not_networks():
    nb = plan(spec_from_dict({"title": "Stochastic depth regularisation for deep networks",
                              "task_family": "image-classification",
                              "claim": _g("With it, a Swin-T outperforms ViT-B/16 by 2.1% top-1 accuracy."),
                              "architecture": _g("a Swin-T backbone (Swin Transformer, tiny)", page=3),
                              "datasets": [_g("CIFAR-10")]}), "smoke")
    assert "ARCH_ARM" not in _cell(nb, "model")
