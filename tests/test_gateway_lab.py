"""JupyterLab with ``--gateway-url``: the notebook lives with JupyterLab, its kernel is the sandbox of a
kernel gateway (``mlintern gateway serve``, its own process and Docker-side provisioner). Headless
chromium (playwright-core, as in tests/e2e) opens a planned notebook and runs all cells; they must run
in a sandbox container the gateway started (no network, non-root), and the saved notebook must hold
their outputs."""
from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from conftest import docker_ok
from test_gateway import TOKEN, Gateway

from mlintern_nb.cli import main as cli_main

pytestmark = [pytest.mark.browser, pytest.mark.docker, pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent
PW_CORE = Path(os.environ.get("MLINTERN_PW_CORE") or ROOT / "labextension" / "node_modules" / "playwright-core")
CHROMIUM = os.environ.get("MLINTERN_CHROMIUM", "/usr/bin/chromium")
WHERE = ("import os\nprint('MLINTERN_WHERE', os.path.exists('/.dockerenv'), os.getuid(), "
         "sorted(os.listdir('/sys/class/net')))")

FLOW = r"""
const { chromium } = require(process.env.PW_CORE);
const URL = process.env.LAB_URL, TOKEN = process.env.LAB_TOKEN, NB = process.env.NOTEBOOK;
(async () => {
  const seen = {};
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  page.setDefaultTimeout(180000);
  try {
    await page.goto(`${URL}/lab/tree/${NB}?token=${TOKEN}&reset`);
    const cur = 'window.jupyterapp.shell.currentWidget';
    await page.waitForFunction(() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
      const s = w && w.sessionContext; return s && s.session && s.session.kernel && s.session.kernel.status === 'idle'; });
    seen.kernel = await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.name);
    await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-all-cells'));
    await page.waitForFunction(() => {
      const w = window.jupyterapp.shell.currentWidget, cells = w.content.model.cells;
      let done = true, err = false;
      for (let i = 0; i < cells.length; i++) { const c = cells.get(i).toJSON();
        if (c.cell_type !== 'code') continue;
        if ((c.outputs || []).some(o => o.output_type === 'error')) err = true;
        if (c.execution_count === null) done = false; }
      return err || (done && w.sessionContext.session.kernel.status === 'idle');
    }, null, { timeout: 400000 });
    await page.evaluate(() => window.jupyterapp.commands.execute('docmanager:save'));
    await page.waitForFunction(() => !window.jupyterapp.shell.currentWidget.context.model.dirty);
    seen.ok = true;
  } catch (e) { seen.error = String(e).slice(0, 500); }
  console.log(JSON.stringify(seen));
  await browser.close();
  process.exit(seen.error ? 1 : 0);
})();
"""


def test_jupyterlab_gateway_url_runs_planned_cells_in_the_remote_sandbox(tmp_path, monkeypatch):
    for what, ok in (("chromium", Path(CHROMIUM).exists()), ("node", shutil.which("node")),
                     ("playwright-core (npm ci in labextension/)", PW_CORE.exists()), ("docker", docker_ok())):
        if not ok:
            pytest.skip(f"{what} not available")
    import docker

    from mlintern_nb.sandbox import engine, install

    cli = docker.from_env()
    data = tmp_path / "jupyter-data"
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(data))
    monkeypatch.setenv("JUPYTER_PATH", str(data))
    install(user=True)
    gw = Gateway(tmp_path, kernelspec="mlintern-sandbox", env={"JUPYTER_DATA_DIR": str(data), "JUPYTER_PATH": str(data)})
    root = tmp_path / "lab-root"
    root.mkdir()
    assert cli_main(["plan", str(ROOT / "examples/papers/tinyrepro.pdf"), "-o", str(root / "planned.ipynb")]) == 0
    nb = nbformat.read(root / "planned.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(WHERE))
    nb.metadata["kernelspec"] = {"name": "mlintern-sandbox", "display_name": "Python (mlintern sandbox)",
                                 "language": "python"}
    nbformat.write(nb, root / "planned.ipynb")
    (tmp_path / "flow.js").write_text(FLOW)

    from mlintern_nb.sandbox.gateway_server import free_port
    port, lab_token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_GATEWAY_AUTH_TOKEN": TOKEN, "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt")}
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
           "--ServerApp.port_retries=0", f"--IdentityProvider.token={lab_token}", f"--ServerApp.root_dir={root}",
           f"--gateway-url={gw.url}", "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=",
           f"--LabApp.workspaces_dir={tmp_path / 'ws'}", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    logf = open(tmp_path / "lab.log", "w")
    lab = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=env, cwd=root)
    seen_containers: dict[str, dict] = {}
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            for c in cli.containers.list(filters={"label": [f"mlintern.owner_pid={gw.proc.pid}"]}):
                seen_containers[c.name] = c.attrs["HostConfig"]
            time.sleep(0.5)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={lab_token}", timeout=2)
                break
            except Exception:
                if lab.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start: " + (tmp_path / "lab.log").read_text()[-2000:])
                time.sleep(0.5)
        run = subprocess.run(["node", str(tmp_path / "flow.js")], capture_output=True, text=True, timeout=600,
                             env={**os.environ, "LAB_URL": base, "LAB_TOKEN": lab_token, "NOTEBOOK": "planned.ipynb",
                                  "CHROMIUM": CHROMIUM, "PW_CORE": str(PW_CORE)})
        lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
        assert lines, f"no result from the browser: {run.stdout[-1500:]} {run.stderr[-1500:]}"
        seen = json.loads(lines[-1])
        assert seen.get("ok"), (seen, (tmp_path / "lab.log").read_text()[-3000:])
    finally:
        stop.set()
        watcher.join(5)
        lab.terminate()
        try:
            lab.wait(20)
        except subprocess.TimeoutExpired:
            lab.kill()
        logf.close()
        pid = gw.proc.pid
        gw.kill()
        engine.sweep(cli)
        assert not cli.containers.list(all=True, filters={"label": [f"mlintern.owner_pid={pid}"]})
    assert seen["kernel"] == "mlintern-sandbox"
    saved = nbformat.read(root / "planned.ipynb", as_version=4)
    code = [c for c in saved.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "every planned cell ran"
    assert not [o for c in code for o in c.outputs if o.get("output_type") == "error"]
    where = "".join(o.get("text", "") for o in code[-1].outputs)
    assert "MLINTERN_WHERE True 1000 ['lo']" in where, where  # in a container, non-root, no network
    assert seen_containers, "no sandbox container of the gateway was seen"
    assert all(h["NetworkMode"] == "none" for h in seen_containers.values())
    assert any("loss" in "".join(o.get("text", "") for o in c.outputs) for c in code), "the training cell logged"
