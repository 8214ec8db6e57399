"""mlintern_nb.ui — human-in-the-loop review with core ipywidgets.

- :class:`ReviewWidget` — a proposed rewrite: diagnosis, diff, Accept / Reject / Edit / Re-run.
- :class:`PlanReviewWidget` — the PaperSpec table with editable values, "Plan with these values".
- :class:`RunDashboard` — per-stage progress, live loss plot, attempt counter, Stop (interrupts the kernel).
- :func:`review_or_decide` — headless runs decide by ``MLIntern.review`` and never wait on a widget.
"""
from ._cells import CellTarget, ReviewRequired, UIError, is_interactive
from .dashboard import RunDashboard
from .plan_review import PlanReviewWidget
from .review import ReviewWidget, review_or_decide

__all__ = ["CellTarget", "PlanReviewWidget", "ReviewRequired", "ReviewWidget", "RunDashboard", "UIError",
           "is_interactive", "review_or_decide"]
