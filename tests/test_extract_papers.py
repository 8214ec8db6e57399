"""The extraction engine on the real papers of ../shared/papers, scored by the shared scorer.

Floors below the measured figures (see FLOORS), so a regression shows without the test
flapping on small rule changes.
"""
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("score_papers", ROOT / "benchmarks" / "score_papers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The twelve papers the extractor was developed on; every other paper in ground_truth.json is one it
# was not (15 added on 2026-11-28; first look F1 0.577, recall 0.441, grounded 0.983, measured before
# any code was changed for them). "validation" is the frozen leave-papers-out part of
# benchmarks/extraction_split.json (9 papers, chosen by sha256 of the file name; never debugged on).
# Floors sit just below the figures measured after the third pass of issue 14 (docs/extraction.md):
# original 0.911, new 0.897, validation 0.838, grounded 1.000 on each (fourth pass, on the held-out
# set's dev part: 0.912 / 0.899 / 0.843; fifth pass, also on held-out dev: 0.915 / 0.899 / 0.846) (second pass: 0.908 / 0.890 / 0.838;
# first pass: 0.90 / 0.88 / 0.83).
# The original set fell from its hill-climbed 0.935:
# the general dataset reader now also reports evaluation benchmarks its ground truth leaves out.
# Raise the floors as extraction improves; never drop the check.
ORIGINAL = ("bert.pdf", "resnet.pdf", "gpt2.pdf", "lora.pdf", "transformer.pdf", "vit.pdf", "alexnet.pdf",
            "distilbert.pdf", "adam.pdf", "seq2seq.pdf", "densenet.pdf", "llama.pdf")
FLOORS = {"original": {"f1": 0.91, "grounded": 0.99}, "new": {"f1": 0.89, "grounded": 0.99},
          "validation": {"f1": 0.84, "grounded": 0.99}}


def paper_set(shared_papers: Path, which: str) -> list[str]:
    if which == "validation":
        return json.loads((ROOT / "benchmarks" / "extraction_split.json").read_text())["validation"]
    names = sorted(k for k in json.loads((shared_papers / "ground_truth.json").read_text()) if not k.startswith("_"))
    return [n for n in names if (n in ORIGINAL) == (which == "original")]


@pytest.mark.papers
@pytest.mark.slow
@pytest.mark.parametrize("which", sorted(FLOORS))
def test_scorer_floor(shared_papers, parse_once, which):
    scorer = shared_papers.parent / "eval" / "score_extraction.py"
    assert scorer.exists(), f"{scorer} missing"
    names = paper_set(shared_papers, which)
    assert len(names) >= 9, names
    text, fig = _bench().score(shared_papers, scorer, only=names)
    if which == "validation":  # the frozen part: only its overall line is ever shown
        text = next((ln for ln in text.splitlines() if ln.startswith("overall")), text)
    assert "overall" in text, text
    assert fig["f1"] >= FLOORS[which]["f1"], text
    assert fig["grounded"] >= FLOORS[which]["grounded"], text


@pytest.mark.papers
def test_split_is_frozen_by_its_rule(shared_papers):
    """The validation part is the 9 papers whose sha256(file name) sorts lowest, dev the rest."""
    import hashlib
    split = json.loads((ROOT / "benchmarks" / "extraction_split.json").read_text())
    names = sorted(k for k in json.loads((shared_papers / "ground_truth.json").read_text()) if not k.startswith("_"))
    by_hash = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    assert sorted(by_hash[:9]) == split["validation"] and sorted(by_hash[9:]) == split["dev"]


@pytest.mark.papers
def test_every_value_is_grounded_on_its_page(shared_papers):
    """Quotes come from the cited page; numeric values state a number found in the quote."""
    from mlintern_nb.paper import parse, read
    from mlintern_nb.paper.extraction.numbers import find_numbers
    pdf = shared_papers / "resnet.pdf"
    spec = parse(pdf)
    doc = read(pdf)
    def _norm(text):  # what the shared scorer compares: letters, digits and dots
        return re.sub(r"[^a-z0-9.]+", "", unicodedata.normalize("NFKC", text).lower())
    norm = {p.number: _norm(p.text) for p in doc.pages}
    assert spec.training, "no set-up extracted"
    for name, setup in spec.training.items():
        for field, g in setup.items():
            assert g.quote and g.page, (name, field)
            assert _norm(g.quote) in norm[g.page], (name, field, g.quote)
            if g.numbers:
                stated = {round(n.value, 12) for n in find_numbers(g.quote)}
                assert any(round(x, 12) in stated for x in g.numbers), (field, g.numbers, g.quote)
    # the ResNet traps: schedule milestones are not steps, 60 x 10^4 is 600k
    steps = {x for st in spec.training.values() if "steps" in st for x in st["steps"].numbers}
    lrs = {x for st in spec.training.values() if "learning_rate" in st for x in st["learning_rate"].numbers}
    assert {600000.0, 64000.0} <= steps and not steps & {32000.0, 48000.0}
    assert lrs == {0.1}


@pytest.mark.papers
def test_spec_json_round_trip_and_not_stated(shared_papers):
    from mlintern_nb.paper import parse
    from mlintern_nb.paper.spec import PaperSpec
    spec = parse(shared_papers / "gpt2.pdf")
    again = PaperSpec.from_json(spec.to_json())
    assert again.task_family == "causal-lm"
    assert "optimizer" in again.not_stated and "learning_rate" in again.not_stated
    assert json.loads(spec.to_json())["source"]["pages"] == 24
