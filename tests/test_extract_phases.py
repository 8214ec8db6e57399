"""Learning-rate phases stated without a keyword beside each number -- invented sentences."""
from mlintern_nb.paper.extraction.phases import phase_findings


def found(text, section="3 Training"):
    return [(f.field, f.numbers) for f in phase_findings(text, 4, section)]


def test_warmup_ramp_by_its_start_and_end_rate():
    assert found("During the first epochs we gradually raise the learning rate from 10−4 to 10−3.") == [
        ("warmup", [0.0001, 0.001])]


def test_ramp_with_a_stated_length_is_a_warmup_of_that_length():
    # the length is the warm-up setting (not the two rates), even without the word "warm-up"
    assert found("We raise the learning rate from 1e-4 to 1e-3 over the first 500 steps.") == [("warmup", [500.0])]
    assert found("A linear warm-up raises the learning rate over the first 500 steps.") == []  # the keyword reader's


def test_ramp_that_is_no_warmup_is_not_taken():
    assert found("At epoch 40 we increase the learning rate from 0.01 to 0.05 to escape the plateau.") == []


def test_schedule_phase_rates_are_learning_rates():
    got = found("We then train with 0.05 for 40 epochs, then 0.005 for 20 epochs, and finally 0.0005 for 10 epochs.")
    assert got == [("learning_rate", [0.05, 0.005, 0.0005])]


def test_one_phase_or_a_prior_work_sentence_gives_nothing():
    assert found("We train with 0.1 for 30 epochs.") == []
    assert found("They train with 0.1 for 30 epochs, then 0.01 for 10 epochs.") == []
    assert found("We train with 0.1 for 30 epochs, then 0.01 for 10 epochs.", section="5 Ablation study") == []
