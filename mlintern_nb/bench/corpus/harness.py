"""Run corpus cases: verify them (broken fails, fixed passes its check) and repair them.

Each case is its own notebook: a prelude + the module's ``COMMON``, the setup cells, the
broken cell, the check cell — one faulty cell, later cells that assert it really trains and
keeps the paper setting. ``verify`` runs the sources with ``exec`` in a fresh namespace
(fast, one process per module); ``repair_case`` runs the notebook through the repair loop.
"""
from __future__ import annotations

import contextlib
import io
import os
import signal
import tempfile
import time

import nbformat

from ...nbmeta import error_line
from ..caseresult import CaseResult

PRELUDE = ("import os, math, warnings\nos.environ['HF_HUB_OFFLINE'] = '1'\nos.environ['HF_DATASETS_OFFLINE'] = '1'\n"
           "os.environ['TOKENIZERS_PARALLELISM'] = 'false'\nwarnings.filterwarnings('ignore', category=FutureWarning)\n"
           "try:  # this machine's torchvision wheel cannot load its ops next to the CPU torch (see vision_compat)\n"
           "    from mlintern_nb.vision_compat import ensure_torchvision; ensure_torchvision()\n"
           "except ImportError:\n    pass\n")
WATCHED_EXTRA = ("num_labels", "num_classes", "dataset", "momentum", "r", "lora_alpha", "max_length", "seq_len",
                 "weight_decay", "hidden_size", "max_position_embeddings")


def build(common: str, case: dict, fixed: bool = False):
    """The case's notebook (``fixed``: with the correct fix applied); returns (nb, index of the broken cell)."""
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(PRELUDE + common))
    setup = case.get("fixed_setup", case["setup"]) if fixed else case["setup"]
    for s in setup:
        nb.cells.append(nbformat.v4.new_code_cell(s))
    broken = nbformat.v4.new_code_cell(case["fixed"] if fixed else case["broken"])
    if case.get("timeout"):
        broken.metadata["mlintern"] = {"timeout": case["timeout"]}
    index = len(nb.cells)
    nb.cells.append(broken)
    nb.cells.append(nbformat.v4.new_code_cell(case["check"]))
    return nb, index


class _Alarm(Exception):
    pass


def _exec_cells(sources: list[str], timeouts: list[float | None]) -> tuple[int | None, str, str]:
    """Exec the sources in one fresh namespace; (index of the first failing source or None, error, output)."""
    from ...repair.diagnose import training_ok
    ns: dict = {"__name__": "__main__"}
    for i, (src, limit) in enumerate(zip(sources, timeouts)):
        out, err = io.StringIO(), io.StringIO()
        def _raise(*_):
            raise _Alarm(f"timed out after {limit} s")
        old = signal.signal(signal.SIGALRM, _raise)
        if limit:
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                exec(compile(src, f"<cell {i}>", "exec"), ns)
        except BaseException as exc:  # noqa: BLE001 - a case's error is the result
            return i, f"{type(exc).__name__}: {exc}"[:300], out.getvalue()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        bad = training_ok([{"output_type": "stream", "name": "stdout", "text": out.getvalue()},
                           {"output_type": "stream", "name": "stderr", "text": err.getvalue()}])
        if bad is not None:
            return i, f"[silent] {bad.summary}", out.getvalue()
    return None, "", ""


def _reset_process_state() -> None:
    """Process-wide settings a case may change (exec shares the process): back to defaults."""
    import sys
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_default_device(None)
        torch.set_default_dtype(torch.float32)


def verify(common: str, case: dict) -> dict:
    """The broken cell must fail (or print a failing training log); the fixed notebook must pass its check."""
    row = {"module": case["module"], "case": case["name"], "split": case["split"]}
    for mode in ("broken", "fixed"):
        nb, index = build(common, case, fixed=mode == "fixed")
        srcs = [c.source for c in nb.cells]
        limits = [None] * len(srcs)
        limits[index] = case.get("timeout") or 60
        with tempfile.TemporaryDirectory(prefix="mlintern-corpus-") as wd:
            here = os.getcwd()
            os.chdir(wd)
            t = time.monotonic()
            try:
                failed, err, _ = _exec_cells(srcs, limits)
            finally:
                os.chdir(here)
                _reset_process_state()
        row[f"{mode}_s"] = round(time.monotonic() - t, 2)
        if mode == "broken":
            row["broken_fails"] = failed == index
            row["broken_error"] = err if failed is not None else "did not fail"
            if failed is not None and failed != index:
                row["broken_error"] = f"cell {failed} (not the broken one) failed: {err}"
        else:
            row["fixed_passes"] = failed is None
            row["fixed_error"] = err
    row["ok"] = row["broken_fails"] and row["fixed_passes"]
    return row


def watched_names() -> set[str]:
    from ...repair.fixers.environment import STEPS
    from ...repair.fixers.memory import ACCUM, BATCH, SEQ
    from ...repair.fixers.training import LR
    return set(BATCH + ACCUM + SEQ + LR + STEPS + WATCHED_EXTRA)


@contextlib.contextmanager
def shared_kernel(kernel_name: str = "python3"):
    """One kernel for several cases (imports stay warm); :func:`reset_kernel` empties it between cases."""
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=kernel_name)
    try:
        yield km
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def reset_kernel(km, cwd: str) -> None:
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        kc.execute_interactive(f"%reset -f\nimport os, gc\nos.chdir({cwd!r})\ngc.collect()", timeout=60,
                               output_hook=lambda m: None)
    finally:
        kc.stop_channels()


def repair_case(common: str, case: dict, kernel_name: str = "python3", max_attempts: int = 5,
                timeout: float = 60, km=None) -> CaseResult:
    """Run the case's notebook through the repair loop; was the broken cell repaired and its check passed?

    ``km``: a running kernel to reuse (it is reset first); None: a fresh kernel for this case."""
    from ...repair import run_with_repair, unrecorded_changes
    nb, i = build(common, case)
    r = CaseResult(case["module"], case["name"], case["kind"], split=case["split"])
    t = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mlintern-corpus-") as wd:
        try:
            if km is not None:
                reset_kernel(km, wd)
            report = run_with_repair(nb, kernel_name, cwd=wd, max_attempts=max_attempts, timeout=timeout,
                                     **({"km": km} if km is not None else {}))
        except Exception as exc:  # noqa: BLE001 - e.g. a kernel that cannot be restarted
            r.error = f"{type(exc).__name__}: {exc}"[:300]
            return r
    r.duration_s = round(time.monotonic() - t, 2)
    meta = nb.cells[i].metadata.get("mlintern", {})
    atts = meta.get("attempts", [])
    r.kinds = [a["diagnosis"]["kind"] for a in atts]
    r.attempts = len(atts)
    r.changes = [ch for a in atts for ch in a.get("changes", [])]
    r.facts = [f for a in atts for f in a.get("facts", [])]
    r.candidates = sum(len(a.get("candidates", [])) for a in atts)
    r.tried = [f"{c.get('step', '?')}: " + ("accepted" if c.get("ok") else (c.get("error") or "its dependents failed")[:100])
               for a in atts for c in a.get("candidates", [])]
    r.probe_s = round(sum(a.get("probe_s", 0.0) for a in atts), 3)
    r.validate_s = round(sum(a.get("validate_s", 0.0) for a in atts), 3)
    fixed = bool(atts) and atts[-1]["outcome"] == "fixed"
    r.repaired = fixed and report.ok
    r.checked = report.ok
    if not atts:
        r.error = "the broken cell did not fail" if report.stopped_at is None else f"stopped at {report.stopped_at}"
    elif not fixed:
        r.error = "not repaired: " + "; ".join(a["outcome"] + " " + a["diagnosis"].get("summary", "")
                                               for a in atts)[-300:]
    elif not report.ok:
        r.error = f"check failed (stopped at cell {report.stopped_at}): " + error_line(nb.cells[report.stopped_at or 0])
    renamed = {k: v for a in atts for k, v in (a.get("renamed") or {}).items()}
    for j, c in enumerate(nb.cells):   # every edited cell: its paper values changed only with a record
        orig = (c.metadata.get("mlintern") or {}).get("original_source")
        if orig is not None and orig != c.source:
            recs = [ch for a in (c.metadata["mlintern"].get("attempts") or []) for ch in a.get("changes", [])]
            r.unrecorded += unrecorded_changes(orig, c.source, recs + r.changes, watched_names(), renamed)
    return r



def verify_isolated(module: str, name: str) -> dict:
    """:func:`verify` in a fresh interpreter (cases that change process limits, e.g. the memory budget)."""
    import json
    import subprocess
    import sys
    code = ("import json, sys\nfrom mlintern_nb.bench.corpus import cases\nfrom mlintern_nb.bench.corpus.harness import verify\n"
            f"common, cs = cases({module!r})\nc = next(c for c in cs if c['name'] == {name!r})\n"
            "print('@@' + json.dumps(verify(common, c)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
    line = next((l for l in out.stdout.splitlines() if l.startswith("@@")), None)
    if line is None:
        return {"module": module, "case": name, "ok": False, "broken_fails": False, "fixed_passes": False,
                "broken_error": out.stderr[-300:], "fixed_error": "", "broken_s": 0, "fixed_s": 0}
    return json.loads(line[2:])
