"""The lab extension's kernel-side bundles, its prebuilt output, and its jest suite."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import mlintern_nb
from mlintern_nb.ui.lab import MIME_CELLS, MIME_PROPOSAL, cells_bundle, proposal_bundle

ROOT = Path(__file__).resolve().parent.parent
LABEXT = ROOT / "labextension"


def test_cells_bundle_shape_and_fallback():
    b = cells_bundle([{"cell_type": "code", "source": "x = 1", "metadata": {}}], {"title": "T"}, "n.ipynb")
    assert b[MIME_CELLS]["cells"][0]["source"] == "x = 1"
    assert b[MIME_CELLS]["spec"]["title"] == "T" and b[MIME_CELLS]["nonce"]
    assert "1 planned cells for T" in b["text/plain"]
    json.dumps(b)


def test_proposal_bundle_is_json_with_text():
    class Diag:
        kind = "oom"
        summary = "out of memory"

    b = proposal_bundle({"new_source": "y", "diagnosis": Diag(), "fixer": "f"}, cell_index=3)
    payload = json.loads(json.dumps(b[MIME_PROPOSAL]))
    assert payload["cell_index"] == 3 and payload["proposal"]["diagnosis"]["kind"] == "oom"
    assert "+y" in payload["proposal"]["diff"]
    assert b["text/plain"].startswith("mlintern proposal [oom] by f: out of memory.")


def test_magics_and_extension_agree_on_mime_types():
    from mlintern_nb.magics import display
    assert display.MIME_CELLS == MIME_CELLS and display.MIME_PROPOSAL == MIME_PROPOSAL
    src = (LABEXT / "src" / "logic.ts").read_text()
    assert f"'{MIME_CELLS}'" in src and f"'{MIME_PROPOSAL}'" in src


def test_prebuilt_extension_is_in_the_package():
    paths = mlintern_nb._jupyter_labextension_paths()
    built = Path(mlintern_nb.__file__).parent / paths[0]["src"]
    meta = json.loads((built / "package.json").read_text())
    src_meta = json.loads((LABEXT / "package.json").read_text())
    assert meta["name"] == paths[0]["dest"] == src_meta["name"]
    assert meta["version"] == src_meta["version"]
    remote = meta["jupyterlab"]["_build"]["load"]
    assert (built / remote).exists()
    assert (built / "schemas" / "mlintern-nb" / "plugin.json").exists()


@pytest.mark.slow
@pytest.mark.skipif(not (LABEXT / "node_modules" / ".bin" / "jest").exists() or not shutil.which("node"),
                    reason="labextension/node_modules not installed (npm ci in labextension/)")
def test_jest_suite():
    run = subprocess.run(["node", "node_modules/.bin/jest", "--ci"], cwd=LABEXT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Tests:" in run.stderr and "failed" not in run.stderr.split("Tests:")[1].splitlines()[0]
