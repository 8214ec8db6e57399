"""Remote kernels through a real Jupyter Kernel Gateway process on 127.0.0.1 (``mlintern gateway serve``).

The ``slow`` ones (a gateway process and kernels each, ~2-3 min together) serve the plain ``python3`` kernelspec (``--kernelspec python3``) so they need no Docker
engine: they check the protocol side — token, typed errors, workspace transfer, the repair loop and
papermill driving a remote kernel, a kernel lost mid-cell. tests/test_gateway_docker.py runs the same
paths against the sandbox kernelspec (a container per kernel on the gateway side).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
import pytest
import requests

from mlintern_nb.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-0123456789abcdef"


class Gateway:
    """``mlintern gateway serve`` in its own process group on a free port of 127.0.0.1."""

    def __init__(self, tmp: Path, kernelspec: str = "python3", extra: list[str] | None = None,
                 env: dict | None = None, scheme: str = "http", verify: str | bool = True):
        from mlintern_nb.sandbox.gateway_server import free_port

        self.port = free_port()
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self.workspaces = tmp / "gw-workspaces"
        self.log_path = tmp / "gateway.log"
        env = {**os.environ, **(env or {}), "KG_AUTH_TOKEN": TOKEN,
               "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
        cmd = [sys.executable, "-m", "mlintern_nb.cli", "gateway", "serve", "--port", str(self.port),
               "--kernelspec", kernelspec, "--workspace-root", str(self.workspaces), *(extra or [])]
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 90
        while True:
            try:
                if requests.get(self.url + "/api", headers=self.headers, timeout=2, verify=verify).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the gateway did not start: {self.log_path.read_text()[-2000:]}")
            time.sleep(0.3)

    headers = {"Authorization": f"token {TOKEN}"}

    def kernels(self) -> list[str]:
        """Ids of the kernels running there (one workspace directory each)."""
        return [p.name for p in self.workspaces.iterdir()] if self.workspaces.exists() else []

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.log.close()


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    gw = Gateway(tmp_path_factory.mktemp("gw"))
    yield gw
    gw.kill()


@pytest.fixture
def token(monkeypatch):
    monkeypatch.setenv("JUPYTER_GATEWAY_AUTH_TOKEN", TOKEN)
    monkeypatch.delenv("MLINTERN_GATEWAY_URL", raising=False)


def notebook(*sources: str):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources],
                                    metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                             "language": "python"}})


def write(nb, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


# ---------------------------------------------------------------- configuration, no server
def test_target_keeps_the_token_out_of_urls_and_reprs(monkeypatch, tmp_path):
    from mlintern_nb.errors import UsageError
    from mlintern_nb.sandbox.gateway import target

    monkeypatch.setenv("JUPYTER_GATEWAY_AUTH_TOKEN", "s3cret")
    t = target("https://gpu-host:8888/")
    assert (t.url, t.ws_url, t.token) == ("https://gpu-host:8888", "wss://gpu-host:8888", "s3cret")
    assert "s3cret" not in repr(t)
    for bad in ("http://u:pw@gpu-host:8888", "http://gpu-host:8888/?token=x", "ftp://gpu-host", "gpu-host:8888"):
        with pytest.raises(UsageError):
            target(bad)
    # from the Jupyter config when the environment has none (what `jupyter lab --gateway-url` reads too)
    monkeypatch.delenv("JUPYTER_GATEWAY_AUTH_TOKEN")
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path))
    (tmp_path / "jupyter_server_config.json").write_text(json.dumps({"GatewayClient": {"auth_token": "fromcfg"}}))
    assert target("http://127.0.0.1:1").token == "fromcfg"


def test_workspace_paths_cannot_leave_the_workspace():
    from mlintern_nb.sandbox.gateway_errors import WorkspaceTransferFailed
    from mlintern_nb.sandbox.gateway_workspace import safe_relpath

    assert safe_relpath("out/metrics.json") == "out/metrics.json"
    for bad in ("/etc/passwd", "../x", "a/../../b", ""):
        with pytest.raises(WorkspaceTransferFailed):
            safe_relpath(bad)


def test_serve_refuses_plain_http_beyond_loopback(capsys):
    assert cli_main(["gateway", "serve", "--ip", "0.0.0.0", "--kernelspec", "python3"]) == 2
    assert "refusing to serve on 0.0.0.0 over plain HTTP" in capsys.readouterr().err


# ---------------------------------------------------------------- typed errors
@pytest.mark.slow
def test_gateway_down_is_one_typed_line_and_the_notebook_is_saved(tmp_path, token, capsys):
    from mlintern_nb.sandbox.gateway_server import free_port

    src = write(notebook("print('hi')"), tmp_path / "in.ipynb")
    out = tmp_path / "out" / "o.ipynb"
    rc = cli_main(["reproduce", str(src), "-o", str(out), "--gateway", f"http://127.0.0.1:{free_port()}",
                   "--no-progress"])
    err = capsys.readouterr().err.strip()
    assert rc == 61 and err.count("\n") == 0 and "is not reachable (connection refused)" in err, err
    assert out.is_file() and "Traceback" not in err


@pytest.mark.slow
def test_auth_refused(gateway, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JUPYTER_GATEWAY_AUTH_TOKEN", "wrong-token")
    src = write(notebook("print('hi')"), tmp_path / "in.ipynb")
    rc = cli_main(["reproduce", str(src), "-o", str(tmp_path / "o.ipynb"), "--gateway", gateway.url, "--no-progress"])
    err = capsys.readouterr().err.strip()
    assert rc == 62 and "refused the request (HTTP 401)" in err and "wrong-token" not in err, err
    monkeypatch.delenv("JUPYTER_GATEWAY_AUTH_TOKEN")
    assert cli_main(["kernel", "doctor", "--gateway", gateway.url]) == 62
    assert "no token was sent" in capsys.readouterr().out


# ---------------------------------------------------------------- running through the gateway
@pytest.mark.slow
def test_notebook_runs_remotely_with_inputs_in_and_outputs_back(gateway, tmp_path, token):
    from nbclient import NotebookClient

    from mlintern_nb.sandbox.gateway import kernel_manager, shutdown
    from mlintern_nb.sandbox.gateway_workspace import Workspace

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "rows.csv").write_bytes(b"a,b\n" + b"1,2\n" * 1000)
    big = os.urandom(9 * 2**20)  # 9 MiB: three 4 MiB chunks each way
    (tmp_path / "data" / "blob.bin").write_bytes(big)
    nb = notebook("import os, hashlib; print(os.getcwd()); print(sorted(os.listdir('inputs')))",
                  "open('back.bin','wb').write(open('inputs/blob.bin','rb').read()[::-1]); "
                  "os.makedirs('plots', exist_ok=True); open('plots/p.txt','w').write('plot')")
    ws = Workspace(tmp_path / "out", inputs=[(tmp_path / "data", "inputs")])
    km = kernel_manager(gateway.url, "python3", workspace=ws)
    NotebookClient(nb, km=km, timeout=60).execute()
    # JupyterLab --gateway-url lists the gateway's kernels: the listing must be open to token holders
    listed = requests.get(f"{gateway.url}/api/kernels", headers=gateway.headers, timeout=10)
    assert listed.status_code == 200 and km.kernel_id in [k["id"] for k in listed.json()]
    assert requests.get(f"{gateway.url}/api/kernels", timeout=10).status_code == 401
    remote_cwd = nb.cells[0].outputs[0]["text"].splitlines()[0]
    assert remote_cwd.startswith(str(gateway.workspaces)) and Path(remote_cwd).name == km.kernel_id
    assert "['blob.bin', 'rows.csv']" in nb.cells[0].outputs[0]["text"]
    summary = shutdown(km)
    assert sorted(summary["pulled"]) == ["back.bin", "plots/p.txt"]  # the pushed inputs don't come back
    assert (tmp_path / "out" / "back.bin").read_bytes() == big[::-1]
    assert (tmp_path / "out" / "plots" / "p.txt").read_text() == "plot"
    time.sleep(0.5)
    assert not Path(remote_cwd).exists()  # the gateway removed the kernel's workspace at shutdown


@pytest.mark.slow
def test_reproduce_repairs_a_failing_cell_remotely(gateway, tmp_path, token):
    from mlintern_nb.notebook.reproduce import Options, reproduce

    src = write(notebook("from transformers import TrainingArguments",
                         "args = TrainingArguments(output_dir='o', evaluation_strategy='no', report_to=[])\n"
                         "print(args.eval_strategy)",
                         "import json; json.dump({'ok': 1}, open('metrics.json', 'w'))"), tmp_path / "in.ipynb")
    res = reproduce(src, tmp_path / "out" / "o.ipynb", Options(gateway=gateway.url, progress=False, max_attempts=3))
    nb = nbformat.read(res.notebook, as_version=4)
    cell = nb.cells[1]
    assert "eval_strategy='no'" in cell.source and "evaluation_strategy" not in cell.source
    assert [a["outcome"] for a in cell.metadata["mlintern"]["attempts"]] == ["fixed"]
    meta = nb.metadata["mlintern"]
    assert meta["environment"]["kernel"]["kind"] == "remote"
    assert meta["environment"]["kernel"]["gateway_url"] == gateway.url
    assert meta["environment"]["kernel_env"]["libraries"]["transformers"]  # probed in the remote kernel
    assert meta["run"]["workspace"]["pulled"] == ["metrics.json"]
    assert json.loads((tmp_path / "out" / "metrics.json").read_text()) == {"ok": 1}
    assert TOKEN not in res.notebook.read_text() and TOKEN not in gateway.log_path.read_text()


@pytest.mark.slow
def test_batch_jobs_spread_papers_over_the_gateway(gateway, tmp_path, token, capsys):
    srcs = [write(notebook("import os, time; time.sleep(2); print(os.getcwd())"), tmp_path / f"p{i}.ipynb")
            for i in range(2)]
    rc = cli_main(["reproduce", *map(str, srcs), "--out-dir", str(tmp_path / "out"), "--jobs", "2",
                   "--gateway", gateway.url, "--no-progress"])
    assert rc == 0, capsys.readouterr().err
    cwds = set()
    for i in range(2):
        nb = nbformat.read(tmp_path / "out" / f"p{i}.ipynb", as_version=4)
        assert nb.metadata["mlintern"]["environment"]["kernel"]["kind"] == "remote"
        cwds.add(nb.cells[0].outputs[0]["text"].strip())
    assert len(cwds) == 2 and all(c.startswith(str(gateway.workspaces)) for c in cwds)  # a kernel each


@pytest.mark.slow
def test_papermill_engine_runs_on_the_gateway(gateway, tmp_path, token):
    import papermill as pm

    src = write(notebook("x = 6 * 7", "print('answer', x)"), tmp_path / "in.ipynb")
    nb = pm.execute_notebook(str(src), str(tmp_path / "out.ipynb"), engine_name="mlintern", gateway=gateway.url,
                             cwd=str(tmp_path), progress_bar=False)
    assert nb.cells[1].outputs[0]["text"] == "answer 42\n"
    assert nb.metadata["mlintern"]["environment"]["kernel"]["kind"] == "remote"


@pytest.mark.slow
def test_kernel_culled_mid_cell_gives_remote_kernel_lost(gateway, tmp_path, token, capsys):
    src = write(notebook("print('first ran')", "import time; time.sleep(120)", "print('never')"), tmp_path / "in.ipynb")
    out = tmp_path / "out" / "o.ipynb"
    before = set(gateway.kernels())

    def cull():  # what the gateway's culler does: DELETE the kernel
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            new = set(gateway.kernels()) - before
            if new:
                time.sleep(4)
                requests.delete(f"{gateway.url}/api/kernels/{new.pop()}", headers=gateway.headers, timeout=30)
                return
            time.sleep(0.2)

    th = threading.Thread(target=cull)
    th.start()
    rc = cli_main(["reproduce", str(src), "-o", str(out), "--gateway", gateway.url, "--no-progress",
                   "--max-attempts", "1"])
    th.join()
    err = capsys.readouterr().err.strip()
    assert rc == 64 and "was lost while cell 1 ran" in err and "culled or shut down on the gateway" in err, err
    assert str(out) in err  # (had the loss gone unnoticed, the 120 s cell would have finished: rc 0)
    nb = nbformat.read(out, as_version=4)
    assert nb.cells[0].outputs[0]["text"] == "first ran\n"
    assert nb.metadata["mlintern"]["run"]["error"]["type"] == "RemoteKernelLost"


@pytest.mark.slow
def test_gateway_killed_mid_cell_gives_remote_kernel_lost(tmp_path, token, capsys):
    gw = Gateway(tmp_path)
    try:
        src = write(notebook("print('first ran')", "import time; time.sleep(120)"), tmp_path / "in.ipynb")
        out = tmp_path / "out" / "o.ipynb"
        threading.Timer(8.0, gw.kill).start()
        rc = cli_main(["reproduce", str(src), "-o", str(out), "--gateway", gw.url, "--no-progress"])
        err = capsys.readouterr().err.strip()
        assert rc == 64 and "was lost while cell 1 ran" in err and "the gateway stopped answering" in err, err
        assert nbformat.read(out, as_version=4).cells[0].outputs[0]["text"] == "first ran\n"
    finally:
        gw.kill()


@pytest.mark.slow
def test_magic_kernel_use_remote_runs_cells_on_the_gateway(gateway, tmp_path, token, monkeypatch):
    from IPython import get_ipython
    from IPython.testing.globalipapp import start_ipython
    from IPython.utils.capture import capture_output

    from mlintern_nb.config import get_config

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KERNEL_MLINTERN_PROBE", "forwarded")  # KERNEL_* reach the gateway (resource requests)
    ip = start_ipython() or get_ipython()
    ip.run_line_magic("load_ext", "mlintern_nb")
    try:
        with capture_output() as cap:
            ip.run_line_magic("mlintern", f"kernel use remote {gateway.url}")
        assert f"kernel: remote, the kernel gateway at {gateway.url} (serves python3)" in cap.stdout
        assert get_config().gateway_url == gateway.url
        with capture_output() as cap:
            ip.run_cell_magic("mlintern", "run", "import os\nprint(os.getcwd())\n"
                                                 "print(os.environ.get('KERNEL_MLINTERN_PROBE'))\n"
                                                 "open('made_remotely.txt', 'w').write('x')")
        cwd, probe = [line for line in cap.stdout.splitlines() if not line.startswith("[mlintern]")][:2]
        assert cwd.startswith(str(gateway.workspaces)) and probe == "forwarded"
        assert (tmp_path / "made_remotely.txt").read_text() == "x"  # came back next to the notebook
        # %%mlintern sandbox cells (the planned cells' header) share one session kernel on the gateway
        with capture_output() as cap:
            ip.run_cell_magic("mlintern", "sandbox", "import os\nx = 41\nopen('s.txt', 'w').write(os.getcwd())")
            ip.run_cell_magic("mlintern", "sandbox", "print('x+1 =', x + 1)")
        assert "x+1 = 42" in cap.stdout, cap.stdout
        assert (tmp_path / "s.txt").read_text().startswith(str(gateway.workspaces))  # came back after the cell
        ip.run_line_magic("mlintern", "sandbox stop")
        monkeypatch.setenv("JUPYTER_GATEWAY_AUTH_TOKEN", "wrong")
        with capture_output() as cap:
            ip.run_line_magic("mlintern", f"kernel use remote {gateway.url}")
        texts = [o.data.get("text/plain", "") for o in cap.outputs]
        assert any("refused the request (HTTP 401)" in t for t in texts), (cap.stdout, texts)
        with capture_output() as cap:
            ip.run_line_magic("mlintern", "kernel use local")
        assert get_config().gateway_url == ""
    finally:
        get_config().gateway_url = ""
        ip.run_line_magic("unload_ext", "mlintern_nb")
        ip.rl_next_input = None


@pytest.mark.slow
def test_https_gateway_verifies_its_certificate(tmp_path, token, monkeypatch, capsys):
    """TLS where the URL is https: a private CA is trusted through JUPYTER_GATEWAY_CA_CERTS (REST and the
    WebSocket alike); without it the certificate is refused."""
    from nbclient import NotebookClient

    from mlintern_nb.sandbox.gateway import kernel_manager, shutdown

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    gw = Gateway(tmp_path, extra=["--certfile", str(cert), "--keyfile", str(key)], scheme="https", verify=str(cert))
    try:
        url = gw.url
        assert url.startswith("https://")
        assert cli_main(["gateway", "doctor", url, "--no-kernel"]) == 61  # self-signed, not trusted
        assert "CERTIFICATE_VERIFY_FAILED" in capsys.readouterr().out
        monkeypatch.setenv("JUPYTER_GATEWAY_CA_CERTS", str(cert))
        assert cli_main(["gateway", "doctor", url, "--no-kernel"]) == 63  # python3 served, not the sandbox
        out = capsys.readouterr().out
        assert "(TLS)" in out and "ok   reachable" in out and "ok   auth: token accepted" in out
        nb = notebook("print('over wss')")
        km = kernel_manager(url, "python3")
        NotebookClient(nb, km=km, timeout=60).execute()
        shutdown(km)
        assert nb.cells[0].outputs[0]["text"] == "over wss\n"
    finally:
        gw.kill()
