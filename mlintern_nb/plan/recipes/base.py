"""The recipe contract: one :class:`Recipe` subclass owns one task family completely.

A recipe module (one file under ``mlintern_nb/plan/recipes/`` or any module of a plug-in package)
defines a subclass and a module-level ``RECIPE = MyRecipe()``. Built-ins are found by
:func:`mlintern_nb.plan.recipes.builtin_recipes` (every module of the package with a ``RECIPE``), so
adding a built-in family is adding one file; third-party packages register a callable returning
recipes under the entry-point group ``mlintern_nb.recipes``::

    [project.entry-points."mlintern_nb.recipes"]
    myrecipes = "mypkg.recipes:recipes"      # () -> list[Recipe]

The planner (:func:`mlintern_nb.plan.planner.resolve`) and the notebook builder
(:mod:`mlintern_nb.plan.build`) call the methods below, in this order, once per ``plan()`` call:

1. :attr:`family` — looked up in the registry with ``spec.task_family``, then :meth:`applies`; no
   recipe (or one that does not apply) → the notebook says what could not be planned.
2. :meth:`choose_dataset` — which dataset the notebook reproduces (from :attr:`datasets`).
3. :meth:`architecture` — model sizes for ``full`` and ``smoke`` and the model family's name.
4. :meth:`adjust_defaults` — last chance to change the smoke/full hyperparameter defaults.
5. :meth:`plan_notes`, :meth:`extra_params` — notes for the header, family-only parameters.
6. :meth:`stand_in_label`, :meth:`extra_licenses` — license rows.
7. :meth:`param_count`, :meth:`activation_bytes` (via :func:`mlintern_nb.plan.hardware.suggestion`)
   — the ``full`` estimate.
8. :meth:`arms` / :meth:`no_comparison` — the paper's own comparison (see :mod:`mlintern_nb.plan.claims`).
9. While building: :meth:`config_lines` (config cell), :meth:`cell` for the roles ``data``,
   ``model``, ``eval`` (and again from :func:`mlintern_nb.plan.regenerate_cell` for one cell).

Cell contract: the ``data`` cell defines ``train_ds``, ``eval_ds``, ``collate`` (or None) and
``DATA_NOTE``; the ``model`` cell defines ``model``, ``compute_loss(model, batch) -> scalar tensor``
and ``MODEL_NOTE``; the ``eval`` cell a ``metrics`` dict of floats. The shared setup/train/results
cells provide ``torch``, ``np``, ``DEVICE``, ``HUB``, ``load_local_dataset``, the parameters and
the config constants (``ARCH``, ``DATASET_NAME``, ``REPORTED`` ...). A recipe whose training is not
"minimise one loss over batches" may define ``train_ds``/``compute_loss`` for a trivial loop and do
its own training in the model cell; the train cell then records its ``losses`` (see :attr:`own_loop`).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

ROLES = ("data", "model", "eval")


class Recipe(ABC):
    """One task family: detection keywords, datasets, stand-in data, architectures, sizes, cells."""

    #: the task family (a name of ``mlintern_nb.paper.spec.TASK_FAMILIES``); the registry key.
    family: ClassVar[str] = ""
    #: registry order (lower first); it orders the families a "could not be planned" cell lists.
    priority: ClassVar[int] = 100
    #: ``(regex, weight)`` pairs scored over title and abstract to *detect* this family in a paper.
    keywords: ClassVar[tuple[tuple[str, int], ...]] = ()
    #: the dataset the recipe reproduces when the paper names none it knows.
    default_dataset: ClassVar[str] = ""
    #: ``(regex, display name, hub id "path[:config]")``: paper dataset mentions this family can use.
    datasets: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    #: display names of datasets that ship offline: the notebook uses them in both profiles.
    native_datasets: ClassVar[tuple[str, ...]] = ()
    #: parameters that set how long training runs: smoke scales them down even on native data (the same
    #: experiment, shorter), e.g. an environment-step budget of a million steps.
    smoke_budget: ClassVar[tuple[str, ...]] = ()
    #: one sentence on the offline stand-in data, for the notebook header.
    stand_in_text: ClassVar[str] = ""
    #: the model family's display name when the paper does not name one the recipe knows.
    model_family: ClassVar[str] = ""
    #: names in the title / architecture that rename :attr:`model_family` (first match wins).
    model_names: ClassVar[tuple[str, ...]] = ()
    #: hyperparameter defaults (profile smoke / full) used where the paper states none.
    smoke: ClassVar[dict[str, Any]] = {}
    full: ClassVar[dict[str, Any]] = {}
    #: model sizes; :meth:`architecture` fills ``arch_full`` from the paper's numbers.
    arch_smoke: ClassVar[dict[str, Any]] = {}
    arch_full: ClassVar[dict[str, Any]] = {}
    #: hub id of a pretrained checkpoint (profile full, hub reachable), or "".
    pretrained: ClassVar[str] = ""
    #: substrings that pick the paper's training set-up (``spec.training`` key) for this family.
    setup_hints: ClassVar[tuple[str, ...]] = ()
    #: fraction of the parameters that train (1.0; a parameter-efficient method less).
    trainable_fraction: ClassVar[float] = 1.0

    # -- planning ------------------------------------------------------------------------------
    def applies(self, spec) -> bool:
        """Called right after the registry look-up. ``False`` when this recipe cannot reproduce the
        paper although its family matches (the planner then plans no cells rather than a template
        unrelated to the paper). Default: ``True``."""
        return True

    def choose_dataset(self, spec) -> tuple[str, str, Any]:
        """Called first. Returns ``(display name, hub id, Grounded or None)``: the first paper dataset
        this recipe can use (its :attr:`default_dataset` preferred), else the default; when the paper
        lists no dataset the title / architecture may name one."""
        from .. import datasets as ds
        dataset, dataset_id, dsg = ds.choose(spec.datasets, self.family, self.default_dataset)
        if dsg is None:
            arch = spec.architecture
            text = f"{arch.value} {arch.quote or ''}" if arch is not None else ""
            hit = ds.lookup(f"{spec.title} {text}", self.family)
            if hit:
                dataset, dataset_id = hit
        return dataset, dataset_id, dsg

    def architecture(self, spec, dataset: str) -> tuple[dict, dict, str]:
        """Called after the dataset is chosen. Returns ``(arch_full, arch_smoke, model family name)``.
        The default sizes a Transformer from the paper's numbers (layers, hidden size, heads, vocab)
        and shrinks the smoke depth in proportion."""
        from ..params import arch_numbers
        nums = arch_numbers(spec)
        full = dict(self.arch_full)
        for k, lo in (("num_layers", 2), ("hidden_size", 32), ("num_heads", 1), ("vocab_size", 100)):
            if k in full and k in nums and nums[k] and nums[k] >= lo:
                full[k] = int(nums[k])
        if full.get("hidden_size") and full.get("num_heads") and full["hidden_size"] % full["num_heads"]:
            full["num_heads"] = max(h for h in range(1, 33) if full["hidden_size"] % h == 0)
        smoke = dict(self.arch_smoke)
        if "num_layers" in smoke and "num_layers" in full:
            smoke["num_layers"] = max(1, min(smoke["num_layers"], round(full["num_layers"] / 6) or 1))
        return full, smoke, self.name_model(spec)

    def name_model(self, spec) -> str:
        """The model family's display name: the first of :attr:`model_names` the title or the
        architecture mentions, else :attr:`model_family`."""
        arch = spec.architecture
        title = f"{spec.title} {arch.value} {arch.quote or ''}" if arch is not None else f"{spec.title} "
        return next((m for m in self.model_names if m.lower() in title.lower()), self.model_family)

    def adjust_defaults(self, spec, dataset: str, smoke: dict, full: dict) -> None:
        """Called with copies of :attr:`smoke` / :attr:`full` before parameters are resolved; edit in
        place (e.g. another optimizer for another backbone). Default: nothing."""

    def plan_notes(self, spec, dataset: str) -> list[str]:
        """Called once; sentences for the header's *Notes* (what the notebook does differently)."""
        return []

    def extra_params(self, add, value_of, spec, setup: str | None) -> None:
        """Called after the shared parameters. ``add(name, type, help, paper, grounded)`` adds a
        parameter; ``value_of(field, integer=False) -> (number, Grounded)`` reads the paper."""

    def stand_in_label(self, dataset: str) -> str:
        """The license-catalogue key of the offline stand-in data (``"stand-in: ..."``)."""
        return f"stand-in: {self.family}"

    def extra_licenses(self) -> list[tuple[str, str]]:
        """``(kind, name)`` license rows beyond dataset, stand-in and model family (a method's own)."""
        return []

    def is_native(self, dataset: str) -> bool:
        """True when the paper's dataset ships offline: smoke keeps the paper's set-up."""
        return dataset in self.native_datasets

    # -- hardware ------------------------------------------------------------------------------
    def param_count(self, arch: dict) -> int:
        """Weights of the ``full`` model (analytic estimate; default a Transformer encoder/decoder)."""
        L, H, V = int(arch.get("num_layers", 12)), int(arch.get("hidden_size", 768)), int(arch.get("vocab_size", 30000))
        return int(L * 12 * H * H + V * H)

    def activation_bytes(self, arch: dict, batch_size: int | None, seq_len: int | None) -> float:
        """Activations kept for backward at the paper's batch (rough); default token-based."""
        tokens = (batch_size or 32) * (seq_len or 128)
        return tokens * int(arch.get("hidden_size", 256)) * int(arch.get("num_layers", 12)) * 34

    # -- the paper's claim ----------------------------------------------------------------------
    #: regex of the baselines :meth:`arms` can run; when the claim sentence names none of them, the
    #: planner looks for the paper's sentence that compares with one (``plan.claim["baseline"]``).
    baselines: ClassVar[str] = ""

    def arms(self, plan) -> list[dict]:
        """Called after the plan is resolved. The paper's own comparison as arms the notebook can run:
        ``{"name", "role": "baseline"|"proposed", "overrides": {parameter: value}, "metric": key of the
        eval cell's ``metrics``, "higher_is_better": bool}``; the proposed arm may add ``"kind": "not worse"``
        (the paper claims parity: "matches", "retains 97 %") and ``"margin"`` (the shortfall the paper allows,
        as a fraction of the baseline: 0.03 for "retains 97 %"); default ``"better"``. Arms with equal overrides share one run
        per seed (two metrics of one run, e.g. a parameter-free baseline computed in the eval cell).
        Default: none — the notebook says why in :meth:`no_comparison`."""
        return []

    def arm_code(self, role: str, plan) -> str:
        """Code appended to the recipe's ``role`` cell for the claim's arms (e.g. after the model is built:
        swap its normalisation layers by a global an arm overrides), kept apart from :meth:`cell` so the
        model cells and the arms change independently. Default: none."""
        return ""

    def no_comparison(self, plan) -> str:
        """Why there is no baseline arm (shown as the claim's ``why``)."""
        return f"the {self.family} recipe has no runnable baseline for this paper's comparison"

    # -- notebook ------------------------------------------------------------------------------
    def config_lines(self, plan) -> list[str]:
        """Extra lines of the config cell (constants the recipe's cells read). Default: none."""
        return []

    @abstractmethod
    def cell(self, role: str, plan) -> str:
        """Called for ``role`` in :data:`ROLES` when building (and when repair regenerates one cell).
        Returns the cell's Python source; raise KeyError for a role the recipe does not write."""

    def __repr__(self) -> str:
        return f"<recipe {self.family}>"


def template_cells(role: str, plan, sources: dict[str, str]) -> str:
    """Helper for recipes whose cells are fixed templates: ``sources[role]`` with ``{backbone}``
    filled from the plan's architecture when it names one."""
    body = sources[role]
    if plan.arch_full.get("backbone"):
        body = body.replace("{backbone}", plan.arch_smoke.get("backbone", "cnn") if plan.profile == "smoke"
                            else plan.arch_full["backbone"])
    return body


def paper_model(spec, accepts, profiles=("smoke",), **sizes):
    """The paper's own model from the architecture registry (:func:`~mlintern_nb.plan.architectures.resolve`)
    when ``accepts(architecture)`` and its sizes build in ``profiles`` (counted on the meta device, with the
    run-time ``sizes`` a notebook sets, e.g. ``vocab_size``); else None, and the recipe uses its template."""
    try:
        from ..architectures import resolve
        a = resolve(spec)
        if a is None or not accepts(a):
            return None
        for profile in profiles:
            a.count_params(profile, **sizes)
        return a
    except Exception:  # noqa: BLE001 - an architecture the registry cannot size (ArchitectureBuildError ...)
        return None


_RUNTIME = (987654321, 7654321)  # stand for sizes the notebook knows only at run time


def notebook_model_code(arch, profile: str, **runtime: str) -> str:
    """``arch.model_code(profile)`` with the sizes known only at run time written as the notebook's names
    (``runtime``: size -> variable, e.g. ``vocab_size="VOCAB_SIZE"``)."""
    stand_in = dict(zip(runtime, _RUNTIME))
    code = arch.model_code(profile, **stand_in).strip()
    for size, name in runtime.items():
        code = code.replace(str(stand_in[size]), name)
    return code

