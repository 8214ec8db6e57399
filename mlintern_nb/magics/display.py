"""Rich outputs of the magics, each with a plain-text fallback (``_repr_mimebundle_``), so the same
objects read well in JupyterLab, VS Code, classic Notebook, Colab and the IPython terminal."""
from __future__ import annotations

import difflib
import html
import json
import os
import sys
from pathlib import Path

from ..paper.render import to_markdown

MIME_CELLS = "application/vnd.mlintern.cells+json"
MIME_PROPOSAL = "application/vnd.mlintern.proposal+json"


class ErrorLine:
    """One red line: ``mlintern: error: ...`` — never a traceback."""

    def __init__(self, message: str):
        self.message = " ".join(str(message).split())

    def __str__(self):
        return f"mlintern: error: {self.message}"

    def __repr__(self):
        return str(self)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": str(self),
                "text/html": f'<div class="mlintern-error" style="color:#cf222e">{html.escape(str(self))}</div>'}


class Note:
    """A one-line notice (warnings such as "local kernel: not isolated")."""

    def __init__(self, text: str, level: str = "warning"):
        self.text, self.level = " ".join(str(text).split()), level

    def __str__(self):
        return f"mlintern: {self.level}: {self.text}"

    def __repr__(self):
        return str(self)

    def _repr_mimebundle_(self, include=None, exclude=None):
        color = "#9a6700" if self.level == "warning" else "#57606a"
        return {"text/plain": str(self),
                "text/html": f'<div style="color:{color}">{html.escape(str(self))}</div>'}


def _short(s, n=90):
    s = " ".join(str(s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def spec_rows(spec: dict) -> list[tuple[str, str, str, str]]:
    """(field, value, page, quote) for every grounded value in a PaperSpec JSON dict."""
    rows = []

    def add(name, g):
        if isinstance(g, dict) and "value" in g:
            page = g.get("page")
            page = ",".join(map(str, page)) if isinstance(page, list) else ("" if page is None else str(page))
            src = g.get("source")
            rows.append((name, _short(g.get("value"), 60) + (f" ({src})" if src and src != "paper" else ""),
                         page, _short(g.get("quote"))))

    rows.append(("title", _short(spec.get("title"), 80), "", ""))
    rows.append(("task_family", str(spec.get("task_family", "")), "", ""))
    add("task_family evidence", spec.get("task_family_evidence"))
    add("architecture", spec.get("architecture"))
    for k, g in (spec.get("architecture_params") or {}).items():
        add(f"architecture.{k}", g)
    add("loss", spec.get("loss"))
    for i, g in enumerate(spec.get("datasets") or []):
        add(f"dataset[{i}]", g)
    for i, g in enumerate(spec.get("metrics") or []):
        add(f"metric[{i}]", g)
    for setup, fields in (spec.get("training") or {}).items():
        for k, g in (fields or {}).items():
            add(f"{setup}.{k}", g)
    for r in spec.get("reported_results") or []:
        rows.append((f"result: {r.get('metric')}" + (f" ({r['dataset']})" if r.get("dataset") else ""),
                     str(r.get("value")), str(r.get("page") or ""), _short(r.get("quote"))))
    if spec.get("not_stated"):
        rows.append(("not stated", ", ".join(spec["not_stated"]), "", ""))
    return rows


class SpecTable:
    """The PaperSpec as a table: field, value, page, verbatim quote."""

    def __init__(self, spec):
        self.spec_obj = spec
        self.spec = spec if isinstance(spec, dict) else json.loads(spec.to_json())

    def _markdown(self) -> str:
        if not isinstance(self.spec_obj, dict):
            try:
                return to_markdown(self.spec_obj)
            except Exception:
                pass
        lines = ["| field | value | page | quote |", "|---|---|---|---|"]
        for f, v, p, q in spec_rows(self.spec):
            esc = [x.replace("|", "\\|") for x in (f, v, p, q)]
            lines.append("| " + " | ".join(esc) + " |")
        return "\n".join(lines)

    def __str__(self):
        rows = spec_rows(self.spec)
        w = max((len(r[0]) for r in rows), default=10)
        out = []
        for f, v, p, q in rows:
            line = f"{f:<{w}}  {v}"
            if p:
                line += f"  [p.{p}]"
            if q:
                line += f'  "{q}"'
            out.append(line)
        return "\n".join(out)

    def __repr__(self):
        return str(self)

    def _html(self) -> str:
        body = "".join(
            f"<tr><td><code>{html.escape(f)}</code></td><td>{html.escape(v)}</td><td>{html.escape(p)}</td>"
            f"<td><i>{html.escape(q)}</i></td></tr>" for f, v, p, q in spec_rows(self.spec))
        return ('<table class="mlintern-spec"><thead><tr><th>field</th><th>value</th><th>page</th><th>quote</th>'
                f"</tr></thead><tbody>{body}</tbody></table>")

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": str(self), "text/markdown": self._markdown(), "text/html": self._html()}


class PlannedCells:
    """The planned cells: the lab extension inserts them (``application/vnd.mlintern.cells+json``);
    every other front end shows a link to the planned notebook written next to this one.

    ``kernel`` = {isolated: the notebook's kernel is the sandbox, session: the code cells carry the
    ``%%mlintern sandbox`` header (``header`` adds it), sandbox: the sandbox is available, kernel_name}:
    the extension offers to switch a non-isolated notebook to the sandbox kernel (cells without header)."""

    def __init__(self, nb, spec: dict, notebook_path: Path, nonce: str, kernel: dict | None = None,
                 header=None):
        self.nb, self.spec, self.path, self.nonce = nb, spec, Path(notebook_path), nonce
        self.kernel, self.header = dict(kernel or {}), header

    def payload(self) -> dict:
        cells = [{"cell_type": c.cell_type, "metadata": dict(c.get("metadata", {})),
                  "source": self.header(c.source) if self.header and c.cell_type == "code" else c.source}
                 for c in self.nb.cells]
        return json.loads(json.dumps({"cells": cells, "spec": self.spec, "notebook_path": str(self.path),
                                      "nonce": self.nonce, "kernel": self.kernel}, default=str))

    def _rel(self) -> str:
        try:
            return os.path.relpath(self.path)
        except ValueError:
            return str(self.path)

    def __str__(self):
        n = len(self.nb.cells)
        roles = [((c.get("metadata", {}).get("mlintern") or {}).get("role") or c.cell_type) for c in self.nb.cells]
        return (f"planned {n} cells ({', '.join(roles)}) -> {self.path}\n"
                f"open it, or run it headless: papermill {self._rel()} out.ipynb -p profile smoke")

    def __repr__(self):
        return str(self)

    def _repr_mimebundle_(self, include=None, exclude=None):
        rel = html.escape(self._rel())
        return {MIME_CELLS: self.payload(), "text/plain": str(self),
                "text/html": (f'<div class="mlintern-planned">planned {len(self.nb.cells)} cells → '
                              f'<a href="{rel}" target="_blank">{rel}</a> (the JupyterLab extension inserts them '
                              f"below; elsewhere open the link)</div>")}


class AttemptsTable:
    """The repair attempts of one or more cells."""

    def __init__(self, nb, record: dict):
        self.nb, self.record = nb, record

    def rows(self):
        for i, c in enumerate(self.nb.cells):
            for a in ((c.get("metadata", {}).get("mlintern") or {}).get("attempts") or []):
                d = a.get("diagnosis")
                kind = d.get("kind") if isinstance(d, dict) else (d or "")
                yield i, a.get("attempt"), kind or "", a.get("fixer") or "", a.get("outcome") or "", \
                    a.get("duration_s")

    def __str__(self):
        r = self.record
        head = (f"run {r.get('status')}: {r.get('cells_run')}/{r.get('cells_total')} cells, "
                f"{r.get('attempts_total')} attempt(s), {r.get('duration_s')} s on {r.get('kernel_name')}")
        lines = [head] + [f"  cell {i} attempt {n}: {k} {f} -> {o} ({d} s)".replace("  ->", " ->")
                          for i, n, k, f, o, d in self.rows()]
        if r.get("error"):
            lines.append(f"  error: {r['error'].get('message')}")
        return "\n".join(lines)

    def __repr__(self):
        return str(self)

    def _repr_mimebundle_(self, include=None, exclude=None):
        rows = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{html.escape(str(k))}</td><td>{html.escape(str(f))}</td>"
                       f"<td>{html.escape(str(o))}</td><td>{d}</td></tr>" for i, n, k, f, o, d in self.rows())
        head = html.escape(str(self).splitlines()[0])
        return {"text/plain": str(self),
                "text/html": f"<div><b>{head}</b><table><tr><th>cell</th><th>attempt</th><th>diagnosis</th>"
                             f"<th>fixer</th><th>outcome</th><th>s</th></tr>{rows}</table></div>"}


class ProposalView:
    """A proposed rewrite (diagnosis + diff) with the proposal MIME type for the lab extension."""

    def __init__(self, proposal: dict, cell_index: int | None = None):
        self.p, self.cell_index = proposal, cell_index

    def __str__(self):
        d = self.p.get("diagnosis")
        kind = d.get("kind") if isinstance(d, dict) else d
        return (f"proposed fix ({self.p.get('fixer') or 'fixer'}; diagnosis: {kind}):\n{self.p.get('diff') or ''}"
                .rstrip() + "\n(the fixed source is in the next input; run it to accept)")

    def __repr__(self):
        return str(self)

    def _repr_mimebundle_(self, include=None, exclude=None):
        try:
            from ..ui.review import diff_html
            diff = diff_html(self.p.get("diff") or "")
        except Exception:
            diff = f"<pre>{html.escape(self.p.get('diff') or '')}</pre>"
        payload = json.loads(json.dumps({"proposal": self.p, "cell_index": self.cell_index}, default=str))
        return {MIME_PROPOSAL: payload, "text/plain": str(self),
                "text/html": f"<div><b>proposed fix</b> ({html.escape(str(self.p.get('fixer') or ''))}){diff}</div>"}


def unified_diff(a: str, b: str, name_a: str, name_b: str) -> str:
    a, b = (a if a.endswith("\n") else a + "\n"), (b if b.endswith("\n") else b + "\n")
    return "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), name_a, name_b))


def replay(out: dict) -> None:
    """Show an output captured from the sandbox kernel in this cell."""
    t = out.get("output_type")
    if t == "stream":
        text = out.get("text", "")
        (sys.stderr if out.get("name") == "stderr" else sys.stdout).write("".join(text) if isinstance(text, list)
                                                                         else text)
    elif t in {"display_data", "execute_result"}:
        from IPython.display import display
        display(dict(out.get("data", {})), raw=True, metadata=dict(out.get("metadata", {})))
    # error outputs are summed up by the one error line of %%mlintern run
