"""Paper dataset names -> Hugging Face dataset ids (used with the hub reachable, profile full)."""
from __future__ import annotations

import re

# (pattern, display name, hub id "path[:config]", families it serves)
CATALOGUE = [
    (r"\bsst-?2\b|stanford sentiment", "SST-2", "glue:sst2", ("text-classification", "lora-finetune")),
    (r"\bmnli\b|multinli", "MNLI", "glue:mnli", ("text-classification", "lora-finetune")),
    (r"\bglue\b", "GLUE SST-2", "glue:sst2", ("text-classification", "lora-finetune")),
    (r"\bimdb\b", "IMDb", "imdb", ("text-classification",)),
    (r"cifar-?100", "CIFAR-100", "cifar100", ("image-classification",)),
    (r"cifar-?10\b|cifar", "CIFAR-10", "cifar10", ("image-classification",)),
    (r"\bmnist\b", "MNIST", "mnist", ("image-classification",)),
    (r"imagenet", "ImageNet", "imagenet-1k", ("image-classification",)),
    (r"digits", "digits (8x8)", "", ("image-classification",)),
    (r"pang|sentence polarity|pang_lee", "Pang & Lee sentence polarity", "", ("text-classification", "lora-finetune")),
    (r"wikitext-?103", "WikiText-103", "wikitext:wikitext-103-raw-v1", ("causal-lm",)),
    (r"wikitext", "WikiText-2", "wikitext:wikitext-2-raw-v1", ("causal-lm",)),
    (r"\bptb\b|penn tree", "Penn Treebank", "ptb_text_only", ("causal-lm",)),
    (r"\be2e\b", "E2E NLG Challenge", "e2e_nlg", ("lora-finetune", "seq2seq")),
    (r"samsum", "SAMSum", "samsum", ("seq2seq", "lora-finetune")),
    (r"wmt.*(en.*de|german)|english-german|en-de", "WMT 2014 English-German", "wmt14:de-en", ("seq2seq",)),
    (r"wmt.*(en.*fr|french)|english-french|en-fr", "WMT 2014 English-French", "wmt14:fr-en", ("seq2seq",)),
    (r"wmt", "WMT 2014 English-German", "wmt14:de-en", ("seq2seq",)),
    (r"cnn.*daily", "CNN/Daily Mail", "cnn_dailymail:3.0.0", ("seq2seq",)),
    (r"conll", "CoNLL-2003", "conll2003", ("token-classification",)),
    (r"squad", "SQuAD", "squad", ()),
]


def lookup(name: str, family: str | None = None):
    """(display name, hub id) for a dataset mention, or None."""
    low = name.lower()
    for pat, disp, hub, fams in CATALOGUE:
        if re.search(pat, low) and (family is None or not fams or family in fams):
            return disp, hub
    return None


def choose(datasets: list, family: str, default: str) -> tuple[str, str, object]:
    """The dataset the notebook reproduces: the first paper dataset the family's recipe can use,
    else the family's default. Returns (display name, hub id, Grounded or None)."""
    for g in datasets:  # the recipe's reference dataset when the paper uses it
        if re.search(re.escape(default.lower()) + r"(?![\w-])", str(g.value).lower()):
            hit = lookup(default, family) or (default, "")
            return hit[0], hit[1], g
    for g in datasets:
        hit = lookup(str(g.value), family)
        if hit:
            return hit[0], hit[1], g
    hit = lookup(default, family) or (default, "")
    return hit[0], hit[1], None
