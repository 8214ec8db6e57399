"""The pieces every architecture builder shares: a grounded size, the `Architecture` a recipe pastes
into its model cell, parameter counting on the meta device, and the torchvision import guard."""
from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...errors import PlanError

DEFAULT_NOTE = "default: not stated in paper"
SOURCES = ("torchvision", "timm", "transformers", "cell")


class ArchitectureBuildError(PlanError):
    """The model code an architecture produced did not build a ``model``."""

    def __init__(self, name: str, profile: str, reason: str):
        super().__init__(f"architecture {name} ({profile}): the model cell does not build: {reason}",
                         name=name, profile=profile, reason=reason)


@dataclass
class Size:
    """One size of the model: its value and where it came from (the paper's page and quote, or a default)."""

    value: Any
    page: int | None = None
    quote: str | None = None
    note: str | None = None

    @property
    def from_paper(self) -> bool:
        return self.page is not None or bool(self.quote)

    def describe(self) -> str:
        if self.from_paper:
            return f"p.{self.page}: {(self.quote or '')[:80]!r}" if self.page else f"{(self.quote or '')[:80]!r}"
        return self.note or DEFAULT_NOTE

    def as_dict(self) -> dict:
        d: dict = {"value": self.value}
        if self.from_paper:
            d.update(page=self.page, quote=self.quote)
        d["source"] = "paper" if self.from_paper else (self.note or DEFAULT_NOTE)
        return d


def default(value: Any, why: str = "") -> Size:
    return Size(value, note=DEFAULT_NOTE + (f" ({why})" if why else ""))


@dataclass
class Builder:
    """One kind of architecture: its variants' library sizes, how to write the cell, how to scale it down.

    ``code(cfg)`` returns the cell body for a plain ``{name: value}`` config; ``smoke(cfg)`` returns the
    scaled-down config and a sentence saying what was scaled; ``source`` is where the class comes from."""

    kind: str
    source: str
    variants: dict[str, dict[str, Any]]
    default_variant: str
    code: Callable[[dict], str]
    smoke: Callable[[dict], tuple[dict, str]]
    label: Callable[[str, dict], str] = lambda variant, cfg: variant
    variant_of: Callable[[dict], str | None] | None = None  # a variant named by its sizes (e.g. depth)
    source_of: Callable[[dict], str] | None = None  # when the source depends on the variant
    parse_variant: Callable[[str], dict | None] | None = None  # sizes of a variant named outside ``variants``


SEQUENCE_TOKENS = 128  # a text model's multiply-adds are counted for one sequence of this many tokens
_COUNTS: dict[str, int] = {}  # model code -> parameters (Architecture.count_params)
_MACS: dict[str, int | None] = {}  # model code -> multiply-adds of one input (Architecture.count_macs)


@dataclass
class Architecture:
    """The paper's model, ready to paste into a notebook cell (see the package docstring)."""

    name: str
    kind: str
    source: str
    config: dict[str, Size]
    builder: Builder = field(repr=False)
    variant: str = ""
    evidence: Size | None = None  # where the paper names the architecture

    def values(self, profile: str = "full", **overrides) -> dict:
        cfg = {k: s.value for k, s in self.config.items()}
        cfg.update({k: v for k, v in overrides.items() if v is not None})
        if profile == "smoke":
            cfg, _ = self.builder.smoke(cfg)
            cfg.update({k: v for k, v in overrides.items() if v is not None})
        return cfg

    @property
    def smoke_scaling(self) -> str:
        return self.builder.smoke({k: s.value for k, s in self.config.items()})[1]

    def header(self, profile: str = "full", **overrides) -> str:
        lines = [f"# architecture: {self.name} ({self.source}); profile {profile}"]
        if profile == "smoke":
            lines.append(f"# smoke: same architecture scaled down: {self.smoke_scaling}")
        given = {k: v for k, v in overrides.items() if v is not None}
        if given:
            lines.append("# set by the notebook: " + ", ".join(f"{k}={v!r}" for k, v in given.items()))
        lines.append("# the paper's model (full), each size with where it comes from:")
        for k, s in self.config.items():
            lines.append(f"#   {k} = {s.value!r}  <- {s.describe()}")
        return "\n".join(lines)

    def model_code(self, profile: str = "full", **overrides) -> str:
        """The model cell body: imports and the statement that builds ``model`` (random init, offline).

        ``overrides`` replace sizes after scaling (e.g. ``vocab_size`` of the tokenizer the notebook
        trained, ``num_classes`` of the stand-in data)."""
        if profile not in ("full", "smoke"):
            raise ValueError(f"profile must be 'full' or 'smoke', not {profile!r}")
        body = self.builder.code(self.values(profile, **overrides))
        return self.header(profile, **overrides) + "\n" + textwrap.dedent(body).strip() + "\n"

    def build(self, profile: str = "smoke", device: str | None = None, **overrides):
        """Execute ``model_code`` and return the model (on ``device``: "meta" builds without memory)."""
        import torch
        ensure_torchvision_importable()
        ns: dict = {}
        code = self.model_code(profile, **overrides)
        try:
            if device:
                with torch.device(device):
                    exec(compile(code, f"<model cell {self.name}>", "exec"), ns)  # noqa: S102 - our own code
            else:
                exec(compile(code, f"<model cell {self.name}>", "exec"), ns)  # noqa: S102 - our own code
        except Exception as exc:  # noqa: BLE001 - any failure of the cell is one typed error
            raise ArchitectureBuildError(self.name, profile, f"{type(exc).__name__}: {exc}") from exc
        if "model" not in ns:
            raise ArchitectureBuildError(self.name, profile, "the code defines no `model`")
        return ns["model"]

    def count_params(self, profile: str = "full", **overrides) -> int:
        """Parameters of the model ``model_code(profile)`` builds, counted on the meta device (no memory).
        Counted once per process for one code: planning and the architecture bench ask again for the same
        model, and a 65B model takes seconds to build even on the meta device."""
        code = self.model_code(profile, **overrides)
        if code not in _COUNTS:
            _COUNTS[code] = count(self.build(profile, device="meta", **overrides))
        return _COUNTS[code]

    def macs_input(self, profile: str = "full", **overrides) -> str | None:
        """What :meth:`count_macs` feeds the model: one image at its input size, or, for a transformers text
        model, one sequence of ``SEQUENCE_TOKENS`` tokens; None for anything else."""
        cfg = self.values(profile, **overrides)
        if isinstance(cfg.get("image_size"), int):
            return f"one {cfg['image_size']}x{cfg['image_size']} image"
        if self.source == "transformers" and cfg.get("vocab_size"):
            return f"one sequence of {SEQUENCE_TOKENS} tokens"
        return None

    def count_macs(self, profile: str = "full", **overrides) -> int | None:
        """Multiply-adds of one forward pass on :meth:`macs_input` (one image at the model's ``image_size``, or
        one sequence of ``SEQUENCE_TOKENS`` tokens for a transformers text model), counted by torch's
        ``FlopCounterMode`` on the meta device (no memory; exactly reproducible on any CPU): half the counted
        floating-point operations of the convolutions and matrix products. ``None`` for other models (graphs,
        cell-written sequence models) and for a forward that needs real values (detectors' NMS, a text model
        reading its input's values)."""
        if self.macs_input(profile, **overrides) is None:
            return None
        code = self.model_code(profile, **overrides)
        if code not in _MACS:
            import torch
            from torch.utils.flop_counter import FlopCounterMode
            cfg = self.values(profile, **overrides)
            try:
                with torch.device("meta"):
                    model = self.build(profile, device="meta", **overrides).eval()
                    with FlopCounterMode(display=False) as counter, torch.no_grad():
                        if isinstance(cfg.get("image_size"), int):
                            size = cfg["image_size"]
                            model(torch.zeros(1, int(cfg.get("in_channels") or cfg.get("frames") or 3), size, size))
                        else:
                            ids = torch.zeros(1, SEQUENCE_TOKENS, dtype=torch.long)
                            extra = {"decoder_input_ids": ids} if getattr(model.config, "is_encoder_decoder", False) else {}
                            model(input_ids=ids, **extra)
                _MACS[code] = int(counter.get_total_flops()) // 2
            except Exception:  # noqa: BLE001 - a forward that needs real values (NMS, data-dependent shapes)
                _MACS[code] = None
        return _MACS[code]

    def metadata(self) -> dict:
        """``nb.metadata.mlintern.architecture``."""
        meta = {"name": self.name, "source": self.source, "params_full": self.count_params("full"),
                "params_smoke": self.count_params("smoke"), "smoke_scaling": self.smoke_scaling,
                "config": {k: s.as_dict() for k, s in self.config.items()}}
        macs = self.count_macs("full")
        if macs is not None:
            meta["macs_full"] = {"value": macs, "input": self.macs_input("full")}
        return meta


def count(model) -> int:
    """Distinct parameters (tied weights once), as the papers count them."""
    seen, n = set(), 0
    for p in model.parameters():
        if id(p) not in seen:
            seen.add(id(p))
            n += p.numel()
    return n


def scale(value: int, factor: float, floor: int = 1, multiple: int = 1) -> int:
    v = max(floor, int(round(value * factor)))
    return max(multiple, (v // multiple) * multiple)


def ensure_torchvision_importable() -> None:
    """Make ``import torchvision`` (and transformers, which imports it) work in this process where PyPI's
    CUDA-linked torchvision sits beside CPU torch: :func:`mlintern_nb.vision_compat.ensure_torchvision`
    (the kernel image and setup.sh arm the same hook at interpreter start). No-op when torchvision is absent."""
    import importlib.util
    if importlib.util.find_spec("torchvision") is None:
        return
    from ...vision_compat import ensure_torchvision
    ensure_torchvision()
