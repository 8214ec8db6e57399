"""Task family of method papers: text-to-text models, word vectors, a normalisation reported on a task benchmark."""
from mlintern_nb.paper.extraction.family import task_family


def test_text_to_text_transfer_is_seq2seq():
    fam, why = task_family("Casting Every Language Task in a Shared Text-to-Text Format",
                           "We fine-tune one model on question answering, sentiment and language understanding "
                           "benchmarks, every task written as input text to output text.")
    assert (fam, why.lower()) == ("seq2seq", "text-to-text")


def test_word_vectors_are_representation_learning():
    fam, _ = task_family("Fast Training of Word Embeddings from Raw Corpora",
                         "We learn word vectors with a shallow log-linear model that is cheaper than neural "
                         "language models and score them on an analogy test set.")
    assert fam == "representation-learning"


def test_normalisation_reported_on_imagenet_is_image_classification():
    fam, why = task_family("Channel-Wise Whitening",
                           "We propose a normalization that standardises each channel over space. On a ResNet "
                           "trained on ImageNet it lowers the error of batch normalization at small batches, "
                           "and it also helps detection on COCO.")
    assert (fam, why) == ("image-classification", "ImageNet")


def test_normalisation_first_reported_on_coco_is_detection():
    fam, _ = task_family("Batch-Free Normalization",
                         "Our normalization layer trains detectors at one image per device: on COCO it gains "
                         "1.2 AP over frozen statistics, and ImageNet accuracy is unchanged.")
    assert fam == "object-detection"


def test_normalisation_or_optimizer_without_a_benchmark_stays_a_method_study():
    assert task_family("Weight Normalization for Recurrent Networks",
                       "We normalize the weights of recurrent layers, which speeds up training.")[0] == "other"
    # an optimizer trains any network: it stays a method study even when an image benchmark is named
    assert task_family("A Sign-Based Stochastic Optimizer",
                       "Our optimizer converges faster than SGD on CIFAR-10 and ImageNet.")[0] == "other"
