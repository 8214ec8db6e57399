"""Suite `reference`: the reproductions the field quotes — BERT fine-tuning on SST-2, ResNet on
CIFAR-10, GPT-2 on WikiText-2, LoRA fine-tuning of a causal LM — plus one per remaining task family.

Specs are hand-grounded PaperSpecs in ``benchmarks/reference_specs/`` (page + quote from the real
papers). Each task runs ``repeats`` times with different seeds, so success is a rate."""
from __future__ import annotations

import json
from pathlib import Path

from . import group_by

REFERENCE = ["bert_sst2", "resnet_cifar10", "gpt2_wikitext2", "lora_causal_lm"]


def spec_dir() -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        d = base / "benchmarks" / "reference_specs"
        if d.is_dir():
            return d
    raise FileNotFoundError("benchmarks/reference_specs not found (run from the repository root)")


def tasks(include_all: bool = True) -> list[str]:
    d = spec_dir()
    names = [n for n in REFERENCE if (d / f"{n}.json").exists()]
    if include_all:
        from ..paper.spec import TASK_FAMILIES
        have = {json.loads((d / f"{n}.json").read_text()).get("task_family") for n in names}
        for p in sorted(d.glob("*.json")):
            fam = json.loads(p.read_text()).get("task_family")
            if p.stem not in names and fam in TASK_FAMILIES and fam not in have:
                names.append(p.stem)
                have.add(fam)
    return names


def run(only: list[str] | None = None, repeats: int = 1, profile: str = "smoke", kernel: str = "local",
        progress=None) -> list[dict]:
    from ..notebook.pipeline import plan_spec
    from ..paper.spec import PaperSpec
    from .runner import run_notebook
    rows = []
    for name in (only or tasks()):
        spec = PaperSpec.model_validate(json.loads((spec_dir() / f"{name}.json").read_text()))
        for r in range(repeats):
            seed = 1234 + r
            nb = plan_spec(spec, profile)
            row = {"suite": "reference", "task": name, "family": spec.task_family, "seed": seed, "profile": profile}
            try:
                row.update(run_notebook(nb, name=f"{name}-{seed}", kernel=kernel, params={"seed": seed}))
            except Exception as exc:  # a task that cannot even start counts as a failure, not a crash
                row.update(ok=False, first_attempt_ok=False, error=f"{type(exc).__name__}: {exc}"[:300])
            paper = [x.model_dump() for x in spec.reported_results]
            row["paper_results"] = paper[:3]
            rows.append(row)
            if progress:
                progress(row)
    return rows


def summary(rows: list[dict]) -> list[dict]:
    by = group_by(rows, "task")
    out = []
    for task, rs in by.items():
        n = len(rs)
        out.append({"task": task, "family": rs[0]["family"], "runs": n,
                    "first_attempt_rate": sum(bool(r.get("first_attempt_ok")) for r in rs) / n,
                    "success_rate": sum(bool(r.get("ok")) for r in rs) / n,
                    "mean_attempts": sum(r.get("attempts", 0) for r in rs) / n,
                    "mean_run_s": sum(r.get("run_s", 0) for r in rs) / n,
                    "loss_decreased_rate": sum(bool(r.get("loss_decreased")) for r in rs) / n,
                    "first_loss": rs[0].get("first_loss"), "last_loss": rs[0].get("last_loss"),
                    "metrics": rs[0].get("metrics", {}), "metric": _metric(rs), "paper": _paper(rs[0])})
    return out


def _metric(rs: list[dict]) -> str:
    """The headline metric, mean over the runs that reported it ("accuracy=0.553")."""
    vals: dict[str, list[float]] = {}
    for r in rs:
        for k, v in (r.get("metrics") or {}).items():
            if isinstance(v, (int, float)):
                vals.setdefault(k, []).append(float(v))
    if not vals:
        return ""
    prefer = ("accuracy", "f1", "bleu", "rouge", "perplexity", "eval_loss")
    k = next((p for p in prefer if p in vals), next(iter(vals)))
    return f"{k}={sum(vals[k]) / len(vals[k]):.3g}"


def _paper(r: dict) -> str:
    res = r.get("paper_results") or []
    return f"{res[0]['metric']} {res[0]['value']:g} (p. {res[0].get('page')})" if res else ""
