"""Sixth extraction pass (issue 14), developed on the dev part of the held-out set's second batch
(docs/heldout.md): keywords paired with a list of values by "respectively", a value written before the
word that names it ("0.9 momentum, 0.0005 weight decay"), a set written with ∈, a quoted keyword,
"the iteration number", and task words for segmentation and representation learning. Every sentence
is invented."""
import pytest

from mlintern_nb.paper.extraction.family import task_family
from tests.test_extract_rules4 import facts


@pytest.mark.parametrize("text, field, want", [
    # "respectively": the k-th keyword gets the k-th value
    ("Weight decay and dropout are set to 0.0005 and 0.3, respectively.", "weight_decay", [0.0005]),
    ("Weight decay and dropout are set to 0.0005 and 0.3, respectively.", "dropout", [0.3]),
    ("The momentum, weight decay and batch size are 0.9, 1e-4 and 64 respectively.", "weight_decay", [1e-4]),
    ("The momentum, weight decay and batch size are 0.9, 1e-4 and 64 respectively.", "batch_size", [64.0]),
    # counts that do not agree: no pairing is guessed
    ("Weight decay and dropout are tuned and set to 0.0005 respectively.", "dropout", None),
    # a value before the word naming it; the number after "momentum," is not the momentum
    ("We optimise with SGD, a learning rate of 0.01, 0.9 momentum, 1e-4 weight decay and batches of 128.",
     "weight_decay", [1e-4]),
    ("We optimise with SGD, a learning rate of 0.01, 0.9 momentum, 1e-4 weight decay and batches of 128.",
     "learning_rate", [0.01]),
    # a set written with ∈, a quoted keyword, "iteration number"
    ("We tune the batch size ∈ {16, 64} on the validation split.", "batch_size", [16.0, 64.0]),
    ('Because memory is limited we set the "batch size" to 8 during training.', "batch_size", [8.0]),
    ("The training iteration number is set to 60000 for all runs.", "steps", [60000.0]),
])
def test_values_paired_with_their_keywords(text, field, want):
    assert facts(text).get(field) == want


@pytest.mark.parametrize("title, abstract, family", [
    ("Context aggregation for scene parsing", "We label every pixel of street scenes.", "semantic-segmentation"),
    ("Clustering objectives for unsupervised visual representation learning",
     "Features learned from unlabeled images transfer to image classification on ImageNet.",
     "representation-learning"),
])
def test_task_words_outweigh_modality_words(title, abstract, family):
    assert task_family(title, abstract)[0] == family


def test_the_last_fully_connected_layers_stated_output_width_sizes_the_counted_head():
    from mlintern_nb.paper.extraction.architecture import stated_sizes
    from mlintern_nb.paper.extraction.sentences import Sentence
    said = [Sentence("The encoder is a ResNet whose final fully-connected layer maps the pooled features to a "
                     "256-dimensional embedding.", 3, "method", "method"),
            Sentence("Features are 2048-D after global average pooling.", 3, "method", "method")]
    got = stated_sizes(said)["num_classes"]
    assert got.numbers == [256.0] and got.page == 3
    assert "num_classes" not in stated_sizes(said[1:])  # pooled features are not the output layer's width
