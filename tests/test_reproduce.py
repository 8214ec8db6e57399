"""`mlintern reproduce` driven as a subprocess: executed notebook, metadata, report, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from mlintern_nb import errors
from mlintern_nb.notebook.manifest import environment_manifest
from mlintern_nb.nbmeta import sha256_file
from mlintern_nb.notebook.reproduce import coerce_value

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "examples" / "papers" / "tinyrepro.pdf"


def planned_notebook(path: Path, body: str = "print('METRIC accuracy=0.5')\nprint('epochs', epochs)\n"
                                             "import os; print('headless', os.environ.get('MLINTERN_HEADLESS'))",
                     reported: float = 97.0) -> Path:
    """A small notebook in the planner's format (parameters cell, roles, nb.metadata.mlintern)."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("seed: int = 0  # random seed\nepochs: int = 1  # training epochs")
    params.metadata["tags"] = ["parameters"]
    params.metadata["mlintern"] = {"role": "parameters", "uses": []}
    md = nbformat.v4.new_markdown_cell("# planned")
    ev = nbformat.v4.new_code_cell(body)
    ev.metadata["mlintern"] = {"role": "eval"}
    nb.cells = [md, params, ev]
    nb.metadata["mlintern"] = {"paper": {"title": "Stand-in", "path": None, "sha256": "ab" * 32},
                               "spec": {"title": "Stand-in",
                                        "reported_results": [{"metric": "accuracy", "value": reported, "page": 3,
                                                              "quote": "accuracy of 97.0%"}]},
                               "profile": "smoke"}
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))
    return path


def cli(*args, cwd=None, env=None):
    import os
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "mlintern_nb", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=e, timeout=300)


def one_error_line(stderr: str) -> str:
    errs = [ln for ln in stderr.splitlines() if ln.startswith("mlintern: error:")]
    assert "Traceback" not in stderr, stderr
    assert len(errs) == 1, stderr
    return errs[0]


@pytest.mark.slow
def test_reproduce_planned_notebook_writes_outputs_metadata_and_report(tmp_path):
    src = planned_notebook(tmp_path / "planned.ipynb")
    before = src.read_bytes()
    out = tmp_path / "out" / "run.ipynb"
    r = cli("reproduce", src, "-o", out, "--kernel", "local", "-p", "epochs", "3", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "NOT isolated" in r.stderr  # local kernels are announced, never silent
    assert src.read_bytes() == before  # the input is never modified
    nb = nbformat.read(str(out), as_version=4)
    nbformat.validate(nb)
    # papermill's injected-parameters cell follows the parameters cell and overrides epochs
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    assert ["injected-parameters"] in tags
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "epochs 3" in text and "METRIC accuracy=0.5" in text
    assert "headless 1" in text  # widgets in the kernel decide by MLIntern.review, never wait
    meta = nb.metadata["mlintern"]
    env = meta["environment"]
    import torch
    assert env["libraries"]["torch"].split("+")[0] == torch.__version__.split("+")[0]
    assert env["python"]["version"] == ".".join(map(str, sys.version_info[:3]))
    assert env["kernel"]["name"] == "python3" and env["kernel"]["isolated"] is False
    assert env["paper"]["sha256"] == "ab" * 32
    assert env["seeds"]["seed"] == 0
    assert env["mlintern_version"]
    kenv = env["kernel_env"]  # probed inside the kernel that ran the notebook
    assert kenv["python"] and kenv["libraries"]["nbformat"] == nbformat.__version__ and kenv["device"] == "cpu"
    run = meta["run"]
    assert run["status"] == "ok" and run["failed_cells"] == [] and run["cells_run"] == run["cells_total"] == 3
    assert run["parameters"] == {"epochs": 3}
    rep = json.loads(out.with_suffix(".report.json").read_text())
    assert rep["status"] == "ok"
    row = next(m for m in rep["metrics"] if m["metric"] == "accuracy")
    assert row["paper"] == 97.0 and row["measured"] == 0.5 and row["delta"] == pytest.approx(50.0 - 97.0)
    md = out.with_suffix(".report.md").read_text()
    assert "| accuracy |  | 97.0 | 3 | 0.5 | -47.0 |" in md and "**ok**" in md


@pytest.mark.slow
def test_failing_cell_exits_42_with_one_line_and_keeps_the_notebook(tmp_path):
    src = planned_notebook(tmp_path / "bad.ipynb", body="raise RuntimeError('deliberately broken cell')")
    out = tmp_path / "bad.out.ipynb"
    r = cli("reproduce", src, "-o", out, "--kernel", "local", "--max-attempts", "1", "--no-progress")
    assert r.returncode == errors.ReproductionFailed.exit_code, r.stderr
    line = one_error_line(r.stderr)
    assert "cell 2" in line and "deliberately broken cell" in line and str(out) in line
    nb = nbformat.read(str(out), as_version=4)
    err = [o for o in nb.cells[2].outputs if o.output_type == "error"]
    assert err and err[0].ename == "RuntimeError"
    assert nb.metadata.mlintern.run.status == "failed" and nb.metadata.mlintern.run.failed_cells == [2]
    assert nb.cells[2].metadata.mlintern.attempts
    rep = json.loads(out.with_suffix(".report.json").read_text())
    assert rep["status"] == "failed" and rep["cells"][-1]["status"] == "failed"


@pytest.mark.parametrize("argv,code,needle", [
    (["reproduce", "{tmp}/missing.pdf", "-o", "{tmp}/o.ipynb"], errors.PaperNotFound.exit_code, "no such file"),
    (["reproduce", "{tmp}/notpdf.pdf", "-o", "{tmp}/o.ipynb"], errors.NotAPDF.exit_code, "not a PDF"),
    (["reproduce", "{tmp}/p.ipynb", "-o", "{tmp}/o.txt"], errors.UsageError.exit_code, "must be a .ipynb"),
    (["reproduce", "{tmp}/p.ipynb", "-o", "{tmp}/p.ipynb"], errors.UsageError.exit_code, "overwrite the input"),
    (["reproduce", "{tmp}/p.ipynb", "-o", "{tmp}/o.ipynb", "-p", "nosuch", "1", "--kernel", "local"],
     errors.UsageError.exit_code, "unknown parameter(s) nosuch"),
    (["reproduce", "{tmp}/p.ipynb", "{tmp}/p.ipynb", "-o", "{tmp}/o.ipynb"], errors.UsageError.exit_code,
     "takes one paper"),
    (["reproduce", "{tmp}/broken.ipynb", "-o", "{tmp}/o.ipynb"], 22, "not a readable notebook"),
    (["reproduce", "{tmp}/p.ipynb", "-o", "{tmp}/notpdf.pdf/o.ipynb", "--kernel", "local"], 24,
     "cannot write the notebook"),
    (["reproduce", str(TINY), "-o", "{tmp}/o.ipynb", "--engine", "llm"], errors.LLMNotConfigured.exit_code,
     "no LLM endpoint is configured"),
])
def test_bad_input_is_one_line(tmp_path, capsys, monkeypatch, argv, code, needle):
    from mlintern_nb.cli import main
    monkeypatch.delenv("MLINTERN_LLM_BASE_URL", raising=False)
    planned_notebook(tmp_path / "p.ipynb")
    (tmp_path / "notpdf.pdf").write_text("hello")
    (tmp_path / "broken.ipynb").write_text("{not json")
    before = (tmp_path / "p.ipynb").read_bytes()
    rc = main([a.format(tmp=tmp_path) for a in argv])  # the real CLI, in process (fast)
    assert rc == code
    assert needle in one_error_line(capsys.readouterr().err)
    assert (tmp_path / "p.ipynb").read_bytes() == before
    assert not (tmp_path / "o.ipynb").exists()


def test_sandbox_without_docker_is_one_line(tmp_path):
    src = planned_notebook(tmp_path / "p.ipynb")
    r = cli("reproduce", src, "-o", tmp_path / "o.ipynb", "--kernel", "sandbox",
            env={"DOCKER_HOST": "tcp://127.0.0.1:9"})
    assert r.returncode in {errors.DockerUnavailable.exit_code, errors.ImageNotFound.exit_code}, r.stderr
    assert "Docker" in one_error_line(r.stderr) or "image" in r.stderr
    assert not (tmp_path / "o.ipynb").exists()


@pytest.mark.slow
def test_batch_runs_each_paper_and_writes_one_summary(tmp_path):
    a = planned_notebook(tmp_path / "a.ipynb")
    b = planned_notebook(tmp_path / "b.ipynb", body="raise ValueError('b is broken')")
    r = cli("reproduce", a, b, "--out-dir", tmp_path / "out", "--jobs", "2", "--kernel", "local",
            "--max-attempts", "1", "--no-progress")
    assert r.returncode == errors.ReproductionFailed.exit_code, r.stderr
    assert "1 of 2 papers" in one_error_line(r.stderr)
    rows = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert [(Path(x["paper"]).name, x["status"]) for x in rows] == [("a.ipynb", "ok"), ("b.ipynb", "failed")]
    assert rows[0]["metrics"] == {"accuracy": 0.5}
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert "| a.ipynb | ok |" in summary and "b is broken" in summary
    assert (tmp_path / "out" / "a.ipynb").exists() and (tmp_path / "out" / "b.report.md").exists()


def test_environment_manifest_records_versions_paper_and_kernel(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4 tiny")
    m = environment_manifest(kernel={"kind": "sandbox", "image_digest": "sha256:abc", "network": False},
                             paper_path=pdf, parameters={"seed": 7, "lr": 0.1})
    assert m["paper"]["sha256"] == sha256_file(pdf) and len(m["paper"]["sha256"]) == 64
    assert m["kernel"]["image_digest"] == "sha256:abc" and m["kernel"]["network"] is False
    assert m["seeds"]["seed"] == 7 and "lr" not in m["seeds"]
    assert m["libraries"]["nbformat"] == nbformat.__version__
    json.dumps(m)  # goes into notebook metadata: must be JSON


def test_parameter_values_are_typed_like_papermill():
    assert coerce_value("3") == 3 and coerce_value("0.5") == 0.5 and coerce_value("True") is True
    assert coerce_value("none") is None and coerce_value("[1, 2]") == [1, 2] and coerce_value("adam") == "adam"


@pytest.mark.slow
def test_reproduce_bundled_example_paper(tmp_path):
    """The README's main-job command on the bundled paper."""
    out = tmp_path / "out" / "tinyrepro.ipynb"
    r = cli("reproduce", TINY, "-o", out, "--profile", "smoke", "--kernel", "auto", "--no-progress",
            "--timeout", "300")
    assert r.returncode == 0, r.stderr[-3000:]
    nb = nbformat.read(str(out), as_version=4)
    meta = nb.metadata["mlintern"]
    assert meta["paper"]["sha256"] == sha256_file(TINY) == meta["environment"]["paper"]["sha256"]
    assert meta["run"]["status"] == "ok"
    nbformat.validate(nb)
    roles = {(c.metadata.get("mlintern") or {}).get("role") for c in nb.cells}
    assert {"data", "model", "train", "eval"} <= roles
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    rep = json.loads(out.with_suffix(".report.json").read_text())
    assert any(m["measured"] is not None for m in rep["metrics"]), rep["metrics"]


@pytest.mark.slow
def test_ctrl_c_keeps_what_ran(tmp_path):
    import os
    import signal
    import time
    src = planned_notebook(tmp_path / "p.ipynb",
                           body="print('started', flush=True)\nimport time\ntime.sleep(60)\nprint('never')")
    out = tmp_path / "o.ipynb"
    proc = subprocess.Popen([sys.executable, "-m", "mlintern_nb", "reproduce", str(src), "-o", str(out),
                             "--kernel", "local", "--no-progress"], stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not out.exists():
        time.sleep(0.2)  # the planned notebook is written before anything runs
    time.sleep(4)  # … the kernel starts and the sleeping cell is running
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    ours = [ln for ln in err.splitlines() if ln.startswith("mlintern")]
    assert ours[-1] == "mlintern: interrupted", err  # (the kernel got the SIGINT too and logs its own lines)
    assert any(ln.startswith("mlintern: interrupted; what ran is in") for ln in ours)
    nb = nbformat.read(str(out), as_version=4)
    assert nb.metadata.mlintern.run.status == "interrupted"
    assert nb.cells[1].execution_count == 1  # the parameters cell ran and is kept
    assert json.loads(out.with_suffix(".report.json").read_text())["status"] == "interrupted"
