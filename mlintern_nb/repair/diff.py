"""Unified diffs of cell sources."""
from __future__ import annotations

import difflib


def _lines(text: str) -> list[str]:
    return [ln if ln.endswith("\n") else ln + "\n" for ln in text.splitlines(True)]


def unified(old: str, new: str, name: str = "cell") -> str:
    return "".join(difflib.unified_diff(_lines(old), _lines(new), fromfile=f"{name} (before)",
                                        tofile=f"{name} (after)"))
