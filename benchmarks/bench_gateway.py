"""Remote sandbox kernel (through a kernel gateway) against the local sandbox kernel: cold start and first
cell, measured side by side in one run.

    python benchmarks/bench_gateway.py [--repeat 5] [--json] [--gateway URL]

Without --gateway, ``mlintern gateway serve`` is started on a free port of 127.0.0.1 (its own process,
the same Docker engine): the figure is then the protocol's overhead (HTTP kernel start, WebSocket
channels, the gateway's ZeroMQ hop), not a network's. With --gateway URL it measures that gateway
(token from $JUPYTER_GATEWAY_AUTH_TOKEN).

cold start = start_kernel() until wait_for_ready() returns; first cell = execute("print(6 * 7)") until
the reply and its output arrive; shutdown = shutdown_kernel() until the gateway / provisioner answers.
Medians over --repeat runs, alternating the two so both see the same machine load.
"""
from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_kernel import one as local_one
from bench_kernel import report


def remote_one(url: str) -> dict:
    from jupyter_client.utils import run_sync

    from mlintern_nb.sandbox.gateway import kernel_manager, shutdown
    from mlintern_nb.sandbox.gateway_workspace import _Session

    km = kernel_manager(url)

    async def go():
        t0 = time.perf_counter()
        await km.start_kernel()
        async with _Session(km) as s:
            t1 = time.perf_counter()
            text = await s.output("print(6 * 7)")
            t2 = time.perf_counter()
        assert text == "42\n", text
        return t0, t1, t2

    t0, t1, t2 = run_sync(go)()
    shutdown(km, pull=False)
    return {"cold_start_s": t1 - t0, "first_cell_s": t2 - t1, "shutdown_s": time.perf_counter() - t2}


def start_gateway(workdir: str) -> tuple[subprocess.Popen, str]:
    import requests

    from mlintern_nb.sandbox.gateway_server import free_port

    token = secrets.token_hex(16)
    os.environ["JUPYTER_GATEWAY_AUTH_TOKEN"] = token
    port = free_port()
    env = {**os.environ, "KG_AUTH_TOKEN": token, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "mlintern_nb.cli", "gateway", "serve", "--port", str(port),
                             "--workspace-root", os.path.join(workdir, "ws")], env=env, start_new_session=True,
                            stdout=open(os.path.join(workdir, "gateway.log"), "w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/api", headers={"Authorization": f"token {token}"}, timeout=2).ok:
                return proc, url
        except requests.RequestException:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"the gateway did not start; see {workdir}/gateway.log")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--gateway", help="measure this gateway instead of starting one on 127.0.0.1")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from mlintern_nb.errors import MLInternError
    from mlintern_nb.sandbox import kernel_name_for

    try:
        sandbox = kernel_name_for("sandbox")
    except MLInternError as exc:
        print(f"bench_gateway: {exc}", file=sys.stderr)
        return exc.exit_code
    with tempfile.TemporaryDirectory(prefix="bench-gateway-") as tmp:
        proc = None
        url = args.gateway
        if url is None:
            proc, url = start_gateway(tmp)
        try:
            ws = os.path.join(tmp, "local")
            os.makedirs(ws)
            local_one(sandbox, ws), remote_one(url)  # warm the page cache for both; not counted
            runs: dict[str, list[dict]] = {"local": [], "remote": []}
            for _ in range(args.repeat):
                runs["local"].append(local_one(sandbox, ws))
                runs["remote"].append(remote_one(url))
        finally:
            if proc is not None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(30)
    where = "started on 127.0.0.1" if not args.gateway else args.gateway
    return report(runs, "local", "remote", args, "sandbox kernel latency", ("local sandbox", "via gateway"),
                  {"ratio_key": "ratio_remote_over_local", "fields": {"gateway": where}})


if __name__ == "__main__":
    sys.exit(main())
