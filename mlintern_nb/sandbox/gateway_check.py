"""``mlintern kernel doctor --gateway URL``: is the gateway there, does it take our token, does it serve
the sandbox kernelspec, and what does a kernel started there see (container, uid, network, torch, GPU)."""
from __future__ import annotations

import json

from ..errors import MLInternError
from .gateway_errors import GatewayAuthRefused, GatewayError, GatewayUnreachable

# runs inside the remote kernel; prints one JSON line
PROBE = r"""
import json as _j, os as _o, sys as _s
_r = {"python": _s.version.split()[0], "uid": _o.getuid(), "container": _o.path.exists("/.dockerenv"),
      "cwd": _o.getcwd(), "interfaces": sorted(_o.listdir("/sys/class/net")) if _o.path.isdir("/sys/class/net") else []}
try:
    import torch as _t
    _r.update(torch=_t.__version__, cuda=_t.cuda.is_available(), gpus=[_t.cuda.get_device_name(i) for i in range(_t.cuda.device_count())])
except Exception as _e:
    _r.update(torch=None, torch_error=repr(_e))
print("MLINTERN_DOCTOR " + _j.dumps(_r))
"""


def _row(name: str, ok: bool, detail: str, exit_code: int | None = None) -> dict:
    row = {"check": name, "ok": ok, "detail": detail}
    if exit_code is not None:
        row["exit_code"] = exit_code
    return row


def _get(t, path: str):
    import requests

    headers = {"Authorization": f"token {t.token}"} if t.token else {}
    verify = (t.ca_certs or True) if t.validate_cert else False
    try:
        r = requests.get(t.url + path, headers=headers, timeout=15, verify=verify)
    except requests.exceptions.SSLError as exc:
        from .gateway import tls_reason
        raise GatewayUnreachable(t.url, tls_reason(str(exc))) from None
    except requests.exceptions.RequestException as exc:
        why = "connection refused" if "refused" in str(exc).lower() else type(exc).__name__
        raise GatewayUnreachable(t.url, why) from None
    if r.status_code in (401, 403):
        raise GatewayAuthRefused(t.url, r.status_code, t.token_env, bool(t.token))
    if r.status_code >= 400:
        raise GatewayError(f"the kernel gateway at {t.url} answered HTTP {r.status_code} to {path}", url=t.url)
    return r.json()


def probe(km, timeout: float = 180.0) -> dict:
    """Run :data:`PROBE` in the (started) remote kernel and return what it printed."""
    from jupyter_client.utils import run_sync

    async def go():
        from .gateway_workspace import _Session
        async with _Session(km, timeout) as s:
            text = await s.output(PROBE)
        for line in text.splitlines():
            if line.startswith("MLINTERN_DOCTOR "):
                return json.loads(line[len("MLINTERN_DOCTOR "):])
        return {"error": "the probe printed nothing"}

    return run_sync(go)()


def check(url: str | None, start_kernel: bool = True) -> list[dict]:
    from .gateway import REMOTE_KERNEL, kernel_manager, shutdown, target

    rows: list[dict] = []
    try:
        t = target(url)
    except MLInternError as exc:
        return [_row("url", False, str(exc), exc.exit_code)]
    tls = "TLS" if t.url.startswith("https") else "plain HTTP (use https:// across machines)"
    rows.append(_row("url", True, f"{t.url} ({tls}); token {'from $' + t.token_env if t.token else 'not set'}"))
    try:
        info = _get(t, "/api")
        rows.append(_row("reachable", True, f"gateway answers (jupyter server API {info.get('version', '?')})"))
        specs = _get(t, "/api/kernelspecs")
        names = sorted((specs.get("kernelspecs") or {}).keys())
        rows.append(_row("auth", True, f"token accepted; kernelspecs: {', '.join(names) or 'none'}"))
        if REMOTE_KERNEL not in names:
            rows.append(_row("kernelspec", False, f"{REMOTE_KERNEL} is not served there (run `mlintern gateway "
                                                  f"serve` on that host)", 63))
            return rows
        spec = specs["kernelspecs"][REMOTE_KERNEL].get("spec") or {}
        prov = ((spec.get("metadata") or {}).get("kernel_provisioner") or {})
        rows.append(_row("kernelspec", True, f"{REMOTE_KERNEL} served (provisioner "
                                             f"{prov.get('provisioner_name', '?')}, config {prov.get('config') or {}})"))
    except GatewayError as exc:
        rows.append(_row("reachable" if isinstance(exc, GatewayUnreachable) else "auth", False, str(exc),
                         exc.exit_code))
        return rows
    if not start_kernel:
        return rows
    km = kernel_manager(t.url)
    try:
        import time
        t0 = time.monotonic()
        from jupyter_client.utils import run_sync
        run_sync(km.start_kernel)(kernel_name=REMOTE_KERNEL)
        found = probe(km)
        dt = time.monotonic() - t0
    except MLInternError as exc:
        rows.append(_row("kernel", False, str(exc), exc.exit_code))
        return rows
    finally:
        try:
            shutdown(km, pull=False)
        except Exception:  # noqa: BLE001
            pass
    if "error" in found:
        rows.append(_row("kernel", False, found["error"], 63))
        return rows
    isolated = found.get("container") and found.get("interfaces") in (["lo"], [])
    rows.append(_row("kernel", True, f"started and answered in {dt:.1f} s: python {found.get('python')}, "
                                     f"uid {found.get('uid')}, cwd {found.get('cwd')}"))
    rows.append(_row("sandbox", bool(isolated), f"in a container: {found.get('container')}; network interfaces: "
                                                f"{', '.join(found.get('interfaces') or []) or 'none'}", None if isolated else 60))
    gpus = found.get("gpus") or []
    rows.append(_row("image", found.get("torch") is not None, f"torch {found.get('torch')}"
                                                              + (f" ({found.get('torch_error')})" if found.get("torch_error") else "")))
    rows.append(_row("gpu", True, f"{len(gpus)} GPU(s): {', '.join(gpus)}" if gpus else "none (CPU only)"))
    return rows
