"""Efficient convolutional networks for mobile devices: torchvision's width-multiplied MobileNet v2/v3,
EfficientNet and ShuffleNet v2, and ShuffleNet v1 (pointwise group convolutions and channel shuffle), which no
maintained library ships, written in the cell from the paper's description."""
from __future__ import annotations

import re

from .base import Builder

# ----------------------------------------------------------------- width-multiplied mobile nets
_MOBILE = {"mobilenet_v2": "mobilenet_v2", "mobilenet_v3_large": "mobilenet_v3_large",
           "mobilenet_v3_small": "mobilenet_v3_small",
           **{f"efficientnet_b{i}": f"efficientnet_b{i}" for i in range(8)},
           "shufflenet_v2_x1_0": "shufflenet_v2_x1_0", "shufflenet_v2_x2_0": "shufflenet_v2_x2_0"}
_SMALLER = {"mobilenet_v2": "mobilenet_v2", "mobilenet_v3_large": "mobilenet_v3_small",
            "mobilenet_v3_small": "mobilenet_v3_small", "shufflenet_v2_x1_0": "shufflenet_v2_x0_5",
            "shufflenet_v2_x2_0": "shufflenet_v2_x0_5", **{f"efficientnet_b{i}": "efficientnet_b0" for i in range(8)}}


def _mobile_code(cfg: dict) -> str:
    fn = cfg.get("factory", cfg["model"])
    extra = f", width_mult={cfg['width_mult']}" if cfg.get("width_mult") and fn == "mobilenet_v2" else ""
    return f"""
from torchvision import models
model = models.{fn}(weights=None, num_classes={int(cfg.get('num_classes', 1000))}{extra})
"""


def _mobile_smoke(cfg: dict) -> tuple[dict, str]:
    small = _SMALLER[cfg["model"]]
    out = dict(cfg, factory=small, image_size=64)
    if small == "mobilenet_v2":
        out["width_mult"] = 0.25
        return out, "width multiplier 0.25, 64x64 input"
    return out, (f"{small} (the same class with smaller width/depth multipliers) instead of {cfg['model']}, "
                 "64x64 input")


MOBILE = Builder(kind="mobile", source="torchvision",
                 variants={k: {"model": v, "num_classes": 1000, "image_size": 224} for k, v in _MOBILE.items()},
                 default_variant="mobilenet_v2", code=_mobile_code, smoke=_mobile_smoke,
                 label=lambda v, cfg: cfg["model"])


# ------------------------------------------- ShuffleNet v1: group convolutions + channel shuffle (cell)
# output channels of stage 2 at scale 1x for g groups (stage 3 and 4 double them); 4 / 8 / 4 units per stage
_SHUFFLE_STAGE2 = {1: 144, 2: 200, 3: 240, 4: 272, 8: 384}


def _shufflenet_variant(name: str) -> dict | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)x_g(\d)", name or "")
    if not m or int(m.group(2)) not in _SHUFFLE_STAGE2:
        return None
    return {"scale": float(m.group(1)), "groups": int(m.group(2)), "units": [4, 8, 4], "num_classes": 1000,
            "image_size": 224}


def _shufflenet_code(cfg: dict) -> str:
    g, s = int(cfg["groups"]), float(cfg["scale"])
    # stage 2's scaled width, rounded to a multiple of 4g so that the bottleneck (a quarter) splits into g
    # groups; each next stage doubles it
    w2 = max(1, round(_SHUFFLE_STAGE2[g] * s / (4 * g))) * 4 * g
    widths = [w2, 2 * w2, 4 * w2]
    return f"""
import torch
from torch import nn


def channel_shuffle(x, groups):
    n, c, h, w = x.shape  # (groups, channels per group) -> transpose -> flatten: every group sees every group
    return x.view(n, groups, c // groups, h, w).transpose(1, 2).reshape(n, c, h, w)


class ShuffleUnit(nn.Module):
    \"\"\"1x1 group conv (bottleneck = 1/4 of the output) -> channel shuffle -> 3x3 depthwise conv (stride) ->
    1x1 group conv; identity shortcut and add, or at stride 2 a 3x3 average-pooled shortcut concatenated.\"\"\"

    def __init__(self, cin, cout, groups, stride, first_grouped=True):
        super().__init__()
        self.stride, self.groups = stride, groups if first_grouped else 1
        branch = cout - cin if stride == 2 else cout
        mid = cout // 4
        self.gconv1 = nn.Sequential(nn.Conv2d(cin, mid, 1, groups=self.groups, bias=False), nn.BatchNorm2d(mid), nn.ReLU())
        self.dwconv = nn.Sequential(nn.Conv2d(mid, mid, 3, stride, 1, groups=mid, bias=False), nn.BatchNorm2d(mid))
        self.gconv2 = nn.Sequential(nn.Conv2d(mid, branch, 1, groups=groups, bias=False), nn.BatchNorm2d(branch))

    def forward(self, x):
        y = self.gconv2(self.dwconv(channel_shuffle(self.gconv1(x), self.groups)))
        if self.stride == 2:
            return torch.relu(torch.cat([nn.functional.avg_pool2d(x, 3, 2, 1), y], 1))
        return torch.relu(x + y)


class ShuffleNet(nn.Module):
    def __init__(self, groups={g}, widths={widths}, units={list(cfg["units"])}, num_classes={int(cfg.get("num_classes", 1000))}):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 24, 3, 2, 1, bias=False), nn.BatchNorm2d(24), nn.ReLU(),
                                  nn.MaxPool2d(3, 2, 1))
        layers, cin = [], 24
        for stage, (cout, n) in enumerate(zip(widths, units)):
            for i in range(n):  # the first unit of each stage has stride 2; stage 2's first 1x1 conv is not grouped
                layers.append(ShuffleUnit(cin, cout, groups, 2 if i == 0 else 1, first_grouped=(stage, i) != (0, 0)))
                cin = cout
        self.stages = nn.Sequential(*layers)
        self.fc = nn.Linear(cin, num_classes)

    def forward(self, x):
        return self.fc(self.stages(self.stem(x)).mean((2, 3)))


model = ShuffleNet()
"""


def _shufflenet_smoke(cfg: dict) -> tuple[dict, str]:
    return (dict(cfg, scale=0.25, units=[1, 2, 1], image_size=64),
            f"scale factor 0.25 instead of {cfg['scale']:g}x, 1/2/1 units per stage instead of "
            f"{'/'.join(str(u) for u in cfg['units'])}, 64x64 input (same groups, g = {cfg['groups']})")


SHUFFLENET = Builder(kind="shufflenet", source="cell", variants={"1x_g3": _shufflenet_variant("1x_g3")},
                     default_variant="1x_g3", code=_shufflenet_code, smoke=_shufflenet_smoke,
                     parse_variant=_shufflenet_variant,
                     label=lambda v, cfg: f"ShuffleNet {cfg['scale']:g}x (g = {cfg['groups']})")

BUILDERS = [MOBILE, SHUFFLENET]
