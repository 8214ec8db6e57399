"""The kernel side of the JupyterLab extension: the MIME bundles it acts on.

- ``application/vnd.mlintern.cells+json`` = ``{"cells", "spec", "notebook_path"}`` — emitted by
  ``%mlintern load`` (see :func:`cells_bundle`); the extension inserts the cells below.
- ``application/vnd.mlintern.proposal+json`` = ``{"proposal": {new_source, diff, diagnosis, fixer,
  changes}, "cell_index"?, "cell_id"?}`` — a proposed fix; the extension stores it in the cell's
  ``metadata.mlintern.proposal`` and shows it in its panel with Accept / Reject.

Each bundle carries a ``text/plain`` fallback, so terminals, VS Code and papermill outputs stay readable.
"""
from __future__ import annotations

import json
import uuid
from typing import Any

from .proposal import ReviewItem

MIME_CELLS = "application/vnd.mlintern.cells+json"
MIME_PROPOSAL = "application/vnd.mlintern.proposal+json"


def cells_bundle(cells: list[dict], spec: Any = None, notebook_path: str | None = None) -> dict:
    """The MIME bundle that makes the lab extension insert ``cells`` below the current cell."""
    if hasattr(spec, "model_dump"):
        spec = json.loads(spec.to_json()) if hasattr(spec, "to_json") else spec.model_dump()
    payload = {"cells": [dict(c) for c in cells], "spec": spec or {}, "notebook_path": notebook_path,
               "nonce": uuid.uuid4().hex}
    title = (spec or {}).get("title") or "the paper"
    text = f"mlintern: {len(cells)} planned cells for {title} (JupyterLab inserts them below; elsewhere use " \
           f"`mlintern plan` to write the notebook)"
    return {MIME_CELLS: payload, "text/plain": text}


def proposal_bundle(proposal: Any, cell_index: int | None = None, cell_id: str | None = None) -> dict:
    item = ReviewItem.from_any(proposal)
    payload: dict = {"proposal": {"new_source": item.new_source, "diff": item.diff, "diagnosis": item.diagnosis,
                                  "fixer": item.fixer, "changes": item.changes}}
    if cell_index is not None:
        payload["cell_index"] = cell_index
    if cell_id is not None:
        payload["cell_id"] = cell_id
    return {MIME_PROPOSAL: _jsonable(payload), "text/plain": item.text()}


def _jsonable(obj):
    return json.loads(json.dumps(obj, default=str))


def display_bundle(bundle: dict) -> None:
    from IPython.display import display
    display(bundle, raw=True)
