"""Distillation arms of the image-classification recipe: a claim that credits distillation from a teacher
("token-based distillation ... with a convnet as a teacher") compares the same student trained without and
with it. The teacher is a convnet (torchvision's ResNet-18) trained first on the same data for the same
number of steps; the distilled student's loss is the paper's hard-label distillation: half cross-entropy with
the labels, half with the teacher's predicted class. Everything else (model, data, budget, seed) is equal.
"""
from __future__ import annotations

import re

_DISTILLATION = re.compile(r"\bdistil\w*|\bteacher\b", re.I)


def distillation_arms(said: str) -> list[dict]:
    if not _DISTILLATION.search(said or ""):
        return []
    common = {"metric": "accuracy", "higher_is_better": True}
    return [dict(common, name="no distillation", role="baseline", overrides={"DISTILLATION": "none"}),
            dict(common, name="hard distillation from a convnet teacher", role="proposed",
                 overrides={"DISTILLATION": "hard"})]


DISTILL = r'''
# The claim's arms: DISTILLATION == "hard" — the student learns half from the labels, half from the class a
# convnet teacher predicts (torchvision ResNet-18, trained first on the same data for the same steps)
import torchvision
_TEACHERS = globals().setdefault("_TEACHERS", {})  # one teacher per seed, shared by the runs that use it
if DISTILLATION == "hard":
    _key = (seed, max_steps, ARCH["image_size"], ARCH["channels"], num_labels)
    if _key not in _TEACHERS:
        with torch.random.fork_rng():
            torch.manual_seed(seed)
            _t = torchvision.models.resnet18(num_classes=num_labels)
            if ARCH["channels"] != 3:
                _t.conv1 = torch.nn.Conv2d(ARCH["channels"], 64, 7, 2, 3, bias=False)
            _t.to(DEVICE).train()
            _opt = torch.optim.SGD(_t.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-4)
            _g = torch.Generator().manual_seed(seed)
            _xs, _ys = train_ds.tensors
            for _ in range(max_steps):
                _i = torch.randint(0, len(_ys), (min(batch_size, len(_ys)),), generator=_g)
                _loss = torch.nn.functional.cross_entropy(_t(_xs[_i].to(DEVICE)), _ys[_i].to(DEVICE))
                _opt.zero_grad(); _loss.backward(); _opt.step()
            _t.eval()
            with torch.no_grad():
                _xe, _ye = eval_ds.tensors
                _acc = (_t(_xe.to(DEVICE)).argmax(-1).cpu() == _ye).float().mean().item()
        _TEACHERS[_key] = (_t, _acc)
    teacher, teacher_accuracy = _TEACHERS[_key]

    def compute_loss(model, batch):
        x, y = batch
        out = model(x)
        out = out.logits if hasattr(out, "logits") else out
        with torch.no_grad():
            y_teacher = teacher(x).argmax(-1)
        return 0.5 * torch.nn.functional.cross_entropy(out, y, label_smoothing=label_smoothing) \
            + 0.5 * torch.nn.functional.cross_entropy(out, y_teacher)

    MODEL_NOTE += f"; hard distillation from a ResNet-18 teacher (eval accuracy {teacher_accuracy:.3f})"
    print(MODEL_NOTE)
'''
