"""Doom-loop guard: the same patch, or the same error, twice in a row ends the attempts early.

    guard = DoomLoopGuard()
    for attempt in range(max_attempts):
        new_source = propose(...)
        reason = guard.check(patch=new_source, error=(ename, evalue))
        if reason:
            break              # record `reason` in the attempt, mark the cell needs_review
        ...

Errors are compared by a signature (exception name + message with memory addresses, object ids,
timings and whitespace normalised), patches by their code with whitespace and comments stripped.
"""
from __future__ import annotations

import hashlib
import io
import re
import tokenize

_ADDR = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"\d+\.\d+")


def error_signature(error) -> str:
    """``(ename, evalue)``, an exception, a dict with ename/evalue or a string -> a stable signature."""
    if error is None:
        return ""
    sig = getattr(error, "signature", None)
    if callable(sig):  # repair.Diagnosis knows what makes two errors the same
        try:
            return " ".join(_FLOAT.sub("<f>", _ADDR.sub("<addr>", str(sig()))).split())
        except TypeError:
            pass
    if isinstance(error, BaseException):
        ename, evalue = type(error).__name__, str(error)
    elif isinstance(error, dict):
        ename = str(error.get("ename", error.get("kind", "")))
        evalue = str(error.get("evalue", error.get("message", "")))
    elif isinstance(error, (tuple, list)) and len(error) == 2:
        ename, evalue = map(str, error)
    else:
        ename = getattr(error, "ename", None) or getattr(error, "kind", None)
        evalue = getattr(error, "evalue", None) or getattr(error, "message", None)
        if ename is None and evalue is None:
            ename, evalue = "", str(error)
        ename, evalue = str(ename or ""), str(evalue or "")
    evalue = _FLOAT.sub("<f>", _ADDR.sub("<addr>", evalue))
    return f"{ename}: {' '.join(evalue.split())}"


def patch_signature(code: str | None) -> str:
    """sha256 of the code's tokens without comments/blank lines (formatting changes don't count)."""
    if code is None:
        return ""
    try:
        toks = [t.string for t in tokenize.generate_tokens(io.StringIO(code).readline)
                if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                                  tokenize.DEDENT, tokenize.ENDMARKER)]
        norm = " ".join(toks)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        norm = " ".join(code.split())
    return hashlib.sha256(norm.encode()).hexdigest()


class DoomLoopGuard:
    """Remembers the patches and errors of one cell's repair attempts (one guard per cell)."""

    def __init__(self):
        self.patches: list[str] = []  # patch signatures, in order
        self.errors: list[str] = []  # error signatures, in order
        self.stopped: str | None = None

    def check(self, patch: str | None = None, error=None) -> str | None:
        """Record a proposed ``patch`` and/or the ``error`` a run ended with; return why to stop
        (same patch or same error as the previous one of its kind) or ``None`` to go on."""
        reason = None
        if patch is not None:
            sig = patch_signature(patch)
            if self.patches and self.patches[-1] == sig:
                reason = "the same patch was proposed twice in a row"
            self.patches.append(sig)
        if error is not None:
            sig = error_signature(error)
            if self.errors and self.errors[-1] == sig and reason is None:
                reason = f"the same error twice in a row ({sig[:120]})"
            self.errors.append(sig)
        if reason:
            self.stopped = reason
        return reason

    def seen_patch(self, patch: str) -> bool:
        """Was this patch (modulo formatting and comments) tried before, at any attempt?"""
        return patch_signature(patch) in self.patches

    def reset(self) -> None:
        self.patches.clear()
        self.errors.clear()
        self.stopped = None
