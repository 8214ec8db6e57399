"""The one pipeline entry: paper (or planned notebook) -> spec -> planned notebook, stamped.

Every front end goes through here — ``mlintern reproduce``, ``%mlintern load``, the papermill engine
(:func:`stamp_run`) and ``mlintern bench`` — so the notebook contract (``nb.metadata.mlintern``:
``paper``, ``spec``, ``profile``, ``environment``, kernelspec) is written in one place:

* :func:`prepare` — parse the PDF (or read a planned ``.ipynb``), optionally refine the spec with
  the LLM engine, plan the notebook, stamp ``paper``/``spec``/``profile``.
* :func:`stamp_kernel` — the notebook's kernelspec for the kernel it will run in.
* :func:`stamp_run` — the environment manifest before cells run.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .. import nbmeta
from ..errors import LLMNotConfigured, MLInternError, StageFailed
from ..llm import get_engine, refine_spec
from ..paper import parse, read
from ..paper.spec import PaperSpec
from ..plan import plan
from .manifest import environment_manifest

log = logging.getLogger("mlintern_nb.notebook")


@dataclass
class Prepared:
    """What :func:`prepare` returns: the spec (``None`` for a planned notebook without one), the planned
    notebook, ``paper`` info (title, path, sha256) and, with the LLM engine, its refinement stats."""

    spec: PaperSpec | dict | None
    nb: object
    paper: dict
    llm_stats: dict = field(default_factory=dict)

    @property
    def spec_json(self) -> dict | None:
        return nbmeta.nb_meta(self.nb).get("spec")


def guard(stage: str, fn, *a, **kw):
    """Run another area's step; an unexpected exception becomes one line (:class:`StageFailed`)."""
    try:
        return fn(*a, **kw)
    except MLInternError:
        raise
    except Exception as exc:
        log.debug("%s failed", stage, exc_info=True)
        raise StageFailed(stage, exc) from exc


_REFINE_KEYS = ("engine", "fallback", "returned", "kept", "dropped_ungrounded", "dropped_invalid", "ungrounded",
                "filled", "agreed", "conflicts", "json_schema", "cost_usd")


def refine_with_llm(spec: PaperSpec, read_doc) -> tuple[PaperSpec, dict]:
    """``--engine llm``: refine the offline spec with the configured endpoint; no endpoint is an error
    (asking for the LLM and silently getting the offline engine would mislead)."""
    if get_engine() is None:
        raise LLMNotConfigured("--engine llm was asked for but no LLM endpoint is configured")
    spec, stats = guard("the LLM refinement", refine_spec, read_doc(), spec)
    return spec, {k: stats.get(k) for k in _REFINE_KEYS if k in stats}


def prepare(source, profile: str, engine: str = "offline", pages=None) -> Prepared:
    """Paper PDF or planned notebook -> :class:`Prepared`. ``profile`` is written to the notebook here
    (the only writer of ``nb.metadata.mlintern.profile`` besides a run's ``-p profile``)."""
    source = Path(source)
    if source.suffix.lower() == ".ipynb":
        nb = nbmeta.read_notebook(source)
        meta = nbmeta.nb_meta(nb)
        if "profile" not in meta:
            nbmeta.set_profile(nb, profile)
        return Prepared(meta.get("spec"), nb, dict(meta.get("paper") or {}))
    spec = guard("parsing the paper", parse, source, pages=pages)
    stats: dict = {}
    if (engine or "").lower() == "llm":
        spec, stats = refine_with_llm(spec, lambda: read(source, pages=pages))
    nb = plan_spec(spec, profile, source)
    if stats:
        nbmeta.nb_meta(nb)["llm_extraction"] = stats
    return Prepared(spec, nb, dict(nbmeta.nb_meta(nb)["paper"]), stats)


def plan_spec(spec: PaperSpec, profile: str, paper_path=None):
    """An already-read spec -> the planned notebook with ``spec``, ``paper`` and ``profile`` stamped
    (what :func:`prepare` does after parsing; the bench times the two apart)."""
    nb = guard("planning the notebook", plan, spec, profile=profile,
               paper_path=str(paper_path) if paper_path else None)
    meta = nbmeta.nb_meta(nb)
    meta.setdefault("spec", spec.model_dump(mode="json", exclude_none=True))
    paper = dict(meta.get("paper") or {})
    paper.setdefault("title", spec.title)
    if paper_path:
        paper.setdefault("path", str(paper_path))
        paper.setdefault("sha256", spec.source.sha256 or nbmeta.sha256_file(paper_path))
    meta["paper"] = paper
    nbmeta.set_profile(nb, profile)
    return nb


def stamp_kernel(nb, kernel_name: str) -> None:
    """The notebook's kernelspec: JupyterLab, VS Code and papermill open it with this kernel."""
    display = "Python 3 (ipykernel)" if kernel_name == "python3" else "Python (mlintern sandbox)"
    nb.metadata["kernelspec"] = {"name": kernel_name, "display_name": display, "language": "python"}


def stamp_run(nb, kernel: dict, parameters: dict | None = None) -> dict:
    """Write the environment manifest (versions, seed, kernel and image, paper sha256) before cells run."""
    meta = nbmeta.nb_meta(nb)
    paper = meta.get("paper") or {}
    path = paper.get("path")
    manifest = environment_manifest(kernel=kernel, paper_path=path if path and Path(path).is_file() else None,
                                    paper_sha256=paper.get("sha256"), nb=nb, parameters=parameters or {})
    meta["environment"] = manifest
    return manifest
