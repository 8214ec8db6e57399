"""The sandbox kernel of a gateway: ``mlintern gateway serve`` (its own process, its own Docker-side
provisioner) on 127.0.0.1, and mlintern's headless paths as its clients — the bundled example reproduced
with ``mlintern reproduce --gateway``, a failing cell repaired there, a papermill run, ``kernel doctor
--gateway``, and the gateway killed mid-cell. Needs a Docker engine and the image."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import nbformat
import pytest
from conftest import docker_ok
from test_gateway import TOKEN, Gateway, notebook, write

from mlintern_nb.cli import main as cli_main

pytestmark = [pytest.mark.docker]
ROOT = Path(__file__).resolve().parent.parent


def _containers(cli, pid: int) -> list:
    return cli.containers.list(all=True, filters={"label": [f"mlintern.owner_pid={pid}"]})


@pytest.fixture(scope="module")
def docker_cli():
    if not docker_ok():
        pytest.skip("no Docker engine")
    import docker

    from mlintern_nb.config import get_config
    cli = docker.from_env()
    try:
        cli.images.get(get_config().image)
    except docker.errors.ImageNotFound:
        pytest.skip(f"image {get_config().image} not built (mlintern kernel build)")
    return cli


@pytest.fixture(scope="module")
def sandbox_gateway(docker_cli, tmp_path_factory):
    """The gateway serves the sandbox kernelspec from a private Jupyter data dir."""
    tmp = tmp_path_factory.mktemp("gw-sandbox")
    data = tmp / "jupyter-data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_DATA_DIR", str(data))
        mp.setenv("JUPYTER_PATH", str(data))
        from mlintern_nb.sandbox import install
        install(user=True)
    gw = Gateway(tmp, kernelspec="mlintern-sandbox", env={"JUPYTER_DATA_DIR": str(data), "JUPYTER_PATH": str(data)})
    yield gw, docker_cli
    pid = gw.proc.pid
    gw.kill()
    from mlintern_nb.sandbox import engine
    engine.sweep(docker_cli)  # the owner (the gateway) is gone: its containers are orphans now
    assert not _containers(docker_cli, pid), "the gateway's kernel containers were left behind"


@pytest.fixture
def token(monkeypatch):
    monkeypatch.setenv("JUPYTER_GATEWAY_AUTH_TOKEN", TOKEN)


class Watch(threading.Thread):
    """Records the gateway's sandbox containers while a run goes on."""

    def __init__(self, cli, pid: int):
        super().__init__(daemon=True)
        self.cli, self.pid, self.seen, self.stop = cli, pid, {}, threading.Event()

    def run(self):
        while not self.stop.is_set():
            for c in _containers(self.cli, self.pid):
                self.seen[c.name] = c.attrs["HostConfig"]
            time.sleep(0.5)


def test_doctor_sees_the_sandbox_through_the_gateway(sandbox_gateway, token, capsys):
    gw, _ = sandbox_gateway
    assert cli_main(["kernel", "doctor", "--gateway", gw.url]) == 0
    out = capsys.readouterr().out
    assert "ok   kernelspec: mlintern-sandbox served (provisioner mlintern-docker" in out
    assert "ok   sandbox: in a container: True; network interfaces: lo" in out, out
    assert "ok   image: torch 2.13.0" in out and "gpu: none (CPU only)" in out


def test_reproduce_the_example_on_the_gateway(sandbox_gateway, tmp_path, token, capsys):
    gw, cli = sandbox_gateway
    out = tmp_path / "out" / "tinyrepro.ipynb"
    watch = Watch(cli, gw.proc.pid)
    watch.start()
    try:
        rc = cli_main(["reproduce", str(ROOT / "examples/papers/tinyrepro.pdf"), "-o", str(out), "--gateway", gw.url,
                       "--no-progress"])
    finally:
        watch.stop.set()
        watch.join()
    assert rc == 0, capsys.readouterr().err
    nb = nbformat.read(out, as_version=4)
    meta = nb.metadata["mlintern"]
    assert meta["run"]["status"] == "ok" and meta["run"]["cells_run"] == meta["run"]["cells_total"] > 5
    kernel = meta["environment"]["kernel"]
    assert (kernel["kind"], kernel["isolated"], kernel["provisioner"]) == ("remote", True, "mlintern-docker")
    assert meta["environment"]["kernel_env"]["libraries"]["torch"].startswith("2.13.0")
    # the planned cells ran in a sandbox container the gateway started: no network, limits on
    assert watch.seen, "no sandbox container of the gateway was seen during the run"
    host = next(iter(watch.seen.values()))
    assert host["NetworkMode"] == "none" and host["ReadonlyRootfs"] and host["Memory"] > 0
    # outputs came back into the local output directory
    pulled = meta["run"]["workspace"]["pulled"]
    assert any(p.endswith("metrics.json") for p in pulled)
    metrics = json.loads(next((out.parent).rglob("metrics.json")).read_text())
    assert metrics
    assert TOKEN not in out.read_text()


def test_failing_cell_repaired_and_papermill_on_the_gateway(sandbox_gateway, tmp_path, token):
    import papermill as pm

    gw, _ = sandbox_gateway
    src = write(notebook("import os; print(os.getuid() != 0, os.path.exists('/.dockerenv'))",
                         "from transformers import TrainingArguments\n"
                         "args = TrainingArguments(output_dir='o', evaluation_strategy='no', report_to=[])\n"
                         "print(args.eval_strategy)"), tmp_path / "in.ipynb")
    nb = pm.execute_notebook(str(src), str(tmp_path / "out.ipynb"), engine_name="mlintern", gateway=gw.url,
                             cwd=str(tmp_path), progress_bar=False, max_attempts=3)
    assert nb.cells[0].outputs[0]["text"] == "True True\n"  # non-root, in a container
    cell = nb.cells[1]
    assert "eval_strategy='no'" in cell.source
    assert [a["outcome"] for a in cell.metadata["mlintern"]["attempts"]] == ["fixed"]


def test_gateway_killed_mid_cell(docker_cli, tmp_path, token, capsys):
    data = tmp_path / "jupyter-data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_DATA_DIR", str(data))
        mp.setenv("JUPYTER_PATH", str(data))
        from mlintern_nb.sandbox import install
        install(user=True)
    gw = Gateway(tmp_path, kernelspec="mlintern-sandbox", env={"JUPYTER_DATA_DIR": str(data), "JUPYTER_PATH": str(data)})
    pid = gw.proc.pid
    try:
        src = write(notebook("print('first ran')", "import time; time.sleep(120)"), tmp_path / "in.ipynb")
        out = tmp_path / "out" / "o.ipynb"

        def kill_when_busy():
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and not _containers(docker_cli, pid):
                time.sleep(0.3)
            time.sleep(6)
            gw.kill()

        threading.Thread(target=kill_when_busy, daemon=True).start()
        rc = cli_main(["reproduce", str(src), "-o", str(out), "--gateway", gw.url, "--no-progress"])
        err = capsys.readouterr().err.strip()
        assert rc == 64 and "was lost while cell 1 ran (the gateway stopped answering)" in err, err
        assert nbformat.read(out, as_version=4).cells[0].outputs[0]["text"] == "first ran\n"
    finally:
        gw.kill()
        from mlintern_nb.sandbox import engine
        engine.sweep(docker_cli)
        assert not _containers(docker_cli, pid)


def test_oom_on_the_gateway_is_diagnosed_as_oom(docker_cli, tmp_path, token):
    """The sandbox on the gateway kills a kernel over its memory limit; the gateway restarts it and says
    why in the kernel model; the client's repair loop diagnoses it as out-of-memory, as it would locally."""
    from mlintern_nb.notebook.reproduce import Options, reproduce
    from mlintern_nb.errors import ReproductionFailed

    data = tmp_path / "jupyter-data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_DATA_DIR", str(data))
        mp.setenv("JUPYTER_PATH", str(data))
        from mlintern_nb.sandbox import install
        install(user=True, config={"memory_limit": "256m"})
    gw = Gateway(tmp_path, kernelspec="mlintern-sandbox", env={"JUPYTER_DATA_DIR": str(data), "JUPYTER_PATH": str(data)})
    pid = gw.proc.pid
    try:
        src = write(notebook("print('before')", "x = b'x' * (1024 ** 3)"), tmp_path / "in.ipynb")
        out = tmp_path / "out" / "o.ipynb"
        with pytest.raises(ReproductionFailed):
            reproduce(src, out, Options(gateway=gw.url, progress=False, max_attempts=1))
        nb = nbformat.read(out, as_version=4)
        attempts = nb.cells[1].metadata["mlintern"]["attempts"]
        diag = attempts[0]["diagnosis"]
        assert diag["kind"] == "oom" and diag["limit_bytes"] == 256 * 2**20, diag
        assert "more than 0.25 GiB" in diag["summary"]
    finally:
        gw.kill()
        from mlintern_nb.sandbox import engine
        engine.sweep(docker_cli)
        assert not _containers(docker_cli, pid)
