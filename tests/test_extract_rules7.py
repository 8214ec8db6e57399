"""Seventh extraction pass (issue 14, session 12), developed on the dev parts of the two held-out batches and of
../shared/papers (docs/extraction.md): data a sentence introduces as an evaluation set or test data, a known
benchmark named once where the paper says it uses it, a definition-list item ("X-1B (X1B): ... a dataset of"),
a longer name of the same data, and a metric given a value once ("a perplexity of 18.4", "89.3% mean average
precision") or a column in a table legend ("CoLA: Matthews correlation (mc)"). Every sentence is invented."""
from mlintern_nb.paper.extraction.datasets import datasets
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.extraction.vocab import metrics


def _names(*texts):
    return {n for n, _, _ in datasets([Sentence(t, 4, "5 experiments", "experiments") for t in texts])}


def _metric_names(*texts):
    return {n for n, _, _ in metrics([Sentence(t, 4, "5 experiments", "experiments") for t in texts])}


def test_evaluation_sets_and_test_data_introduce_their_names():
    assert "Quux 2" in _names("We also test on the Quux 2 evaluation sets, real and simulated.")
    assert "ZRB-2009" in _names("We evaluate on the ZRB-2009 test data comprising 500 pairs.")
    assert not _names("Its scores on each evaluation set are averaged.")


def test_a_known_benchmark_named_once_counts_where_the_paper_uses_it():
    assert "LVIS v0.5" in _names("We further evaluate LVIS v0.5 instance segmentation with the same detector.")
    assert not _names("LVIS v0.5 has a long tail of rare categories.")  # once, no use stated


def test_a_definition_list_item_names_its_data_and_a_longer_name_absorbs_the_short():
    got = _names("We study unsupervised training performed in: Zorbnet-2B (ZN-2B): this is a dataset of 2 billion "
                 "public images.")
    assert "Zorbnet-2B" in got
    got = _names("To test scaling, we use the ILSVRC-2012 ImageNet dataset with 1k classes.",
                 "ILSVRC-2012 results are in Table 3, and ILSVRC-2012 is our main benchmark.")
    assert "ILSVRC-2012 ImageNet" in got and "ILSVRC-2012" not in got


def test_a_metric_given_a_value_once_is_the_papers():
    assert "perplexity" in _metric_names("Our language model achieves a very low token level perplexity of 18.4.")
    assert "mAP" in _metric_names("The features achieve 89.7% mean average precision (mAP) on the image task.")
    assert "error" in _metric_names("The combination gives the best test error of 7.31%.")
    assert "perplexity" not in _metric_names("Perplexity is a poor proxy for quality.")


def test_a_table_legend_names_the_metric_of_each_column():
    got = _metric_names("ZoLA: Matthews correlation (mc); SST2: accuracy; MRPC and QQP: F1; STSB: Pearson correlation.")
    assert {"Matthews correlation", "F1", "Pearson correlation"} <= got
    assert "F1" in _metric_names("Results on the test sets. SQuAD: EM/F1; CNNDM: ROUGE-2-F.")


def test_a_rate_before_its_keyword_and_the_later_rates_of_a_step_schedule():
    from mlintern_nb.paper.extraction.fields import sentence_findings

    def rates(text):
        return sorted(x for f in sentence_findings(text, 3) if f.field == "learning_rate" for x in f.numbers)
    assert rates("We train the models with 10^-3 learning rate for 60k iterations, then 10^-4 for 20k iterations.") == [
        0.0001, 0.001]
    assert rates("We use the 10^-3 learning rate for 40k iterations, then continue training for 10k iterations with "
                 "10^-4 and 10^-5.") == [1e-05, 0.0001, 0.001]
    assert rates("We train for 24k iterations, starting from a learning rate of 0.01 and reducing it to 0.001 at 18k "
                 "iterations.") == [0.001, 0.01]
    assert rates("The learning rate is 0.1, then we use a momentum of 0.9 and dropout 0.5.") == [0.1]
    assert rates("The learning rate is multiplied by a 0.1 learning rate decay factor.") == []
