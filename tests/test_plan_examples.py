"""example_notebooks/ pass `pytest --nbval-lax` (CI runs them through this wrapper)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_example_notebooks_nbval_lax(tmp_path):
    nbs = sorted((ROOT / "example_notebooks").glob("*.ipynb"))
    assert nbs, "no example notebooks"
    import shutil
    nbs = [Path(shutil.copy(nb, tmp_path / nb.name)) for nb in nbs]  # outputs go to tmp, not the repo
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "--nbval-lax", "-p", "no:cacheprovider",
                        "--rootdir", str(tmp_path), *map(str, nbs)], capture_output=True, text=True, cwd=tmp_path,
                       timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "passed" in r.stdout
