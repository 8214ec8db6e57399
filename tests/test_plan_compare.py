"""Like with like: the results cell compares a measured number with a paper number only when the metric,
the dataset and the units match and the run used the paper's data and size; implausible values are not shown."""
from __future__ import annotations

import pytest

from mlintern_nb.plan import cells


@pytest.fixture(scope="module")
def cmp():
    ns: dict = {}
    exec(cells.COMPARE, ns)  # the code the generated results cell runs
    return ns


REPORTED = [{"metric": "top-1 accuracy", "value": 93.4, "dataset": "CIFAR-10", "page": 7},
            {"metric": "F1", "value": 0.9, "dataset": "CIFAR-10", "page": 3},
            {"metric": "accuracy", "value": 80.1, "dataset": "ImageNet", "page": 8}]


def test_percent_and_fraction_are_one_scale_when_everything_matches(cmp):
    rows = cmp["compare_rows"]({"accuracy": 0.91}, REPORTED, True, "CIFAR-10")
    cifar = next(r for r in rows if "CIFAR-10" in r[2])
    assert cifar[3].startswith("difference -0.0240") and "percent read as fraction" in cifar[3]
    imagenet = next(r for r in rows if "ImageNet" in r[2])
    assert imagenet[3] == "not comparable: the paper's number is on ImageNet"


def test_stand_in_or_scaled_run_is_never_compared(cmp):
    rows = cmp["compare_rows"]({"accuracy": 0.91}, REPORTED, False, "CIFAR-10")
    assert rows and all(r[3] == "not comparable: stand-in data / scaled model" for r in rows)


@pytest.mark.parametrize("name,value", [("accuracy", 1000.0), ("f1", -0.2), ("perplexity", 0.5),
                                        ("eval_loss", float("nan"))])
def test_implausible_values_are_not_shown(cmp, name, value):
    (row,) = cmp["compare_rows"]({name: value}, REPORTED, True, "CIFAR-10")
    assert row[1] == "not shown" and row[3].startswith("not shown")


def test_different_metrics_do_not_compare(cmp):
    assert cmp["metric_key"]("Top-1 accuracy") == cmp["metric_key"]("accuracy") != cmp["metric_key"]("macro_f1")
    # a word error rate is its own metric (not a top-1 error), and a fraction like the others
    assert cmp["metric_key"]("WER") == cmp["metric_key"]("word error rate") != cmp["metric_key"]("top-1 error")
    assert cmp["FRACTION_METRICS"] >= {cmp["metric_key"]("WER"), cmp["metric_key"]("CER")}
    rows = cmp["compare_rows"]({"perplexity": 30.0}, REPORTED, True, "CIFAR-10")
    assert rows == [("perplexity", "30.0000", "not reported", "")]


def test_the_generated_results_cell_carries_the_rule():
    from mlintern_nb.plan import load_spec, plan
    from pathlib import Path
    spec = load_spec(Path(__file__).resolve().parent.parent / "benchmarks" / "reference_specs" / "resnet_cifar10.json")
    src = next(c.source for c in plan(spec).cells
               if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "results")
    assert "def compare_rows(" in src and "STAND-IN" in src
