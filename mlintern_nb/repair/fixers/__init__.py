"""Fixer registry. Built-ins come from :func:`builtin_fixers`; plug-ins register a callable
returning fixers under the entry point group ``mlintern_nb.fixers``::

    [project.entry-points."mlintern_nb.fixers"]
    myfixers = "mypkg.fixers:fixers"      # () -> list[Fixer]
"""
from __future__ import annotations

import logging
from importlib.metadata import entry_points

from .base import Fix, Fixer, RepairContext, change

log = logging.getLogger(__name__)
GROUP = "mlintern_nb.fixers"
_registry: list[Fixer] | None = None


def builtin_fixers() -> list[Fixer]:
    from .api import APIFixer, ImportNameFixer
    from .environment import DataFixer, HubFixer, MissingModuleFixer, TimeoutFixer
    from .memory import OOMFixer
    from .tensors import DeviceFixer, DtypeFixer, LabelCountFixer, ShapeFixer
    from .tokenizer import PadTokenFixer
    from .training import LossFixer
    return [OOMFixer(), ShapeFixer(), DtypeFixer(), DeviceFixer(), LabelCountFixer(), APIFixer(), ImportNameFixer(),
            PadTokenFixer(), LossFixer(), MissingModuleFixer(), DataFixer(), HubFixer(), TimeoutFixer()]


def _as_fixers(obj) -> list[Fixer]:
    if isinstance(obj, type):
        obj = obj()
    elif callable(obj) and not isinstance(obj, Fixer):
        obj = obj()
    if isinstance(obj, Fixer):
        return [obj]
    return [f for f in (obj or []) if isinstance(f, Fixer)]


def registry(refresh: bool = False) -> list[Fixer]:
    """Every fixer from the entry point group, ordered by ``priority`` (stable)."""
    global _registry
    if _registry is None or refresh:
        found: list[Fixer] = []
        eps = list(entry_points(group=GROUP))
        if not any(ep.value == "mlintern_nb.repair.fixers:builtin_fixers" for ep in eps):
            found += builtin_fixers()   # running from a source tree without the installed metadata
        for ep in eps:
            try:
                found += _as_fixers(ep.load())
            except Exception as exc:  # a broken plug-in must not break repairs
                log.warning("mlintern: fixer plug-in %s failed to load: %s", ep.name, exc)
        _registry = sorted(found, key=lambda f: f.priority)
    return list(_registry)


def register(fixer: Fixer) -> None:
    """Add a fixer at run time (tests, notebooks)."""
    registry()
    _registry.append(fixer)
    _registry.sort(key=lambda f: f.priority)


def fixers_for(diagnosis) -> list[Fixer]:
    return [f for f in registry() if f.applies(diagnosis)]


__all__ = ["Fix", "Fixer", "RepairContext", "builtin_fixers", "change", "fixers_for", "register", "registry"]
