"""torchvision and timm import and run detection NMS next to the CPU build of torch."""
import torch

from mlintern_nb.vision_compat import _nms_cpu, ensure_torchvision


def test_a_fresh_interpreter_imports_transformers_models_and_torchvision():
    """The start-up hook (site-packages/mlintern_nb_torchvision.pth, written by setup.sh and the kernel
    image) must keep `import transformers` model classes working next to a CUDA-built torchvision."""
    import subprocess
    import sys
    code = ("from transformers import BertForSequenceClassification\n"
            "import torch, torchvision\n"
            "from torchvision.ops import nms, roi_align\n"
            "out = roi_align(torch.rand(1, 2, 8, 8), [torch.tensor([[0, 0, 4, 4.]])], output_size=2)\n"
            "assert out.shape == (1, 2, 2, 2), out.shape\n"
            "print(nms(torch.tensor([[0, 0, 10, 10], [1, 1, 11, 11.]]), torch.tensor([.9, .8]), .5).tolist())")
    # no C++ compiler on PATH, as in the sandbox image: roi_align must not reach torch.compile
    import os
    env = {**os.environ, "PATH": "/nonexistent", "CXX": "/nonexistent/g++"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().endswith("[0]")


def test_torchvision_models_and_nms_work():
    assert ensure_torchvision() in {"native", "python-ops"}
    import timm
    import torchvision
    from torchvision.ops import batched_nms, nms
    boxes = torch.tensor([[0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60.]])
    scores = torch.tensor([0.9, 0.8, 0.7])
    assert nms(boxes, scores, 0.5).tolist() == [0, 2]
    assert batched_nms(boxes, scores, torch.tensor([0, 1, 0]), 0.5).tolist() == [0, 1, 2]
    assert sum(p.numel() for p in torchvision.models.resnet18().parameters()) == 11_689_512
    assert timm.create_model("resnet18", num_classes=10).fc.out_features == 10


def test_python_nms_matches_bruteforce():
    g = torch.Generator().manual_seed(0)
    xy = torch.rand(60, 2, generator=g) * 50
    boxes = torch.cat([xy, xy + 5 + torch.rand(60, 2, generator=g) * 20], 1)
    scores = torch.rand(60, generator=g)
    keep = _nms_cpu(boxes, scores, 0.4).tolist()
    # every dropped box overlaps a kept, higher-scoring box by more than the threshold
    from torchvision.ops import box_iou
    iou = box_iou(boxes, boxes)
    for i in set(range(60)) - set(keep):
        assert any(iou[i, k] > 0.4 and scores[k] >= scores[i] for k in keep)
    for a in keep:
        for b in keep:
            assert a == b or iou[a, b] <= 0.4
