"""The sandbox kernel in real containers (needs a Docker engine and `mlintern kernel build`).

Everything goes through the ``mlintern-sandbox`` kernelspec: nbclient by name, or a jupyter_client
KernelManager. The module-level fixture asserts at the end that no container of ours is left."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import docker_ok

pytestmark = [pytest.mark.docker]

ROOT = Path(__file__).resolve().parent.parent
# containers started by this test process (other sessions may run sandbox kernels at the same time)
MINE = {"label": [f"mlintern.owner_pid={os.getpid()}"]}


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
    yield cli
    # session end for this area: nothing of ours may be left behind
    left = cli.containers.list(all=True, filters=MINE)
    assert not left, f"containers left behind: {[c.name for c in left]}"


@pytest.fixture(scope="module")
def kernel_name(docker_cli, tmp_path_factory):
    """Install the kernelspec into a private Jupyter data dir (the user's is not touched)."""
    data = tmp_path_factory.mktemp("jupyter-data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_DATA_DIR", str(data))
        mp.setenv("JUPYTER_PATH", str(data))
        from mlintern_nb.sandbox import install, kernel_name_for

        install(user=True)
        name = kernel_name_for("sandbox")
        yield name


@pytest.fixture
def workspace(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir(mode=0o700)  # as pytest makes them: the provisioner must let the kernel user in
    return ws


@contextmanager
def sandbox(kernel_name, workspace, **config):
    from jupyter_client import KernelManager

    km = KernelManager(kernel_name=kernel_name)
    km.kernel_spec.metadata["kernel_provisioner"]["config"].update(config)
    km.start_kernel(cwd=str(workspace))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        yield km, kc
    finally:
        kc.stop_channels()
        if km.has_kernel:
            km.shutdown_kernel(now=True)
        else:
            km.cleanup_resources()


def run(kc, code, timeout=60):
    out = {"stdout": "", "stderr": ""}

    def hook(msg):
        if msg["msg_type"] == "stream":
            out[msg["content"]["name"]] += msg["content"]["text"]

    reply = kc.execute_interactive(code, output_hook=hook, timeout=timeout)
    return reply["content"], out


def test_notebook_runs_through_nbclient(kernel_name, workspace):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import sys\nprint('hello from the sandbox')\nprint('to stderr', file=sys.stderr)"),
        nbformat.v4.new_code_cell("6 * 7"),
        nbformat.v4.new_code_cell("import matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\n"
                                  "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9]); plt.show()"),
        nbformat.v4.new_code_cell("import os\nopen('written-inside.txt', 'w').write('ok')\nos.getcwd()"),
    ])
    NotebookClient(nb, kernel_name=kernel_name, timeout=120,
                   resources={"metadata": {"path": str(workspace)}}).execute()
    streams = {o["name"]: o["text"] for o in nb.cells[0].outputs if o["output_type"] == "stream"}
    assert streams == {"stdout": "hello from the sandbox\n", "stderr": "to stderr\n"}
    assert nb.cells[1].outputs[0]["data"]["text/plain"] == "42"
    png = [o for o in nb.cells[2].outputs if "image/png" in o.get("data", {})]
    assert png and len(png[0]["data"]["image/png"]) > 1000
    assert nb.cells[3].outputs[0]["data"]["text/plain"] == repr(str(workspace))
    assert (workspace / "written-inside.txt").read_text() == "ok"  # the workspace is shared read-write


def test_inside_the_sandbox(kernel_name, workspace, tmp_path):
    secret = tmp_path / "host-secret.txt"  # a host file outside the workspace
    secret.write_text("s3cret")
    probe = textwrap.dedent(f"""
        import json, os, socket
        r = {{"uid": os.getuid(), "connect": {{}}, "write": {{}}}}
        for addr in [("1.1.1.1", 443), ("8.8.8.8", 53), ("172.17.0.1", 2375), ("127.0.0.1", 22)]:
            s = socket.socket(); s.settimeout(2)
            try:
                s.connect(addr); r["connect"][str(addr)] = "connected"
            except OSError as e:
                r["connect"][str(addr)] = type(e).__name__
            finally:
                s.close()
        try:
            socket.getaddrinfo("pypi.org", 443); r["dns"] = "resolved"
        except OSError as e:
            r["dns"] = type(e).__name__
        r["interfaces"] = sorted(os.listdir("/sys/class/net"))
        for d in ["/", "/home", "/etc", "/opt/venv", "/var/tmp", {str(workspace)!r}]:
            try:
                open(os.path.join(d, "probe.txt"), "w").write("x"); r["write"][d] = "ok"
            except OSError as e:
                r["write"][d] = type(e).__name__
        r["docker_sock"] = any(os.path.exists(p) for p in ["/var/run/docker.sock", "/run/docker.sock"])
        r["host_secret"] = os.path.exists({str(secret)!r})
        r["host_repo"] = os.path.exists({str(ROOT / "pyproject.toml")!r})
        status = open("/proc/self/status").read()
        r["cap_eff"] = [l.split()[1] for l in status.splitlines() if l.startswith("CapEff")][0]
        r["no_new_privs"] = [l.split()[1] for l in status.splitlines() if l.startswith("NoNewPrivs")][0]
        print(json.dumps(r))
    """)
    with sandbox(kernel_name, workspace) as (_km, kc):
        content, out = run(kc, probe)
    assert content["status"] == "ok", content
    r = json.loads(out["stdout"])
    assert r["uid"] != 0
    assert all(v != "connected" for v in r["connect"].values()), r["connect"]
    assert r["dns"] != "resolved" and r["interfaces"] == ["lo"]
    assert r["write"][str(workspace)] == "ok"
    assert all(r["write"][d] != "ok" for d in ["/", "/home", "/etc", "/opt/venv", "/var/tmp"]), r["write"]
    assert r["docker_sock"] is False and r["host_secret"] is False and r["host_repo"] is False
    assert int(r["cap_eff"], 16) == 0 and r["no_new_privs"] == "1"


def test_memory_limit_is_reported_as_oom(kernel_name, workspace):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    from mlintern_nb.errors import KernelOOMKilled
    from mlintern_nb.sandbox import death_of

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = b'x' * (1024 ** 3)")])
    client = NotebookClient(nb, kernel_name=kernel_name, timeout=60,
                            resources={"metadata": {"path": str(workspace)}})
    km = client.create_kernel_manager()
    km.kernel_spec.metadata["kernel_provisioner"]["config"]["memory_limit"] = "256m"
    with pytest.raises(DeadKernelError):
        client.execute()
    death = death_of(km)
    assert isinstance(death, KernelOOMKilled), death
    assert death.limit_bytes == 256 * 2**20 and "0.25 GiB" in str(death)


def test_crash_is_reported_with_exit_code(kernel_name, workspace):
    from mlintern_nb.errors import KernelDied, KernelOOMKilled
    from mlintern_nb.sandbox import death_of

    with sandbox(kernel_name, workspace) as (km, kc):
        kc.execute("import os; os._exit(3)")
        deadline = time.monotonic() + 30
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        death = death_of(km)
    assert isinstance(death, KernelDied) and not isinstance(death, KernelOOMKilled)
    assert death.exit_code_kernel == 3 and "exit code 3" in str(death)


def test_fork_bomb_is_contained(kernel_name, workspace):
    bomb = textwrap.dedent("""
        import os, time
        stop = time.time() + 4
        n = fails = 0
        me = os.getpid()
        while time.time() < stop:           # every child keeps forking too
            try:
                if os.fork() == 0:
                    continue
                n += 1
            except OSError:
                fails += 1
                time.sleep(0.01)
        if os.getpid() != me:
            os._exit(0)
        time.sleep(0.5)
        while True:
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                break
        print(n, fails)
    """)
    with sandbox(kernel_name, workspace, pids_limit=64) as (km, kc):
        msg_id = kc.execute(bomb)
        time.sleep(1.0)
        lat = []
        for _ in range(5):  # the host keeps answering while the bomb goes off
            t0 = time.perf_counter()
            subprocess.run(["true"], check=True)
            lat.append(time.perf_counter() - t0)
            time.sleep(0.2)
        pids = km.provisioner.docker.api.inspect_container(km.provisioner.container_id)
        stats = km.provisioner.docker.api.stats(km.provisioner.container_id, stream=False)
        reply = kc.get_shell_msg(timeout=60)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=60)
        _, out = run(kc, "print(6 * 7)")
    assert pids["HostConfig"]["PidsLimit"] == 64
    assert stats["pids_stats"].get("current", 0) <= 64
    assert max(lat) < 1.0, lat
    assert reply["content"]["status"] == "ok"
    assert out["stdout"] == "42\n"  # the kernel survived its own fork bomb


def test_interrupt_stops_an_infinite_loop(kernel_name, workspace):
    with sandbox(kernel_name, workspace) as (km, kc):
        msg_id = kc.execute("while True:\n    pass")
        time.sleep(1.5)
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=20)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=20)
        _, out = run(kc, "print('still here')")
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt"
    assert out["stdout"] == "still here\n"


def test_restart_and_shutdown_leave_no_container(kernel_name, workspace, docker_cli):
    with sandbox(kernel_name, workspace) as (km, kc):
        run(kc, "x = 1")
        first = km.provisioner.container_id
        km.restart_kernel(now=True)
        kc.wait_for_ready(timeout=60)
        content, _ = run(kc, "x")
        assert content["status"] == "error" and content["ename"] == "NameError"
        assert km.provisioner.container_id != first
        ours = docker_cli.containers.list(all=True, filters={"label": f"mlintern.kernel_id={km.kernel_id}"})
        assert len(ours) == 1
    assert not docker_cli.containers.list(all=True, filters=MINE)


def test_orphans_of_a_killed_client_are_swept(kernel_name, workspace, docker_cli):
    from mlintern_nb.sandbox import engine

    script = textwrap.dedent(f"""
        import time
        from jupyter_client import KernelManager
        km = KernelManager(kernel_name={kernel_name!r})
        km.start_kernel(cwd={str(workspace)!r})
        print(km.kernel_id, flush=True)
        time.sleep(600)
    """)
    p = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                         env={**os.environ})
    try:
        kernel_id = p.stdout.readline().strip()
        assert kernel_id
    finally:
        p.send_signal(signal.SIGKILL)  # the client dies without shutting its kernel down
        p.wait()
    flt = {"label": f"mlintern.kernel_id={kernel_id}"}
    assert docker_cli.containers.list(all=True, filters=flt), "the orphan should exist before the sweep"
    removed = engine.sweep(docker_cli)
    assert f"mlintern-kernel-{kernel_id}" in removed
    assert not docker_cli.containers.list(all=True, filters=flt)
    assert not (engine.runtime_root() / kernel_id).exists()  # its connection directory went too


def test_kernel_info_records_isolation(kernel_name):
    from mlintern_nb.sandbox import kernel_info

    info = kernel_info("sandbox")
    assert info["kind"] == "sandbox" and info["isolated"] is True and info["network"] is False
    from mlintern_nb.config import get_config

    assert info["image"] == get_config().image and info["image_digest"].startswith("sha256:")
    assert info["limits"]["pids"] > 0 and info["limits"]["memory_bytes"] > 0


def test_papermill_runs_the_sandbox_by_name(kernel_name, workspace):
    import nbformat
    import papermill

    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("lr: float = 0.1  # learning rate", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("import os\nprint(lr * 2, os.environ.get('MLINTERN_SANDBOX'))"),
    ], metadata={"kernelspec": {"name": kernel_name, "display_name": "Python (mlintern sandbox)",
                                "language": "python"}})
    src, dst = workspace / "in.ipynb", workspace / "out.ipynb"
    nbformat.write(nb, src)
    # the notebook names the kernelspec; papermill picks it from there
    papermill.execute_notebook(str(src), str(dst), parameters={"lr": 0.5}, cwd=str(workspace),
                               progress_bar=False)
    out = nbformat.read(dst, as_version=4)
    assert out.cells[-1].outputs[0]["text"] == "1.0 1\n"
    assert out.metadata["kernelspec"]["name"] == "mlintern-sandbox"
