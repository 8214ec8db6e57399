"""One module per task family. Each defines FAMILY, DEFAULT_DATASET, MODEL_FAMILY, SMOKE / FULL
hyperparameter defaults, ARCH_SMOKE / ARCH_FULL model sizes, PRETRAINED (hub id or "") and the
DATA / MODEL / EVAL cell sources. The data cell defines train_ds, eval_ds, collate; the model cell
model and compute_loss(model, batch); the eval cell a ``metrics`` dict. Train/results cells are shared."""
from __future__ import annotations

import importlib

MODULES = {
    "text-classification": "text_classification",
    "image-classification": "image_classification",
    "causal-lm": "causal_lm",
    "seq2seq": "seq2seq",
    "lora-finetune": "lora_finetune",
    "token-classification": "token_classification",
}


def get(family: str):
    """The recipe module for a family, or None (no offline recipe)."""
    mod = MODULES.get(family)
    return importlib.import_module(f"{__name__}.{mod}") if mod else None
