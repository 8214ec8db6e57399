"""Multiply-adds next to parameters: the `full` model's cost for one image (or one sequence of 128 tokens), counted by torch's FlopCounterMode
on the meta device, and the costs a paper states for its models (synthetic sentences with invented names,
except the catalogue's architecture names the planner matches them against)."""
from __future__ import annotations

import pytest

from mlintern_nb.paper.extraction.params import compute_counts
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.spec import ComputeCount, Grounded, PaperSpec
from mlintern_nb.plan import plan
from mlintern_nb.plan.architectures import resolve
from mlintern_nb.plan.claims import paper_compute_counts


def _costs(*texts):
    return {(m, v, u) for m, v, u, _, _ in compute_counts([Sentence(t, 4, "4 model", "method") for t in texts])}


def test_stated_costs_keep_the_papers_word_and_the_size_in_the_name():
    got = _costs("Our Quill-50 has 3.6 billion FLOPs (multiply-adds), half of Zorb-19 (7.2 GFLOPs).",
                 "Remarkably, the 152-layer QuillNet (11.3 billion FLOPs) is cheaper.",
                 "Tarn-S needs 410M multiply-adds per image.")
    assert ("Zorb-19", 7.2e9, "FLOPs") in got and ("152-layer QuillNet", 11.3e9, "FLOPs") in got
    assert ("Tarn-S", 410e6, "multiply-adds") in got


@pytest.mark.parametrize("text", ["Quill works for budgets of 10–150 MFLOPs.", "Quill targets small models (< 150 MFLOPs).",
                                  "They report that Zorb-9 needs 2.1 GFLOPs."])
def test_ranges_bounds_and_other_peoples_costs_are_not_a_models_cost(text):
    assert _costs(text) == set()


def _spec(name, kind, variant=None, costs=()):
    arch = Grounded(value=name, page=1, quote=f"We use {name}.")
    arch.kind, arch.variant = kind, variant
    return PaperSpec(title="A network", task_family="image-classification", architecture=arch,
                     compute_counts=[ComputeCount(model=m, value=v, unit="FLOPs", page=5, quote=f"{m} ({v} FLOPs)")
                                     for m, v in costs])


def test_full_models_multiply_adds_are_counted_on_the_meta_device():
    a = resolve(_spec("ResNet-50", "resnet", "50"))
    assert a.count_macs("full") == 4_089_184_256  # torchvision ResNet-50 at 224x224: the well-known 4.1 G
    assert a.metadata()["macs_full"] == {"value": 4_089_184_256, "input": "one 224x224 image"}
    graph = resolve(_spec("GCN", "gcn"))
    assert graph.count_macs("full") is None and graph.macs_input() is None  # neither an image nor tokens


def test_a_text_models_multiply_adds_are_for_one_sequence_of_128_tokens():
    text = PaperSpec(title="A text model", task_family="text-classification",
                     architecture=Grounded(value="BERT-base", page=1, quote="We use BERT-base."))
    bert = resolve(text)
    # BERT-base: ~85M non-embedding weights x 128 tokens, plus attention scores
    assert bert.count_macs("full") == 11_174_217_216
    assert bert.metadata()["macs_full"] == {"value": 11_174_217_216, "input": "one sequence of 128 tokens"}
    assert "Multiply-adds of the `full` model for one sequence of 128 tokens: 11.2 B" in plan(text, "full").cells[0].source


def test_the_notebook_puts_the_built_cost_next_to_the_papers_for_the_same_model():
    spec = _spec("ResNet-50", "resnet", "50", costs=[("ResNet-50", 3.8e9), ("ResNet-152", 11.3e9), ("VGG-19", 19.6e9)])
    assert [c["model"] for c in paper_compute_counts(spec, "ResNet-50")] == ["ResNet-50"]
    nb = plan(spec, "full")
    compute = nb.metadata["mlintern"]["claim"]["compute"]
    assert compute["full_model_macs"] == 4_089_184_256 and [c["value"] for c in compute["paper"]] == [3.8e9]
    header = nb.cells[0].source
    assert "Multiply-adds of the `full` model for one 224x224 image: 4.1 B" in header and "ResNet-50: 3.8 B FLOPs (p. 5)" in header
