"""`mlintern bench`: a small slice of every suite, so the harness cannot rot."""
import filecmp
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def bench(tmp_path, *args, timeout=900):
    r = subprocess.run([sys.executable, "-m", "mlintern_nb", "bench", "--out", str(tmp_path), *args],
                       cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads((tmp_path / "results.json").read_text()), (tmp_path / "results.md").read_text()


def test_scorer_copy_matches_shared(shared_papers):
    assert filecmp.cmp(shared_papers.parent / "eval" / "score_extraction.py",
                       ROOT / "mlintern_nb" / "bench" / "score_extraction.py", shallow=False)


def test_papers_suite_on_bundled_examples(tmp_path):
    res, md = bench(tmp_path, "--suite", "papers", "--papers", str(ROOT / "examples" / "papers"))
    rows = {r["paper"]: r for r in res["suites"]["papers"]["rows"]}
    assert {"tinyrepro.pdf", "tinytext.pdf"} <= set(rows)
    assert rows["tinyrepro.pdf"]["task_family"] == "image-classification"
    assert rows["tinyrepro.pdf"]["planned"] is True
    assert rows["tinyrepro.pdf"]["f1"] >= 0.8
    assert "Extraction overall: F1" in md
    assert (tmp_path / "papers_f1.png").stat().st_size > 1000


@pytest.mark.slow
def test_reference_faults_overhead_slice(tmp_path):
    res, md = bench(tmp_path, "--suite", "all", "--papers", str(ROOT / "examples" / "papers"),
                    "--tasks", "resnet_cifar10", "--limit", "1", "--categories", "shape", "environment")
    s = res["suites"]
    ref = s["reference"]["summary"][0]
    assert ref["task"] == "resnet_cifar10" and ref["success_rate"] == 1.0
    assert ref["loss_decreased_rate"] == 1.0
    cats = {r["category"] for r in s["faults"]["summary"]}
    assert cats == {"shape", "environment", "ALL"}  # only the categories asked for
    assert all(r["repaired"] for r in s["faults"]["rows"])
    over = s["overhead"]["rows"][0]
    assert over["ok"] and 0 < over["overhead_share"] < 1
    assert "## reference" in md and "## faults" in md and "## overhead" in md
    assert (tmp_path / "reference_losses.png").exists()
