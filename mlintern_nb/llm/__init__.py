"""mlintern_nb.llm — the optional LLM engine for any OpenAI-compatible endpoint.

    >>> from mlintern_nb.llm import get_engine
    >>> engine = get_engine()      # None unless MLINTERN_ENGINE=llm and MLINTERN_LLM_BASE_URL are set
    >>> if engine:
    ...     spec, stats = engine.refine_spec(doc, spec)

With no endpoint configured nothing here opens a socket; the offline engine runs as before.
"""
from __future__ import annotations

from .guard import DoomLoopGuard  # noqa: F401

_cached: tuple[tuple, "object"] | None = None


def get_engine(fresh: bool = False):
    """The process's ``LLMEngine`` (one ledger per configuration), or ``None`` when
    ``MLIntern.engine != "llm"`` or ``MLIntern.llm_base_url`` is empty. Never touches the network.
    A malformed setting raises ``LLMError`` (one line naming the environment variable)."""
    global _cached
    import json

    from ..config import get_config
    cfg = get_config()
    if (cfg.engine or "").lower() != "llm" or not (cfg.llm_base_url or "").strip():
        return None
    from .engine import LLMEngine, read_settings
    settings = read_settings(cfg)
    key = json.dumps(settings, sort_keys=True)
    if fresh or _cached is None or _cached[0] != key:
        _cached = (key, LLMEngine.from_settings(settings))
    return _cached[1]


def usage() -> dict | None:
    """The current engine's ledger as a dict (for ``nb.metadata.mlintern.llm`` and the headless report),
    or ``None`` when no engine was built. Never builds one, never touches the network."""
    return _cached[1].ledger.to_dict() if _cached is not None else None


def usage_summary() -> str | None:
    """One line, e.g. ``LLM: 3 call(s), 1,234+210 tokens, $0.0012 of $1.00``, or ``None``."""
    return _cached[1].ledger.summary() if _cached is not None else None


def record_usage(nb) -> dict | None:
    """Store the ledger in ``nb.metadata.mlintern.llm`` (what the LLM cost, per call and per cell) and
    return it; does nothing when no engine was used. Call ``get_engine(fresh=True)`` at the start of
    each reproduction so the budget and ledger are per reproduction."""
    data = usage()
    if data is not None:
        nb.metadata.setdefault("mlintern", {})["llm"] = data
    return data


def refine_spec(doc, spec, **kw):
    """``(spec, stats)``: the offline spec refined by the LLM, or unchanged when no engine is configured."""
    from .extraction import refine_spec as _refine
    return _refine(doc, spec, **kw)


def plan_cell(spec, role, context=None, **kw):
    from .planning import plan_cell as _plan
    return _plan(spec, role, context or {}, **kw)


def repair_cell(source, diagnosis, traceback, upstream=None, **kw):
    from .repair import repair_cell as _repair
    return _repair(source, diagnosis, traceback, upstream or [], **kw)
