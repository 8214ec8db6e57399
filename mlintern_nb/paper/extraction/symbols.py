"""Hyper-parameters stated through a symbol the paper defines elsewhere.

Optimisation papers and algorithm boxes name a setting once in words and then only by its
symbol: "Require: α: Stepsize" (or "with learning rate η", "λ is the weight decay") and,
sentences later, "good default settings are α = 0.001, β1 = 0.9". The keyword readers in
``fields`` see no field keyword beside 0.001. Here:

* :func:`symbol_fields` collects the symbols a document binds to a training field -- a Greek
  letter right before or after the field's words ("α: Stepsize", "learning rate η",
  "η is the learning rate", "the step size (α)"). A symbol bound to two different fields, or
  also defined as something else ("α is the mixing weight"), is ambiguous and dropped; only Greek letters count (a Latin "r" or "n" means too many things);
* :func:`symbol_findings` reads "α = 0.001" in a sentence as that field: the symbol is
  written out as the field's words and the sentence goes through the ordinary sentence reader,
  so every trap it knows (prior work, schedules, grids, skipped sections) still applies. The
  quote is the sentence as printed, and the note names the definition.

A subscripted symbol ("α1 = 0.9", "α_t") is a different quantity and is not read.
"""
from __future__ import annotations

import re

from .fields import Finding, sentence_findings
from .numbers import find_numbers

_I = re.I
_GREEK = r"[α-ωΑ-Ωϵϑϕ]"
# the words of a field as a definition names it, and the words the reader understands
_FIELD_WORDS = {
    "learning_rate": (r"(?:learning[\s-]*rate|step[\s-]?size)", "learning rate"),
    "weight_decay": (r"(?:weight[\s-]*decay(?:\s+(?:coefficient|factor|rate))?|L2\s+(?:regularization|penalty))",
                     "weight decay"),
    "momentum": (r"momentum(?:\s+(?:coefficient|term|parameter))?", "momentum"),
    "dropout": (r"dropout\s+(?:rate|probability)", "dropout rate"),
}


def _definitions(words: str) -> list[re.Pattern]:
    sym = rf"(?P<sym>{_GREEK})(?![\w\d_^])"
    return [
        re.compile(rf"(?<![\w\d]){sym}\s*:\s*(?:the\s+)?{words}\b", _I),               # "α: Stepsize"
        re.compile(rf"\b{words}\s*(?:\(\s*)?{sym}(?:\s*\))?", _I),  # "learning rate η", "step size (α)"
        re.compile(rf"(?<![\w\d]){sym}\s+(?:is|denotes|being)\s+(?:the\s+)?{words}\b", _I),  # "η is the learning rate"
    ]


_DEFS = {fld: _definitions(words) for fld, (words, _) in _FIELD_WORDS.items()}
_ANY_WORDS = "(?:" + "|".join(words for words, _ in _FIELD_WORDS.values()) + ")"


def symbol_fields(texts) -> dict[str, str]:
    """{symbol: field} for every Greek symbol the texts define as one training field and as
    nothing else."""
    texts = list(texts)
    bound: dict[str, set[str]] = {}
    for text in texts:
        for fld, pats in _DEFS.items():
            for pat in pats:
                for m in pat.finditer(text):
                    bound.setdefault(m.group("sym"), set()).add(fld)
    out = {}
    for sym, flds in bound.items():
        other = re.compile(rf"(?<![\w\d]){re.escape(sym)}(?![\w\d_^])\s*(?::|is\s+the|denotes(?:\s+the)?)\s+"
                           rf"(?!(?:the\s+)?{_ANY_WORDS})[a-z]", _I)
        if len(flds) == 1 and not any(other.search(t) for t in texts):
            out[sym] = next(iter(flds))  # else ambiguous: "α: Stepsize" but also "α is the mixing weight"
    return out


def symbol_findings(text: str, page: int, section: str, bound: dict[str, str]) -> list[Finding]:
    """Findings of "α = 0.001" in ``text`` for symbols ``bound`` to a field (see module doc)."""
    if not bound:
        return []
    syms = "".join(re.escape(s) for s in bound)
    assign = re.compile(rf"(?<![\w\d])(?P<sym>[{syms}])(?![\w\d_^])(?=\s*=\s*\d)")
    if not assign.search(text):
        return []
    wanted: set[str] = set()

    def spell(m: re.Match) -> str:
        fld = bound[m.group("sym")]
        wanted.add(fld)
        return _FIELD_WORDS[fld][1]

    spelled = assign.sub(spell, text)
    out = []
    for f in sentence_findings(spelled, page, section):
        if f.field not in wanted or f.quote != spelled:
            continue  # a field the sentence states in words anyway, or a quote the reader cut
        f.quote = text
        f.note = "stated through its symbol (" + ", ".join(f"{s} = {fld.replace('_', ' ')}"
                                                          for s, fld in bound.items() if fld == f.field) + ")"
        out.append(f)
    return out


# "Adam stepsize 2.5 × 10−4 ×α": a value scaled by a symbol (a schedule factor the row
# defines elsewhere, "α linearly annealed from 1 to 0"); the stated value is the number
_SCALED = re.compile(rf"(?<=\d)\s*[×x*·]\s*{_GREEK}(?![\w\d_^])")


def scaled_findings(text: str, page: int, section: str) -> list[Finding]:
    """Findings of values printed with a symbolic factor ("3 × 10^-4 × α"): the factor is
    blanked (same length, so the quote stays the printed text) and the sentence read again;
    only values the factor followed are taken, with a note naming the factor."""
    spans = list(_SCALED.finditer(text))
    if not spans:
        return []
    blanked = text
    for m in spans:
        blanked = blanked[:m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
    ends = {m.start() for m in spans}
    out = []
    scaled = {n.value for n in find_numbers(blanked) if n.end in ends}
    for f in sentence_findings(blanked, page, section):
        if f.numbers and set(f.numbers) <= scaled:
            f.quote = text[:len(f.quote)]
            f.note = "scaled by " + ", ".join(sorted({m.group(0).strip(" ×x*·") for m in spans}))
            out.append(f)
    return out
