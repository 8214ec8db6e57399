"""Training fields read from single sentences and table rows: the traps real papers set."""
import pytest

from mlintern_nb.paper.extraction.fields import is_prior_work, sentence_findings
from mlintern_nb.paper.extraction.rows import row_findings


def fields(text, section="training"):
    return {(f.field, tuple(f.numbers) if f.numbers else f.value) for f in sentence_findings(text, 3, section)}


def values(text, field, section="training"):
    return [f.numbers for f in sentence_findings(text, 3, section) if f.field == field]


def test_plain_sentence():
    got = fields("We use SGD with a mini-batch size of 256 and a weight decay of 0.0001.")
    assert ("batch_size", (256.0,)) in got and ("weight_decay", (0.0001,)) in got
    assert ("optimizer", "SGD") in got


def test_schedule_is_not_a_learning_rate_nor_steps():
    text = ("We start with a learning rate of 0.1, divide it by 10 at 32k and 48k iterations, "
            "and terminate training at 64k iterations.")
    assert values(text, "learning_rate") == [[0.1]]
    assert values(text, "steps") == [[64000.0]]
    assert [f.field for f in sentence_findings(text, 1)].count("lr_schedule") == 1


def test_grid_of_learning_rates_and_batch_sizes():
    assert values("We select the best learning rate among {5e-5, 4e-5, 3e-5, 2e-5} on the dev set.",
                  "learning_rate") == [[5e-5, 4e-5, 3e-5, 2e-5]]
    assert values("We tried batch sizes of 16 and 32.", "batch_size") == [[16.0, 32.0]]


def test_epochs_before_unit_with_grid():
    assert values("We train using batch size 64 for 300 and 40 epochs, respectively.", "epochs") == [[300.0, 40.0]]


def test_derived_and_milestone_numbers_are_skipped():
    text = "We train for 1,000,000 steps, which is approximately 40 epochs over the corpus."
    assert values(text, "steps") == [[1e6]]
    assert values(text, "epochs") == []
    assert values("After 5 epochs, we begun halving the learning rate every half epoch.", "epochs") == []


def test_warmup_forms():
    assert values("We used warmup_steps = 4000.", "warmup") == [[4000.0]]
    assert values("We use 2, 000 warmup steps.", "warmup") == [[2000.0]]
    assert values("learning rate warmup over the first 10,000 steps", "warmup") == [[10000.0]]
    # a warm-up phrased through iterations counts as warm-up, not as training length
    text = "So we use 0.01 to warm up the training until the error is below 80% (about 400 iterations)."
    assert values(text, "warmup") == [[400.0]] and values(text, "steps") == []


def test_flattened_exponents_and_units():
    assert values("we use a weight decay of 10\u22124 and momentum 0.9.", "weight_decay") == [[1e-4]]
    assert values("the models are trained for up to 60 \u00d7 104 iterations.", "steps") == [[6e5]]
    assert values("All models are trained with a batch size of 4M tokens.", "batch_size") == [[4e6]]


def test_keep_probability_becomes_dropout():
    got = [f for f in sentence_findings("We apply dropout with a keep probability of 0.9 on all layers.", 2)
           if f.field == "dropout"]
    assert [f.value for f in got] == [0.1] and "keep probability" in got[0].note


def test_percent_dropout_and_probability_phrase():
    assert values("We apply 50% dropout noise to the features.", "dropout") == [[0.5]]
    assert values("We use dropout, setting each hidden unit to zero with probability 0.5.", "dropout") == [[0.5]]


def test_prior_work_is_skipped():
    text = "They trained their model with a learning rate of 5e-5 and a batch size of 32."
    assert is_prior_work(text) and sentence_findings(text, 1) == []
    assert not is_prior_work("Following [8], we use a weight decay of 0.0001.")
    assert not is_prior_work("The learning rate was initialized at 0.01.")


def test_inference_batch_size_and_percent_lr_are_not_training_values():
    assert values("Inference time on CPU with a batch size of 1.", "batch_size") == []
    assert values("The final learning rate is equal to 10% of the maximal learning rate.", "learning_rate") == []


def test_rank_sweep_is_not_a_setting():
    assert values("We present two budgets for LoRA: rq = rv = 1 or rv = 2.", "lora_rank") == []
    assert values("We apply LoRA with rank r = 8 to Wq and Wv.", "lora_rank") == [[8.0]]


def test_ablation_sections_are_skipped():
    assert sentence_findings("We use a learning rate of 0.3.", 9, section="ablation studies") == []


@pytest.mark.parametrize("row,field,numbers", [
    ("Batch Size 16 16 16 32 32 16 32 16", "batch_size", [16.0, 32.0]),
    ("Learning rate (Adam): 5e-5, 3e-5, 2e-5", "learning_rate", [5e-5, 3e-5, 2e-5]),
    ("Number of epochs: 2, 3, 4", "epochs", [2.0, 3.0, 4.0]),
    ("# Epochs 30 60 30 80", "epochs", [30.0, 60.0, 80.0]),
    ("Weight Decay 0 0.01 0.01 0.1", "weight_decay", [0.0, 0.01, 0.1]),
    ("Warmup Ratio 0.06", "warmup", [0.06]),
    ("Warmup Tokens 250,000", "warmup", [250000.0]),
    ("CLS Dropout 0.15 0 0 0.1", "dropout", [0.15, 0.0, 0.1]),
    ("LoRA \u03b1 16", "lora_alpha", [16.0]),
])
def test_table_rows(row, field, numbers):
    got = row_findings(row, 19)
    assert [(f.field, f.numbers) for f in got] == [(field, numbers)]


def test_row_with_words_is_not_a_row():
    assert row_findings("Batch size matters more than we thought 16 times", 1) == []


@pytest.mark.parametrize("text,expected", [
    ("Learning rate: 1e-3; batch size: 64; epochs: 20.",
     {"learning_rate": [1e-3], "batch_size": [64.0], "epochs": [20.0]}),
    ("We apply LoRA with rank 16 and alpha 32 to the query and value projections.",
     {"lora_rank": [16.0], "lora_alpha": [32.0]}),
    ("We optimize with AdamW (lr=1e-4, weight decay=0.05).", {"learning_rate": [1e-4], "weight_decay": [0.05]}),
    ("The model was trained for 50k steps with a batch size of 2048 sequences.",
     {"steps": [50000.0], "batch_size": [2048.0]}),
    ("Gradient norm is clipped at 1.0.", {"gradient_clipping": [1.0]}),
    ("The top-1 accuracy has rank 1 among methods.", {}),
])
def test_phrasings_beyond_the_shared_papers(text, expected):
    got = {f.field: f.numbers for f in sentence_findings(text, 1, "experiments") if f.numbers}
    assert got == expected


def test_explicitly_unused_regularisers_are_stated_as_none():
    got = sentence_findings("We do not use dropout, following the practice in [16].", 4)
    assert [(f.field, f.value, f.numbers) for f in got] == [("dropout", "none", [])]
    got = sentence_findings("All models are fine-tuned with a batch size of 512, no weight decay, and clipping.", 14)
    assert ("weight_decay", "none") in {(f.field, f.value) for f in got}
    # a counterfactual is not a setting
    assert sentence_findings("Without dropout, our network exhibits substantial overfitting.", 6) == []


# ---------------------------------------------------------------- issue 14: traps outside the development papers
# (synthetic sentences; none is quoted from a paper)

@pytest.mark.parametrize("section", ["4 object detection", "5.2 semantic segmentation", "natural language understanding",
                                     "experiments"])
def test_a_task_titled_section_is_a_set_up(section):
    got = fields("We train with SGD with momentum 0.9, a learning rate of 0.02 and a batch size of 16 for 90k "
                 "iterations.", section)
    assert ("learning_rate", (0.02,)) in got and ("batch_size", (16.0,)) in got and ("steps", (90000.0,)) in got
    assert any(f == "optimizer" for f, _ in got)


@pytest.mark.parametrize("section", ["related work", "4.3 ablation on depth", "baselines", "comparison with prior art"])
def test_role_sections_are_skipped(section):
    assert fields("We use a learning rate of 0.3 and a batch size of 64.", section) == set()


def test_value_labelled_after_it_in_parentheses():
    got = fields("Hyperparameters were 0.4 (dropout rate), 2 · 10−4 (L2 regularization) and 32 (hidden units).")
    assert ("dropout", (0.4,)) in got and ("weight_decay", (0.0002,)) in got
    assert ("dropout", (0.0002,)) not in got


def test_schedule_phases_are_not_epochs():
    text = "We continue with 0.05 for 40 epochs, then 0.005 for 12 epochs."
    assert values(text, "epochs") == []
    assert values("On both sets we train with batch size 32 for 200 and 30 epochs, respectively.", "epochs") == [[200.0, 30.0]]


def test_sequence_lags_and_repeats_are_not_training_steps():
    assert values("The network bridges time lags of 500 steps.", "steps") == []
    assert values("It must recall a symbol seen 120 steps ago.", "steps") == []
    assert values("We report the mean reward over 20 iterations.", "steps") == []
    assert values("Each update runs three processing steps: (1) read the input.", "steps") == []
    assert values("We train the agent for 2M timesteps.", "steps") == [[2000000.0]]


def test_bare_decay_after_momentum_is_weight_decay():
    assert values("We use a batch size of 32, a momentum of 0.9 and a decay of 0.0001.", "weight_decay") == [[0.0001]]
    assert values("The learning rate follows a decay of 0.1 per stage.", "weight_decay") == []


def test_learning_rate_range_states_both_ends():
    assert values("In the first epoch we raise the learning rate from 10−4 to 10−3.", "learning_rate") == [[0.0001, 0.001]]


def test_products_and_leading_dot_numbers_are_not_taken():
    assert values("Minibatch size 16 × 4 was used throughout.", "batch_size") == []
    assert values("We insert a dropout layer with rate = .3 after the encoder.", "dropout") == []
    assert values("We insert a dropout layer with rate = 0.3 after the encoder.", "dropout") == [[0.3]]


def test_glued_figure_caption_is_not_a_set_up():
    text = ("Figure 5: Validation loss after 4 epochs (left) and 40 epochs (right). We then train all models "
            "for 25 epochs.")
    assert values(text, "epochs") == [[25.0]]


def test_possessive_their_is_not_prior_work():
    assert not is_prior_work("The scans and their masks are used to train the network with SGD.")
    assert is_prior_work("They trained their models with SGD for 100 epochs.")


def test_num_epochs_label_and_zero_learning_rate():
    assert values("Num. epochs 4, horizon 256.", "epochs") == [[4.0]]
    assert values("The learning rate is 0 : 2.", "learning_rate") == []


def test_abbreviated_table_header_defined_by_its_caption():
    from mlintern_nb.paper.extraction.sentences import Line
    from mlintern_nb.paper.extraction.tables import table_findings
    rows = ["LR BSZ Encoder DR TS WS", "TaskA 2.00E-05 32 0.1 4000 400", "Task B 1.00E-05 16 0 9000 900",
            "Table 9: Settings per task. LR: Learning Rate. BSZ: Batch Size. DR: Dropout Rate. TS: Training",
            "Steps. WS: Warmup Steps."]
    lines = [Line(t, 12, "appendix", "appendix", i) for i, t in enumerate(rows)]
    got = {f.field: f.numbers for f, _ in table_findings(lines)}
    assert got["learning_rate"] == [2e-05, 1e-05] and got["batch_size"] == [32.0, 16.0]
    assert got["dropout"] == [0.1, 0.0] and got["steps"] == [4000.0, 9000.0] and got["warmup"] == [400.0, 900.0]


def test_grid_ends_where_another_fields_unit_starts():
    got = fields("We fine-tune with a learning rate of 3e-5 and 4 warm-up epochs.")
    assert ("learning_rate", (3e-05,)) in got and ("warmup", (4.0,)) in got
    assert values("We use batch sizes of 8 and 24 examples.", "batch_size") == [[8.0, 24.0]]


def test_epochs_of_warmup_and_passive_optimizer():
    got = fields("Training uses a cosine schedule for 120 epochs with 6 epochs of linear warm-up.")
    assert ("epochs", (120.0,)) in got and ("warmup", (6.0,)) in got and ("epochs", (6.0,)) not in got
    assert ("optimizer", "RMSProp") in fields("RMSProp was used with a learning rate of 0.003.")


def test_a_capability_is_not_a_setting():
    assert values("The layer does not depend on the batch and can be used with batch size 1.", "batch_size") == []


def test_an_optimizer_in_a_conditional_clause_is_no_setting():
    assert not values("When optimizing with Adam, tuning the scale is roughly the same as tuning the rate.", "optimizer")
    assert not values("For a large Transformer trained with Adam, memory drops by two thirds.", "optimizer")
    assert [f.value for f in sentence_findings("When pre-training, we optimize with Adam.", 3, "training")
            if f.field == "optimizer"] == ["Adam"]
