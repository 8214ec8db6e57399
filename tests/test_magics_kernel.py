"""The magics inside a real Jupyter kernel: nbclient executes a notebook that uses them."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "examples" / "papers" / "tinyrepro.pdf"

pytestmark = pytest.mark.slow


def texts_of(cell) -> list[str]:
    return [o.get("data", {}).get("text/plain", "") for o in cell.outputs if o.output_type == "display_data"]


def test_magics_in_a_kernel(tmp_path, monkeypatch):
    if not TINY.exists():
        pytest.skip("examples/papers/tinyrepro.pdf not built")
    nbdir = tmp_path / "my notebooks"
    nbdir.mkdir()
    workdir = tmp_path / "kernel cwd"
    workdir.mkdir()
    # Jupyter Server tells the kernel which notebook it runs; the planned notebook goes next to it
    monkeypatch.setenv("JPY_SESSION_NAME", str(nbdir / "analysis.ipynb"))
    monkeypatch.setenv("MLINTERN_KERNEL", "local")
    cells = [
        "%load_ext mlintern_nb",
        "%config MLIntern.max_attempts = 2\n"
        "from mlintern_nb.config import get_config\nprint('attempts', get_config().max_attempts)",
        '%mlintern load "missing paper.pdf"',
        "%mlintern load x.pdf --bogus",
        f'%mlintern load "{TINY}" --profile smoke',
        "%mlintern status",
        "%%mlintern run --kernel local\nprint('hello from', 'the run kernel')",
        "print('lab inserts', get_ipython().magics_manager.registry['MLInternMagics']._lab_extension_inserts())",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    path = nbdir / "analysis.ipynb"
    nbformat.write(nb, str(path))
    before = path.read_bytes()
    NotebookClient(nb, kernel_name="python3", timeout=180, resources={"metadata": {"path": str(workdir)}}).execute()
    c = nb.cells
    assert all(o.output_type != "error" for cell in c for o in cell.outputs)  # no traceback anywhere
    assert "attempts 2" in c[1].outputs[0].text
    assert texts_of(c[2]) == ["mlintern: error: missing paper.pdf: no such file"]
    assert texts_of(c[3]) == ["mlintern: error: %mlintern: unrecognized arguments: --bogus"]
    bundle = [o for o in c[4].outputs if "application/vnd.mlintern.cells+json" in o.get("data", {})]
    assert len(bundle) == 1
    planned = nbdir / "tinyrepro.repro.ipynb"
    assert bundle[0]["data"]["application/vnd.mlintern.cells+json"]["notebook_path"] == str(planned)
    pnb = nbformat.read(str(planned), as_version=4)
    roles = [(x.metadata.get("mlintern") or {}).get("role") for x in pnb.cells]
    assert {"parameters", "data", "model", "train", "eval"} <= set(roles)
    assert any("learning_rate" in t for t in texts_of(c[4]))
    status = "".join(o.get("text", "") for o in c[5].outputs)
    assert "paper: " in status and "tinyrepro.pdf" in status and "max_attempts=2" in status
    run_text = "".join(o.get("text", "") for o in c[6].outputs if o.output_type == "stream")
    assert "hello from the run kernel" in run_text  # streamed by the watcher thread into this cell
    assert any(t.startswith("run ok") for t in texts_of(c[6]))
    # under jupyter_server with the lab extension installed, the extension inserts the cells: no set_next_input
    from jupyter_core.paths import jupyter_path
    installed = any((Path(d) / "mlintern-nb" / "package.json").exists() for d in jupyter_path("labextensions"))
    assert c[7].outputs[0].text.strip() == f"lab inserts {installed}"
    assert path.read_bytes() == before  # the user's notebook on disk is untouched
    assert sorted(p.name for p in nbdir.iterdir()) == ["analysis.ipynb", "tinyrepro.repro.ipynb"]
    assert list(workdir.iterdir()) == []
