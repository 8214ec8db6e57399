"""``python -m mlintern_nb.bench.corpus.verify [module ...]``: every broken cell fails, every fix passes its check."""
from __future__ import annotations

import importlib
import sys

from . import MODULES, cases
from .harness import verify, verify_isolated


def main(argv: list[str] | None = None) -> int:
    mods = (argv if argv is not None else sys.argv[1:]) or list(MODULES)
    bad = 0
    for m in mods:
        common, cs = cases(m)
        isolate = getattr(importlib.import_module(f"{__package__}.{m}"), "ISOLATE", False)
        for c in cs:
            r = verify_isolated(m, c["name"]) if isolate else verify(common, c)
            bad += not r["ok"]
            print(("OK  " if r["ok"] else "BAD ") + f"{m}/{c['name']} [{c['split']}] broken: {r['broken_error'][:120]}"
                  + ("" if r["fixed_passes"] else f" | fixed: {r['fixed_error'][:200]}"), flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
