"""The PaperSpec schema: what the parser extracts, the planner consumes.

Same shape as ``../shared/papers/ground_truth.json`` entries (scored by
``../shared/eval/score_extraction.py``): every extracted value is a
:class:`Grounded` ``{value, page, quote}`` where ``quote`` is the verbatim
sentence of the paper it was read from and ``page`` the 1-based physical PDF
page. What a paper does not state goes to ``not_stated``; it is never invented.
"""
from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# The reader's vocabulary (the ground truth's ``task_family_vocab``); the planner keeps its own
# list of the families it has recipes for.
TASK_FAMILIES = ("text-classification", "image-classification", "causal-lm", "seq2seq",
                 "token-classification", "lora-finetune", "object-detection", "semantic-segmentation",
                 "image-generation", "reinforcement-learning", "graph-learning", "speech-recognition",
                 "representation-learning", "other")

# The fields a training set-up may carry. Extraction may add others (e.g. momentum, betas).
TRAINING_FIELDS = ("optimizer", "learning_rate", "lr_schedule", "warmup", "batch_size", "epochs", "steps",
                   "weight_decay", "dropout", "label_smoothing", "max_seq_length", "lora_rank", "lora_alpha",
                   "lora_target_modules", "augmentation", "momentum", "gradient_clipping")

# Architecture numbers the planner uses to size models.
ARCH_FIELDS = ("num_layers", "hidden_size", "num_heads", "ffn_size", "num_params", "vocab_size",
               "image_size", "patch_size", "backbone")


class Grounded(BaseModel):
    """A value read from the paper: where (page) and from what words (quote)."""

    model_config = ConfigDict(extra="allow")

    value: Any
    page: int | list[int] | None = None
    quote: str | None = None
    note: str | None = None
    numbers: list[float] | None = None  # machine-readable numbers the value states (grids, 2^19 ...)
    source: Literal["paper", "default", "llm"] = "paper"

    @property
    def first_page(self) -> int | None:
        return self.page[0] if isinstance(self.page, list) and self.page else (
            self.page if isinstance(self.page, int) else None)


class Figure(BaseModel):
    page: int
    caption: str = ""
    label: str | None = None  # "Figure 1"
    kind: Literal["raster", "vector"] = "raster"  # vector: no image could be extracted, caption kept
    is_architecture: bool = False
    image_path: str | None = None  # written by parse(..., figures_dir=...)
    image_format: str | None = None
    width: int | None = None
    height: int | None = None


class ReportedResult(BaseModel):
    """A number the paper reports (for the results cell: measured vs paper)."""

    metric: str
    value: float
    dataset: str | None = None
    page: int | None = None
    quote: str | None = None


class ParamCount(BaseModel):
    """A model size the paper states for one of its models ("BERT-BASE ... 110M parameters")."""

    model: str
    value: float  # number of parameters
    page: int | None = None
    quote: str | None = None


class ComputeCount(BaseModel):
    """A model's computational cost as the paper states it ("3.6 billion FLOPs (multiply-adds)", "140 MFLOPs"),
    in the paper's own word for it (``unit``: FLOPs, multiply-adds or MACs; vision papers mostly count a
    multiply-add as one FLOP, others two, so the unit is kept as written)."""

    model: str
    value: float  # operations per example, as stated
    unit: str
    page: int | None = None
    quote: str | None = None


class SourceInfo(BaseModel):
    path: str | None = None
    sha256: str | None = None
    pages: int | None = None
    pages_read: list[int] | None = None


class PaperSpec(BaseModel):
    model_config = ConfigDict(extra="allow")

    title: str = ""
    task_family: str = "other"
    task_family_evidence: Grounded | None = None
    architecture: Grounded | None = None
    architecture_params: dict[str, Grounded] = Field(default_factory=dict)
    # a training set-up whose section uses another variant of the architecture (CIFAR's ResNet-110 where the
    # paper-wide one is ImageNet's ResNet-101): set-up name -> that variant (extra fields kind, variant)
    architecture_by_setup: dict[str, Grounded] = Field(default_factory=dict)
    loss: Grounded | None = None
    datasets: list[Grounded] = Field(default_factory=list)
    metrics: list[Grounded] = Field(default_factory=list)
    training: dict[str, dict[str, Grounded]] = Field(default_factory=dict)
    reported_results: list[ReportedResult] = Field(default_factory=list)
    param_counts: list[ParamCount] = Field(default_factory=list)
    compute_counts: list[ComputeCount] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    not_stated: list[str] = Field(default_factory=list)
    source: SourceInfo = Field(default_factory=SourceInfo)
    warnings: list[str] = Field(default_factory=list)

    # ---------------------------------------------------------------- helpers
    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, exclude_none=True)

    @classmethod
    def from_json(cls, text: str) -> "PaperSpec":
        return cls.model_validate(json.loads(text))

    def setup(self, name: str | None = None) -> dict[str, Grounded]:
        """One training set-up: by name, else the fine-tuning one, else the first."""
        if not self.training:
            return {}
        if name and name in self.training:
            return self.training[name]
        for key in self.training:
            if "fine" in key.lower():
                return self.training[key]
        return next(iter(self.training.values()))

    def value(self, field: str, setup: str | None = None) -> Grounded | None:
        """A training field from the chosen set-up, falling back to any set-up that states it."""
        s = self.setup(setup)
        if field in s:
            return s[field]
        for st in self.training.values():
            if field in st:
                return st[field]
        return None
