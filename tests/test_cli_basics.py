import subprocess
import sys

import pytest

from mlintern_nb import errors
from mlintern_nb.cli import main


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "mlintern_nb", *args], capture_output=True, text=True)


@pytest.mark.parametrize("make,code,needle", [
    (lambda t: t / "missing.pdf", errors.PaperNotFound.exit_code, "no such file"),
    (lambda t: t, errors.PaperIsDirectory.exit_code, "is a directory"),
    (lambda t: (t / "x.pdf").write_text("hello") and t / "x.pdf", errors.NotAPDF.exit_code, "not a PDF"),
])
def test_parse_bad_paths_give_one_line(tmp_path, make, code, needle):
    r = run_cli("parse", str(make(tmp_path)))
    assert r.returncode == code
    assert needle in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "parse" in capsys.readouterr().out
