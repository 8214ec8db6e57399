"""papermill runs planned notebooks: plainly, and with ``--engine mlintern`` (the repair loop)."""
from __future__ import annotations

import subprocess
import sys

import nbformat
import papermill as pm
import pytest
from papermill.exceptions import PapermillExecutionError
from test_reproduce import planned_notebook

pytestmark = pytest.mark.slow


def test_plain_papermill_runs_a_planned_notebook_with_parameters(tmp_path):
    src = planned_notebook(tmp_path / "in.ipynb")
    out = tmp_path / "out.ipynb"
    pm.execute_notebook(str(src), str(out), parameters={"epochs": 4}, kernel_name="python3", progress_bar=False,
                        cwd=str(tmp_path))
    nb = nbformat.read(str(out), as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "epochs 4" in text


@pytest.mark.parametrize("first", ["mlintern_nb.notebook.engine", "papermill"])
def test_engine_imports_in_either_order(first):
    """papermill loads the engine through its entry point while initialising; importing ours first works too."""
    code = (f"import {first}\nfrom mlintern_nb.notebook.engine import MLInternEngine\n"
            "from papermill.engines import NBClientEngine, papermill_engines\n"
            "assert papermill_engines.get_engine('mlintern') is MLInternEngine\n"
            "assert issubclass(MLInternEngine, NBClientEngine)\nprint('ok')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_mlintern_engine_is_registered_and_records_the_run(tmp_path):
    from papermill.engines import papermill_engines

    from mlintern_nb.notebook.engine import MLInternEngine
    assert papermill_engines.get_engine("mlintern") is MLInternEngine
    src = planned_notebook(tmp_path / "in.ipynb")
    out = tmp_path / "out.ipynb"
    r = subprocess.run([sys.executable, "-m", "papermill", "--engine", "mlintern", "-k", "python3", str(src),
                        str(out), "-p", "epochs", "2", "--no-progress-bar"], capture_output=True, text=True,
                       timeout=180)
    assert r.returncode == 0, r.stderr
    nb = nbformat.read(str(out), as_version=4)
    run = nb.metadata["mlintern"]["run"]
    assert run["status"] == "ok" and run["kernel_name"] == "python3"
    assert run["cells_run"] == run["cells_total"] == 3 and run["failed_cells"] == []
    env = nb.metadata["mlintern"]["environment"]
    assert env["kernel"]["name"] == "python3" and env["kernel"]["isolated"] is False
    assert env["paper"]["sha256"] == "ab" * 32 and env["libraries"]["papermill"] == pm.__version__
    assert "epochs 2" in "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))


def test_mlintern_engine_raises_papermills_error_and_saves_the_notebook(tmp_path):
    src = planned_notebook(tmp_path / "in.ipynb", body="x = 1\nraise KeyError('no such column')")
    out = tmp_path / "out.ipynb"
    with pytest.raises(PapermillExecutionError) as ei:
        pm.execute_notebook(str(src), str(out), engine_name="mlintern", kernel_name="python3", progress_bar=False,
                            max_attempts=1, cwd=str(tmp_path))
    err = ei.value
    nb = nbformat.read(str(out), as_version=4)
    assert err.ename == "KeyError" and "no such column" in err.evalue and err.traceback
    assert nb.cells[err.cell_index].source.endswith("raise KeyError('no such column')")
    assert nb.cells[err.cell_index].metadata["papermill"]["exception"] is True
    assert nb.metadata["mlintern"]["run"]["status"] == "failed"


def test_planned_notebook_declares_typed_parameters_for_papermill(tmp_path):
    """`papermill --help-notebook` / inspect_notebook read the planner's parameters cell."""
    from test_reproduce import TINY

    from mlintern_nb.paper import parse
    from mlintern_nb.plan import plan
    nb = plan(parse(TINY), profile="smoke", paper_path=str(TINY))
    path = tmp_path / "planned.ipynb"
    nbformat.write(nb, str(path))
    params = pm.inspect_notebook(str(path))
    assert "profile" in params and params["profile"]["inferred_type_name"] == "str"
    assert any(p["inferred_type_name"] in {"int", "float"} for p in params.values())
