"""Choose a kernel and execute a planned notebook with the repair loop.

``execute`` is what ``mlintern reproduce``, the papermill engine and ``%%mlintern run`` share: it runs
``mlintern_nb.repair.run_with_repair`` and returns the *run record* stored in
``nb.metadata.mlintern.run``.
"""
from __future__ import annotations

import logging
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable

from .. import nbmeta as md
from ..errors import DockerUnavailable, MLInternError
from ..repair import run_with_repair
from ..sandbox import KERNEL_NAME, kernel_info, kernel_name_for

log = logging.getLogger("mlintern_nb.notebook")

OnCell = Callable[[int, Any, str], None]  # (index, cell, "start" | "done" | "error")


class LocalKernelWarning(UserWarning):
    """The reproduction runs in a plain local ipykernel: no isolation, network open."""


@dataclass
class KernelChoice:
    name: str
    kind: str  # sandbox | local
    info: dict = field(default_factory=dict)
    warning: str | None = None


class _captured_log:
    """Collect the warnings a logger tree emits (instead of printing them) for the duration of a block,
    so the front end shows them once, its own way (stderr line, notebook note)."""

    def __init__(self, name: str):
        self.logger = logging.getLogger(name)
        self.messages: list[str] = []
        outer = self

        class _H(logging.Handler):
            def emit(self, record):
                if record.levelno >= logging.WARNING:
                    outer.messages.append(record.getMessage())

        self.handler = _H()

    def __enter__(self) -> list[str]:
        self.propagate = self.logger.propagate
        self.logger.addHandler(self.handler)
        self.logger.propagate = False
        return self.messages

    def __exit__(self, *exc):
        self.logger.removeHandler(self.handler)
        self.logger.propagate = self.propagate


def resolve_kernel(kind: str) -> KernelChoice:
    """``sandbox`` | ``local`` | ``auto`` -> the kernelspec to run, its metadata, and a warning when
    the run is not isolated. ``sandbox`` raises DockerUnavailable / ImageNotFound when it can't run."""
    kind = (kind or "auto").lower()
    local_info = {"kind": "local", "isolated": False, "network": True, "image": None, "image_digest": None,
                  "limits": {}}
    warn_local = ("running in a local ipykernel: NOT isolated, network open "
                  "(build the sandbox with `mlintern kernel build` and use --kernel sandbox)")
    if kind == "local":
        return KernelChoice("python3", "local", local_info, warn_local)
    with warnings.catch_warnings(record=True) as caught, _captured_log("mlintern_nb.sandbox") as logged:
        warnings.simplefilter("always")
        try:
            name = kernel_name_for(kind)
        except MLInternError as exc:
            if kind == "sandbox":
                raise
            return KernelChoice("python3", "local", local_info, f"{exc}; " + warn_local)
        except Exception as exc:  # docker-py / API surprises: sandbox says so in one line, auto falls back
            if kind == "sandbox":
                raise DockerUnavailable(f"{type(exc).__name__}: {exc}") from exc
            return KernelChoice("python3", "local", local_info, f"sandbox check failed ({exc}); " + warn_local)
    is_local = name == "python3"
    try:
        info = dict(kernel_info("local" if is_local else "sandbox"))
    except MLInternError:
        info = local_info
    notes = [str(w.message) for w in caught] + logged
    warning = "; ".join(n.removeprefix("mlintern: ") for n in notes) or None
    if is_local and not warning:
        warning = warn_local
    return KernelChoice(name, "local" if is_local else "sandbox", info, warning)


def info_for(kernel_name: str) -> dict:
    """Kernel metadata for a kernelspec name papermill (or a user) picked: the sandbox's when it is the
    sandbox kernelspec, else a local, non-isolated kernel."""
    if kernel_name == KERNEL_NAME:
        try:
            return {"name": kernel_name, **dict(kernel_info("sandbox"))}
        except MLInternError as exc:
            return {"name": kernel_name, "kind": "sandbox", "error": str(exc)}
    return {"name": kernel_name, "kind": "local", "isolated": False, "network": True, "image": None,
            "image_digest": None, "limits": {}}


class _Progress:
    """Handed to run_with_repair as ``progress``: turns its events ({event: stage|attempt|loss|done, ...})
    into per-cell ``on_cell(index, cell, phase)`` calls and keeps them for the run record."""

    def __init__(self, on_cell: OnCell | None, nb):
        self.on_cell = on_cell
        self.nb = nb
        self.code = [i for i, c in enumerate(nb.cells) if c.get("cell_type") == "code"]
        self.done: set[int] = set()
        self.events: list[dict] = []

    def _fire(self, idx: int, phase: str) -> None:
        if self.on_cell and 0 <= idx < len(self.nb.cells):
            try:
                self.on_cell(idx, self.nb.cells[idx], phase)
            except Exception:  # a display problem must not stop the run
                log.debug("progress callback failed", exc_info=True)

    def __call__(self, event=None, **kwargs):
        event = dict(event or {}, **kwargs)
        kind = event.get("event")
        if kind != "loss":
            self.events.append(event)
        if kind == "stage" and isinstance(event.get("done"), int):
            n = event["done"]
            stopped = event.get("status") == "stopped"
            for k, i in enumerate(self.code[:n]):
                if i not in self.done and not (stopped and k == n - 1):
                    self.done.add(i)
                    self._fire(i, "done")
            if stopped and 0 < n <= len(self.code):
                self._fire(self.code[n - 1], "error")
            elif n < len(self.code) and event.get("status") not in {"done", "stopped"}:
                self._fire(self.code[n], "start")
        elif kind == "attempt" and isinstance(event.get("cell_index"), int):
            self._fire(event["cell_index"], f"repair attempt {event.get('attempt')}")


def clear_outputs(nb) -> None:
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell.outputs = []
            cell.execution_count = None


def execute(nb, kernel_name: str, cwd: str, *, max_attempts: int = 5, timeout: float | None = None,
            review: str = "auto-accept", on_cell: OnCell | None = None, startup_timeout: float = 60,
            km=None) -> dict:
    """Run ``nb`` in place (outputs and cell metadata updated) and return the run record. ``km``: a
    running kernel to use (and leave running), e.g. the notebook's sandbox session, or a remote one not yet
    started (sandbox/gateway.py: nbclient starts it; the caller shuts it down)."""
    started = time.time()
    t0 = time.monotonic()
    record: dict[str, Any] = {"kernel_name": kernel_name, "max_attempts": max_attempts,
                              "executor": "repair",
                              "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))}
    error: MLInternError | None = None
    try:
        report = run_with_repair(nb, kernel_name, cwd, max_attempts=max_attempts, review=review,
                                 progress=_Progress(on_cell, nb), timeout=timeout,
                                 startup_timeout=startup_timeout, km=km)
        summary = _summarise_report(report)
        if summary:
            record["repair_report"] = summary
    except KeyboardInterrupt:  # Ctrl-C: keep what ran; the caller writes it, then stops
        record["interrupted"] = True
        error = MLInternError("interrupted (Ctrl-C)")
    except MLInternError as exc:  # kernel died / OOM / timeout surfaced by the repair loop
        error = exc
    except Exception as exc:  # kernel start failures from jupyter_client etc.: one line, kept in the record
        error = MLInternError(f"{type(exc).__name__}: {exc}")
    record["duration_s"] = round(time.monotonic() - t0, 3)
    record["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    bad = md.failing_cells(nb)
    record["failed_cells"] = bad
    record["attempts_total"] = sum(len(md.attempts_of(c)) for c in nb.cells)
    record["repaired_cells"] = [i for i, c in enumerate(nb.cells)
                                if i not in bad and any(a.get("outcome") == "fixed" for a in md.attempts_of(c))]
    ran = [c for c in nb.cells if c.get("cell_type") == "code" and c.get("execution_count") is not None]
    record["cells_run"] = len(ran)
    record["cells_total"] = sum(1 for c in nb.cells if c.get("cell_type") == "code")
    if error is not None:
        record["error"] = {"type": type(error).__name__, "message": str(error),
                           "cell_index": getattr(error, "cell_index", None)}
    complete = not bad and error is None and record["cells_run"] == record["cells_total"]
    record["status"] = "interrupted" if record.get("interrupted") else ("ok" if complete else "failed")
    return record


def _summarise_report(report) -> dict | None:
    if report is None:
        return None
    for attr in ("as_dict", "to_dict", "model_dump"):
        fn = getattr(report, attr, None)
        if callable(fn):
            try:
                return _jsonable(fn())
            except Exception:
                pass
    try:
        import dataclasses
        if dataclasses.is_dataclass(report):
            return _jsonable(dataclasses.asdict(report))
    except Exception:
        pass
    return {"repr": repr(report)[:500]}


def _jsonable(obj):
    import json
    return json.loads(json.dumps(obj, default=lambda o: getattr(o, "__dict__", None) or repr(o)))


__all__ = ["KernelChoice", "LocalKernelWarning", "resolve_kernel", "execute", "clear_outputs", "info_for"]
