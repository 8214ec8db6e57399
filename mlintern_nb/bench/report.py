"""Write the bench results: results.json, results.md (the tables) and PNG plots."""
from __future__ import annotations

import json
import platform
from pathlib import Path


def machine() -> dict:
    import os
    import torch
    return {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "torch": torch.__version__, "cuda": torch.cuda.is_available(),
            "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None}


def _fmt(v) -> str:
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:.0f}"
    if v is None:
        return "–"
    return str(v)


def table(rows: list[dict], cols: list[str]) -> str:
    if not rows:
        return "(no rows)\n"
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        out.append("| " + " | ".join(_fmt(r.get(c)) for c in cols) + " |")
    return "\n".join(out) + "\n"


PAPER_COLS = ["paper", "pages", "parse_s", "task_family", "f1", "recall", "precision", "grounded", "planned",
              "ok", "first_loss", "last_loss"]
REF_COLS = ["task", "family", "runs", "first_attempt_rate", "success_rate", "mean_attempts", "mean_run_s",
            "loss_decreased_rate", "first_loss", "last_loss", "metric", "paper"]
FAULT_COLS = ["category", "cases", "repaired_rate", "diagnosed_rate", "first_attempt_rate", "mean_attempts",
              "unrecorded_paper_changes"]
CORPUS_COLS = ["split", "cases", "repaired_rate", "mean_attempts", "first_attempt_rate", "unrecorded_paper_changes",
               "probe_s_per_repaired", "validate_s_per_repaired"]
OVER_COLS = ["paper", "kernel", "ok", "parse_s", "plan_s", "run_s", "user_code_s", "wall_s", "overhead_share"]


def markdown(results: dict) -> str:
    parts = [f"# mlintern bench\n\nMachine: {results['machine']['platform']}, {results['machine']['cpus']} CPUs, "
             f"torch {results['machine']['torch']}, GPU: {results['machine']['gpu'] or 'none'}; "
             f"profile {results['profile']}.\n"]
    s = results.get("suites", {})
    if "papers" in s:
        parts.append("## papers\n\n" + table(s["papers"]["rows"], PAPER_COLS))
        ex = s["papers"]["summary"].get("extraction")
        if ex:
            parts.append(f"\nExtraction overall: F1 {ex['f1']:.3f} recall {ex['recall']:.3f} precision "
                         f"{ex['precision']:.3f} grounded {ex['grounded']:.3f} macroF1 {ex['macro_f1']:.3f}\n")
    if "reference" in s:
        parts.append("## reference\n\n" + table(s["reference"]["summary"], REF_COLS))
    if "faults" in s:
        parts.append("## faults\n\n" + table(s["faults"]["summary"], FAULT_COLS))
    if "corpus" in s:
        parts.append("## corpus (repair on the fault corpus; probing/validation seconds per repaired cell)\n\n"
                     + table(s["corpus"]["summary"], CORPUS_COLS))
    if "overhead" in s:
        parts.append("## overhead\n\n" + table(s["overhead"]["rows"], OVER_COLS))
    return "\n".join(parts)


def plots(results: dict, out: Path) -> list[str]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    written = []
    s = results.get("suites", {})
    ref = [r for r in s.get("reference", {}).get("rows", []) if r.get("losses")]
    if ref:
        fig, ax = plt.subplots(figsize=(7, 4))
        seen = set()
        for r in ref:
            if r["task"] in seen:
                continue
            seen.add(r["task"])
            ax.plot(r["losses"], label=r["task"], lw=1)
        ax.set_xlabel("logged step"); ax.set_ylabel("training loss"); ax.set_title("reference suite: loss curves")
        ax.legend(fontsize=8)
        fig.tight_layout(); fig.savefig(out / "reference_losses.png", dpi=110); plt.close(fig)
        written.append("reference_losses.png")
    pr = [r for r in s.get("papers", {}).get("rows", []) if r.get("f1") is not None]
    if pr:
        fig, ax = plt.subplots(figsize=(7, 4))
        ax.bar([r["paper"].removesuffix(".pdf") for r in pr], [r["f1"] for r in pr])
        ax.set_ylim(0, 1); ax.set_ylabel("extraction F1"); ax.set_title("papers suite: extraction F1")
        plt.setp(ax.get_xticklabels(), rotation=45, ha="right")
        fig.tight_layout(); fig.savefig(out / "papers_f1.png", dpi=110); plt.close(fig)
        written.append("papers_f1.png")
    fs = [r for r in s.get("faults", {}).get("summary", []) if r["category"] != "ALL"]
    if fs:
        fig, ax = plt.subplots(figsize=(7, 4))
        ax.bar([r["category"] for r in fs], [r["repaired_rate"] for r in fs])
        ax.set_ylim(0, 1.05); ax.set_ylabel("repaired within budget"); ax.set_title("faults suite")
        plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
        fig.tight_layout(); fig.savefig(out / "faults_repair_rate.png", dpi=110); plt.close(fig)
        written.append("faults_repair_rate.png")
    return written


def write(results: dict, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    results["plots"] = plots(results, out)
    clean = json.loads(json.dumps(results, default=str))
    for suite in clean.get("suites", {}).values():
        for r in suite.get("rows", []):
            r.pop("_score", None)
    (out / "results.json").write_text(json.dumps(clean, indent=2))
    md = markdown(results)
    (out / "results.md").write_text(md)
    return md
