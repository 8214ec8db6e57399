"""Loss arms of the object-detection recipe: a paper whose claim credits a new classification loss (focal
loss) and compares it with the loss it replaces (cross-entropy) gets both arms on the same one-stage
detector; ``LOSS_SWAP`` is the model-cell code that sets the loss torchvision's RetinaNet head calls."""
from __future__ import annotations

import re

from ..claims import claim_words

FOCAL = r"\bfocal loss\b|(?-i:\bFL\b)"
LOSS_BASELINE = r"\bcross[\s-]?entropy\b|(?-i:\bCE\b)"
LOSS_SWAPPABLE = ("retinanet",)  # detectors whose head calls torchvision.ops.sigmoid_focal_loss
LOSS_SWAP = r'''
# The claim's arms: the head's classification loss is CLASS_LOSS — focal (torchvision.ops.sigmoid_focal_loss,
# alpha 0.25, gamma 2) or cross-entropy (the same function with gamma 0 and no alpha: sigmoid binary CE)
import functools
import torchvision.models.detection.retinanet as _retina
from torchvision.ops import sigmoid_focal_loss as _focal_loss
_retina.sigmoid_focal_loss = (_focal_loss if CLASS_LOSS == "focal"
                              else functools.partial(_focal_loss, alpha=-1, gamma=0.0))
MODEL_NOTE += f"; classification loss: {'focal' if CLASS_LOSS == 'focal' else 'cross-entropy'}"
print(MODEL_NOTE)
'''


def loss_arms(plan) -> list[dict]:
    """The claim credits a classification loss (focal) and the paper compares it with cross-entropy: the
    same torchvision one-stage detector trained with each (its head's loss swapped, all else equal)."""
    said = claim_words(plan)
    if plan.arch_full.get("detector") not in LOSS_SWAPPABLE or not (
            re.search(FOCAL, said, re.I) and re.search(LOSS_BASELINE, said, re.I)):
        return []
    common = {"metric": "mAP", "higher_is_better": True}
    return [dict(common, name="cross-entropy (sigmoid, same head and init)", role="baseline",
                 overrides={"CLASS_LOSS": "ce"}),
            dict(common, name="focal loss", role="proposed", overrides={"CLASS_LOSS": "focal"})]
