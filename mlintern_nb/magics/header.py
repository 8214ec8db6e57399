"""The header that sends a planned cell to the notebook's sandbox session: ``%%mlintern sandbox``.

Pure string helpers with no imports, so anything that hashes a cell's source (human-edited detection
compares ``sha256(source)`` with ``metadata.mlintern.generated_sha``) can look past the header line.
"""
from __future__ import annotations

HEADER = "%%mlintern sandbox"


def has_header(source: str) -> bool:
    first = (source or "").split("\n", 1)[0].rstrip()
    return first == HEADER or first.startswith(HEADER + " ")


def strip_header(source: str) -> str:
    """``source`` without a leading ``%%mlintern sandbox …`` line (unchanged when it has none)."""
    if not has_header(source):
        return source
    return source.split("\n", 1)[1] if "\n" in source else ""


def add_header(source: str) -> str:
    """``source`` run through the sandbox session: the header line, then the unchanged body."""
    return source if has_header(source) else f"{HEADER}\n{source}"


__all__ = ["HEADER", "add_header", "has_header", "strip_header"]
