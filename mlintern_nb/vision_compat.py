"""Make torchvision (and timm, and transformers, which import it) work when its C++ ops cannot load.

The torchvision wheels on PyPI are linked against CUDA torch; next to the CPU build of torch
(``torch==2.13.0+cpu``, what mlintern installs) their ``_C`` extension fails to load, and then
``import torchvision`` dies registering a fake kernel for ``torchvision::nms`` — and so does
``import transformers`` model code, which imports torchvision whenever it is installed. The model
classes themselves are pure Python. This module, a no-op where the extension loads:

* defines the two op schemas that import needs and gives ``nms`` a pure-torch CPU kernel (greedy
  NMS, the algorithm torchvision's own CPU kernel runs), so detection models work;
* leaves every other op to torchvision's own Python fallbacks (``roi_align`` has one, run eagerly:
  torchvision wraps it in ``torch.compile``, which needs a C++ compiler the sandbox image lacks) or
  its error.

:func:`install_import_hook` arms this for the first ``import torchvision`` of a process; the
``mlintern_nb_torchvision.pth`` file that ``scripts/setup.sh`` and the kernel image put into
site-packages calls it at interpreter start (it costs nothing until torchvision is imported).
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from pathlib import Path

_STATE: dict = {}
PTH_NAME = "mlintern_nb_torchvision.pth"
PTH_LINE = "import mlintern_nb.vision_compat as _mlv; _mlv.install_import_hook()\n"


def _extension_loads() -> bool:
    import torch
    spec = importlib.machinery.PathFinder.find_spec("torchvision")  # not find_spec: that re-enters _Finder
    if spec is None or not spec.submodule_search_locations:
        return True  # not installed: nothing to patch
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
        xx1, yy1 = torch.maximum(x1[i], x1[rest]), torch.maximum(y1[i], y1[rest])
        xx2, yy2 = torch.minimum(x2[i], x2[rest]), torch.minimum(y2[i], y2[rest])
        inter = (xx2 - xx1).clamp(min=0) * (yy2 - yy1).clamp(min=0)
        suppressed[pos + 1:] |= inter / (areas[i] + areas[rest] - inter) > iou_threshold
    return torch.tensor(keep, dtype=torch.long, device=dets.device)


def _prepare_ops() -> str:
    """Before torchvision's own code runs: ``"native"`` or ``"python-ops"`` (schemas defined)."""
    if "mode" not in _STATE:
        _STATE["mode"] = "preparing"  # importing torch may look torchvision up again
        if _extension_loads():
            _STATE["mode"] = "native"
        else:
            import torch
            lib = torch.library.Library("torchvision", "DEF")
            lib.define("nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
            lib.define("qnms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
            lib.impl("nms", _nms_cpu, "CPU")
            _STATE["lib"] = lib  # keep the registration alive
            _STATE["mode"] = "python-ops"
    return _STATE["mode"]


def _patch_boxes(module) -> None:
    module._assert_has_ops = lambda: None  # nms has a kernel now; every other op keeps torchvision's check


def _patch_roi_align(module) -> None:
    # torchvision's Python roi_align is wrapped in torch.compile (lazy_compile), which needs a C++
    # compiler at the first call; the sandbox image has none. The eager function is the same algorithm.
    eager = getattr(module._roi_align, "__wrapped__", None)
    if eager is not None:
        module._roi_align = eager


_PATCHES = {"torchvision.ops.boxes": _patch_boxes, "torchvision.ops.roi_align": _patch_roi_align}


class _Finder(importlib.abc.MetaPathFinder):
    """Runs :func:`_prepare_ops` before ``torchvision`` is imported and patches the op modules (:data:`_PATCHES`)."""

    def find_spec(self, name, path=None, target=None):
        if name == "torchvision" and "mode" not in _STATE:
            _prepare_ops()
        elif name in _PATCHES and _STATE.get("mode") == "python-ops":
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is not None and spec.loader is not None:
                loader, run, patch = spec.loader, spec.loader.exec_module, _PATCHES[name]

                def exec_module(module, _run=run, _patch=patch):
                    _run(module)
                    _patch(module)

                loader.exec_module = exec_module
            return spec
        return None


def install_import_hook() -> None:
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def ensure_torchvision() -> str:
    """Import torchvision with the stand-in ops where needed; ``"native"`` or ``"python-ops"``."""
    if "torchvision" in sys.modules:
        return _STATE.get("mode", "native")
    install_import_hook()
    import torchvision  # noqa: F401
    return _STATE.get("mode", "native")


def write_pth(site_packages: str | Path) -> Path:
    """Put the start-up hook into a site-packages folder (setup.sh, the kernel image)."""
    p = Path(site_packages) / PTH_NAME
    p.write_text(PTH_LINE)
    return p


if __name__ == "__main__":  # python -m mlintern_nb.vision_compat SITE_PACKAGES
    import sysconfig
    print(write_pth(sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()["purelib"]))
