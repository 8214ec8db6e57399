"""Remote sandbox kernels through a Jupyter kernel gateway (client side).

The execution host runs a gateway (``mlintern gateway serve``: Jupyter Kernel Gateway with the
``mlintern-sandbox`` kernelspec as its only kernel; or Enterprise Gateway). Clients reach it over
HTTP + WebSocket with a token — JupyterLab/Notebook 7 with ``--gateway-url``, VS Code as a remote
Jupyter server, and mlintern itself through :class:`RemoteKernelManager`, jupyter_server's maintained
``GatewayKernelManager`` that nbclient (and so the repair loop and papermill) drives like a local one::

    km = kernel_manager("http://gpu-host:8888", workspace=Workspace(Path("out")))
    NotebookClient(nb, km=km).execute()          # cells run in the sandbox container on gpu-host
    shutdown(km)                                 # outputs come back into out/, the kernel goes

The token comes from ``$JUPYTER_GATEWAY_AUTH_TOKEN`` (``MLIntern.gateway_token_env`` names another
variable) or ``c.GatewayClient.auth_token`` in the Jupyter config — never from the command line.
Failures are one-line typed errors (:mod:`.gateway_errors`). jupyter_server's gateway client is a
process-wide singleton: one gateway per process.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse

from jupyter_client.utils import run_sync
from jupyter_server.gateway.managers import GatewayKernelManager
from traitlets import DottedObjectName, Type

from ..config import get_config
from ..errors import UsageError
from .gateway_errors import (
    GatewayAuthRefused,
    GatewayError,
    GatewayKernelUnavailable,
    GatewayUnreachable,
    RemoteKernelLost,
)

log = logging.getLogger("mlintern_nb.sandbox.gateway")
REMOTE_KERNEL = "mlintern-sandbox"


def _fresh_loop_after_fork() -> None:
    """A forked worker (``reproduce --jobs``) must not reuse the parent's event loop: its epoll set and
    tornado's HTTP client bound to it are shared with the parent, and requests then time out."""
    try:
        import asyncio

        from jupyter_core import utils
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        utils._loop.set(loop)
    except Exception:  # noqa: BLE001 - best effort; the worker then makes its own loop on first use
        pass


os.register_at_fork(after_in_child=_fresh_loop_after_fork)


@dataclass(frozen=True)
class Target:
    url: str
    token: str = field(default="", repr=False)
    token_env: str = "JUPYTER_GATEWAY_AUTH_TOKEN"
    validate_cert: bool = True
    ca_certs: str | None = None

    @property
    def ws_url(self) -> str:
        return "ws" + self.url[len("http"):]


def _token_from_jupyter_config() -> str:
    """``c.GatewayClient.auth_token`` from the jupyter_server / lab / notebook config files, if any."""
    from jupyter_core.paths import jupyter_config_path
    from traitlets.config.loader import JSONFileConfigLoader, PyFileConfigLoader

    token = ""
    for base in ("jupyter_server_config", "jupyter_lab_config", "jupyter_notebook_config"):
        for d in reversed(jupyter_config_path()):  # the user's directory last: it wins
            for ext, loader in ((".json", JSONFileConfigLoader), (".py", PyFileConfigLoader)):
                if not os.path.isfile(os.path.join(d, base + ext)):
                    continue
                try:
                    cfg = loader(base + ext, path=d).load_config()
                except Exception:  # noqa: BLE001 - a broken config file is the server's business
                    continue
                found = cfg.get("GatewayClient", {}).get("auth_token")
                if isinstance(found, str) and found:
                    token = found
    return token


def target(url: str | None = None) -> Target:
    """The gateway to use: ``url``, else ``MLIntern.gateway_url``; the token from the environment/config."""
    cfg = get_config()
    url = (url or cfg.gateway_url or "").strip().rstrip("/")
    if not url:
        raise UsageError("no gateway URL: pass --gateway URL or set MLINTERN_GATEWAY_URL")
    p = urlparse(url)
    if p.scheme not in {"http", "https"} or not p.hostname:
        raise UsageError(f"gateway URL {url!r} must be http://HOST:PORT or https://HOST:PORT")
    if p.username or p.password or "token=" in (p.query or ""):
        raise UsageError(f"put the gateway token in ${cfg.gateway_token_env}, not in the URL "
                         f"(URLs end up in logs and notebook metadata)")
    token = os.environ.get(cfg.gateway_token_env) or _token_from_jupyter_config()
    validate = os.environ.get("JUPYTER_GATEWAY_VALIDATE_CERT", "true").lower() not in {"0", "false", "no"}
    return Target(url=url, token=token, token_env=cfg.gateway_token_env, validate_cert=validate,
                  ca_certs=os.environ.get("JUPYTER_GATEWAY_CA_CERTS") or None)


def configure(t: Target) -> None:
    """Point jupyter_server's (singleton) GatewayClient at ``t``."""
    from jupyter_server.gateway.gateway_client import GatewayClient

    gc = GatewayClient.instance()
    gc.url, gc.ws_url = t.url, t.ws_url
    gc.auth_token, gc.auth_scheme, gc.auth_header_key = t.token, "token", "Authorization"
    gc.validate_cert = t.validate_cert
    gc.ca_certs = t.ca_certs
    gc.connect_timeout = min(gc.connect_timeout, 20.0)
    gc.request_timeout = max(gc.request_timeout, 120.0)  # a sandbox cold start on a busy host
    gc._connection_args = {}
    gc.init_connection_args()
    if t.ca_certs:
        gc._connection_args["ca_certs"] = t.ca_certs


def classify(exc: BaseException, t: Target, kernel_name: str | None = None) -> GatewayError:
    """A typed, one-line error for whatever the gateway client raised."""
    if isinstance(exc, GatewayError):
        return exc
    status = getattr(exc, "status_code", None) or getattr(exc, "code", None)  # tornado HTTPError, websocket
    text = str(getattr(exc, "log_message", None) or exc)
    args = getattr(exc, "args", ())
    if getattr(exc, "log_message", None) and args:  # tornado's HTTPError(status, log_message, *args)
        try:
            text = exc.log_message % tuple(args)  # type: ignore[union-attr]
        except TypeError:
            pass
    text = " ".join(text.split())
    if t.token:
        text = text.replace(t.token, "***")
    if status in (401, 403):
        return GatewayAuthRefused(t.url, int(status), t.token_env, bool(t.token))
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, (ConnectionError, TimeoutError)) or isinstance(cause, ConnectionError) or status in (503, 599):
        why = type(cause or exc).__name__ if status != 599 else "timed out"
        return GatewayUnreachable(t.url, "connection refused" if "Refused" in why else why)
    if status == 404 and "doesn't appear to be valid" in text:
        return GatewayUnreachable(t.url, "host not found")
    import ssl
    if isinstance(exc, ssl.SSLError) or isinstance(cause, ssl.SSLError):
        return GatewayUnreachable(t.url, tls_reason(f"{exc} {cause or ''}"))
    if isinstance(exc, OSError):
        return GatewayUnreachable(t.url, f"{type(exc).__name__}: {text[:160]}")
    if kernel_name is not None:
        return GatewayKernelUnavailable(t.url, kernel_name, text[:300] or type(exc).__name__)
    return GatewayError(f"the kernel gateway at {t.url} answered with an error: {text[:300]}", url=t.url,
                        status=status)


def death_from_record(record: dict):
    """The typed death (KernelOOMKilled / KernelDied) from the gateway's ``mlintern_death`` record."""
    from ..errors import KernelDied, KernelOOMKilled

    if record.get("type") == "KernelOOMKilled":
        return KernelOOMKilled(record.get("limit_bytes"), exit_code=record.get("exit_code"))
    return KernelDied(record.get("exit_code"), detail=f"on the gateway: {record.get('detail') or ''}".rstrip(": "))


def tls_reason(text: str) -> str:
    """One readable reason for a TLS failure."""
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return ("TLS certificate not trusted (CERTIFICATE_VERIFY_FAILED): set JUPYTER_GATEWAY_CA_CERTS to the "
                "gateway's CA file")
    if "WRONG_VERSION_NUMBER" in text or "wrong version number" in text:
        return "TLS handshake failed: the gateway speaks plain HTTP (use http://)"
    return "TLS: " + " ".join(text.split())[:160]


class RemoteKernelManager(GatewayKernelManager):
    """A kernel on the gateway, driven like a local one (nbclient ``km=``). Adds: typed errors, a
    real liveness check (404 = culled, unreachable = gateway gone, a ``restarting`` status = the kernel
    died there), and the workspace: inputs pushed after start, outputs pulled back in :func:`shutdown`."""

    client_class = DottedObjectName("mlintern_nb.sandbox.gateway_channels.RemoteKernelClient")
    client_factory = Type(klass="mlintern_nb.sandbox.gateway_channels.RemoteKernelClient")

    def __init__(self, target: Target, workspace=None, **kwargs):
        configure(target)
        super().__init__(**kwargs)
        self.target = target
        self.workspace = workspace
        self.lost: RemoteKernelLost | None = None
        self.start_error: GatewayError | None = None
        self.died: str | None = None
        self._clients: list = []

    # -- called by RemoteKernelClient ------------------------------------------------------------
    def _register_client(self, kc) -> None:
        self._clients.append(kc)

    def _note_died(self, state: str) -> None:
        self.died = f"the kernel died on the gateway ({state})"

    async def _fetch_death(self) -> None:
        """Why the kernel died, as the gateway's sandbox recorded it (``mlintern gateway serve`` puts it in
        the kernel model); stored where ``sandbox.death_of(km)`` — and so the repair loop — looks."""
        try:
            model = await self.refresh_model()
        except Exception:  # noqa: BLE001 - no reason is no worse than the generic death
            return
        record = (model or {}).get("mlintern_death")
        if record and self.kernel_id:
            from .provisioner import DEATHS
            DEATHS[self.kernel_id] = death_from_record(record)

    def _note_dropped(self) -> None:
        if self.lost is None:
            self.lost = RemoteKernelLost(self.target.url, self.kernel_id, "the connection to the gateway dropped")

    # -- lifecycle -------------------------------------------------------------------------------
    async def start_kernel(self, **kwargs):
        kernel_name = kwargs.get("kernel_name") or self.kernel_name or REMOTE_KERNEL
        kwargs["kernel_name"] = kernel_name
        kwargs.pop("cwd", None)  # a path on this machine means nothing on the gateway (it picks the workspace)
        kwargs.setdefault("env", {})
        try:
            await super().start_kernel(**kwargs)
        except Exception as exc:
            self.start_error = classify(exc, self.target, kernel_name)
            raise self.start_error from None
        self.lost, self.died = None, None
        if self.workspace is not None:
            await self.workspace.push(self)

    async def restart_kernel(self, **kw):
        import asyncio
        for attempt in range(6):
            try:
                await super().restart_kernel(**kw)
                break
            except Exception as exc:
                err = self._lost_by(exc)
                if isinstance(err, RemoteKernelLost):
                    self.lost = err
                    raise err from None
                # a kernel that died there is being restarted by the gateway itself: a second restart
                # request meanwhile fails (HTTP 500); try again once that one is through
                if self.died is None or attempt == 5:
                    raise err from None
                await asyncio.sleep(2.0)
        self.died = None
        from .provisioner import DEATHS
        DEATHS.pop(self.kernel_id or "", None)  # read by the repair loop before it restarts

    async def interrupt_kernel(self):
        try:
            await super().interrupt_kernel()
        except Exception as exc:
            raise self._lost_by(exc) from None

    def _lost_by(self, exc: BaseException) -> GatewayError:
        err = classify(exc, self.target)
        if getattr(exc, "status_code", None) == 404:
            return RemoteKernelLost(self.target.url, self.kernel_id, "culled or shut down on the gateway")
        if isinstance(err, GatewayUnreachable):
            return RemoteKernelLost(self.target.url, self.kernel_id, "the gateway stopped answering")
        return err

    async def _async_is_alive(self) -> bool:
        if self.lost is not None:
            return await self._diagnose_lost()
        if self.died is not None:
            await self._fetch_death()
            return False
        if self.kernel is None:
            return False
        try:
            model = await self.refresh_model()
        except Exception as exc:  # noqa: BLE001
            self.lost = self._lost_by(exc)  # type: ignore[assignment]
            return False
        if model is None:
            self.lost = RemoteKernelLost(self.target.url, self.kernel_id, "culled or shut down on the gateway")
            return False
        return model.get("execution_state") != "dead"

    async def _diagnose_lost(self) -> bool:
        """The WebSocket dropped: say whether the gateway or the kernel went, for the error line."""
        if self.lost and self.lost.reason.startswith("the connection"):
            try:
                model = await self.refresh_model()
                if model is None:
                    self.lost = RemoteKernelLost(self.target.url, self.kernel_id, "culled or shut down on the gateway")
            except Exception as exc:  # noqa: BLE001
                err = self._lost_by(exc)
                if isinstance(err, RemoteKernelLost):
                    self.lost = err
        return False

    is_alive = _async_is_alive

    async def shutdown_kernel(self, now=False, restart=False):
        for kc in self._clients:
            try:
                kc.stop_channels()
            except Exception:  # noqa: BLE001
                pass
        self._clients.clear()
        if self.lost is not None and not isinstance(self.lost, RemoteKernelLost):
            return
        try:
            await super().shutdown_kernel(now=now, restart=restart)
        except Exception as exc:  # noqa: BLE001 - the gateway is gone: nothing left to shut down
            log.debug("mlintern gateway: shutdown of %s failed: %s", self.kernel_id, exc)
        self.kernel = None


def kernel_manager(url: str | None = None, kernel_name: str = REMOTE_KERNEL, workspace=None) -> RemoteKernelManager:
    """A kernel manager for one kernel on the gateway (nothing starts until ``start_kernel``)."""
    return RemoteKernelManager(target(url), workspace=workspace, kernel_name=kernel_name)


def shutdown(km: RemoteKernelManager, pull: bool = True) -> dict:
    """Bring the workspace's outputs back (when the kernel is still there), then shut the kernel down.
    Returns the pull summary ({} when nothing was pulled). Never raises for a kernel already gone."""
    summary: dict = {}
    if pull and km.workspace is not None and km.has_kernel and km.lost is None:
        try:
            summary = run_sync(km.workspace.pull)(km)
        except GatewayError as exc:
            summary = {"error": str(exc)}
            log.warning("mlintern: %s", exc)
    run_sync(km.shutdown_kernel)(now=True)
    return summary


def sync_outputs(km: RemoteKernelManager) -> dict:
    """Fetch what changed in the kernel's workspace since the last transfer (a session's kernel stays up)."""
    if km.workspace is None or not km.has_kernel or km.lost is not None:
        return {}
    try:
        return run_sync(km.workspace.pull)(km)
    except GatewayError as exc:
        log.warning("mlintern: %s", exc)
        return {"error": str(exc)}


def lost_error(km, cell_index: int | None = None) -> GatewayError | None:
    """The typed error for a remote kernel that is gone (None for a local kernel or one still there)."""
    lost = getattr(km, "lost", None)
    if isinstance(lost, RemoteKernelLost) and cell_index is not None and lost.cell_index is None:
        lost = RemoteKernelLost(lost.url, lost.kernel_id, lost.reason, cell_index)
    return lost


def remote_kernel_info(t: Target, kernel_name: str = REMOTE_KERNEL) -> dict:
    """What notebook metadata records about a remote kernel (no token): the gateway's kernelspec says
    whether it is the sandbox (``metadata.mlintern.isolated``) and with which provisioner config."""
    info = {"kind": "remote", "gateway_url": t.url, "kernel_name": kernel_name, "isolated": None,
            "tls": t.url.startswith("https"), "recorded": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        from .gateway_check import _get
        specs = (_get(t, "/api/kernelspecs").get("kernelspecs") or {})
        spec = (specs.get(kernel_name) or specs.get(specs and next(iter(specs)) or "") or {}).get("spec") or {}
        meta = spec.get("metadata") or {}
        info["isolated"] = bool((meta.get("mlintern") or {}).get("isolated"))
        info["network"] = bool(((meta.get("kernel_provisioner") or {}).get("config") or {}).get("network", False)) \
            if info["isolated"] else True
        info["provisioner"] = (meta.get("kernel_provisioner") or {}).get("provisioner_name")
        info["served"] = sorted(specs)
    except GatewayError as exc:
        info["error"] = str(exc)  # the kernel start will say it again, typed, after the notebook is saved
    return info


__all__ = ["Target", "target", "configure", "classify", "RemoteKernelManager", "kernel_manager", "shutdown", "sync_outputs",
           "lost_error", "remote_kernel_info", "REMOTE_KERNEL"]
