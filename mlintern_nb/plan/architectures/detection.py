"""Detection and segmentation: torchvision's Faster R-CNN (on the paper's VGG-16 or a ResNet-50-FPN
backbone), Mask R-CNN, RetinaNet and SSD300; U-Net and the YOLO (v1) network written in the cell from their
papers' descriptions."""
from __future__ import annotations

from .base import Builder


def _frcnn_code(cfg: dict) -> str:
    classes, size = int(cfg.get("num_classes", 21)), int(cfg.get("image_size", 600))
    if cfg.get("backbone") == "vgg16":
        vgg = cfg.get("vgg_layers")
        layers = f"make_layers({vgg!r})" if vgg else "make_layers(cfgs['D'])[:-1]"
        fc = int(cfg.get("fc_units", 4096))
        return f"""
import torch
from torchvision.models.vgg import cfgs, make_layers
from torchvision.models.detection import FasterRCNN
from torchvision.models.detection.anchor_utils import AnchorGenerator
from torchvision.models.detection.faster_rcnn import FastRCNNPredictor, TwoMLPHead
from torchvision.ops import MultiScaleRoIAlign
backbone = {layers}  # the shared convolutional layers, up to the last conv (no last pooling)
backbone.out_channels = [m for m in backbone if isinstance(m, torch.nn.Conv2d)][-1].out_channels
# k = 9 anchors per position: 3 scales x 3 aspect ratios on the one shared feature map
anchors = AnchorGenerator(({tuple(int(a) for a in cfg.get('anchor_sizes', (128, 256, 512)))},), ((0.5, 1.0, 2.0),))
model = FasterRCNN(backbone, min_size={size}, max_size={int(size * 5 / 3)}, rpn_anchor_generator=anchors,
                   box_roi_pool=MultiScaleRoIAlign(["0"], 7, 2),
                   box_head=TwoMLPHead(backbone.out_channels * 7 * 7, {fc}),
                   box_predictor=FastRCNNPredictor({fc}, {classes}))
"""
    return f"""
from torchvision.models.detection import fasterrcnn_resnet50_fpn
model = fasterrcnn_resnet50_fpn(weights=None, weights_backbone=None, num_classes={classes},
                                min_size={size}, max_size={int(size * 5 / 3)})
"""


def _frcnn_smoke(cfg: dict) -> tuple[dict, str]:
    if cfg.get("backbone") == "vgg16":
        # the anchors scale with the image (128-512 pixels on 600-pixel images): the same 3 x 3 anchors per position
        anchors = [max(8, round(a * 128 / int(cfg.get("image_size", 600)))) for a in (128, 256, 512)]
        return (dict(cfg, vgg_layers=[8, "M", 16, "M", 32, "M", 32], fc_units=64, image_size=128, anchor_sizes=anchors),
                "VGG-style backbone with 4 conv layers of 8-32 channels, 64-unit box head, 128-pixel images "
                f"(anchors {anchors[0]}-{anchors[-1]} pixels, scaled with the image)")
    return dict(cfg, image_size=128), "128-pixel images"


FASTER_RCNN = Builder(kind="faster_rcnn", source="torchvision",
                      variants={"vgg16": {"backbone": "vgg16", "num_classes": 21, "image_size": 600},
                                "resnet50-fpn": {"backbone": "resnet50-fpn", "num_classes": 91, "image_size": 800}},
                      default_variant="vgg16", code=_frcnn_code, smoke=_frcnn_smoke,
                      label=lambda v, cfg: f"Faster R-CNN ({cfg['backbone']})")


# Mask R-CNN and RetinaNet: torchvision's classes on a ResNet-FPN backbone (no weights: offline, random init)
_FPN_DETECTORS = {"mask_rcnn": ("MaskRCNN", "maskrcnn_resnet50_fpn"), "retinanet": ("RetinaNet", "retinanet_resnet50_fpn")}


def _fpn_code(kind: str):
    cls, factory = _FPN_DETECTORS[kind]
    module = "mask_rcnn" if kind == "mask_rcnn" else "retinanet"

    def code(cfg: dict) -> str:
        classes, size = int(cfg.get("num_classes", 91)), int(cfg.get("image_size", 800))
        depth = int(cfg.get("backbone_depth", 50))
        if cfg.get("fpn_channels"):  # smoke: the same detector class on a one-block-per-stage ResNet, narrow FPN/heads
            c = int(cfg["fpn_channels"])
            if kind == "retinanet":
                layers, heads = "{'layer2': '0', 'layer3': '1', 'layer4': '2'}, [128, 256, 512]", ""
                extra = f", extra_blocks=LastLevelP6P7({c}, {c})"
            else:
                layers, extra = "{'layer1': '0', 'layer2': '1', 'layer3': '2', 'layer4': '3'}, [64, 128, 256, 512]", ""
                heads = (f",\n    box_roi_pool=MultiScaleRoIAlign(['0', '1', '2', '3'], 7, 1), "
                         f"mask_roi_pool=MultiScaleRoIAlign(['0', '1', '2', '3'], 14, 1),"
                         f"\n    box_head=TwoMLPHead({c} * 7 * 7, {8 * c}), box_predictor=FastRCNNPredictor({8 * c}, {classes}),"
                         f"\n    mask_head=MaskRCNNHeads({c}, [{c}] * 4, 1), mask_predictor=MaskRCNNPredictor({c}, {c}, {classes})")
            imports = ("from torchvision.models.detection.mask_rcnn import MaskRCNNHeads, MaskRCNNPredictor\n"
                       "from torchvision.models.detection.faster_rcnn import FastRCNNPredictor, TwoMLPHead\n"
                       "from torchvision.ops import MultiScaleRoIAlign\n"
                       if kind == "mask_rcnn" else "")
            return f"""
from torchvision.models.detection.{module} import {cls}
{imports}from torchvision.models.detection.backbone_utils import BackboneWithFPN
from torchvision.models.resnet import ResNet, BasicBlock
from torchvision.ops.feature_pyramid_network import LastLevelP6P7
backbone = BackboneWithFPN(ResNet(BasicBlock, [1, 1, 1, 1]), {layers}, {c}{extra})
model = {cls}(backbone, num_classes={'None' if heads else classes}, min_size={size}, max_size={int(size * 5 / 3)}{heads})
"""
        if depth == 50:
            return f"""
from torchvision.models.detection import {factory}
model = {factory}(weights=None, weights_backbone=None, num_classes={classes}, min_size={size}, max_size={int(size * 5 / 3)})
"""
        extra = (", returned_layers=[2, 3, 4], extra_blocks=LastLevelP6P7(256, 256)" if kind == "retinanet" else "")
        return f"""
from torchvision.models.detection.{module} import {cls}
from torchvision.models.detection.backbone_utils import resnet_fpn_backbone
from torchvision.ops.feature_pyramid_network import LastLevelP6P7
backbone = resnet_fpn_backbone(backbone_name='resnet{depth}', weights=None, trainable_layers=5{extra})
model = {cls}(backbone, num_classes={classes}, min_size={size}, max_size={int(size * 5 / 3)})
"""
    return code


def _fpn_smoke(cfg: dict) -> tuple[dict, str]:
    return (dict(cfg, fpn_channels=32, image_size=64),
            f"a ResNet with one basic block per stage instead of ResNet-{cfg.get('backbone_depth', 50)}, "
            "32-channel FPN and heads instead of 256, one RoIAlign sample per bin instead of 2, 64-pixel images")


def _fpn_builder(kind: str, label: str) -> Builder:
    return Builder(kind=kind, source="torchvision",
                   variants={f"resnet{d}-fpn": {"backbone_depth": d, "num_classes": 91, "image_size": 800}
                             for d in (50, 101)},
                   default_variant="resnet50-fpn", code=_fpn_code(kind), smoke=_fpn_smoke,
                   label=lambda v, cfg: f"{label} (ResNet-{cfg.get('backbone_depth', 50)}-FPN)")


MASK_RCNN = _fpn_builder("mask_rcnn", "Mask R-CNN")
RETINANET = _fpn_builder("retinanet", "RetinaNet")


def _unet_code(cfg: dict) -> str:
    widths = [int(cfg["base_channels"]) * 2 ** i for i in range(int(cfg["depth"]) + 1)]
    return f"""
import torch
from torch import nn
import torch.nn.functional as F

def double_conv(cin, cout):  # two unpadded 3x3 convolutions, each followed by a ReLU
    return nn.Sequential(nn.Conv2d(cin, cout, 3), nn.ReLU(inplace=True), nn.Conv2d(cout, cout, 3), nn.ReLU(inplace=True))

class UNet(nn.Module):
    # contracting path {widths}: double conv + 2x2 max pool; expansive path: 2x2 up-convolution halving the
    # channels, concatenation with the cropped contracting feature map, double conv; a 1x1 conv to the classes
    def __init__(self, widths, in_channels, num_classes):
        super().__init__()
        self.down = nn.ModuleList()
        cin = in_channels
        for w in widths:
            self.down.append(double_conv(cin, w))
            cin = w
        self.up = nn.ModuleList(nn.ConvTranspose2d(w, w // 2, 2, stride=2) for w in widths[:0:-1])
        self.dec = nn.ModuleList(double_conv(w, w // 2) for w in widths[:0:-1])
        self.out = nn.Conv2d(widths[0], num_classes, 1)

    def forward(self, x):
        skips = []
        for i, block in enumerate(self.down):
            x = block(x)
            if i < len(self.down) - 1:
                skips.append(x)
                x = F.max_pool2d(x, 2)
        for up, dec, skip in zip(self.up, self.dec, reversed(skips)):
            x = up(x)
            dy, dx = (skip.shape[2] - x.shape[2]) // 2, (skip.shape[3] - x.shape[3]) // 2
            x = dec(torch.cat([skip[:, :, dy:dy + x.shape[2], dx:dx + x.shape[3]], x], 1))
        return self.out(x)

model = UNet({widths}, in_channels={int(cfg.get('in_channels', 1))}, num_classes={int(cfg.get('num_classes', 2))})
"""


def _unet_smoke(cfg: dict) -> tuple[dict, str]:
    return (dict(cfg, base_channels=8, depth=2, image_size=64),
            f"2 down-sampling steps instead of {cfg['depth']}, 8 base channels instead of {cfg['base_channels']}, "
            "64x64 input")


UNET = Builder(kind="unet", source="cell",
               variants={"unet": {"base_channels": 64, "depth": 4, "in_channels": 1, "num_classes": 2,
                                  "image_size": 572}},
               default_variant="unet", code=_unet_code, smoke=_unet_smoke, label=lambda v, cfg: "U-Net")

# YOLO v1 (the 24 convolutional layers: 1x1 reductions followed by 3x3 convolutions, then 2 FC layers)
_YOLO_CONVS = ("7x64s2 M 3x192 M 1x128 3x256 1x256 3x512 M " + "1x256 3x512 " * 4 + "1x512 3x1024 M "
               + "1x512 3x1024 " * 2 + "3x1024 3x1024s2 3x1024 3x1024")


def _yolo_code(cfg: dict) -> str:
    s, b, c = int(cfg["grid"]), int(cfg["boxes"]), int(cfg["num_classes"])
    plan, fc = cfg.get("layers", _YOLO_CONVS), int(cfg.get("fc_units", 4096))
    return f"""
import torch
from torch import nn

PLAN = {plan!r}  # KxC[sS]: a KxK convolution with C filters (stride S), M: 2x2 max pool
layers, cin = [], {int(cfg.get('in_channels', 3))}
for item in PLAN.split():
    if item == "M":
        layers.append(nn.MaxPool2d(2, 2))
        continue
    k, rest = item.split("x")
    cout, _, stride = rest.partition("s")
    layers += [nn.Conv2d(cin, int(cout), int(k), int(stride or 1), int(k) // 2), nn.LeakyReLU(0.1)]
    cin = int(cout)
S, B, C = {s}, {b}, {c}
model = nn.Sequential(*layers, nn.AdaptiveAvgPool2d(S), nn.Flatten(), nn.Linear(cin * S * S, {fc}),
                      nn.LeakyReLU(0.1), nn.Dropout(0.5), nn.Linear({fc}, S * S * (B * 5 + C)))
"""


def _yolo_smoke(cfg: dict) -> tuple[dict, str]:
    # total stride 16 on a 112-pixel input: the last convolution's map is S x S = 7 x 7, as in full (448 / 64)
    return (dict(cfg, layers="7x8s2 M 3x16 M 1x8 3x16 3x32s2 3x32", fc_units=256, image_size=112),
            "6 convolutional layers of 8-32 filters instead of 24 of 64-1024 (stride 16 instead of 64), "
            "256 units in the first FC layer instead of 4096, 112x112 input")


YOLO = Builder(kind="yolo", source="cell",
               variants={"v1": {"grid": 7, "boxes": 2, "num_classes": 20, "image_size": 448}},
               default_variant="v1", code=_yolo_code, smoke=_yolo_smoke, label=lambda v, cfg: "YOLO (v1)")


# SSD: default boxes of several aspect ratios on every cell of several feature maps of decreasing size, one
# 3x3 convolution per map predicting class scores and box offsets, hard negative mining (torchvision's SSD)
def _ssd_code(cfg: dict) -> str:
    classes, size = int(cfg.get("num_classes", 21)), int(cfg.get("image_size", 300))
    widths = cfg.get("widths")
    if not widths:
        return f"""
from torchvision.models.detection import ssd300_vgg16
# VGG-16 to conv4_3 (L2-normalised), pool5 3x3-s1, fc6/fc7 as (dilated) convolutions, conv8_2 ... conv11_2
model = ssd300_vgg16(weights=None, weights_backbone=None, num_classes={classes})
"""
    return f"""
from collections import OrderedDict
import torch
from torch import nn
from torchvision.models.detection.anchor_utils import DefaultBoxGenerator
from torchvision.models.detection.ssd import SSD


class MultiScaleFeatures(nn.Module):
    \"\"\"SSD's feature layers, narrower: a VGG-style stack of 3x3 convolutions and 2x2 max pools (its last map
    L2-normalised with a learned scale, as conv4_3), then extra layers (1x1 reduction, 3x3 stride-2 convolution),
    each halving the map; every map feeds the predictors.\"\"\"

    def __init__(self, widths={list(widths)}, extra={list(cfg['extra'])}):
        super().__init__()
        layers, cin = [], 3
        for w in widths:
            layers += ["M"] if w == "M" else [nn.Conv2d(cin, w, 3, padding=1), nn.ReLU(inplace=True)]
            cin = cin if w == "M" else w
        self.base = nn.Sequential(*[nn.MaxPool2d(2, 2, ceil_mode=True) if m == "M" else m for m in layers])
        self.scale = nn.Parameter(torch.ones(cin) * 20)
        self.extra = nn.ModuleList()
        for w in extra:
            self.extra.append(nn.Sequential(nn.Conv2d(cin, w // 2, 1), nn.ReLU(inplace=True),
                                            nn.Conv2d(w // 2, w, 3, stride=2, padding=1), nn.ReLU(inplace=True)))
            cin = w

    def forward(self, x):
        x = self.base(x)
        maps = [self.scale.view(1, -1, 1, 1) * nn.functional.normalize(x)]
        for block in self.extra:
            x = block(x)
            maps.append(x)
        return OrderedDict((str(i), m) for i, m in enumerate(maps))


backbone = MultiScaleFeatures()
# aspect ratios per map as SSD300's: {{1, 2, 1/2}} on the first and last, {{1, 2, 3, 1/2, 1/3}} between
ratios = [[2]] + [[2, 3]] * {len(cfg['extra']) - 1} + [[2]]
model = SSD(backbone, DefaultBoxGenerator(ratios), ({size}, {size}), num_classes={classes})
"""


def _ssd_smoke(cfg: dict) -> tuple[dict, str]:
    return (dict(cfg, widths=[16, "M", 32, "M", 32], extra=[64, 64, 64], image_size=64),
            "a VGG-style base of 3 convolutions (16-32 channels, 2 pools) instead of VGG-16 to conv4_3, "
            "3 extra feature layers of 64 channels instead of fc6/fc7 and conv8-11 (4 prediction maps instead "
            "of 6), 64x64 input instead of 300x300")


SSD = Builder(kind="ssd", source="torchvision", variants={"300": {"num_classes": 21, "image_size": 300}},
              default_variant="300", code=_ssd_code, smoke=_ssd_smoke, label=lambda v, cfg: "SSD300 (VGG-16)")


# PSPNet: a dilated ResNet (output stride 8, torchvision's replace_stride_with_dilation) and the pyramid pooling
# module written in the cell: average pooling to 1x1, 2x2, 3x3 and 6x6 bins, a 1x1 convolution to 1/4 of the
# channels for each, bilinear upsampling, concatenation with the features, a 3x3 convolution, the classifier
def _psp_code(cfg: dict) -> str:
    depth, classes, reduce = int(cfg["backbone_depth"]), int(cfg.get("num_classes", 21)), int(cfg["ppm_channels"])
    blocks = cfg.get("blocks") or {50: [3, 4, 6, 3], 101: [3, 4, 23, 3], 152: [3, 8, 36, 3]}[depth]
    width = int(cfg.get("width_per_group", 64))
    return f"""
import torch
from torch import nn
import torch.nn.functional as F
from torchvision.models.resnet import Bottleneck, ResNet


class PSPNet(nn.Module):
    def __init__(self, num_classes={classes}, bins={tuple(cfg['bins'])}, reduce={reduce}):
        super().__init__()
        resnet = ResNet(Bottleneck, {list(blocks)}, width_per_group={width},
                        replace_stride_with_dilation=[False, True, True])  # dilated: output stride 8
        self.features = nn.Sequential(*list(resnet.children())[:-2])
        c = 2048  # the ResNet's last stage (Bottleneck: 4 x 512)
        self.pyramid = nn.ModuleList(nn.Sequential(nn.AdaptiveAvgPool2d(b), nn.Conv2d(c, reduce, 1, bias=False),
                                                   nn.BatchNorm2d(reduce), nn.ReLU(inplace=True)) for b in bins)
        self.head = nn.Sequential(nn.Conv2d(c + len(bins) * reduce, reduce, 3, padding=1, bias=False),
                                  nn.BatchNorm2d(reduce), nn.ReLU(inplace=True), nn.Dropout2d(0.1),
                                  nn.Conv2d(reduce, num_classes, 1))

    def forward(self, x):
        f = self.features(x)
        pooled = [F.interpolate(p(f), size=f.shape[-2:], mode="bilinear", align_corners=False) for p in self.pyramid]
        out = self.head(torch.cat([f, *pooled], 1))
        return F.interpolate(out, size=x.shape[-2:], mode="bilinear", align_corners=False)


model = PSPNet()
"""


def _psp_smoke(cfg: dict) -> tuple[dict, str]:
    return (dict(cfg, blocks=[1, 1, 1, 1], width_per_group=8, ppm_channels=64, image_size=32),
            f"one bottleneck block per stage instead of ResNet-{cfg['backbone_depth']}'s, bottleneck width 1/8, "
            f"64 channels in the pyramid pooling branches instead of {cfg['ppm_channels']}, 32x32 input")


PSPNET = Builder(kind="pspnet", source="cell",
                 variants={"resnet50": {"backbone_depth": 50, "bins": [1, 2, 3, 6], "ppm_channels": 512,
                                        "num_classes": 21, "image_size": 473, "in_channels": 3}},
                 default_variant="resnet50", code=_psp_code, smoke=_psp_smoke,
                 label=lambda v, cfg: f"PSPNet (dilated ResNet-{cfg['backbone_depth']})")

BUILDERS = [FASTER_RCNN, MASK_RCNN, RETINANET, SSD, UNET, YOLO, PSPNET]
