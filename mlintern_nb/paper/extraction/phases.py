"""Learning-rate phases a sentence states without a field keyword next to each number.

Two phrasings the keyword readers in ``fields`` cannot attribute, both common in vision and
RL papers that describe a hand-made schedule:

* **a warm-up ramp**: "for the first epochs we slowly raise the learning rate from 10^-3 to
  10^-2" -- the warm-up is stated by its start and end rate (its length is not given), so
  ``warmup`` takes both rates, with a note. A ramp whose length is stated ("the learning rate is
  increased linearly from zero over the first 2,000 updates") is a warm-up of that length, even
  when the word "warm-up" is not used;
* **schedule phases**: "we continue training with 10^-2 for 75 epochs, then 10^-3 for 30
  epochs, and finally 10^-4 for 30 epochs" -- two or more rates (< 1) each followed by
  "for N epochs / iterations / steps" are the learning rates of the schedule.

Sentences from skipped sections and about prior work give nothing, as in ``fields``.
"""
from __future__ import annotations

import re

from .fields import Finding, is_prior_work
from .roles import skip_section
from .numbers import find_numbers

_I = re.I
_RAMP = re.compile(r"\b(?:raise[sd]?|raising|increase[sd]?|increasing|ramp(?:s|ed)?(?:\s+up)?|warm(?:s|ed)?\s+up)\s+"
                   r"(?:the\s+)?(?:learning[\s-]*rate|lr)\s+(?:\w+\s+){0,2}?from\s+(?P<a>\S+)\s+to\s+(?P<b>\S+)", _I)
_KEYWORD_WARMUP = re.compile(r"\bwarm[\s-]?up", _I)
_EARLY = re.compile(r"\b(?:first|initial|beginning|start\s+of|early)\b|\bwarm[\s-]?up\b", _I)
_LENGTH = re.compile(r"\d[\d,.]*\s*[kKM]?\s+(?:epochs?|steps|iterations|updates)\b", _I)
_PHASE = re.compile(r"\s*for\s+(?:the\s+(?:next|first|last|remaining)\s+)?(?P<n>\d[\d,]*[kK]?)\s+"
                    r"(?:more\s+)?(?:epochs?|iterations|steps|updates)\b", _I)
_RAMP_LENGTH = re.compile(
    r"\b(?:(?:learning[\s-]*rate|lr)\b[^.;]{0,40}?\b(?:is|was|are|were|gets?|being)\s+(?:\w+\s+)?"
    r"(?:raised|increased|ramped(?:\s+up)?|grown)|(?:raise[sd]?|raising|increase[sd]?|increasing|ramp(?:s|ed)?"
    r"(?:\s+up)?)\s+(?:\w+\s+){0,2}?(?:learning[\s-]*rate|lr)\b)"
    r"[^.;]{0,40}?\b(?:over|during|for|in|within)\s+the\s+first\s+(?P<n>\d[\d,.]*\s*[kKM]?)\s+"
    r"(?P<unit>epochs?|steps|iterations|updates)\b", _I)
_JOIN = re.compile(r"^\s*(?:,|;)?\s*(?:and\s+)?(?:then|finally|after\s+that|afterwards)?\s*(?:,\s*)?"
                   r"(?:(?:use|using|with|at|train\w*\s+with|to)\s+)?$", _I)


def phase_findings(text: str, page: int, section: str = "") -> list[Finding]:
    """Warm-up ramps and schedule-phase learning rates one sentence states (see module doc)."""
    if skip_section(section) or is_prior_work(text):
        return []
    out: list[Finding] = []
    ramp = _RAMP.search(text)
    if ramp and _EARLY.search(text) and not _LENGTH.search(text):
        nums = find_numbers(text)
        ends = [n for n in nums if n.start >= ramp.start("a") and n.end <= ramp.end("b")]
        if len(ends) == 2 and all(0 < n.value < 1 for n in ends) and not any(n.raw.startswith(".") for n in ends):
            vals = [n.value for n in ends]
            out.append(Finding("warmup", f"learning rate raised from {ends[0].raw} to {ends[1].raw}", vals, page,
                               text, section, note="warm-up stated by its start and end learning rate; its length "
                                                   "is not given"))
    length = _RAMP_LENGTH.search(text)
    if length and not _KEYWORD_WARMUP.search(text):  # with the word, the keyword reader has it
        n = next((x for x in find_numbers(text) if x.start >= length.start("n")), None)
        if n is not None and n.value >= 1:
            out.append(Finding("warmup", f"{n.raw} {length.group('unit')}", [n.value], page, text, section,
                               note="learning rate ramped up over the first "
                                    f"{n.raw} {length.group('unit')} (a warm-up)"))
    rates = _phase_rates(text)
    if len(rates) >= 2:
        out.append(Finding("learning_rate", [n.value for n in rates], [n.value for n in rates], page, text, section,
                           note="learning rates of the schedule's phases"))
    return out


def _phase_rates(text: str):
    """The rates of "with X for N epochs, then Y for M epochs, ..." (a run of >= 2 phases)."""
    nums = find_numbers(text)
    best: list = []
    run: list = []
    last_end = None
    for n in nums:
        m = _PHASE.match(text, n.end)
        if not (m and 0 < n.value < 1 and not n.percent and not n.raw.startswith(".")):
            continue
        if run and last_end is not None and not _JOIN.match(text[last_end:n.start]):
            best, run = max(best, run, key=len), []
        run.append(n)
        last_end = m.end()
    return max(best, run, key=len)
