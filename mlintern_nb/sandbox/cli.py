"""``mlintern kernel build|install|ls|cleanup|doctor``."""
from __future__ import annotations

import json
import sys

from ..config import get_config


def register(subparsers) -> None:
    p = subparsers.add_parser("kernel", help="the sandbox kernel: build the image, install the kernelspec, "
                                             "list, clean up, diagnose")
    sub = p.add_subparsers(dest="kernel_command", metavar="ACTION")

    b = sub.add_parser("build", help="build the sandbox kernel image (MLIntern.image)")
    b.add_argument("--cuda", action="store_true", help="CUDA 12.x image (Dockerfile.cuda)")
    b.add_argument("--base", metavar="IMAGE", help="base image (default python:3.11-slim / nvidia/cuda:12.4.1-runtime)")
    b.add_argument("--bootstrap", action="store_true",
                   help="bootstrap a Debian base (debootstrap + docker import) instead of pulling one")
    b.add_argument("--mirror", default=None, help="Debian mirror for --bootstrap")
    b.add_argument("--ca-file", metavar="F", help="CA bundle pip trusts in the build (default: the host's PIP_CERT)")
    b.add_argument("--pip-option", action="append", default=[], metavar="OPT",
                   help="extra pip option, repeatable (e.g. --pip-option=--index-url=https://mirror/simple)")
    b.add_argument("--wheels", action="append", metavar="DIR",
                   help="directory with the torch 2.13.0 CPU wheel (default: the host's pip find-links)")
    b.add_argument("--tag", help="image tag (default MLIntern.image, or mlintern-kernel:cuda with --cuda)")
    b.add_argument("-q", "--quiet", action="store_true", help="print only the result")
    b.set_defaults(func=_build)

    i = sub.add_parser("install", help="install the kernelspec 'mlintern-sandbox' (\"Python (mlintern sandbox)\")")
    i.add_argument("--sys-prefix", action="store_true", help="into sys.prefix instead of the user's directory")
    i.add_argument("--memory", help="memory limit baked into the kernelspec (default: MLIntern.memory_limit at start)")
    i.add_argument("--cpus", type=float, help="CPU limit baked into the kernelspec")
    i.add_argument("--pids", type=int, help="pids limit baked into the kernelspec")
    i.add_argument("--image", help="image baked into the kernelspec")
    i.add_argument("--network", action="store_true", help="open the network in this kernelspec (NOT the default)")
    i.add_argument("--gpu", action="store_true", help="request GPUs in this kernelspec")
    i.set_defaults(func=_install)

    ls = sub.add_parser("ls", help="list running sandbox kernel containers")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_ls)

    c = sub.add_parser("cleanup", help="remove sandbox containers whose owner process is gone")
    c.add_argument("--all", action="store_true", help="remove every sandbox container of this host, even live ones")
    c.set_defaults(func=_cleanup)

    d = sub.add_parser("doctor", help="check the engine, the image and the kernelspec; say what to do")
    d.add_argument("--gateway", metavar="URL", help="check a remote kernel gateway instead (reachability, auth, "
                                                     "kernelspec, a kernel: image, isolation, GPU)")
    d.set_defaults(func=_doctor)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _build(args) -> int:
    from .images import DEBIAN_MIRROR, build_image

    tag = args.tag or ("mlintern-kernel:cuda" if args.cuda else get_config().image)
    progress = None if args.quiet else (lambda line: print(line, flush=True))
    res = build_image(tag, cuda=args.cuda, base=args.base, bootstrap=args.bootstrap, ca_file=args.ca_file,
                      pip_options=args.pip_option, wheel_dirs=args.wheels, mirror=args.mirror or DEBIAN_MIRROR,
                      progress=progress)
    print(f"built {res['image']} ({res['size_bytes'] / 2**30:.2f} GiB, from {res['base']}) in {res['seconds']:.0f} s")
    return 0


def _install(args) -> int:
    from .kernelspec import DISPLAY_NAME, KERNEL_NAME, install

    config = {}
    for key, val in (("memory_limit", args.memory), ("cpu_limit", args.cpus), ("pids_limit", args.pids),
                     ("image", args.image)):
        if val:
            config[key] = val
    if args.network:
        config["network"] = True
    if args.gpu:
        config["gpu"] = True
    path = install(user=not args.sys_prefix, config=config)
    print(f"installed kernelspec {KERNEL_NAME} (\"{DISPLAY_NAME}\") in {path}")
    return 0


def _ls(args) -> int:
    from . import engine

    cli = engine.client(timeout=10)
    rows = []
    for c in engine.our_containers(cli):
        rows.append({"name": c.name, "status": c.status, "kernel_id": c.labels.get(engine.LABEL_KERNEL),
                     "owner_pid": c.labels.get(engine.LABEL_PID), "owner_alive": engine.owner_alive(c.labels),
                     "image": (c.image.tags or [c.image.short_id])[0] if c.image else ""})
    if args.json:
        print(json.dumps(rows, indent=1))
    elif not rows:
        print("no sandbox kernel containers")
    else:
        for r in rows:
            print(f"{r['name']:<60} {r['status']:<8} pid {r['owner_pid']}{'' if r['owner_alive'] else ' (gone)'}")
    return 0


def _cleanup(args) -> int:
    from . import engine

    removed = engine.sweep(engine.client(timeout=30), everything=args.all)
    print(f"removed {len(removed)} container(s)" + (": " + ", ".join(removed) if removed else ""))
    return 0


def _doctor(args) -> int:
    if getattr(args, "gateway", None):
        from .gateway_cli import doctor
        return doctor(args.gateway)
    from .errors import SandboxError
    from .kernelspec import KERNEL_NAME, check_sandbox, installed_spec

    cfg = get_config()
    ok = True
    try:
        attrs = check_sandbox(cfg.image)
        print(f"ok   engine reachable; image {cfg.image} present ({attrs.get('Size', 0) / 2**30:.2f} GiB)")
    except SandboxError as exc:
        ok = False
        print(f"FAIL {exc}")
    if installed_spec():
        print(f"ok   kernelspec {KERNEL_NAME} installed")
    else:
        ok = False
        print(f"FAIL kernelspec {KERNEL_NAME} not installed: run `mlintern kernel install`")
    print(f"     limits: memory {cfg.memory_limit}, cpus {cfg.cpu_limit:g}, pids {cfg.pids_limit}; "
          f"network {'OPEN' if cfg.network else 'none'}; gpu {'requested' if cfg.gpu else 'no'}")
    if not ok:
        print("     fallback: --kernel local (plain ipykernel, NOT isolated)", file=sys.stderr)
    return 0 if ok else 31
