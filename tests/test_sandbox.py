"""Sandbox pieces that need no Docker engine: the container's options, death classification,
kernelspec, and the one-line errors when Docker can't be reached."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mlintern_nb.errors import DockerUnavailable, KernelDied, KernelOOMKilled
from mlintern_nb.sandbox import container, engine, kernelspec
from mlintern_nb.sandbox.errors import RemoteDockerUnsupported, WorkspaceRefused

BOGUS_HOST = "tcp://127.0.0.1:9"  # discard port: nothing answers


@pytest.fixture
def bogus_docker(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", BOGUS_HOST)
    monkeypatch.setenv("MLINTERN_KERNEL", "sandbox")


@pytest.fixture
def jupyter_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "data"))
    return tmp_path / "data"


def _opts(**kw):
    s = container.SandboxSettings(image="mlintern-kernel:cpu", memory_limit="256m", cpu_limit=1.5,
                                  pids_limit=64, **kw)
    return container.run_options(s, kernel_id="k1", conn_dir="/var/tmp/mlintern-0/k1", workspace="/work/ws",
                                 cmd=["python3", "-m", "ipykernel_launcher"], labels=engine.owner_labels("k1"))


def test_run_options_are_locked_down():
    o = _opts()
    assert o["network_mode"] == "none"
    assert o["cap_drop"] == ["ALL"] and o["security_opt"] == ["no-new-privileges"]
    assert o["read_only"] is True and "/tmp" in o["tmpfs"]
    assert not o["user"].startswith("0")
    assert o["mem_limit"] == o["memswap_limit"] == 256 * 2**20
    assert o["nano_cpus"] == 1_500_000_000 and o["pids_limit"] == 64
    assert set(o["volumes"]) == {"/var/tmp/mlintern-0/k1", "/work/ws"}
    assert all(v["bind"] != "/var/run/docker.sock" for v in o["volumes"].values())
    assert "device_requests" not in o
    assert o["labels"][engine.LABEL_KERNEL] == "k1" and o["labels"][engine.LABEL_PID].isdigit()
    assert o["environment"]["HF_HUB_OFFLINE"] == "1"
    assert o["environment"]["HOME"].startswith("/tmp/")


def test_network_and_gpu_only_when_asked():
    o = _opts(network=True)
    assert o["network_mode"] == "bridge" and "HF_HUB_OFFLINE" not in o["environment"]
    assert "device_requests" not in _opts(gpu=True, gpu_available=False)
    req = _opts(gpu=True, gpu_available=True)["device_requests"]
    assert req[0]["Capabilities"] == [["gpu"]]


def test_parse_bytes():
    assert container.parse_bytes("4g") == 4 * 2**30
    assert container.parse_bytes("256m") == 256 * 2**20
    assert container.parse_bytes("512MB") == 512 * 2**20
    assert container.parse_bytes("") is None


def test_death_classification():
    oom = container.death_from_state({"Name": "/c", "State": {"Running": False, "OOMKilled": True, "ExitCode": 137},
                                      "HostConfig": {"Memory": 256 * 2**20}})
    assert isinstance(oom, KernelOOMKilled) and oom.limit_bytes == 256 * 2**20
    assert "0.25 GiB" in str(oom)
    crash = container.death_from_state({"Name": "/c", "State": {"Running": False, "OOMKilled": False,
                                                                "ExitCode": 139}}, logs="Segmentation fault")
    assert type(crash) is KernelDied and crash.exit_code_kernel == 139
    assert "SIGSEGV" in str(crash) and "Segmentation fault" in str(crash) and "\n" not in str(crash)
    asked = {"Name": "/c", "State": {"Running": False, "OOMKilled": False, "ExitCode": 137}}
    assert container.death_from_state(asked, requested=True) is None
    assert container.death_from_state({"State": {"Running": True}}) is None


def test_workspace_refused(tmp_path):
    with pytest.raises(WorkspaceRefused):
        container.check_workspace("/")
    with pytest.raises(WorkspaceRefused):
        container.check_workspace("/var/run")
    with pytest.raises(WorkspaceRefused):
        container.check_workspace(tmp_path / "missing")
    assert container.check_workspace(tmp_path) == str(tmp_path.resolve())


def test_bogus_docker_host_is_one_line(bogus_docker):
    with pytest.raises(DockerUnavailable) as ei:
        kernelspec.kernel_name_for("sandbox")
    msg = str(ei.value)
    assert "\n" not in msg and BOGUS_HOST in msg and "--kernel local" in msg


def test_cli_without_docker_prints_one_line(bogus_docker):
    p = subprocess.run([sys.executable, "-m", "mlintern_nb", "kernel", "ls"], capture_output=True, text=True,
                       timeout=60, check=False)
    assert p.returncode == DockerUnavailable.exit_code
    assert p.stderr.count("\n") == 1 and p.stderr.startswith("mlintern: error: Docker is not available")
    assert "Traceback" not in p.stderr + p.stdout


def test_auto_falls_back_to_local_with_warning(bogus_docker, caplog):
    assert kernelspec.kernel_name_for("auto") == "python3"
    [rec] = [r for r in caplog.records if r.name == "mlintern_nb.sandbox"]
    assert rec.levelname == "WARNING" and "NOT isolated" in rec.getMessage() and "\n" not in rec.getMessage()
    info = kernelspec.kernel_info("local")
    assert info["kind"] == "local" and info["isolated"] is False and "not isolated" in info["warning"]


def test_remote_docker_host_is_refused(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "ssh://me@gpu-box")
    assert engine.is_remote()
    with pytest.raises(RemoteDockerUnsupported, match="ipc sockets"):
        kernelspec.kernel_name_for("sandbox")
    for local in ("unix:///var/run/docker.sock", "tcp://127.0.0.1:2375", ""):
        assert not engine.is_remote(local)


def test_dead_owner_is_detected():
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    labels = engine.owner_labels("k")
    assert engine.owner_alive(labels)
    labels[engine.LABEL_PID] = str(p.pid)
    assert not engine.owner_alive(labels)


def test_kernelspec_installs_and_names_the_provisioner(jupyter_dir):
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.provisioning import KernelProvisionerFactory

    path = kernelspec.install(user=True, config={"memory_limit": "2g"})
    spec = json.loads((jupyter_dir / "kernels" / "mlintern-sandbox" / "kernel.json").read_text())
    assert path.endswith("mlintern-sandbox")
    assert spec["display_name"] == "Python (mlintern sandbox)"
    assert spec["metadata"]["kernel_provisioner"] == {"provisioner_name": "mlintern-docker",
                                                      "config": {"memory_limit": "2g"}}
    ks = KernelSpecManager().get_kernel_spec("mlintern-sandbox")
    assert KernelProvisionerFactory.instance().is_provisioner_available(ks)
