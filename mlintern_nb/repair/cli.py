"""`mlintern fix NOTEBOOK --cell N [--write]` and `mlintern fix NOTEBOOK --run [-o OUT]`."""
from __future__ import annotations

import json
import os

from .. import nbmeta
from ..errors import NoErrorInCell, UsageError
from ..sandbox import kernel_name_for


def register(subparsers) -> None:
    p = subparsers.add_parser("fix", help="diagnose a failing cell and propose (or apply) a repair")
    p.add_argument("notebook")
    p.add_argument("--cell", type=int, help="index of the failing cell (its stored error output is read)")
    p.add_argument("--write", action="store_true", help="apply the proposal to the notebook file (recorded)")
    p.add_argument("--run", action="store_true", help="execute the notebook with the repair loop")
    p.add_argument("-o", "--output", help="with --run: where to write the executed notebook "
                                          "(default: NOTEBOOK.repaired.ipynb)")
    p.add_argument("--kernel", default=None, help="kernel name (default: from MLIntern.kernel)")
    p.add_argument("--json", action="store_true", help="print the proposal/report as JSON")
    p.set_defaults(func=run)


def _kernel(name):
    if name:
        return name
    from ..config import get_config
    return kernel_name_for(get_config().kernel)


def run(args) -> int:
    nb = nbmeta.read_notebook(args.notebook)
    if args.run:
        from .loop import run_with_repair
        report = run_with_repair(nb, _kernel(args.kernel), cwd=os.path.dirname(os.path.abspath(args.notebook)))
        out = args.output or os.path.splitext(args.notebook)[0] + ".repaired.ipynb"
        nbmeta.write_notebook(nb, out)
        print(json.dumps(report.as_dict(), indent=1) if args.json else report.summary + f"\nwritten: {out}")
        return 0 if report.ok else 42
    if args.cell is None:
        raise UsageError("give --cell N (propose a fix for that cell) or --run (execute with repairs)")
    code = len(nb.cells)
    if not 0 <= args.cell < code or nb.cells[args.cell].cell_type != "code":
        raise UsageError(f"cell {args.cell} is not a code cell of this notebook ({code} cells)")
    cell = nb.cells[args.cell]
    from .diagnose import error_output
    from .fixers import RepairContext
    from .proposal import repair_cell
    from ..nbmeta import Attempt, add_attempt, cell_meta, paper_values, sha256, source_of
    err = error_output(cell.get("outputs"))
    if err is None:
        raise NoErrorInCell(args.cell)
    src = source_of(cell)
    meta = cell.get("metadata", {}).get("mlintern", {})
    ctx = RepairContext(upstream=[source_of(c) for c in nb.cells[:args.cell] if c.cell_type == "code"],
                        paper=paper_values(nb), original_source=meta.get("original_source", src),
                        cwd=os.path.dirname(os.path.abspath(args.notebook)),
                        history=list(meta.get("attempts", [])), attempt=len(meta.get("attempts", [])) + 1)
    from .diagnose import diagnose
    diag = diagnose(err, outputs=cell.get("outputs"), source=src, exec_count=cell.get("execution_count"))
    prop = repair_cell(src, diag, ctx, nb=nb, index=args.cell)
    if args.json:
        print(json.dumps({"new_source": prop.new_source, "diff": prop.diff, "diagnosis": prop.diagnosis.as_dict(),
                          "fixer": prop.fixer, "changes": prop.changes, "note": prop.note}, indent=1, default=str))
    else:
        print(prop.text())
    if not prop:
        return 1
    if args.write:
        m = cell_meta(cell)
        m.setdefault("original_source", src)
        add_attempt(cell, Attempt(ctx.attempt, diag.as_dict(), prop.fixer, prop.diff, "applied", 0.0, prop.changes,
                                  {"step": prop.step, "note": prop.note}))
        cell.source = prop.new_source
        m["repair_sha"] = sha256(prop.new_source)
        nbmeta.write_notebook(nb, args.notebook)
    return 0
