"""Group findings into named training set-ups (pre-training, fine-tuning, per section).

A finding's set-up is named from its sentence and section: "pre-training" or
"fine-tuning" when either says so, else the section title. A field already set to a
different value in that set-up opens a new set-up ("fine-tuning (p7)") rather than
overwriting: nothing read is lost and every value keeps its own quote.
"""
from __future__ import annotations

import re

from ..spec import Grounded
from .fields import Finding
from .numbers import restore_numbers

_PRE = re.compile(r"\bpre-?train", re.I)
_FINE = re.compile(r"\bfine-?tun", re.I)


_GENERIC = re.compile(r"fine-?tun|pre-?train|training|experiment|set-?up|details?|procedure|hyper-?param|"
                      r"implementation|optimi[sz]|regulari[sz]|schedule|method|model|approach|results?", re.I)


def setup_hint(text: str, section: str) -> str:
    """Set-up name: pre-training / fine-tuning when the sentence or section says so, qualified
    by a specific section title ("fine-tuning: squad v1.1"); else the section title."""
    sec = (section or "").split(" / ")[-1]  # the innermost title of a section path
    sec = re.sub(r"^(?:[A-Ha-h]|\d{1,2})(?:\.\d{1,2})*\.?\s+", "", re.sub(r"\s+", " ", sec).strip())[:60]
    if sec == "references":
        sec = "appendix"  # text after the reference list that the reader left unmarked
    for pat, name in ((_FINE, "fine-tuning"), (_PRE, "pre-training")):
        if pat.search(text) or pat.search(sec):
            return name if not sec or _GENERIC.search(sec) else f"{name}: {sec}"
    return sec or "training"


_SUFFIX = re.compile(r"(?: \((?:p\d+(?:, \d+)?|table)\))+$")


def base_name(setup: str) -> str:
    """A set-up's name without the suffixes :class:`SetupBuilder` and the table reader add ("cifar-10 (p7)",
    "training (table)" -> the section's set-up name, as :func:`setup_hint` gives it for a sentence)."""
    return _SUFFIX.sub("", setup or "")


class SetupBuilder:
    def __init__(self) -> None:
        self.setups: dict[str, dict[str, Grounded]] = {}

    def add(self, f: Finding, hint: str) -> None:
        name = hint or "training"
        for st in self.setups.values():  # the same value from the same quote: keep one
            g = st.get(f.field)
            if g is not None and g.quote == restore_numbers(f.quote) and (g.numbers or []) == f.numbers:
                return
        g = Grounded(value=f.value, page=f.page, quote=restore_numbers(f.quote), note=f.note,
                     numbers=f.numbers or None)
        cand, k = name, 1
        while True:
            st = self.setups.setdefault(cand, {})
            old = st.get(f.field)
            if old is None:
                st[f.field] = g
                return
            if (old.numbers or []) == f.numbers and (f.numbers or old.value == f.value):
                return  # restated
            k += 1
            cand = f"{name} (p{f.page})" if k == 2 else f"{name} (p{f.page}, {k - 1})"

    def build(self) -> dict[str, dict[str, Grounded]]:
        return {k: v for k, v in self.setups.items() if v}
