"""Table rows and bullets: a field label followed only by numbers ("Batch Size 16 16 32",
"Learning rate (Adam): 5e-5, 3e-5", "# Epochs 30 60")."""
from __future__ import annotations

import re

from .field_words import _I, _INFERENCE, _RANK
from .fields import Finding
from .roles import skip_section
from .numbers import find_numbers

# table row labels: "Batch Size 16 16 32", "Learning rate (Adam): 5e-5, 3e-5", "# Epochs 30 60"
ROW_LABELS = [
    ("learning_rate", re.compile(r"^(?:base\s+|peak\s+|max\s+)?(?:learning[\s-]*rate|lr)(?:\s*\([^)]{1,20}\))?\s*:?\s+", _I)),
    ("batch_size", re.compile(r"^(?:mini-?)?batch[\s-]?size\s*:?\s+", _I)),
    ("epochs", re.compile(r"^(?:(?:number\s+of|#)\s*(?:training\s+)?)?epochs?\s*:?\s+", _I)),
    ("steps", re.compile(r"^(?:(?:number\s+of|#)\s*(?:training\s+)?)?(?:training\s+)?(?:steps|iterations)\s*:?\s+", _I)),
    ("weight_decay", re.compile(r"^weight[\s-]?decay\s*:?\s+", _I)),
    ("dropout", re.compile(r"^(?:\w+\s+)?dropout(?:\s+(?:prob(?:ability)?|rate))?\s*:?\s+", _I)),
    ("warmup", re.compile(r"^warm[\s-]?up(?:\s+(?:ratio|steps|tokens|proportion|iterations|epochs|updates))?\s*:?\s+", _I)),
    ("label_smoothing", re.compile(r"^label[\s-]?smooth(?:ing)?\s*:?\s+", _I)),
    ("lora_alpha", re.compile(r"^(?:lora\s*)?(?:α|alpha)\s*:?\s+", _I)),
    ("max_seq_length", re.compile(r"^max(?:imum)?\.?\s+seq(?:uence)?\.?\s+len(?:gth)?\.?\s*:?\s+", _I)),
    ("momentum", re.compile(r"^momentum\s*:?\s+", _I)),
]
_ROW_REST = re.compile(r"^[\s\d.,eE+\-\u2212/{}%kKM]*$")


def looks_like_row(text: str) -> bool:
    """A table row / bullet of a field label and numbers only ("Batch Size 16 32")."""
    for _, pat in ROW_LABELS:
        m = pat.match(text)
        if m:
            return bool(_ROW_REST.match(text[m.end():]))
    return bool(re.match(r"^(?:optimizer|lr schedule|learning rate schedule)\s+\w+$", text, _I))


def row_findings(text: str, page: int, section: str = "", column: int | None = None) -> list[Finding]:
    """A table row or bullet line: a field label followed only by numbers. ``column``: take
    only that value of a row with one value per method column (the paper's own method)."""
    out: list[Finding] = []
    if skip_section(section):
        return out
    for fld, pat in ROW_LABELS:
        m = pat.match(text)
        if not m:
            continue
        rest = text[m.end():]
        if not _ROW_REST.match(rest):
            break
        nums = find_numbers(rest)
        if not nums:
            break
        if column is not None and len(nums) > 1:
            if column >= len(nums):
                break
            nums = [nums[column]]
        seen: list[float] = []
        for n in nums:
            if n.value not in seen:
                seen.append(n.value)
        if fld == "dropout" and any(v > 1 for v in seen):
            break
        if fld in ("batch_size", "epochs", "steps") and any(v < 1 for v in seen):
            break
        val = seen[0] if len(seen) == 1 else seen
        if isinstance(val, float) and val.is_integer() and val >= 1:
            val = int(val)
        out.append(Finding(fld, val, seen, page, text, section, note="table row" if len(nums) > 1 else None))
        break
    if re.match(r"^(?:lora\s+config\.?|adaptation|rank)\b", text, _I):
        m = _RANK.search(text)
        if m:
            out.append(Finding("lora_rank", m.group(0).strip(), [float(m.group("n"))], page, text, section))
    return out


_CAPTION = re.compile(r"^Table\s+\d+\s*[:.]", _I)


def timing_table(lines, i: int, reach: int = 12) -> bool:
    """Whether row ``i`` sits in a table whose caption (the nearest one below, else just above)
    is about inference, latency or throughput: its batch size is no training setting."""
    for j in [*range(i + 1, min(len(lines), i + reach)), *range(i - 1, max(-1, i - 4), -1)]:
        if _CAPTION.match(lines[j].text):
            return bool(_INFERENCE.search(lines[j].text))
    return False
