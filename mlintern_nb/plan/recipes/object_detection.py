"""object-detection: the paper's own detector from the architecture registry when it names one (torchvision's
Faster R-CNN / Mask R-CNN / RetinaNet; the YOLO network with the grid loss of ``_detection_grid``); else
torchvision's Faster R-CNN (region proposal network + RoI head; VGG-16 features
in full, a small conv backbone in smoke) or a one-stage grid detector written in the cell (an S x S
grid regressing boxes, confidence and class scores, the sum-squared loss of the YOLO formulation);
metric: mean average precision at IoU 0.5 (VOC style, all-point interpolation). Offline stand-in:
images made in the cell with rectangles and discs and their boxes."""
from __future__ import annotations

import re

from ._detection_grid import GRID, YOLO
from .base import Recipe, notebook_model_code, paper_model, template_cells

DATA = r'''
# Data: synthetic scenes — noisy background, 1-3 objects (class 1 rectangle, class 2 disc) with their boxes
if data_dir:
    raise NotImplementedError("data_dir for detection: load your images and boxes here (xyxy pixels, labels from 1)")
SIZE = ARCH["image_size"]
def make_scenes(n, rng):
    imgs, targets = [], []
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    for _ in range(n):
        img = rng.normal(0.5, 0.08, (3, SIZE, SIZE)).astype(np.float32)
        boxes, labels = [], []
        for _ in range(rng.integers(1, 4)):
            w, h = rng.integers(SIZE // 6, int(SIZE / 2.5), size=2)
            x0, y0 = rng.integers(0, SIZE - w), rng.integers(0, SIZE - h)
            cls = int(rng.integers(1, 3))
            if cls == 1:
                mask = (xx >= x0) & (xx < x0 + w) & (yy >= y0) & (yy < y0 + h)
            else:
                r = min(w, h) / 2; w = h = int(2 * r)
                mask = (xx - x0 - r) ** 2 + (yy - y0 - r) ** 2 <= r * r
            img[:, mask] = rng.uniform(0, 1, 3)[:, None].astype(np.float32)
            boxes.append([x0, y0, x0 + w, y0 + h]); labels.append(cls)
        imgs.append(torch.tensor(img))
        targets.append({"boxes": torch.tensor(boxes, dtype=torch.float32), "labels": torch.tensor(labels)})
    return list(zip(imgs, targets))

rng = np.random.default_rng(seed)
train_ds, eval_ds = make_scenes(ARCH["train_images"], rng), make_scenes(ARCH["eval_images"], rng)
NUM_CLASSES = 3  # background + 2

class DetectionBatch:
    """Images and targets of one batch; .to(device) moves both (the shared train loop calls it)."""
    def __init__(self, items):
        self.images, self.targets = [i for i, _ in items], [t for _, t in items]
    def to(self, device):
        self.images = [i.to(device) for i in self.images]
        self.targets = [{k: v.to(device) for k, v in t.items()} for t in self.targets]
        return self

collate = DetectionBatch
DATA_NOTE = (f"STAND-IN: {len(train_ds)} + {len(eval_ds)} synthetic {SIZE}x{SIZE} scenes (rectangles and discs with "
             f"their boxes, made in the cell) instead of {DATASET_NAME}")
print(DATA_NOTE)
'''

FASTER_RCNN = r'''
# Model: Faster R-CNN (torchvision): a region proposal network sharing the backbone's features with
# the Fast R-CNN RoI head
try:
    from mlintern_nb.vision_compat import ensure_torchvision
    ensure_torchvision()
except ImportError:
    pass
import torch.nn as nn
import torchvision
from torchvision.models.detection import FasterRCNN
from torchvision.models.detection.anchor_utils import AnchorGenerator
from torchvision.models.detection.faster_rcnn import FastRCNNPredictor, TwoMLPHead
from torchvision.ops import MultiScaleRoIAlign

if ARCH["backbone"] == "vgg16":
    backbone = torchvision.models.vgg16(weights=None).features[:-1]; backbone.out_channels = 512
elif ARCH["backbone"] == "paper":  # the paper's own network as the feature extractor
{paper_code}
    backbone = model.features if hasattr(model, "features") else nn.Sequential(*list(model.children())[:-2])
    if type(model).__name__ == "SwinTransformer":  # channels-last stages
        backbone = nn.Sequential(backbone, torchvision.ops.Permute([0, 3, 1, 2]))
    with torch.no_grad():
        backbone.out_channels = backbone(torch.zeros(1, 3, SIZE, SIZE)).shape[1]
else:  # smoke: the same design at a small width — 3x3 conv stacks, stride 4
    w = ARCH["width"]
    backbone = nn.Sequential(nn.Conv2d(3, w, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(w, w, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(w, w, 3, padding=1), nn.ReLU())
    backbone.out_channels = w
anchors = AnchorGenerator(sizes=(tuple(ARCH["anchor_sizes"]),), aspect_ratios=((0.5, 1.0, 2.0),))
head = ARCH["head_size"]  # the RoI head's two fully connected layers (4096 in the paper's VGG-16)
model = FasterRCNN(backbone, num_classes=None, rpn_anchor_generator=anchors,
                   box_roi_pool=MultiScaleRoIAlign(["0"], output_size=7, sampling_ratio=2),
                   box_head=TwoMLPHead(backbone.out_channels * 49, head),
                   box_predictor=FastRCNNPredictor(head, NUM_CLASSES),
                   min_size=SIZE, max_size=SIZE, image_mean=[0.5] * 3, image_std=[0.25] * 3,
                   rpn_pre_nms_top_n_train=ARCH["proposals"] * 2, rpn_post_nms_top_n_train=ARCH["proposals"],
                   rpn_pre_nms_top_n_test=ARCH["proposals"] * 2, rpn_post_nms_top_n_test=ARCH["proposals"],
                   rpn_batch_size_per_image=ARCH["rpn_batch"], box_batch_size_per_image=ARCH["roi_batch"],
                   box_detections_per_img=20)

def compute_loss(model, batch):
    return sum(model(batch.images, batch.targets).values())

def detect(model, images):
    return model(images)

MODEL_NOTE = f"Faster R-CNN, backbone {ARCH['backbone']}, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

FPN_DETECTOR = r'''
# Model: the paper's own detector, {name} (torchvision; mlintern_nb.plan.architectures), random init
try:
    from mlintern_nb.vision_compat import ensure_torchvision
    ensure_torchvision()
except ImportError:
    pass
import torch
{code}
# the stand-in's few objects per image: proposals and sampled anchors/RoIs as the Faster R-CNN cell sets them
if hasattr(model, "rpn"):
    model.rpn._pre_nms_top_n = dict(training=ARCH["proposals"] * 2, testing=ARCH["proposals"] * 2)
    model.rpn._post_nms_top_n = dict(training=ARCH["proposals"], testing=ARCH["proposals"])
    model.rpn.fg_bg_sampler.batch_size_per_image = ARCH["rpn_batch"]
    model.roi_heads.fg_bg_sampler.batch_size_per_image = ARCH["roi_batch"]
    model.roi_heads.detections_per_img = 20
else:
    model.topk_candidates, model.detections_per_img = ARCH["proposals"] * 2, 20

def compute_loss(model, batch):
    targets = batch.targets
    if getattr(getattr(model, "roi_heads", None), "has_mask", lambda: False)():
        targets = []  # the mask branch trains on per-object masks: the stand-in's boxes filled (discs as boxes)
        for im, t in zip(batch.images, batch.targets):
            m = torch.zeros((len(t["boxes"]), *im.shape[-2:]), dtype=torch.uint8, device=im.device)
            for j, (x0, y0, x1, y1) in enumerate(t["boxes"].round().long().tolist()):
                m[j, y0:y1, x0:x1] = 1
            targets.append({**t, "masks": m})
    return sum(model(batch.images, targets).values())

def detect(model, images):
    return model(images)

MODEL_NOTE = "{name} (torchvision), random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: mAP at IoU 0.5 (per class: detections by score, greedy matching to unmatched ground truth,
# area under the interpolated precision-recall curve), averaged over the classes
from torchvision.ops import box_iou
model.eval()
dets, gts = [], []
with torch.no_grad():
    for i in range(0, len(eval_ds), 16):
        chunk = eval_ds[i:i + 16]
        dets += [{k: v.cpu() for k, v in d.items()} for d in detect(model, [im.to(DEVICE) for im, _ in chunk])]
        gts += [t for _, t in chunk]

def average_precision(c):
    scored, n_gt = [], 0
    for d, g in zip(dets, gts):
        gb = g["boxes"][g["labels"] == c]; n_gt += len(gb); used = set()
        m = d["labels"] == c
        for s, b in sorted(zip(d["scores"][m].tolist(), d["boxes"][m]), key=lambda sb: -sb[0]):
            ious = box_iou(b[None], gb)[0] if len(gb) else torch.zeros(0)
            j = int(ious.argmax()) if len(ious) else -1
            hit = j >= 0 and ious[j] >= 0.5 and j not in used
            if hit:
                used.add(j)
            scored.append((s, hit))
    if n_gt == 0:
        return 0.0
    scored.sort(key=lambda sh: -sh[0])
    tp = np.cumsum([h for _, h in scored]); fp = np.cumsum([not h for _, h in scored])
    rec = tp / n_gt if len(scored) else np.zeros(1); prec = tp / np.maximum(tp + fp, 1) if len(scored) else np.zeros(1)
    mrec = np.concatenate([[0], rec, [1]]); mpre = np.concatenate([[0], prec, [0]])
    for k in range(len(mpre) - 2, -1, -1):
        mpre[k] = max(mpre[k], mpre[k + 1])
    idx = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[idx + 1] - mrec[idx]) * mpre[idx + 1]))

aps = [average_precision(c) for c in (1, 2)]
metrics = {"mAP": float(np.mean(aps)), "AP_rectangle": aps[0], "AP_disc": aps[1]}
print(metrics)
'''

_ONE_STAGE = r"you only look once|single (?:convolutional )?(?:neural )?network .{0,80}(?:bounding box|class probabilit)|" \
             r"\bgrid cells?\b|one-stage detector|regression problem to spatially separated"


def detector_of(spec) -> str:
    """grid (one-stage regression) or faster-rcnn (region proposals), from the paper's own words."""
    text = " ".join([spec.title] + [f"{g.value} {g.quote or ''} {getattr(g, 'note', '') or ''}"
                                    for g in (spec.architecture, spec.loss) if g is not None])
    if re.search(r"region proposal|\br-?cnn\b|two-stage", text, re.I):
        return "faster-rcnn"
    return "grid" if re.search(_ONE_STAGE, text, re.I) else "faster-rcnn"


DETECTOR_KINDS = ("mask_rcnn", "retinanet", "faster_rcnn", "ssd")  # torchvision detectors: images + targets -> losses
GRID_KINDS = ("yolo",)  # one network -> an S x S grid tensor; the recipe's grid loss and decoding around it


def paper_detector(spec):
    """The paper's own detector from the architecture registry (torchvision's Faster R-CNN / Mask R-CNN /
    RetinaNet, the YOLO network), or None."""
    return paper_model(spec, lambda a: a.kind in DETECTOR_KINDS + GRID_KINDS, num_classes=3)


class ObjectDetection(Recipe):
    family = "object-detection"
    priority = 100
    keywords = ((r"\bobject detection\b|\bbounding box(?:es)?\b|\bregion proposals?\b|\bdetectors?\b", 2),)
    default_dataset = "PASCAL VOC 2007"
    datasets = ((r"voc|pascal", "PASCAL VOC 2007", ""), (r"\bcoco\b", "MS COCO", "detection-datasets/coco"),
                (r"kitti", "KITTI", ""))
    stand_in_text = "synthetic scenes made in the cell (rectangles and discs on noise, with their boxes)"
    model_family = "Faster R-CNN"
    smoke = {"learning_rate": 1e-3, "batch_size": 4, "max_steps": 120, "optimizer_name": "adam",
             "lr_schedule": "constant", "warmup_steps": 10, "weight_decay": 0.0, "max_grad_norm": 10.0}
    full = {"learning_rate": 1e-3, "batch_size": 2, "max_steps": 80000, "optimizer_name": "sgd", "momentum": 0.9,
            "lr_schedule": "step", "warmup_steps": 0, "weight_decay": 5e-4, "max_grad_norm": 10.0}
    arch_full = {"detector": "faster-rcnn", "backbone": "vgg16", "width": 64, "image_size": 448, "grid": 7,
                 "anchor_sizes": [128, 256, 512], "proposals": 300, "head_size": 4096, "rpn_batch": 256, "roi_batch": 128,
                 "train_images": 5000, "eval_images": 500}
    arch_smoke = {"detector": "faster-rcnn", "backbone": "small", "width": 32, "image_size": 64, "grid": 8,
                  "anchor_sizes": [12, 20, 32], "proposals": 32, "head_size": 128, "rpn_batch": 64,
                  "roi_batch": 32, "train_images": 320, "eval_images": 40}

    def architecture(self, spec, dataset):
        own = paper_detector(spec)
        if own is not None:  # the paper's own detector (Faster R-CNN, Mask R-CNN, RetinaNet, YOLO) from the registry
            full = dict(self.arch_full, detector=own.kind, backbone="paper", paper_architecture=own.kind,
                        params=own.count_params("full"))
            smoke = dict(self.arch_smoke, detector=own.kind, backbone="paper", paper_architecture=own.kind)
            if own.kind in GRID_KINDS:  # no resizing transform: the stand-in images have the network's input size
                full["image_size"], smoke["image_size"] = (int(own.values(p)["image_size"]) for p in ("full", "smoke"))
                # its fully connected head predicts the boxes from the whole image's features: on 320 stand-in
                # scenes it memorises them (train loss falls, eval mAP ~0.01); 4,000 scenes: 0.16 after 1,500 steps, 0.31 after 3,000
                smoke["train_images"] = 4000
            return full, smoke, own.name
        det = detector_of(spec)
        from .image_classification import paper_architecture
        pa = paper_architecture(spec) if det == "faster-rcnn" else None
        if pa is not None:  # a backbone paper evaluated on detection: its network feeds the detector
            full = dict(self.arch_full, detector=det, backbone="paper", paper_architecture=pa.kind)
            smoke = dict(self.arch_smoke, detector=det, backbone="paper", paper_architecture=pa.kind)
            return full, smoke, f"Faster R-CNN on {pa.name}"
        full, smoke = dict(self.arch_full, detector=det), dict(self.arch_smoke, detector=det)
        if det == "grid":
            full.update(backbone="grid", width=64, grid=7)
            smoke.update(backbone="grid", width=16, grid=8)
            return full, smoke, "one-stage grid detector (YOLO-style)"
        return full, smoke, "Faster R-CNN"

    def adjust_defaults(self, spec, dataset, smoke, full):
        own = paper_detector(spec)
        if own is not None and own.kind == "mask_rcnn":  # RoIAlign for boxes, masks and the mask targets is slow on CPU
            smoke.update(max_steps=40)
        if own is not None and own.kind in GRID_KINDS:
            smoke.update(max_steps=3000, learning_rate=1e-3, batch_size=8)
        elif detector_of(spec) == "grid":
            smoke.update(max_steps=300, learning_rate=2e-3, batch_size=8)

    def stand_in_label(self, dataset):
        return "stand-in: synthetic shapes made in the cell"

    def param_count(self, arch):
        if arch.get("params"):
            return int(arch["params"])
        if arch.get("backbone") == "vgg16":
            return int(14.7e6 + 2.4e6 + 25088 * 4096 + 4096 * 4096 + 4096 * 5 * 21)
        w = int(arch["width"])
        return int(9 * w * w * 4 * 6 + 1024 * w)

    def activation_bytes(self, arch, batch_size, seq_len):
        return (batch_size or 2) * int(arch["image_size"]) ** 2 * int(arch["width"]) * 16 * 4 * 3

    # a one-stage detector's classification loss: the paper's new loss against the one it replaces
    from ._detection_loss import LOSS_BASELINE as baselines

    def arms(self, plan):
        from ._detection_loss import loss_arms
        return loss_arms(plan)

    def config_lines(self, plan):
        return ["CLASS_LOSS = 'focal'  # classification loss of the one-stage head; the claim's arms set focal | ce"] \
            if plan.arms else []

    def arm_code(self, role, plan):
        from ._detection_loss import LOSS_SWAP
        return LOSS_SWAP if role == "model" and plan.arms else ""

    def no_comparison(self, plan):
        return ("the paper's comparison is with other detectors and proposal methods on its benchmark "
                "(timings and mAP) that the stand-in cannot reproduce")

    def cell(self, role, plan):
        if role == "model" and plan.arch_full.get("detector") in DETECTOR_KINDS:
            own = paper_detector(plan.spec)
            code = notebook_model_code(own, plan.profile, num_classes="NUM_CLASSES")
            return FPN_DETECTOR.replace("{code}", code).replace("{name}", own.name)
        if role == "model" and plan.arch_full.get("detector") in GRID_KINDS:
            own = paper_detector(plan.spec)
            code = notebook_model_code(own, plan.profile, num_classes="NC")
            return YOLO.replace("{code}", code).replace("{name}", own.name)
        grid = plan.arch_full.get("detector") == "grid"
        body = template_cells(role, plan, {"data": DATA, "model": GRID if grid else FASTER_RCNN, "eval": EVAL})
        if role == "model" and not grid:
            code = ""
            if plan.arch_full.get("paper_architecture"):
                from .image_classification import paper_architecture
                code = paper_architecture(plan.spec).model_code(plan.profile).strip()
            body = body.replace("{paper_code}", "\n".join("    " + ln for ln in code.splitlines()) or "    pass")
        return body


RECIPE = ObjectDetection()
