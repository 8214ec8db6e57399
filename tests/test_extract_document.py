"""extract() on Documents built in memory: the path without reader sections, and robustness."""
from mlintern_nb.paper.document import Document, Page
from mlintern_nb.paper.extract import extract

PAGE1 = """A Tiny Study of Learning Rates
Jane Doe∗ John Roe†
Abstract
We train a small convolutional network on CIFAR-10 and report its test accuracy.
1 Introduction
Image classification on CIFAR-10 is a standard benchmark.
2 Related Work
They trained their networks with a learning rate of 0.5 and a batch size of 1024 [3].
"""
PAGE2 = """3 Experiments
We train on CIFAR-10 with SGD with momentum 0.9, a learning rate of 0.1 and a batch size of 128
for 200 epochs. The learning rate is divided by 10 at 100 and 150 epochs. We use a weight decay
of 5 × 10−4 and apply dropout with a keep probability of 0.8.
Our model reaches a test accuracy of 94.1% on CIFAR-10.
References
[3] A. Author. Some paper. In Proceedings of ICML, 2015.
"""


def doc(*texts):
    return Document(path="mem.pdf", sha256="0" * 64, pages=[Page(i + 1, t) for i, t in enumerate(texts)],
                    num_pages=len(texts))


def test_extract_without_reader_sections():
    spec = extract(doc(PAGE1, PAGE2))
    assert spec.title == "A Tiny Study of Learning Rates"
    assert spec.task_family == "image-classification"
    got = {f: sorted({x for st in spec.training.values() if f in st for x in st[f].numbers or []})
           for f in ("learning_rate", "batch_size", "epochs", "weight_decay", "dropout")}
    assert got == {"learning_rate": [0.1], "batch_size": [128.0], "epochs": [200.0],
                   "weight_decay": [0.0005], "dropout": [0.2]}
    opt = [st["optimizer"] for st in spec.training.values() if "optimizer" in st]
    assert opt and opt[0].value.startswith("SGD") and opt[0].page == 2
    assert [d.value for d in spec.datasets] == ["CIFAR-10"]
    assert [(r.metric, r.value, r.dataset) for r in spec.reported_results] == [("accuracy", 94.1, "CIFAR-10")]
    assert set(spec.not_stated) == {"steps", "warmup"}
    dropout = next(st["dropout"] for st in spec.training.values() if "dropout" in st)
    assert "keep probability" in dropout.note
    wd = next(st["weight_decay"] for st in spec.training.values() if "weight_decay" in st)
    assert "10^-4" in wd.quote  # the flattened superscript is written back


def test_empty_and_odd_documents_never_raise():
    for texts in [(" ",), ("1\n2\n3",), ("Batch Size 16 32\nLearning Rate 1e-4",), ("x" * 5000,)]:
        spec = extract(doc(*texts))
        assert spec.source.pages == len(texts)
        assert spec.warnings == []
    spec = extract(doc("Batch Size 16 32\nLearning Rate 1e-4"))
    assert {x for st in spec.training.values() for x in (st.get("batch_size").numbers if "batch_size" in st else [])} \
        == {16.0, 32.0}


def test_a_latency_tables_batch_size_is_no_training_setting():
    page = """4 Experiments
We fine-tune all models with a batch size of 64.
Batch Size 32 16 1
Sequence Length 512 256 128
Ours 1449.4 338.0 19.8
Table 1: Inference latency of one forward pass, in milliseconds.
Hyperparameter Value
Batch Size 48
Table 2: Training hyper-parameters.
"""
    spec = extract(doc(PAGE1, page))
    got = sorted({x for st in spec.training.values() if "batch_size" in st for x in st["batch_size"].numbers})
    assert got == [48.0, 64.0]


def test_a_number_heavy_line_that_closes_an_open_sentence_is_prose_not_a_table_row():
    from mlintern_nb.paper.extraction.architecture import stated_sizes
    from mlintern_nb.paper.extraction.sentences import Line, split_sentences
    lines = [Line("We pretrain the convolutional layers at half the resolution (224 × 224 input image).", 3,
                  "training", "method"),
             Line("Detection often requires fine-grained visual information so we increase the input", 3,
                  "training", "method"),
             Line("resolution of the network", 3, "training", "method"),
             Line("from 224 × 224 to 448 × 448.", 3, "training", "method"),
             Line("VGG-16 73.0 21 45", 3, "training", "method"),  # a table row after a closed sentence
             Line("93.2 88.0 71.5", 3, "training", "method")]
    sents = [s.text for s in split_sentences(lines)]
    assert sents[-1].endswith("of the network from 224 × 224 to 448 × 448.")
    assert not any("73.0" in s or "93.2" in s for s in sents)
    # the size the model is trained at is the one the resolution was raised to, not the pre-training one
    got = stated_sizes(split_sentences(lines))["image_size"]
    assert got.numbers == [448.0] and got.page == 3 and "to 448 × 448" in got.quote
