"""Third extraction pass (issue 14): numbers in words, with a leading dot or as a product;
hyper-parameters stated through a symbol the paper defines; values scaled by a symbol;
dataset spellings from prose over table headers; possessive metric names. Every sentence
here is invented, none is copied from a paper."""
import pytest

from mlintern_nb.paper.document import Document, Page
from mlintern_nb.paper.extract import extract
from mlintern_nb.paper.extraction.datasets import datasets
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.extraction.symbols import scaled_findings, symbol_fields, symbol_findings
from mlintern_nb.paper.extraction.vocab import metrics
from mlintern_nb.paper.extraction.wording import word_numbers, worded_findings, written_numbers


def fields(text, reader=worded_findings):
    return {f.field: f.value for f in reader(text, 3, "4 experiments")}


# ---------------------------------------------------------------- numbers in words
@pytest.mark.parametrize("text, value", [
    ("three", 3), ("twenty-five", 25), ("Ninety nine", 99), ("one hundred and fifty", 150),
    ("two thousand", 2000), ("a million", 1e6), ("one million", 1e6), ("5 million", 5e6),
    ("1.5 billion", 1.5e9), ("twelve thousand five hundred", 12500),
])
def test_word_numbers_parse_cardinals_and_scales(text, value):
    got = word_numbers(f"we ran it for {text} rounds")
    assert [w.value for w in got] == [value]


def test_word_numbers_leave_lists_and_lone_articles_alone():
    assert word_numbers("a model") == []
    assert word_numbers("two three") == []  # a list of words, not one number
    assert [w.value for w in word_numbers("someone, anyone, oneself")] == []


@pytest.mark.parametrize("text, expected", [
    ("We fine-tune the classifier for four epochs on the new corpus.", {"epochs": 4}),
    ("The agent is trained for two million environment steps.", {"steps": 2_000_000}),
    ("We run the optimizer for 3 million updates with a batch size of 64.", {"steps": 3_000_000}),
    ("Our tagger trains for twenty-five epochs.", {"epochs": 25}),
])
def test_worded_training_fields_are_read(text, expected):
    assert fields(text) == expected


def test_worded_field_keeps_the_printed_quote_and_says_how_it_was_written():
    text = "We fine-tune the classifier for four epochs on the new corpus."
    (f,) = worded_findings(text, 3, "")
    assert f.quote == text and f.numbers == [4.0]
    assert "in words" in f.note and "'four'" in f.note


def test_worded_numbers_obey_the_sentence_traps():
    assert fields("They trained their tagger for four epochs.") == {}  # prior work
    assert fields("We use one GPU and three processing steps.") == {}  # no field beside 'one'; steps < 10
    assert fields("The lag between the two cues is one thousand steps in our task.") == {}  # a sequence lag
    assert fields("We train for 90 epochs with a batch size of 256.") == {}  # digits: the digit reader's


# ---------------------------------------------------------------- leading dot, products
def test_leading_dot_value():
    assert written_numbers("a rate of .25 here")[0].value == 0.25
    assert fields("We apply dropout with a rate of .3 before the output layer.") == {"dropout": 0.3}
    assert fields("Version 2.5 and .NET are no values.") == {}


def test_product_is_a_batch_size_only():
    assert fields("Minibatch size 16 × 4 Discount 0.98") == {"batch_size": 64}
    assert fields("We use 3 × 3 convolutions and train for 90 epochs.") == {}
    assert fields("The learning rate is 2 × 10−4 for all runs.") == {}  # a power of ten, not a product
    assert written_numbers("crops of 32 × 32 × 3") == []  # a chained shape


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


def test_written_numbers_are_read_only_when_asked():
    text = ("2 Experiments\nWe fine-tune the tagger for four epochs with a batch size of 32.\n"
            "We apply dropout with a rate of .4 on every layer.\n")
    doc = Document(path="x.pdf", sha256="0", num_pages=1, pages=[Page(number=1, text=text)])
    values = lambda spec, fld: sorted(st[fld].value for st in spec.training.values() if fld in st)
    default = extract(doc)
    assert values(default, "batch_size") == [32] and values(default, "epochs") == [] and values(default, "dropout") == []
    asked = extract(doc, written_numbers=True)
    assert values(asked, "epochs") == [4] and values(asked, "dropout") == [0.4]
    (ep,) = [st["epochs"] for st in asked.training.values() if "epochs" in st]
    assert "four epochs" in ep.quote and "in words" in ep.note


def test_symbol_also_defined_as_something_else_is_dropped():
    assert symbol_fields(["Require: η: Step size", "where η is the mixing weight of the two losses"]) == {}
    assert symbol_fields(["Require: η: Step size", "η: the learning rate of the critic"]) == {"η": "learning_rate"}
