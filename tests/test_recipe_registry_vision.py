"""The object-detection and semantic-segmentation recipes build the registry's model (Faster R-CNN, the YOLO
network, U-Net) when the spec names one: the planned notebook's architecture metadata names it, the full model
cell — executed on the meta device with the paper's class count — has exactly the registry's parameters, and
the recipe's glue (the YOLO grid loss and decoding, the U-Net output crop) trains the smoke model. A spec the
registry does not resolve keeps the recipe's template. Invented specs, no paper's text."""
from __future__ import annotations

import math

import numpy as np
import pytest

from mlintern_nb.plan.architectures import ensure_torchvision_importable

ensure_torchvision_importable()

import torch

from mlintern_nb.paper.spec import Grounded, PaperSpec
from mlintern_nb.plan import plan
from mlintern_nb.plan.architectures import resolve
from mlintern_nb.plan.architectures.base import count


def _spec(family, kind, variant=None, name="the model"):
    arch = Grounded(value=name, page=1, quote=f"We use {name}.")
    arch.kind, arch.variant = kind, variant
    return PaperSpec(title="A model", task_family=family, architecture=arch)


def _cell(nb, role="model"):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == role)


# family, kind, NUM_CLASSES the notebook has when the network has the registry's num_classes
CASES = [("object-detection", "faster_rcnn", lambda n: n),  # torchvision counts the background class
         ("object-detection", "ssd", lambda n: n),  # torchvision counts the background class
         ("object-detection", "yolo", lambda n: n + 1),     # the cell sets C = NUM_CLASSES - 1
         ("semantic-segmentation", "unet", lambda n: n),
         ("semantic-segmentation", "pspnet", lambda n: n)]


@pytest.mark.parametrize("family,kind,classes", CASES)
def test_the_planned_notebook_builds_the_registry_model_with_its_parameter_count(family, kind, classes):
    spec = _spec(family, kind)
    arch = resolve(spec)
    for profile in ("smoke", "full"):
        nb = plan(spec, profile)
        meta = nb.metadata["mlintern"]
        assert meta["architecture"]["name"] == arch.name, profile
        assert _cell(nb).count(f"# architecture: {arch.name} ({arch.source}); profile {profile}") == 1
    assert meta["hardware"]["params"] == meta["architecture"]["params_full"]
    with torch.device("meta"):  # the full cell as the notebook runs it, on the paper's dataset's classes
        ns = _namespace(nb, "full", classes(int(arch.config["num_classes"].value)))
    assert count(ns["model"]) == meta["architecture"]["params_full"] == arch.count_params("full")


@pytest.mark.parametrize("family,kind", [("object-detection", None), ("semantic-segmentation", None)])
def test_without_a_registry_model_the_recipe_keeps_its_template(family, kind):
    spec = PaperSpec(title="A model", task_family=family,
                     architecture=Grounded(value="a convolutional network", page=1, quote="a convolutional network"))
    assert resolve(spec) is None
    nb = plan(spec, "smoke")
    assert "architecture" not in nb.metadata["mlintern"] and "# architecture:" not in _cell(nb)
    assert "model = " in _cell(nb)


def _scene(size, rng):
    boxes, labels = [], []
    img = torch.full((3, size, size), 0.5)
    for _ in range(2):
        w, h = rng.integers(size // 5, size // 3, size=2)
        x0, y0 = rng.integers(0, size - w), rng.integers(0, size - h)
        cls = int(rng.integers(1, 3))
        img[:, y0:y0 + h, x0:x0 + w] = 0.1 if cls == 1 else 0.9
        boxes.append([x0, y0, x0 + w, y0 + h]); labels.append(cls)
    return img, {"boxes": torch.tensor(boxes, dtype=torch.float32), "labels": torch.tensor(labels)}


def _memorise_scenes(ns, size, steps):
    """Train the planned detector on one batch of 4 synthetic scenes; returns the losses, the scenes and the
    detections the planned `detect` makes on them afterwards."""
    model = ns["model"]
    rng = np.random.default_rng(0)
    items = [_scene(size, rng) for _ in range(4)]
    batch = type("Batch", (), {"images": [i for i, _ in items], "targets": [t for _, t in items]})()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    model.train()
    losses = []
    for _ in range(steps):
        loss = ns["compute_loss"](model, batch)
        opt.zero_grad(); loss.backward(); opt.step()
        losses.append(loss.item())
    model.eval()
    with torch.no_grad():
        dets = ns["detect"](model, batch.images)
    return losses, items, dets


def _namespace(nb, profile="smoke", num_classes=3):
    """Execute the planned config and model cells with what the shared and data cells define before them."""
    ns = {"torch": torch, "np": np, "math": math, "profile": profile, "NUM_CLASSES": num_classes}
    exec(compile(_cell(nb, "config"), "<config>", "exec"), ns)  # noqa: S102 - ARCH and the constants
    ns["SIZE"] = ns["ARCH"]["image_size"]
    exec(compile(_cell(nb), f"<{profile} model cell>", "exec"), ns)  # noqa: S102 - the planned cell
    return ns


@pytest.mark.slow
def test_yolo_grid_loss_trains_the_registry_network_and_decodes_boxes():
    torch.manual_seed(0)
    ns = _namespace(plan(_spec("object-detection", "yolo"), "smoke"))
    model, size = ns["model"], ns["SIZE"]
    assert (ns["S"], ns["B"], ns["C"]) == (7, 2, 2) and size == resolve(_spec("object-detection", "yolo")).values(
        "smoke")["image_size"]
    assert model(torch.zeros(1, 3, size, size)).shape == (1, 7 * 7 * (2 * 5 + 2))
    losses, items, dets = _memorise_scenes(ns, size, 150)
    assert all(math.isfinite(v) for v in losses) and losses[-1] < 0.5 * losses[0], losses[::10]
    assert len(dets) == 4 and all(0 < len(d["boxes"]) <= 20 for d in dets)
    assert all(set(d["labels"].tolist()) <= {1, 2} and (d["scores"] <= 1).all() for d in dets)
    # the memorised batch: one of each image's 3 best-scoring boxes overlaps one of its objects
    from torchvision.ops import box_iou
    best = [box_iou(d["boxes"][:3], t["boxes"]).max().item() for d, (_, t) in zip(dets, items)]
    assert sum(b > 0.3 for b in best) >= 3, best


def test_ssd_smoke_is_torchvisions_ssd_on_narrow_multiscale_features_and_learns_a_batch():
    """SSD300's full cell is torchvision's ssd300_vgg16 (26.3M parameters with VOC's 21 classes); smoke is the
    same SSD class (default boxes on several maps, hard negative mining) on narrower feature layers."""
    from mlintern_nb.paper.extraction.architecture_names import identify
    assert identify("SSD300 achieves 74.3% mAP") == ("ssd", "300")
    assert identify("a Single Shot MultiBox Detector") == ("ssd", None)
    arch = resolve(_spec("object-detection", "ssd"))
    assert "ssd300_vgg16(weights=None" in arch.model_code("full") and arch.count_params("full") == 26_285_486
    torch.manual_seed(0)
    ns = _namespace(plan(_spec("object-detection", "ssd"), "smoke"))
    model, size = ns["model"], ns["SIZE"]
    assert type(model).__name__ == "SSD" and len(model.anchor_generator.aspect_ratios) == 4
    losses, items, dets = _memorise_scenes(ns, size, 60)
    assert all(math.isfinite(v) for v in losses) and losses[-1] < 0.3 * losses[0], losses[::10]
    from torchvision.ops import box_iou
    best = [box_iou(d["boxes"][:3], t["boxes"]).max().item() for d, (_, t) in zip(dets, items)]
    assert sum(b > 0.5 for b in best) >= 3, best


def test_pspnet_reads_rgb_stand_in_images_and_scores_every_pixel():
    """PSPNet (dilated ResNet, pyramid pooling over 1/2/3/6 bins) upsamples its scores to the input: the labels
    are not cropped, and the stand-in's grey images come in as 3 channels."""
    from mlintern_nb.paper.extraction.architecture_names import identify
    assert identify("the pyramid scene parsing network (PSPNet)") == ("pspnet", None)
    nb = plan(_spec("semantic-segmentation", "pspnet"), "smoke")
    ns = _namespace(nb)
    assert ns["ARCH"]["channels"] == 3 and len(ns["model"].pyramid) == 4
    x, y = torch.rand(2, 3, ns["SIZE"], ns["SIZE"]), torch.randint(0, 3, (2, ns["SIZE"], ns["SIZE"]))
    out = ns["model"](x)
    assert out.shape == (2, 3, ns["SIZE"], ns["SIZE"]) and ns["crop_to"](y, out).shape == y.shape
    assert math.isfinite(ns["compute_loss"](ns["model"], (x, y)).item())
    assert "unpadded" not in _cell(nb) and "dilated" in _cell(nb)


def test_unet_loss_compares_the_output_with_the_centre_of_the_labels():
    nb = plan(_spec("semantic-segmentation", "unet"), "smoke")
    ns = _namespace(nb)
    size = ns["SIZE"]
    x = torch.rand(2, 1, size, size)
    y = torch.randint(0, 3, (2, size, size))
    out = ns["model"](x)
    assert out.shape[1] == 3 and out.shape[-1] < size  # unpadded convolutions: a smaller map
    assert ns["crop_to"](y, out).shape == out.shape[:1] + out.shape[2:]
    assert math.isfinite(ns["compute_loss"](ns["model"], (x, y)).item())
    assert "y = crop_to(y, p)" in _cell(nb, "eval")


def test_a_residual_network_compared_with_plain_nets_gets_both_arms_from_one_switch():
    """A CIFAR ResNet whose paper compares it with plain nets: the claim cell's baseline is the same layers
    without the identity shortcuts (SHORTCUTS=False), the proposed arm the residual network; both have the same
    parameters. Without "plain" in the claim there are no such arms."""
    spec = _spec("image-classification", "resnet", "110", "ResNet-110")
    spec.claim = {"value": "Residual nets are easier to optimize than their plain counterparts.", "page": 1,
                  "quote": "easier to optimize than their plain counterparts"}
    nb = plan(spec, "smoke")
    arms = nb.metadata["mlintern"]["claim"]["arms"]
    assert arms == ["plain network (same layers, no shortcuts)", "residual network (the paper's model)"]
    assert "SHORTCUTS = True" in _cell(nb, "config") and "shortcuts=SHORTCUTS)" in _cell(nb)
    outs, sizes = {}, {}
    for on in (False, True):
        torch.manual_seed(0)
        ns = {"torch": torch, "np": np, "math": math, "SHORTCUTS": on, "label_smoothing": 0.0}
        exec(compile(_cell(nb), "<smoke model cell>", "exec"), ns)  # noqa: S102 - the planned cell
        model = ns["model"].eval()
        sizes[on] = count(model)
        assert all(b.shortcut is on for b in model.blocks)
        with torch.no_grad():
            outs[on] = model(torch.randn(2, 3, 32, 32, generator=torch.Generator().manual_seed(1)))
    assert sizes[False] == sizes[True] and not torch.allclose(outs[False], outs[True])
    spec.claim = {"value": "Residual nets reach 6.43% error on CIFAR-10.", "page": 1, "quote": "6.43% error"}
    assert plan(spec, "smoke").metadata["mlintern"]["claim"]["arms"] == []
