"""semantic-segmentation: the registry's U-Net when the paper names it (unpadded convolutions: the loss and
the IoU compare its smaller output with the centre of the labels) or PSPNet (dilated ResNet + pyramid pooling,
RGB input: the stand-in's grey images repeated over 3 channels), else a U-Net written in the cell (contracting path of 3x3 convs and max-pooling,
expanding path of up-convolutions concatenated with the cropped-free skip features, a 1x1 classifier),
pixel-wise cross-entropy; metrics: mean IoU over classes and pixel accuracy. Offline stand-in: noisy
images made in the cell with rectangles and discs and their per-pixel masks."""
from __future__ import annotations

from ..params import arch_numbers
from .base import Recipe, notebook_model_code, paper_model, template_cells

DATA = r'''
# Data: synthetic images with per-pixel labels (0 background, 1 rectangle, 2 disc)
if data_dir:
    raise NotImplementedError("data_dir for segmentation: load images and integer masks here")
SIZE, NUM_CLASSES = ARCH["image_size"], 3
def make_images(n, rng):
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    xs, ys = [], []
    for _ in range(n):
        img = rng.normal(0.5, 0.15, (1, SIZE, SIZE)).astype(np.float32)
        mask = np.zeros((SIZE, SIZE), dtype=np.int64)
        for _ in range(rng.integers(1, 4)):
            w, h = rng.integers(SIZE // 6, SIZE // 2, size=2)
            x0, y0 = rng.integers(0, SIZE - w), rng.integers(0, SIZE - h)
            cls = int(rng.integers(1, 3))
            m = ((xx >= x0) & (xx < x0 + w) & (yy >= y0) & (yy < y0 + h)) if cls == 1 else \
                ((xx - x0 - w / 2) ** 2 + (yy - y0 - w / 2) ** 2 <= (w / 2) ** 2)
            img[0, m] += rng.choice([-0.3, 0.3])
            mask[m] = cls
        xs.append(np.repeat(img, ARCH.get("channels", 1), 0)); ys.append(mask)  # grey, or as RGB for a 3-channel network
    return torch.tensor(np.stack(xs)), torch.tensor(np.stack(ys))
rng = np.random.default_rng(seed)
x_train, y_train = make_images(ARCH["train_images"], rng)
x_eval, y_eval = make_images(ARCH["eval_images"], rng)
train_ds = torch.utils.data.TensorDataset(x_train, y_train)
eval_ds = torch.utils.data.TensorDataset(x_eval, y_eval)
collate = None
DATA_NOTE = (f"STAND-IN: {len(x_train)} + {len(x_eval)} synthetic {SIZE}x{SIZE} images with per-pixel masks "
             f"(made in the cell) instead of {DATASET_NAME}")
print(DATA_NOTE)
'''

MODEL = r'''
# Model: U-Net — contracting path (two 3x3 conv + ReLU, 2x2 max-pool, channels doubling), expanding path
# (2x2 up-convolution halving channels, concatenation with the contracting path's features, two 3x3 convs),
# a 1x1 conv to the classes. Padded convolutions, so no cropping is needed.
import torch.nn as nn
import torch.nn.functional as F

def double_conv(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True),
                         nn.Conv2d(cout, cout, 3, padding=1), nn.ReLU(inplace=True))

class UNet(nn.Module):
    def __init__(self, cin, classes, width, depth):
        super().__init__()
        chans = [width * 2 ** i for i in range(depth + 1)]
        self.down = nn.ModuleList([double_conv(cin, chans[0])] + [double_conv(a, b) for a, b in zip(chans, chans[1:])])
        self.up = nn.ModuleList(nn.ConvTranspose2d(b, a, 2, stride=2) for a, b in zip(chans, chans[1:]))
        self.dec = nn.ModuleList(double_conv(2 * a, a) for a in chans[:-1])
        self.out = nn.Conv2d(chans[0], classes, 1)
    def forward(self, x):
        skips = []
        for i, block in enumerate(self.down):
            x = block(x if i == 0 else F.max_pool2d(x, 2))
            skips.append(x)
        for up, dec, skip in zip(reversed(self.up), reversed(self.dec), reversed(skips[:-1])):
            x = dec(torch.cat([skip, up(x)], 1))
        return self.out(x)

model = UNet(1, NUM_CLASSES, ARCH["width"], ARCH["depth"])

def compute_loss(model, batch):
    x, y = batch
    return F.cross_entropy(model(x), y)

MODEL_NOTE = f"U-Net, depth {ARCH['depth']}, width {ARCH['width']}, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

PAPER_MODEL = r'''
# Model: the paper's own network, {name} (mlintern_nb.plan.architectures), random init
import torch.nn.functional as F
{code}

# Added by the recipe (no parameters): {why}
def crop_to(y, out):
    dy, dx = (y.shape[-2] - out.shape[-2]) // 2, (y.shape[-1] - out.shape[-1]) // 2
    return y[..., dy:dy + out.shape[-2], dx:dx + out.shape[-1]]

def compute_loss(model, batch):
    x, y = batch
    out = model(x)
    return F.cross_entropy(out, crop_to(y, out))

MODEL_NOTE = "{name}, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: per-class IoU (intersection over union of predicted and true pixels), its mean, pixel accuracy
model.eval()
inter, union, correct, total = np.zeros(NUM_CLASSES), np.zeros(NUM_CLASSES), 0, 0
with torch.no_grad():
    for x, y in torch.utils.data.DataLoader(eval_ds, batch_size=32):
        p = model(x.to(DEVICE)).argmax(1).cpu()
{crop}        correct += (p == y).sum().item(); total += y.numel()
        for c in range(NUM_CLASSES):
            inter[c] += ((p == c) & (y == c)).sum().item(); union[c] += ((p == c) | (y == c)).sum().item()
iou = inter / np.maximum(union, 1)
metrics = {"mean_iou": float(iou.mean()), "pixel_accuracy": correct / total,
           **{f"iou_class_{c}": float(iou[c]) for c in range(NUM_CLASSES)}}
print(metrics)
'''


SEGMENTATION_KINDS = ("unet", "pspnet")
_CROP_WHY = {"unet": "unpadded convolutions make the output map smaller than the input — it holds the pixels whose\n"
                     "# full context is in the input — so the loss and the evaluation compare it with the centre of the\n"
                     "# label map (crop_to)",
             "pspnet": "the network upsamples its scores to the input size, so crop_to leaves the labels as they are"}
CROP = "        y = crop_to(y, p)  # the paper's network: the labels of the centre its output covers\n"


def paper_unet(spec):
    """The paper's own segmentation network from the architecture registry (U-Net, PSPNet), or None."""
    return paper_model(spec, lambda a: a.kind in SEGMENTATION_KINDS, num_classes=3)


class SemanticSegmentation(Recipe):
    family = "semantic-segmentation"
    priority = 110
    keywords = ((r"\bsemantic segmentation\b|\bimage segmentation\b|\bsegmentation maps?\b|\bpixel-wise\b|"
                 r"\bper-pixel\b", 2),)
    default_dataset = "ISBI 2012 EM segmentation"
    datasets = ((r"\bisbi\b|\bem\b segmentation|neuronal structures", "ISBI 2012 EM segmentation", ""),
                (r"cityscapes", "Cityscapes", ""), (r"ade20k", "ADE20K", ""),
                (r"voc|pascal", "PASCAL VOC 2012 segmentation", ""))
    stand_in_text = "synthetic images made in the cell (rectangles and discs on noise, with per-pixel masks)"
    model_family = "U-Net"
    smoke = {"learning_rate": 2e-3, "batch_size": 16, "max_steps": 120, "optimizer_name": "adam",
             "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 10.0}
    full = {"learning_rate": 1e-2, "batch_size": 1, "max_steps": 20000, "optimizer_name": "sgd", "momentum": 0.99,
            "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0}
    arch_full = {"width": 64, "depth": 4, "image_size": 512, "train_images": 30, "eval_images": 30}
    arch_smoke = {"width": 8, "depth": 2, "image_size": 32, "train_images": 256, "eval_images": 64}

    def architecture(self, spec, dataset):
        own = paper_unet(spec)
        if own is not None:  # the paper's own network from the registry; the stand-in images at its input size
            channels = int(own.values("full").get("in_channels", 1))
            full = dict(self.arch_full, paper_architecture=own.kind, params=own.count_params("full"),
                        image_size=int(own.values("full")["image_size"]), channels=channels)
            smoke = dict(self.arch_smoke, paper_architecture=own.kind, image_size=int(own.values("smoke")["image_size"]),
                         channels=channels)
            return full, smoke, own.name
        full, smoke = dict(self.arch_full), dict(self.arch_smoke)
        n = arch_numbers(spec).get("num_layers", 0)
        if 2 <= n <= 6:
            full["depth"] = int(n)
        return full, smoke, "U-Net"

    def stand_in_label(self, dataset):
        return "stand-in: synthetic shapes made in the cell"

    def param_count(self, arch):
        if arch.get("params"):
            return int(arch["params"])
        w, d = int(arch["width"]), int(arch["depth"])
        ch = [w * 2 ** i for i in range(d + 1)]
        down = 9 * ch[0] + 9 * ch[0] ** 2 + sum(9 * a * b + 9 * b * b for a, b in zip(ch, ch[1:]))
        up = sum(4 * a * b + 9 * 2 * a * a + 9 * a * a for a, b in zip(ch, ch[1:]))
        return int(down + up + 3 * ch[0])

    def activation_bytes(self, arch, batch_size, seq_len):
        return (batch_size or 1) * int(arch["image_size"]) ** 2 * int(arch["width"]) * 12 * 4

    def no_comparison(self, plan):
        if plan.arch_full.get("paper_architecture") not in (None, "unet"):
            return ("the paper compares its network with other published systems on its benchmark's images "
                    "(mean IoU), which the stand-in cannot reproduce")
        return ("the paper's comparison (warping / Rand error against earlier challenge entries on its EM data) "
                "needs its data and the other entries' systems")

    def cell(self, role, plan):
        if role == "model" and plan.arch_full.get("paper_architecture") in SEGMENTATION_KINDS:
            own = paper_unet(plan.spec)
            code = notebook_model_code(own, plan.profile, num_classes="NUM_CLASSES")
            return PAPER_MODEL.replace("{code}", code).replace("{name}", own.name).replace("{why}", _CROP_WHY[own.kind])
        crop = CROP if plan.arch_full.get("paper_architecture") in SEGMENTATION_KINDS else ""
        return template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL.replace("{crop}", crop)})


RECIPE = SemanticSegmentation()
