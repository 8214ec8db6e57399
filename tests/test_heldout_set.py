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


@pytest.mark.parametrize("batch, split_file", [(1, "split.json"), (2, "split2.json")])
def test_split_covers_every_paper_once(batch, split_file):
    split = json.loads((HELDOUT / split_file).read_text())
    names = {f"{n}.pdf" for n in _builder().names(batch)}
    assert len(names) == (31 if batch == 1 else 16)
    assert set(split["validation"]).isdisjoint(split["dev"])
    assert set(split["validation"]) | set(split["dev"]) == names


# First look (code at a660c24, docs/heldout.md): all 31 F1 0.715, dev 0.752, validation 0.680; after the
# fourth extraction pass 0.780 / 0.816 / 0.744; after the fifth (session 7, developed on dev only)
# 0.817 / 0.884 / 0.748 (the frozen validation part did not move),
# grounded 1.000. Floors sit just below the figures after the work on the dev part; raise them as
# extraction improves, never drop the check. Validation: only its overall line is ever shown.
# Batch 2 (written 2026-11-29, first look at 73acd40): all 16 0.787, dev 0.809, validation 0.763; after a
# session on its dev part dev 0.869, validation 0.763. Seventh pass (session 12, dev parts only): batch 1 dev 0.897,
# validation 0.756; batch 2 dev 0.925, validation 0.775.
FLOORS = {(1, "dev"): 0.88, (1, "validation"): 0.74, (2, "dev"): 0.90, (2, "validation"): 0.76}


@pytest.mark.papers
@pytest.mark.slow
@pytest.mark.parametrize("batch, part", sorted(FLOORS))
def test_extraction_floor_on_the_heldout_set(shared_papers, tmp_path, batch, part):
    scorer = shared_papers.parent / "eval" / "score_extraction.py"
    assert _builder().main(["--out", str(tmp_path), "--batch", str(batch)]) == 0
    spec = importlib.util.spec_from_file_location("score_papers", ROOT / "benchmarks" / "score_papers.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    names = json.loads((HELDOUT / ("split.json" if batch == 1 else "split2.json")).read_text())[part]
    text, fig = bench.score(tmp_path, scorer, only=names)
    overall = next((ln for ln in text.splitlines() if ln.startswith("overall")), text)
    assert fig["f1"] >= FLOORS[batch, part], overall
    assert fig["grounded"] >= 0.99, overall


def test_plan_report_figures_count_what_they_say():
    spec = importlib.util.spec_from_file_location("plan_report", ROOT / "benchmarks" / "plan_report.py")
    report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(report)
    rows = [{"paper": "a.pdf", "gt_family": "x", "family": "x", "contribution": "objective", "recipe": "x",
             "arms": ["b", "p"], "architecture": "A", "model_cell": "h1"},
            {"paper": "b.pdf", "gt_family": "y", "family": "x", "contribution": "training-method", "recipe": "x",
             "arms": [], "architecture": "B", "model_cell": "h1"},
            {"paper": "c.pdf", "gt_family": "z", "contribution": "architecture", "error": "parse: bad"}]
    assert report.summary(rows) == [
        "family: 1/3 right", "planned: 2/3 with a recipe",
        "method arms: 1/2 method papers (contribution training-method / objective) with >= 2 arms",
        "model cells: 1 distinct among 2 planned (one cell across architectures: [['a.pdf', 'b.pdf']])"]
