"""Planning beyond the recipes: fill the cells the offline planner could not write, with the LLM engine.

The offline planner marks a paper it has no recipe for with ``nb.metadata.mlintern.recipe = None``
and a markdown cell of role ``unplanned`` ("What could not be planned"). When an LLM engine is
configured, :func:`fill_unplanned` asks :func:`mlintern_nb.llm.plan_cell` for the ``data``, ``model``,
``train`` and ``eval`` cells in turn. ``plan_cell`` accepts a cell only after it parsed, passed the
safety screen and ran in a fresh kernel after every cell before it, so each accepted cell becomes
upstream of the next. The accepted cells go in right after the ``unplanned`` cell, each under a
heading saying the LLM wrote it, with ``{"mlintern": {"role": ..., "source": "llm"}}`` in its
metadata. The first role the model cannot write stops the filling (the later ones depend on it);
what was written stays, and the reason is recorded in ``nb.metadata.mlintern.llm_plan``.
"""
from __future__ import annotations

import logging
from typing import Callable

import nbformat.v4 as nbf

from ..errors import LLMError
from .. import nbmeta as md

log = logging.getLogger("mlintern_nb.notebook")

ROLES: tuple[tuple[str, str, list[str]], ...] = (
    ("data", "Load the data (from an installed package) and define `train_data` and `eval_data`.", []),
    ("model", "Build the paper's model (random init, sized by the parameters) and define `model`.", ["model"]),
    ("train", "Train `model` on `train_data` for `max_steps` steps (or `epochs`) with the parameters' optimizer "
              "settings; print the loss as it goes and keep the per-step losses in `history`.", []),
    ("eval", "Evaluate `model` on `eval_data` and print one dict of metric values, e.g. {'accuracy': 0.91}.", []),
)
HEADINGS = {"data": "Data", "model": "Model", "train": "Train", "eval": "Evaluate"}


def needs_fill(nb) -> bool:
    """True when the offline planner left the data/model/train/eval cells unwritten and no LLM filled them."""
    meta = md.nb_meta(nb)
    if "recipe" not in meta or meta.get("recipe") is not None:
        return False
    if not any(md.role_of(c) == "unplanned" for c in nb.cells):
        return False
    return not any(((c.get("metadata") or {}).get("mlintern") or {}).get("source") == "llm" for c in nb.cells)


def _spec_of(nb, spec):
    if spec is not None:
        return spec
    from ..paper.spec import PaperSpec
    data = md.nb_meta(nb).get("spec") or {}
    try:
        return PaperSpec.model_validate(data)
    except Exception:  # noqa: BLE001 — a hand-edited spec: the summary is still useful as a dict
        return data


def _parameters(nb) -> dict:
    return {k: v.get("value") for k, v in (md.nb_meta(nb).get("defaults") or {}).items() if isinstance(v, dict)}


def llm_cells(role: str, code: str, family: str) -> list:
    head = nbf.new_markdown_cell(
        f"## {HEADINGS.get(role, role.title())} — written by the LLM engine\n\n"
        f"The offline planner has no recipe for `{family}`; this cell was written by the configured LLM and "
        f"accepted only after it ran in a fresh kernel after the cells above. **Review it** before trusting "
        f"its numbers.")
    head.metadata["mlintern"] = {"role": "heading", "source": "llm"}
    body = f"# Written by the LLM engine (no offline recipe for {family!r}); trial-run before insertion.\n" + \
        code.strip("\n")
    cell = nbf.new_code_cell(body)
    cell.metadata["mlintern"] = {"role": role, "source": "llm"}
    cell.metadata["tags"] = ["mlintern-llm"]
    return [head, cell]


def fill_unplanned(nb, spec=None, *, kernel_name: str | None = None, cwd: str | None = None,
                   timeout: float = 120.0, warn: Callable[[str], None] | None = None) -> dict | None:
    """Insert LLM-written cells for the roles the planner could not write. Returns what happened
    (also stored in ``nb.metadata.mlintern.llm_plan``), or ``None`` when there is nothing to do
    (a recipe planned the notebook, or no LLM engine is configured: nothing touches the network)."""
    if not needs_fill(nb):
        return None
    from ..llm import get_engine, plan_cell
    engine = get_engine()
    if engine is None:
        return None
    spec = _spec_of(nb, spec)
    family = getattr(spec, "task_family", None) or (spec.get("task_family") if isinstance(spec, dict) else None) \
        or "other"
    at = next(i for i, c in enumerate(nb.cells) if md.role_of(c) == "unplanned")
    upstream = [md.source_of(c) for c in nb.cells[:at] if c.get("cell_type") == "code"]
    params = _parameters(nb)
    written: list[str] = []
    result: dict = {"family": family, "written": written, "rejected": None}
    insert_at = at + 1
    for role, note, expect in ROLES:
        try:
            code = plan_cell(spec, role, {"upstream": upstream, "parameters": params, "expect": expect,
                                          "instructions": note},
                             engine=engine, kernel_name=kernel_name, cwd=cwd, timeout=timeout, cell=role)
        except LLMError as exc:  # rejected code, budget spent, endpoint down: keep what was written
            result["rejected"] = {"role": role, "reason": str(exc)}
            if warn:
                warn(f"the LLM could not plan the {role} cell: {exc}")
            break
        for cell in llm_cells(role, code, family):
            nb.cells.insert(insert_at, cell)
            insert_at += 1
        upstream.append(code)
        written.append(role)
    md.nb_meta(nb)["llm_plan"] = result
    log.info("LLM planned %s for %s", written or "nothing", family)
    return result


__all__ = ["fill_unplanned", "needs_fill", "llm_cells"]
