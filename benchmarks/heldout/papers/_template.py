"""Format of a held-out paper module (not a paper: names starting with '_' are not built by default).

PAPER is rendered by examples/papers/build.py: "sections" is a list of (heading, [paragraphs]); a
paragraph "@TABLE:k@" places PAPER["tables"][k]; ReportLab markup such as <super>-4</super> and
<i>..</i> is allowed in paragraphs (quotes are compared with markup removed). "columns": 1 or 2.
TRUTH follows ../shared/papers/ground_truth.json; every entry that has a "quote" gets its "page"
found in the built PDF (the quote must appear verbatim on exactly one page).
"""
PAPER = {
    "title": "A Template Paper",
    "authors": "A. Author and B. Author",
    "affil": "Some University",
    "header": "A template paper",
    "columns": 2,
    "abstract": "We show the format of a held-out paper module.",
    "sections": [
        ("1 Introduction", ["Template papers are small."]),
        ("2 Experiments", [
            "We train with SGD with momentum 0.9 at a learning rate of 0.1 and a batch size of 128 for 30 epochs.",
            "@TABLE:0@"]),
    ],
    "tables": [{"caption": "Table 1: Results.", "rows": [["Model", "Params", "Top-1 (%)"], ["Ours", "1.2M", "70.1"]]}],
    "references": ["[1] A. Author. Another paper. 2020."],
}

TRUTH = {
    "year": 2020,
    "source": "format example",
    "task_family": "image-classification",
    "contribution": {"value": "architecture", "quote": "Template papers are small."},
    "claim": {"value": "the template reaches 70.1% top-1", "quote": "Ours 1.2M 70.1"},
    "param_counts": [{"model": "Ours", "value": 1200000, "quote": "Ours 1.2M 70.1"}],
    "datasets": [],
    "metrics": [{"value": "top-1 accuracy", "quote": "Top-1 (%)"}],
    "training": {"main": {
        "optimizer": {"value": "SGD with momentum 0.9", "quote": "We train with SGD with momentum 0.9"},
        "learning_rate": {"value": 0.1, "quote": "at a learning rate of 0.1"},
        "batch_size": {"value": 128, "quote": "a batch size of 128 for 30 epochs"},
        "epochs": {"value": 30, "quote": "a batch size of 128 for 30 epochs"},
    }},
    "not_stated": ["weight_decay", "dropout", "warmup", "steps"],
    "paper_notes": [],
}
