"""``mlintern gateway serve|doctor`` (``mlintern kernel doctor --gateway URL`` is the same check)."""
from __future__ import annotations

import json


def register(subparsers) -> None:
    p = subparsers.add_parser("gateway", help="remote sandbox kernels: serve a kernel gateway on the execution "
                                              "host, check one from a client")
    sub = p.add_subparsers(dest="gateway_command", metavar="ACTION")
    s = sub.add_parser("serve", help="run Jupyter Kernel Gateway here with the sandbox kernelspec as its only kernel")
    s.add_argument("--ip", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8888)
    s.add_argument("--workspace-root", help="one workspace per kernel under it (default /var/tmp/mlintern-gateway-UID, "
                                            "env MLINTERN_GATEWAY_WORKSPACES)")
    s.add_argument("--cull-idle", type=int, default=3600, metavar="S", help="shut kernels idle this long (0: never)")
    s.add_argument("--max-kernels", type=int, default=None)
    s.add_argument("--certfile", help="TLS certificate (https)")
    s.add_argument("--keyfile", help="TLS key")
    s.add_argument("--insecure", action="store_true", help="allow plain HTTP on a non-loopback address")
    s.add_argument("--token-file", help="where a generated token is kept (when $KG_AUTH_TOKEN and "
                                        "$JUPYTER_GATEWAY_AUTH_TOKEN are unset)")
    s.add_argument("--kernelspec", default="mlintern-sandbox",
                   help="serve this kernelspec instead of the sandbox (NOT isolated unless it is the sandbox; tests)")
    s.set_defaults(func=_serve)
    d = sub.add_parser("doctor", help="reachability, auth, kernelspec, then a kernel: image, isolation, GPU")
    d.add_argument("url", nargs="?", help="gateway URL (default MLIntern.gateway_url)")
    d.add_argument("--no-kernel", action="store_true", help="don't start a kernel (reachability and auth only)")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=_doctor)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _serve(args) -> int:
    from .gateway_server import serve

    serve(ip=args.ip, port=args.port, kernelspec=args.kernelspec, workspace_root=args.workspace_root,
          cull_idle=args.cull_idle, max_kernels=args.max_kernels, certfile=args.certfile, keyfile=args.keyfile,
          insecure=args.insecure, token_file=args.token_file)
    return 0


def _doctor(args) -> int:
    return doctor(args.url, start_kernel=not args.no_kernel, as_json=args.json)


def doctor(url: str | None, start_kernel: bool = True, as_json: bool = False) -> int:
    from .gateway_check import check

    rows = check(url, start_kernel=start_kernel)
    if as_json:
        print(json.dumps(rows, indent=1))
    else:
        for r in rows:
            print(f"{'ok  ' if r['ok'] else 'FAIL'} {r['check']}: {r['detail']}")
    failed = [r for r in rows if not r["ok"]]
    return failed[0].get("exit_code", 60) if failed else 0
