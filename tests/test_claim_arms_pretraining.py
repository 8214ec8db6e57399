"""Claim arms of the text-classification recipe for papers whose claim is about a pre-training objective:
masked LM vs left-to-right LM, permutation LM vs masked LM, a distilled student vs its teacher (parity) or vs
the same student pre-trained by masked LM alone. Planned from the real PDFs (papers) and from generic specs
(no paper's title words); the smoke notebook of a generic spec runs the arms and gives a verdict (slow)."""
from __future__ import annotations


import nbformat
import pytest

from mlintern_nb.plan import plan, spec_from_dict


def _g(value, page=1):
    return {"value": value, "page": page, "quote": value}


def _spec(claim, arch=None, title="Pre-training sentence encoders for language understanding"):
    d = {"title": title, "task_family": "text-classification", "claim": _g(claim, page=2)}
    if arch:
        d["architecture"] = _g(arch, page=3)
    return spec_from_dict(d)


def _claim(nb):
    return nb.metadata["mlintern"]["claim"]


def _arms(nb):
    return {a["role"]: a for a in _claim_arms(nb)}


def _claim_arms(nb):
    cell = next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "claim")
    line = next(l for l in cell.splitlines() if l.startswith("ARMS = "))
    import ast
    return ast.literal_eval(line[len("ARMS = "):])


def _model_cell(nb):
    return next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "model")


# -- generic specs -----------------------------------------------------------------------------------

GENERIC = {
    "ltr": ("A deep bidirectional encoder pre-trained as a masked language model transfers better than a "
            "left-to-right language model.", None, ("ltr", "mlm"), "better", 0.0),
    "distil-parity": ("A student with half the layers, pre-trained by knowledge distillation, retains 95 % of "
                      "the teacher's accuracy.", None, ("teacher", "distil"), "not worse", 0.05),
    "distil-better": ("Distillation during pre-training gives a better small encoder than masked language "
                      "modelling alone.", None, ("mlm", "distil"), "better", 0.0),
    "plm": ("It outperforms BERT on sentiment analysis and natural language inference.",
            "an XLNet encoder (two-stream attention, relative positions)", ("mlm", "plm"), "better", 0.0),
}


@pytest.mark.parametrize("key", list(GENERIC))
def test_generic_claim_gets_its_pretraining_arms(key):
    claim, arch, (base_obj, prop_obj), kind, margin = GENERIC[key]
    nb = plan(_spec(claim, arch), "smoke")
    arms = _arms(nb)
    assert arms["baseline"]["overrides"]["PRETRAIN_OBJECTIVE"] == base_obj
    assert arms["proposed"]["overrides"]["PRETRAIN_OBJECTIVE"] == prop_obj
    assert arms["baseline"]["overrides"]["max_steps"] == arms["proposed"]["overrides"]["max_steps"]  # same budget
    assert {a["metric"] for a in arms.values()} == {"accuracy"} and arms["proposed"]["higher_is_better"]
    assert arms["proposed"]["kind"] == kind and arms["proposed"]["margin"] == pytest.approx(margin)
    assert _claim(nb)["arms"] == [arms["baseline"]["name"], arms["proposed"]["name"]]
    # the config cell sets the main run's objective: fine-tuning from random init, as without arms
    config = next(c.source for c in nb.cells if c.cell_type == "code" and c.metadata["mlintern"]["role"] == "config")
    assert "PRETRAIN_OBJECTIVE = 'none'" in config
    assert "if PRETRAIN_OBJECTIVE != \"none\":" in _model_cell(nb)
    nbformat.validate(nb)


def test_full_profile_keeps_the_papers_fine_tuning_budget():
    nb = plan(_spec(GENERIC["ltr"][0]), "full")
    assert all("max_steps" not in a["overrides"] for a in _claim_arms(nb))


@pytest.mark.parametrize("claim", [
    "Our encoder reaches state-of-the-art accuracy on sentiment analysis.",
    "A bidirectional encoder reaches 90.1 on the benchmark.",  # bidirectional, but compared with nothing it runs
    "It outperforms BERT on sentiment analysis.",  # a BERT encoder: no objective named, nothing to compare
    ("Bidirectional pre-training beats a left-to-right language model.", "a DistilBERT encoder"),  # no LTR head
])
def test_claim_without_a_pretraining_comparison_gets_no_arms(claim):
    claim, arch = claim if isinstance(claim, tuple) else (claim, None)
    nb = plan(_spec(claim, arch), "smoke")
    assert _claim(nb)["arms"] == [] and _claim(nb)["verdict"] == "no comparison"
    assert "PRETRAIN_OBJECTIVE" not in _model_cell(nb)
    assert all(c.metadata["mlintern"]["role"] != "claim" for c in nb.cells if c.cell_type == "code")


# -- the real papers ---------------------------------------------------------------------------------

PAPERS = {  # pdf stem: (baseline objective, proposed objective, kind)
    "bert": ("ltr", "mlm", "better"),
    "xlnet": ("mlm", "plm", "better"),
    "distilbert": ("teacher", "distil", "not worse"),
}


@pytest.mark.papers
@pytest.mark.parametrize("name", list(PAPERS))
def test_paper_plans_its_pretraining_arms(name, shared_papers, parse_once):
    import mlintern_nb.paper as paper
    base_obj, prop_obj, kind = PAPERS[name]
    path = shared_papers / f"{name}.pdf"
    nb = plan(paper.parse(str(path)), "smoke")
    arms = _arms(nb)
    assert arms["baseline"]["overrides"]["PRETRAIN_OBJECTIVE"] == base_obj
    assert arms["proposed"]["overrides"]["PRETRAIN_OBJECTIVE"] == prop_obj
    assert arms["proposed"]["metric"] == arms["baseline"]["metric"] == "accuracy"
    assert arms["proposed"]["kind"] == kind
    claim = _claim(nb)
    b = claim.get("baseline")
    if b:  # the baseline sentence is the paper's own words, verbatim on its page
        page = paper.read(str(path), pages=str(b["page"])).pages[0]
        assert b["quote"] in " ".join(page.text.split())
    if name == "distilbert":  # "retaining 97 %" on the first page: the margin the parity claim allows
        assert arms["proposed"]["margin"] == pytest.approx(0.03)
        assert "97%" in _model_cell(nb) or "97 %" in _model_cell(nb)


