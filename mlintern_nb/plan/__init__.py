"""The experiment planner: PaperSpec -> a runnable, papermill-ready reproduction notebook.

    >>> from mlintern_nb.plan import plan, load_spec
    >>> nb = plan(load_spec("paper.pdf"), profile="smoke")
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..errors import PlanError, SpecReadError
from ..paper.spec import PaperSpec


def load_spec(path) -> PaperSpec:
    """A PaperSpec from a spec JSON, a ground_truth.json-style entry, or a paper PDF (parsed)."""
    p = Path(path)
    if not p.exists():
        raise SpecReadError(path, "no such file")
    if p.is_dir():
        raise SpecReadError(path, "is a directory")
    with open(p, "rb") as fh:
        head = fh.read(5)
    if head == b"%PDF-" or p.suffix.lower() == ".pdf":  # a .pdf that is no PDF gets the reader's error
        from ..paper import parse
        return parse(p)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpecReadError(path, f"invalid JSON: {exc}") from None
    return spec_from_dict(data, path)


def spec_from_dict(data, path="<spec>") -> PaperSpec:
    from pydantic import ValidationError
    if not isinstance(data, dict):
        raise SpecReadError(path, "the top level is not an object")
    try:
        return PaperSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise SpecReadError(path, f"{'.'.join(map(str, err['loc']))}: {err['msg']}") from None


def plan(spec: PaperSpec, profile: str = "smoke", paper_path=None):
    """PaperSpec -> nbformat.NotebookNode (see docs/plan.md)."""
    from .build import build
    from .planner import resolve
    if not isinstance(spec, PaperSpec):
        spec = spec_from_dict(spec)
    if paper_path is not None:
        spec = spec.model_copy(deep=True)
        spec.source.path = str(paper_path)
        if not spec.source.sha256 and Path(paper_path).is_file():
            spec.source.sha256 = hashlib.sha256(Path(paper_path).read_bytes()).hexdigest()
    return build(resolve(spec, profile))


def regenerate_cell(nb, cell_index: int, constraints: dict | None = None) -> str:
    """The source of cell ``cell_index`` rebuilt from its recipe with ``constraints`` (parameter
    overrides such as batch_size, grad_accum_steps, gradient_checkpointing, max_seq_length,
    learning_rate, max_grad_norm, warmup). The notebook is not modified."""
    from .build import role_source
    from .planner import resolve
    meta = nb.metadata.get("mlintern") or {}
    if "spec" not in meta:
        raise PlanError("the notebook was not written by `mlintern plan` (no metadata.mlintern.spec)")
    if not 0 <= cell_index < len(nb.cells):
        raise PlanError(f"cell {cell_index} is out of range (0-{len(nb.cells) - 1})", cell_index=cell_index)
    cm = nb.cells[cell_index].metadata.get("mlintern") or {}
    role = cm.get("role")
    if nb.cells[cell_index].cell_type != "code" or not role:
        raise PlanError(f"cell {cell_index} is not a generated code cell", cell_index=cell_index)
    p = resolve(spec_from_dict(meta["spec"]), meta.get("profile", "smoke"))
    return role_source(p, role, constraints or {}).strip("\n") + "\n"


__all__ = ["plan", "regenerate_cell", "load_spec", "spec_from_dict"]
