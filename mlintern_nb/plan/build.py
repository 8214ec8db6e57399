"""Resolved Plan -> nbformat notebook (cells in order, metadata on every generated code cell)."""
from __future__ import annotations

import json
import math
import pprint
import re

import nbformat.v4 as nbf

from . import cells, hardware, licenses
from .registry import families
from .planner import Plan
from .recipes.base import ROLES

ROLE_ORDER = ("parameters", "config", "setup", "data", "model", "train", "eval", "results", "plot", "claim")
ALIASES = {"lr": "learning_rate", "warmup": "warmup_steps", "optimizer": "optimizer_name",
           "grad_accum": "grad_accum_steps", "gradient_accumulation_steps": "grad_accum_steps",
           "seq_len": "max_seq_length", "max_length": "max_seq_length", "clip": "max_grad_norm"}


def _md_escape(s) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def header(plan: Plan) -> str:
    spec = plan.spec
    lines = [f"# Reproduction: {spec.title or 'untitled paper'}", ""]
    if plan.recipe is None:
        lines += [f"**Task family:** `{spec.task_family}` — the offline planner has **no recipe** for it. "
                  "See *What could not be planned* below."]
    else:
        lines += [f"**Reproduces:** {plan.family} — {plan.model_family} on **{plan.dataset}**"
                  + (f" (paper set-up `{plan.setup_name}`)" if plan.setup_name else "") + f"; profile **`{plan.profile}`**."]
        if plan.recipe.is_native(plan.dataset):
            lines += ["", f"**Data.** The paper's own dataset ({plan.dataset}) ships with an installed package: "
                      f"the notebook uses it offline, in both profiles; `data_dir` overrides it."]
        else:
            lines += ["", f"**Data.** Offline (always in `smoke`, and in `full` when the hub is unreachable) the notebook "
                      f"uses a *stand-in*: {plan.recipe.stand_in_text} — not {plan.dataset}. With `profile=full` and the hub "
                  f"reachable it loads `{plan.dataset_id or 'the dataset'}`; `data_dir` overrides both."]
        lines += ["", "**Model.** " + ("`smoke` builds a scaled-down model from its config; `full` uses the paper's "
                  "sizes. Offline there is no pretrained checkpoint: the model is randomly initialised.")]
    if plan.notes:
        lines += ["", "Notes: " + "; ".join(plan.notes)]
    lines += ["", "| hyperparameter | value used | paper value | source |", "|---|---|---|---|"]
    for p in plan.params.items.values():
        if p.name in ("data_dir", "output_dir", "report_to", "device", "profile"):
            continue
        paper = "—" if p.paper is None else p.paper
        src = p.source + (f" ({p.note})" if p.note and p.paper is not None else "")
        lines.append(f"| `{p.name}` | `{p.value!r}` | {_md_escape(paper)} | {_md_escape(src)} |")
    if plan.arch_full:
        lines += ["", f"Model size — full: `{plan.arch_full}`; smoke: `{plan.arch_smoke}`."]
        pc = (plan.claim or {}).get("params") or {}
        if pc.get("full_model"):
            near = sorted(pc.get("paper", []), key=lambda p: abs(math.log(max(p["value"], 1) / pc["full_model"])))
            said = "; ".join(f"{_md_escape(p['model'])}: {hardware._count(p['value'])} (p. {p['page']})"
                             for p in near[:4]) or "no count found"  # the stated sizes nearest the built one
            lines += [f"Parameters of the `full` model: {hardware._count(pc['full_model'])}; the paper states: {said}."]
        cc = (plan.claim or {}).get("compute")
        if cc:
            said = "; ".join(f"{_md_escape(c['model'])}: {hardware._count(c['value'])} {c['unit']} (p. {c['page']})"
                             for c in cc["paper"][:3]) or "no cost stated for this model"
            lines += [f"Multiply-adds of the `full` model for {cc['input']}: {hardware._count(cc['full_model_macs'])} "
                      f"(counted by torch's FlopCounterMode on the meta device); the paper states: {said}."]
        if plan.spec.architecture is not None:
            a = plan.spec.architecture
            lines += [f"Architecture in the paper (p. {a.page}): {_md_escape(a.quote or a.value)}"]
    return "\n".join(lines)


def parameters_source(plan: Plan, overrides: dict | None = None) -> str:
    overrides = overrides or {}
    out = ["# Parameters (papermill: -p name value). Values from the paper where it states them; see the header."]
    for p in plan.params.items.values():
        if not p.in_cell:
            continue
        v = overrides.get(p.name, p.value)
        helptext = re.sub(r"[^\w\s,.;/+|-]", " ", p.help)  # papermill's help parser is strict
        out.append(f"{p.name}: {p.type} = {v!r}  # {' '.join(helptext.split())}")
    if plan.arms:
        out.append(f"compare_arms: bool = {overrides.get('compare_arms', True)!r}  # run the claim cell's comparison "
                   "(each arm, 2 seeds); False skips it for a quicker run")
    return "\n".join(out)


def config_source(plan: Plan) -> str:
    spec = plan.spec
    paper = {"title": spec.title, "sha256": spec.source.sha256, "path": spec.source.path}
    reported = [r.model_dump(exclude_none=True) for r in spec.reported_results]
    pretrained = plan.recipe.pretrained if plan.recipe else ""
    names = [p.name for p in plan.params.items.values() if p.in_cell] + (["compare_arms"] if plan.arms else [])
    fmt = lambda x: pprint.pformat(x, width=110, sort_dicts=False)
    return "\n".join([
        "# Plan constants written by `mlintern plan` (change the parameters cell, not these)",
        f"PAPER = {fmt(paper)}",
        f"RECIPE = {plan.family!r}",
        f"DATASET_NAME = {plan.dataset!r}",
        f"PRETRAINED_ID = {pretrained!r}  # loaded only with profile=full and the hub reachable",
        f"ARCH_FULL = {fmt(plan.arch_full)}",
        f"ARCH_SMOKE = {fmt(plan.arch_smoke)}",
        "ARCH = ARCH_FULL if profile == \"full\" else ARCH_SMOKE",
        f"REPORTED = {fmt(reported)}",
        *(plan.recipe.config_lines(plan) if plan.recipe else []),
        f"PARAMETER_NAMES = {fmt(names)}",
    ])


def role_source(plan: Plan, role: str, overrides: dict | None = None) -> str:
    """The generated source of one role; parameter overrides become assignments at its top."""
    overrides = {ALIASES.get(k, k): v for k, v in (overrides or {}).items()}
    if role == "parameters":
        return parameters_source(plan, overrides)
    if role == "config":
        body = config_source(plan)
    elif role == "setup":
        body = cells.SETUP
    elif role == "train":
        body = cells.TRAIN
    elif role == "results":
        body = cells.RESULTS
    elif role == "plot":
        body = cells.PLOT
    elif role in ROLES and plan.recipe is not None:
        body = plan.recipe.cell(role, plan).rstrip("\n") + "\n" + plan.recipe.arm_code(role, plan)
    elif role == "claim" and plan.arms:
        from .claims import claim_source
        body = claim_source(plan, {r: role_source(plan, r) for r in ("model", "train", "eval")})
    else:
        from ..errors import PlanError
        raise PlanError(f"no generated source for role {role!r} of recipe {plan.family!r}", role=role)
    body = body.strip("\n")
    known = set(plan.params.items)
    lines = []
    for k, v in overrides.items():
        if k in known:
            paper = plan.params[k].value
            lines.append(f"{k} = {v!r}  # override by mlintern repair (planned: {paper!r})")
    if lines:
        head, rest = (body.split("\n", 1) + [""])[:2] if body.startswith("# NBVAL") else ("", body)
        body = "\n".join(([head] if head else []) + lines + [rest])
    return body


def build(plan: Plan) -> "nbformat.NotebookNode":
    nb = nbf.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    names = list(plan.params.items)
    add = nb.cells.append
    add(cells.md_cell(header(plan), "header"))
    rec = plan.family

    def code(role, tags=None):
        src = role_source(plan, role)
        add(cells.code_cell(src, role, rec, cells.uses_of(src, names), tags))

    code("parameters", ["parameters"])
    code("config")
    code("setup")
    if plan.recipe is not None:
        add(cells.md_cell("## Data", "heading")); code("data")
        add(cells.md_cell("## Model", "heading")); code("model")
        add(cells.md_cell("## Train", "heading")); code("train")
        add(cells.md_cell("## Evaluate", "heading")); code("eval")
        add(cells.md_cell("## Results", "heading")); code("results"); code("plot")
        if plan.arms:
            add(cells.md_cell("## The paper's claim", "heading")); code("claim")
        add(cells.md_cell(
            "## Verdict\n\nThe results cell above prints the verdict of this run: whether the training loss went "
            "down and how the measured metrics compare with the paper's. A `smoke` run only checks that data, model, "
            "training and evaluation work end to end; run `papermill repro.ipynb out.ipynb -p profile full` on the "
            "hardware below to compare with the paper.", "verdict"))
        add(cells.md_cell("## Hardware\n\n" + hardware.markdown(plan.hardware), "hardware"))
    else:
        add(cells.md_cell(unknown_family(plan), "unplanned"))
    add(cells.md_cell("## Licenses\n\n" + licenses.markdown(plan.licenses) + "\n\nFlags: **non-commercial** and "
                      "**unknown** need a check before any commercial use.", "licenses"))
    spec = plan.spec
    nb.metadata["mlintern"] = {
        "paper": {"title": spec.title, "sha256": spec.source.sha256, "path": spec.source.path},
        "spec": json.loads(spec.to_json()),
        "profile": plan.profile,
        "recipe": plan.family if plan.recipe is not None else None,
        "defaults": {p.name: {"value": p.value, "paper": p.paper, "page": p.page, "source": p.source}
                     for p in plan.params.items.values()},
        "dataset": {"name": plan.dataset, "id": plan.dataset_id},
        "setup": plan.setup_name,
        "licenses": plan.licenses,
        "hardware": plan.hardware,
        "claim": plan.claim,
    }
    if plan.architecture is not None:
        nb.metadata["mlintern"]["architecture"] = plan.architecture
    return nb


def unknown_family(plan: Plan) -> str:
    spec = plan.spec
    said = []
    for label, g in (("architecture", spec.architecture), ("loss", spec.loss)):
        if g is not None:
            said.append(f"- {label} (p. {g.page}): {_md_escape(g.quote or g.value)}")
    for name, g in spec.setup(plan.setup_name).items():
        said.append(f"- {name} (p. {g.page}): {_md_escape(g.value)}")
    return ("## What could not be planned\n\n"
            f"The paper's task family is `{spec.task_family}`; the offline engine has recipes only for "
            f"{_and(families())}. "
            "It wrote the cells it can (parameters with the paper's values, set-up with seeds and the environment "
            "manifest, licenses); the **data, model, training and evaluation cells are not written**. Write them "
            "here, or re-plan with the LLM engine (`MLINTERN_ENGINE=llm`).\n\nWhat the paper states:\n\n"
            + ("\n".join(said) if said else "- (nothing the extractor could ground)"))


def _and(names) -> str:
    names = list(names)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
