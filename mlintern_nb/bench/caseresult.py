"""One fault case's outcome, shared by the in-house fault suite (``faultcases``) and the corpus (``corpus``).

The corpus fills the fields from ``split`` on (which frozen part, what the probe saw, which candidates
were validated and how long it took); the in-house suite leaves them at their defaults.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CaseResult:
    module: str
    name: str
    expected: str                                # the diagnosis kind the case should get
    kinds: list = field(default_factory=list)    # the kinds the attempts were diagnosed as
    attempts: int = 0
    repaired: bool = False
    checked: bool = False
    changes: list = field(default_factory=list)
    unrecorded: list = field(default_factory=list)
    error: str = ""
    split: str = ""                              # corpus only: dev / validation
    facts: list = field(default_factory=list)
    candidates: int = 0
    tried: list = field(default_factory=list)    # each candidate validated: "step: accepted" or "step: why not"
    probe_s: float = 0.0
    validate_s: float = 0.0
    duration_s: float = 0.0

    @property
    def diagnosed(self) -> bool:
        return bool(self.kinds) and self.kinds[0] == self.expected
