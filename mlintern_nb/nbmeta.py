"""The notebook contract: everything mlintern reads or writes in an nbformat notebook, in one place.

Ground floor: imports only nbformat, the standard library and :mod:`mlintern_nb.errors`; every area
(plan, repair, notebook, ui, magics, bench) uses these helpers instead of its own copies.

* ``nb.metadata.mlintern`` — :func:`nb_meta`: ``paper``, ``spec``, ``profile``, ``recipe``,
  ``environment``, ``run``, ``kernel``, ``llm``, ``claim``, ``architecture``.
* ``cell.metadata.mlintern`` — :func:`cell_meta`: ``role``, ``recipe``, ``uses``, ``generated_sha``
  (sha256 of the generated source), ``repair_sha`` / ``accepted_sha`` (sources mlintern or a reviewer
  produced), ``attempts`` (:class:`Attempt` records), ``needs_review``, ``review``/``review_history``.
* A cell is *human-edited* (:func:`human_edited`) when its source's sha256 is none of the three: it
  is never rewritten without review.
* Reading and writing (:func:`read_notebook`, :func:`write_notebook`) raise the one
  :class:`~mlintern_nb.errors.NotebookReadError` / :class:`~mlintern_nb.errors.NotebookWriteError`;
  writes are atomic.
"""
from __future__ import annotations

import ast
import difflib
import hashlib
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from .errors import NotebookReadError, NotebookWriteError

KEY = "mlintern"
PROFILES = ("smoke", "full")
# what every reproduction, sandbox kernel and trial run sets: nothing may reach the Hugging Face Hub
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def offline_env(env: dict | None = None) -> dict:
    """Set the offline variables (unless already set) in ``env`` (default: ``os.environ``); returns it."""
    target = os.environ if env is None else env
    for k, v in OFFLINE_ENV.items():
        target.setdefault(k, v)
    return target


# ------------------------------------------------------------------ text helpers
def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def source_of(cell) -> str:
    """A cell's source as one string (nbformat allows a list of lines)."""
    src = cell.get("source", "") if hasattr(cell, "get") else getattr(cell, "source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def unified_diff(old: str, new: str, before: str = "cell (before)", after: str = "cell (after)") -> str:
    def lines(t: str) -> list[str]:
        return [ln if ln.endswith("\n") else ln + "\n" for ln in t.splitlines(True)]

    return "".join(difflib.unified_diff(lines(old), lines(new), fromfile=before, tofile=after))


# ------------------------------------------------------------------ the sandbox-session header
# A planned cell inserted into a notebook whose own kernel is not isolated starts with this line; it sends
# the body to the notebook's sandbox session (magics/sandbox_cmd.py). It is not an edit of the cell.
SANDBOX_HEADER = "%%mlintern sandbox"


def has_header(source: str) -> bool:
    first = (source or "").split("\n", 1)[0].rstrip()
    return first == SANDBOX_HEADER or first.startswith(SANDBOX_HEADER + " ")


def strip_header(source: str) -> str:
    """``source`` without a leading ``%%mlintern sandbox …`` line (unchanged when it has none)."""
    if not has_header(source):
        return source
    return source.split("\n", 1)[1] if "\n" in source else ""


def add_header(source: str) -> str:
    """``source`` run through the sandbox session: the header line, then the unchanged body."""
    return source if has_header(source) else f"{SANDBOX_HEADER}\n{source}"


# ------------------------------------------------------------------ files
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


# ------------------------------------------------------------------ metadata accessors
def nb_meta(nb) -> dict:
    """``nb.metadata.mlintern`` (created when absent)."""
    return nb.metadata.setdefault(KEY, {})


def cell_meta(cell) -> dict:
    """``cell.metadata.mlintern`` (created when absent; assigned, so a NotebookNode converts it)."""
    md = cell.setdefault("metadata", {})
    if KEY not in md:
        md[KEY] = {}
    return md[KEY]


def _peek(cell) -> dict:
    return (cell.get("metadata", {}) or {}).get(KEY) or {}


def role_of(cell) -> str | None:
    return _peek(cell).get("role")


def attempts_of(cell) -> list[dict[str, Any]]:
    return list(_peek(cell).get("attempts") or [])


def error_output(cell) -> dict | None:
    """The cell's first ``error`` output, if any."""
    for out in cell.get("outputs", []) or []:
        if out.get("output_type") == "error":
            return out
    return None


def error_line(cell, limit: int = 200) -> str:
    """``"ename: evalue"`` of the cell's first error output (cut at ``limit``), or ``"?"``."""
    out = error_output(cell)
    return f"{out.get('ename')}: {out.get('evalue')}"[:limit] if out is not None else "?"


def failing_cells(nb) -> list[int]:
    """Indices of code cells that still fail (an error output, or flagged for review by the repair loop)."""
    return [i for i, c in enumerate(nb.cells) if c.get("cell_type") == "code"
            and (error_output(c) is not None or _peek(c).get("needs_review"))]


def human_edited(cell) -> bool | None:
    """True: a person changed the generated source; False: generated/repaired/accepted; None: no provenance."""
    meta = _peek(cell)
    gen = meta.get("generated_sha")
    if not gen:
        return None
    known = {gen, meta.get("repair_sha"), meta.get("accepted_sha")} - {None}
    return sha256(strip_header(source_of(cell))) not in known  # the sandbox header line is not an edit


def parameter_names(nb) -> list[str]:
    """Names assigned in the cell tagged ``parameters`` (papermill's convention)."""
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


def paper_values(nb) -> dict:
    """``{field: value}`` of the paper's training set-up from ``nb.metadata.mlintern.spec``."""
    spec = ((nb.get("metadata") or {}).get(KEY) or {}).get("spec") or {}
    out: dict = {}
    for setup in (spec.get("training") or {}).values():
        for name, g in (setup or {}).items():
            if isinstance(g, dict) and "value" in g and name not in out:
                out[name] = g["value"]
    return out


def set_profile(nb, profile: str) -> None:
    """The one writer of ``nb.metadata.mlintern.profile``."""
    if profile not in PROFILES:
        from .errors import UsageError
        raise UsageError(f"unknown profile {profile!r}; use smoke or full", profile=profile)
    nb_meta(nb)["profile"] = profile


# ------------------------------------------------------------------ typed records
@dataclass
class Change:
    """A paper setting a repair changed: recorded against the paper's value."""

    param: str
    paper_value: Any = None
    new_value: Any = None
    why: str = ""

    @classmethod
    def of(cls, d: "Change | dict") -> "Change":
        return d if isinstance(d, Change) else cls(**{k: d.get(k) for k in ("param", "paper_value", "new_value",
                                                                              "why") if k in d})


@dataclass
class Attempt:
    """One repair attempt on a cell (``cell.metadata.mlintern.attempts[i]``)."""

    attempt: int
    diagnosis: dict
    fixer: str | None = None
    diff: str = ""
    outcome: str = "failed"            # repaired | failed | proposed | needs_review | error
    duration_s: float = 0.0
    changes: list[Change] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # kernel facts, candidates tried, proposal source ...

    def to_dict(self) -> dict:
        d = asdict(self)
        extra = d.pop("extra")
        d["changes"] = [asdict(Change.of(c)) for c in self.changes]
        return {**d, **extra}


def add_attempt(cell, attempt: Attempt | dict) -> dict:
    """Append an attempt record to the cell; returns the stored dict."""
    rec = attempt.to_dict() if isinstance(attempt, Attempt) else dict(attempt)
    cell_meta(cell).setdefault("attempts", []).append(rec)
    return rec
