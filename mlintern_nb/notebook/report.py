"""The reproduction report: per cell (role, attempts, diagnosis, outcome) and metrics vs the paper.

Measured metrics are read from the executed notebook's outputs: a
``application/vnd.mlintern.metrics+json`` output (``{"metric": value}``), an ``application/json``
output holding ``{"metrics": {...}}``, stdout lines ``METRIC name=value``, and — in cells whose role
is ``eval`` or ``results`` — printed dicts of numbers (``{'accuracy': 0.97}``, what the planner's
eval cell prints); later cells override earlier ones.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from .. import nbmeta as md

MIME_METRICS = "application/vnd.mlintern.metrics+json"
_METRIC_LINE = re.compile(r"^\s*METRIC\s+([A-Za-z0-9_.\-@/ ]+?)\s*=\s*([-+0-9.eE]+|nan|inf)\s*%?\s*$", re.M)


def measured_metrics(nb) -> dict[str, float]:
    found: dict[str, float] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []) or []:
            data = out.get("data") or {}
            if MIME_METRICS in data:
                payload = data[MIME_METRICS]
                if isinstance(payload, str):
                    try:
                        payload = json.loads(payload)
                    except ValueError:
                        payload = {}
                found.update({k: float(v) for k, v in (payload.get("metrics", payload) or {}).items()
                              if isinstance(v, (int, float))})
            elif isinstance(data.get("application/json"), dict) and isinstance(data["application/json"].get("metrics"),
                                                                                 dict):
                found.update({k: float(v) for k, v in data["application/json"]["metrics"].items()
                              if isinstance(v, (int, float))})
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                text = out.get("text", "")
                text = "".join(text) if isinstance(text, list) else text
                for name, val in _METRIC_LINE.findall(text):
                    found[name.strip()] = float(val)
                if ((cell.get("metadata") or {}).get("mlintern") or {}).get("role") in {"eval", "results"}:
                    found.update(_printed_dicts(text))
    return found


def _printed_dicts(text: str) -> dict[str, float]:
    """``{'accuracy': 0.97, ...}`` lines an eval cell printed (a dict of numbers, one per line)."""
    import ast
    out: dict[str, float] = {}
    for line in text.splitlines():
        line = line.strip()
        if not (line.startswith("{") and line.endswith("}")):
            continue
        try:
            d = ast.literal_eval(line)
        except (ValueError, SyntaxError):
            continue
        if isinstance(d, dict):
            out.update({str(k): float(v) for k, v in d.items()
                        if isinstance(v, (int, float)) and not isinstance(v, bool)})
    return out


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("top1", "").replace("top-1", ""))


def metrics_vs_paper(nb, spec: dict | None) -> list[dict]:
    """One row per metric the paper reports or the run measured: paper value (page, quote), measured, delta."""
    measured = measured_metrics(nb)
    rows, used = [], set()
    for r in (spec or {}).get("reported_results", []) or []:
        key = next((m for m in measured if _norm(m) == _norm(r.get("metric", ""))), None)
        meas = measured.get(key) if key else None
        paper_v = r.get("value")
        # papers often state percentages (93.2) where code measures fractions (0.932)
        if meas is not None and paper_v is not None and paper_v > 1.5 and meas <= 1.0:
            meas_cmp = meas * 100
        else:
            meas_cmp = meas
        rows.append({"metric": r.get("metric"), "dataset": r.get("dataset"), "paper": paper_v,
                     "page": r.get("page"), "quote": r.get("quote"), "measured": meas,
                     "delta": (round(meas_cmp - paper_v, 4) if meas_cmp is not None and paper_v is not None
                               and math.isfinite(meas_cmp) else None)})
        if key:
            used.add(key)
    for k, v in measured.items():
        if k not in used:
            rows.append({"metric": k, "dataset": None, "paper": None, "page": None, "quote": None, "measured": v,
                         "delta": None})
    return rows


def _diagnosis_text(att: dict) -> str:
    d = att.get("diagnosis")
    if isinstance(d, dict):
        kind = d.get("kind") or "?"
        detail = d.get("summary") or d.get("message") or d.get("detail") or ""
        return f"{kind}: {detail}".strip(": ")
    return str(d) if d else ""


def llm_line(usage: dict | None) -> str | None:
    """``LLM: 3 call(s), 1,234+210 tokens, $0.0012 of $1.00`` from ``nb.metadata.mlintern.llm``."""
    if not usage:
        return None
    budget = usage.get("budget_usd")
    cap = f" of ${budget:.2f} budget" if isinstance(budget, (int, float)) and budget >= 0 else " (no budget cap)"
    return (f"LLM: {len(usage.get('calls') or [])} call(s), {usage.get('prompt_tokens', 0):,}+"
            f"{usage.get('completion_tokens', 0):,} tokens, ${usage.get('spent_usd', 0.0):.4f}{cap}")


def llm_section(nb) -> dict | None:
    """The LLM's part in this reproduction for the report: cost totals, per cell, refinement and planning."""
    meta = md.nb_meta(nb)
    usage = meta.get("llm")
    if not usage:
        return None
    return {"summary": llm_line(usage), "calls": len(usage.get("calls") or []),
            "prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens"),
            "cost_usd": usage.get("spent_usd"), "budget_usd": usage.get("budget_usd"),
            "by_cell": usage.get("by_cell"), "by_purpose": usage.get("by_purpose"),
            "extraction": meta.get("llm_extraction"), "planning": meta.get("llm_plan")}


def build_report(nb, record: dict, *, spec: dict | None = None, paper: dict | None = None,
                 output_path=None) -> dict:
    cells = []
    for i, cell in enumerate(nb.cells):
        if cell.get("cell_type") != "code":
            continue
        atts = md.attempts_of(cell)
        err = md.error_output(cell)
        meta = cell.get("metadata", {}).get("mlintern") or {}
        status = "failed" if (err or meta.get("needs_review")) else \
            ("ok" if cell.get("execution_count") is not None else "not run")
        cells.append({
            "index": i, "role": meta.get("role"), "status": status, "attempts": len(atts),
            "diagnoses": [t for t in (_diagnosis_text(a) for a in atts) if t],
            "fixers": [a.get("fixer") for a in atts if a.get("fixer")],
            "changes": [c for a in atts for c in (a.get("changes") or [])],
            "needs_review": bool(meta.get("needs_review")), "source": meta.get("source"),
            "error": f"{err.get('ename')}: {err.get('evalue')}" if err else None,
        })
    report = {"paper": paper or {}, "notebook": str(output_path) if output_path else None,
              "status": record.get("status"), "run": record, "cells": cells,
              "metrics": metrics_vs_paper(nb, spec)}
    llm = llm_section(nb)
    if llm is not None:
        report["llm"] = llm
    return report


def _md_escape(s) -> str:
    return str(s if s is not None else "").replace("|", "\\|").replace("\n", " ")


def to_markdown(report: dict) -> str:
    run = report.get("run", {})
    title = (report.get("paper") or {}).get("title") or (report.get("paper") or {}).get("path") or "paper"
    lines = [f"# Reproduction report: {_md_escape(title)}", "",
             f"- status: **{report.get('status')}** ({run.get('cells_run')}/{run.get('cells_total')} cells ran, "
             f"{run.get('attempts_total')} attempts, {run.get('duration_s')} s)",
             f"- kernel: `{run.get('kernel_name')}` · executor: {run.get('executor')}",
             f"- notebook: `{report.get('notebook')}`"]
    if run.get("error"):
        lines.append(f"- error: {_md_escape(run['error'].get('message'))}")
    llm = report.get("llm")
    if llm:
        lines.append(f"- {_md_escape(llm.get('summary'))}")
        ext = llm.get("extraction") or {}
        if ext:
            lines.append(f"- LLM extraction: {ext.get('kept', 0)} grounded value(s) kept, "
                         f"{ext.get('dropped_ungrounded', 0)} dropped (quote not in the paper)"
                         + (f"; fell back offline: {_md_escape(ext['fallback'])}" if ext.get("fallback") else ""))
        plan = llm.get("planning") or {}
        if plan:
            lines.append(f"- LLM planning ({_md_escape(plan.get('family'))}): wrote "
                         f"{', '.join(plan.get('written') or []) or 'no cell'}"
                         + (f"; stopped: {_md_escape(plan['rejected']['reason'])}" if plan.get("rejected") else ""))
    lines += ["", "## Cells", "", "| # | role | status | attempts | diagnosis | changes |", "|---|---|---|---|---|---|"]
    for c in report.get("cells", []):
        changes = "; ".join(f"{ch.get('param')}: {ch.get('paper')}→{ch.get('new')}" for ch in c["changes"]
                            if isinstance(ch, dict))
        lines.append(f"| {c['index']} | {_md_escape(c['role'])} | {c['status']} | {c['attempts']} | "
                     f"{_md_escape('; '.join(c['diagnoses']) or c.get('error') or '')} | {_md_escape(changes)} |")
    lines += ["", "## Metrics vs paper", ""]
    if report.get("metrics"):
        lines += ["| metric | dataset | paper | page | measured | Δ (paper units) |", "|---|---|---|---|---|---|"]
        for m in report["metrics"]:
            meas = m["measured"]
            meas = f"{meas:.4g}" if isinstance(meas, float) else _md_escape(meas)
            lines.append(f"| {_md_escape(m['metric'])} | {_md_escape(m['dataset'])} | {_md_escape(m['paper'])} | "
                         f"{_md_escape(m['page'])} | {meas} | {_md_escape(m['delta'])} |")
    else:
        lines.append("No metric reported by the paper or measured by the run.")
    return "\n".join(lines) + "\n"


def write_report(report: dict, notebook_path) -> tuple[Path, Path]:
    p = Path(notebook_path)
    j = p.with_suffix(".report.json")
    m = p.with_suffix(".report.md")
    j.write_text(json.dumps(report, indent=2, default=str) + "\n")
    m.write_text(to_markdown(report))
    return j, m
