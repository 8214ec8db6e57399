"""Validation by execution: a candidate is accepted only if the failing cell and the cells after it that use
what it defines run (their asserts included) from a clean state.

The clean state is a checkpoint of the kernel's user namespace taken before each code cell runs
(a deep copy, with the random generators' states); restoring it before each candidate means a bad
candidate never leaves state behind. Where the namespace cannot be copied (too big, or objects
that refuse ``deepcopy``) the checkpoint is marked unclean and the caller rebuilds the state in a
fresh kernel of the same kind (re-running the cells above) instead.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

CHECKPOINT_MAX_BYTES = 512 * 2**20

HELPER = r'''
def _mlintern_ckpt(action, limit):
    import copy, random, sys, types
    ip = get_ipython(); ns = ip.user_ns; hidden = ip.user_ns_hidden
    def user():
        return {k: v for k, v in ns.items() if not k.startswith("_") and k not in hidden
                and not isinstance(v, types.ModuleType) and k not in ("In", "Out", "exit", "quit", "get_ipython")}
    torch, np = sys.modules.get("torch"), sys.modules.get("numpy")
    if action == "take":
        vals = user()
        size = 0
        if torch is not None:
            seen = set()
            for v in vals.values():
                ts = [v] if isinstance(v, torch.Tensor) else list(v.parameters()) if isinstance(v, torch.nn.Module) else []
                for t in ts:
                    if id(t) not in seen:
                        seen.add(id(t)); size += t.numel() * t.element_size()
        if size > limit:
            ns["_mlintern_checkpoint"] = None
            return False
        clean = True
        try:
            snap = copy.deepcopy(vals)
        except Exception:
            snap = {}
            for k, v in vals.items():
                try:
                    snap[k] = copy.deepcopy(v)
                except Exception:
                    snap[k] = v
                    clean = clean and (callable(v) or isinstance(v, type))
        rng = (random.getstate(), np.random.get_state() if np is not None else None,
               torch.get_rng_state() if torch is not None else None)
        ns["_mlintern_checkpoint"] = (snap, rng, clean)
        return clean
    ck = ns.get("_mlintern_checkpoint")
    if not ck:
        return False
    snap, rng, clean = ck
    for k in list(user()):
        if k not in snap:
            del ns[k]
    ns.update(copy.deepcopy(snap) if clean else snap)
    # the failed run's traceback keeps its frames, and their tensors, alive: drop it before a candidate runs
    sys.last_type = sys.last_value = sys.last_traceback = None
    if hasattr(sys, "last_exc"):
        sys.last_exc = None
    import gc
    gc.collect()
    random.setstate(rng[0])
    if np is not None and rng[1] is not None:
        np.random.set_state(rng[1])
    if torch is not None and rng[2] is not None:
        torch.set_rng_state(rng[2])
    return clean
'''


def assigned(source: str) -> set[str]:
    """Names a cell binds at its top level or in its loops (assignment targets, defs, imports)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            out.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            out.add(n.name)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            out |= {(a.asname or a.name).split(".")[0] for a in n.names}
    return out


def reads(source: str) -> set[str]:
    """Free names of a cell: read before the cell itself binds them (by position)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    first: dict[str, tuple] = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            pos = (n.lineno, n.col_offset, 0 if isinstance(n.ctx, ast.Load) else 1)
            if n.id not in first or pos < first[n.id][0]:
                first[n.id] = (pos, isinstance(n.ctx, ast.Load))
    # `x = f(x)`: the Load sits right of the Store on the same line, so position decides correctly;
    # a loop body that reads a name bound later in the body still counts as bound here (good enough)
    return {k for k, (_, load) in first.items() if load}


def dependents(failing: str, following: list[tuple[int, str]], window: int = 3) -> list[int]:
    """The contiguous run of following cells (at most ``window``) that read a name the failing cell binds:
    the cells whose asserts judge a candidate (the def/use chain, forwards)."""
    defined = assigned(failing)
    out = []
    for idx, src in following[:window]:
        if not (reads(src) & defined):
            break
        out.append(idx)
        defined |= assigned(src)
    return out


@dataclass
class Trial:
    """One candidate's run: did the failing cell pass, how many dependent cells passed, the first error."""

    candidate: int
    cell_ok: bool = False
    passed_after: int = 0
    needed_after: int = 0
    error: str = ""
    seconds: float = 0.0
    outputs: list = field(default_factory=list)     # (cell index, outputs, execution_count) of the cells run

    @property
    def ok(self) -> bool:
        return self.cell_ok and self.passed_after == self.needed_after

    def score(self) -> tuple:
        return (self.ok, self.cell_ok, self.passed_after)

    def as_dict(self) -> dict:
        return {"candidate": self.candidate, "ok": self.ok, "cell_ok": self.cell_ok, "passed_after": self.passed_after,
                "needed_after": self.needed_after, "error": self.error[:200], "seconds": round(self.seconds, 3)}


_MEMORY = re.compile(r"can't allocate memory|cannot allocate memory|out of memory|\bmemoryerror\b|\boom\b", re.I)


def out_of_memory(text: str) -> bool:
    """Whether a failure's text says the process ran out of memory."""
    return bool(_MEMORY.search(text or ""))


class Validator:
    """Runs candidates for cell ``i`` of a :class:`~.loop.RepairRun` from the checkpoint taken before it."""

    def __init__(self, run, i: int, window: int = 3, exhausted: bool = False):
        import copy
        self.run, self.i, self._copy = run, i, copy.deepcopy
        # a process that ran out of memory is not made clean by restoring its namespace (the allocator keeps
        # what the failed run fragmented): the next restore rebuilds the state in a fresh kernel instead
        self.exhausted = exhausted
        nb = run.nb
        following = [(j, "".join(nb.cells[j].source)) for j in range(i + 1, len(nb.cells)) if nb.cells[j].cell_type == "code"]
        self.following = following
        self.window = window
        self.seconds = 0.0

    def dependents(self, source: str) -> list[int]:
        return dependents(source, self.following, self.window)

    def restore(self) -> None:
        """Back to the state before cell i: the checkpoint, or a fresh kernel with the cells above re-run
        (always after a run that exhausted memory)."""
        if self.exhausted or not self.run.restore_checkpoint():
            self.exhausted = False
            self.run._restart(self.i)
            self.run.take_checkpoint()

    def _run_copy(self, cell, j: int):
        """Run a copy as cell ``j``; nbclient writes the executed cell back into the notebook: undo that."""
        orig = self.run.nb.cells[j]
        try:
            return self.run._run(cell, j)
        finally:
            self.run.nb.cells[j] = orig

    def trial(self, k: int, source: str) -> Trial:
        import time
        t = time.monotonic()
        self.restore()
        tr = Trial(k)
        cell = self._copy(self.run.nb.cells[self.i])
        cell.source = source
        failure = self._run_copy(cell, self.i)
        tr.outputs.append((self.i, cell))
        if failure is not None:
            tr.error = self.run.failure_text(failure, cell)
            self.exhausted = out_of_memory(tr.error)
        else:
            tr.cell_ok = True
            deps = self.dependents(source)
            tr.needed_after = len(deps)
            for j in deps:
                dep = self._copy(self.run.nb.cells[j])
                f = self._run_copy(dep, j)
                tr.outputs.append((j, dep))
                if f is not None:
                    tr.error = f"cell {j}: " + self.run.failure_text(f, dep)
                    self.exhausted = out_of_memory(tr.error)
                    break
                tr.passed_after += 1
        tr.seconds = time.monotonic() - t
        self.seconds += tr.seconds
        return tr
