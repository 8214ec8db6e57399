"""``DockerKernelProvisioner``: a jupyter_client kernel provisioner that runs ipykernel in a locked-down
container and talks to it over ZeroMQ ``ipc`` sockets in a per-kernel directory bind-mounted at the
same path (no TCP port at all). Entry point ``mlintern-docker`` in ``jupyter_client.kernel_provisioners``.
"""
from __future__ import annotations

import asyncio
import os
import shutil
import signal
import time
from typing import Any

from jupyter_client.connect import KernelConnectionInfo
from jupyter_client.provisioning import KernelProvisionerBase
from traitlets import Bool, Float, Int, Unicode

from ..config import get_config
from . import engine
from .container import (
    SandboxSettings,
    check_workspace,
    death_from_state,
    grant_workspace,
    kernel_uid,
    run_options,
)
from .errors import ImageNotFound, KernelDied, SandboxError

#: kernel_id -> why it died; kept after the container is removed so ``death_of(km)`` can answer.
DEATHS: dict[str, KernelDied] = {}
_swept = False


class DockerKernelProvisioner(KernelProvisionerBase):
    """Options (kernelspec ``metadata.kernel_provisioner.config``) override ``MLIntern`` config;
    left empty they are read from it when the kernel starts."""

    image = Unicode("", config=True, help="Image; empty: MLIntern.image")
    memory_limit = Unicode("", config=True, help="e.g. 4g; empty: MLIntern.memory_limit")
    cpu_limit = Float(0.0, config=True, help="CPUs; 0: MLIntern.cpu_limit")
    pids_limit = Int(0, config=True, help="Max processes; 0: MLIntern.pids_limit")
    network = Bool(None, allow_none=True, config=True, help="Open the network; None: MLIntern.network")
    network_mode = Unicode("bridge", config=True, help="Docker network used when the network is opened")
    gpu = Bool(None, allow_none=True, config=True, help="Request GPUs; None: MLIntern.gpu")

    container_id: str | None = None
    container_name: str = ""
    conn_dir: str = ""
    death: KernelDied | None = None
    _running = False
    _requested = False  # we asked it to stop: its exit is not a death
    _cli = None

    # ------------------------------------------------------------------ helpers
    @property
    def docker(self):
        if self._cli is None:
            self._cli = engine.client()
        return self._cli

    def settings(self) -> SandboxSettings:
        cfg = get_config()
        gpu = cfg.gpu if self.gpu is None else self.gpu
        return SandboxSettings(
            image=self.image or cfg.image, memory_limit=self.memory_limit or cfg.memory_limit,
            cpu_limit=self.cpu_limit or cfg.cpu_limit, pids_limit=self.pids_limit or cfg.pids_limit,
            network=cfg.network if self.network is None else self.network, network_mode=self.network_mode,
            gpu=gpu, gpu_available=gpu and self._gpu_available())

    def _gpu_available(self) -> bool:
        try:
            runtimes = self.docker.info().get("Runtimes", {})
        except Exception:  # noqa: BLE001 - no info: no GPU
            return False
        ok = "nvidia" in runtimes or shutil.which("nvidia-container-cli") is not None
        if not ok:
            self.log.warning("mlintern sandbox: GPU requested but the engine has no NVIDIA runtime; running on CPU")
        return ok

    def _state(self) -> dict | None:
        import docker

        if not self.container_id:
            return None
        try:
            return self.docker.api.inspect_container(self.container_id)
        except docker.errors.NotFound:
            return None

    def _record_death(self, attrs: dict | None) -> None:
        if attrs is None or self.death is not None:
            return
        death = death_from_state(attrs, requested=self._requested, logs=lambda: self._log_tail())
        if death is not None:
            self.death = death
            DEATHS[self.kernel_id] = death
            self.log.error("mlintern sandbox: %s", death)

    def _log_tail(self) -> str:
        try:
            out = self.docker.api.logs(self.container_id, tail=3).decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the logs only decorate the message
            return ""
        return " | ".join(line.strip() for line in out.splitlines() if line.strip())[-300:]

    # ------------------------------------------------------------------ lifecycle
    @property
    def has_process(self) -> bool:
        return self._running

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        global _swept
        km = self.parent
        settings = self.settings()
        cli = self.docker
        if not _swept:  # orphans of dead owners (a crashed notebook server, a killed papermill)
            removed = await asyncio.to_thread(engine.sweep, cli)
            _swept = True
            if removed:
                self.log.info("mlintern sandbox: removed %d orphaned kernel container(s)", len(removed))
        import docker

        try:
            cli.images.get(settings.image)
        except docker.errors.ImageNotFound:
            raise ImageNotFound(settings.image) from None
        # per-kernel directory holding the connection file and the ipc sockets
        uid = kernel_uid()
        root = engine.runtime_root()
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        conn_dir = root / self.kernel_id
        conn_dir.mkdir(mode=0o700, exist_ok=True)
        if os.getuid() != uid:
            os.chown(conn_dir, uid, uid)
        self.conn_dir = str(conn_dir)
        extra_arguments = kwargs.pop("extra_arguments", [])
        if km is not None:
            km.transport = "ipc"
            km.ip = str(conn_dir / "kernel")
            km.connection_file = str(conn_dir / "kernel.json")
            if not km.session.key:  # never an empty HMAC key
                km.session.key = os.urandom(32).hex().encode()
            km.write_connection_file()
            if os.getuid() != uid:
                os.chown(km.connection_file, uid, uid)
            self.connection_info = km.get_connection_info()
        cmd = ["python3", "-m", "ipykernel_launcher", "-f", str(conn_dir / "kernel.json"), *extra_arguments]
        kwargs = await super().pre_launch(**kwargs)
        # the host's environment stays on the host (API keys, tokens): only the kernelspec's env goes in
        kwargs["env"] = {k: str(v) for k, v in (self.kernel_spec.env or {}).items()}
        kwargs["cmd"] = cmd
        kwargs["mlintern_settings"] = settings
        return kwargs

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> KernelConnectionInfo:
        import docker

        settings: SandboxSettings = kwargs.get("mlintern_settings") or self.settings()
        workspace = check_workspace(kwargs.get("cwd") or os.getcwd())
        grant_workspace(workspace, kernel_uid())
        opts = run_options(settings, kernel_id=self.kernel_id, conn_dir=self.conn_dir, workspace=workspace,
                           cmd=cmd, labels=engine.owner_labels(self.kernel_id), env=kwargs.get("env"))
        await asyncio.to_thread(self._remove_stale, opts["name"])
        try:
            container = await asyncio.to_thread(self.docker.containers.run, **opts)
        except docker.errors.ImageNotFound:
            raise ImageNotFound(settings.image) from None
        except docker.errors.APIError as exc:
            raise SandboxError(f"the sandbox container did not start: {exc.explanation or exc}",
                               detail=str(exc)) from None
        self.container_id, self.container_name = container.id, container.name
        self._running, self._requested, self.death = True, False, None
        DEATHS.pop(self.kernel_id, None)
        return self.connection_info

    def _remove_stale(self, name: str, timeout: float = 15.0) -> None:
        """A restart reuses the kernel id, hence the name: the previous container must be gone."""
        import docker

        deadline = time.monotonic() + timeout
        while True:
            try:
                self.docker.api.remove_container(name, force=True)
            except docker.errors.NotFound:
                return
            except docker.errors.APIError as exc:  # "removal already in progress"
                self.log.debug("mlintern sandbox: waiting for %s to go: %s", name, exc)
            if time.monotonic() > deadline:
                return
            time.sleep(0.1)

    async def poll(self) -> int | None:
        if not self._running:
            return 0
        attrs = await asyncio.to_thread(self._state)
        if attrs is None:
            return 0
        state = attrs["State"]
        if state.get("Running"):
            return None
        self._record_death(attrs)
        return int(state.get("ExitCode") or 0)

    async def wait(self) -> int | None:
        ret: int | None = 0
        if self._running:
            while (ret := await self.poll()) is None:
                await asyncio.sleep(0.1)
            self._running = False
        return ret

    async def send_signal(self, signum: int) -> None:
        import docker

        if not self._running or not self.container_id:
            return
        if signum == 0:
            return
        if signum in (signal.SIGTERM, signal.SIGKILL):
            self._requested = True
        try:
            # docker-init (tini) is PID 1 and forwards the signal to the kernel process
            await asyncio.to_thread(self.docker.api.kill, self.container_id, int(signum))
        except docker.errors.NotFound:
            self._running = False
        except docker.errors.APIError as exc:
            if "is not running" not in str(exc):
                raise

    async def kill(self, restart: bool = False) -> None:
        await self.send_signal(signal.SIGKILL)

    async def terminate(self, restart: bool = False) -> None:
        await self.send_signal(signal.SIGTERM)

    async def shutdown_requested(self, restart: bool = False) -> None:
        self._requested = True

    async def cleanup(self, restart: bool = False) -> None:
        import docker

        if self.container_id:
            attrs = await asyncio.to_thread(self._state)
            if attrs is not None and not attrs["State"].get("Running"):
                self._record_death(attrs)
            try:
                await asyncio.to_thread(self.docker.api.remove_container, self.container_id, force=True)
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError as exc:
                if "already in progress" not in str(exc):
                    raise
            self.container_id = None
            self._running = False
        if not restart and self.conn_dir:
            shutil.rmtree(self.conn_dir, ignore_errors=True)

    def get_shutdown_wait_time(self, recommended: float = 5.0) -> float:
        return max(recommended, 4.0)

    def get_stable_start_time(self, recommended: float = 10.0) -> float:
        return max(recommended, 20.0)

    def resolve_path(self, path: str) -> str | None:
        return None  # paths inside the sandbox are not the host's

    async def get_provisioner_info(self) -> dict[str, Any]:
        info = await super().get_provisioner_info()
        info.update({"container_id": self.container_id, "conn_dir": self.conn_dir})
        return info

    async def load_provisioner_info(self, provisioner_info: dict) -> None:
        await super().load_provisioner_info(provisioner_info)
        self.container_id = provisioner_info.get("container_id")
        self.conn_dir = provisioner_info.get("conn_dir", "")
        self._running = bool(self.container_id)
