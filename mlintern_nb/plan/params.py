"""Hyperparameters for a plan: paper value (with page + quote) or a stated default.

A :class:`Param` is one line of the notebook's ``parameters`` cell and one row of the
header's table. Values read from a PaperSpec are often prose ("0.1, divided by 10 ...",
"r_q = r_v = 8", a per-dataset dict, a grid); :func:`number_of` turns them into one
number, preferring the extractor's machine-readable ``numbers``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..paper.spec import Grounded, PaperSpec

_NUM = re.compile(r"(?<![\w.])[-+]?(?:\d+(?:,\d{3})+|\d*\.\d+|\d+)(?:[eE][-+]?\d+)?")


@dataclass
class Param:
    name: str
    value: Any
    type: str
    help: str
    paper: Any = None          # the paper's value for this knob (full profile), None when not stated
    page: Any = None
    quote: str | None = None
    note: str = ""             # why smoke differs from the paper, or "default: not stated in paper"
    in_cell: bool = True       # listed in the parameters cell

    @property
    def source(self) -> str:
        if self.paper is None:
            return "default: not stated in paper"
        where = f"p. {self.page}" if self.page is not None else "paper"
        return f'{where}: "{self.quote}"' if self.quote else where


@dataclass
class ParamSet:
    items: dict[str, Param] = field(default_factory=dict)

    def add(self, p: Param) -> Param:
        self.items[p.name] = p
        return p

    def __getitem__(self, name: str) -> Param:
        return self.items[name]

    def __contains__(self, name: str) -> bool:
        return name in self.items

    def get(self, name: str, default=None):
        p = self.items.get(name)
        return p.value if p is not None else default

    def values(self) -> dict[str, Any]:
        return {k: p.value for k, p in self.items.items()}


def number_of(g: Grounded | Any, prefer_key: str | None = None, integer: bool = False) -> float | int | None:
    """One number from a grounded value: numbers[0], a scalar, a list's first, a dict's
    entry for ``prefer_key`` (e.g. "SST-2") or its first, or the first number in prose."""
    if g is None:
        return None
    if isinstance(g, Grounded):
        if g.numbers:
            return _cast(g.numbers[0], integer)
        v = g.value
    else:
        v = g
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return _cast(v, integer)
    if isinstance(v, list) and v:
        return number_of(v[0], prefer_key, integer)
    if isinstance(v, dict) and v:
        if prefer_key:
            for k, x in v.items():
                if _norm(k) == _norm(prefer_key):
                    return number_of(x, None, integer)
        return number_of(next(iter(v.values())), None, integer)
    if isinstance(v, str):
        m = _NUM.search(v.replace("\u00d7", "x"))
        if m:
            try:
                return _cast(float(m.group(0).replace(",", "")), integer)
            except ValueError:
                return None
    return None


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(s).lower())


def _cast(x, integer: bool):
    x = float(x)
    if integer:
        return int(round(x))
    return int(x) if x.is_integer() and abs(x) >= 1 else x


def page_of(g: Grounded | None):
    if g is None:
        return None
    return g.page


def arch_numbers(spec: PaperSpec) -> dict[str, float]:
    """Architecture numbers: the spec's architecture_params, else read from the architecture text
    (``L=12, H=768, A=12``, ``12 layers``, ``d_model 768``, ``rank 8`` ...)."""
    out: dict[str, float] = {}
    for k, g in (spec.architecture_params or {}).items():
        n = number_of(g)
        if n is not None:
            out[k] = n
    text = ""
    if spec.architecture is not None:
        text = str(spec.architecture.value) + " " + (spec.architecture.quote or "")
    pats = {
        "num_layers": [r"\bL\s*=\s*(\d+)", r"(?<![n+\d])(\d+)\s*(?:-|\s)?(?:transformer\s+)?(?:layers|blocks)\b",
                       r"(?<![n+\d])(\d+)-layer"],
        "hidden_size": [r"\bH\s*=\s*(\d+)", r"d_?model\s*(?:=|of)?\s*(\d+)", r"hidden(?: size)?\s*(?:=|of)?\s*(\d+)"],
        "num_heads": [r"\bA\s*=\s*(\d+)", r"(\d+)\s+(?:attention\s+)?heads"],
        "patch_size": [r"patch(?:es)?(?: size)?\s*(?:of\s*)?(\d+)"],
    }
    for key, plist in pats.items():
        if key in out:
            continue
        for p in plist:
            m = re.search(p, text, flags=re.I)
            if m:
                out[key] = int(m.group(1))
                break
    return out


def training_value(spec: PaperSpec, name: str, setup: str | None, prefer_key: str | None = None,
                   integer: bool = False):
    """(number, Grounded) for a training field of the chosen set-up."""
    g = spec.value(name, setup)
    return number_of(g, prefer_key, integer), g
