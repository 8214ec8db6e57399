"""Plan review and run dashboard widgets, driven programmatically."""
from __future__ import annotations

import time

import nbformat
import pytest

from mlintern_nb.paper.spec import PaperSpec
from mlintern_nb.ui import PlanReviewWidget, RunDashboard, UIError
from mlintern_nb.ui.dashboard import loss_svg
from mlintern_nb.ui.plan_review import UnknownField, parse_value

SPEC = {
    "title": "Tiny Repro",
    "task_family": "image-classification",
    "architecture_params": {"num_layers": {"value": 4, "page": 2, "quote": "four conv layers"}},
    "training": {"main": {
        "learning_rate": {"value": 0.001, "page": 2, "quote": "learning rate of 1e-3"},
        "batch_size": {"value": 64, "page": 2, "quote": "a batch size of 64"},
        "optimizer": {"value": "Adam", "page": 2, "quote": "the Adam optimizer"}}},
    "not_stated": ["warmup"],
}


def test_parse_value():
    assert parse_value("3e-4") == 0.0003 and parse_value(" 32 ") == 32
    assert parse_value("[0.9, 0.98]") == [0.9, 0.98] and parse_value("true") is True
    assert parse_value("AdamW") == "AdamW"


def test_plan_review_rows_and_overrides():
    planned = []
    w = PlanReviewWidget(SPEC, on_plan=lambda spec: planned.append(spec) or "nb", by="ada")
    assert w.fields == ["optimizer", "learning_rate", "batch_size", "num_layers"]
    assert w.overrides() == {}
    w.set_value("learning_rate", "3e-4")
    w.set_value("num_layers", 2)
    w.set_value("optimizer", "Adam")  # unchanged
    assert w.overrides() == {"learning_rate": 0.0003, "num_layers": 2}
    w._plan_button.click()
    spec = planned[0]
    lr = spec.training["main"]["learning_rate"]
    assert lr.value == 0.0003 and lr.page == 2 and lr.quote == "learning rate of 1e-3"
    assert lr.paper_value == 0.001 and lr.edited_by == "ada" and "paper: 0.001" in lr.note
    assert spec.architecture_params["num_layers"].value == 2
    assert spec.training["main"]["batch_size"].value == 64
    assert w.spec.training["main"]["learning_rate"].value == 0.001  # the original spec is untouched
    assert "learning_rate=0.0003" in w._status.value
    text = repr(w)
    assert "learning_rate" in text and "(edited)" in text and "p.2" in text


def test_plan_review_unknown_field():
    w = PlanReviewWidget(PaperSpec.model_validate(SPEC))
    with pytest.raises(UnknownField) as e:
        w.set_value("momentum", 0.9)
    assert str(e.value).startswith("no value named 'momentum' in the plan review")


def test_plan_review_records_decision_on_notebook():
    def fake_plan(spec):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(f"lr = {spec.value('learning_rate').value}")]
        return nb

    w = PlanReviewWidget(PaperSpec.model_validate(SPEC).to_json(), on_plan=fake_plan, by="ada")
    w.set_value("learning_rate", "0.01")
    nb = w.plan()
    assert nb.cells[0].source == "lr = 0.01"
    rec = nb.metadata.mlintern.plan_review
    assert rec["decision"] == "planned" and rec["by"] == "ada" and rec["overrides"] == {"learning_rate": 0.01}


def test_plan_review_with_the_real_planner():
    w = PlanReviewWidget(SPEC, profile="full")  # full: the paper's (here: the reviewed) setting, unscaled
    w.set_value("batch_size", "16")
    w.set_value("learning_rate", "3e-4")
    nb = w.plan()
    assert nb.metadata.mlintern.plan_review["overrides"] == {"batch_size": 16, "learning_rate": 0.0003}
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert "batch_size: int = 16" in params.source and "learning_rate: float = 0.0003" in params.source


def test_dashboard_events_and_text():
    d = RunDashboard(["data", "train"], max_attempts=5, on_stop=lambda: None, min_redraw_s=0)
    d.update({"event": "stage", "name": "train", "done": 3, "total": 10})
    for step, loss in enumerate([2.3, 1.9, 1.2]):
        d({"event": "loss", "step": step, "loss": loss})
    d.update({"event": "attempt", "cell_index": 7, "attempt": 2})
    d.stage("eval", 1, 1)
    assert d._bars["train"].value == 3 and d._bars["train"].max == 10
    assert d._bars["eval"].bar_style == "success"
    assert "<polyline" in d._plot.value and "2.3" in d._plot.value
    assert d._attempt_label.value == "attempts: cell 7: 2/5"
    text = d._repr_mimebundle_()["text/plain"]
    assert "train    3/10" in text and "loss 1.2 at step 2 (3 points)" in text


def test_dashboard_throttles_redraws():
    d = RunDashboard(min_redraw_s=60, on_stop=lambda: None)
    d.loss(0, 1.0)
    first = d._plot.value
    d.loss(1, 0.5)
    assert d._plot.value == first and len(d.losses) == 2
    d.update({"event": "done", "summary": "ok"})
    assert d._plot.value != first and d._stop_button.disabled


def test_loss_svg_empty_and_flat():
    assert "no loss yet" in loss_svg([])
    assert "<polyline" in loss_svg([(0, 1.0), (1, 1.0)])


def test_dashboard_stop_without_kernel_is_an_error():
    with pytest.raises(UIError):
        RunDashboard().stop()


@pytest.mark.slow
def test_dashboard_stop_interrupts_a_real_kernel():
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name="python3")
    try:
        d = RunDashboard(["train"], kernel_manager=km)
        msg_id = kc.execute("import time\nfor i in range(600): time.sleep(0.1)")
        time.sleep(1.0)
        t0 = time.monotonic()
        d._stop_button.click()
        reply = kc.get_shell_msg(timeout=20)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=20)
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt"
        assert time.monotonic() - t0 < 10
        assert d.stopped and d._stop_button.disabled
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
