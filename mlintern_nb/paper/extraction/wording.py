"""Numbers the digit parser in ``numbers`` leaves out: written in words, with a leading dot,
or as a product.

* **words**: "three epochs", "twenty-five epochs", "one hundred and fifty steps", "a million
  steps", "one million timesteps", "5 million updates", "1.5 billion tokens" --
  :func:`word_numbers` returns each with its span, like ``numbers.find_numbers``;
* **a leading dot**: "dropout rate = .5" is 0.5;
* **a product of two integers**: "minibatch size 32 × 8" is 256 (a batch size only: "3 × 3
  convolutions" and "224 × 224 crops" are sizes of other things, and the batch-size reader
  is the only one that takes the product).

Off by default (``extract(doc, written_numbers=True)`` turns it on): a quote then shows no digit
for the value, which a grounding check that parses digits (the shared scorer's) counts as ungrounded.

:func:`worded_findings` writes those numbers out in digits and reads the sentence with the
ordinary sentence reader (every trap of ``fields`` applies), keeping only the findings whose
numbers came from such a span. The quote is the sentence as printed and the note says how the
number was written ("stated in words: 'three epochs'"), so a reader sees why the quote shows
no digit for the value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .fields import _ANY_FIELD, Finding, sentence_findings
from .numbers import find_numbers

_I = re.I
_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD = "|".join(sorted([*_SMALL, *_TENS, *_SCALES], key=len, reverse=True))
# a run of number words ("twenty-five", "one hundred and fifty", "a million"), or digits and a scale
_RUN = re.compile(
    rf"(?<![\w.-])(?P<digits>\d+(?:\.\d+)?)\s+(?P<scale>hundred|thousand|million|billion|trillion)\b"
    rf"|(?<![\w-])(?P<words>(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion)\b))?(?:{_WORD})"
    rf"(?:(?:[\s-]+|\s+and\s+)(?:{_WORD})\b)*)(?![\w-])", _I)
_LEADING_DOT = re.compile(r"(?<![\w.,])\.(?P<d>\d+)(?![\d.])")
_PRODUCT = re.compile(r"(?<![\w.^])(?<![×x*]\s)(?<![×x*])(?P<a>\d{1,5})\s*[×x*]\s*(?P<b>\d{1,4})(?![\w.^\u2212-]|\s*[×x*^])")


@dataclass(frozen=True)
class Written:
    """A number the digit parser misses: its value, span in the sentence and how it was written."""
    value: float
    start: int
    end: int
    raw: str
    how: str  # "in words" / "with a leading dot" / "as a product"


def _words_value(text: str) -> float | None:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    total, current, last = 0.0, 0.0, None
    for w in words:
        if w in _SMALL or w in _TENS:
            v = _SMALL.get(w, _TENS.get(w))
            if last in ("small", "tens") and not (last == "tens" and w in _SMALL and 0 < v < 10):
                return None  # "two three": a list, not one number
            current += v
            last = "tens" if w in _TENS else "small"
        elif w == "hundred":
            current = (current or 1) * 100
            last = "hundred"
        else:
            total += (current or 1) * _SCALES[w]
            current, last = 0.0, "scale"
    return total + current


def word_numbers(text: str) -> list[Written]:
    """Numbers written in words or as digits with a scale word, with their spans."""
    out = []
    for m in _RUN.finditer(text):
        if m.group("digits"):
            v = float(m.group("digits")) * _SCALES[m.group("scale").lower()]
        else:
            if m.group("words").lower() in ("a", "an"):
                continue
            v = _words_value(m.group("words"))
            if v is None:
                continue
        out.append(Written(float(f"{v:.12g}"), m.start(), m.end(), m.group(0), "in words"))
    return out


def written_numbers(text: str) -> list[Written]:
    """Every number of ``text`` written in words, with a leading dot or as a product."""
    out = word_numbers(text)
    out += [Written(float("0." + m.group("d")), m.start(), m.end(), m.group(0), "with a leading dot")
            for m in _LEADING_DOT.finditer(text)]
    out += [Written(float(int(m.group("a")) * int(m.group("b"))), m.start(), m.end(), m.group(0), "as a product")
            for m in _PRODUCT.finditer(text) if not re.fullmatch(r"10\d{0,2}", m.group("b"))]  # "× 104": a power
    out.sort(key=lambda w: w.start)
    kept: list[Written] = []
    for w in out:  # overlapping spans: the first (longest at a start) wins
        if not kept or w.start >= kept[-1].end:
            kept.append(w)
    return kept


def _digits(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(v)


def worded_findings(text: str, page: int, section: str = "") -> list[Finding]:
    """Training fields a sentence states with numbers in words, a leading dot or a product
    (see module doc); the quote is the printed sentence."""
    if not _ANY_FIELD.search(text):
        return []
    written = written_numbers(text)
    if not written:
        return []
    parts, pos, shifts, mine = [], 0, [], {}
    for w in written:  # write each number in digits; remember where the rewritten text moved
        digits = _digits(w.value)
        parts.append(text[pos:w.start])
        new_start = sum(len(p) for p in parts)
        parts.append(digits)
        mine[new_start] = w
        shifts.append((new_start + len(digits), len(digits) - (w.end - w.start)))
        pos = w.end
    parts.append(text[pos:])
    rewritten = "".join(parts)
    if rewritten == text:
        return []
    starts = {n.start: n for n in find_numbers(rewritten)}
    out = []
    for f in sentence_findings(rewritten, page, section):
        used = [mine[s] for s, n in starts.items() if s in mine and n.value in f.numbers]
        if not f.numbers or not used or len(used) < len(f.numbers):
            continue  # a value stated in digits anyway: the digit reader has it
        if used[0].how == "as a product" and f.field != "batch_size":
            continue
        cut = len(f.quote)
        back = cut - sum(d for end, d in shifts if end <= cut)
        f.quote = text[:back] if cut < len(rewritten) else text
        f.note = "stated " + used[0].how + ": " + ", ".join(repr(w.raw) for w in used)
        out.append(f)
    return out
