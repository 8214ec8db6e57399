"""The held-out paper set (benchmarks/heldout): it builds, every annotated quote is on exactly one
page of its PDF, and its frozen split covers every paper once."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "heldout"


def _builder():
    spec = importlib.util.spec_from_file_location("heldout_build", HELDOUT / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_template_builds_with_pages_found_from_quotes(tmp_path):
    build = _builder()
    assert build.main(["--out", str(tmp_path), "--only", "_template"]) == 0
    gt = json.loads((tmp_path / "ground_truth.json").read_text())["_template.pdf"]
    assert (tmp_path / "_template.pdf").read_bytes()[:5] == b"%PDF-"
    assert gt["training"]["main"]["epochs"]["page"] == 1
    assert gt["param_counts"][0]["page"] == 1 and gt["num_pages"] == 1


def test_a_quote_not_in_the_paper_stops_the_build(tmp_path):
    build = _builder()
    mod = build._module(HELDOUT / "papers" / "_template.py", "_t")
    truth = json.loads(json.dumps(mod.TRUTH))
    truth["training"]["main"]["epochs"]["quote"] = "for 300 epochs with cosine decay"
    paper = {**build._PAPER_DEFAULTS, **mod.PAPER, "name": "_template"}
    with pytest.raises(SystemExit, match="training.main.epochs"):
        build.ground_truth("_template", paper, truth, build.render.build_pdf(paper))


def test_split_covers_every_paper_once():
    split = json.loads((HELDOUT / "split.json").read_text())
    names = {f"{n}.pdf" for n in _builder().names()}
    assert set(split["validation"]).isdisjoint(split["dev"])
    assert set(split["validation"]) | set(split["dev"]) == names
