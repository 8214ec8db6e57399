"""Convolutional image classifiers: torchvision's configurable classes (ResNet, VGG, DenseNet), the CIFAR
ResNet (6n+2 layers), wide ResNets, the grouped AlexNet and a plain CNN written in the cell. The efficient
mobile networks are in :mod:`.vision_mobile`."""
from __future__ import annotations

from .base import Builder

_RESNET_BLOCKS = {18: ("BasicBlock", [2, 2, 2, 2]), 34: ("BasicBlock", [3, 4, 6, 3]),
                  50: ("Bottleneck", [3, 4, 6, 3]), 101: ("Bottleneck", [3, 4, 23, 3]),
                  152: ("Bottleneck", [3, 8, 36, 3])}


def _resnet_variant(cfg: dict) -> str | None:
    d = cfg.get("depth")
    if d in _RESNET_BLOCKS:
        return str(d)
    if isinstance(d, int) and d >= 8 and (d - 2) % 6 == 0:
        return f"cifar-{d}"
    return None


def _resnet_code(cfg: dict) -> str:
    depth, classes = int(cfg["depth"]), int(cfg.get("num_classes", 1000))
    if depth in _RESNET_BLOCKS and not cfg.get("cifar"):
        block, layers = _RESNET_BLOCKS[depth]
        layers = cfg.get("blocks", layers)
        return f"""
from torchvision.models.resnet import ResNet, {block}
model = ResNet({block}, {list(layers)}, num_classes={classes})
"""
    n = cfg.get("blocks_per_stage", (depth - 2) // 6)
    return f"""
import torch
from torch import nn
import torch.nn.functional as F

class BasicBlock(nn.Module):
    # 3x3-3x3 residual block; a stride-2 block pads the identity with zeros (option A: no parameters);
    # shortcut=False is the paper's plain counterpart (same layers, no identity added)
    def __init__(self, cin, cout, stride, shortcut=True):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.stride, self.pad, self.shortcut = stride, cout - cin, shortcut

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if not self.shortcut:
            return F.relu(out)
        short = x[:, :, ::self.stride, ::self.stride] if self.stride > 1 else x
        if self.pad:
            short = F.pad(short, (0, 0, 0, 0, 0, self.pad))
        return F.relu(out + short)

class CifarResNet(nn.Module):
    # 6n+2 layers: a 3x3 conv, three stages of n blocks with {cfg.get('widths', [16, 32, 64])} filters, global pool, FC
    def __init__(self, n, widths, num_classes, in_channels=3, shortcuts=True):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, widths[0], 3, 1, 1, bias=False)
        self.bn = nn.BatchNorm2d(widths[0])
        blocks, cin = [], widths[0]
        for i, w in enumerate(widths):
            for j in range(n):
                blocks.append(BasicBlock(cin, w, 2 if (i > 0 and j == 0) else 1, shortcuts))
                cin = w
        self.blocks = nn.Sequential(*blocks)
        self.fc = nn.Linear(cin, num_classes)

    def forward(self, x):
        x = self.blocks(F.relu(self.bn(self.conv(x))))
        return self.fc(x.mean((2, 3)))

model = CifarResNet({n}, {list(cfg.get('widths', [16, 32, 64]))}, num_classes={classes}, in_channels={cfg.get('in_channels', 3)})
"""


def _resnet_smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, image_size=32)
    depth = int(cfg["depth"])
    if depth in _RESNET_BLOCKS and not cfg.get("cifar"):
        out["blocks"] = [1, 1, 1, 1]
        return out, f"one block per stage instead of {_RESNET_BLOCKS[depth][1]}, 32x32 input"
    out["blocks_per_stage"] = 1
    out["widths"] = [8, 16, 32]
    return out, f"one block per stage instead of {(depth - 2) // 6}, widths 8/16/32 instead of 16/32/64"


RESNET = Builder(
    kind="resnet", source="torchvision",
    variants={**{str(d): {"depth": d, "num_classes": 1000, "image_size": 224} for d in _RESNET_BLOCKS},
              **{f"cifar-{d}": {"depth": d, "num_classes": 10, "image_size": 32, "cifar": True}
                 for d in (20, 32, 44, 56, 110, 1202)}},
    default_variant="50", code=_resnet_code, smoke=_resnet_smoke, variant_of=_resnet_variant,
    source_of=lambda cfg: "cell" if cfg.get("cifar") else "torchvision",
    label=lambda v, cfg: f"ResNet-{cfg['depth']}" + (" (CIFAR, 6n+2)" if cfg.get("cifar") else ""))

# ---------------------------------------------------------------------------------- Wide ResNet
_WIDE_TV = {"50-2": "wide_resnet50_2", "101-2": "wide_resnet101_2"}  # torchvision's ImageNet wide bottlenecks


def _wide_variant(name: str) -> dict | None:
    """"d-k" (a network of d convolutional layers, widening factor k): torchvision's ImageNet wide
    bottleneck ResNets for 50-2 / 101-2, else the CIFAR WRN-d-k (d = 6N + 4) written in the cell."""
    try:
        d, k = (int(x) for x in name.split("-"))
    except ValueError:
        return None
    if name in _WIDE_TV:
        return {"depth": d, "widen": k, "num_classes": 1000, "image_size": 224}
    if d >= 10 and (d - 4) % 6 == 0 and k >= 1:
        return {"depth": d, "widen": k, "num_classes": 10, "image_size": 32, "cifar": True}
    return None


def _wide_code(cfg: dict) -> str:
    depth, k, classes = int(cfg["depth"]), int(cfg["widen"]), int(cfg.get("num_classes", 10))
    if not cfg.get("cifar"):
        if cfg.get("blocks"):  # smoke: the same wide bottleneck class with fewer blocks
            return f"""
from torchvision.models.resnet import ResNet, Bottleneck
model = ResNet(Bottleneck, {list(cfg['blocks'])}, num_classes={classes}, width_per_group={64 * k})
"""
        return f"""
from torchvision import models
model = models.{_WIDE_TV[f'{depth}-{k}']}(weights=None, num_classes={classes})
"""
    n = int(cfg.get("blocks_per_group", (depth - 4) // 6))
    return f"""
import torch
from torch import nn
import torch.nn.functional as F

class WideBlock(nn.Module):
    # pre-activation B(3,3) block: BN-ReLU-conv3x3, (dropout), BN-ReLU-conv3x3; a 1x1 conv shortcut on a change of shape
    def __init__(self, cin, cout, stride, dropout):
        super().__init__()
        self.bn1, self.conv1 = nn.BatchNorm2d(cin), nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn2, self.conv2 = nn.BatchNorm2d(cout), nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.drop = nn.Dropout(dropout)
        self.short = nn.Conv2d(cin, cout, 1, stride, bias=False) if (stride != 1 or cin != cout) else None

    def forward(self, x):
        o = F.relu(self.bn1(x))
        y = self.conv2(self.drop(F.relu(self.bn2(self.conv1(o)))))
        return y + (self.short(o) if self.short is not None else x)

class WideResNet(nn.Module):
    # WRN-{depth}-{k}: conv 16, three groups of N = {n} blocks of widths 16k/32k/64k (k = {k}), BN-ReLU, global pool, FC
    def __init__(self, n, k, num_classes, dropout=0.0, in_channels=3):
        super().__init__()
        widths = [16 * k, 32 * k, 64 * k]
        self.conv = nn.Conv2d(in_channels, 16, 3, 1, 1, bias=False)
        blocks, cin = [], 16
        for i, w in enumerate(widths):
            for j in range(n):
                blocks.append(WideBlock(cin, w, 2 if (i > 0 and j == 0) else 1, dropout))
                cin = w
        self.blocks, self.bn, self.fc = nn.Sequential(*blocks), nn.BatchNorm2d(cin), nn.Linear(cin, num_classes)

    def forward(self, x):
        x = F.relu(self.bn(self.blocks(self.conv(x))))
        return self.fc(x.mean((2, 3)))

model = WideResNet({n}, {k}, num_classes={classes}, dropout={float(cfg.get('dropout', 0.0))}, in_channels={cfg.get('in_channels', 3)})
"""


def _wide_smoke(cfg: dict) -> tuple[dict, str]:
    if not cfg.get("cifar"):
        return dict(cfg, blocks=[1, 1, 1, 1], image_size=32), "one wide bottleneck block per stage, 32x32 input"
    return (dict(cfg, blocks_per_group=1, widen=1),
            f"one block per group instead of {(int(cfg['depth']) - 4) // 6}, widening factor 1 instead of {cfg['widen']}")


WIDE_RESNET = Builder(
    kind="wide_resnet", source="cell",
    variants={v: _wide_variant(v) for v in ("16-4", "16-8", "22-8", "28-10", "40-2", "40-4", "50-2", "101-2")},
    default_variant="28-10", code=_wide_code, smoke=_wide_smoke, parse_variant=_wide_variant,
    source_of=lambda cfg: "cell" if cfg.get("cifar") else "torchvision",
    label=lambda v, cfg: f"WRN-{cfg['depth']}-{cfg['widen']}" + (" (CIFAR)" if cfg.get("cifar") else " (bottleneck)"))

# ------------------------------------------------------------------------------------------ VGG
_VGG = {11: "A", 13: "B", 16: "D", 19: "E"}


def _vgg_code(cfg: dict) -> str:
    layers = cfg.get("layers")
    spec = f"{layers!r}" if layers else f"cfgs[{_VGG[int(cfg['depth'])]!r}]"
    code = f"""
import torch
from torchvision.models.vgg import VGG, cfgs, make_layers
model = VGG(make_layers({spec}, batch_norm={bool(cfg.get('batch_norm', False))}), num_classes={int(cfg.get('num_classes', 1000))})
"""
    if cfg.get("fc_units"):  # the three fully-connected layers, narrower (VGG's own are 4096 wide on 512x7x7)
        last, fc = [c for c in layers if c != "M"][-1], int(cfg["fc_units"])
        code += f"""model.classifier = torch.nn.Sequential(
    torch.nn.Linear({last} * 7 * 7, {fc}), torch.nn.ReLU(True), torch.nn.Dropout(0.5),
    torch.nn.Linear({fc}, {fc}), torch.nn.ReLU(True), torch.nn.Dropout(0.5), torch.nn.Linear({fc}, {int(cfg.get('num_classes', 1000))}))
"""
    return code


def _vgg_smoke(cfg: dict) -> tuple[dict, str]:
    from_cfg = {"A": [64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"]}
    small = [c if c == "M" else c // 16 for c in from_cfg["A"]]
    return (dict(cfg, layers=small, fc_units=64, image_size=32),
            "VGG-11 layer plan with 1/16 of the channels, 64-unit fully-connected layers, 32x32 input")


VGG = Builder(kind="vgg", source="torchvision",
              variants={str(d): {"depth": d, "num_classes": 1000, "image_size": 224} for d in _VGG},
              default_variant="16", code=_vgg_code, smoke=_vgg_smoke,
              variant_of=lambda cfg: str(cfg["depth"]) if cfg.get("depth") in _VGG else None,
              label=lambda v, cfg: f"VGG-{cfg['depth']}")

# ------------------------------------------------------------------------------------- DenseNet
_DENSENET = {121: (32, (6, 12, 24, 16), 64), 161: (48, (6, 12, 36, 24), 96),
             169: (32, (6, 12, 32, 32), 64), 201: (32, (6, 12, 48, 32), 64)}


def _densenet_variant(cfg: dict) -> str | None:
    d = cfg.get("depth")
    if d in _DENSENET and not cfg.get("growth_rate_stated"):
        return str(d)
    if isinstance(d, int) and (d - 4) % 6 == 0:
        return f"bc-{d}"
    return None


def _densenet_blocks(cfg: dict) -> tuple[int, tuple, int]:
    d, k = int(cfg["depth"]), int(cfg.get("growth_rate", 32))
    if d in _DENSENET and not cfg.get("cifar"):
        g, blocks, init = _DENSENET[d]
        return k, blocks, init if k == g else 2 * k
    n = (d - 4) // 6  # DenseNet-BC on CIFAR: three dense blocks of n bottleneck layers, 2k initial channels
    return k, (n, n, n), 2 * k


def _densenet_code(cfg: dict) -> str:
    k, blocks, init = _densenet_blocks(cfg)
    blocks = tuple(cfg.get("blocks", blocks))
    return f"""
from torchvision.models.densenet import DenseNet
model = DenseNet(growth_rate={k}, block_config={blocks}, num_init_features={init}, bn_size=4, num_classes={int(cfg.get('num_classes', 1000))})
"""


def _densenet_smoke(cfg: dict) -> tuple[dict, str]:
    k, blocks, _ = _densenet_blocks(cfg)
    return (dict(cfg, growth_rate=max(4, k // 4), blocks=(2,) * len(blocks), image_size=32),
            f"two layers per dense block instead of {blocks}, growth rate {max(4, k // 4)} instead of {k}, 32x32 input")


DENSENET = Builder(
    kind="densenet", source="torchvision",
    variants={**{str(d): {"depth": d, "growth_rate": v[0], "num_classes": 1000, "image_size": 224}
                 for d, v in _DENSENET.items()},
              **{f"bc-{d}": {"depth": d, "growth_rate": k, "num_classes": 10, "image_size": 32, "cifar": True}
                 for d, k in ((100, 12), (250, 24), (190, 40))}},
    default_variant="121", code=_densenet_code, smoke=_densenet_smoke, variant_of=_densenet_variant,
    label=lambda v, cfg: (f"DenseNet-BC (L={cfg['depth']}, k={cfg.get('growth_rate')})" if cfg.get("cifar")
                          else f"DenseNet-{cfg['depth']}"))

# -------------------------------------------------------------------------------------- AlexNet
def _alexnet_code(cfg: dict) -> str:
    c, fc = list(cfg["channels"]), int(cfg["fc_units"])
    return f"""
import torch
from torch import nn

# five convolutional layers ({c} kernels; the 2nd, 4th and 5th see only their own GPU's half: groups=2),
# response normalisation after the 1st and 2nd, overlapping 3x3/2 max pooling, three fully-connected layers
def conv(cin, cout, k, stride, pad, groups):
    return [nn.Conv2d(cin, cout, k, stride, pad, groups=groups), nn.ReLU(inplace=True)]

features = nn.Sequential(
    *conv({cfg.get('in_channels', 3)}, {c[0]}, 11, 4, 2, 1), nn.LocalResponseNorm(5, 1e-4, 0.75, 2.0), nn.MaxPool2d(3, 2),
    *conv({c[0]}, {c[1]}, 5, 1, 2, 2), nn.LocalResponseNorm(5, 1e-4, 0.75, 2.0), nn.MaxPool2d(3, 2),
    *conv({c[1]}, {c[2]}, 3, 1, 1, 1), *conv({c[2]}, {c[3]}, 3, 1, 1, 2), *conv({c[3]}, {c[4]}, 3, 1, 1, 2),
    nn.MaxPool2d(3, 2), nn.AdaptiveAvgPool2d((6, 6)), nn.Flatten())
model = nn.Sequential(features,
    nn.Dropout(0.5), nn.Linear({c[4]} * 6 * 6, {fc}), nn.ReLU(inplace=True),
    nn.Dropout(0.5), nn.Linear({fc}, {fc}), nn.ReLU(inplace=True),
    nn.Linear({fc}, {int(cfg.get('num_classes', 1000))}))
# He initialisation (variance-preserving for ReLU): at PyTorch's default init the signal shrinks through the eight
# layers and the two response norms, and a scaled-down copy stays at chance; the paper's N(0, 0.01) suits only its
# full widths on raw 0-255 pixels
for _layer in model.modules():
    if isinstance(_layer, (nn.Conv2d, nn.Linear)):
        nn.init.kaiming_normal_(_layer.weight, nonlinearity="relu"); nn.init.zeros_(_layer.bias)
"""


def _alexnet_smoke(cfg: dict) -> tuple[dict, str]:
    return (dict(cfg, channels=[max(2, x // 32 * 2) for x in cfg["channels"]], fc_units=64, image_size=64),
            "1/16 of the convolution channels, 64 units in the fully-connected layers, 64x64 input")


ALEXNET = Builder(kind="alexnet", source="cell",
                  variants={"alexnet": {"channels": [96, 256, 384, 384, 256], "fc_units": 4096,
                                        "num_classes": 1000, "image_size": 224}},
                  default_variant="alexnet", code=_alexnet_code, smoke=_alexnet_smoke,
                  label=lambda v, cfg: "AlexNet")

# ------------------------------------------------- a plain CNN the paper sizes itself (cell)
def _cnn_code(cfg: dict) -> str:
    ch, k, fc = list(cfg["channels"]), int(cfg.get("kernel_size", 3)), cfg.get("fc_units")
    cin, size = int(cfg.get("in_channels", 3)), int(cfg.get("image_size", 32))
    head = (f"nn.Linear(n_flat, {int(fc)}), nn.ReLU(), nn.Linear({int(fc)}, {int(cfg.get('num_classes', 10))})"
            if fc else f"nn.Linear(n_flat, {int(cfg.get('num_classes', 10))})")
    return f"""
import torch
from torch import nn

# convolutional layers of {ch} channels ({k}x{k} kernels, same padding, ReLU), 2x2 max pooling after
# {'each' if cfg.get('pool') == 'each' else 'the last'} of them, then the fully-connected classifier
layers, cin = [], {cin}
for i, cout in enumerate({ch}):
    layers += [nn.Conv2d(cin, cout, {k}, padding={k // 2}), nn.ReLU()]
    if {cfg.get('pool') == 'each'} or i == {len(ch) - 1}:
        layers.append(nn.MaxPool2d(2))
    cin = cout
features = nn.Sequential(*layers)
n_flat = features(torch.zeros(1, {cin}, {size}, {size})).numel()
model = nn.Sequential(features, nn.Flatten(), {head})
"""


def _cnn_smoke(cfg: dict) -> tuple[dict, str]:
    half = [max(4, c // 2) for c in cfg["channels"]]
    out = dict(cfg, channels=half)
    if cfg.get("fc_units"):
        out["fc_units"] = max(16, int(cfg["fc_units"]) // 2)
    return out, f"half the channels ({half} instead of {list(cfg['channels'])})"


CNN = Builder(kind="cnn", source="cell",
              variants={"cnn": {"channels": [32, 64], "kernel_size": 3, "in_channels": 3, "image_size": 32,
                                "num_classes": 10, "pool": "last"}},
              default_variant="cnn", code=_cnn_code, smoke=_cnn_smoke,
              label=lambda v, cfg: f"CNN ({len(cfg['channels'])} conv layers)")

BUILDERS = [RESNET, WIDE_RESNET, VGG, DENSENET, ALEXNET, CNN]
