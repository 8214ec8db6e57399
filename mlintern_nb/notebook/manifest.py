"""The environment manifest written into ``nb.metadata.mlintern.environment``.

What someone needs to rerun the reproduction and trust its numbers: library versions, Python,
platform, seeds, device, the kernel (image digest, isolation, network), the paper's sha256 and the
mlintern version. Versions come from ``importlib.metadata`` (no heavy imports); the device is read
from torch only when torch is already imported or ``probe_device=True``.
"""
from __future__ import annotations

import os
import platform
import sys
import time
from importlib import metadata as im
from pathlib import Path

LIBRARIES = ("torch", "transformers", "datasets", "tokenizers", "peft", "accelerate", "scikit-learn", "numpy",
             "gensim", "nbformat", "nbclient", "papermill", "ipykernel", "jupyter_client", "pypdf", "pydantic")


def library_versions(names=LIBRARIES) -> dict[str, str | None]:
    out = {}
    for name in names:
        try:
            out[name] = im.version(name)
        except im.PackageNotFoundError:
            out[name] = None
    return out


def device_info(probe: bool = False) -> dict:
    info = {"cpu_count": os.cpu_count(), "machine": platform.machine()}
    if probe or "torch" in sys.modules:
        try:
            import torch
            info["cuda"] = bool(torch.cuda.is_available())
            info["device"] = "cuda" if info["cuda"] else "cpu"
            if info["cuda"]:
                info["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
            info["torch_threads"] = torch.get_num_threads()
        except Exception as exc:  # a broken torch must not stop the manifest
            info["device_error"] = f"{type(exc).__name__}: {exc}"
    return info


def seeds_of(nb=None, parameters: dict | None = None) -> dict:
    """Seeds as the planned notebook declares them (parameters named *seed*), plus PYTHONHASHSEED."""
    seeds = {k: v for k, v in (parameters or {}).items() if "seed" in k.lower()}
    if nb is not None:
        import ast

        from ..nbmeta import source_of
        for cell in nb.cells:
            if "parameters" in (cell.get("metadata", {}).get("tags") or []) or \
                    "injected-parameters" in (cell.get("metadata", {}).get("tags") or []):
                try:
                    tree = ast.parse(source_of(cell))
                except SyntaxError:
                    continue
                for node in tree.body:
                    target = node.target if isinstance(node, ast.AnnAssign) else \
                        (node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
                    if isinstance(target, ast.Name) and "seed" in target.id.lower() and node.value is not None:
                        try:
                            seeds[target.id] = ast.literal_eval(node.value)
                        except ValueError:
                            pass
    seeds["PYTHONHASHSEED"] = os.environ.get("PYTHONHASHSEED")
    return seeds


def environment_manifest(*, kernel: dict | None = None, paper_path=None, paper_sha256: str | None = None, nb=None,
                         parameters: dict | None = None, probe_device: bool = False) -> dict:
    from .. import __version__
    from ..nbmeta import sha256_file
    paper = None
    if paper_path is not None or paper_sha256:
        paper = {"path": str(paper_path) if paper_path else None,
                 "sha256": paper_sha256 or (sha256_file(paper_path) if paper_path and Path(paper_path).is_file()
                                            else None)}
    return {
        "mlintern_version": __version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": {"version": platform.python_version(), "implementation": platform.python_implementation(),
                   "executable": sys.executable},
        "platform": {"system": platform.system(), "release": platform.release(), "machine": platform.machine(),
                     "platform": platform.platform()},
        "libraries": library_versions(),
        "device": device_info(probe_device),
        "seeds": seeds_of(nb, parameters),
        "kernel": dict(kernel or {}),
        "paper": paper,
        "offline": {"HF_HUB_OFFLINE": os.environ.get("HF_HUB_OFFLINE"),
                    "HF_DATASETS_OFFLINE": os.environ.get("HF_DATASETS_OFFLINE")},
    }


_PROBE = r'''
import json as _j, platform as _p, sys as _s, os as _o
from importlib import metadata as _m
_r = {"python": _p.python_version(), "platform": _p.platform(), "cpu_count": _o.cpu_count(), "libraries": {}}
for _n in %r:
    try:
        _r["libraries"][_n] = _m.version(_n)
    except Exception:
        _r["libraries"][_n] = None
import shutil as _sh, subprocess as _sp
_r["gpus"] = []
if _sh.which("nvidia-smi"):  # cheaper than importing torch here
    try:
        _r["gpus"] = [l for l in _sp.run(["nvidia-smi", "-L"], capture_output=True, text=True,
                                          timeout=20).stdout.splitlines() if l.strip()]
    except Exception as _e:
        _r["device_error"] = repr(_e)
_r["device"] = "cuda" if _r["gpus"] else "cpu"
print("MLINTERN_ENV " + _j.dumps(_r))
'''


def probe_kernel(kernel_name: str, cwd: str | None = None, timeout: float = 120) -> dict:
    """Versions, Python and device *inside* the kernel that ran the notebook (the sandbox image has its
    own libraries). Starts a short-lived kernel of the same kernelspec; never raises."""
    import json

    from jupyter_client.manager import start_new_kernel
    km = kc = None
    lines: list[str] = []
    try:
        km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=timeout, cwd=cwd or os.getcwd())

        def hook(msg):
            if msg["header"]["msg_type"] == "stream":
                lines.append(msg["content"].get("text", ""))

        kc.execute_interactive(_PROBE % (LIBRARIES,), timeout=timeout, output_hook=hook, store_history=False)
        for line in "".join(lines).splitlines():
            if line.startswith("MLINTERN_ENV "):
                return json.loads(line[len("MLINTERN_ENV "):])
        return {"error": "the probe printed nothing"}
    except Exception as exc:  # a manifest must never stop a reproduction
        return {"error": f"{type(exc).__name__}: {exc}"}
    finally:
        try:
            if kc is not None:
                kc.stop_channels()
            if km is not None:
                km.shutdown_kernel(now=True)
        except Exception:
            pass
