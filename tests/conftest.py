"""Shared fixtures. Markers: slow, docker, gpu, browser, papers (see pyproject)."""
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


def docker_ok() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        import docker
        docker.from_env().ping()
        return True
    except Exception:
        return False
