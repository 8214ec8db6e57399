"""Run a notebook cell by cell in one kernel; repair failing cells (≤ max_attempts), then go on.

Built on nbclient's ``NotebookClient``: ``setup_kernel()`` + ``execute_cell(cell, index)``.
A failing cell is diagnosed, rewritten, re-run; when the kernel died it is restarted and
the upstream cells are re-run first. After the last attempt the cell is marked
``metadata.mlintern.needs_review`` and the run stops (downstream cells are not run).
"""
from __future__ import annotations

import ast
import contextlib
import time
from typing import Any, Callable

from jupyter_core.utils import ensure_async, run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from ..config import get_config
from ..sandbox import death_of
from .diagnose import diagnose, losses_in, stream_text, training_ok
from .fixers import RepairContext
from .proposal import Proposal, repair_cell
from ..nbmeta import Attempt, cell_meta, human_edited, paper_values, sha256, source_of
from .records import CellReport, RepairReport, literal_params
from .validate import CHECKPOINT_MAX_BYTES, HELPER as CKPT_HELPER

# steps that legitimately meet the same error again (one more halving, one more /10)
PROGRESSIVE = {"halve_batch", "shorter_sequences", "lower_lr", "fewer_steps", "num_labels"}
TIMEOUT_ENAME = "CellTimeoutError"


class _Failure:
    def __init__(self, error=None, death=None, timeout=None, log_diagnosis=None):
        self.error, self.death, self.timeout, self.log_diagnosis = error, death, timeout, log_diagnosis


def _death_of(km):
    try:
        found = death_of(km)
        if found is not None:
            return found
    except Exception:  # docker-py surprises: fall back to the process status
        pass
    proc = getattr(getattr(km, "provisioner", None), "process", None)
    code = proc.poll() if proc is not None and hasattr(proc, "poll") else None
    return code if code is not None else -1


class RepairRun:
    def __init__(self, nb, kernel_name: str = "python3", cwd: str | None = None, max_attempts: int | None = None,
                 review: str | None = None, progress: Callable[[dict], Any] | None = None,
                 timeout: float | None = None, repair_untracked: bool = True, check_training: bool = True,
                 startup_timeout: float = 60, km=None, validate: bool = True):
        cfg = get_config()
        self.validate = validate          # candidates validated by execution from a checkpoint (else: one guess)
        self._clean = False
        self._done: set[int] = set()
        self._tried_sources: set[str] = set()
        self.nb = nb
        self.cwd = cwd or "."
        self.max_attempts = max_attempts if max_attempts is not None else cfg.max_attempts
        self.review = (review or cfg.review).lower()
        self.progress = progress
        self.timeout = timeout if timeout is not None else cfg.cell_timeout
        self.repair_untracked = repair_untracked
        self.check_training = check_training
        # km: a kernel the caller keeps running (a notebook's sandbox session); None: one for this run
        self.client = NotebookClient(nb, km=km, kernel_name=kernel_name, timeout=int(max(1, self.timeout)),
                                     resources={"metadata": {"path": self.cwd}}, interrupt_on_timeout=True,
                                     startup_timeout=int(startup_timeout),
                                     error_on_timeout={"ename": TIMEOUT_ENAME, "evalue": f"{self.timeout:g}",
                                                       "traceback": []}, record_timing=True)
        self.client.timeout_func = self._timeout_of
        self.report = RepairReport(nb=nb)
        self._device: str | None = None

    # ------------------------------------------------------------------ helpers
    def _timeout_of(self, cell) -> int:
        """A cell's own limit (``metadata.mlintern.timeout``) else the run's."""
        own = ((cell.get("metadata") or {}).get("mlintern") or {}).get("timeout")
        return int(max(1, own or self.timeout))

    def _data_dir(self) -> str:
        """The notebook's own ``data_dir`` parameter (a local copy of the paper's data), if it sets one;
        papermill's injected cell comes after the defaults, so the last value wins."""
        found = ""
        for cell in self.nb.cells:
            tags = cell.get("metadata", {}).get("tags") or []
            if "parameters" in tags or "injected-parameters" in tags:
                vals = literal_params(source_of(cell), {"data_dir"}).get("data_dir")
                if vals and isinstance(vals[-1], str):
                    found = vals[-1]
        return found

    def _emit(self, **event):
        if self.progress is not None:
            try:
                self.progress(event)
            except Exception:
                pass

    def probe(self, expr: str):
        """Evaluate ``expr`` in the kernel (user_expressions) and return its value when it is a literal."""
        kc = self.client.kc
        msg_id = kc.execute("", silent=True, store_history=False, user_expressions={"v": expr})
        reply = run_sync(self.client.async_wait_for_reply)(msg_id)
        res = ((reply or {}).get("content") or {}).get("user_expressions", {}).get("v", {})
        if res.get("status") != "ok":
            return None
        try:
            return ast.literal_eval(res["data"]["text/plain"])
        except (ValueError, SyntaxError, KeyError):
            return None

    def device(self) -> str:
        if self._device is None:
            try:
                found = self.probe("'cuda' if __import__('torch').cuda.is_available() else 'cpu'")
            except Exception:
                found = None
            self._device = found or "cpu"
        return self._device

    def _restart(self, upto: int):
        """A fresh kernel, then the code cells before ``upto`` again (their state is gone)."""
        km = self.client.km
        try:
            self.client.kc.stop_channels()
        except Exception:
            pass
        try:
            run_sync(km.restart_kernel)(now=True)
            self.client.kc = None
            run_sync(self._new_client)()
        except Exception as exc:
            from ..errors import KernelDied
            raise KernelDied(None, detail=f"it could not be restarted after dying ({exc})") from None
        for j in range(upto):
            c = self.nb.cells[j]
            if c.cell_type == "code":
                try:
                    self.client.execute_cell(c, j)
                except (CellExecutionError, DeadKernelError, CellTimeoutError):
                    break

    async def _new_client(self):
        kc = self.client.km.client()
        await ensure_async(kc.start_channels())
        await ensure_async(kc.wait_for_ready(timeout=self.client.startup_timeout))
        kc.allow_stdin = False
        self.client.kc = kc

    def _execute(self, i: int) -> _Failure | None:
        return self._run(self.nb.cells[i], i)

    def _run(self, cell, i: int) -> _Failure | None:
        """Execute ``cell`` (the notebook's, or a candidate's copy) as cell ``i``; a failure or None."""
        try:
            self.client.execute_cell(cell, i)
        except DeadKernelError:
            lost = getattr(self.client.km, "lost", None)  # a remote (gateway) kernel that is gone: no restart
            if lost is not None:
                raise lost.at_cell(i) if hasattr(lost, "at_cell") else lost
            death = _death_of(self.client.km)
            self._restart(i)
            self.take_checkpoint()
            return _Failure(death=death)
        except CellTimeoutError as exc:
            return _Failure(error=exc, timeout=self._timeout_of(cell))
        except CellExecutionError as exc:
            if getattr(exc, "ename", "") == TIMEOUT_ENAME:
                return _Failure(error=exc, timeout=self._timeout_of(cell))
            return _Failure(error=exc)
        losses = losses_in(stream_text(cell.get("outputs")))
        for k, v in enumerate(losses[-50:]):
            self._emit(event="loss", step=k, loss=v, cell_index=i)
        if self.check_training:
            bad = training_ok(cell.get("outputs"))
            if bad is not None:
                return _Failure(log_diagnosis=bad)
        return None

    # ------------------------------------------------------------------ checkpoints (validation by execution)
    def _silent(self, code: str) -> None:
        kc = self.client.kc
        msg_id = kc.execute(code, silent=True, store_history=False)
        run_sync(self.client.async_wait_for_reply)(msg_id)

    def take_checkpoint(self) -> bool:
        """Copy the user namespace (and RNG states) in the kernel before a cell runs; False: not copyable."""
        if not self.validate:
            return False
        try:
            self._silent(CKPT_HELPER)
            self._clean = bool(self.probe(f"_mlintern_ckpt('take', {CHECKPOINT_MAX_BYTES})"))
        except Exception:
            self._clean = False
        return self._clean

    def restore_checkpoint(self) -> bool:
        if not self._clean:
            return False
        try:
            return bool(self.probe(f"_mlintern_ckpt('restore', {CHECKPOINT_MAX_BYTES})"))
        except Exception:
            return False

    def failure_text(self, failure: _Failure, cell) -> str:
        if failure.log_diagnosis is not None:
            return failure.log_diagnosis.summary
        if failure.timeout is not None:
            return f"timed out after {failure.timeout} s"
        if failure.death is not None:
            return f"the kernel died ({failure.death})"
        return f"{getattr(failure.error, 'ename', '')}: {getattr(failure.error, 'evalue', '')}"[:300]

    def _diagnose(self, i: int, failure: _Failure, source: str, cell=None):
        if failure.log_diagnosis is not None:
            return failure.log_diagnosis
        cell = cell if cell is not None else self.nb.cells[i]
        return diagnose(failure.error, outputs=cell.get("outputs"), source=source,
                        exec_count=cell.get("execution_count"), death=failure.death, timeout=failure.timeout)

    # ------------------------------------------------------------------ the loop
    def run(self) -> RepairReport:
        t0 = time.monotonic()
        code = [i for i, c in enumerate(self.nb.cells) if c.cell_type == "code"]
        self.report.total = len(code)
        with self.client.setup_kernel(), self._own_channels():
            for n, i in enumerate(code):
                cell = self.nb.cells[i]
                if i in self._done:   # ran already, as a dependent of a validated repair
                    self.report.executed += 1
                    continue
                role = (cell.metadata.get("mlintern") or {}).get("role") or f"cell {i}"
                self._emit(event="stage", name="run", done=n, total=len(code), status=role)
                self.take_checkpoint()
                failure = self._execute(i)
                self.report.executed += 1
                if failure is not None and not self._repair(i, failure):
                    self.report.stopped_at = i
                    for j in code[n + 1:]:  # keep the notebook consistent: nothing downstream ran
                        self.nb.cells[j].outputs = []
                        self.nb.cells[j].execution_count = None
                    break
            self._emit(event="stage", name="run", done=self.report.executed, total=len(code),
                       status="stopped" if self.report.stopped_at is not None else "done")
        self.report.duration_s = time.monotonic() - t0
        self._emit(event="done", summary=self.report.summary.splitlines()[0], ok=self.report.ok)
        return self.report

    @contextlib.contextmanager
    def _own_channels(self):
        """With a caller's kernel, nbclient leaves this run's client channels open: close them."""
        try:
            yield
        finally:
            if not self.client.owns_km and self.client.kc is not None:
                try:
                    self.client.kc.stop_channels()
                except Exception:
                    pass
                self.client.kc = None

    def _repair(self, i: int, failure: _Failure) -> bool:
        cell = self.nb.cells[i]
        meta = cell_meta(cell)
        source = source_of(cell)
        meta.setdefault("original_source", source)
        edited = human_edited(cell)
        protected = edited is True or (edited is None and not self.repair_untracked)
        records = meta.setdefault("attempts", [])
        history: list[dict] = []
        report = CellReport(i, "needs_review")
        self.report.cells.append(report)
        upstream = [source_of(c) for c in self.nb.cells[:i] if c.cell_type == "code"]
        tried = {source}
        prev_sig, prev_step = None, None
        for attempt in range(1, self.max_attempts + 1):
            self._emit(event="attempt", cell_index=i, attempt=attempt)
            t = time.monotonic()
            diag = self._diagnose(i, failure, source)
            ctx = RepairContext(upstream=upstream, attempt=attempt, history=history, probe=self._safe_probe,
                                device=self.device(), cwd=self.cwd, data_dir=self._data_dir(),
                                paper=paper_values(self.nb), original_source=meta["original_source"])
            prop: Proposal = repair_cell(source, diag, ctx, nb=self.nb, index=i)
            if self.validate and not (protected or self.review == "stop"):
                from .attempt import validated_attempt
                rec, ok, source, failure = validated_attempt(self, i, source, diag, ctx, prop, attempt, failure)
                rec["duration_s"] = round(time.monotonic() - t, 3)
                records.append(rec)
                report.attempts.append(rec)
                history.append(rec)
                if ok:
                    report.outcome = "repaired"
                    meta["repair_sha"] = sha256(cell.source)
                    meta.pop("needs_review", None)
                    return True
                if failure is None:   # nothing left to try
                    break
                continue
            rec = Attempt(attempt, diag.as_dict(), prop.fixer, prop.diff, "", 0.0, prop.changes,
                          {"step": prop.step, "note": prop.note, "constraints": prop.constraints,
                           "renamed": prop.renamed}).to_dict()
            sig = diag.signature()
            if not prop:
                rec["outcome"] = "no_fix"
            elif prop.new_source in tried or (sig == prev_sig and prop.step == prev_step
                                              and prop.step not in PROGRESSIVE):
                rec["outcome"] = "doom_loop"   # the same patch, or the same error after the same fix: stop early
            elif protected or self.review == "stop":
                rec["outcome"] = "proposed"    # never rewrite a human's cell (or any cell in stop mode) unasked
                rec["new_source"] = prop.new_source
            if rec["outcome"]:
                rec["duration_s"] = round(time.monotonic() - t, 3)
                records.append(rec)
                report.attempts.append(rec)
                report.outcome = "proposed" if rec["outcome"] == "proposed" else "needs_review"
                break
            tried.add(prop.new_source)
            cell.source = prop.new_source
            meta["repair_sha"] = sha256(prop.new_source)
            failure = self._execute(i)
            rec["outcome"] = "fixed" if failure is None else "failed"
            rec["duration_s"] = round(time.monotonic() - t, 3)
            records.append(rec)
            report.attempts.append(rec)
            history.append(rec)
            if failure is None:
                report.outcome = "repaired"
                meta.pop("needs_review", None)
                return True
            source, prev_sig, prev_step = prop.new_source, sig, prop.step
        meta["needs_review"] = True
        return False

    def _safe_probe(self, expr):
        try:
            return self.probe(expr)
        except Exception:
            return None


def run_with_repair(nb, kernel_name: str = "python3", cwd: str | None = None, max_attempts: int | None = None,
                    review: str | None = None, progress: Callable[[dict], Any] | None = None,
                    timeout: float | None = None, **kw) -> RepairReport:
    """Execute ``nb`` in one kernel, repairing failing cells; see the module docstring."""
    return RepairRun(nb, kernel_name, cwd, max_attempts, review, progress, timeout, **kw).run()
