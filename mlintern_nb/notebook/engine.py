"""papermill engine ``mlintern``: papermill's nbclient engine plus the repair loop.

    papermill --engine mlintern planned.ipynb out.ipynb -p profile smoke

Cells run one by one in one kernel (the kernel papermill resolved, e.g. ``mlintern-sandbox``); a
failing cell is diagnosed and rewritten up to ``MLIntern.max_attempts`` times
(``mlintern_nb.repair.run_with_repair``). A cell still failing at the end raises papermill's own
``PapermillExecutionError`` (cell_index, ename, evalue, traceback), after the notebook — with every
attempt recorded in ``cell.metadata.mlintern.attempts`` — has been saved.

This module is imported when papermill starts (entry point ``papermill.engine``): keep it light.
"""
from __future__ import annotations

import os


def __getattr__(name: str):
    """``MLInternEngine`` is built on first access (PEP 562): papermill imports this module while its own
    ``papermill.engines`` is still initialising, and this module may be imported before papermill —
    a top-level ``from papermill.engines import …`` would be circular one way or the other."""
    if name == "MLInternEngine":
        return _build()
    raise AttributeError(name)


def _build():
    cls = globals().get("MLInternEngine")
    if cls is not None:
        return cls
    from papermill.engines import NBClientEngine  # may re-enter this module through the entry point
    cls = globals().get("MLInternEngine")
    if cls is not None:
        return cls

    class MLInternEngine(NBClientEngine):
        """Repairing engine. Extra engine kwargs: ``max_attempts``, ``review`` (auto-accept|stop)."""

        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
            from papermill.exceptions import PapermillExecutionError

            from .. import nbmeta as md
            from ..config import get_config
            from .pipeline import stamp_run
            from .reproduce import headless_env
            from .runner import execute, info_for
            md.offline_env()
            headless_env()
            cfg = get_config()
            max_attempts = int(kwargs.get("max_attempts") or cfg.max_attempts)
            cwd = kwargs.get("cwd") or os.getcwd()
            timeout = execution_timeout or kwargs.get("timeout") or cfg.cell_timeout

            def on_cell(index, cell, phase):
                if phase == "start":
                    nb_man.cell_start(cell, index)
                elif phase == "done":
                    nb_man.cell_complete(cell, index)

            remote = None
            if kwargs.get("gateway") or cfg.gateway_url:  # engine kwarg gateway=URL or MLINTERN_GATEWAY_URL
                from ..sandbox.gateway_run import RemoteRun
                remote = RemoteRun(kwargs.get("gateway") or cfg.gateway_url, cwd)
            stamp_run(nb_man.nb, remote.info if remote else info_for(kernel_name))
            try:
                record = execute(nb_man.nb, kernel_name, cwd, max_attempts=max_attempts, timeout=timeout,
                                 review=kwargs.get("review") or cfg.review, on_cell=on_cell,
                                 startup_timeout=start_timeout, **(remote.execute_kwargs() if remote else {}))
            finally:
                if remote is not None:
                    remote.close()
            if remote is not None:
                record["workspace"] = remote.transfer
                md.nb_meta(nb_man.nb)["environment"]["kernel_env"] = remote.kernel_env
                if remote.lost() is not None:
                    md.nb_meta(nb_man.nb)["run"] = record
                    nb_man.save()
                    raise remote.error_for(nb_man.nb.metadata.get("papermill", {}).get("output_path") or "the output",
                                           (record.get("error") or {}).get("cell_index"))
            md.nb_meta(nb_man.nb)["run"] = record
            if record.get("interrupted"):
                nb_man.save()
                raise KeyboardInterrupt
            bad = md.failing_cells(nb_man.nb)
            if bad:
                i = bad[0]
                cell = nb_man.nb.cells[i]
                cell.metadata.setdefault("papermill", {})["exception"] = True
                err = md.error_output(cell) or {}
                nb_man.save()
                raise PapermillExecutionError(
                    cell_index=i, exec_count=cell.get("execution_count"), source=md.source_of(cell),
                    ename=err.get("ename", "NeedsReview"),
                    evalue=err.get("evalue", "the repair loop gave up; the cell needs review"),
                    traceback=err.get("traceback", []))
            return nb_man.nb

    MLInternEngine.__module__, MLInternEngine.__qualname__ = __name__, "MLInternEngine"
    globals()["MLInternEngine"] = MLInternEngine
    return MLInternEngine
