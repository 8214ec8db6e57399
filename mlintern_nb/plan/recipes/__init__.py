"""Built-in task-family recipes: one module per family, each defining ``RECIPE`` (a
:class:`~mlintern_nb.plan.recipes.base.Recipe`). The contract is documented in ``base.py``;
the registry (``mlintern_nb.plan.registry``) loads these through the entry point
``mlintern_nb.recipes: builtin = "mlintern_nb.plan.recipes:builtin_recipes"``."""
from __future__ import annotations

import importlib
import pkgutil

from .base import Recipe


def builtin_recipes() -> list[Recipe]:
    """Every module of this package that defines ``RECIPE`` (modules starting with ``_`` are helpers),
    so a new built-in family is one new file here and needs no reinstall."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        rec = getattr(mod, "RECIPE", None)
        if isinstance(rec, Recipe):
            found.append(rec)
    return sorted(found, key=lambda r: (r.priority, r.family))


def get(family: str) -> Recipe | None:
    """The recipe for a family, or None (no offline recipe). Same as ``plan.registry.get``."""
    from ..registry import get as _get
    return _get(family)


__all__ = ["Recipe", "builtin_recipes", "get"]
