"""Tolerant JSON from a model reply: code fences, prose around it, trailing commas, single quotes,
Python literals (True/None), comments. Always returns a dict or raises ``LLMResponseError``."""
from __future__ import annotations

import ast
import json
import re

from ..errors import LLMResponseError

_FENCE = re.compile(r"```(?:json|JSON|javascript|js)?[ \t]*\n?(.*?)```", re.S)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_LINE_COMMENT = re.compile(r"^\s*//.*$", re.M)


def _balanced_object(text: str) -> str | None:
    """The first balanced ``{...}`` in ``text`` (string-aware, either quote style)."""
    start = text.find("{")
    while start != -1:
        depth, quote, esc = 0, None, False
        for i in range(start, len(text)):
            ch = text[i]
            if quote:
                if esc:
                    esc = False
                elif ch == "\\":
                    esc = True
                elif ch == quote:
                    quote = None
                continue
            if ch in "\"'":
                quote = ch
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return text[start:i + 1]
        start = text.find("{", start + 1)
    return None


def parse_json_object(text: str, what: str = "JSON reply") -> dict:
    from .safety import strip_reasoning
    raw = strip_reasoning(text or "").strip()
    if not raw:
        raise LLMResponseError(what, "the reply was empty")
    candidates = [raw]
    candidates += [m.strip() for m in _FENCE.findall(raw)]
    obj = _balanced_object(raw)
    if obj:
        candidates.append(obj)
    for fenced in _FENCE.findall(raw):
        inner = _balanced_object(fenced)
        if inner:
            candidates.append(inner)
    for cand in candidates:
        for variant in (cand, _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub("", cand))):
            try:
                val = json.loads(variant)
            except (json.JSONDecodeError, ValueError):
                try:
                    val = ast.literal_eval(variant)
                except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
                    try:  # JSON literals in otherwise Python-style text
                        val = ast.literal_eval(re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False",
                                               re.sub(r"\bnull\b", "None", variant))))
                    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
                        continue
            if isinstance(val, dict):
                return val
    raise LLMResponseError(what, "no JSON object could be read from it", excerpt=raw[:200])
