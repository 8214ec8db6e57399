"""The kernel client of a remote (gateway) kernel: jupyter_server's ``GatewayKernelClient`` with three
changes — the token goes on the WebSocket handshake too (upstream sends it only on REST calls), a
waiting ``get_msg`` sleeps instead of spinning a core, and a dropped connection or a kernel the gateway
had to restart is told to the kernel manager (``km.lost`` / ``km.died``) so nbclient sees a dead kernel
at once instead of waiting for the cell timeout."""
from __future__ import annotations

import asyncio
from queue import Empty
from time import monotonic
from typing import Any

import websocket
from jupyter_server.gateway.gateway_client import GatewayClient
from jupyter_server.gateway.managers import ChannelQueue, GatewayKernelClient, HBChannelQueue
from jupyter_server.utils import url_escape, url_path_join
from tornado.escape import json_decode, utf8

POLL_S = 0.005  # wake-up period of a waiting get_msg (upstream: asyncio.sleep(0), a busy loop)


class _Queue(ChannelQueue):
    owner: Any = None

    def send(self, msg: dict[str, Any]) -> None:
        # say the channel: the gateway otherwise assumes shell (wrong for control) and logs the whole message
        super().send({**msg, "channel": self.channel_name})

    async def _async_get(self, timeout=None):
        end = monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            try:
                return self.get(block=False)
            except Empty:
                if self.response_router_finished:
                    if self.owner is not None:
                        self.owner._connection_dropped()
                    raise Empty from None  # nbclient then asks is_alive(), which now says no
                if monotonic() > end:
                    raise
                await asyncio.sleep(POLL_S)


class _HBQueue(_Queue, HBChannelQueue):
    pass


class RemoteKernelClient(GatewayKernelClient):
    """What ``RemoteKernelManager.client()`` returns; nbclient drives it like any AsyncKernelClient."""

    async def start_channels(self, shell=True, iopub=True, stdin=True, hb=True, control=True):
        gc = GatewayClient.instance()
        ws_url = url_path_join(gc.ws_url or "", gc.kernels_endpoint, url_escape(self.kernel_id), "channels")
        sslopt: dict[str, Any] = {}
        if not gc.validate_cert:
            import ssl
            sslopt["cert_reqs"] = ssl.CERT_NONE
        if gc.ca_certs:
            sslopt["ca_certs"] = gc.ca_certs
        if gc.client_cert:
            sslopt.update(certfile=gc.client_cert, keyfile=gc.client_key)
        header = [f"{gc.auth_header_key}: {gc.auth_scheme} {gc.auth_token}"] if gc.auth_token else []
        try:
            self.channel_socket = websocket.create_connection(ws_url, timeout=gc.KERNEL_LAUNCH_TIMEOUT,
                                                              enable_multithread=True, sslopt=sslopt, header=header)
        except Exception as exc:  # refused handshake (401/404), connection refused, TLS: one typed line
            target = getattr(self.parent, "target", None)
            if target is None:
                raise
            from .gateway import classify
            if getattr(exc, "status_code", None) == 404:
                from .gateway_errors import RemoteKernelLost
                raise RemoteKernelLost(target.url, self.kernel_id, "culled or shut down on the gateway") from None
            raise classify(exc, target) from None
        self.channel_socket.settimeout(None)  # a long cell sends nothing for minutes: that is no error
        # the base AsyncKernelClient's start_channels touches the channel properties (ours below)
        from jupyter_client.asynchronous import AsyncKernelClient
        AsyncKernelClient.start_channels(self, shell=shell, iopub=iopub, stdin=stdin, hb=hb, control=control)
        from threading import Thread
        self.response_router = Thread(target=self._route_responses, daemon=True,
                                      name=f"mlintern-gateway-{self.kernel_id[:8]}")
        self.response_router.start()
        register = getattr(self.parent, "_register_client", None)
        if register is not None:
            register(self)

    def _queue(self, name: str):
        attr = f"_{name}_channel"
        q = getattr(self, attr)
        if q is None:
            assert self.channel_socket is not None and self._channel_queues is not None
            q = (_HBQueue if name == "hb" else _Queue)(name, self.channel_socket, self.log)
            q.owner = self
            setattr(self, attr, q)
            self._channel_queues[name] = q
        return q

    shell_channel = property(lambda self: self._queue("shell"))
    iopub_channel = property(lambda self: self._queue("iopub"))
    stdin_channel = property(lambda self: self._queue("stdin"))
    hb_channel = property(lambda self: self._queue("hb"))
    control_channel = property(lambda self: self._queue("control"))

    def _connection_dropped(self) -> None:
        note = getattr(self.parent, "_note_dropped", None)
        if note is not None and not self._channels_stopped:
            note()

    def _route_responses(self):
        """Upstream's router, plus: a ``restarting``/``dead`` status means the kernel died on the gateway
        (its auto-restarter took over) — the cell that ran will never answer."""
        try:
            while not self._channels_stopped:
                assert self.channel_socket is not None
                raw = self.channel_socket.recv()
                if not raw:
                    break
                msg = json_decode(utf8(raw))
                channel = msg.get("channel")
                if channel == "iopub" and msg.get("msg_type") == "status":
                    state = (msg.get("content") or {}).get("execution_state")
                    if state in {"restarting", "dead"}:
                        note = getattr(self.parent, "_note_died", None)
                        if note is not None:
                            note(state)
                queues = self._channel_queues
                if queues is not None and channel in queues:
                    queues[channel].put_nowait(msg)
        except (websocket.WebSocketConnectionClosedException, OSError):
            pass
        except BaseException as exc:  # noqa: BLE001 - the thread must end and say so
            if not self._channels_stopped:
                self.log.warning("mlintern gateway: channel reader stopped (%s)", exc)
        for q in list((self._channel_queues or {}).values()):
            q.response_router_finished = True

    def stop_channels(self):
        if self._channels_stopped:
            return
        try:
            super().stop_channels()
        except Exception:  # noqa: BLE001 - a socket already closed by the other side
            self._channels_stopped = True


__all__ = ["RemoteKernelClient"]
