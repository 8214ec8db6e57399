"""Fourth extraction pass (issue 14), developed on the held-out set's dev part (docs/heldout.md):
a warm-up stated by its length without the word, a run stopped after N steps, the L2 penalty
named as weight decay, plural dropouts, values stated per target. Every sentence is invented."""
import json

import pytest

from mlintern_nb.paper.document import Document, Page
from mlintern_nb.paper.extract import extract


def facts(text: str) -> dict:
    body = f"A Paper\nAbstract\nWe study things.\n1 Introduction\nWe propose a model.\n4 Experiments\n{text}\n5 Conclusion\nDone.\n"
    spec = json.loads(extract(Document(path="x.pdf", sha256="0", num_pages=1,
                                       pages=[Page(number=1, text=body)])).to_json())
    return {k: v.get("numbers") or v.get("value") for setup in (spec.get("training") or {}).values()
            for k, v in setup.items()}


@pytest.mark.parametrize("text, want", [
    ("The batch size is increased linearly over the first 10 epochs.", None),  # not the learning rate
    ("The learning rate is ramped up linearly from zero over the first 3000 updates.", [3000.0]),
    ("We linearly increase the learning rate during the first 8 epochs.", [8.0]),
    ("The learning rate is increased by a factor of 10 after 30 epochs.", None),
])
def test_warmup_stated_by_its_length(text, want):
    assert facts(text).get("warmup") == want


def test_a_run_stopped_after_n_steps_is_its_length_a_milestone_is_not():
    assert facts("Training was terminated after 250K iterations.")["steps"] == [250000.0]
    assert "steps" not in facts("We divide the learning rate by 10 after 250K iterations.")


def test_l2_penalty_is_weight_decay_and_plural_dropouts():
    got = facts("Training is regularised by an L2 penalty coefficient of 2 × 10^-4, and hidden and attention "
                "dropouts with a rate of 0.2 are used.")
    assert got["weight_decay"] == [0.0002] and got["dropout"] == [0.2]


def test_values_stated_per_target():
    got = facts("We use a learning rate of 0.02 for the small graphs, and 0.004 for all remaining ones.")
    assert got["learning_rate"] == [0.02, 0.004]
    got = facts("We apply dropout of 0.3 for the encoder and weight decay of 0.001 for all layers.")
    assert got["dropout"] == [0.3] and got["weight_decay"] == [0.001]


def test_typeset_powers_get_their_caret_back():
    from mlintern_nb.paper.text import Fragment, mark_powers

    def frag(t, size=10.0):
        return Fragment(t, 72.0, 500.0, size)
    frags = [frag("We train for 2"), frag("17", 7.0), frag(" = 131,072 steps and warm up for 10"), frag("3", 7.0),
             frag(" steps; see note 2"), frag("1", 7.0), frag("0 more.")]
    text = "We train for 217 = 131,072 steps and warm up for 103 steps; see note 210 more."
    assert mark_powers(text, frags) == ("We train for 2^17 = 131,072 steps and warm up for 10^3 steps; "
                                        "see note 210 more.")  # a small digit running on into the next is not a power
    same_size = [frag("for 2"), frag("17"), frag(" steps")]
    assert mark_powers("for 217 steps", same_size) == "for 217 steps"


def test_an_absurd_exponent_is_no_number():
    from mlintern_nb.paper.extraction.numbers import find_numbers
    assert [n.value for n in find_numbers("axis 10^375 then 2^10 tokens")] == [1024.0]


def test_cells_drawn_one_by_one_are_read_as_one_row():
    from mlintern_nb.paper.text import Fragment, join_row_cells
    frags = [Fragment("Settings\n", 90, 300, 8.5), Fragment("Baseline [7]\n", 170, 300, 8.5), Fragment("Ours\n", 230, 300, 8.5),
             Fragment("Epochs\n", 90, 288, 8.5), Fragment("90\n", 170, 288, 8.5), Fragment("120\n", 230, 288, 8.5),
             Fragment("Next paragraph starts here.\n", 90, 270, 10)]
    text = "Settings\nBaseline [7]\nOurs\nEpochs\n90\n120\nNext paragraph starts here.\n"
    assert join_row_cells(text, frags) == "Settings\tBaseline [7]\tOurs\nEpochs\t90\t120\nNext paragraph starts here.\n"


def test_a_table_of_settings_takes_the_uncited_column_in_a_setup_section_that_also_ablates():
    text = ("Table 2. Settings of ours and the reference model.\nSettings Baseline [7] Ours\nEpochs 90 120\n"
            "Batch size 256 512\nWarmup epochs 1 3\n")
    body = f"A Paper\nAbstract\nWe study things.\n1 Introduction\nWe propose a model.\n5 Training details and ablations\n{text}\n6 Conclusion\nDone.\n"
    spec = json.loads(extract(Document(path="x.pdf", sha256="0", num_pages=1,
                                       pages=[Page(number=1, text=body)])).to_json())
    got = {k: v.get("numbers") for s in spec["training"].values() for k, v in s.items()}
    assert got == {"epochs": [120.0], "batch_size": [512.0], "warmup": [3.0]}
    from mlintern_nb.paper.extraction.roles import skip_section
    assert skip_section("5 Ablation study") and not skip_section("5 Training details and ablations")


@pytest.mark.parametrize("text, want", [
    ("We also evaluate clip classification in the Vidlet dataset.", ["Vidlet"]),
    ("We report results on the QorpSent test set.", ["QorpSent"]),
    ("On Zorb-10 [8] and Zorb-200 [4] the same features reach a recall of 91.2% and 80.1%.", ["Zorb-10", "Zorb-200"]),
    ("We train on the English corpus.", []),                        # a language, not a name
    ("On the Reasoning benchmarks our model lags behind.", []),     # a category of benchmarks
    ("MAE is the mean absolute error on the test set.", []),        # a metric, not data
])
def test_dataset_names_introduced_by_their_kind_or_a_leading_citation(text, want):
    from mlintern_nb.paper.extraction.datasets import _named
    assert _named(text, None)[0] == want


def test_a_dot_product_power_is_quoted_as_a_number_the_grounding_check_reads():
    from mlintern_nb.paper.extraction.numbers import restore_numbers
    # the reader keeps the caret of a typeset power; "·" must still read as × in the quote
    assert restore_numbers("an L2 multiplier of 3 · 10^−5 and 4, 000 steps") == "an L2 multiplier of 3 × 10^−5 and 4,000 steps"
