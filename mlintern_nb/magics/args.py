"""``%mlintern`` argument parsing: shlex (quotes and spaces in paths work) + argparse.

argparse normally prints to stderr and calls ``sys.exit``; here every parse problem — and ``-h`` —
becomes an exception the magic shows as one line (or the help text), never a traceback or a
``SystemExit`` in the user's cell.
"""
from __future__ import annotations

import argparse
import shlex

from ..errors import UsageError

PROFILES = ["smoke", "full"]
KERNELS = ["sandbox", "local", "auto"]
ENGINES = ["offline", "llm"]


class HelpRequested(Exception):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # noqa: D401 - argparse API
        raise UsageError(f"%mlintern {self.prog.split(' ', 1)[-1] if ' ' in self.prog else ''}: {message}".replace(
            "%mlintern : ", "%mlintern: "), usage=self.format_usage().strip())

    def exit(self, status=0, message=None):
        raise HelpRequested(self.format_help())

    def print_help(self, file=None):
        raise HelpRequested(self.format_help())


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="%mlintern", add_help=True, description="ML research intern in the notebook.",
                 exit_on_error=False)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("load", help="parse a paper, show its spec, plan the reproduction notebook")
    p.add_argument("paper", help="paper PDF (quote paths with spaces)")
    p.add_argument("--profile", choices=PROFILES)
    p.add_argument("--kernel", choices=KERNELS)
    p.add_argument("--engine", choices=ENGINES)
    p.add_argument("--out", help="planned notebook path (default: <paper>.repro.ipynb next to this notebook)")
    p.add_argument("--pages", help="pages to read, e.g. 1-8")

    p = sub.add_parser("run", help="(cell magic) run the cell body with the repair loop")
    p.add_argument("--kernel", choices=KERNELS)
    p.add_argument("--max-attempts", type=int)
    p.add_argument("--timeout", type=float, help="seconds per cell")
    p.add_argument("--context", action="store_true",
                   help="run the loaded plan's cells before the body (same kernel)")

    p = sub.add_parser("sandbox", help="(cell magic) run the body in this notebook's sandbox session kernel "
                                       "(state kept between cells); line: status | stop")
    p.add_argument("action", nargs="?", default="status", choices=["status", "stop"],
                   help="line magic only: show or shut down the session kernel")
    p.add_argument("--max-attempts", type=int)
    p.add_argument("--timeout", type=float, help="seconds per cell")

    p = sub.add_parser("fix", help="propose a repair of the last failing cell (or the cell body / In[N])")
    p.add_argument("cell", nargs="?", type=int, help="execution count of the cell (In[N]); default: the last error")

    sub.add_parser("status", help="configuration, kernel, loaded paper, last error")
    sub.add_parser("history", help="what %%mlintern did in this session")
    p = sub.add_parser("spec", help="show the loaded PaperSpec again")
    p.add_argument("--json", action="store_true", help="the raw JSON")
    p = sub.add_parser("kernel", help="kernel in use: info | ls | use sandbox|local|auto | use remote URL")
    p.add_argument("action", nargs="?", default="info", choices=["info", "ls", "use"])
    p.add_argument("kind", nargs="?", choices=[*KERNELS, "remote"])
    p.add_argument("url", nargs="?", help="use remote: the kernel gateway's URL (token in $JUPYTER_GATEWAY_AUTH_TOKEN)")
    sub.add_parser("help", help="this help")
    return ap


def parse(line: str, cell: bool = False) -> argparse.Namespace:
    try:
        argv = shlex.split(line or "", posix=True)
    except ValueError as exc:  # unbalanced quotes
        raise UsageError(f"%mlintern: cannot split the arguments ({exc})") from None
    if not argv:
        argv = ["help"]
    ap = build_parser()
    try:
        ns = ap.parse_args(argv)
    except argparse.ArgumentError as exc:
        raise UsageError(f"%mlintern: {exc}") from None
    if ns.command is None:
        raise UsageError("%mlintern: give a command (load, run, sandbox, fix, status, history, spec, kernel, help)")
    if ns.command == "run" and not cell:
        raise UsageError("%mlintern run is a cell magic: start the cell with %%mlintern run")
    if getattr(ns, "max_attempts", None) is not None and ns.max_attempts < 1:
        raise UsageError("%mlintern run: --max-attempts must be at least 1")
    return ns


def help_text() -> str:
    return build_parser().format_help()
