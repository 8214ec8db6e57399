"""Extraction on the bundled example papers, checked against their <name>.expected.json."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

from mlintern_nb.paper import parse, read

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "papers"
NUMERIC = ("learning_rate", "batch_size", "epochs", "weight_decay", "dropout", "max_seq_length")


def _pooled(training: dict, field: str) -> set:
    out = set()
    for setup in training.values():
        g = setup.get(field)
        if g is None:
            continue
        g = g if isinstance(g, dict) else g.model_dump()
        nums = g.get("numbers") or ([g["value"]] if isinstance(g["value"], (int, float)) else [])
        out |= {round(float(x), 10) for x in nums}
    return out


@pytest.fixture(scope="module", params=["tinyrepro", "tinytext"])
def case(request):
    pdf = EXAMPLES / f"{request.param}.pdf"
    exp = EXAMPLES / f"{request.param}.expected.json"
    if not pdf.exists() or not exp.exists():
        pytest.skip(f"{pdf} not present")
    return request.param, parse(pdf), json.loads(exp.read_text()), read(pdf)


def test_title_family_and_training_values(case):
    name, spec, exp, _ = case
    assert spec.title == exp["title"]
    assert spec.task_family == exp["task_family"]
    got = {f: _pooled(spec.model_dump()["training"], f) for f in NUMERIC}
    want = {f: _pooled(exp["training"], f) for f in NUMERIC}
    for f in NUMERIC:
        assert got[f] == want[f], (name, f, got[f], want[f])
    opt = {g.value.split()[0] for st in spec.training.values() for k, g in st.items() if k == "optimizer"}
    assert opt == {st["optimizer"]["value"] for st in exp["training"].values()}


def _norm(text):  # what the shared scorer compares: letters, digits and dots
    return re.sub(r"[^a-z0-9.]+", "", unicodedata.normalize("NFKC", text).lower())


def test_every_value_quoted_from_its_page(case):
    _, spec, _, doc = case
    pages = {p.number: _norm(p.text) for p in doc.pages}
    for setup in spec.training.values():
        for field, g in setup.items():
            assert _norm(g.quote) in pages[g.page], (field, g.quote)


def test_datasets_metrics_and_reported_results(case):
    name, spec, exp, _ = case
    metrics = {m.value.lower() for m in spec.metrics}
    for m in exp["metrics"]:
        assert m["value"].split()[0].lower() in metrics, (name, m["value"], metrics)
    assert len(spec.datasets) == len(exp["datasets"]) == 1
    words = set(exp["datasets"][0]["value"].lower().split())
    assert len(words & set(spec.datasets[0].value.lower().split())) >= 3, spec.datasets[0].value
    got = {(r.metric, r.value) for r in spec.reported_results}
    assert {(r["metric"], r["value"]) for r in exp["reported_results"]} <= got


def test_not_stated_lists_only_absent_fields(case):
    _, spec, exp, _ = case
    stated = {f for st in spec.training.values() for f in st}
    assert not stated & set(spec.not_stated)
    assert "steps" in spec.not_stated


def test_baseline_settings_in_related_work_are_not_taken():
    pdf = EXAMPLES / "tinytext.pdf"
    if not pdf.exists():
        pytest.skip("tinytext.pdf not present")
    spec = parse(pdf)
    # "the BiLSTM baseline of Zhou et al. [2] was trained with SGD at a learning rate of 0.1 and a
    # batch size of 32 for 20 epochs" belongs to the baseline
    assert 0.1 not in _pooled(spec.model_dump()["training"], "learning_rate")
    assert 32.0 not in _pooled(spec.model_dump()["training"], "batch_size")
    assert 20.0 not in _pooled(spec.model_dump()["training"], "epochs")
    assert "SGD" not in {g.value for st in spec.training.values() for k, g in st.items() if k == "optimizer"}
