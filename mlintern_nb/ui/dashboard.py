"""A run dashboard: a progress bar per stage, a live loss plot, an attempt counter, a Stop button.

>>> d = RunDashboard(["data", "model", "train", "eval"], kernel_manager=km)
>>> d.stage("train", 3, 10); d.loss(3, 1.92); d.attempt(4, 2)
>>> d.update({"event": "loss", "step": 4, "loss": 1.80})   # the repair loop's progress= callback
>>> d.stop()                                               # same as clicking Stop: interrupts the kernel

The loss plot is an inline SVG (no JavaScript, no extra package), redrawn at most
every ``min_redraw_s`` seconds so a fast training loop is not slowed by the front end.
"""
from __future__ import annotations

import html
import time
from collections.abc import Callable
from typing import Any

import ipywidgets as W

from ._cells import UIError


def loss_svg(points: list[tuple[float, float]], width: int = 360, height: int = 140) -> str:
    """An SVG line plot of (step, loss) points with min/max labels."""
    if not points:
        return f'<svg width="{width}" height="{height}"><text x="8" y="20" fill="#57606a">no loss yet</text></svg>'
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    dx = (x1 - x0) or 1.0
    dy = (y1 - y0) or 1.0
    pad = 24
    coords = " ".join(f"{pad + (x - x0) / dx * (width - 2 * pad):.1f},{height - pad - (y - y0) / dy * (height - 2 * pad):.1f}"
                      for x, y in points)
    return (f'<svg class="mlintern-loss" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
            f'<polyline fill="none" stroke="#0969da" stroke-width="1.5" points="{coords}"/>'
            f'<text x="2" y="{pad - 6}" font-size="10" fill="#57606a">{y1:.4g}</text>'
            f'<text x="2" y="{height - 4}" font-size="10" fill="#57606a">{y0:.4g}</text>'
            f'<text x="{width - pad}" y="{height - 4}" font-size="10" fill="#57606a">{x1:g}</text></svg>')


class RunDashboard(W.VBox):
    """Progress of a reproduction run; ``update(event)`` is a ready-made ``progress=`` callback."""

    def __init__(self, stages: list[str] | None = None, *, max_attempts: int | None = None,
                 kernel_manager: Any = None, on_stop: Callable[[], Any] | None = None,
                 min_redraw_s: float = 0.5, **kw):
        from ..config import get_config
        self.max_attempts = max_attempts or get_config().max_attempts
        self.kernel_manager = kernel_manager
        self.on_stop = on_stop
        self.min_redraw_s = min_redraw_s
        self.losses: list[tuple[float, float]] = []
        self.attempts: dict[int, int] = {}
        self.stopped = False
        self._last_draw = 0.0
        self._bars: dict[str, W.IntProgress] = {}
        self._labels: dict[str, W.HTML] = {}
        self._stage_box = W.VBox([])
        for s in stages or []:
            self._add_stage(s)
        self._plot = W.HTML(loss_svg([]))
        self._attempt_label = W.HTML("attempts: none")
        self._stop_button = W.Button(description="Stop", button_style="warning", icon="stop")
        self._stop_button.on_click(lambda _b: self.stop())
        self._status = W.HTML("")
        super().__init__([W.HTML("<b>mlintern run</b>"), self._stage_box, self._plot,
                          W.HBox([self._attempt_label, self._stop_button]), self._status], **kw)
        self.add_class("mlintern-dashboard")

    def _add_stage(self, name: str) -> None:
        bar = W.IntProgress(value=0, min=0, max=1, description=name, bar_style="info")
        label = W.HTML("")
        self._bars[name], self._labels[name] = bar, label
        self._stage_box.children = (*self._stage_box.children, W.HBox([bar, label]))

    # ------------------------------------------------------------------ events
    def stage(self, name: str, done: int, total: int | None = None, status: str | None = None) -> None:
        if name not in self._bars:
            self._add_stage(name)
        bar = self._bars[name]
        if total:
            bar.max = max(1, int(total))
        bar.value = min(int(done), bar.max)
        if status == "error":
            bar.bar_style = "danger"
        elif bar.value >= bar.max or status == "done":
            bar.bar_style = "success"
        self._labels[name].value = f"{bar.value}/{bar.max}" + (f" {html.escape(status)}" if status else "")

    def loss(self, step: float, value: float, force: bool = False) -> None:
        self.losses.append((float(step), float(value)))
        now = time.monotonic()
        if force or now - self._last_draw >= self.min_redraw_s:
            self.redraw()
            self._last_draw = now

    def redraw(self) -> None:
        self._plot.value = loss_svg(self.losses)

    def attempt(self, cell_index: int, n: int) -> None:
        self.attempts[cell_index] = n
        parts = ", ".join(f"cell {c}: {k}/{self.max_attempts}" for c, k in sorted(self.attempts.items()))
        self._attempt_label.value = f"attempts: {parts}"

    def update(self, event: dict) -> None:
        """Dispatch a progress event: ``{"event": "stage"|"loss"|"attempt"|"done", ...}``."""
        kind = event.get("event")
        if kind == "stage":
            self.stage(event["name"], event.get("done", 0), event.get("total"), event.get("status"))
        elif kind == "loss":
            self.loss(event["step"], event["loss"])
        elif kind == "attempt":
            self.attempt(event["cell_index"], event["attempt"])
        elif kind == "done":
            self.redraw()
            self._stop_button.disabled = True
            self._status.value = html.escape(str(event.get("summary", "done")))

    __call__ = update

    def stop(self) -> None:
        """Interrupt the kernel that runs the notebook (or call ``on_stop``)."""
        if self.on_stop is None and self.kernel_manager is None:
            raise UIError("the dashboard has no kernel to stop (pass kernel_manager= or on_stop=)")
        if self.on_stop is not None:
            self.on_stop()
        else:
            self.kernel_manager.interrupt_kernel()
        self.stopped = True
        self._stop_button.disabled = True
        self._status.value = "<span style='color:#9a6700'>stop requested: kernel interrupted</span>"

    # ------------------------------------------------------------------ text fallback
    def __repr__(self) -> str:
        lines = ["mlintern run"]
        for name, bar in self._bars.items():
            lines.append(f"  {name:<8} {bar.value}/{bar.max}")
        if self.losses:
            lines.append(f"  loss {self.losses[-1][1]:.4g} at step {self.losses[-1][0]:g} ({len(self.losses)} points)")
        lines.append("  " + self._attempt_label.value + (" [stopped]" if self.stopped else ""))
        return "\n".join(lines)

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = repr(self)
        return data
