"""Diagnosis, proposals and the loop's contract (records, human edits, giving up, CLI)."""
from __future__ import annotations

import hashlib
import json

import nbformat
import pytest
import torch

from mlintern_nb.repair import diagnose, registry, repair_cell, run_with_repair, unrecorded_changes
from mlintern_nb.repair.fixers import RepairContext


def _raise(fn):
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - we want the real error object
        return exc
    raise AssertionError("did not raise")


def test_diagnose_real_errors():
    assert diagnose(_raise(lambda: torch.nn.Linear(32, 10)(torch.randn(4, 64)))).sizes == [[4, 64], [32, 10]]
    d = diagnose(_raise(lambda: torch.nn.Linear(3, 3).to("cuda"))) if not torch.cuda.is_available() else None
    assert d is None or d.kind == "device_mismatch"
    d = diagnose(_raise(lambda: torch.empty(2**45)))
    assert d.kind == "oom" and d.device == "cpu" and d.requested_bytes == 2**47
    d = diagnose({"ename": "OutOfMemoryError", "evalue": "CUDA out of memory. Tried to allocate 2.00 GiB", "traceback": []})
    assert d.kind == "oom" and d.device == "cuda" and d.requested_bytes == 2 * 2**30
    from transformers import TrainingArguments
    d = diagnose(_raise(lambda: TrainingArguments(output_dir="/tmp/x", evaluation_strategy="no")))
    assert (d.kind, d.keyword) == ("api_misuse", "evaluation_strategy")
    d = diagnose(outputs=[{"output_type": "stream", "name": "stdout", "text": "step 0 loss 2.3\nstep 1 loss nan\n"}])
    assert d.kind == "nan_loss" and d.step == 1


def test_traceback_line_is_pinned():
    tb = ["\x1b[0;31mRuntimeError\x1b[0m Traceback", "Cell \x1b[0;32mIn[7], line 3\x1b[0m\n  1 x\n----> 3 y",
          "File site-packages/torch/nn/modules/linear.py:125, in forward"]
    d = diagnose({"ename": "RuntimeError", "evalue": "mat1 and mat2 shapes cannot be multiplied (4x64 and 32x10)",
                  "traceback": tb}, source="a\nb\nout = model(x)\n", exec_count=7)
    assert d.line == 3 and d.code_line == "out = model(x)"


def test_renamed_keyword_uses_installed_signature():
    src = "args = TrainingArguments(output_dir='o', evaluation_strategy='epoch', learning_rate=5e-5)\n"
    p = repair_cell(src, {"ename": "TypeError", "evalue": "TrainingArguments.__init__() got an unexpected keyword "
                                                          "argument 'evaluation_strategy'", "traceback": []})
    assert "eval_strategy='epoch'" in p.new_source and "evaluation_strategy" not in p.new_source
    assert p.diff.startswith("--- ")


def test_oom_halves_batch_and_records_paper_value():
    src = "batch_size = 32\ngrad_accum_steps = 2\ntrain(batch_size, grad_accum_steps)\n"
    ctx = RepairContext(paper={"batch_size": 64}, original_source=src)
    p = repair_cell(src, {"ename": "OutOfMemoryError", "evalue": "CUDA out of memory.", "traceback": []}, ctx)
    assert "batch_size = 16" in p.new_source and "grad_accum_steps = 4" in p.new_source
    assert {c["param"]: (c["paper_value"], c["new_value"]) for c in p.changes} == {
        "batch_size": (64, 16), "grad_accum_steps": (2, 4)}
    assert unrecorded_changes(src, p.new_source, p.changes, {"batch_size", "grad_accum_steps"}) == []
    assert unrecorded_changes(src, p.new_source, [], {"batch_size"}) == ["batch_size: [32] -> [16]"]


def test_registry_comes_from_the_entry_point():
    names = {f.name for f in registry()}
    assert {"oom", "shape", "api", "pad_token", "loss", "timeout"} <= names


def _nb(*sources, generated=True):
    nb = nbformat.v4.new_notebook()
    for s in sources:
        c = nbformat.v4.new_code_cell(s)
        if generated:
            c.metadata["mlintern"] = {"generated_sha": hashlib.sha256(s.encode()).hexdigest()}
        nb.cells.append(c)
    return nb


@pytest.mark.slow
def test_loop_records_attempts_and_gives_up_for_review(tmp_path):
    nb = _nb("batch_size = 64\n",
             "if batch_size > 8:\n    raise MemoryError()\nprint('ran with', batch_size)\n",
             "raise ValueError('a bug no rule knows')\n",
             "print('downstream')\n")
    events = []
    report = run_with_repair(nb, "python3", cwd=str(tmp_path), max_attempts=5, progress=events.append, timeout=60)
    meta = nb.cells[1].metadata["mlintern"]
    # candidates validated by execution: batch /2, /4, /8 tried from the checkpoint in one attempt
    assert [a["outcome"] for a in meta["attempts"]] == ["fixed"]
    assert [c["ok"] for c in meta["attempts"][0]["candidates"]][-1] is True
    assert meta["original_source"].startswith("if batch_size > 8")
    a = meta["attempts"][0]
    assert {"attempt", "diagnosis", "fixer", "diff", "outcome", "duration_s", "changes"} <= set(a)
    assert a["changes"][0]["param"] == "batch_size" and a["changes"][0]["paper_value"] == 64
    assert not report.ok and report.stopped_at == 2
    assert nb.cells[2].metadata["mlintern"]["needs_review"] is True
    assert nb.cells[3].outputs == [] and nb.cells[3].execution_count is None   # downstream not run
    assert any(e.get("event") == "attempt" for e in events) and events[-1]["event"] == "done"
    assert "needs human review" in report.summary


@pytest.mark.slow
def test_human_edited_cell_is_not_rewritten(tmp_path):
    nb = _nb("batch_size = 64\n", "if batch_size > 8:\n    raise MemoryError()\n")
    nb.cells[1].source += "# my own edit\n"
    edited = nb.cells[1].source
    report = run_with_repair(nb, "python3", cwd=str(tmp_path), timeout=60)
    meta = nb.cells[1].metadata["mlintern"]
    assert nb.cells[1].source == edited
    assert meta["needs_review"] is True and meta["attempts"][0]["outcome"] == "proposed"
    assert "batch_size = 32" in meta["attempts"][0]["new_source"]
    assert not report.ok


def test_cli_fix_proposes_from_stored_error(tmp_path, capsys):
    from mlintern_nb.cli import main
    nb = _nb("loader = DataLoader(ds, batchsize=64)\n")
    nb.cells[0].outputs = [nbformat.v4.new_output("error", ename="TypeError", evalue="DataLoader.__init__() got an "
                                                  "unexpected keyword argument 'batchsize'", traceback=[])]
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    assert main(["fix", str(path), "--cell", "0"]) == 0
    assert "batch_size=64" in capsys.readouterr().out
    assert main(["fix", str(path), "--cell", "0", "--write"]) == 0
    assert "batch_size=64" in nbformat.read(path, as_version=4).cells[0].source
    assert main(["fix", str(path), "--cell", "9"]) != 0
    assert main(["fix", str(tmp_path / "missing.ipynb"), "--cell", "0"]) != 0


def test_after_attempt_three_the_cell_is_regenerated_from_its_recipe():
    from pathlib import Path
    from mlintern_nb.plan import load_spec, plan
    from mlintern_nb.nbmeta import source_of
    nb = plan(load_spec(Path(__file__).resolve().parent.parent / "benchmarks" / "reference_specs" /
                        "gpt2_wikitext2.json"), profile="smoke")
    idx = next(i for i, c in enumerate(nb.cells) if c.metadata.get("mlintern", {}).get("role") == "train")
    upstream = [source_of(c) for c in nb.cells[:idx] if c.cell_type == "code"]
    src = source_of(nb.cells[idx])
    oom = {"ename": "OutOfMemoryError", "evalue": "CUDA out of memory. Tried to allocate 1.00 GiB", "traceback": []}
    early = repair_cell(src, oom, RepairContext(upstream=upstream, attempt=2, original_source=src), nb=nb, index=idx)
    late = repair_cell(src, oom, RepairContext(upstream=upstream, attempt=4, original_source=src), nb=nb, index=idx)
    assert early.fixer == "oom" and late.fixer == "regenerate+oom"
    new_batch = next(c["new_value"] for c in late.changes if c["param"] == "batch_size")
    assert f"batch_size = {new_batch}" in late.new_source and "# mlintern:" not in late.new_source


def test_training_log_formats():
    from mlintern_nb.repair.diagnose import training_ok
    out = lambda t: [{"output_type": "stream", "name": "stdout", "text": t}]  # noqa: E731
    assert training_ok(out("20 steps in 3.1 s; loss (mean of 5 steps) 2.3100 -> nan\n")).kind == "nan_loss"
    assert training_ok(out("{'loss': 2.1}\n{'loss': 2.5}\n{'loss': 3.9}\n")).kind == "divergence"
    assert training_ok(out("step 0 loss 2.3\nstep 1 loss 1.2\nstep 2 loss 0.7\nval_loss nan\n")) is None
    assert training_ok(out("20 steps; loss (mean of 5 steps) 2.3100 -> 1.2000\n")) is None



def _plugin():
    from mlintern_nb.repair.fixers import Fix, Fixer

    class CommentOut(Fixer):
        name = "comment_out"
        kinds = ("unknown",)
        priority = 10

        def propose(self, source, d, ctx):
            return Fix("# " + source.splitlines()[0] + "\nraise ValueError('still broken')\n", "comment_out", "")
    return CommentOut()


@pytest.mark.slow
def test_plugin_fixer_and_doom_loop_guard(tmp_path):
    from mlintern_nb.repair import register
    register(_plugin())
    try:
        p = repair_cell("raise ValueError('x')\n", {"ename": "ValueError", "evalue": "x", "traceback": []})
        assert p.fixer == "comment_out"
        nb = _nb("raise ValueError('a bug')\n")
        report = run_with_repair(nb, "python3", cwd=str(tmp_path), max_attempts=5, timeout=60)
        outcomes = [a["outcome"] for a in nb.cells[0].metadata["mlintern"]["attempts"]]
        assert outcomes == ["failed", "doom_loop"]   # every candidate meets the same error again: stop early
        assert not report.ok and nb.cells[0].metadata["mlintern"]["needs_review"] is True
    finally:
        registry(refresh=True)
    assert "comment_out" not in {f.name for f in registry()}
