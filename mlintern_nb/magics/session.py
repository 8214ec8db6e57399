"""One persistent ``mlintern-sandbox`` kernel per notebook session, for the ``%%mlintern sandbox`` cells.

When the notebook's own kernel is not isolated, the planned cells start with ``%%mlintern sandbox``:
each body runs in this one sandbox kernel (so variables carry from cell to cell, as in a notebook),
with the notebook's folder as its working directory (the workspace, mounted read-write), through the
repair loop (``notebook.runner.execute`` with ``km=``). The kernel is started on the first cell and
shut down at interpreter exit (``atexit``); the provisioner's orphan sweep removes a container whose
owner was killed before it could clean up.
"""
from __future__ import annotations

import atexit
import threading
import time
import weakref
from typing import Any

from ..errors import MLInternError, SandboxError


class SandboxSessionError(SandboxError):
    """The notebook's sandbox session kernel did not start (or stopped)."""

    exit_code = 38

    def __init__(self, detail: str, cwd: str | None = None):
        super().__init__(f"the sandbox session kernel: {detail}")
        self.detail, self.cwd = detail, cwd


_live: weakref.WeakSet[SandboxSession] = weakref.WeakSet()


def _shutdown_all() -> None:
    for s in list(_live):
        s.stop()


atexit.register(_shutdown_all)


def _remote_km(cwd: str):
    """With ``MLIntern.gateway_url`` set (``%mlintern kernel use remote URL``) the session's kernel is the
    gateway's sandbox (sandbox/gateway.py); its workspace's outputs come back into ``cwd``."""
    from ..config import get_config
    url = get_config().gateway_url
    if not url:
        return None
    from pathlib import Path

    from ..sandbox.gateway import kernel_manager
    from ..sandbox.gateway_workspace import Workspace
    return kernel_manager(url, workspace=Workspace(Path(cwd)))


class SandboxSession:
    """The sandbox kernel of this notebook session: ``run(nb)`` executes a (one-cell) notebook in it."""

    def __init__(self, cwd: str, kernel_name: str | None = None):
        from ..sandbox import KERNEL_NAME
        self.cwd = str(cwd)
        self.kernel_name = kernel_name or KERNEL_NAME
        self.km: Any = None
        self.started: float | None = None
        self.cells_run = 0
        self.restarts = 0
        self._lock = threading.Lock()
        _live.add(self)

    # ------------------------------------------------------------------ lifecycle
    def alive(self) -> bool:
        if self.km is None:
            return False
        from jupyter_core.utils import run_sync
        try:
            return bool(run_sync(self.km.is_alive)())
        except Exception:
            return False

    def start(self) -> None:
        """Start the sandbox kernel (no-op when it runs); SandboxSessionError when it can't."""
        if self.alive():
            return
        if self.km is not None:  # it died: count it, start a fresh one (the state is gone)
            self.stop()
            self.restarts += 1
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync
        km = _remote_km(self.cwd) or AsyncKernelManager(kernel_name=self.kernel_name)
        try:
            run_sync(km.start_kernel)(cwd=self.cwd)  # the run's NotebookClient waits for it to be ready
        except MLInternError:
            self._cleanup(km)
            raise
        except Exception as exc:  # jupyter_client / docker surprises: one line
            self._cleanup(km)
            raise SandboxSessionError(f"{type(exc).__name__}: {exc}", cwd=self.cwd) from None
        self.km, self.started = km, time.time()

    def stop(self) -> None:
        """Shut the kernel down and remove its container (idempotent; never raises)."""
        km, self.km = self.km, None
        if km is not None:
            self._cleanup(km)

    def _cleanup(self, km) -> None:
        from jupyter_core.utils import run_sync
        if getattr(km, "target", None) is not None:  # a gateway's kernel: outputs back, then shut down there
            from ..sandbox.gateway import shutdown
            try:
                shutdown(km)
            except Exception:
                pass
            return
        try:
            run_sync(km.shutdown_kernel)(now=True)
        except Exception:
            prov = getattr(km, "provisioner", None)  # at interpreter exit asyncio may be gone: docker directly
            cid = getattr(prov, "container_id", None)
            if cid:
                try:
                    prov.docker.api.remove_container(cid, force=True)
                except Exception:
                    pass

    # ------------------------------------------------------------------ running
    def run(self, nb, **kw) -> dict:
        """Execute ``nb`` in this session's kernel (``notebook.runner.execute``); returns its run record."""
        from ..notebook.runner import execute
        with self._lock:
            self.start()
            record = execute(nb, self.kernel_name, self.cwd, km=self.km, **kw)
            self.cells_run += 1
            if getattr(self.km, "target", None) is not None:  # a gateway's kernel: its new outputs come back
                from ..sandbox.gateway import sync_outputs
                record["workspace"] = sync_outputs(self.km)
                if self.km.lost is not None:
                    raise self.km.lost
            return record

    def interrupt(self) -> None:
        from jupyter_core.utils import run_sync
        if self.km is not None:
            try:
                run_sync(self.km.interrupt_kernel)()
            except Exception:
                pass

    # ------------------------------------------------------------------ reporting
    @property
    def container(self) -> str | None:
        if getattr(self.km, "target", None) is not None:
            return f"kernel {self.km.kernel_id} of the gateway at {self.km.target.url}"
        prov = getattr(self.km, "provisioner", None)
        return getattr(prov, "container_name", None) or None

    def info(self) -> dict:
        return {"kernel_name": self.kernel_name, "running": self.alive(), "container": self.container,
                "kernel_id": getattr(self.km, "kernel_id", None), "workspace": self.cwd,
                "cells_run": self.cells_run, "restarts": self.restarts,
                "started": time.strftime("%H:%M:%S", time.localtime(self.started)) if self.started else None}

    def line(self) -> str:
        i = self.info()
        if not i["running"]:
            return f"sandbox session: not running (workspace {self.cwd}; {self.cells_run} cell(s) run)"
        return (f"sandbox session: {i['kernel_name']} in container {i['container']} since {i['started']}, "
                f"workspace {self.cwd}, {self.cells_run} cell(s) run")


__all__ = ["SandboxSession", "SandboxSessionError"]
