"""Fifth extraction pass (issue 14), developed on the held-out set's dev part (docs/heldout.md):
what a number next to a field keyword is *not* (a derived value, a formula, an early-stopping
patience, a rejected value, a result cell of a row labelled "with dropout"), and a per-device batch
whose total the sentence states. Every sentence is invented."""
import pytest

from tests.test_extract_rules4 import facts


@pytest.mark.parametrize("text, field, want", [
    # a per-device batch with its total: the total is the batch
    ("We use a mini-batch of 2 clips per GPU (so 16 on 8 GPUs) for 40k iterations.", "batch_size", [16.0]),
    ("The batch size is 32 per device (256 in total).", "batch_size", [256.0]),
    ("The batch size is 64 per GPU.", "batch_size", [64.0]),
    # "i.e." / "i.e.," introduce a derived value, not a second setting
    ("We train for 100k steps (i.e., 40 epochs).", "epochs", None),
    ("We use a batch size of 64 sequences of 256 tokens (i.e. 2^14 tokens per batch).", "batch_size", [64.0]),
    # a number that is part of a formula
    ("The learning rate follows 1/√t where t is the step number.", "learning_rate", None),
    # an early-stopping window is not the run's length
    ("Training stops early with a patience of 30 epochs.", "epochs", None),
    ("We train for 150 epochs with early stopping (patience 10 epochs).", "epochs", [150.0]),
    # a value the paper rejects, and the one it uses instead
    ("We found the default learning rate of 0.01 to be too high and used 0.003 instead.", "learning_rate", [0.003]),
    ("A weight decay of 0.1 was too large for the small model.", "weight_decay", None),
])
def test_what_a_number_is_not(text, field, want):
    assert facts(text).get(field) == want


def test_a_result_cell_of_a_row_labelled_with_dropout_is_no_dropout_rate():
    assert "dropout" not in facts("Method\terror Baseline without dropout\t31.20% Baseline with dropout\t27.40%")
    assert facts("We apply dropout\t0.3 to every layer.").get("dropout") == [0.3]


@pytest.mark.parametrize("text, want", [
    ("Cross-validation picked the dropout probability values 0.2 on the small set and 0.5 on the large one.",
     [0.2, 0.5]),
    ("We raise the dropout ratio from 0.1 for the smallest model to 0.4 for the largest.", [0.1, 0.4]),
    ("We apply dropout of 0.3 on the inputs.", [0.3]),
])
def test_values_stated_per_target_with_on_and_a_range(text, want):
    assert facts(text).get("dropout") == want


def _metric_names(*texts):
    from mlintern_nb.paper.extraction.sentences import Sentence
    from mlintern_nb.paper.extraction.vocab import metrics
    return {n for n, _, _ in metrics([Sentence(t, 4, "5 experiments", "experiments") for t in texts])}


def test_accuracy_as_an_everyday_word_is_no_metric_a_measured_one_is():
    loose = ("Our pooling change improves box accuracy by relative 12%.",
             "There is a speed/accuracy trade-off in every detector we report.")
    assert "accuracy" not in _metric_names(*loose)
    assert "accuracy" in _metric_names(*loose, "The model reaches a top-1 accuracy of 81.2% on the test set.")
    assert "accuracy" in _metric_names("We report accuracy (%) for each split.", "Accuracy is in Table 2.")


def test_a_named_error_measure_with_its_value_is_a_metric():
    assert "error" in _metric_names("Our network reaches a boundary error of 0.0041, the best score.")
    assert "error" not in _metric_names("We fix an error in the data loader.")


def test_a_table_column_in_multiplied_units_gives_no_value():
    """ "Steps are counted in units of 10^4": the cells (3.1, 6.2) are not the run lengths, and the
    quote could not show the product, so the column is left out; the other columns are read."""
    from mlintern_nb.paper.extraction.sentences import Line
    from mlintern_nb.paper.extraction.tables import table_findings
    rows = ["Table 2: Training statistics. Steps are counted in units of 10^4.", "Model\tSteps\tEpochs",
            "Net-A\t3.1\t12", "Net-B\t6.2\t24"]
    got = {f.field: f.numbers for f, _ in table_findings([Line(t, 5, "4 experiments", "experiments", i)
                                                         for i, t in enumerate(rows)])}
    assert got == {"epochs": [12.0, 24.0]}
    rows[0] = "Table 2: Training statistics."
    got = {f.field: f.numbers for f, _ in table_findings([Line(t, 5, "4 experiments", "experiments", i)
                                                         for i, t in enumerate(rows)])}
    assert got["epochs"] == [12.0, 24.0] and "steps" in got  # a plain column is read (3.1 is then its value)


def test_an_optimizer_introduced_by_called_after_a_long_description():
    got = facts("For the distributed runs, we use mini-batch asynchronous gradient descent with an adaptive "
                "learning rate procedure called Adagrad.")
    assert got.get("optimizer") == "Adagrad"
    assert "optimizer" not in facts("Some authors describe a long and slow adaptive learning rate procedure "
                                    "in their survey, called Adagrad.")
