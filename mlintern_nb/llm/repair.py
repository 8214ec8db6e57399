"""Repair beyond the rules: failing cell + diagnosis + traceback (head+tail) + upstream cells -> a patched
cell, for the repair loop to run in the sandbox kernel (the attempt records and review are the loop's).

Returns code only (a string that ``ast.parse`` accepts and the safety screen passes), or ``None``
when there is no engine, the budget is spent, the endpoint fails, or the reply is unusable; the reason
is kept in ``last_rejection`` for the attempt record.
"""
from __future__ import annotations

import dataclasses
import json
import logging

from ..errors import LLMError
from . import prompts
from .guard import patch_signature
from .safety import extract_code, new_nonce, screen_code, truncate_middle

log = logging.getLogger("mlintern_nb.llm")

MAX_UPSTREAM_CELLS = 4
MAX_UPSTREAM_CHARS = 3000

last_rejection: str | None = None


def _diagnosis_text(diagnosis) -> str:
    if diagnosis is None:
        return "(none)"
    if callable(getattr(diagnosis, "as_dict", None)):  # repair.Diagnosis
        return json.dumps(diagnosis.as_dict(), default=str, indent=1)
    if dataclasses.is_dataclass(diagnosis) and not isinstance(diagnosis, type):
        data = dataclasses.asdict(diagnosis)
        data.setdefault("kind", type(diagnosis).__name__)
        return json.dumps(data, default=str, indent=1)
    if isinstance(diagnosis, dict):
        return json.dumps(diagnosis, default=str, indent=1)
    if hasattr(diagnosis, "model_dump"):
        return json.dumps(diagnosis.model_dump(), default=str, indent=1)
    return str(diagnosis)


def _traceback_text(tb) -> str:
    if tb is None:
        return "(none)"
    if isinstance(tb, (list, tuple)):
        tb = "\n".join(str(x) for x in tb)
    return truncate_middle(str(tb))


def repair_cell(source: str, diagnosis, traceback, upstream: list[str] | None = None, *, engine=None,
                cell: str | None = None, stream: bool = False, on_delta=None) -> str | None:
    global last_rejection
    from . import get_engine
    last_rejection = None
    engine = engine if engine is not None else get_engine()
    if engine is None:
        last_rejection = "no LLM endpoint configured"
        return None
    ups = [u[-MAX_UPSTREAM_CHARS:] for u in (upstream or [])[-MAX_UPSTREAM_CELLS:]]
    msgs = prompts.repair_messages(source, _diagnosis_text(diagnosis), _traceback_text(traceback), ups, new_nonce())
    try:
        res = engine.complete(msgs, purpose="repair", cell=cell, stream=stream, on_delta=on_delta)
    except LLMError as exc:  # budget spent, endpoint down: the loop goes on offline
        last_rejection = str(exc)
        log.warning("LLM repair skipped: %s", exc)
        return None
    code = extract_code(res.text)
    if code is None:
        last_rejection = "the LLM's reply held no Python code that parses"
        return None
    findings = screen_code(code)
    if findings:
        last_rejection = "refused by the safety screen: " + "; ".join(findings)
        log.warning("LLM repair %s", last_rejection)
        return None
    if patch_signature(code) == patch_signature(source):
        last_rejection = "the LLM returned the cell unchanged"
        return None
    return code
