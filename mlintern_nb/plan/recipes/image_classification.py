"""image-classification: a CIFAR-style ResNet (6n+2), a ViT (transformers ViTConfig) or the
paper's small CNN; accuracy. Offline stand-in: scikit-learn's 8x8 digits, upsampled to the
model's input size (tiled to 3 channels for RGB models)."""
from __future__ import annotations

import re

from ..claims import claim_words
from ..params import arch_numbers
from . import _baseline_network as versus
from . import _normalisation as norms
from ._distillation import DISTILL, distillation_arms
from .base import Recipe, paper_model, template_cells

FAMILY = "image-classification"
DEFAULT_DATASET = "CIFAR-10"
MODEL_FAMILY = "ResNet"
SMOKE = {"learning_rate": 0.05, "batch_size": 32, "max_steps": 200, "warmup_steps": 0, "weight_decay": 1e-4,
         "optimizer_name": "sgd", "momentum": 0.9, "lr_schedule": "constant"}
FULL = {"learning_rate": 0.1, "batch_size": 128, "max_steps": 64000, "weight_decay": 1e-4, "optimizer_name": "sgd",
        "momentum": 0.9, "lr_schedule": "constant", "warmup_steps": 0}
ARCH_FULL = {"backbone": "resnet", "num_layers": 20, "width": 16, "image_size": 32, "channels": 3, "patch_size": 4,
             "hidden_size": 768, "num_heads": 12}
ARCH_SMOKE = {"backbone": "resnet", "num_layers": 8, "width": 8, "image_size": 16, "channels": 3, "patch_size": 4,
              "hidden_size": 64, "num_heads": 2}
PRETRAINED = ""

DATA = r'''
# Data: images + labels as float tensors (N, C, H, W)
import torch.nn.functional as F
import datasets

def _to_tensor_images(imgs):
    x = torch.tensor(np.stack([np.asarray(im.convert("RGB" if ARCH["channels"] == 3 else "L"), dtype=np.float32) / 255.0
                               for im in imgs]))
    return x.permute(0, 3, 1, 2) if x.dim() == 4 else x.unsqueeze(1)

def _fit(x):
    x = F.interpolate(x, size=(ARCH["image_size"], ARCH["image_size"]), mode="bilinear", align_corners=False) \
        if x.shape[-1] != ARCH["image_size"] else x
    if x.shape[1] == 1 and ARCH["channels"] == 3:
        x = x.repeat(1, 3, 1, 1)
    return (x - x.mean()) / (x.std() + 1e-6)

if data_dir or (HUB and dataset_id):
    raw = load_local_dataset(data_dir) if data_dir else datasets.load_dataset(*dataset_id.split(":"))
    img_col = next(c for c in ("img", "image", "pixel_values") if c in raw["train"].column_names)
    lab_col = next(c for c in ("label", "labels", "fine_label") if c in raw["train"].column_names)
    eval_split = "test" if "test" in raw else "validation"
    x_train, y_train = _to_tensor_images(raw["train"][img_col]), torch.tensor(raw["train"][lab_col])
    x_eval, y_eval = _to_tensor_images(raw[eval_split][img_col]), torch.tensor(raw[eval_split][lab_col])
    DATA_NOTE = f"local images in {data_dir}" if data_dir else f"hub dataset {dataset_id}"
else:
    from sklearn.datasets import load_digits
    digits = load_digits()
    x_all = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16.0
    y_all = torch.tensor(digits.target)
    perm = torch.randperm(len(y_all), generator=torch.Generator().manual_seed(seed))
    x_all, y_all = x_all[perm], y_all[perm]
    cut = int(0.8 * len(y_all))
    x_train, y_train, x_eval, y_eval = x_all[:cut], y_all[:cut], x_all[cut:], y_all[cut:]
    DATA_NOTE = ("STAND-IN: scikit-learn's digits (1,797 8x8 grey images, 10 classes), resized to "
                 f"{ARCH['image_size']}x{ARCH['image_size']}x{ARCH['channels']}, instead of " + DATASET_NAME)
x_train, x_eval = _fit(x_train), _fit(x_eval)
num_labels = int(max(y_train.max(), y_eval.max())) + 1
train_ds = torch.utils.data.TensorDataset(x_train, y_train)
eval_ds = torch.utils.data.TensorDataset(x_eval, y_eval)
collate = None
print(f"{DATA_NOTE}\ntrain {len(train_ds)} / eval {len(eval_ds)} images of {tuple(x_train.shape[1:])}, {num_labels} classes")
'''

MODEL = r'''
# Model: {backbone} (ResNet: CIFAR-style 6n+2 basic blocks, BN after each conv, global average pooling)
import torch.nn as nn

class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.c1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False); self.b1 = nn.BatchNorm2d(cout)
        self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False); self.b2 = nn.BatchNorm2d(cout)
        self.short = nn.Sequential() if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))
    def forward(self, x):
        out = torch.relu(self.b1(self.c1(x)))
        return torch.relu(self.b2(self.c2(out)) + self.short(x))

class ResNet(nn.Module):
    def __init__(self, depth, width, channels, num_classes):
        super().__init__()
        n = max(1, (depth - 2) // 6)
        self.stem = nn.Sequential(nn.Conv2d(channels, width, 3, 1, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU())
        layers, cin = [], width
        for i, w in enumerate((width, 2 * width, 4 * width)):
            for j in range(n):
                layers.append(BasicBlock(cin, w, 2 if (j == 0 and i > 0) else 1)); cin = w
        self.layers = nn.Sequential(*layers)
        self.head = nn.Linear(cin, num_classes)
    def forward(self, x):
        return self.head(self.layers(self.stem(x)).mean(dim=(2, 3)))

class SmallCNN(nn.Module):
    def __init__(self, width, channels, num_classes, depth=2):
        super().__init__()
        blocks, cin = [], channels
        for i in range(max(1, depth)):
            blocks += [nn.Conv2d(cin, width * 2 ** i, 3, padding=1), nn.ReLU()]
            if i < 2:
                blocks.append(nn.MaxPool2d(2))
            cin = width * 2 ** i
        self.features = nn.Sequential(*blocks)
        self.head = nn.Linear(cin, num_classes)
    def forward(self, x):
        return self.head(self.features(x).mean(dim=(2, 3)))

if ARCH["backbone"] == "vit":
    from transformers import ViTConfig, ViTForImageClassification
    _vit = ViTForImageClassification(ViTConfig(image_size=ARCH["image_size"], patch_size=ARCH["patch_size"],
        num_channels=ARCH["channels"], hidden_size=ARCH["hidden_size"], num_hidden_layers=ARCH["num_layers"],
        num_attention_heads=ARCH["num_heads"], intermediate_size=4 * ARCH["hidden_size"], num_labels=num_labels))
    class _ViTWrap(nn.Module):
        def __init__(self, m):
            super().__init__(); self.m = m
        def forward(self, x):
            return self.m(pixel_values=x).logits
    model = _ViTWrap(_vit)
elif ARCH["backbone"] == "resnet":
    model = ResNet(ARCH["num_layers"], ARCH["width"], ARCH["channels"], num_labels)
else:
    model = SmallCNN(ARCH["width"], ARCH["channels"], num_labels, depth=ARCH["num_layers"])
MODEL_NOTE = f"{ARCH['backbone']} built from scratch, random init"

def compute_loss(model, batch):
    x, y = batch
    return torch.nn.functional.cross_entropy(model(x), y, label_smoothing=label_smoothing)

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: top-1 accuracy (and error, as the paper reports it) on the held-out images
model.eval()
correct = total = 0
with torch.no_grad():
    for x, y in torch.utils.data.DataLoader(eval_ds, batch_size=256):
        correct += (model(x.to(DEVICE)).argmax(-1).cpu() == y).sum().item(); total += len(y)
metrics = {"accuracy": correct / total, "error": 1 - correct / total}
print(metrics)
'''

_RESNET_IMAGENET = {18: 11.7e6, 34: 21.8e6, 50: 25.6e6, 101: 44.5e6, 152: 60.2e6}
VISION_KINDS = ("resnet", "wide_resnet", "vgg", "densenet", "alexnet", "mobile", "shufflenet", "cnn", "vit", "swin", "convnext")
BATCH_NORM_KINDS = ("resnet", "wide_resnet", "densenet", "mobile", "shufflenet")  # CNNs built with BatchNorm2d (normalisation arms swap it)
CLASSES = {"CIFAR-100": 100, "ImageNet": 1000, "CIFAR-10": 10, "MNIST": 10, "digits (8x8)": 10}

MODEL_ARCH = r'''
# Model: the paper's own architecture, {name} ({source}; mlintern_nb.plan.architectures), random init
{code}
MODEL_NOTE = "{name} ({source}), built from its configuration, random init"

def compute_loss(model, batch):
    x, y = batch
    out = model(x)
    out = out.logits if hasattr(out, "logits") else out
    return torch.nn.functional.cross_entropy(out, y, label_smoothing=label_smoothing)

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''


def paper_architecture(spec):
    """The paper's own vision classifier from the architecture registry, or None."""
    return paper_model(spec, lambda a: a.kind in VISION_KINDS, profiles=("full", "smoke"))


# a residual network compared with the same layers stacked without shortcuts ("the 34-layer plain net")
_PLAIN = re.compile(r"\bplain (?:nets?|networks?|counterparts?)\b", re.I)


def _shortcut_switch(plan) -> bool:
    """Whether the model cell builds the CIFAR 6n+2 ResNet, whose blocks can drop their shortcuts."""
    pa = paper_architecture(plan.spec)
    return pa is not None and pa.kind == "resnet" and bool(pa.values("full").get("cifar"))


class ImageClassification(Recipe):
    family = FAMILY
    priority = 20
    keywords = ((r"\bimage(?:s|net)?\b|\bvisual\b|\bconvolutional\b|\bvision\b|\bCIFAR\b", 1),)
    default_dataset = DEFAULT_DATASET
    datasets = ((r"cifar-?100", "CIFAR-100", "cifar100"), (r"cifar-?10\b|cifar", "CIFAR-10", "cifar10"),
                (r"\bmnist\b", "MNIST", "mnist"), (r"imagenet", "ImageNet", "imagenet-1k"),
                (r"digits", "digits (8x8)", ""))
    native_datasets = ("digits (8x8)",)
    stand_in_text = "scikit-learn's 8×8 digits (resized to the model's input)"
    model_family = MODEL_FAMILY
    baselines = _PLAIN.pattern  # the experiments name the plain nets a residual network is compared with
    smoke, full, arch_smoke, arch_full, pretrained = SMOKE, FULL, ARCH_SMOKE, ARCH_FULL, PRETRAINED

    def architecture(self, spec, dataset):
        """ResNet (CIFAR 6n+2 depth the paper names), ViT (the paper's sizes) or a small CNN."""
        arch = spec.architecture
        text = f"{spec.title} {arch.value} {arch.quote or ''}".lower() if arch is not None else f"{spec.title} ".lower()
        nums = arch_numbers(spec)
        full, smoke = dict(ARCH_FULL), dict(ARCH_SMOKE)
        model_family = "ResNet"
        if re.search(r"\bvit\b|vision transformer", text):
            full.update(backbone="vit", num_layers=int(nums["num_layers"]) if nums.get("num_layers", 0) >= 2 else 12,
                        hidden_size=int(nums.get("hidden_size", 768)), num_heads=int(nums.get("num_heads", 12)),
                        patch_size=int(nums.get("patch_size", 16)), image_size=224)
            smoke.update(backbone="vit", num_layers=2, hidden_size=64, num_heads=2, patch_size=4, image_size=16)
            model_family = "ViT"
        elif re.search(r"resnet|residual", text):
            L = int(nums.get("num_layers", 20))
            if "cifar" in dataset.lower():  # CIFAR ResNets are 6n+2 deep: a depth the paper names (ResNet-110), else 20
                said = " ".join([f"{r.dataset} {r.quote}" for r in spec.reported_results] + [text]).lower()
                depths = [int(d) for m in re.findall(r"resnet[- ]?(\d+)|(?<![n+\d/])(\d+)[- ]layer", said) for d in m if d]
                depths = [d for d in depths if d in (20, 32, 44, 56, 110, 1202)]
                L = depths[0] if depths else (L if L in (20, 32, 44, 56, 110, 1202) else 20)
            full.update(num_layers=L, image_size=224 if "imagenet" in dataset.lower() else 32)
        else:
            model_family = next((m for m in ("DenseNet", "AlexNet", "VGG") if m.lower() in text), "small CNN")
            L = int(nums.get("num_layers", 2))
            full.update(backbone="cnn", num_layers=max(2, min(L, 8)), width=32,
                        image_size=224 if "imagenet" in dataset.lower() else 32)
            smoke.update(backbone="cnn", num_layers=2, width=16)
        if "digit" in dataset.lower():  # the 8x8 digits themselves: native size, one channel
            for a in (full, smoke):
                a.update(image_size=8, channels=1)
            if full["backbone"] == "resnet":
                full["width"] = 16
        pa = paper_architecture(spec)
        if pa is not None:  # the paper's own model: its input size, RGB, its parameter count
            vf, vs = pa.values("full"), pa.values("smoke")
            # input channels as the paper's model takes them (a 1-channel CNN stays grey; RGB models get 3)
            cin_f, cin_s = int(vf.get("in_channels") or 3), int(vs.get("in_channels") or vf.get("in_channels") or 3)
            full.update(backbone=pa.kind, channels=cin_f, image_size=int(vf.get("image_size") or full["image_size"]),
                        params=pa.count_params("full"))
            smoke.update(backbone=pa.kind, channels=cin_s, image_size=int(vs.get("image_size") or 32))
            model_family = pa.name
        return full, smoke, model_family

    def adjust_defaults(self, spec, dataset, smoke, full):
        arch = spec.architecture
        text = f"{spec.title} {arch.value} {arch.quote or ''}".lower() if arch is not None else f"{spec.title} ".lower()
        pa = paper_architecture(spec)
        if (pa is not None and pa.kind in ("vit", "swin")) or (
                pa is None and re.search(r"\bvit\b|vision transformer", text)):
            # a vision Transformer wants AdamW and warmup
            smoke.update(learning_rate=1e-3, optimizer_name="adamw", max_steps=150, warmup_steps=10,
                         lr_schedule="linear")

    def stand_in_label(self, dataset):
        return "stand-in: sklearn digits"

    def param_count(self, arch):
        if arch.get("params"):
            return int(arch["params"])
        L = int(arch.get("num_layers", 12))
        bb = arch.get("backbone", "resnet")
        if bb == "resnet":
            if arch.get("image_size", 32) > 64 and L in _RESNET_IMAGENET:
                return int(_RESNET_IMAGENET[L])
            w = int(arch.get("width", 16))
            n = max(1, (L - 2) // 6)
            return int(sum(2 * n * 9 * (w * 2 ** i) ** 2 for i in range(3)) + 64 * w * 10)
        if bb == "vit":
            H = int(arch.get("hidden_size", 768))
            return int(12 * L * H * H + (arch.get("patch_size", 16) ** 2) * 3 * H)
        return int(sum(9 * (int(arch.get("width", 32)) * 2 ** i) ** 2 for i in range(L)))

    def activation_bytes(self, arch, batch_size, seq_len):
        if arch.get("backbone") != "vit":  # fp32 feature maps kept for backward, ~3 tensors per conv layer
            return (batch_size or 128) * int(arch.get("image_size", 32)) ** 2 * int(arch.get("width", 16)) \
                * int(arch.get("num_layers", 20)) * 4 * 3
        tokens = (batch_size or 128) * (int(arch.get("image_size", 224)) // int(arch.get("patch_size", 16))) ** 2
        return tokens * int(arch.get("hidden_size", 256)) * int(arch.get("num_layers", 12)) * 34

    def arms(self, plan):
        """A residual network compared with its plain counterpart (the claim or the experiments say "plain
        nets"): the same network with and without its identity shortcuts (``SHORTCUTS``, the CIFAR 6n+2 cell).
        A claim that compares normalisations (the proposed one against the one the paper compares with):
        the same CNN with its BatchNorm layers swapped, at the batch size the claim states. A claim that
        credits distillation from a teacher: the same model trained without and with it (:mod:`._distillation`).
        Otherwise, an architecture paper that compares its model with another network the registry builds: that
        network against the paper's model (:mod:`._baseline_network`)."""
        got = self._method_arms(plan)
        if got:
            return got
        pa = paper_architecture(plan.spec) if plan.arch_full.get("params") else None
        found = versus.baseline_network(plan, pa, VISION_KINDS) if pa is not None else None
        if found is None:
            return []
        base, where = found
        if where:
            plan.claim["baseline"] = where  # the sentence these arms test
        return versus.arms(base, pa.name)

    def _method_arms(self, plan):
        said = claim_words(plan)
        if _PLAIN.search(said) and _shortcut_switch(plan):
            common = {"metric": "accuracy", "higher_is_better": True}
            return [dict(common, name="plain network (same layers, no shortcuts)", role="baseline",
                         overrides={"SHORTCUTS": False}),
                    dict(common, name="residual network (the paper's model)", role="proposed",
                         overrides={"SHORTCUTS": True})]
        if plan.arch_full.get("backbone") not in BATCH_NORM_KINDS:
            return distillation_arms(said)
        pair = norms.compared_norms(said, runnable=("batch", "group", "layer", "instance"))
        if pair is None:
            return distillation_arms(said)
        common = {"metric": "accuracy", "higher_is_better": True}
        at = {"batch_size": b} if (b := norms.stated_batch_size(said)) else {}
        return [dict(common, name=norms.arm_name(pair[1]), role="baseline", overrides=dict(at, NORMALIZATION=pair[1])),
                dict(common, name=norms.arm_name(pair[0]), role="proposed", overrides=dict(at, NORMALIZATION=pair[0]))]

    def config_lines(self, plan):
        prop = next((a["overrides"] for a in plan.arms or [] if a["role"] == "proposed"), {})
        return [f"{k} = {prop[k]!r}  # the paper's method; the claim's arms set each one"
                for k in ("NORMALIZATION", "DISTILLATION", "SHORTCUTS", versus.SWITCH) if k in prop]

    def arm_code(self, role, plan):
        if role != "model" or not plan.arms or "SHORTCUTS" in plan.arms[0]["overrides"] or versus.applies(plan):
            return ""  # the shortcut switch is an argument of the model cell's network; the baseline network its own
        return norms.SWAP if "NORMALIZATION" in plan.arms[0]["overrides"] else DISTILL

    def cell(self, role, plan):
        if role == "model" and plan.arch_full.get("backbone") in VISION_KINDS and plan.arch_full.get("params"):
            pa = paper_architecture(plan.spec)
            classes = 10 if plan.profile == "smoke" else CLASSES.get(plan.dataset)
            code = pa.model_code(plan.profile, num_classes=classes).strip()
            if any("SHORTCUTS" in a["overrides"] for a in plan.arms or []):
                code = re.sub(r"^(model = CifarResNet\(.*)\)$", r"\1, shortcuts=SHORTCUTS)", code, flags=re.M)
            found = versus.baseline_network(plan, pa, VISION_KINDS) if versus.applies(plan) else None
            body = MODEL_ARCH.replace("{code}", code if found is None else versus.model_code(code, found[0], plan, classes))
            if found is not None:
                body = body.replace('MODEL_NOTE = "', "MODEL_NOTE = " + versus.note(found[0]) + ' if ARCH_ARM == "baseline" else "', 1)
            return body.replace("{name}", pa.name).replace("{source}", pa.source)
        return template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})


RECIPE = ImageClassification()
