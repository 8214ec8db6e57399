"""The remote kernel's workspace: inputs go in, outputs come back — through the kernel itself.

The gateway gives every kernel its own empty directory (its cwd, the only host directory its sandbox
container sees). Files are written there by execute requests carrying base64 chunks and read back by
``user_expressions`` that return base64 chunks: the kernel protocol and the gateway's token are the
only channel, nothing else of either machine is exposed. Limits: every byte crosses the WebSocket as
base64 (+33 %), ``max_bytes`` per direction (default 512 MiB); large datasets belong on the execution
host (a ``data_dir`` there), not in the request.
"""
from __future__ import annotations

import ast
import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .gateway_errors import WorkspaceTransferFailed

CHUNK = 4 * 2**20
DEFAULT_MAX_BYTES = 512 * 2**20

# evaluated in the kernel (user_expressions): every file under its cwd with size and mtime
_LIST = ("(lambda os: __import__('json').dumps([[os.path.relpath(os.path.join(d, f)), "
         "os.path.getsize(os.path.join(d, f)), os.path.getmtime(os.path.join(d, f))] "
         "for d, _, fs in os.walk('.') for f in fs "
         "if os.path.isfile(os.path.join(d, f)) and not os.path.islink(os.path.join(d, f))]))(__import__('os'))")
_READ = "(lambda f: (f.seek({off}), __import__('base64').b64encode(f.read({n})).decode(), f.close())[1])(open({p!r}, 'rb'))"
_WRITE = ("(lambda b, o: (o.makedirs(o.path.dirname({p!r}) or '.', exist_ok=True), "
          "open({p!r}, {mode!r}).write(b.b64decode({data!r}))))(__import__('base64'), __import__('os'))")


def safe_relpath(rel: str) -> str:
    """A relative POSIX path that stays inside the workspace, else WorkspaceTransferFailed."""
    p = PurePosixPath(rel.replace(os.sep, "/"))
    if p.is_absolute() or not p.parts or any(part in {"..", ""} for part in p.parts):
        raise WorkspaceTransferFailed(rel, "the path leaves the workspace")
    return str(p)


@dataclass
class Workspace:
    """``local``: where outputs come back. ``inputs``: (local file or directory, path in the workspace)."""

    local: Path
    inputs: list[tuple[Path, str]] = field(default_factory=list)
    max_bytes: int = DEFAULT_MAX_BYTES
    pulled: list[str] = field(default_factory=list)
    _after_push: dict[str, tuple[int, float]] = field(default_factory=dict)

    def files_to_push(self) -> list[tuple[Path, str]]:
        out: list[tuple[Path, str]] = []
        for src, dest in self.inputs:
            src = Path(src)
            if src.is_dir():
                for f in sorted(src.rglob("*")):
                    if f.is_file() and not f.is_symlink():
                        out.append((f, safe_relpath(f"{dest}/{f.relative_to(src).as_posix()}")))
            elif src.is_file():
                out.append((src, safe_relpath(dest)))
            else:
                raise WorkspaceTransferFailed(str(src), "no such file or directory")
        total = sum(f.stat().st_size for f, _ in out)
        if total > self.max_bytes:
            raise WorkspaceTransferFailed("inputs", f"{total / 2**20:.0f} MiB is over the {self.max_bytes / 2**20:.0f}"
                                                    f" MiB limit; put large data on the execution host")
        return out

    # -- the two directions ------------------------------------------------------------------------
    async def push(self, km) -> dict:
        files = self.files_to_push()
        async with _Session(km) as s:
            for src, rel in files:
                data = src.read_bytes()
                for off in range(0, max(len(data), 1), CHUNK):
                    chunk = base64.b64encode(data[off:off + CHUNK]).decode()
                    await s.run(_WRITE.format(p=rel, mode="ab" if off else "wb", data=chunk))
            self._after_push = await s.listing()
        return {"pushed": [rel for _, rel in files], "bytes": sum(f.stat().st_size for f, _ in files)}

    async def pull(self, km) -> dict:
        async with _Session(km) as s:
            remote = await s.listing()
            todo = [(rel, size) for rel, (size, mtime) in sorted(remote.items())
                    if self._after_push.get(rel) != (size, mtime)]
            total, skipped = 0, []
            for rel, size in todo:
                try:
                    rel = safe_relpath(rel)
                except WorkspaceTransferFailed:
                    skipped.append(rel)
                    continue
                if total + size > self.max_bytes:
                    skipped.append(rel)
                    continue
                dest = self.local / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                tmp = dest.with_name(dest.name + ".mlintern-part")
                with open(tmp, "wb") as fh:
                    for off in range(0, max(size, 1), CHUNK):
                        raw = await s.eval(_READ.format(off=off, n=CHUNK, p=rel))
                        fh.write(base64.b64decode(raw or ""))
                os.replace(tmp, dest)
                total += size
                self.pulled.append(rel)
            self._after_push = remote  # the next pull (a session's next cell) fetches only what changes after
        return {"pulled": list(self.pulled), "bytes": total, "skipped": skipped}


class _Session:
    """A short-lived extra connection to the kernel (its own WebSocket) for transfer requests."""

    def __init__(self, km, timeout: float = 120.0):
        self.km, self.timeout, self.kc = km, timeout, None

    async def __aenter__(self):
        self.kc = self.km.client()
        await self.kc.start_channels()
        await self.kc.wait_for_ready(timeout=self.timeout)
        return self

    async def __aexit__(self, *exc):
        if self.kc is not None:
            self.kc.stop_channels()
            clients = getattr(self.km, "_clients", [])
            if self.kc in clients:
                clients.remove(self.kc)

    async def _reply(self, msg_id: str) -> dict:
        while True:
            msg = await self.kc.shell_channel.get_msg(timeout=self.timeout)
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return msg["content"]

    async def run(self, code: str) -> None:
        content = await self._reply(self.kc.execute(code, silent=True, store_history=False))
        if content.get("status") != "ok":
            raise WorkspaceTransferFailed("push", f"{content.get('ename')}: {content.get('evalue')}")

    async def eval(self, expr: str):
        content = await self._reply(self.kc.execute("", silent=True, store_history=False,
                                                    user_expressions={"v": expr}))
        res = (content.get("user_expressions") or {}).get("v") or {}
        if res.get("status") != "ok":
            raise WorkspaceTransferFailed("pull", f"{res.get('ename')}: {res.get('evalue')}")
        return ast.literal_eval(res["data"]["text/plain"])

    async def output(self, code: str) -> str:
        """Run ``code`` (not silent, no history) and return what it printed on stdout."""
        msg_id = self.kc.execute(code, silent=False, store_history=False)
        text: list[str] = []
        while True:
            msg = await self.kc.iopub_channel.get_msg(timeout=self.timeout)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "stream" and msg["content"].get("name") == "stdout":
                text.append(msg["content"].get("text", ""))
            elif kind == "status" and msg["content"].get("execution_state") == "idle":
                break
        await self._reply(msg_id)
        return "".join(text)

    async def listing(self) -> dict[str, tuple[int, float]]:
        rows = json.loads(await self.eval(_LIST))
        return {rel: (int(size), float(mtime)) for rel, size, mtime in rows}


__all__ = ["Workspace", "safe_relpath", "CHUNK", "DEFAULT_MAX_BYTES"]
