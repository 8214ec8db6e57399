"""Datasets a paper introduces as data, task family, parameter counts -- synthetic sentences
with invented names, so nothing here is a list of any real paper's datasets."""
from mlintern_nb.paper.extraction.datasets import datasets
from mlintern_nb.paper.extraction.family import task_family
from mlintern_nb.paper.extraction.params import param_counts
from mlintern_nb.paper.extraction.sentences import Line, Sentence


def names(*texts, kind="experiments"):
    return {n for n, _, _ in datasets([Sentence(t, 4, "5 experiments", kind) for t in texts])}


def test_list_after_a_data_word_introduces_names_the_vocabulary_lacks():
    got = names("We evaluate on the following benchmarks: Zorb-2, Zorb-5, QuillQA and Tarn10.")
    assert {"Zorb-2", "Zorb-5", "QuillQA", "Tarn10"} <= got


def test_colon_list_with_citations():
    got = names("Reasoning (0-shot): Frobnic [12], Wexler [3], PlimQA [7]")
    assert {"Frobnic", "Wexler", "PlimQA"} <= got


def test_the_x_dataset_and_x_is_a_dataset():
    assert "Quorra-7" in names("We use the Quorra-7 dataset for all runs.")
    assert "Velt Scans" in names("Velt Scans is a collection of 900 annotated slides.", "Velt Scans is a dataset of slides.")


def test_front_matter_model_names_and_single_weak_mentions_are_not_datasets():
    assert names("We evaluate on the following benchmarks: Zorb-2 and Tarn10.", kind="introduction") == set()
    assert "ResNet-50" not in names("We train on ResNet-50 features.", "Results on ResNet-50 are in Table 2.")
    assert "BlipNet" not in names("We fine-tune on BlipNet.")  # once, and only "on": not enough
    assert "BlipQA" in names("We fine-tune on BlipQA.", "Results on BlipQA are in Table 3.")


def test_version_kept_and_bare_name_dropped():
    got = names("We fine-tune on SQuAD1.1 and SQuAD2.0.", "SQuAD1.1 results are in Table 2; SQuAD2.0 in Table 3.",
                "SQuAD is a reading comprehension dataset.")
    assert {"SQuAD1.1", "SQuAD2.0"} <= got and "SQuAD" not in got


def test_task_family_from_the_14():
    assert task_family("Cascaded Boxes for Fast Object Detection", "")[0] == "object-detection"
    assert task_family("Message Passing on Graphs", "We classify nodes of citation networks.")[0] == "graph-learning"
    assert task_family("Clipped Surrogates", "A policy gradient method for reinforcement learning.")[0] == \
        "reinforcement-learning"
    assert task_family("Nets for Biomedical Image Segmentation", "")[0] == "semantic-segmentation"
    assert task_family("Autoregressive Pretraining for Language Understanding", "")[0] == "text-classification"
    # a garbled first page: the body decides
    assert task_family("", "", "We train a speech recognition model on spoken utterances.")[0] == "speech-recognition"


def test_param_counts_from_sentences_and_tables():
    sents = [Sentence("Our Quill-Large model has 340M parameters.", 3, "3 model", "method"),
             Sentence("They trained Foo-XL with 2B parameters.", 3, "3 model", "method")]
    lines = [Line("Model Layers Width Params", 5, "4", "results", 0), Line("Quill-Base 12 768 86M", 5, "4", "results", 1),
             Line("Prior [12] 12 768 99M", 5, "4", "results", 2)]
    got = {(m, v) for m, v, _, _ in param_counts(sents, lines)}
    assert ("Quill-Large", 340e6) in got and ("Quill-Base", 86e6) in got
    assert not any(v in (2e9, 99e6) for _, v in got)


def test_a_params_column_under_a_header_split_over_two_lines():
    """"method error (%)" above "# layers # params": the row's only count with a unit is its size, the label
    the row's start; cited rows and prose lines under the header are not sizes."""
    rows = ["method error (%)", "# layers # params", "FitNet [35] 19 2.5M 8.39", "Quill 110 1.7M 6.43 (6.61±0.16)",
            "Quill-B (HTC++) 56.4 49.1 160M", "The corpus contains 100M words.", "Table 6. Error on the test set."]
    lines = [Line(t, 7, "4.2", "experiments", i) for i, t in enumerate(rows)]
    got = [(m, v) for m, v, _, _ in param_counts([], lines)]
    assert got == [("Quill 110", 1.7e6), ("Quill-B (HTC++)", 160e6)]


def test_an_expanded_name_yields_to_its_acronym():
    got = names("We use the Grand Query Answering Dataset (GQAD 2.0) for fine-tuning.",
                "Results on GQAD 2.0 are in Table 4.")
    assert "Grand Query Answering" not in got


def test_colon_list_takes_the_cited_names_when_items_carry_settings():
    got = names("Arithmetic: Plonk8 [10] (8-shot) with maj@8 and GRIBBLE [13] (4-shot) with maj@4")
    assert {"Plonk8", "GRIBBLE"} <= got
    # authors in a colon list are cited too, but are no name-like data names
    assert names("We compare to: Smith [3] and the method of Jones [4].") == set()


def test_a_spaced_spelling_of_a_vocabulary_name_takes_the_vocabulary_spelling():
    got = names("Aggregated: MMLU [12] (5-shot), BBH [23] (3-shot), and AGI Eval [29] (3-shot only)")
    assert {"MMLU", "BBH", "AGIEval"} <= got and "AGI Eval" not in got


def test_a_spelled_out_name_is_the_acronym_the_paper_also_uses():
    got = names("The Yonder Quill Answering Dataset (YQuAD v1.1) is a collection of 100k question pairs.")
    assert got == {"YQuAD v1.1"}
    got = names("We use the Yonder Quill Answering dataset.", "We fine-tune on YQuAD2 and report F1.",
                "Results on YQuAD2 are in Table 2.")
    assert "YQuAD2" in got and "Yonder Quill Answering" not in got


def test_a_header_repeating_a_column_name_is_one_name_and_a_lead_acronym_is_not_glued_to_prose():
    assert "ZQuAD ZQuAD" not in names("We evaluate on the following benchmarks: ZQuAD ZQuAD and Tarn10.")
    got = names("QRB-8 The Quorra Reading Benchmark is a collection of 9k question pairs.")
    assert "QRB-8" in got and not any("The" in n for n in got)


def test_a_metric_a_figure_caption_plots_counts_once():
    from mlintern_nb.paper.extraction.vocab import metrics
    caption = Sentence("Figure 2: Training negative log likelihood on the two tasks.", 6, "5 experiments", "experiments")
    prose = Sentence("The negative log likelihood drops.", 6, "5 experiments", "experiments")
    assert [n for n, _, _ in metrics([caption])] == ["negative log-likelihood"]
    assert metrics([prose]) == []


def test_a_capitalised_data_word_after_a_name():
    assert "QRT Online Sketch" in names("We train on sketches using the QRT Online Sketch Database [Ames and Bo, 2005].")
    # one proper word mid-sentence before a data word is the data's name (tests/test_extract_rules4.py)
    assert names("We use the Picasso Dataset for testing.") == {"Picasso"}


def test_a_data_set_named_as_the_contrast_is_not_used():
    got = names("We use a document corpus rather than a shuffled corpus such as the Quill Word Benchmark (Ames, 2013).")
    assert got == set()


def test_data_named_by_a_table_column_a_run_in_heading_and_a_list_after_table_n():
    """Issue 14, fifth pass (held-out dev): a "Datasets" column of a task table, a paragraph headed
    "Zorbit data.", a list after "the datasets of Table 3:", a name that starts lower-case."""
    lines = [Line("Table 1: Tasks and data.", 3, "4 experiments", "experiments"),
             Line("Task\tDatasets", 3, "4 experiments", "experiments"),
             Line("Inference\tQuillNLI, Tarn Cloze", 3, "4 experiments", "experiments"),
             Line("Similarity\tZorb Pairs", 3, "4 experiments", "experiments"),
             Line("We report accuracy.", 3, "4 experiments", "experiments")]
    got = {n for n, _, _ in datasets([], (), None, lines)}
    assert got == {"QuillNLI", "Tarn Cloze", "Zorb Pairs"}
    assert "Zorbit" in names("Zorbit data.", "In our second task we predict the community of a post.")
    assert not names("Training data.", "Synthetic data.")
    got = names("We fine-tune on the datasets of Table 3: Quux-10, Plim Cars, eZorb-2018 and eZorb-2019.")
    assert {"Quux-10", "Plim Cars", "eZorb-2018", "eZorb-2019"} <= got


def test_a_short_spelling_with_the_same_version_is_one_dataset_and_a_c4_backbone_is_no_corpus():
    got = names("We fine-tune on the datasets of Table 3: Zorbital-2018 and Quux-10.",
                "Results on Zorb-18 and Quux-10 are in Table 3.", "Zorb-18 is harder.")
    assert "Zorbital-2018" in got and "Zorb-18" not in got
    assert "C4" not in names("We use the C4 backbone of the detector.", "The C4 backbone has 4 stages.")
    assert "C4" in names("We pre-train on C4.", "C4 is a cleaned crawl corpus.")
