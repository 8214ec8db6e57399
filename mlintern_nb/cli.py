"""`mlintern` command line. Each area registers its own sub-commands.

A command module exposes ``register(subparsers)``; the parser it adds sets
``func=callable(args) -> int``. Errors derived from MLInternError become one
line on stderr and the error's exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from ._version import __version__
from .errors import MLInternError

COMMAND_MODULES = [
    "mlintern_nb.paper.cli",      # parse
    "mlintern_nb.plan.cli",       # plan
    "mlintern_nb.notebook.cli",   # reproduce
    "mlintern_nb.repair.cli",     # fix
    "mlintern_nb.sandbox.cli",    # kernel build|install|ls|cleanup
    "mlintern_nb.sandbox.gateway_cli",  # gateway serve|doctor
    "mlintern_nb.llm.cli",        # llm check
    "mlintern_nb.bench.cli",      # bench
]


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="mlintern", description="An ML research intern in the notebook.")
    ap.add_argument("--version", action="version", version=f"mlintern {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:  # imported here, not at the top: `mlintern --version` stays instant
        importlib.import_module(name).register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except MLInternError as exc:
        print(f"mlintern: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("mlintern: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
