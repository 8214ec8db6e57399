"""Planned cells run isolated by default: `%mlintern load` in a kernel that is not the sandbox inserts
them with a `%%mlintern sandbox` header (one sandbox kernel per notebook session, state kept between
cells), says so in one line, and inserts them plain when MLIntern.kernel = local. Real InteractiveShell;
the sandbox test runs the real `mlintern-sandbox` kernel (Docker)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from IPython import get_ipython
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output

from mlintern_nb.config import get_config
from mlintern_nb.magics.display import MIME_CELLS
from mlintern_nb.nbmeta import SANDBOX_HEADER as HEADER
from mlintern_nb.nbmeta import add_header, strip_header
from mlintern_nb.magics.isolate import SandboxCellFailed
from mlintern_nb.nbmeta import human_edited

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "examples" / "papers" / "tinyrepro.pdf"
PROBE = ("import os, socket\nprint('uid', os.getuid(), 'sandbox', os.environ.get('MLINTERN_SANDBOX'))\ntry:\n"
         "    socket.create_connection(('1.1.1.1', 80), timeout=2); print('network open')\n"
         "except OSError:\n    print('network blocked')\n")


@pytest.fixture
def ip(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MLINTERN_SANDBOX", raising=False)
    shell = start_ipython() or get_ipython()
    shell.run_line_magic("load_ext", "mlintern_nb")
    yield shell
    shell.run_line_magic("unload_ext", "mlintern_nb")
    shell.rl_next_input = None


def run(ip, source: str):
    with capture_output() as cap:
        res = ip.run_cell(source, store_history=True)
    return res, cap, [o.data.get("text/plain", "") for o in cap.outputs]


def load(ip, line: str):
    with capture_output() as cap:
        ip.run_line_magic("mlintern", line)
    texts = [o.data.get("text/plain", "") for o in cap.outputs]
    bundles = [o.data[MIME_CELLS] for o in cap.outputs if MIME_CELLS in o.data]
    return cap, texts, bundles


def test_the_header_is_not_an_edit():
    body = "x = 1\nprint(x)\n"
    assert strip_header(add_header(body)) == body and add_header(add_header(body)) == add_header(body)
    assert strip_header(f"{HEADER} --timeout 5\n{body}") == body and strip_header(body) == body
    assert strip_header("%%mlintern sandboxed\nx") == "%%mlintern sandboxed\nx"
    sha = hashlib.sha256(body.encode()).hexdigest()
    cell = {"cell_type": "code", "source": add_header(body), "metadata": {"mlintern": {"generated_sha": sha}}}
    assert human_edited(cell) is False
    cell["source"] = add_header(body + "y = 2\n")
    assert human_edited(cell) is True


def test_in_an_isolated_kernel_the_header_runs_the_body_here(ip, monkeypatch):
    monkeypatch.setenv("MLINTERN_SANDBOX", "1")  # what the sandbox container sets
    res, cap, _ = run(ip, f"{HEADER}\nanswer = 6 * 7\nprint('here', answer)")
    assert res.success and "here 42" in cap.stdout and ip.user_ns["answer"] == 42
    res, cap, texts = run(ip, f"{HEADER}\nraise ValueError('broken on purpose')")
    assert isinstance(res.error_in_exec, SandboxCellFailed)  # the cell ends in error: Run All stops here
    assert "mlintern: error: %%mlintern sandbox: ValueError: broken on purpose" in cap.stdout
    _, cap, _ = run(ip, "%mlintern status")
    assert "this notebook's kernel: isolated" in cap.stdout and "sandbox session: not needed" in cap.stdout


def test_a_sandbox_cell_without_docker_ends_in_error_with_one_line(ip, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:9")
    _, cap, _ = run(ip, "%mlintern sandbox")
    assert cap.stdout.strip() == "sandbox session: none (started by the first %%mlintern sandbox cell)"
    res, cap, texts = run(ip, f"{HEADER}\nprint('must not run')")
    assert isinstance(res.error_in_exec, SandboxCellFailed)  # Run All stops at the first such cell
    lines = [ln for ln in cap.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("mlintern: error: %%mlintern sandbox: ") and "Docker" in lines[0]
    assert "must not run" not in cap.stdout + "".join(texts)


@pytest.mark.slow
def test_load_with_kernel_local_inserts_plain_cells_with_one_line(ip):
    if not TINY.exists():
        pytest.skip("examples/papers/tinyrepro.pdf not built")
    ip.run_line_magic("config", "MLIntern.kernel = 'local'")
    cap, texts, bundles = load(ip, f'load "{TINY}" --out planned.ipynb')
    notes = [t for t in texts if t.startswith("mlintern: ")]
    assert notes == ["mlintern: warning: this notebook's kernel is not isolated and the planned cells run in it, "
                     "with your rights, files and network (MLIntern.kernel = local)"]
    payload = bundles[0]
    assert payload["kernel"] == {"isolated": False, "session": False, "sandbox": False, "kernel_name": "python3"}
    code = [c["source"] for c in payload["cells"] if c["cell_type"] == "code"]
    assert code and not any(s.startswith(HEADER) for s in code)
    assert ip.rl_next_input == code[0]
    get_config().kernel = "auto"


@pytest.mark.docker
@pytest.mark.slow
def test_load_then_planned_cells_run_in_one_sandbox_session(ip, tmp_path):
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
    before = {c.name for c in cli.containers.list(all=True)}

    ip.run_line_magic("config", "MLIntern.kernel = 'auto'")
    cap, texts, bundles = load(ip, f'load "{TINY}" --out planned.ipynb')
    notes = [t for t in texts if t.startswith("mlintern: ")]
    assert len(notes) == 1 and "not isolated: the planned cells run in the sandbox" in notes[0], texts
    payload = bundles[0]
    assert payload["kernel"] == {"isolated": False, "session": True, "sandbox": True,
                                 "kernel_name": "mlintern-sandbox"}
    code = [c for c in payload["cells"] if c["cell_type"] == "code"]
    assert all(c["source"].startswith(HEADER + "\n") for c in code)
    assert all(human_edited(c) is False for c in code)  # the header is not an edit
    assert ip.rl_next_input == code[0]["source"]
    assert not any(c.source.startswith(HEADER) for c in ip.magics_manager.registry["MLInternMagics"].planned.cells)

    # the planned cells before the (slow: torch) set-up, each in the one session kernel; the browser e2e
    # runs all of them
    outs = []
    roles = [c["metadata"]["mlintern"]["role"] for c in code]
    for c in code[:roles.index("setup")]:
        res, cap, texts = run(ip, c["source"])
        assert res.success, (c["metadata"]["mlintern"]["role"], cap.stdout[-800:], texts)
        outs.append(cap.stdout)
        if len(outs) == 1:
            assert any("started the sandbox session kernel (mlintern-kernel-" in t for t in texts)
            mine = [c for c in cli.containers.list() if c.name not in before]
            assert [c.name for c in mine] and mine[0].attrs["HostConfig"]["NetworkMode"] == "none"
    assert "Traceback" not in "".join(outs)
    res, cap, _ = run(ip, add_header(PROBE + "print('state', profile, type(learning_rate).__name__)"))
    assert res.success and "network blocked" in cap.stdout and "sandbox 1" in cap.stdout
    uid = int(cap.stdout.split("uid ")[1].split()[0])
    assert uid != 0
    assert "state smoke float" in cap.stdout  # the planned cells' variables carried
    assert (tmp_path / "planned.ipynb").exists()

    _, cap, _ = run(ip, "%mlintern kernel")
    assert "kernel: mlintern-sandbox (sandbox)" in cap.stdout and "sandbox session: mlintern-sandbox in" in cap.stdout
    _, cap, _ = run(ip, "%mlintern status")
    assert "this notebook's kernel: NOT isolated" in cap.stdout
    assert "cell(s) run" in cap.stdout and "in container mlintern-kernel-" in cap.stdout
    # a failure goes through the repair engine, which inspects the session's own state (train's signature)
    ip.rl_next_input = None
    run(ip, add_header("def train(lr=0.1, epochs=1):\n    return lr * epochs\n"))
    res, cap, texts = run(ip, add_header("print('result', train(epochz=3))\n"))
    assert res.success and "result 0.3" in cap.stdout and "[mlintern] sandbox: repair attempt 1" in cap.stdout
    assert any(t.startswith("run ok") and "api_misuse" in t and "mlintern-sandbox" in t for t in texts), texts
    assert ip.rl_next_input == add_header("print('result', train(epochs=3))\n")  # the fix keeps its header
    res, cap, texts = run(ip, add_header("raise RuntimeError('broken on purpose')"))
    assert isinstance(res.error_in_exec, SandboxCellFailed)
    assert "still failing after" in cap.stdout and "RuntimeError: broken on purpose" in cap.stdout
    assert "Traceback" not in cap.stdout

    _, cap, _ = run(ip, "%mlintern sandbox stop")
    assert "stopped" in cap.stdout
    assert {c.name for c in cli.containers.list(all=True)} <= before  # no container left behind


@pytest.mark.docker
@pytest.mark.slow
def test_in_a_jupyter_kernel_state_carries_and_the_container_goes_with_the_kernel(tmp_path):
    """The same through ipykernel (its own event loop) run by nbclient; shutting the notebook's kernel
    down removes the session's container (atexit)."""
    import time

    import nbformat
    from conftest import docker_ok
    from nbclient import NotebookClient
    if not docker_ok():
        pytest.skip("no Docker engine")
    from mlintern_nb.errors import SandboxError
    from mlintern_nb.notebook.runner import resolve_kernel
    try:
        resolve_kernel("sandbox")
    except SandboxError as exc:
        pytest.skip(f"sandbox not usable here: {exc}")
    import docker

    from mlintern_nb.sandbox.engine import LABEL_KERNEL
    cli = docker.from_env()

    def ours():
        return {c.name for c in cli.containers.list(all=True, filters={"label": [LABEL_KERNEL]})}

    before = ours()
    cells = ["%load_ext mlintern_nb", f"{HEADER}\nx = 41\nopen('written-in-the-sandbox.txt', 'w').write('hi')",
             f"{HEADER}\n{PROBE}print('x', x + 1)", "%mlintern sandbox"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, kernel_name="python3", timeout=180, resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = ["".join(o.get("text", "") for o in c.outputs) for c in nb.cells]
    assert "x 42" in text[2] and "network blocked" in text[2] and "sandbox 1" in text[2]
    assert int(text[2].split("uid ")[1].split()[0]) != 0
    assert (tmp_path / "written-in-the-sandbox.txt").read_text() == "hi"  # the notebook's folder is the workspace
    name = text[3].split("in container ")[1].split()[0]
    assert name.startswith("mlintern-kernel-") and name not in before
    deadline = time.monotonic() + 20
    while name in ours() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert name not in ours(), "the session's container outlived the notebook's kernel"
