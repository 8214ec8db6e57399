"""The fault corpus: broken ML notebooks modelled on crashes people report, written before the fixers.

Each case module holds ``COMMON`` (the notebook's first cell) and ``CASES``: dicts with
``name``, ``kind`` (the expected diagnosis kind), ``setup`` (cells before), ``broken`` (the cell
that fails), ``fixed`` (the corrected cell), optional ``fixed_setup`` (corrected setup cells when
the root cause is upstream), ``check`` (asserts that the repaired cell trains and keeps the
paper setting), ``fix`` (the correct fix, in words), ``preserve`` (paper settings the check
asserts), ``source`` (the kind of public report it is modelled on) and optional ``timeout``.

The split is frozen by rule (see README.md): :func:`split` of the case name.
"""
from __future__ import annotations

import hashlib
import importlib

MODULES = ("dtype", "device", "shape", "labels", "api", "text", "adapters", "files", "training", "memory")
SPLITS = ("dev", "validation")


def split(name: str) -> str:
    """``validation`` when sha256("corpus:" + name) is divisible by 3, else ``dev`` (frozen rule)."""
    return "validation" if int(hashlib.sha256(f"corpus:{name}".encode()).hexdigest(), 16) % 3 == 0 else "dev"


def cases(module: str) -> tuple[str, list[dict]]:
    mod = importlib.import_module(f"{__name__}.{module}")
    out = []
    for c in mod.CASES:
        c = dict(c)
        c.setdefault("setup", [])
        c["module"], c["split"] = module, split(c["name"])
        out.append(c)
    return getattr(mod, "COMMON", ""), out


def all_cases(split_name: str | None = None, modules=None) -> list[tuple[str, dict]]:
    """``[(common, case)]`` over the modules, optionally one split only."""
    out = []
    for m in modules or MODULES:
        common, cs = cases(m)
        out += [(common, c) for c in cs if split_name in (None, "all", c["split"])]
    return out
