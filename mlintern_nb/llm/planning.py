"""Planning beyond the recipes: a model/data cell for an architecture no recipe covers.

The model's code is accepted only after (1) it parses, (2) it passes the safety screen and (3) it
runs in a kernel after the upstream cells (and defines the names in ``context["expect"]``). A failure
goes back to the model once more with the traceback (``max_tries``), then
:class:`~mlintern_nb.errors.LLMCodeRejected` is raised and the planner keeps its offline cell.
"""
from __future__ import annotations

import json
import logging

from ..errors import LLMCodeRejected, LLMNotConfigured
from . import prompts
from .kernelcheck import trial_run
from .safety import extract_code, new_nonce, screen_code, truncate_middle

log = logging.getLogger("mlintern_nb.llm")


def spec_summary(spec) -> dict:
    data = spec.model_dump(exclude_none=True, exclude={"figures", "source", "warnings"}) \
        if hasattr(spec, "model_dump") else dict(spec)
    text = json.dumps(data, default=str)
    if len(text) > 12000:  # keep the prompt small: drop quotes first
        for g in _walk(data):
            g.pop("quote", None)
    return data


def _walk(obj):
    if isinstance(obj, dict):
        if "value" in obj:
            yield obj
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def _expect_check(names: list[str]) -> str:
    return (f"_mlintern_missing = [n for n in {list(names)!r} if n not in globals()]\n"
            f"assert not _mlintern_missing, f'the cell must define {{_mlintern_missing}}'\n")


def plan_cell(spec, role: str, context: dict | None = None, *, engine=None, kernel_name: str | None = None,
              cwd: str | None = None, max_tries: int = 2, timeout: float = 120.0, cell: str | None = None,
              stream: bool = False, on_delta=None) -> str:
    """Code for the ``role`` cell (``model``, ``data``, ...), checked in a kernel before it is returned.

    ``context``: ``upstream`` (list of cell sources run first, e.g. parameters/setup/data),
    ``parameters`` (dict shown to the model), ``expect`` (names the cell must define),
    ``instructions`` (a planner's note). Raises ``LLMNotConfigured``, ``LLMBudgetExceeded``,
    ``LLMUnavailable`` or ``LLMCodeRejected``.
    """
    from . import get_engine
    engine = engine if engine is not None else get_engine()
    if engine is None:
        raise LLMNotConfigured()
    context = context or {}
    upstream = list(context.get("upstream") or [])
    expect = list(context.get("expect") or [])
    summary = spec_summary(spec)
    previous: tuple[str, str] | None = None
    reason = "no attempt made"
    for attempt in range(1, max_tries + 1):
        nonce = new_nonce()
        res = engine.complete(prompts.plan_messages(summary, role, context, nonce, previous), purpose="plan",
                              cell=cell or role, stream=stream, on_delta=on_delta)
        code = extract_code(res.text)
        if code is None:
            reason = "the reply held no Python code that parses"
            previous = (res.text[:2000], reason)
            continue
        findings = screen_code(code)
        if findings:
            reason = "refused by the safety screen: " + "; ".join(findings)
            previous = (code, reason + ". Write the cell without these.")
            log.warning("LLM %s cell %s", role, reason)
            continue
        cells = upstream + [code] + ([_expect_check(expect)] if expect else [])
        trial = trial_run(cells, kernel_name=kernel_name, cwd=cwd, timeout=timeout)
        if trial.ok:
            return code
        if trial.ename == "KernelStartError":
            reason = trial.evalue
            break
        where = "an upstream cell" if trial.failed_cell is not None and trial.failed_cell < len(upstream) else \
            "the cell"
        reason = f"{where} raised {trial.ename}: {' '.join(trial.evalue.split())[:160]}"
        if where == "an upstream cell":
            break  # the model's code never ran; asking again cannot help
        previous = (code, truncate_middle(trial.error_text(), 1200, 2000))
    raise LLMCodeRejected(role, reason, attempts=attempt)
