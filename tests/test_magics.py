"""%mlintern magics on a real InteractiveShell: parsing, one-line errors, load/run/fix, config."""
from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from IPython import get_ipython
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output

from mlintern_nb.config import get_config

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "examples" / "papers" / "tinyrepro.pdf"


@pytest.fixture
def ip(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shell = start_ipython() or get_ipython()  # a real (terminal) InteractiveShell, made once per process
    shell.run_line_magic("load_ext", "mlintern_nb")
    yield shell
    shell.run_line_magic("unload_ext", "mlintern_nb")
    shell.rl_next_input = None


def magic(ip, line, cell=None):
    with capture_output() as cap:
        if cell is None:
            ip.run_line_magic("mlintern", line)
        else:
            ip.run_cell_magic("mlintern", line, cell)
    texts = [o.data.get("text/plain", "") for o in cap.outputs]
    return cap, texts


def one_error(cap, texts) -> str:
    errors = [t for t in texts if t.startswith("mlintern: error:")]
    assert len(errors) == 1, texts
    assert "\n" not in errors[0]
    assert "Traceback" not in cap.stdout + cap.stderr + "".join(texts)
    return errors[0]


def test_config_goes_through_the_shell(ip):
    ip.run_line_magic("config", "MLIntern.max_attempts = 2")
    cfg = get_config()
    assert cfg.max_attempts == 2 and cfg in ip.configurables and cfg.parent is ip
    cap, texts = magic(ip, "status")
    assert "max_attempts=2" in cap.stdout and "kernel:" in cap.stdout


@pytest.mark.parametrize("line,needle", [
    ("load missing.pdf", "missing.pdf: no such file"),
    ('load "not a pdf.pdf"', "not a PDF"),
    ("load notes", "is a directory"),
    ("load x.pdf --bogus", "unrecognized arguments: --bogus"),
    ("load x.pdf --profile huge", "invalid choice: 'huge'"),
    ('load "unterminated.pdf', "cannot split the arguments"),
    ("frobnicate", "invalid choice: 'frobnicate'"),
    ("run", "cell magic"),
    ("spec", "no paper loaded"),
    ("fix", "no failing cell recorded"),
    ("fix 999", "no cell In[999]"),
    ("kernel use", "say which"),
])
def test_bad_input_is_one_red_line_and_touches_nothing(ip, tmp_path, line, needle):
    (tmp_path / "not a pdf.pdf").write_text("hello")
    (tmp_path / "notes").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    cap, texts = magic(ip, line)
    assert needle in one_error(cap, texts)
    html = [o.data.get("text/html", "") for o in cap.outputs if "text/html" in o.data]
    assert html and "color:#cf222e" in html[0]  # red in a notebook front end
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert ip.rl_next_input is None


def test_no_docker_is_one_line(ip, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:9")
    cap, texts = magic(ip, "kernel use sandbox")
    assert "Docker is not available" in one_error(cap, texts) or "sandbox" in one_error(cap, texts)
    assert get_config().kernel != "sandbox"


def test_load_with_the_sandbox_but_no_docker_writes_nothing(ip, tmp_path, monkeypatch):
    if not TINY.exists():
        pytest.skip("examples/papers/tinyrepro.pdf not built")
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:9")
    cap, texts = magic(ip, f'load "{TINY}" --kernel sandbox --out planned.ipynb')
    assert "Docker is not available" in one_error(cap, texts)
    assert not (tmp_path / "planned.ipynb").exists() and ip.rl_next_input is None
    assert not [o for o in cap.outputs if "application/vnd.mlintern.cells+json" in o.data]


def test_kernel_ls_and_use_local(ip):
    cap, _ = magic(ip, "kernel ls")
    assert "python3" in cap.stdout
    cap, texts = magic(ip, "kernel use local")
    assert get_config().kernel == "local" and "kernel: python3 (local)" in cap.stdout
    assert any("NOT isolated" in t for t in texts)


def test_help_lists_every_command(ip):
    cap, _ = magic(ip, "help")
    for cmd in ("load", "run", "fix", "status", "history", "spec", "kernel"):
        assert cmd in cap.stdout
    cap, _ = magic(ip, "load --help")
    assert "--profile" in cap.stdout and "--kernel" in cap.stdout


@pytest.mark.slow
def test_load_shows_spec_writes_planned_notebook_and_never_clobbers(ip, tmp_path):
    if not TINY.exists():
        pytest.skip("examples/papers/tinyrepro.pdf not built")
    folder = tmp_path / "my papers"
    folder.mkdir()
    shutil.copy(TINY, folder / "tiny repro.pdf")
    out = tmp_path / "planned notebook.ipynb"
    cap, texts = magic(ip, f'load "my papers/tiny repro.pdf" --kernel local --out "{out.name}"')
    assert not [t for t in texts if t.startswith("mlintern: error")], texts
    spec_text = next(t for t in texts if "learning_rate" in t)
    assert "TinyRepro" in spec_text and "[p.2]" in spec_text and 'Adam optimizer at a learning rate' in spec_text
    bundles = [o.data for o in cap.outputs if "application/vnd.mlintern.cells+json" in o.data]
    assert len(bundles) == 1
    payload = bundles[0]["application/vnd.mlintern.cells+json"]
    nb = nbformat.read(str(out), as_version=4)
    assert [c["source"] for c in payload["cells"]] == [c.source for c in nb.cells]
    assert payload["notebook_path"] == str(out) and payload["spec"]["title"].startswith("TinyRepro")
    assert "planned notebook.ipynb" in bundles[0]["text/html"]  # the link for front ends without the extension
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert ip.rl_next_input == first_code.source  # a terminal: no lab extension to insert the cells
    assert nb.metadata.mlintern.paper.sha256 and nb.metadata.kernelspec.name == "python3"
    # loading again never overwrites the notebook written before (it may hold someone's edits)
    out.write_text(out.read_text().replace("TinyRepro", "TinyRepro (edited by hand)", 1))
    edited = out.read_text()
    magic(ip, f'load "my papers/tiny repro.pdf" --kernel local --out "{out.name}"')
    assert out.read_text() == edited
    assert (tmp_path / "planned notebook-2.ipynb").exists()
    cap, _ = magic(ip, "spec --json")
    assert '"learning_rate"' in cap.stdout
    cap, _ = magic(ip, "history")
    assert cap.stdout.count("load") >= 2


@pytest.mark.slow
def test_run_repairs_the_cell_and_streams_attempts(ip):
    body = "def train(lr=0.1, epochs=1):\n    return lr * epochs\nprint('result', train(epochz=3))\n"
    cap, texts = magic(ip, "run --kernel local --max-attempts 2", body)
    assert "result 0.3" in cap.stdout
    assert "[mlintern] user: repair attempt 1" in cap.stdout
    summary = next(t for t in texts if t.startswith("run "))
    assert summary.startswith("run ok") and "api_misuse" in summary and "fixed" in summary
    assert "train(epochs=3)" in ip.rl_next_input
    proposal = [o.data for o in cap.outputs if "application/vnd.mlintern.proposal+json" in o.data]
    assert proposal and "+print('result', train(epochs=3))" in proposal[0]["text/plain"]


@pytest.mark.slow
def test_run_that_still_fails_is_one_line_and_can_be_fixed_later(ip):
    cap, texts = magic(ip, "run --kernel local --max-attempts 1", "raise RuntimeError('broken on purpose')")
    assert "broken on purpose" in one_error(cap, texts)
    cap, texts = magic(ip, "fix")  # the failure was recorded for %mlintern fix; no rule fixes a bare raise
    assert "no fix found for RuntimeError: broken on purpose" in one_error(cap, texts)


def test_fix_proposes_a_diff_for_the_last_error(ip):
    ip.run_cell("def train(lr=0.1, epochs=1):\n    return lr * epochs\nprint(train(epochz=3))", store_history=True)
    cap, texts = magic(ip, "fix")
    prop = next(o.data for o in cap.outputs if "application/vnd.mlintern.proposal+json" in o.data)
    payload = prop["application/vnd.mlintern.proposal+json"]["proposal"]
    assert payload["new_source"].endswith("print(train(epochs=3))")
    assert payload["diagnosis"]["kind"] == "api_misuse"
    assert "-print(train(epochz=3))" in prop["text/plain"]
    assert ip.rl_next_input == payload["new_source"]


def test_fix_by_number_uses_that_cells_recorded_error(ip):
    ip.run_cell("def g(a, epochs=1):\n    return a * epochs\ng(1, epochz=2)", store_history=True)
    failing = ip.execution_count - 1
    ip.run_cell("y = 1", store_history=True)  # a later cell that works
    cap, texts = magic(ip, f"fix {failing}")
    prop = next(o.data for o in cap.outputs if "application/vnd.mlintern.proposal+json" in o.data)
    assert prop["application/vnd.mlintern.proposal+json"]["proposal"]["new_source"].endswith("g(1, epochs=2)")
    cap, texts = magic(ip, f"fix {failing + 1}")
    assert "did not raise" in one_error(cap, texts)


def test_cell_fix_runs_the_body_to_find_its_error(ip):
    cap, texts = magic(ip, "fix", "def f(a, epochs=1):\n    return a * epochs\nf(2, epochz=3)")
    prop = next(o.data for o in cap.outputs if "application/vnd.mlintern.proposal+json" in o.data)
    assert "f(2, epochs=3)" in prop["application/vnd.mlintern.proposal+json"]["proposal"]["new_source"]
    cap, texts = magic(ip, "fix", "x = 1")
    assert "runs without an error" in one_error(cap, texts)


def test_unload_restores_the_shell(ip):
    ip.run_line_magic("unload_ext", "mlintern_nb")
    assert "mlintern" not in ip.magics_manager.magics["line"]
    assert ip.custom_exceptions == ()
    ip.run_line_magic("load_ext", "mlintern_nb")
    assert "mlintern" in ip.magics_manager.magics["line"]


@pytest.mark.slow
def test_run_streams_output_while_the_cell_runs(ip, monkeypatch):
    import io
    import sys
    import time

    class Clocked(io.StringIO):
        def __init__(self):
            super().__init__()
            self.when: dict[str, float] = {}

        def write(self, s):
            for word in ("first", "second"):
                if word in s:
                    self.when.setdefault(word, time.monotonic())
            return super().write(s)

    out = Clocked()
    monkeypatch.setattr(sys, "stdout", out)
    ip.run_cell_magic("mlintern", "run --kernel local",
                      "import time\nprint('first', flush=True)\ntime.sleep(2)\nprint('second')")
    assert out.getvalue().count("first") == 1 and out.getvalue().count("second") == 1
    assert out.when["second"] - out.when["first"] > 1.0  # 'first' was shown before the cell finished


@pytest.mark.docker
@pytest.mark.slow
def test_run_in_the_sandbox_is_isolated(ip):
    from conftest import docker_ok
    if not docker_ok():
        pytest.skip("no Docker engine")
    from mlintern_nb.errors import SandboxError
    from mlintern_nb.notebook.runner import resolve_kernel
    try:
        resolve_kernel("sandbox")
    except SandboxError as exc:
        pytest.skip(f"sandbox not usable here: {exc}")
    body = ("import os, socket\nprint('uid', os.getuid())\ntry:\n"
            "    socket.create_connection(('1.1.1.1', 80), timeout=2); print('network open')\n"
            "except OSError:\n    print('network blocked')\n")
    cap, texts = magic(ip, "run --kernel sandbox", body)
    assert "network blocked" in cap.stdout and "uid 1000" in cap.stdout
    assert any(t.startswith("run ok") and "mlintern-sandbox" in t for t in texts)
