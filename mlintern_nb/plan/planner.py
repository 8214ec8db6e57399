"""PaperSpec + profile -> a resolved plan (recipe, dataset, hyperparameters with sources, model size)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..paper.spec import Grounded, PaperSpec
from . import claims, hardware, licenses, registry
from .params import Param, ParamSet, number_of

PROFILES = ("smoke", "full")
# plausible ranges; a paper value outside is a misread (a citation number, a lost exponent) and is not used
RANGES = {"learning_rate": (1e-7, 10.0), "momentum": (0.0, 0.9999), "weight_decay": (0.0, 0.5),
          "dropout": (0.0, 0.95), "label_smoothing": (0.0, 0.5), "max_grad_norm": (0.0, 1000.0),
          "batch_size": (1, 1 << 22), "epochs": (1, 100000), "max_steps": (1, 10 ** 8), "warmup_steps": (0, 10 ** 7),
          "max_seq_length": (8, 1 << 20), "lora_r": (1, 4096), "lora_alpha": (0.0, 1 << 14)}
# knobs whose paper value is kept in smoke too (they do not make a run slow)
STRUCTURAL = {"weight_decay", "dropout", "momentum", "label_smoothing", "max_grad_norm", "lora_r", "lora_alpha",
              "lora_dropout", "lora_target_modules"}


@dataclass
class Plan:
    spec: PaperSpec
    profile: str
    family: str
    recipe: object | None
    setup_name: str | None
    dataset: str
    dataset_id: str
    dataset_grounded: Grounded | None
    params: ParamSet
    arch_full: dict
    arch_smoke: dict
    model_family: str
    notes: list[str] = field(default_factory=list)
    licenses: list[dict] = field(default_factory=list)
    hardware: dict | None = None
    arms: list[dict] = field(default_factory=list)
    no_comparison: str = ""
    claim: dict = field(default_factory=dict)
    architecture: dict | None = None  # the registry model the model cell builds (nb.metadata.mlintern.architecture)

    @property
    def stand_in(self) -> str:
        return self.recipe.stand_in_label(self.dataset) if self.recipe is not None else ""


def _text(g) -> str:
    if g is None:
        return ""
    return f"{g.value} {g.quote or ''}" if isinstance(g, Grounded) else str(g)


def _choose_setup(spec: PaperSpec, dataset: str, recipe) -> str | None:
    if not spec.training:
        return None
    keys = list(spec.training)
    # the set-up in whose section the paper sizes the network the notebook builds (a network described for one
    # experiment, e.g. a mixture density network), so that model, data and hyperparameters are one experiment's
    built_in = getattr(spec.architecture, "setup", None) if spec.architecture is not None else None
    from ..paper.extraction.setups import base_name
    for k in keys if built_in else ():
        if base_name(k) == built_in:
            return k
    want = re.sub(r"[^a-z0-9]", "", dataset.lower())
    hints = [want, want[:5]]
    hints += list(recipe.setup_hints if recipe is not None else ())
    for h in hints:
        for k in keys:
            if h and h in re.sub(r"[^a-z0-9]", "", k.lower()):
                return k
    fine = [k for k in keys if "fine" in k.lower()]
    return fine[0] if fine else keys[0]


def _schedule(text: str) -> str | None:
    t = text.lower()
    if "cosine" in t:
        return "cosine"
    if "linear" in t:
        return "linear"
    if any(w in t for w in ("divided", "step", "decay by", "multiplied", "plateau")):
        return "step"
    if "constant" in t:
        return "constant"
    return None


def _optimizer(text: str) -> str | None:
    t = text.lower()
    if "adamw" in t:
        return "adamw"
    if "adam" in t:
        return "adam"
    if "sgd" in t or "momentum" in t or "stochastic gradient" in t:
        return "sgd"
    return None


def resolve(spec: PaperSpec, profile: str = "smoke") -> Plan:
    from ..errors import PlanError
    if profile not in PROFILES:
        raise PlanError(f"unknown profile {profile!r}: choose smoke or full", profile=profile)
    recipe = registry.get(spec.task_family)
    if recipe is not None and not recipe.applies(spec):
        recipe = None  # the family's recipe cannot reproduce this paper: say so (or let the LLM plan it)
    family = spec.task_family if recipe is not None else "other"
    if recipe is not None:
        dataset, dataset_id, dsg = recipe.choose_dataset(spec)
    else:
        dataset, dataset_id, dsg = (str(spec.datasets[0].value) if spec.datasets else "", "",
                                    spec.datasets[0] if spec.datasets else None)
    setup = _choose_setup(spec, dataset, recipe)
    notes: list[str] = []
    from .architectures import for_setup
    switched = for_setup(spec, setup)
    if switched is not None:  # the set-up trains another variant, at another input size: build that one
        g = switched.architecture
        notes.append(f"architecture: the set-up `{setup}` uses {g.value} (p. {g.page}: \"{g.quote}\"), not the "
                     f"paper-wide {spec.architecture.value}, which takes another input size; the notebook builds it")
        spec = switched
    ps = ParamSet()
    smoke_d = dict(recipe.smoke) if recipe else {"learning_rate": 1e-3, "batch_size": 16, "max_steps": 50}
    full_d = dict(recipe.full) if recipe else {"learning_rate": 1e-3, "batch_size": 32, "epochs": 1}
    if recipe is not None:
        recipe.adjust_defaults(spec, dataset, smoke_d, full_d)
    # the offline data IS the paper's data: smoke keeps the paper's set-up
    native = recipe is not None and recipe.is_native(dataset)
    if native:
        notes.append(f"the paper's own dataset ships offline ({dataset}): smoke keeps the paper's set-up")
    if recipe is not None:
        notes.extend(recipe.plan_notes(spec, dataset))

    def add(name, typ, help_, paper=None, g=None, full_default=None, smoke_default=None, in_cell=True):
        lo_hi = RANGES.get(name)
        if lo_hi and isinstance(paper, (int, float)) and not lo_hi[0] <= paper <= lo_hi[1]:
            notes.append(f"{name}: the paper value read ({paper!r}, p. {g.page if g is not None else '?'}) is outside "
                         f"{lo_hi[0]}..{lo_hi[1]} and was ignored (likely a misread)")
            paper, g = None, None
        full_v = paper if paper is not None else full_d.get(name, full_default)
        budget = recipe is not None and name in recipe.smoke_budget
        if profile == "full" or (native and not budget) or (name in STRUCTURAL and paper is not None):
            value = full_v
        else:
            value = smoke_d.get(name, smoke_default if smoke_default is not None else full_v)
        note = ""
        if paper is None:
            note = "default: not stated in paper"
        elif value != paper:
            note = f"smoke uses {value!r}; paper: {paper!r}"
        p = Param(name, value, typ, help_, paper, g.page if g is not None else None,
                  g.quote if g is not None else None, note, in_cell)
        return ps.add(p)

    val = lambda field, integer=False: (number_of(spec.value(field, setup), dataset, integer), spec.value(field, setup))
    add("profile", "str", "smoke = minutes on one CPU, scaled-down model, stand-in data; full = the setting of the paper",
        full_default=profile, smoke_default=profile)
    ps["profile"].value = profile
    ps["profile"].note = ""
    add("seed", "int", "random seed for python, numpy, torch and the data order", full_default=0, smoke_default=0)
    n, g = val("learning_rate")
    add("learning_rate", "float", "peak learning rate", n, g)
    n, g = val("batch_size", True)
    add("batch_size", "int", "examples per micro-batch", n, g)
    n, g = val("epochs", True)
    add("epochs", "int", "passes over the training data, used when max_steps is 0 or less", n, g, full_default=1, smoke_default=1)
    n, g = val("steps", True)
    if n is None and ps["epochs"].paper is not None:
        full_d["max_steps"] = -1  # the paper counts epochs
    add("max_steps", "int", "optimizer steps; 0 or less means use epochs", n, g, full_default=-1)
    add("grad_accum_steps", "int", "micro-batches per optimizer step", full_default=1, smoke_default=1)
    n, g = val("warmup")
    if n is not None and n < 1:  # a ratio
        total = ps.get("max_steps") if ps.get("max_steps", -1) > 0 else None
        notes.append(f"warmup is a ratio ({n}) in the paper; converted with max_steps")
        n = int(n * total) if total else 0
    add("warmup_steps", "int", "linear warmup steps", int(n) if n is not None else None, g, full_default=0,
        smoke_default=0)
    sched_g = spec.value("lr_schedule", setup) or spec.value("learning_rate", setup)
    sched = _schedule(_text(sched_g)) if sched_g is not None else None
    add("lr_schedule", "str", "linear | cosine | step, divided by 10 at 50 and 75 percent | constant",
        sched, sched_g if sched else None, full_default="linear", smoke_default="linear")
    opt_g = spec.value("optimizer", setup)
    add("optimizer_name", "str", "adamw | adam | sgd", _optimizer(_text(opt_g)) if opt_g else None,
        opt_g if opt_g and _optimizer(_text(opt_g)) else None, full_default="adamw", smoke_default="adamw")
    n, g = val("momentum")
    if n is None and opt_g is not None and "momentum" in _text(opt_g).lower():
        n, g = number_of(Grounded(value=re.sub(r"(?i)^.*momentum", "", _text(opt_g)))), opt_g
    add("momentum", "float", "SGD momentum", n, g, full_default=0.9, smoke_default=0.9)
    n, g = val("weight_decay")
    add("weight_decay", "float", "weight decay", n, g, full_default=0.0, smoke_default=0.0)
    n, g = val("dropout")
    if n is None and g is not None and "none" in _text(g).lower():
        n = 0.0
    add("dropout", "float", "dropout probability", n, g, full_default=0.1, smoke_default=0.1)
    n, g = val("label_smoothing")
    add("label_smoothing", "float", "label smoothing, image recipe", n, g, full_default=0.0, smoke_default=0.0)
    n, g = val("gradient_clipping")
    add("max_grad_norm", "float", "gradient clipping norm; 0 disables", n, g, full_default=1.0, smoke_default=1.0)
    n, g = val("max_seq_length", True)
    if n is None:
        n, g = number_of(spec.value("context_length", setup), None, True), spec.value("context_length", setup)
    add("max_seq_length", "int", "tokens per sequence, text recipes", n, g, full_default=128, smoke_default=64)
    add("gradient_checkpointing", "bool", "trade compute for memory, transformers models",
        full_default=False, smoke_default=False)
    if recipe is not None:
        recipe.extra_params(add, val, spec, setup)
    add("data_dir", "str", "folder of csv/json/parquet files or an image folder; overrides the dataset",
        full_default="", smoke_default="")
    add("dataset_id", "str", "Hugging Face dataset id, optionally id:config; used with profile full when the hub is reachable",
        full_default=dataset_id, smoke_default=dataset_id)
    add("output_dir", "str", "where manifest, losses, metrics and plots go", full_default="mlintern_output",
        smoke_default="mlintern_output")
    add("report_to", "str", "none | tensorboard | wandb | mlflow", full_default="none", smoke_default="none")
    add("device", "str", "auto | cpu | cuda | cuda:N", full_default="auto",
        smoke_default="cpu")
    for name in ("profile", "seed", "grad_accum_steps", "data_dir", "dataset_id", "output_dir", "report_to", "device",
                 "gradient_checkpointing"):
        ps[name].note = ""

    arch_full, arch_smoke, model_family = recipe.architecture(spec, dataset) if recipe is not None else ({}, {}, "")
    plan = Plan(spec, profile, family, recipe, setup, dataset, dataset_id, dsg, ps, arch_full, arch_smoke,
                model_family, notes)
    lic = [licenses.lookup("datasets", dataset)] if dataset else []
    if recipe is not None:
        lic.append(licenses.lookup("datasets", plan.stand_in))
    if model_family:
        lic.append(licenses.lookup("models", model_family))
    if recipe is not None:
        lic += [licenses.lookup(kind, name) for kind, name in recipe.extra_licenses()]
    plan.licenses = lic
    plan.claim = claims.paper_claim(spec)
    if recipe is not None and recipe.baselines and not re.search(recipe.baselines, claims.claim_words(plan), re.I):
        found = claims.baseline_sentence(spec, recipe.baselines)  # the experiments say better than what
        if found:
            plan.claim["baseline"] = found
    plan.arms = recipe.arms(plan) if recipe is not None else []
    if not plan.arms:
        plan.claim.pop("baseline", None)
    plan.no_comparison = recipe.no_comparison(plan) if recipe is not None else "no recipe plans this family"
    if recipe is not None:
        # the hardware estimate counts the model the notebook builds: the registry's count when the model cell
        # builds the paper's architecture, else the recipe's analytic estimate of its template
        plan.architecture = model_architecture(plan, recipe.cell("model", plan))
        plan.hardware = hardware.suggestion(recipe, arch_full, ps.get("batch_size") if profile == "full"
                                            else ps["batch_size"].paper, ps.get("max_seq_length"),
                                            params=(plan.architecture or {}).get("params_full"))
    plan.claim = claims.plan_claim(plan, plan.claim)
    return plan


def model_architecture(plan: Plan, model_cell: str) -> dict | None:
    """``nb.metadata.mlintern.architecture`` (name, source, params_full, params_smoke ...): the registry
    architecture the model cell builds, known by the header line ``# architecture: NAME (source)`` the
    registry writes into the cell; None when the cell builds a recipe's own template."""
    m = re.search(r"^# architecture: (.+) \((\w+)\); profile", model_cell or "", re.M)
    if m is None:
        return None
    from .architectures import resolve
    try:
        a = resolve(plan.spec)
        return a.metadata() if a is not None and a.name == m.group(1) else {"name": m.group(1), "source": m.group(2)}
    except Exception:  # noqa: BLE001 - a size the registry cannot count still names the architecture
        return {"name": m.group(1), "source": m.group(2)}
