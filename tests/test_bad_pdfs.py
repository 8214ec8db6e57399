"""Bad input to `mlintern parse`: one readable line on stderr, a distinct exit code, no
traceback, nothing of the user's lost. The bad PDFs are generated here, not committed."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from mlintern_nb import errors
from mlintern_nb.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "examples" / "papers" / "tinyrepro.pdf"


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(["parse", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str, *words: str) -> None:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("mlintern: error: ")
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0], (w, lines[0])


def _encrypted(tmp_path, password="s3cret") -> Path:
    import pypdf
    w = pypdf.PdfWriter(clone_from=str(GOOD))
    w.encrypt(password, algorithm="AES-256")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as fh:
        w.write(fh)
    return path


def _image_only(tmp_path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    img = Image.new("L", (200, 100), 255)
    for x in range(20, 180):
        img.putpixel((x, 50), 0)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    for _ in range(2):
        c.drawImage(ImageReader(img), 72, 500, width=400, height=200)
        c.showPage()
    c.save()
    return path


def _many_pages(tmp_path, n=500) -> Path:
    from reportlab.pdfgen import canvas
    path = tmp_path / "huge.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    for i in range(n):
        c.setFont("Times-Roman", 10)
        c.drawString(72, 700, f"Page {i + 1} of a very long document about training with a batch size of 32.")
        c.showPage()
    c.save()
    return path


def test_missing_path(capsys, tmp_path):
    code, out, err = run_cli(capsys, tmp_path / "nope.pdf")
    assert code == errors.PaperNotFound.exit_code == 11
    assert_one_line(err, "nope.pdf", "no such file")
    assert out == ""


def test_directory(capsys, tmp_path):
    code, _, err = run_cli(capsys, tmp_path)
    assert code == errors.PaperIsDirectory.exit_code == 12
    assert_one_line(err, "is a directory")


def test_not_a_pdf(capsys, tmp_path):
    p = tmp_path / "notes.pdf"
    p.write_text("these are my notes, not a PDF\n")
    code, _, err = run_cli(capsys, p)
    assert code == errors.NotAPDF.exit_code == 13
    assert_one_line(err, "not a PDF")


@pytest.mark.parametrize("keep", [0.0, 0.15, 0.5])
def test_truncated_or_empty_file(capsys, tmp_path, keep):
    data = GOOD.read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[:int(len(data) * keep)])
    code, _, err = run_cli(capsys, p)
    assert code == errors.CorruptPDF.exit_code == 14
    assert_one_line(err, "corrupt or truncated")


def test_garbage_after_header(capsys, tmp_path):
    p = tmp_path / "garbage.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    code, _, err = run_cli(capsys, p)
    assert code == errors.CorruptPDF.exit_code
    assert_one_line(err, "corrupt")


def test_encrypted_needs_password(capsys, tmp_path):
    p = _encrypted(tmp_path)
    code, _, err = run_cli(capsys, p)
    assert code == errors.EncryptedPDF.exit_code == 15
    assert_one_line(err, "encrypted", "--password")


def test_encrypted_wrong_password_is_distinct(capsys, tmp_path):
    p = _encrypted(tmp_path)
    code, _, err = run_cli(capsys, p, "--password", "guess")
    assert code == errors.WrongPassword.exit_code == 9
    assert_one_line(err, "password given is wrong")


def test_encrypted_right_password_parses(capsys, tmp_path):
    p = _encrypted(tmp_path)
    code, out, err = run_cli(capsys, p, "--password", "s3cret")
    assert code == 0, err
    assert '"title": "TinyRepro: A Small Convolutional Network' in out


def test_scanned_pdf_suggests_ocr(capsys, tmp_path):
    code, _, err = run_cli(capsys, _image_only(tmp_path))
    assert code == errors.ScannedPDF.exit_code == 16
    assert_one_line(err, "no text layer", "OCR")


def test_zero_page_pdf(capsys, tmp_path):
    import pypdf
    p = tmp_path / "empty.pdf"
    with open(p, "wb") as fh:
        pypdf.PdfWriter().write(fh)
    code, _, err = run_cli(capsys, p)
    assert code == errors.EmptyPDF.exit_code == 17
    assert_one_line(err, "no pages")


def test_bad_page_range(capsys):
    code, _, err = run_cli(capsys, GOOD, "--pages", "3-9")
    assert code == errors.PageRangeError.exit_code == 18
    assert_one_line(err, "'3-9'", "1-2")


def test_500_pages_refused_quickly_and_pages_option_reads_a_slice(capsys, tmp_path):
    p = _many_pages(tmp_path)
    t = time.perf_counter()
    code, _, err = run_cli(capsys, p)
    assert time.perf_counter() - t < 5
    assert code == errors.PaperTooLarge.exit_code == 19
    assert_one_line(err, "500 pages", "--pages")
    t = time.perf_counter()
    code, out, err = run_cli(capsys, p, "--pages", "498-500")
    assert time.perf_counter() - t < 5
    assert code == 0, err
    assert '"pages_read": [\n      498,\n      499,\n      500\n    ]' in out


def test_error_keeps_existing_output_file(capsys, tmp_path):
    target = tmp_path / "spec.json"
    target.write_text("my earlier work\n")
    code, _, _ = run_cli(capsys, tmp_path / "missing.pdf", "-o", target)
    assert code == 11
    assert target.read_text() == "my earlier work\n"


def test_console_script_prints_no_traceback(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF-1.4\n%%EOF")
    r = subprocess.run([sys.executable, "-m", "mlintern_nb", "parse", str(p)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode in (errors.CorruptPDF.exit_code, errors.EmptyPDF.exit_code)
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_page_cap_is_a_setting(tmp_path):
    import os
    env = dict(os.environ, MLINTERN_MAX_PAGES="1")
    r = subprocess.run([sys.executable, "-m", "mlintern_nb", "parse", str(GOOD)], capture_output=True, text=True,
                       timeout=60, env=env)
    assert r.returncode == errors.PaperTooLarge.exit_code
    assert "2 pages is more than the limit of 1" in r.stderr


def test_unreadable_file(capsys, tmp_path):
    import os
    if os.geteuid() == 0:
        p = tmp_path / "dangling.pdf"  # root may read any file: a dangling link is the unreadable case here
        p.symlink_to(tmp_path / "missing-target")
        code, _, err = run_cli(capsys, p)
        assert code == errors.PaperNotFound.exit_code
    else:
        p = tmp_path / "secret.pdf"
        p.write_bytes(GOOD.read_bytes())
        p.chmod(0)
        code, _, err = run_cli(capsys, p)
        assert code == errors.PaperReadError.exit_code == 10
        assert_one_line(err, "cannot be read")
