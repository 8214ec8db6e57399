"""ShuffleNet v1 (pointwise group convolutions + channel shuffle), which no maintained library ships, is
written in the cell: the catalogue reads its scale and groups from the way papers write them, the built
network has the stage widths of the paper's table for each g, its parameters equal the count worked out by
hand from the unit's description, and smoke is the same class with a smaller scale and fewer units."""
from __future__ import annotations

import pytest

from mlintern_nb.plan.architectures import ensure_torchvision_importable

ensure_torchvision_importable()

import torch  # noqa: E402

from mlintern_nb.paper.extraction.architecture_names import identify  # noqa: E402
from mlintern_nb.paper.spec import Grounded, PaperSpec  # noqa: E402
from mlintern_nb.plan import plan  # noqa: E402
from mlintern_nb.plan.architectures import resolve  # noqa: E402


@pytest.mark.parametrize("text,expected", [
    ("ShuffleNet 1× (g = 3) reaches 32.6% error", ("shufflenet", "1x_g3")),
    ("ShuffleNet 0.5× (shallow, g = 8)", ("shufflenet", "0.5x_g8")),
    ("we build ShuffleNet, an efficient network", ("shufflenet", None)),
    ("ShuffleNet V2 is faster", ("mobile", "shufflenet_v2_x1_0")),  # v2: torchvision's class
])
def test_the_catalogue_reads_scale_and_groups(text, expected):
    assert identify(text) == expected


def _arch(variant):
    arch = Grounded(value=f"ShuffleNet {variant}", page=1, quote="We use ShuffleNet.")
    arch.kind, arch.variant = "shufflenet", variant
    return resolve(PaperSpec(title="An efficient network", task_family="image-classification", architecture=arch))


def _by_hand(groups, widths, units, classes):
    """Parameters from the paper's unit: 1x1 group conv to cout/4 (BN, ReLU), 3x3 depthwise (BN), 1x1 group
    conv to cout (or cout - cin at stride 2, where the pooled input is concatenated) (BN); conv biases none."""
    n, cin = 3 * 24 * 9 + 2 * 24, 24
    for stage, (cout, k) in enumerate(zip(widths, units)):
        for i in range(k):
            mid, g1 = cout // 4, 1 if (stage, i) == (0, 0) else groups
            branch = cout - cin if i == 0 else cout
            n += cin * mid // g1 + 2 * mid + 9 * mid + 2 * mid + mid * branch // groups + 2 * branch
            cin = cout
    return n + cin * classes + classes


@pytest.mark.parametrize("variant,groups,stage2", [("1x_g1", 1, 144), ("1x_g3", 3, 240), ("1x_g8", 8, 384),
                                                   ("0.5x_g4", 4, 128)])  # 0.5 x 272, rounded to a multiple of 4g
def test_stage_widths_and_parameters_follow_the_paper(variant, groups, stage2):
    a = _arch(variant)
    assert a.name.startswith("ShuffleNet") and a.source == "cell"
    model = a.build("full", device="meta")
    widths = [stage2, 2 * stage2, 4 * stage2]
    assert [u.gconv2[0].out_channels + (u.gconv1[0].in_channels if u.stride == 2 else 0)
            for u in model.stages] == [w for w, k in zip(widths, [4, 8, 4]) for _ in range(k)]
    assert a.count_params("full") == _by_hand(groups, widths, [4, 8, 4], 1000)


def test_channel_shuffle_lets_every_group_see_every_group():
    ns: dict = {}
    exec(_arch("1x_g3").model_code("smoke"), ns)  # noqa: S102 - our own cell
    x = torch.arange(6.0).view(1, 6, 1, 1)
    assert ns["channel_shuffle"](x, 3).flatten().tolist() == [0, 2, 4, 1, 3, 5]


def test_smoke_is_the_same_network_scaled_down_and_the_notebook_builds_it():
    a = _arch("1x_g3")
    smoke = a.build("smoke")
    assert type(smoke).__name__ == "ShuffleNet" and len(smoke.stages) == 4
    assert smoke(torch.zeros(2, 3, 64, 64)).shape == (2, 1000)
    assert "scale factor 0.25" in a.smoke_scaling and "g = 3" in a.smoke_scaling
    named = Grounded(value="ShuffleNet 1× (g = 3)", page=1, quote="We use ShuffleNet 1× (g = 3).")
    nb = plan(PaperSpec(title="An efficient network", task_family="image-classification", architecture=named), "smoke")
    model_cell = next(c.source for c in nb.cells if c.metadata.get("mlintern", {}).get("role") == "model")
    assert "class ShuffleUnit" in model_cell and nb.metadata["mlintern"]["architecture"]["name"] == a.name
