"""One-stage grid detectors of the object-detection recipe: ``GRID``, the recipe's own template (a conv net
written in the cell, one box per cell), and ``YOLO``, the glue around the registry's YOLO network
(:mod:`mlintern_nb.plan.architectures.detection`): its flat ``S*S*(B*5+C)`` output read as an S x S grid of B
boxes and C class scores per cell, the paper's sum-squared loss and the decoding to boxes for the mAP cell."""
from __future__ import annotations

# the grid's training targets, one row per cell (x, y within the cell, sqrt w, sqrt h, objectness, classes):
# shared by the grid template and the YOLO network's glue, which name the class count NC and C
_GRID_TARGETS = r'''
def grid_targets(targets, dev):
    t = torch.zeros(len(targets), S, S, 5 + {classes}, device=dev)
    cell = SIZE / S
    for b, tg in enumerate(targets):
        for (x0, y0, x1, y1), c in zip(tg["boxes"].tolist(), tg["labels"].tolist()):
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            i, j = min(S - 1, int(cy // cell)), min(S - 1, int(cx // cell))
            t[b, i, j, :5] = torch.tensor([cx / cell - j, cy / cell - i, math.sqrt((x1 - x0) / SIZE),
                                           math.sqrt((y1 - y0) / SIZE), 1.0])
            t[b, i, j, 5 + c - 1] = 1.0
    return t
'''

GRID = r'''
# Model: one-stage grid detector — a conv net maps the image to an S x S grid; each cell predicts one
# box (x, y relative to the cell, sqrt w, sqrt h), its confidence and the class scores; sum-squared loss
# with lambda_coord = 5 and lambda_noobj = 0.5 (the YOLO formulation)
try:
    from mlintern_nb.vision_compat import ensure_torchvision
    ensure_torchvision()
except ImportError:
    pass
import torch.nn as nn
from torchvision.ops import batched_nms

S, NC = ARCH["grid"], NUM_CLASSES - 1

class GridDetector(nn.Module):
    def __init__(self, w):
        super().__init__()
        layers, cin = [], 3
        for i in range(int(math.log2(SIZE // S))):
            layers += [nn.Conv2d(cin, w * 2 ** min(i, 2), 3, padding=1), nn.LeakyReLU(0.1), nn.MaxPool2d(2)]
            cin = w * 2 ** min(i, 2)
        self.features = nn.Sequential(*layers, nn.Conv2d(cin, cin, 3, padding=1), nn.LeakyReLU(0.1))
        self.head = nn.Conv2d(cin, 5 + NC, 1)
    def forward(self, x):
        return self.head(self.features((x - 0.5) / 0.25)).permute(0, 2, 3, 1)  # B, S, S, 5 + NC

model = GridDetector(ARCH["width"])

{grid_targets}
def compute_loss(model, batch):
    x = torch.stack(batch.images)
    p, t = model(x), grid_targets(batch.targets, x.device)
    obj = t[..., 4:5]
    xy = torch.sigmoid(p[..., :2]); wh = p[..., 2:4]; conf = torch.sigmoid(p[..., 4:5]); cls = torch.sigmoid(p[..., 5:])
    loss = 5.0 * (obj * ((xy - t[..., :2]) ** 2 + (wh - t[..., 2:4]) ** 2)).sum()
    loss = loss + (obj * (conf - 1) ** 2).sum() + 0.5 * ((1 - obj) * conf ** 2).sum()
    loss = loss + (obj * (cls - t[..., 5:]) ** 2).sum()
    return loss / len(x)

def detect(model, images):
    p = model(torch.stack(images)); cell = SIZE / S
    out = []
    ii, jj = torch.meshgrid(torch.arange(S), torch.arange(S), indexing="ij")
    for q in p:
        cx = (torch.sigmoid(q[..., 0]) + jj) * cell; cy = (torch.sigmoid(q[..., 1]) + ii) * cell
        w = q[..., 2].clamp(0, 1.5) ** 2 * SIZE; h = q[..., 3].clamp(0, 1.5) ** 2 * SIZE
        cls_p, cls = torch.sigmoid(q[..., 5:]).max(-1)
        score = (torch.sigmoid(q[..., 4]) * cls_p).reshape(-1)
        boxes = torch.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], -1).reshape(-1, 4)
        labels = cls.reshape(-1) + 1
        keep = batched_nms(boxes, score, labels, 0.5)[:20]
        out.append({"boxes": boxes[keep], "scores": score[keep], "labels": labels[keep]})
    return out

MODEL_NOTE = f"one-stage {S}x{S} grid detector, width {ARCH['width']}, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

YOLO = r'''
# Model: the paper's own one-stage detector, {name} (mlintern_nb.plan.architectures), random init
try:
    from mlintern_nb.vision_compat import ensure_torchvision
    ensure_torchvision()
except ImportError:
    pass
import torch
from torchvision.ops import batched_nms
NC = NUM_CLASSES - 1  # the network's C: object classes only (no background class)
{code}
# Added by the recipe: the initialisation. The paper starts from ImageNet-pretrained convolutions; from
# PyTorch's default init the signal shrinks through the stack of LeakyReLU layers until the features reaching
# the FC layers are nearly the same for every image. Kaiming init for LeakyReLU(0.1), the last layer small.
for m in model.modules():
    if isinstance(m, (nn.Conv2d, nn.Linear)):
        nn.init.kaiming_normal_(m.weight, a=0.1, nonlinearity="leaky_relu"); nn.init.zeros_(m.bias)
last = [m for m in model.modules() if isinstance(m, nn.Linear)][-1]
nn.init.normal_(last.weight, std=0.01)
# Added by the recipe around the network (no parameters): its output read as the S x S grid of B boxes
# (x, y relative to the cell, sqrt w, sqrt h, confidence) and C class scores per cell; x, y, confidence and
# class scores through a sigmoid (bounded on the stand-in); the images standardised as the data cell made them

def grid_out(images):
    p = model((torch.stack(images) - 0.5) / 0.25).view(-1, S, S, B * 5 + C)
    box = p[..., :B * 5].reshape(-1, S, S, B, 5)
    return torch.sigmoid(box[..., :2]), box[..., 2:4], torch.sigmoid(box[..., 4]), torch.sigmoid(p[..., B * 5:])

{grid_targets}
def cell_boxes(xy, wh):  # (..., 2), (..., 2) -> xyxy in image units (a fraction of the image)
    c = xy / S
    half = wh.clamp(0, 1.5) ** 2 / 2
    return torch.cat([c - half, c + half], -1)

def compute_loss(model, batch):
    # the paper's loss: lambda_coord = 5 on the coordinates of the box responsible for an object (the cell's
    # predictor with the highest IoU with it), confidence towards that IoU, lambda_noobj = 0.5 on the
    # confidence of every other box, class scores of the cells holding an object
    xy, wh, conf, cls = grid_out(batch.images)
    t = grid_targets(batch.targets, xy.device)
    obj = t[..., 4]
    offset = torch.stack(torch.meshgrid(torch.arange(S), torch.arange(S), indexing="xy"), -1).to(xy.device)
    with torch.no_grad():
        pred = cell_boxes(xy + offset[:, :, None], wh)
        true = cell_boxes(t[..., None, :2] + offset[:, :, None], t[..., None, 2:4])
        lt, rb = torch.max(pred[..., :2], true[..., :2]), torch.min(pred[..., 2:], true[..., 2:])
        inter = (rb - lt).clamp(min=0).prod(-1)
        area = lambda q: (q[..., 2:] - q[..., :2]).clamp(min=0).prod(-1)
        iou = inter / (area(pred) + area(true) - inter).clamp(min=1e-9)
        resp = torch.nn.functional.one_hot(iou.argmax(-1), B).float() * obj[..., None]
    loss = 5.0 * (resp * (((xy - t[..., None, :2]) ** 2).sum(-1) + ((wh - t[..., None, 2:4]) ** 2).sum(-1))).sum()
    loss = loss + (resp * (conf - iou) ** 2).sum() + 0.5 * ((1 - resp) * conf ** 2).sum()
    loss = loss + (obj[..., None] * (cls - t[..., 5:]) ** 2).sum()
    return loss / len(batch.images)

def detect(model, images):
    # class-specific confidence = box confidence x class score; per-class non-maximum suppression
    xy, wh, conf, cls = grid_out(images)
    offset = torch.stack(torch.meshgrid(torch.arange(S), torch.arange(S), indexing="xy"), -1).to(xy.device)
    out = []
    for q_xy, q_wh, q_conf, q_cls in zip(xy, wh, conf, cls):
        boxes = (cell_boxes(q_xy + offset[:, :, None], q_wh) * SIZE).reshape(-1, 4)
        cls_p, label = q_cls.max(-1)
        score = (q_conf * cls_p[..., None]).reshape(-1)
        labels = (label[..., None].expand(S, S, B) + 1).reshape(-1)
        keep = batched_nms(boxes, score, labels, 0.5)[:20]
        out.append({"boxes": boxes[keep], "scores": score[keep], "labels": labels[keep]})
    return out

MODEL_NOTE = f"{name} ({S}x{S} grid, {B} boxes per cell), random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

GRID = GRID.replace("{grid_targets}", _GRID_TARGETS.lstrip("\n").replace("{classes}", "NC"))
YOLO = YOLO.replace("{grid_targets}", _GRID_TARGETS.lstrip("\n").replace("{classes}", "C"))
