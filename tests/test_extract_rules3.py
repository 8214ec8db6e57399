"""Third extraction pass (issue 14): hyper-parameters stated through a symbol the paper defines; values scaled by a symbol;
dataset spellings from prose over table headers; possessive metric names. Every sentence
here is invented, none is copied from a paper."""
import pytest

from mlintern_nb.paper.document import Document, Page
from mlintern_nb.paper.extract import extract
from mlintern_nb.paper.extraction.datasets import datasets
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.extraction.symbols import scaled_findings, symbol_fields, symbol_findings
from mlintern_nb.paper.extraction.vocab import metrics


# ---------------------------------------------------------------- symbols
def test_symbol_bound_by_definition():
    assert symbol_fields(["Input: η: learning rate, T: number of rounds"]) == {"η": "learning_rate"}
    assert symbol_fields(["we decay the step size (γ) every round"]) == {"γ": "learning_rate"}
    assert symbol_fields(["λ is the weight decay coefficient"]) == {"λ": "weight_decay"}
    # bound to two fields: ambiguous, dropped
    assert symbol_fields(["η: learning rate", "η is the momentum term"]) == {}


def test_symbol_assignment_reads_as_the_field():
    bound = {"η": "learning_rate"}
    text = "Sensible defaults for our tests are η = 0.005, β1 = 0.8 and ε = 10−6."
    (f,) = symbol_findings(text, 2, "", bound)
    assert (f.field, f.value, f.quote) == ("learning_rate", 0.005, text)
    assert "η = learning rate" in f.note
    assert symbol_findings("We set η1 = 0.3 for the gate.", 2, "", bound) == []  # a subscript: another quantity
    assert symbol_findings("They set η = 0.1 in their model.", 2, "", bound) == []  # prior work
    assert symbol_findings("We set η = 0.1.", 2, "", {}) == []


def test_value_scaled_by_a_symbol():
    text = "Parameter Value Rollout 256 SGD step size 1.5 × 10−3 ×β Num. passes 4"
    got = {f.field: f.value for f in scaled_findings(text, 9, "")}
    assert got == {"learning_rate": 0.0015}
    assert scaled_findings("We train for 4 epochs.", 9, "") == []


def test_document_with_an_algorithm_box_in_its_introduction():
    text = ("1 Introduction\nStochastic methods are common in practice and many variants exist.\n"
            "Algorithm 1: Our update rule. Good defaults for the tested problems are η = 0.004, ρ = 0.95.\n"
            "Require: η: Step size\nRequire: ρ: decay of the running average\n"
            "2 Experiments\nWe train every model for 40 epochs.\n")
    spec = extract(Document(path="x.pdf", sha256="0", num_pages=1, pages=[Page(number=1, text=text)]))
    lrs = [st["learning_rate"] for st in spec.training.values() if "learning_rate" in st]
    assert [g.value for g in lrs] == [0.004]
    assert "η = 0.004" in lrs[0].quote


# ---------------------------------------------------------------- datasets and metrics
def test_dataset_spelling_from_prose_beats_table_headers():
    sents = [Sentence(t, 5, "5 experiments", "experiments") for t in (
        "Method SQuAD3.2 dev SQuAD3.2 test Avg",
        "Method SQuAD3.2 dev SQuAD3.2 test Avg",
        "Depth SQuAD3.2 SQuAD3.2 Avg",
        "Width SQuAD3.2 SQuAD3.2 Avg",
        "SQuAD v3.2 adds 9,000 questions.",
        "For SQuAD v3.2, we use the same procedure as before.",
    )]
    assert {n for n, _, _ in datasets(sents)} == {"SQuAD v3.2"}


def test_possessive_matthews_correlation():
    sents = [Sentence(t, 6, "5 results", "results") for t in (
        "We report Matthew’s correlation for the grammar task.", "Matthew's correlation is in Table 4.")]
    assert [n for n, _, _ in metrics(sents)] == ["Matthews correlation"]


def test_symbol_also_defined_as_something_else_is_dropped():
    assert symbol_fields(["Require: η: Step size", "where η is the mixing weight of the two losses"]) == {}
    assert symbol_fields(["Require: η: Step size", "η: the learning rate of the critic"]) == {"η": "learning_rate"}
