"""End to end in a real JupyterLab: load a paper, see the planned cells inserted (and undo/redo them),
open the mlintern panel, accept a proposed fix; screenshots of the panel go to test-artifacts/.

Needs: Debian's chromium (/usr/bin/chromium), node, labextension/node_modules (npm ci) for playwright-core,
and jupyterlab. `%mlintern load examples/papers/tinyrepro.pdf` is used when the magics and the example
paper exist; otherwise (or with MLINTERN_E2E_INJECT=1) cell 0 displays the same MIME bundle itself.
"""
from __future__ import annotations

import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
PW_CORE = ROOT / "labextension" / "node_modules" / "playwright-core"
CHROMIUM = os.environ.get("MLINTERN_CHROMIUM", "/usr/bin/chromium")
TINY = ROOT / "examples" / "papers" / "tinyrepro.pdf"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SPEC = {
    "title": "Tiny Repro: a toy text classifier",
    "task_family": "text-classification",
    "architecture": {"value": "2-layer Transformer encoder", "page": 1, "quote": "We use a 2-layer Transformer encoder."},
    "training": {"fine-tuning": {
        "learning_rate": {"value": 0.0003, "page": 2, "quote": "We train with a learning rate of 3e-4."},
        "batch_size": {"value": 16, "page": 2, "quote": "The batch size is 16."}}},
    "datasets": [{"value": "pang_lee_polarity", "page": 1, "quote": "on the Pang & Lee polarity sentences"}],
    "not_stated": ["warmup"],
}
CELLS = [
    {"cell_type": "markdown", "source": "## Tiny Repro — planned reproduction", "metadata": {}},
    {"cell_type": "code", "source": "learning_rate = 3e-4\nbatch_size = 16",
     "metadata": {"mlintern": {"role": "parameters", "uses": ["learning_rate", "batch_size"]}}},
    {"cell_type": "code", "source": "print('train', learning_rate, batch_size)",
     "metadata": {"mlintern": {"role": "train", "uses": ["learning_rate", "batch_size", "warmup"]}}},
]
FIXED = "answer = 6 * 7\nprint(answer)"
BROKEN = "x = np.zeros(3)\nprint(x.sum())"  # NameError: the repair engine adds the import
WIDGET = """import nbformat
from mlintern_nb.ui import ReviewWidget
_nb = nbformat.v4.new_notebook()
_nb.cells = [nbformat.v4.new_code_cell("y = 1 / 0")]
_w = ReviewWidget({"new_source": "y = 1 / 1\\nprint('rerun-ok', y)", "fixer": "e2e", "diagnosis": {"kind": "zero_division",
                   "summary": "division by zero"}}, _nb, 0, by="browser")
_w"""
PROPOSAL = {"new_source": FIXED, "fixer": "e2e-names",
            "diagnosis": {"kind": "name_error", "message": "`six` is not defined; the number 6 was meant."},
            "changes": [{"param": "factor", "paper_value": "six", "new_value": 6, "why": "undefined name"}]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _importable(code: str) -> bool:
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def _load_source() -> tuple[str, str]:
    """`%mlintern load` when the magics, the planner and the example paper are there, else inject."""
    if (TINY.exists() and os.environ.get("MLINTERN_E2E_INJECT", "") != "1"
            and _importable("from mlintern_nb.magics import load_ipython_extension; from mlintern_nb.plan import plan")):
        return "magic", f"%load_ext mlintern_nb\n%mlintern load {TINY}"
    return "inject", ("from mlintern_nb.ui.lab import cells_bundle, display_bundle\n"
                      f"display_bundle(cells_bundle({CELLS!r}, {SPEC!r}, 'flow.ipynb'))")


def _fix_source() -> tuple[str, str]:
    """A failing cell fixed through the "mlintern: fix this cell" command (`%%mlintern fix` in the kernel)
    when the magics and the repair engine are there, else a cell that displays a proposal itself."""
    if os.environ.get("MLINTERN_E2E_INJECT", "") != "1" and _importable(
            "from mlintern_nb.magics import load_ipython_extension; from mlintern_nb.repair import repair_cell"):
        return "command", BROKEN
    return "inject", ("from mlintern_nb.ui.lab import display_bundle, proposal_bundle\n"
                      "try:\n    answer = six * 7\n"
                      f"except NameError:\n    display_bundle(proposal_bundle({PROPOSAL!r}))")


@pytest.fixture
def lab(tmp_path):
    for what, ok in (("chromium", Path(CHROMIUM).exists()), ("node", shutil.which("node")),
                     ("playwright-core (npm ci in labextension/)", PW_CORE.exists()),
                     ("jupyterlab", importlib.util.find_spec("jupyterlab"))):
        if not ok:
            pytest.skip(f"{what} not installed")
    root = tmp_path / "root"
    root.mkdir()
    exts = tmp_path / "exts"
    exts.mkdir()
    notif = tmp_path / "settings" / "@jupyterlab" / "apputils-extension"
    notif.mkdir(parents=True)  # no "official Jupyter news?" toast over the panel
    (notif / "notification.jupyterlab-settings").write_text('{"fetchNews": "false", "checkForUpdates": false}')
    (exts / "mlintern-nb").symlink_to(ROOT / "mlintern_nb" / "labextension")
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
           "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt")}
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
           "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
           f"--LabServerApp.extra_labextensions_path={exts}", "--LabApp.expose_app_in_browser=True",
           f"--LabApp.workspaces_dir={tmp_path / 'ws'}", f"--LabApp.user_settings_dir={tmp_path / 'settings'}",
           "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--MappingKernelManager.default_kernel_name=python3"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    logf = open(tmp_path / "lab.log", "w")
    proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=env, cwd=root)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except Exception:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start: " + (tmp_path / "lab.log").read_text()[-2000:])
                time.sleep(0.5)
        yield {"base": base, "token": token, "root": root, "log": tmp_path / "lab.log"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        logf.close()


def test_load_insert_panel_accept(lab):
    mode, load_src = _load_source()
    fix_mode, fix_src = _fix_source()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(load_src), nbformat.v4.new_code_cell(fix_src),
                nbformat.v4.new_code_cell(WIDGET)]
    # an attempt the repair loop recorded earlier (as in a notebook written by `mlintern reproduce`)
    nb.cells[1].metadata["mlintern"] = {"attempts": [
        {"attempt": 1, "diagnosis": {"kind": "missing_module", "summary": "np is not defined"}, "fixer": "rerun",
         "diff": "", "outcome": "error", "duration_s": 0.4,
         "changes": [{"param": "batch_size", "paper_value": 64, "new_value": 16, "why": "smoke profile"}]}]}
    nbformat.write(nb, lab["root"] / "flow.ipynb")
    ARTIFACTS.mkdir(exist_ok=True)
    env = {**os.environ, "LAB_URL": lab["base"], "LAB_TOKEN": lab["token"], "NOTEBOOK": "flow.ipynb",
           "ARTIFACTS": str(ARTIFACTS), "CHROMIUM": CHROMIUM, "PW_CORE": str(PW_CORE),
           "FIX_MODE": fix_mode}
    t0 = time.monotonic()
    run = subprocess.run(["node", str(Path(__file__).with_name("lab_flow.js"))], env=env, capture_output=True,
                         text=True, timeout=180)
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from the browser flow: {run.stdout[-1500:]} {run.stderr[-1500:]}"
    seen = json.loads(lines[-1])
    assert run.returncode == 0 and "error" not in seen, (seen, lab["log"].read_text()[-3000:])
    print(f"e2e (load: {mode}, fix: {fix_mode}) browser flow {time.monotonic() - t0:.1f}s: {seen}")

    assert seen["extension"] is True and seen["toolbar_fix"] is True, "commands + cell-toolbar button"
    n = seen["n_inserted"]
    assert f"inserted {n} planned cells" in seen["inserted_text"] and n > 0
    if mode == "inject":
        assert n == len(CELLS) and seen["cells_after_load"] == seen["cells_before"] + n
    # (`%mlintern load` may add one more cell of its own through set_next_input: not ours to undo)
    assert seen["cells_after_undo"] == seen["cells_after_load"] - n, "Undo insert removes the inserted cells"
    assert seen["cells_after_redo"] == seen["cells_after_load"]
    assert seen["panel_planned"] >= (2 if mode == "inject" else 1)
    assert seen["panel_values"] >= 3
    assert seen["panel_attempts"] == 1, "the selected cell's attempt history"
    if fix_mode == "inject":
        assert seen["accepted_source"] == FIXED
    else:
        assert seen["accepted_source"] != BROKEN and "x = np.zeros(3)" in seen["accepted_source"]
    assert (ARTIFACTS / "mlintern-panel-proposal.png").stat().st_size > 5000
    assert (ARTIFACTS / "mlintern-panel-accepted.png").stat().st_size > 5000
    assert (ARTIFACTS / "review-widget-accepted.png").stat().st_size > 2000

    saved = nbformat.read(lab["root"] / "flow.ipynb", as_version=4)
    src = [c.source for c in saved.cells]
    if mode == "inject":
        assert src[1:1 + len(CELLS)] == [c["source"] for c in CELLS], "planned cells inserted below cell 0"
        assert saved.metadata["mlintern"]["spec"]["title"] == SPEC["title"]
    assert seen["widget_rerun_output"] == "rerun-ok 1.0", "Re-run's output shows in the widget"
    assert seen["widget_kernel_state"] == "y = 1 / 1|accepted", "the widget's Accept click reached the kernel"
    fixed = saved.cells[-2]
    assert fixed.source == seen["accepted_source"]
    review = fixed.metadata["mlintern"]["review"]
    assert review["decision"] == "accepted" and review["by"] == "jupyterlab" and review["fixer"]
    assert "proposal" not in fixed.metadata["mlintern"]
    assert saved.cells[0].metadata["mlintern"]["inserted"], "the load cell remembers what it inserted"


PROBE = ("import os, socket\nprint('uid', os.getuid(), 'sandbox', os.environ.get('MLINTERN_SANDBOX'))\ntry:\n"
         "    socket.create_connection(('1.1.1.1', 80), timeout=2); print('network open')\n"
         "except OSError:\n    print('network blocked')\n")


class _Containers:
    """Names of the mlintern sandbox containers seen running (docker ps, every 0.3 s) while a block runs."""

    def __init__(self, cli):
        import threading
        self.cli, self.seen, self._stop = cli, set(), threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def now(self) -> set[str]:
        from mlintern_nb.sandbox.engine import LABEL_KERNEL
        return {c.name for c in self.cli.containers.list(filters={"label": [LABEL_KERNEL]})}

    def _poll(self):
        while not self._stop.wait(0.3):
            try:
                self.seen |= self.now()
            except Exception:  # the engine is busy: the next poll sees it
                pass

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=5)


@pytest.mark.docker
def test_planned_cells_run_in_the_sandbox_from_a_python3_notebook(lab):
    """Issue 12 item 1: a new notebook on the default Python 3 kernel, `%mlintern load`, Run All — the
    planned cells ran in a container (uid != 0, no network, docker ps shows it); one click then switches
    the notebook itself to the sandbox kernel."""
    import sys as _sys
    _sys.path.insert(0, str(ROOT / "tests"))
    from conftest import docker_ok
    if not docker_ok() or not TINY.exists():
        pytest.skip("no Docker engine or no example paper")
    from mlintern_nb.errors import SandboxError
    from mlintern_nb.notebook.runner import resolve_kernel
    try:
        resolve_kernel("sandbox")
    except SandboxError as exc:
        pytest.skip(f"sandbox not usable here: {exc}")
    import docker
    cli = docker.from_env()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(f"%load_ext mlintern_nb\n%mlintern load {TINY}"),
                nbformat.v4.new_code_cell("%%mlintern sandbox\n" + PROBE + "print('state', sorted(metrics))")]
    nbformat.write(nb, lab["root"] / "isolate.ipynb")
    ARTIFACTS.mkdir(exist_ok=True)
    env = {**os.environ, "LAB_URL": lab["base"], "LAB_TOKEN": lab["token"], "NOTEBOOK": "isolate.ipynb",
           "ARTIFACTS": str(ARTIFACTS), "CHROMIUM": CHROMIUM, "PW_CORE": str(PW_CORE), "PROBE": PROBE}
    with _Containers(cli) as containers:
        before = containers.now()
        run = subprocess.run(["node", str(Path(__file__).with_name("lab_isolate_flow.js"))], env=env,
                             capture_output=True, text=True, timeout=540)
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from the browser flow: {run.stdout[-1500:]} {run.stderr[-1500:]}"
    seen = json.loads(lines[-1])
    assert run.returncode == 0 and "error" not in seen, (seen, lab["log"].read_text()[-3000:])
    print(f"e2e isolate: {seen}")

    assert seen["kernel_before"] == "python3"
    assert len(seen["notes"]) == 1 and "not isolated: the planned cells run in the sandbox" in seen["notes"][0]
    assert seen["offer"] == 1, "the one-click switch is offered"
    assert seen["cells_after_run_all"] == seen["cells_after_load"], "Run All's load did not insert the cells twice"
    assert seen["planned_code"] >= 5 and seen["planned_with_header"] == seen["planned_code"]
    assert seen["planned_ran"] == seen["planned_code"] and seen["errors"] == []
    assert "accuracy" in seen["eval_output"], seen["eval_output"]
    # the probe ran the same way, in the same sandbox kernel, after the planned cells
    uid = int(seen["probe"].split("uid ")[1].split()[0])
    assert uid != 0 and "sandbox 1" in seen["probe"] and "network blocked" in seen["probe"], seen["probe"]
    assert "state ['accuracy', 'error']" in seen["probe"], "the planned cells' variables carried to the probe"
    session = seen["started_note"].split("(", 1)[1].split(",", 1)[0]
    assert session.startswith("mlintern-kernel-") and session in containers.seen - before, (session, containers.seen)
    # one click: the notebook's own kernel is now the sandbox; the planned cells run there without the header
    assert seen["kernel_after_switch"] == "mlintern-sandbox" and seen["headers_after_switch"] == 0
    assert "now runs the mlintern-sandbox kernel" in seen["switch_status"]
    assert "sandbox 1" in seen["switch_probe"] and "network blocked" in seen["switch_probe"]
    assert int(seen["switch_probe"].split("uid ")[1].split()[0]) != 0
    deadline = time.monotonic() + 20  # the python3 kernel was shut down: its session container goes (atexit)
    while session in containers.now() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert session not in containers.now()
    for shot in ("isolate-run-all.png", "isolate-switched.png"):
        assert (ARTIFACTS / shot).stat().st_size > 5000
    saved = nbformat.read(lab["root"] / "isolate.ipynb", as_version=4)
    assert saved.cells[0].metadata["mlintern"]["inserted"]
