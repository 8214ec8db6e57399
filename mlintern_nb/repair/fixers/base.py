"""What a fixer is: ``propose(source, diagnosis, ctx) -> Fix | None``."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from . import _edit


@dataclass
class Fix:
    new_source: str
    step: str                                   # e.g. "halve_batch", "rename_keyword"
    note: str = ""                              # one line for the human
    changes: list[dict] = field(default_factory=list)   # [{param, paper_value, new_value, why}]
    constraints: dict = field(default_factory=dict)     # for plan.regenerate_cell
    renamed: dict = field(default_factory=dict)         # keyword renames {old: new}: same value, new name


def change(param: str, paper_value, new_value, why: str) -> dict:
    return {"param": param, "paper_value": paper_value, "new_value": new_value, "why": why}


@dataclass
class RepairContext:
    """What a fixer may know besides the failing cell."""

    upstream: list[str] = field(default_factory=list)       # sources of the cells run before
    attempt: int = 1
    history: list[dict] = field(default_factory=list)       # earlier attempt records of this cell
    probe: Callable[[str], Any] | None = None                # evaluate an expression in the kernel
    device: str = "cpu"
    cwd: str = "."
    data_dir: str = ""
    paper: dict = field(default_factory=dict)                # param -> the paper's value
    original_source: str = ""

    def steps(self) -> list[str]:
        return [h.get("step", "") for h in self.history]

    def paper_value(self, names, default=None):
        """The paper's value of a parameter: the spec's, else the generated (original) code's."""
        names = [names] if isinstance(names, str) else list(names)
        for n in names:
            if n in self.paper:
                return self.paper[n]
        for o in _edit.occurrences(self.original_source, names):
            if o.value is not None:
                return o.value
        up = _edit.upstream_value(self.upstream, names)
        return up[1] if up else default

    def ask(self, expr: str, default=None):
        if self.probe is None:
            return default
        try:
            value = self.probe(expr)
        except Exception:
            return default
        return default if value is None else value


class Fixer:
    """A deterministic rule. Subclasses set ``name``/``kinds`` and implement ``propose``."""

    name: str = "fixer"
    kinds: tuple[str, ...] = ()
    priority: int = 100   # lower runs first; plug-ins may go before the built-ins

    def applies(self, diagnosis) -> bool:
        return diagnosis.kind in self.kinds

    def propose(self, source: str, diagnosis, ctx: RepairContext) -> Fix | None:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.kinds}>"
