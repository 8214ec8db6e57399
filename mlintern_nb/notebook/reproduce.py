"""``reproduce``: paper PDF (or a planned notebook) -> parse -> plan -> execute with repair -> report.

    from mlintern_nb.notebook.reproduce import reproduce, Options
    result = reproduce("examples/papers/tinyrepro.pdf", "out/tinyrepro.ipynb", Options(profile="smoke"))

The executed notebook always gets written — also when a cell still fails — with
``nb.metadata.mlintern.environment`` (notebook/manifest.py) and ``nb.metadata.mlintern.run`` (the run
record), next to ``<out>.report.json`` and ``<out>.report.md``. A run that did not reach the end raises
``ReproductionFailed`` (exit code 42) after writing them.
"""
from __future__ import annotations

import ast
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import nbmeta as md
from ..errors import MLInternError, ReproductionFailed, UsageError
from ..llm import get_engine, record_usage
from ..plan.claims import record_claim
from . import pipeline
from .llm_fill import fill_unplanned
from .manifest import probe_kernel
from .report import build_report, write_report
from .runner import clear_outputs, execute, resolve_kernel

log = logging.getLogger("mlintern_nb.notebook")


@dataclass
class Options:
    profile: str | None = None          # None: MLIntern.profile
    parameters: dict[str, Any] = field(default_factory=dict)
    kernel: str | None = None           # sandbox | local | auto (None: MLIntern.kernel)
    engine: str | None = None           # offline | llm (None: MLIntern.engine)
    max_attempts: int | None = None     # None: MLIntern.max_attempts
    timeout: float | None = None        # per cell; None: MLIntern.cell_timeout
    review: str | None = None
    gateway: str | None = None          # kernel gateway URL: cells run there (None: MLIntern.gateway_url)
    progress: bool = True               # tqdm bar on stderr (disabled when not a terminal)
    warn: Callable[[str], None] | None = None


@dataclass
class Result:
    notebook: Path
    report_json: Path
    report_md: Path
    report: dict

    @property
    def ok(self) -> bool:
        return self.report.get("status") == "ok"


def coerce_value(text: str):
    """papermill's ``-p`` typing: int, float, bool, None, list/dict literals, else the string."""
    low = text.strip().lower()
    if low in {"true", "false"}:
        return low == "true"
    if low in {"none", "null"}:
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def offline_env() -> None:
    """Nothing in a reproduction may reach the Hugging Face Hub (the kernel inherits this)."""
    md.offline_env()


def headless_env() -> None:
    """Headless runs never wait on a widget: ui.is_interactive() reads this (kernels inherit it)."""
    os.environ["MLINTERN_HEADLESS"] = "1"


def start_llm(engine: str):
    """A fresh LLM engine per reproduction (its own ledger and budget), or ``None`` (offline: no
    socket is opened). ``engine`` is ``MLIntern.engine`` as this reproduction sees it."""
    if (engine or "").lower() != "llm":
        return None
    return get_engine(fresh=True)


def apply_parameters(nb, parameters: dict, kernel_name: str):
    """papermill's parameterize_notebook (an ``injected-parameters`` cell after the ``parameters`` one)."""
    if not parameters:
        return nb
    known = md.parameter_names(nb)
    unknown = sorted(set(parameters) - set(known))
    if known and unknown:
        raise UsageError(f"unknown parameter(s) {', '.join(unknown)}; the notebook's parameters are: "
                         f"{', '.join(known)}", unknown=unknown, known=known)
    from papermill.parameterize import parameterize_notebook
    for cell in nb.cells:  # papermill expects every cell to have a tags list
        cell.metadata.setdefault("tags", [])
    nb.metadata.setdefault("papermill", {})
    return parameterize_notebook(nb, parameters, kernel_name=kernel_name, language="python")


def reproduce(source, out, opts: Options | None = None) -> Result:
    from ..config import get_config
    opts = opts or Options()
    cfg = get_config()
    if opts.engine and opts.engine != cfg.engine:
        saved = cfg.engine
        cfg.engine = opts.engine  # what mlintern_nb.llm.get_engine() reads; restored afterwards
        try:
            return reproduce(source, out, opts)
        finally:
            cfg.engine = saved
    profile = opts.profile or cfg.profile
    if profile not in {"smoke", "full"}:
        raise UsageError(f"unknown profile {profile!r}; use smoke or full")
    warn = opts.warn or (lambda msg: print(f"mlintern: warning: {msg}", file=sys.stderr))
    source, out = Path(source), Path(out)
    if out.suffix.lower() != ".ipynb":
        raise UsageError(f"{out}: the output must be a .ipynb file")
    if source.suffix.lower() == ".ipynb" and source.resolve() == out.resolve():
        raise UsageError(f"{out}: refusing to overwrite the input notebook; choose another -o")
    offline_env()
    headless_env()

    llm = start_llm(cfg.engine)  # one ledger and budget per paper (batch included)
    prep = pipeline.prepare(source, profile, cfg.engine)
    spec, nb, paper = prep.spec_json, prep.nb, prep.paper
    remote = None
    if opts.gateway or cfg.gateway_url:  # the sandbox kernel of another machine (sandbox/gateway_run.py)
        from ..sandbox.gateway_run import RemoteRun
        from .runner import KernelChoice
        out.parent.mkdir(parents=True, exist_ok=True)
        remote = RemoteRun(opts.gateway or cfg.gateway_url, out.parent.resolve())
        choice = KernelChoice(remote.kernel_name, "remote", remote.info)
    else:
        choice = resolve_kernel(opts.kernel or cfg.kernel)
    if choice.warning:
        warn(choice.warning)
    if llm is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        pipeline.guard("LLM planning", fill_unplanned, nb, kernel_name=None if remote else choice.name,  # trial runs: local
                       cwd=str(out.parent.resolve()), timeout=opts.timeout or cfg.cell_timeout, warn=warn)
    clear_outputs(nb)
    params = dict(opts.parameters)
    if source.suffix.lower() == ".ipynb" and opts.profile and "profile" in md.parameter_names(nb):
        params.setdefault("profile", opts.profile)  # a planned notebook switches profile through its parameter
    if remote is not None:
        params = remote.rewrite_parameters(params)  # a local data_dir travels into the remote workspace
    nb = apply_parameters(nb, params, choice.name)
    pipeline.stamp_kernel(nb, choice.name)
    if params.get("profile"):
        md.set_profile(nb, params["profile"])  # -p profile switches a planned notebook
    pipeline.stamp_run(nb, {"name": choice.name, **choice.info}, params)
    md.write_notebook(nb, out)  # the planned notebook is on disk before anything runs

    bar = _progress_bar(nb, out.stem, enabled=opts.progress)
    try:
        record = execute(nb, choice.name, str(out.parent.resolve()),
                         max_attempts=opts.max_attempts or cfg.max_attempts,
                         timeout=opts.timeout or cfg.cell_timeout, review=opts.review or cfg.review,
                         on_cell=bar.on_cell if bar else None, **(remote.execute_kwargs() if remote else {}))
    finally:
        if bar:
            bar.close()
        if remote is not None:
            remote.close()  # the kernel's environment, the outputs back, the kernel shut down
    record["parameters"] = params
    if remote is not None:
        record["workspace"] = remote.transfer
    md.nb_meta(nb)["environment"]["kernel_env"] = (remote.kernel_env if remote is not None else
                                                   probe_kernel(choice.name, str(out.parent.resolve())))
    record["profile"] = md.nb_meta(nb).get("profile", profile)
    md.nb_meta(nb)["run"] = record
    record_claim(nb)  # the claim cell's verdict (arms, metric, spread) -> nb.metadata.mlintern.claim
    if llm is not None:
        record_usage(nb)  # nb.metadata.mlintern.llm: calls, tokens, cost per call and per cell
    md.write_notebook(nb, out)
    report = build_report(nb, record, spec=spec, paper=paper, output_path=out)
    rj, rm = write_report(report, out)
    result = Result(out, rj, rm, report)
    if record.get("interrupted"):
        print(f"mlintern: interrupted; what ran is in {out} (report {rm})", file=sys.stderr)
        raise KeyboardInterrupt
    if not result.ok:
        lost = remote.error_for(out, (record.get("error") or {}).get("cell_index")) if remote else None
        raise lost or failure_of(result)
    return result


def failure_of(result: Result) -> ReproductionFailed:
    rec = result.report.get("run", {})
    bad = rec.get("failed_cells") or []
    cells = {c["index"]: c for c in result.report.get("cells", [])}
    if bad:
        c = cells.get(bad[0], {})
        what = (f"cell {bad[0]} ({c.get('role') or 'code'}) still fails after {c.get('attempts', 0)} attempt(s): "
                f"{c.get('error') or 'needs review'}")
    elif rec.get("error"):
        what = rec["error"]["message"]
    else:
        what = f"only {rec.get('cells_run')} of {rec.get('cells_total')} cells ran"
    return ReproductionFailed(f"reproduction did not finish — {what}; notebook {result.notebook}, "
                              f"report {result.report_md}", notebook=str(result.notebook),
                              report=str(result.report_json), failed_cells=bad)


class _Bar:
    def __init__(self, nb, desc: str):
        from tqdm.auto import tqdm
        total = sum(1 for c in nb.cells if c.get("cell_type") == "code")
        self.bar = tqdm(total=total, desc=desc, unit="cell", file=sys.stderr, disable=None, leave=True)
        self.done: set[int] = set()

    def on_cell(self, index: int, cell, phase: str) -> None:
        role = md.role_of(cell) or f"cell {index}"
        self.bar.set_postfix_str(f"{role} {phase}", refresh=True)
        if phase == "done" and index not in self.done:
            self.done.add(index)
            self.bar.update(1)

    def close(self):
        self.bar.close()


def _progress_bar(nb, desc: str, enabled: bool) -> _Bar | None:
    if not enabled:
        return None
    try:
        return _Bar(nb, desc)
    except Exception:  # no tqdm / odd terminal: run without a bar
        return None


__all__ = ["Options", "Result", "reproduce", "coerce_value", "apply_parameters", "MLInternError"]
