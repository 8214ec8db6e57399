"""Make torchvision (and timm, which imports it) importable when its C++ ops cannot load.

The torchvision wheels on PyPI are linked against CUDA torch; next to the CPU build of torch
(``torch==2.13.0+cpu``, what mlintern installs) their ``_C`` extension fails to load, and
``import torchvision`` then dies registering a fake kernel for ``torchvision::nms``. The model
classes themselves are pure Python. :func:`ensure_torchvision` — a no-op where the extension loads —
defines the two op schemas that import needs, gives ``nms`` a pure-torch CPU kernel (greedy NMS,
the algorithm torchvision's CPU kernel runs) and lets ``roi_align`` use torchvision's own Python
fallback. Generated notebooks call it before importing torchvision/timm.
"""
from __future__ import annotations

import importlib.util
import sys

_STATE: dict = {}


def _extension_loads() -> bool:
    import torch
    spec = importlib.util.find_spec("torchvision")
    if spec is None or not spec.submodule_search_locations:
        return True  # not installed: nothing to patch (the import error is the user's to see)
    from pathlib import Path
    so = next(Path(spec.submodule_search_locations[0]).glob("_C*.so"), None)
    if so is None:
        return False
    try:
        torch.ops.load_library(str(so))
        return True
    except (OSError, RuntimeError):
        return False


def _nms_cpu(dets, scores, iou_threshold: float):
    import torch
    if dets.numel() == 0:
        return torch.empty(0, dtype=torch.long, device=dets.device)
    x1, y1, x2, y2 = dets.unbind(1)
    areas = (x2 - x1).clamp(min=0) * (y2 - y1).clamp(min=0)
    order = scores.argsort(descending=True, stable=True)
    suppressed = torch.zeros(len(order), dtype=torch.bool)
    keep = []
    for pos in range(len(order)):
        if suppressed[pos]:
            continue
        i = order[pos]
        keep.append(int(i))
        rest = order[pos + 1:]
        xx1 = torch.maximum(x1[i], x1[rest]); yy1 = torch.maximum(y1[i], y1[rest])
        xx2 = torch.minimum(x2[i], x2[rest]); yy2 = torch.minimum(y2[i], y2[rest])
        inter = (xx2 - xx1).clamp(min=0) * (yy2 - yy1).clamp(min=0)
        iou = inter / (areas[i] + areas[rest] - inter)
        suppressed[pos + 1:] |= iou > iou_threshold
    return torch.tensor(keep, dtype=torch.long, device=dets.device)


def ensure_torchvision() -> str:
    """``"native"`` when torchvision's ops load, ``"python-ops"`` when the stand-in was installed."""
    if "mode" in _STATE:
        return _STATE["mode"]
    if "torchvision" in sys.modules or _extension_loads():
        _STATE["mode"] = "native"
        return "native"
    import torch
    lib = torch.library.Library("torchvision", "DEF")
    lib.define("nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
    lib.define("qnms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
    lib.impl("nms", _nms_cpu, "CPU")
    _STATE["lib"] = lib  # keep the registration alive
    import torchvision.ops.boxes as boxes
    boxes._assert_has_ops = lambda: None  # nms has a kernel now; every other op keeps torchvision's check
    _STATE["mode"] = "python-ops"
    return "python-ops"
