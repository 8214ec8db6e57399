"""Review the PaperSpec before anything runs: every value editable, then "Plan with these values".

>>> w = PlanReviewWidget(spec)            # PaperSpec, its JSON dict, or JSON text
>>> w.set_value("learning_rate", "3e-4")  # same as typing in the row's box
>>> nb = w.plan()                         # same as clicking the button

Each row shows the field, its value (a text box), the page and the verbatim
quote. Edited values keep the paper's value next to them
(``Grounded.paper_value``, ``edited_by``) so the plan and its report can say
"paper: 1e-4, you chose 3e-4". ``plan()`` calls ``on_plan(spec)`` if given, else
``mlintern_nb.plan.plan(spec, profile=MLIntern.profile)``.
"""
from __future__ import annotations

import ast
import html
from collections.abc import Callable
from typing import Any

import ipywidgets as W

from ..config import get_config
from ..paper.spec import ARCH_FIELDS, TRAINING_FIELDS, Grounded, PaperSpec
from ._cells import UIError, now_iso, whoami


class UnknownField(UIError):
    exit_code = 74

    def __init__(self, name: str, known: list[str]):
        super().__init__(f"no value named {name!r} in the plan review (known: {', '.join(known) or 'none'})",
                         name=name, known=known)


def parse_value(text: str) -> Any:
    """``"3e-4"`` → 0.0003, ``"32"`` → 32, ``"[0.9, 0.98]"`` → list, anything else stays text."""
    t = text.strip()
    if t.lower() in {"true", "false"}:
        return t.lower() == "true"
    try:
        return ast.literal_eval(t)
    except (ValueError, SyntaxError):
        return t


def _fmt(v: Any) -> str:
    return v if isinstance(v, str) else repr(v)


def _coerce_spec(spec) -> PaperSpec:
    if isinstance(spec, PaperSpec):
        return spec.model_copy(deep=True)
    if isinstance(spec, str):
        return PaperSpec.from_json(spec)
    return PaperSpec.model_validate(spec)


class PlanReviewWidget(W.VBox):
    """The PaperSpec as an editable table; ``plan()`` builds the notebook from the edited spec."""

    def __init__(self, spec, *, setup: str | None = None, on_plan: Callable[[PaperSpec], Any] | None = None,
                 profile: str | None = None, by: str | None = None, **kw):
        self.spec = _coerce_spec(spec)
        self.setup_name = setup or next((k for k in self.spec.training if "fine" in k.lower()),
                                        next(iter(self.spec.training), None))
        self.on_plan = on_plan
        self.profile = profile or get_config().profile
        self.by = by or whoami()
        self.result: Any = None
        self._rows: dict[str, tuple[str, Grounded, W.Text]] = {}  # name -> (group, grounded, box)

        header = [W.HTML(f"<b>{h}</b>") for h in ("value", "", "page", "quote")]
        cells: list[W.Widget] = list(header)
        for group, name, g in self._grounded_rows():
            box = W.Text(value=_fmt(g.value), layout=W.Layout(width="auto"))
            box.add_class(f"mlintern-value-{name}")
            self._rows[name] = (group, g, box)
            page = g.first_page
            quote = (g.quote or g.note or ("(default, not in the paper)" if g.source == "default" else ""))
            cells += [W.HTML(f"<code>{html.escape(name)}</code>"), box,
                      W.HTML(f"p.{page}" if page else "—"),
                      W.HTML(f"<i title='{html.escape(quote)}'>{html.escape(quote[:140])}</i>")]
        self._table = W.GridBox(cells, layout=W.Layout(grid_template_columns="max-content 14em 4em 1fr",
                                                        grid_gap="2px 8px"))
        missing = ", ".join(self.spec.not_stated)
        self._not_stated = W.HTML(f"<div>Not stated in the paper: {html.escape(missing)}</div>" if missing else "")
        self._plan_button = W.Button(description="Plan with these values", button_style="primary", icon="cogs")
        self._plan_button.on_click(lambda _b: self.plan())
        self._status = W.HTML("")
        title = html.escape(self.spec.title or "(untitled paper)")
        super().__init__([W.HTML(f"<b>{title}</b> · task <code>{html.escape(self.spec.task_family)}</code>"
                                 + (f" · set-up <code>{html.escape(self.setup_name)}</code>" if self.setup_name else "")),
                          self._table, self._not_stated, self._plan_button, self._status], **kw)
        self.add_class("mlintern-plan-review")

    def _grounded_rows(self):
        setup = self.spec.training.get(self.setup_name, {}) if self.setup_name else {}
        order = {f: i for i, f in enumerate(TRAINING_FIELDS)}
        for name in sorted(setup, key=lambda n: (order.get(n, 99), n)):
            yield "training", name, setup[name]
        aorder = {f: i for i, f in enumerate(ARCH_FIELDS)}
        for name in sorted(self.spec.architecture_params, key=lambda n: (aorder.get(n, 99), n)):
            if name not in self._rows and name not in setup:
                yield "architecture", name, self.spec.architecture_params[name]

    # ------------------------------------------------------------------ values
    @property
    def fields(self) -> list[str]:
        return list(self._rows)

    def set_value(self, name: str, text: Any) -> None:
        if name not in self._rows:
            raise UnknownField(name, self.fields)
        self._rows[name][2].value = text if isinstance(text, str) else _fmt(text)

    def overrides(self) -> dict[str, Any]:
        """The values a person changed: ``{field: new typed value}``."""
        out = {}
        for name, (_group, g, box) in self._rows.items():
            new = parse_value(box.value)
            if new != g.value and box.value.strip() != _fmt(g.value):
                out[name] = new
        return out

    def edited_spec(self) -> PaperSpec:
        """The spec with the overrides applied; each edited value remembers the paper's."""
        spec = self.spec.model_copy(deep=True)
        for name, new in self.overrides().items():
            group, g, _box = self._rows[name]
            edited = g.model_copy(update={"value": new})
            edited.paper_value = g.value
            edited.edited_by = self.by
            edited.note = f"edited in plan review (paper: {_fmt(g.value)})"
            if group == "training":
                spec.training[self.setup_name][name] = edited
            else:
                spec.architecture_params[name] = edited
        return spec

    def plan(self):
        """Build the notebook from the edited spec (``on_plan`` or ``mlintern_nb.plan.plan``)."""
        spec = self.edited_spec()
        overrides = self.overrides()
        if self.on_plan is not None:
            result = self.on_plan(spec)
        else:
            from ..plan import plan as _plan
            result = _plan(spec, profile=self.profile, paper_path=spec.source.path)
        md = getattr(result, "metadata", None)
        if md is not None:
            mm = dict(md.get("mlintern") or {})
            mm["plan_review"] = {"decision": "planned", "by": self.by, "at": now_iso(), "overrides": overrides}
            md["mlintern"] = mm  # NotebookNode converts nested dicts on assignment
        self.result = result
        changed = ", ".join(f"{k}={_fmt(v)}" for k, v in overrides.items()) or "the paper's values"
        self._status.value = f"<span style='color:#1a7f37'>planned with {html.escape(changed)}</span>"
        return result

    # ------------------------------------------------------------------ text fallback
    def __repr__(self) -> str:
        lines = [f"{self.spec.title or '(untitled paper)'} [{self.spec.task_family}]"]
        for name, (_group, g, box) in self._rows.items():
            page = f"p.{g.first_page}" if g.first_page else "-"
            mark = " (edited)" if name in self.overrides() else ""
            lines.append(f"  {name:<22} {box.value:<14} {page:<5} {(g.quote or '')[:70]}{mark}")
        return "\n".join(lines)

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = repr(self)
        return data
