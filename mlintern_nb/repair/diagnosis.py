"""The diagnosis taxonomy: one dataclass per kind, with structured fields.

Every diagnosis carries the raw error (``ename``, ``evalue``), the 1-based
``line`` of the failing cell the traceback pins (when it does) and a one-line
``summary``. ``as_dict()`` is what goes into ``cell.metadata.mlintern.attempts``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


@dataclass
class Diagnosis:
    kind: str = "unknown"
    ename: str = ""
    evalue: str = ""
    line: int | None = None          # 1-based line in the failing cell
    code_line: str = ""              # that line's text
    source: str = "error"            # error | stream | kernel | timeout | log
    summary: str = ""

    def as_dict(self) -> dict:
        d = dataclasses.asdict(self)
        return {k: v for k, v in d.items() if v not in (None, "", [], {})} | {"kind": self.kind}

    def signature(self) -> str:
        """What makes two diagnoses 'the same error' (the doom-loop guard)."""
        return f"{self.kind}|{self.ename}|{' '.join(str(self.evalue).split())[:200]}"

    def __str__(self) -> str:
        return self.summary or f"{self.kind}: {self.ename}: {self.evalue}"


@dataclass
class OutOfMemory(Diagnosis):
    kind: str = "oom"
    device: str = "cpu"              # cuda | cpu | kernel
    requested_bytes: int | None = None
    limit_bytes: int | None = None


@dataclass
class ShapeMismatch(Diagnosis):
    kind: str = "shape_mismatch"
    tensors: list = field(default_factory=list)   # e.g. ["mat1", "mat2"], ["weight", "input"]
    sizes: list = field(default_factory=list)     # e.g. [[4, 64], [32, 10]]
    op: str = ""                                  # matmul | view | conv | batch


@dataclass
class DtypeMismatch(Diagnosis):
    kind: str = "dtype_mismatch"
    expected: str = ""               # float | long | ...
    got: str = ""
    role: str = "input"              # input | target | indices


@dataclass
class DeviceMismatch(Diagnosis):
    kind: str = "device_mismatch"
    wanted: str = ""                 # cuda | meta | mps
    available: str = "cpu"


@dataclass
class MissingModule(Diagnosis):
    kind: str = "missing_module"
    module: str = ""
    name: str = ""                   # for `from X import name` / NameError
    suggestion: str = ""             # pip package or installed alternative


@dataclass
class APIMisuse(Diagnosis):
    kind: str = "api_misuse"
    callable: str = ""               # e.g. TrainingArguments.__init__
    keyword: str = ""                # the unexpected keyword
    problem: str = "unexpected_keyword"   # unexpected_keyword | positional_count | missing_argument


@dataclass
class TokenizerIssue(Diagnosis):
    kind: str = "tokenizer"
    problem: str = "missing_pad_token"
    tokenizer_var: str = ""


@dataclass
class LabelCountMismatch(Diagnosis):
    kind: str = "label_count"
    target: int | None = None        # the out-of-range label
    num_labels: int | None = None


@dataclass
class DataNotFound(Diagnosis):
    kind: str = "data_not_found"
    path: str = ""
    dataset: str = ""


@dataclass
class NetworkBlocked(Diagnosis):
    kind: str = "network_blocked"
    url: str = ""
    model_id: str = ""


@dataclass
class NaNLoss(Diagnosis):
    kind: str = "nan_loss"
    losses: list = field(default_factory=list)
    step: int | None = None


@dataclass
class Divergence(Diagnosis):
    kind: str = "divergence"
    losses: list = field(default_factory=list)


@dataclass
class Timeout(Diagnosis):
    kind: str = "timeout"
    seconds: float | None = None


@dataclass
class KernelDeath(Diagnosis):
    kind: str = "kernel_died"
    exit_code: int | None = None


@dataclass
class Unknown(Diagnosis):
    kind: str = "unknown"


KINDS = {c().kind: c for c in (OutOfMemory, ShapeMismatch, DtypeMismatch, DeviceMismatch, MissingModule, APIMisuse,
                                TokenizerIssue, LabelCountMismatch, DataNotFound, NetworkBlocked, NaNLoss, Divergence,
                                Timeout, KernelDeath, Unknown)}
