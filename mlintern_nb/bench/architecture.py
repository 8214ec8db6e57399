"""Suite `architecture`: does the `full` model have the paper's size?

For every PDF in the folder: parse it, resolve the architecture (:func:`mlintern_nb.plan.architectures.resolve`),
count the parameters of the `full` (and `smoke`) model cell on the meta device, and compare the full count
with the parameter counts the ground truth states (``param_counts``: the closest size). Prints one row per
paper and, as its last line, ``architecture: K/N within 5% (median ratio R)`` over the papers whose ground
truth states a count. A stated count that names a part of the model ("2.4 million for the RPN") is
compared with that part: the built model's submodule of that name (``components``)."""
from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

TOLERANCE = 0.05


def closest(built: int, stated: list[dict]) -> dict | None:
    """The stated size nearest to ``built`` (by ratio)."""
    rows = [p for p in stated if isinstance(p.get("value"), (int, float)) and p["value"] > 0]
    if not rows or not built:
        return None
    return min(rows, key=lambda p: abs(_log_ratio(built, p["value"])))


def components(model, stated: list[dict]) -> dict[str, int]:
    """``{stated model text: parameters}`` for each stated count whose text names a submodule of ``model``
    (a whole word equal to the submodule's attribute name, e.g. "RPN proposal layers" -> ``model.rpn``). A word
    that counts something ("3 x 400 LSTM cells": a number one or two words before it) sizes the whole model,
    it names no part."""
    import re

    from ..plan.architectures.base import count
    out = {}
    for p in stated:
        tokens = re.findall(r"[A-Za-z0-9_.,]+", str(p.get("model", "")))
        words = {w.lower() for i, w in enumerate(tokens) if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{2,}", w)
                 and not any(re.fullmatch(r"[\d.,]+", t) for t in tokens[max(0, i - 2):i])}
        for name, mod in model.named_modules():
            leaf = name.rsplit(".", 1)[-1].lower()
            if name and leaf in words:
                out[str(p.get("model", ""))] = count(mod)
                break
    return out


def _log_ratio(a: float, b: float) -> float:
    import math
    return math.log(a / b)


def measure(pdf: Path, truth: dict | None, smoke: bool = True) -> dict:
    """One paper's row: architecture, built counts, closest stated count and the ratio."""
    from ..errors import MLInternError
    from ..paper import parse
    from ..plan.architectures import resolve
    from ..plan.architectures.base import count
    row: dict = {"suite": "architecture", "paper": pdf.name}
    stated = (truth or {}).get("param_counts") or []
    row["stated"] = len(stated)
    try:
        spec = parse(str(pdf))
    except MLInternError as exc:
        row["error"] = str(exc)
        return row
    planned = _plan_full(spec)
    if planned is not None:  # the spec the notebook is planned from: its set-up's architecture (CIFAR's ResNet-110
        spec = planned.spec  # rather than ImageNet's ResNet-101)
    try:
        arch = resolve(spec)
    except Exception as exc:  # noqa: BLE001 - one paper's odd sizes must not stop the suite
        row["error"] = f"resolve failed ({type(exc).__name__}: {exc})"
        return _compare(row, 0, stated)
    if arch is None:
        row["architecture"] = None
        return _compare(row, 0, stated)
    row.update(architecture=arch.name, source=arch.source, in_notebook=_builds(planned, arch))
    try:
        model = arch.build("full", device="meta")
        row["params_full"] = count(model)
        if smoke:
            row["params_smoke"] = arch.count_params("smoke")
        row["macs_full"] = arch.count_macs("full")  # one image at the full input size, or 128 tokens; None without one
    except MLInternError as exc:
        row["error"] = str(exc)
        return _compare(row, 0, stated)
    # each stated count is judged against what it counts: a named part (the RPN) or the whole model
    parts = components(model, stated)
    pairs = [(parts.get(str(p.get("model", "")), row["params_full"]), p) for p in stated
             if isinstance(p.get("value"), (int, float)) and p["value"] > 0]
    if not pairs:
        return _compare(row, row["params_full"], stated)
    built, near = min(pairs, key=lambda bp: abs(_log_ratio(bp[0], bp[1]["value"])))
    if str(near.get("model", "")) in parts:
        row["component"] = {"stated": str(near.get("model", "")), "params": built}
    return _compare(row, built, [near])


def _plan_full(spec):
    """The ``full`` plan of the paper (:class:`~mlintern_nb.plan.planner.Plan`), or None when it cannot be planned."""
    from ..plan.planner import resolve as plan_resolve
    try:
        return plan_resolve(spec, "full")
    except Exception:  # noqa: BLE001 - a paper the planner cannot plan keeps its paper-wide architecture
        return None


def _builds(planned, arch) -> bool:
    return planned is not None and (planned.architecture or {}).get("name") == arch.name


def built_by_notebook(spec, arch) -> bool:
    """Whether the planned ``full`` notebook's model cell builds ``arch`` (its metadata names it), rather than
    the recipe's own template: the count above is then the count of the model the notebook trains."""
    return _builds(_plan_full(spec), arch)


def _compare(row: dict, built: int, stated: list[dict]) -> dict:
    near = closest(built, stated)
    if stated:
        row["ratio"] = round(built / near["value"], 4) if near else 0.0
        row["closest"] = {"model": near["model"], "value": near["value"], "page": near.get("page")} if near else None
        row["ok"] = bool(near) and abs(row["ratio"] - 1) <= TOLERANCE
    return row


def run(folder: Path, gt_path: Path | None = None, smoke: bool = True, progress=None) -> list[dict]:
    gt_path = gt_path or folder / "ground_truth.json"
    truth = json.loads(Path(gt_path).read_text()) if Path(gt_path).exists() else {}
    rows = []
    for pdf in sorted(Path(folder).glob("*.pdf")):
        row = measure(pdf, truth.get(pdf.name), smoke=smoke)
        rows.append(row)
        if progress:
            progress(row)
    return rows


def summary(rows: list[dict]) -> dict:
    judged = [r for r in rows if r.get("stated")]
    ratios = [r.get("ratio", 0.0) for r in judged]
    return {"within": sum(bool(r.get("ok")) for r in judged), "judged": len(judged),
            "median_ratio": round(statistics.median(ratios), 3) if ratios else None,
            "in_notebook": sum(bool(r.get("in_notebook")) for r in rows if r.get("architecture")),
            "with_architecture": sum(bool(r.get("architecture")) for r in rows)}


def _m(n) -> str:
    if not n:
        return "-"
    return f"{n / 1e9:.2f}B" if n >= 1e9 else f"{n / 1e6:.2f}M" if n >= 1e5 else f"{n:,}"


def table(rows: list[dict]) -> str:
    out = ["| paper | architecture | source | notebook builds it | built (full) | smoke | multiply-adds (full: one image or 128 tokens) "
           "| stated (closest) | ratio | within 5% |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        near = r.get("closest") or {}
        stated = f"{_m(near.get('value'))} {near.get('model', '')}".strip() if r.get("stated") else "not stated"
        ok = "yes" if r.get("ok") else ("no" if r.get("stated") else "")
        arch = r.get("architecture") or ("error: " + r["error"][:60] if r.get("error") else "none")
        nb = ("yes" if r.get("in_notebook") else "no (recipe template)") if r.get("architecture") else ""
        out.append(f"| {r['paper']} | {arch} | {r.get('source', '')} | {nb} | {_m(r.get('params_full'))} | "
                   f"{_m(r.get('params_smoke'))} | {_m(r.get('macs_full'))} | {stated} | {r.get('ratio', '')} | {ok} |")
    return "\n".join(out)


def last_line(rows: list[dict]) -> str:
    s = summary(rows)
    return f"architecture: {s['within']}/{s['judged']} within 5% (median ratio {s['median_ratio']})"


def main(folder: Path, gt_path: Path | None = None, out: Path | None = None, smoke: bool = True) -> int:
    def say(row):
        print(f"  [architecture] {row['paper']}: {row.get('architecture')} {_m(row.get('params_full'))}",
              file=sys.stderr, flush=True)
    rows = run(folder, gt_path, smoke=smoke, progress=say)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "architecture.json").write_text(json.dumps({"rows": rows, "summary": summary(rows)}, indent=1))
    print(table(rows))
    s = summary(rows)
    print(f"built by the notebook's model cell: {s['in_notebook']}/{s['with_architecture']} papers with an architecture")
    print(last_line(rows))
    return 0
