"""Architectures named the way papers name them beyond the original catalogue: wide ResNets (WRN-d-k),
torchvision's Mask R-CNN / RetinaNet, a decoder-only Transformer (GPT's), the model a paper names
itself ("we call our model ... (X)"), and the variant the paper describes with its size. Invented text."""
from __future__ import annotations

import pytest

from mlintern_nb.plan.architectures import ensure_torchvision_importable

ensure_torchvision_importable()

import torch  # noqa: E402

from mlintern_nb.paper.extraction.architecture import extract_architecture, identify  # noqa: E402
from mlintern_nb.paper.extraction.sentences import Sentence  # noqa: E402
from mlintern_nb.paper.spec import Grounded, PaperSpec  # noqa: E402
from mlintern_nb.plan.architectures import resolve  # noqa: E402


def _s(text, page=3, kind="method"):
    return Sentence(text, page, "model", kind)


def _spec(kind, variant=None, name="the model"):
    arch = Grounded(value=name, page=1, quote=f"We use {name}.")
    arch.kind, arch.variant = kind, variant
    return PaperSpec(title="t", architecture=arch)


def test_wide_resnet_names_and_their_sizes():
    assert identify("our WRN-28-10 reaches 4% error") == ("wide_resnet", "28-10")
    assert identify("Wide ResNet-50-2 on ImageNet") == ("wide_resnet", "50-2")
    assert identify("wide residual networks") == ("wide_resnet", None)
    assert identify("a ResNet-50 backbone") == ("resnet", "50")
    # CIFAR WRN-d-k written in the cell: the counts the wide-ResNet literature reports (36.5M, 8.9M)
    assert abs(resolve(_spec("wide_resnet", "28-10")).count_params("full") / 36.5e6 - 1) < 0.01
    assert abs(resolve(_spec("wide_resnet", "40-4")).count_params("full") / 8.9e6 - 1) < 0.01
    # ImageNet wide bottleneck: torchvision's class
    a = resolve(_spec("wide_resnet", "50-2"))
    assert a.source == "torchvision" and "wide_resnet50_2" in a.model_code("full")
    assert a.count_params("full") == 68_883_240
    # a depth-width pair outside the listed variants still builds (d = 6N + 4)
    odd = resolve(_spec("wide_resnet", "34-3"))
    assert odd.name == "WRN-34-3 (CIFAR)" and odd.count_params("smoke") < odd.count_params("full")
    x = odd.build("smoke")(torch.randn(2, 3, 32, 32))
    assert x.shape == (2, 10)


@pytest.mark.parametrize("kind,cls", [("mask_rcnn", "MaskRCNN"), ("retinanet", "RetinaNet")])
def test_fpn_detectors_are_torchvisions_classes_offline(kind, cls):
    text = "Mask R-CNN extends Faster R-CNN" if kind == "mask_rcnn" else "RetinaNet uses the focal loss"
    assert identify(text)[0] == kind
    a = resolve(_spec(kind))
    assert "weights=None, weights_backbone=None" in a.model_code("full")
    full, smoke = a.build("full", device="meta"), a.build("smoke")
    assert type(full).__name__ == type(smoke).__name__ == cls
    assert 0 < sum(p.numel() for p in smoke.parameters()) < a.count_params("full")


def test_a_decoder_only_transformer_is_gpts_architecture_with_the_papers_sizes():
    body = [_s("For our model architecture, we use the Transformer.", kind="introduction"),
            _s("We train a 6-layer decoder-only transformer with masked self-attention heads "
               "(256 dimensional states and 4 attention heads)."),
            _s("In our experiments, we use a multi-layer Transformer decoder for the language model.")]
    spec = PaperSpec(title="Pre-training helps")
    extract_architecture(spec, body)
    a = resolve(spec)
    assert a.kind == "gpt"
    assert (a.config["num_layers"].value, a.config["hidden_size"].value, a.config["num_heads"].value) == (6, 256, 4)
    assert a.config["num_layers"].from_paper
    # an encoder-decoder paper that mentions decoder-only models stays the encoder-decoder Transformer
    spec2 = PaperSpec(title="Sequence transduction")
    extract_architecture(spec2, body + [_s("Our encoder-decoder Transformer translates the source sentence.")])
    assert resolve(spec2).kind == "transformer"


def test_a_decoder_classifies_with_its_own_head_when_labels_are_given():
    a = resolve(_spec("gpt"))
    assert "OpenAIGPTLMHeadModel" in a.model_code("full")
    code = a.model_code("smoke", num_labels=3)
    assert "OpenAIGPTForSequenceClassification" in code and "pad_token_id=0" in code
    model = a.build("smoke", num_labels=3).eval()
    ids = torch.tensor([[5, 6, 7, 0], [8, 9, 0, 0]])
    with torch.no_grad():
        assert model(input_ids=ids).logits.shape == (2, 3)


def test_the_model_a_paper_names_itself_outweighs_a_generic_title_word_and_cited_models():
    body = [_s("We call our approach the “Unified Sequence Denoiser” (BART).", kind="introduction"),
            _s("Its encoder is similar in size to BERT-base."), _s("BERT-base has twelve layers."),
            _s("Unlike BERT, it has a decoder."), _s("BERT and its variants are encoders.")]
    spec = PaperSpec(title="A Unified Text-to-Text Transformer")
    extract_architecture(spec, body)
    assert spec.architecture.kind == "bart"
    # without the naming sentence the cited encoder wins, as before
    spec2 = PaperSpec(title="A Unified Text-to-Text Transformer")
    extract_architecture(spec2, body[1:] + [_s("BART is related.")])
    assert spec2.architecture.kind != "bart"


def test_the_variant_the_paper_describes_with_its_size_is_the_papers_model():
    body = [_s("We transfer from BERT-base on the small tasks."), _s("Results with BERT-base are in Table 4."),
            _s("BERT-base is close to full fine-tuning."),
            _s("For GLUE we use BERT-large, which contains 24 layers and 340M parameters.")]
    spec = PaperSpec(title="Adapting encoders")
    extract_architecture(spec, body)
    assert (spec.architecture.kind, spec.architecture.variant) == ("bert", "large")


def test_a_deep_convolutional_gan_is_the_conv_generator_and_discriminator_at_any_image_side():
    assert identify("Deep Convolutional Generative Adversarial Networks") == ("dcgan", None)
    assert identify("a generative adversarial network") == ("gan", None)
    a = resolve(_spec("dcgan"))
    full = a.build("full")
    assert full.G(torch.randn(2, 100)).shape == (2, 3, 64, 64)  # 4x4x8c projected, four fractionally-strided convs
    assert sum(isinstance(m, torch.nn.ConvTranspose2d) for m in full.G) == 4
    for side, ch in ((8, 1), (28, 1), (32, 3)):  # the notebook's stand-in images set the side at run time
        m = a.build("smoke", image_size=side, channels=ch)
        x = m.G(torch.randn(3, 100))
        assert x.shape == (3, ch, side, side) and m.D(x).shape == (3, 1)


def test_detector_smoke_is_the_same_class_small_enough_to_train_on_cpu():
    for kind in ("mask_rcnn", "retinanet"):
        a = resolve(_spec(kind))
        m = a.build("smoke", num_classes=3).train()
        assert a.count_params("smoke", num_classes=3) < 6e6
        img = [torch.rand(3, 64, 64)]
        tgt = [{"boxes": torch.tensor([[4.0, 4.0, 30.0, 30.0]]), "labels": torch.tensor([1]),
                "masks": torch.zeros(1, 64, 64, dtype=torch.uint8)}]
        losses = m(img, tgt)
        assert ("loss_mask" in losses) == (kind == "mask_rcnn")
        assert torch.isfinite(sum(losses.values()))


def test_a_deep_q_network_is_the_convolutional_q_network():
    assert identify("we call it a deep Q-network (DQN)")[0] == "dqn"
    a = resolve(_spec("dqn"))
    # 84x84x4 -> 32 8x8/4 -> 64 4x4/2 -> 64 3x3/1 -> 512 -> 18 actions
    assert a.count_params("full") == 1_693_362
    q = a.build("smoke")(torch.rand(2, 4, 84, 84))
    assert q.shape == (2, 18)


@pytest.mark.parametrize("family,kind,variant,expect", [
    ("object-detection", "mask_rcnn", None, "import maskrcnn"),  # MaskRCNN in smoke, maskrcnn_resnet50_fpn in full
    ("object-detection", "retinanet", None, "import retinanet"),
    ("graph-learning", "gat", None, "GAT(features="),
    ("graph-learning", "graphsage", None, "GraphSAGE(features="),
    ("image-generation", "dcgan", None, "DCGAN(z="),
    ("image-classification", "wide_resnet", "28-10", "WideResNet("),
    ("text-classification", "gpt", None, "OpenAIGPTForSequenceClassification(config)"),
])
def test_the_recipes_model_cell_builds_the_papers_own_architecture(family, kind, variant, expect):
    import ast

    from mlintern_nb.notebook.pipeline import plan_spec
    spec = _spec(kind, variant)
    spec.task_family = family
    if family == "image-generation":
        spec.title = "Deep convolutional generative adversarial networks"
    for profile in ("smoke", "full"):
        nb = plan_spec(spec, profile)
        cell = next(c.source for c in nb.cells if (c.metadata.get("mlintern") or {}).get("role") == "model")
        assert expect.lower() in cell.lower(), cell[:400]
        ast.parse(cell)
