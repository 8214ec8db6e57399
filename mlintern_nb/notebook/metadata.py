"""Reading and writing ``nb.metadata.mlintern`` and ``cell.metadata.mlintern`` (nbformat only)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import nbformat

from ..errors import MLInternError

ROLE_KEY = "mlintern"


class NotebookReadError(MLInternError):
    """A notebook given as input could not be read."""

    exit_code = 22

    def __init__(self, path, detail: str):
        super().__init__(f"{path}: not a readable notebook ({detail})", path=str(path), detail=detail)


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_notebook(path) -> nbformat.NotebookNode:
    p = Path(path)
    if not p.exists():
        raise NotebookReadError(p, "no such file")
    if p.is_dir():
        raise NotebookReadError(p, "is a directory")
    try:
        return nbformat.read(str(p), as_version=4)
    except Exception as exc:  # nbformat raises a zoo of JSON/validation errors
        raise NotebookReadError(p, " ".join(str(exc).split())[:200]) from None


class NotebookWriteError(MLInternError):
    """The output notebook (or its folder) could not be written."""

    exit_code = 24

    def __init__(self, path, detail: str):
        super().__init__(f"{path}: cannot write the notebook ({detail})", path=str(path), detail=detail)


def write_notebook(nb, path) -> Path:
    """Write atomically (a temp file renamed over the target) so a crash never leaves half a notebook."""
    p = Path(path)
    tmp = p.with_name(f".{p.name}.tmp")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, str(tmp))
        tmp.replace(p)
    except OSError as exc:
        raise NotebookWriteError(p, exc.strerror or str(exc)) from None
    return p


def nb_meta(nb) -> dict:
    """``nb.metadata.mlintern`` (created when absent)."""
    return nb.metadata.setdefault(ROLE_KEY, {})


def cell_meta(cell) -> dict:
    return cell.setdefault("metadata", {}).setdefault(ROLE_KEY, {})


def role_of(cell) -> str | None:
    return (cell.get("metadata", {}).get(ROLE_KEY) or {}).get("role")


def source_of(cell) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def error_output(cell) -> dict | None:
    """The cell's first ``error`` output, if any."""
    for out in cell.get("outputs", []) or []:
        if out.get("output_type") == "error":
            return out
    return None


def failing_cells(nb) -> list[int]:
    """Indices of code cells that still fail (an error output, or flagged for review by the repair loop)."""
    bad = []
    for i, cell in enumerate(nb.cells):
        if cell.get("cell_type") != "code":
            continue
        meta = cell.get("metadata", {}).get(ROLE_KEY) or {}
        if error_output(cell) is not None or meta.get("needs_review"):
            bad.append(i)
    return bad


def attempts_of(cell) -> list[dict[str, Any]]:
    return list((cell.get("metadata", {}).get(ROLE_KEY) or {}).get("attempts") or [])


def parameter_names(nb) -> list[str]:
    """Names assigned in the cell tagged ``parameters`` (papermill's convention)."""
    import ast
    for cell in nb.cells:
        if "parameters" in (cell.get("metadata", {}).get("tags") or []):
            try:
                tree = ast.parse(source_of(cell))
            except SyntaxError:
                return []
            names = []
            for node in tree.body:
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    names.append(node.target.id)
                elif isinstance(node, ast.Assign):
                    names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            return names
    return []
