"""PaperSpec -> Markdown: every value with its page and quote, what the paper does not
state, and its figures. Used by ``mlintern parse --format markdown`` and the magics."""
from __future__ import annotations

from .spec import Grounded, PaperSpec

QUOTE_CHARS = 220


def _cell(text) -> str:
    s = " ".join(str(text).split()).replace("|", "\\|")
    return s


def _quote(q: str | None) -> str:
    if not q:
        return ""
    q = " ".join(q.split())
    if len(q) > QUOTE_CHARS:
        q = q[:QUOTE_CHARS - 1].rstrip() + "…"
    return "“" + _cell(q) + "”"


def _page(g: Grounded) -> str:
    p = g.page
    if isinstance(p, list):
        return ", ".join(str(x) for x in p)
    return "" if p is None else str(p)


def _value(g: Grounded) -> str:
    v = _cell(g.value)
    if g.source != "paper":
        v += f" *({g.source})*"
    return v


def _row(name: str, g: Grounded) -> str:
    return f"| {_cell(name)} | {_value(g)} | {_page(g)} | {_quote(g.quote)} |"


HEADER = ["| field | value | page | quote |", "|---|---|---|---|"]


def to_markdown(spec: PaperSpec) -> str:
    out = [f"# {spec.title or '(untitled paper)'}", ""]
    src = spec.source
    facts = [f"**Task family:** {spec.task_family}"]
    if src and src.pages:
        facts.append(f"**Pages:** {src.pages}")
    if src and src.sha256:
        facts.append(f"**sha256:** `{src.sha256[:12]}`")
    out += [" · ".join(facts), ""]

    rows = []
    if spec.task_family_evidence:
        rows.append(_row("task family", spec.task_family_evidence))
    if spec.architecture:
        rows.append(_row("architecture", spec.architecture))
    for name, g in spec.architecture_params.items():
        rows.append(_row(name, g))
    if spec.loss:
        rows.append(_row("loss", spec.loss))
    for g in spec.datasets:
        rows.append(_row("dataset", g))
    for g in spec.metrics:
        rows.append(_row("metric", g))
    if rows:
        out += ["## Model and data", ""] + HEADER + rows + [""]

    for setup, fields in spec.training.items():
        out += [f"## Training: {setup}", ""] + HEADER + [_row(f, g) for f, g in fields.items()] + [""]

    if spec.reported_results:
        out += ["## Reported results", "", "| metric | value | dataset | page | quote |", "|---|---|---|---|---|"]
        for r in spec.reported_results:
            out.append(f"| {_cell(r.metric)} | {r.value:g} | {_cell(r.dataset or '')} | {r.page or ''} | "
                       f"{_quote(r.quote)} |")
        out.append("")

    out += ["## Not stated in the paper", ""]
    out.append(", ".join(f"`{f}`" for f in spec.not_stated) if spec.not_stated else "(nothing listed)")
    out.append("")

    if spec.figures:
        out += ["## Figures", "", "| figure | page | kind | caption | image |", "|---|---|---|---|---|"]
        for f in spec.figures:
            label = _cell(f.label or "") + (" **(architecture)**" if f.is_architecture else "")
            image = f"![{_cell(f.label or 'figure')}]({f.image_path})" if f.image_path else (
                "vector (caption only)" if f.kind == "vector" else "not written")
            out.append(f"| {label} | {f.page} | {f.kind} | {_quote(f.caption)} | {image} |")
        out.append("")

    if spec.warnings:
        out += ["## Warnings", ""] + [f"- {_cell(w)}" for w in spec.warnings] + [""]
    return "\n".join(out).rstrip() + "\n"
