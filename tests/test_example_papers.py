"""The bundled example papers: deterministic build, and exact expected values from the
reader (title, sections, tables, figure with caption and page, pages of quotes)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mlintern_nb.paper import parse, read

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ROOT / "examples" / "papers"
NAMES = ["tinyrepro", "tinytext"]


def expected(name: str) -> dict:
    return json.loads((PAPERS / f"{name}.expected.json").read_text())


def find(doc, quote: str) -> int:
    """Offset of ``quote`` in the document text (any whitespace between its words)."""
    pat = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pat, doc.text)
    assert m, quote
    return m.start()


def test_build_is_deterministic_and_committed():
    r = subprocess.run([sys.executable, str(PAPERS / "build.py"), "--check"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("name", NAMES)
def test_title_pages_and_sections(name):
    exp = expected(name)
    doc = read(PAPERS / f"{name}.pdf")
    assert doc.num_pages == exp["num_pages"] == 2
    assert [s.title for s in doc.sections] == ["Abstract"] + exp["sections"]
    spec = parse(PAPERS / f"{name}.pdf")
    assert spec.title == exp["title"]


def test_section_kinds_and_spans():
    doc = read(PAPERS / "tinyrepro.pdf")
    kinds = {s.title: (s.kind, s.page_start, s.page_end) for s in doc.sections}
    assert kinds == {
        "Abstract": ("abstract", 1, 1), "1 Introduction": ("introduction", 1, 1),
        "2 Related Work": ("related", 1, 1), "3 Method": ("method", 1, 1),
        "4 Experiments": ("experiments", 1, 1), "4.1 Dataset": ("experiments", 1, 2),
        "4.2 Training details": ("training", 2, 2), "4.3 Results": ("results", 2, 2),
        "5 Conclusion": ("conclusion", 2, 2), "References": ("references", 2, 2)}
    doc = read(PAPERS / "tinytext.pdf")
    appendix = doc.sections[-1]
    assert appendix.title == "A Additional hyper-parameters" and appendix.page_start == 2
    assert "weight decay of 0.01" in doc.text[appendix.start:appendix.end]


@pytest.mark.parametrize("name", NAMES)
def test_quotes_are_on_their_expected_pages(name):
    exp = expected(name)
    doc = read(PAPERS / f"{name}.pdf")
    entries = [exp["architecture"], exp["loss"], *exp["datasets"], *exp["metrics"], *exp["reported_results"]]
    entries += [e for setup in exp["training"].values() for e in setup.values()]
    assert len(entries) >= 10
    for e in entries:
        assert doc.page_of(find(doc, e["quote"])) == e["page"], e


@pytest.mark.parametrize("name", NAMES)
def test_table_caption_and_page(name):
    exp = expected(name)["tables"][0]
    doc = read(PAPERS / f"{name}.pdf")
    assert [(t.label, t.page, t.caption) for t in doc.tables] == [(exp["label"], exp["page"], exp["caption"])]
    rows = doc.tables[0].rows
    if name == "tinyrepro":
        assert rows == [["Model", "Parameters", "Accuracy (%)"], ["Logistic regression", "650", "95.8"],
                        ["k-nearest neighbours (k=3)", "-", "96.9"], ["TinyRepro (ours)", "21,642", "97.2"]]
    else:
        assert rows[0] == ["Model", "Accuracy (%)", "Macro F1"] and rows[-1] == ["TinyText (ours)", "71.5", "71.1"]


@pytest.mark.papers
def test_shared_scorer_on_example_papers(shared_papers, tmp_path):
    """The whole parse scored against the expected JSON with ../shared/eval/score_extraction.py."""
    scorer = shared_papers.parent / "eval" / "score_extraction.py"
    if not scorer.exists():
        pytest.skip("scorer not present")
    gt = {"_meta": {}}
    for name in NAMES:
        gt[f"{name}.pdf"] = expected(name)
    (tmp_path / "gt.json").write_text(json.dumps(gt))
    r = subprocess.run([sys.executable, str(scorer), "--gt", str(tmp_path / "gt.json"), "--papers", str(PAPERS),
                        "--cmd", f"{sys.executable} -m mlintern_nb parse {{pdf}} --format json"],
                       capture_output=True, text=True, timeout=300)
    m = re.search(r"overall F1 ([\d.]+) recall ([\d.]+) precision ([\d.]+)", r.stdout)
    assert m, r.stdout + r.stderr
    assert float(m.group(1)) >= 0.9, r.stdout


@pytest.mark.parametrize("name", NAMES)
def test_architecture_figure_extracted(name, tmp_path):
    exp = expected(name)["figures"][0]
    spec = parse(PAPERS / f"{name}.pdf", figures_dir=tmp_path)
    assert len(spec.figures) == 1
    fig = spec.figures[0]
    assert (fig.label, fig.page, fig.caption, fig.kind, fig.is_architecture) == (
        exp["label"], exp["page"], exp["caption"], "raster", True)
    assert (fig.width, fig.height) == (640, 150)
    data = Path(fig.image_path).read_bytes()
    assert Path(fig.image_path).parent == tmp_path and data[:8] == b"\x89PNG\r\n\x1a\n"


def test_figures_without_out_dir_write_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    spec = parse(PAPERS / "tinyrepro.pdf")
    assert spec.figures[0].image_path is None and spec.figures[0].kind == "raster"
    assert list(tmp_path.iterdir()) == []


def test_running_header_and_page_numbers_removed():
    for name, header in (("tinyrepro", "TinyRepro: a small CNN for handwritten digits"),
                         ("tinytext", "TinyText: a two-layer Transformer for sentence polarity")):
        doc = read(PAPERS / f"{name}.pdf")
        assert header not in doc.text
        for p in doc.pages:
            lines = p.text.split("\n")
            assert str(p.number) not in (lines[0].strip(), lines[-1].strip()), p.text[:80]


def test_arxiv_side_stamp_removed():
    doc = read(PAPERS / "tinytext.pdf")
    assert "arXiv:" not in doc.text
    assert doc.pages[0].text.startswith("TinyText: A Two-Layer Transformer Encoder for Sentence Polarity")


def test_cli_markdown_and_json(tmp_path):
    out = tmp_path / "spec.md"
    r = subprocess.run([sys.executable, "-m", "mlintern_nb", "parse", str(PAPERS / "tinytext.pdf"), "--format",
                        "markdown", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    md = out.read_text()
    assert md.startswith("# TinyText: A Two-Layer Transformer Encoder for Sentence Polarity\n")
    assert "| Figure 1 **(architecture)** | 1 | raster |" in md
    r = subprocess.run([sys.executable, "-m", "mlintern_nb", "parse", str(PAPERS / "tinyrepro.pdf"), "--pages",
                        "2"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source"]["pages_read"] == [2]
