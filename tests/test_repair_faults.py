"""The fault-injection suite: every broken cell in mlintern_nb/bench/faultcases is executed for real in a local
kernel, diagnosed, repaired within 5 attempts, and its check cell (it still trains) passes."""
from __future__ import annotations

import pytest

from mlintern_nb.bench.faultcases.harness import MODULES, run_cases
from tests.conftest import docker_ok


@pytest.mark.slow
@pytest.mark.parametrize("module", MODULES)
def test_fault_module_repaired(module, tmp_path):
    results = run_cases(module, str(tmp_path))
    assert results
    for r in results:
        assert r.kinds and r.kinds[0] == r.expected, f"{r.name}: diagnosed {r.kinds}, expected {r.expected}"
        assert r.repaired and r.checked, f"{r.name}: {r.error}"
        assert r.attempts <= 5
        assert not r.unrecorded, f"{r.name}: paper values changed without a record: {r.unrecorded}"


@pytest.mark.slow
@pytest.mark.docker
def test_kernel_oom_killed_in_container(tmp_path, monkeypatch):
    """A cell that really exceeds the container's memory limit: OOM-killed, restarted, batch halved."""
    from jupyter_client.kernelspec import KernelSpecManager
    if not docker_ok() or "mlintern-sandbox" not in KernelSpecManager().find_kernel_specs():
        pytest.skip("Docker or the mlintern-sandbox kernelspec is not available")
    import nbformat
    from mlintern_nb.config import get_config
    from mlintern_nb.repair import run_with_repair
    monkeypatch.setattr(get_config(), "memory_limit", "1g")   # 4 x 256 MiB of activations do not fit, 2 do
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import torch\nbatch_size = 4\ngrad_accum_steps = 1"),
                nbformat.v4.new_code_cell("acts = torch.ones(batch_size, 2**26)  # 256 MiB per sample, touched\n"
                                          "print(float(acts.sum()))"),
                nbformat.v4.new_code_cell("assert batch_size * grad_accum_steps == 4")]
    report = run_with_repair(nb, "mlintern-sandbox", cwd=str(tmp_path), timeout=120)
    kinds = [a["diagnosis"]["kind"] for a in nb.cells[1].metadata["mlintern"]["attempts"]]
    assert report.ok, report.summary
    assert kinds[0] == "oom" and nb.cells[1].metadata["mlintern"]["attempts"][0]["diagnosis"]["device"] == "kernel"
