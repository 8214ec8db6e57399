"""Rank a paper's chunks by how likely they hold a topic: training set-up, data, metrics,
architecture, loss.

BM25 (``rank_bm25``) over the chunks with per-topic query terms, multiplied by a prior
on the chunk's section kind (a "Training details" section beats "Related Work"). No
model is downloaded; the ranking is deterministic.
"""
from __future__ import annotations

import copy
import re

from .. import errors
from .document import Chunk, Document

TOPICS: dict[str, str] = {
    "training": "train trained training learning rate lr batch size epochs epoch optimizer adam adamw sgd momentum "
                "weight decay warmup schedule steps iterations dropout hyperparameters hyper parameters gradient "
                "clipping decay linear cosine fine tuning pre training",
    "data": "dataset datasets data corpus corpora training set test set validation split examples images sentences "
            "samples labelled labeled classes preprocessing augmentation tokenizer vocabulary benchmark",
    "metrics": "accuracy f1 bleu rouge perplexity error rate metric metrics evaluate evaluation score top-1 top-5 "
               "precision recall exact match auc report reports",
    "architecture": "architecture model layers layer hidden size dimension heads attention encoder decoder "
                    "convolutional convolution kernel channels transformer parameters network block embedding "
                    "feed forward residual pooling classifier head",
    "loss": "loss objective cross entropy cross-entropy likelihood minimize minimise maximize regularization "
            "label smoothing softmax negative log criterion",
}

# section kind -> prior weight, per topic (missing kinds: 1.0)
PRIORS: dict[str, dict[str, float]] = {
    "training": {"training": 1.8, "experiments": 1.3, "appendix": 1.3, "method": 1.0, "results": 0.8,
                 "abstract": 0.6, "introduction": 0.5, "related": 0.3, "conclusion": 0.4, "references": 0.05},
    "data": {"experiments": 1.5, "training": 1.4, "appendix": 1.1, "method": 0.9, "results": 1.0,
             "abstract": 0.8, "introduction": 0.6, "related": 0.3, "conclusion": 0.4, "references": 0.05},
    "metrics": {"results": 1.6, "experiments": 1.5, "training": 1.0, "appendix": 1.0, "abstract": 0.8,
                "method": 0.7, "introduction": 0.5, "related": 0.3, "conclusion": 0.6, "references": 0.05},
    "architecture": {"method": 1.8, "training": 1.1, "experiments": 1.1, "appendix": 1.0, "abstract": 0.8,
                     "introduction": 0.6, "results": 0.6, "related": 0.3, "conclusion": 0.4, "references": 0.05},
    "loss": {"method": 1.6, "training": 1.5, "experiments": 1.0, "appendix": 1.0, "introduction": 0.5,
             "results": 0.6, "related": 0.3, "conclusion": 0.4, "references": 0.05},
}

_TOKEN = re.compile(r"[a-z][a-z0-9\-]*|\d+(?:\.\d+)?")


class UnknownTopic(errors.UsageError):
    """A retrieval topic that is not one of ``TOPICS`` (a usage error: exit code 2)."""

    def __init__(self, topic: str):
        super().__init__(f"unknown retrieval topic {topic!r}; choose one of {', '.join(TOPICS)}", topic=topic)


def tokenize(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text.lower()):
        out.append(tok)
        if "-" in tok:
            out.extend(p for p in tok.split("-") if p)
    return out


def rank(doc: Document, topic: str, k: int | None = None) -> list[Chunk]:
    """Chunks of ``doc`` best first for ``topic`` (copies with ``score`` set); chunks that
    share no term with the topic are left out."""
    if topic not in TOPICS:
        raise UnknownTopic(topic)
    chunks = doc.chunks
    if not chunks:
        from .structure import analyse
        chunks = analyse(doc).chunks
    if not chunks:
        return []
    from rank_bm25 import BM25Okapi
    bm25 = BM25Okapi([tokenize(c.text) or ["\x00"] for c in chunks])
    scores = bm25.get_scores(tokenize(TOPICS[topic]))
    prior = PRIORS[topic]
    out = []
    for c, s in zip(chunks, scores):
        if s <= 0:
            continue
        c2 = copy.copy(c)
        c2.score = float(s) * prior.get(c.section_kind, 1.0)
        out.append(c2)
    out.sort(key=lambda c: (-c.score, c.start))
    return out[:k] if k else out
