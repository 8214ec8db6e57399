"""Shared fixtures. Markers: slow, docker, gpu, browser, papers (see pyproject).

Under ``CI=true`` nothing that can run may skip: a skipped test (``pytest.skip``, ``skipif``,
``importorskip``) is reported as a failure, unless it is marked ``gpu`` (no GPU on CI machines).
``.ci/run`` prints the skip count and fails on any skip that is not a GPU one.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_PAPERS = ROOT / "examples" / "papers"
SHARED = Path(os.environ.get("MLINTERN_SHARED", ROOT.parent / "shared"))
SHARED_PAPERS = SHARED / "papers"


@pytest.fixture
def shared_papers() -> Path:
    if not (SHARED_PAPERS / "ground_truth.json").exists():
        pytest.skip(f"{SHARED_PAPERS} not present")
    return SHARED_PAPERS


@pytest.fixture(scope="session")
def _parsed_papers() -> dict:
    return {}


@pytest.fixture
def parse_once(_parsed_papers, monkeypatch):
    """Suites that parse every shared paper (scorer floors, architecture suite) share one parse per PDF:
    ``mlintern_nb.paper.parse`` is deterministic, so during a test using this fixture a PDF parsed earlier
    in the session is served again as a fresh PaperSpec rebuilt from its JSON. Calls with options (pages,
    password, figures...) still parse."""
    import mlintern_nb.paper as paper
    from mlintern_nb.paper.spec import PaperSpec
    real, memo = paper.parse, _parsed_papers

    def parse(path, pages=None, password=None, figures_dir=None, max_pages=None):
        if pages or password or figures_dir or max_pages:
            return real(path, pages=pages, password=password, figures_dir=figures_dir, max_pages=max_pages)
        p = Path(path).resolve()
        key = (str(p), p.stat().st_mtime_ns, p.stat().st_size)
        if key not in memo:
            memo[key] = real(path).to_json()
        return PaperSpec.from_json(memo[key])

    monkeypatch.setattr(paper, "parse", parse)
    return memo


def docker_ok() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        import docker
        docker.from_env().ping()
        return True
    except Exception:
        return False


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and _in_ci() and item.get_closest_marker("gpu") is None and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where everything that can run must run: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and _in_ci():  # a module-level skip / importorskip
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where everything that can run must run: {reason}"


@pytest.fixture
def run_local_notebook():
    """``run(nb, folder) -> executed nb``: papermill on the local ``python3`` kernel, in ``folder`` (in.ipynb /
    out.ipynb there); the kernel imports the installed package, as a user's would (PYTHONPATH is dropped)."""
    def run(nb, folder: Path):
        import nbformat
        import papermill
        nbformat.write(nb, folder / "in.ipynb")
        env = os.environ.pop("PYTHONPATH", None)
        try:
            papermill.execute_notebook(str(folder / "in.ipynb"), str(folder / "out.ipynb"), kernel_name="python3",
                                       cwd=str(folder), progress_bar=False, execution_timeout=900)
        finally:
            if env is not None:
                os.environ["PYTHONPATH"] = env
        return nbformat.read(folder / "out.ipynb", 4)
    return run
