"""Out-of-memory repairs: settings written as tuples are found, and candidates after a memory failure are
validated in a fresh kernel (a process that ran out of memory is not made clean by restoring its namespace)."""
from __future__ import annotations

import hashlib

import nbformat
import pytest

torch = pytest.importorskip("torch")

from mlintern_nb.repair import run_with_repair
from mlintern_nb.repair.diagnose import diagnose
from mlintern_nb.repair.fixers import RepairContext, _edit
from mlintern_nb.repair.probe import Facts
from mlintern_nb.repair.search import candidates_for
from mlintern_nb.repair.validate import out_of_memory


def _oom():
    try:
        torch.empty(2**45)     # the real allocator error, at once
    except RuntimeError as exc:
        return exc
    raise AssertionError("allocated 128 TiB")


def test_tuple_assignments_are_settings():
    src = "seq_len, heads = 512, 4\nbatch_size, accum_steps = 64, 1\n"
    assert _edit.upstream_value([src], ("batch_size",)) == ("batch_size", 64)
    occ = _edit.occurrences(src, ("accum_steps",))[0]
    assert _edit.replace_value(src, occ, "8").endswith("batch_size, accum_steps = 64, 8\n")
    assert _edit.occurrences("a, b = f()\n", ("a",)) == []          # not a literal per name: left alone


def test_oom_candidates_halve_a_tuple_assigned_batch_and_keep_the_effective_batch():
    upstream = "import torch\nbatch_size, accum_steps = 64, 1\n"
    cell = "x = torch.zeros(batch_size * accum_steps, 8)\n"
    diag = diagnose(_oom(), source=cell)
    assert diag.kind == "oom" and out_of_memory(f"{diag.ename}: {diag.evalue}")
    cands = [c for c in candidates_for(cell, diag, Facts(), RepairContext(upstream=[upstream]), limit=10)
             if c.step == "halve_batch"]
    assert len(cands) >= 3
    first = {c["param"]: (c["paper_value"], c["new_value"]) for c in cands[0].changes}
    assert first == {"batch_size": (64, 32), "accum_steps": (1, 2)}
    ns: dict = {}
    exec(upstream + cands[-1].source, ns)
    assert ns["batch_size"] * ns["accum_steps"] == 64
    assert not out_of_memory("ValueError: zoom level must be positive")


@pytest.mark.slow
def test_after_a_memory_failure_candidates_run_in_a_fresh_kernel(tmp_path):
    setup = ("import os, resource, torch\n"
             "open('pids.txt', 'a').write(f'{os.getpid()}\\n')\n"
             "_vm = next(int(l.split()[1]) * 1024 for l in open('/proc/self/status') if l.startswith('VmData'))\n"
             "resource.setrlimit(resource.RLIMIT_DATA, (_vm + 256 * 2**20, resource.RLIM_INFINITY))\n"
             "batch_size, accum_steps = 512, 1\n")
    cell = "x = torch.ones(batch_size, 256, 1024)\ntotal = float(x.sum()) * accum_steps\n"
    check = "assert batch_size * accum_steps == 512 and total == 512 * 256 * 1024\n"
    nb = nbformat.v4.new_notebook()
    for s in (setup, cell, check):
        c = nbformat.v4.new_code_cell(s)
        c.metadata["mlintern"] = {"generated_sha": hashlib.sha256(s.encode()).hexdigest()}
        nb.cells.append(c)
    report = run_with_repair(nb, "python3", cwd=str(tmp_path), timeout=120)
    assert report.ok, report.summary
    a = nb.cells[1].metadata["mlintern"]["attempts"][-1]
    assert a["outcome"] == "fixed"
    changes = {c["param"]: (c["paper_value"], c["new_value"]) for c in a["changes"]}
    assert changes["batch_size"][0] == 512 and changes["batch_size"][1] * changes["accum_steps"][1] == 512
    pids = (tmp_path / "pids.txt").read_text().split()
    # the first candidate ran after the cells above were re-run in a new kernel process, not after a restore
    assert len(set(pids)) >= 2
