"""Review widget: buttons triggered programmatically (no front end), decisions checked in the notebook."""
from __future__ import annotations

import dataclasses
import hashlib

import nbformat
import pytest

from mlintern_nb.errors import MLInternError
from mlintern_nb.ui import ReviewRequired, ReviewWidget, review_or_decide
from mlintern_nb.ui._cells import AlreadyDecided, CellIndexError, is_interactive
from mlintern_nb.ui.review import attempts_of

BROKEN = "x = np.zeros(3)\nprint(x.sum())\n"
FIXED = "import numpy as np\nx = np.zeros(3)\nprint(x.sum())\n"


@dataclasses.dataclass
class Diagnosis:  # shaped like the repair loop's dataclasses
    kind: str
    ename: str
    evalue: str
    summary: str


@dataclasses.dataclass
class Proposal:
    new_source: str
    diff: str
    diagnosis: Diagnosis
    fixer: str
    changes: list


def _nb():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), nbformat.v4.new_code_cell(BROKEN)]
    nb.cells[1].metadata["mlintern"] = {"role": "train", "needs_review": True}
    nb.cells.append(nbformat.v4.new_code_cell("fresh = 1"))
    return nb


def _proposal(**kw):
    d = dict(new_source=FIXED, diff="", fixer="missing_module",
             diagnosis=Diagnosis("missing_module", "NameError", "name 'np' is not defined",
                                 "np is not defined (missing import?)"),
             changes=[{"param": "batch_size", "paper_value": 64, "new_value": 16, "why": "OOM at 64"}])
    d.update(kw)
    return Proposal(**d)


def test_accept_button_writes_source_and_review():
    nb = _nb()
    w = ReviewWidget(_proposal(), nb, 1, by="ada")
    assert "np is not defined (missing import?)." in w._diagnosis.value
    assert "+import numpy as np" in w.item.diff  # diff computed from the cell when the proposal has none
    assert "batch_size: paper 64 → 16 (OOM at 64)" in w._changes.value
    w._accept_button.click()
    cell = nb.cells[1]
    assert cell.source == FIXED
    review = cell.metadata.mlintern.review
    assert review["decision"] == "accepted" and review["by"] == "ada" and review["fixer"] == "missing_module"
    assert review["at"].endswith("Z")
    assert cell.metadata.mlintern.accepted_sha == hashlib.sha256(FIXED.encode()).hexdigest()
    assert "needs_review" not in cell.metadata.mlintern
    assert w._reject_button.disabled and w._accept_button.disabled
    with pytest.raises(AlreadyDecided):
        w.reject()
    assert cell.source == FIXED


def test_reject_keeps_source():
    nb = _nb()
    w = ReviewWidget(_proposal(), nb, 1, by="ada")
    w._reject_button.click()
    assert nb.cells[1].source == BROKEN
    assert nb.cells[1].metadata.mlintern.review["decision"] == "rejected"
    assert len(nb.cells[1].metadata.mlintern.review_history) == 1


def test_edit_then_accept_records_edited():
    nb = _nb()
    w = ReviewWidget(_proposal(), nb, 1, by="ada")
    w._edit_button.click()
    assert w.editing and w._editor.value == FIXED
    w._editor.value = "import numpy\nnp = numpy\n" + BROKEN
    w.accept()
    assert nb.cells[1].source.startswith("import numpy\nnp = numpy\n")
    meta = nb.cells[1].metadata.mlintern
    assert meta.review["decision"] == "edited"
    assert "accepted_sha" not in meta  # a person's edit stays a human edit


def test_rerun_runs_candidate_then_accept():
    ran = []

    def runner(src):
        ran.append(src)
        ns = {}
        exec(src, ns)
        return {"status": "ok"}

    nb = _nb()
    w = ReviewWidget(_proposal(), nb, 1, on_rerun=runner, by="ada")
    w._rerun_button.click()
    assert ran == [FIXED]
    assert nb.cells[1].source == BROKEN  # re-run does not change the cell by itself
    assert nb.cells[1].metadata.mlintern.review == {**nb.cells[1].metadata.mlintern.review, "decision": "rerun",
                                                    "outcome": "ok"}
    assert "ok" in w._status.value
    w.accept()
    assert [e["decision"] for e in nb.cells[1].metadata.mlintern.review_history] == ["rerun", "accepted"]


def test_rerun_failure_is_shown_not_raised():
    nb = _nb()
    w = ReviewWidget(_proposal(new_source="1/0"), nb, 1, on_rerun=lambda s: exec(s, {}), by="ada")
    w.rerun()
    assert isinstance(w.rerun_result, ZeroDivisionError)
    assert nb.cells[1].metadata.mlintern.review["outcome"] == "error"
    assert "ZeroDivisionError" in w._status.value
    w.reject()  # still open for a decision


def test_rerun_in_ipython_shell():
    from IPython.core.interactiveshell import InteractiveShell
    shell = InteractiveShell.instance()
    w = ReviewWidget({"new_source": "mlintern_rerun_probe = 6 * 7", "diagnosis": {"kind": "x"}}, by="ada")
    w.rerun()
    assert shell.user_ns["mlintern_rerun_probe"] == 42


def test_callback_target_gets_the_cell():
    got = []
    w = ReviewWidget({"new_source": FIXED, "diagnosis": {"kind": "missing_module"}},
                     cell={"cell_type": "code", "source": BROKEN, "metadata": {}}, callback=got.append, by="ada")
    w.accept()
    assert got[0]["source"] == FIXED and got[0]["metadata"]["mlintern"]["review"]["decision"] == "accepted"


def test_text_fallback_for_terminals():
    w = ReviewWidget(_proposal(), _nb(), 1)
    bundle = w._repr_mimebundle_()
    text = bundle["text/plain"]
    assert text.startswith("mlintern proposal [missing_module] by missing_module: np is not defined")
    assert "+import numpy as np" in text
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_bad_cell_index_is_one_line_error():
    with pytest.raises(CellIndexError) as e:
        ReviewWidget(_proposal(), _nb(), 7)
    assert isinstance(e.value, MLInternError)
    assert str(e.value) == "cell 7 does not exist (the notebook has 3 cells)"


def test_headless_auto_accept_never_waits():
    nb = _nb()
    w = review_or_decide(_proposal(), nb, 1, interactive=False, review="auto-accept")
    assert w.decision == "accepted"
    assert nb.cells[1].source == FIXED and nb.cells[1].metadata.mlintern.review["by"] == "auto"


def test_headless_stop_marks_pending_and_raises():
    nb = _nb()
    with pytest.raises(ReviewRequired) as e:
        review_or_decide(_proposal(), nb, 1, interactive=False, review="stop")
    assert "cell 1 has a proposed fix waiting for review" in str(e.value)
    assert nb.cells[1].source == BROKEN
    assert nb.cells[1].metadata.mlintern.review["decision"] == "pending"
    assert nb.cells[1].metadata.mlintern.needs_review is True


def test_headless_uses_config_and_env(monkeypatch):
    from mlintern_nb.config import MLIntern, get_config, set_config
    old = get_config()
    try:
        set_config(MLIntern(review="stop"))
        with pytest.raises(ReviewRequired):
            review_or_decide(_proposal(), _nb(), 1, interactive=False)
    finally:
        set_config(old)
    monkeypatch.setenv("MLINTERN_HEADLESS", "1")
    assert is_interactive() is False


def test_interactive_returns_open_widget():
    nb = _nb()
    w = review_or_decide(_proposal(), nb, 1, interactive=True)
    assert w.decision is None and nb.cells[1].source == BROKEN


def test_attempt_records_become_review_items():
    cell = nbformat.v4.new_code_cell(BROKEN)
    cell.metadata["mlintern"] = {"attempts": [
        {"attempt": 1, "diagnosis": {"kind": "oom", "summary": "out of memory"}, "fixer": "shrink_batch",
         "diff": "-a\n+b\n", "outcome": "error", "duration_s": 1.5,
         "changes": [{"param": "batch_size", "paper_value": 64, "new_value": 16, "why": "OOM"}]}]}
    items = attempts_of(cell)
    assert items[0].kind == "oom" and items[0].attempt == 1 and items[0].sentence == "out of memory."
    assert items[0].change_lines() == ["batch_size: paper 64 → 16 (OOM)"]


def test_cell_without_mlintern_metadata_gets_notebooknode():
    nb = _nb()
    ReviewWidget({"new_source": "fresh = 2", "diagnosis": {"kind": "x"}}, nb, 2, by="ada").accept()
    assert nb.cells[2].metadata.mlintern.review.decision == "accepted"  # attribute access: NotebookNode
    nbformat.validate(nb)
