"""Hyper-parameter tables whose columns are fields ("Models Dataset Epochs Base LR ...").

A header line naming at least two training fields, followed by rows of cells. Header
words are grouped into column names with a phrase list ("learning rate", "weight decay",
"n heads" ...); a row's tokens are grouped into cells (``8 · 10−4``, ``20 000``,
``{0.003, 0.01}`` are one cell each) and aligned to the columns from the right, so a
multi-word row label ("Oxford-IIIT Pets") stays in the first column. Each field column
becomes one value: ``{row label: value}`` with all its numbers, quoted by the table's text.
"""
from __future__ import annotations

import re

from .fields import Finding
from .numbers import find_numbers

_I = re.I
COLUMN_FIELDS = [
    ("learning_rate", re.compile(r"^(?:(?:base|peak|max|initial)\s+)?(?:learning\s+rate|lr)$", _I)),
    ("batch_size", re.compile(r"^(?:(?:mini-?)?batch(?:\s+size)?|bs|bsz)$", _I)),
    ("epochs", re.compile(r"^(?:#\s*)?epochs?$", _I)),
    ("steps", re.compile(r"^(?:(?:#|train(?:ing)?|total)\s*)?(?:steps|iterations|iters|updates)$", _I)),
    ("weight_decay", re.compile(r"^(?:weight\s+decay|wd)$", _I)),
    ("dropout", re.compile(r"^(?:\w+\s+)?(?:dropout(?:\s+(?:rate|prob(?:ability)?))?|p\s?drop|pdrop)$", _I)),
    ("warmup", re.compile(r"^warm-?up(?:\s+steps)?$", _I)),
    ("label_smoothing", re.compile(r"^(?:label\s+smoothing|ϵls|εls)$", _I)),
]
PHRASES = re.compile(
    r"(?:base|peak|max|initial)\s+(?:learning\s+rate|lr)|learning\s+rate|lr\s+(?:decay|schedule)|weight\s+decay|"
    r"batch\s+size|label\s+smoothing|warm-?up\s+steps|train(?:ing)?\s+steps|n\s+(?:heads|layers|tokens|params)|"
    r"#\s*\w+|d\s+model|hidden\s+size", _I)
_ANY_COLUMN = re.compile(r"\b(?:lr|learning|batch|bs|bsz|epochs?|steps|iterations|iters|decay|wd|dropout|p\s?drop|"
                         r"warm-?up|smoothing)\b", _I)
_CAPTION = re.compile(r"^(?:Table|Tab\.)\s+\d+[:.]", _I)
_STOP = re.compile(r"^(?:Table|Figure|Fig\.)\s+\d+", _I)


def header_columns(line: str) -> list[str]:
    cols: list[str] = []
    pos = 0
    for m in PHRASES.finditer(line):
        cols.extend(line[pos:m.start()].split())
        cols.append(m.group(0))
        pos = m.end()
    cols.extend(line[pos:].split())
    return cols


# "LR: Learning Rate. BSZ: Batch Size." -- a caption or note defining a header's abbreviations
_ABBREV_DEF = re.compile(r"\b([A-Z][A-Za-z]{0,5}|#\s?\w+)\s*:\s*([A-Za-z][A-Za-z -]{2,40}?)\s*(?:[.;,]|$)")


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a caption defines: ``{"LR": "learning rate", "BSZ": "batch size"}``."""
    return {m.group(1): re.sub(r"\s+", " ", m.group(2)).strip().lower() for m in _ABBREV_DEF.finditer(text)
            if not re.match(r"^(?:Table|Figure|Fig|Tab)$", m.group(1), _I)}


def abbreviated_columns(line: str, defs: dict[str, str]) -> list[str] | None:
    """A header written in defined abbreviations ("LR BSZ ALBERT DR Classifier DR TS"): one
    column per abbreviation, expanded, with the words before it as its qualifier ("albert
    dropout rate"), and an empty row-label column in front. None when the header uses none."""
    toks = line.split()
    if sum(t in defs for t in toks) < 2:
        return None
    cols, pending = [""], []
    for t in toks:
        if t in defs:
            cols.append(" ".join(pending + [defs[t]]))
            pending = []
        else:
            pending.append(t)
    if pending:
        return None  # a trailing word no abbreviation claims: not this kind of header
    return cols


def _caption_near(lines, i: int, span: int = 30) -> str:
    """The caption text (and its continuation lines) of the table around line ``i``."""
    page = lines[i].page
    for k in list(range(i + 1, min(i + span, len(lines)))) + list(range(i - 1, max(i - 6, -1), -1)):
        if lines[k].page != page:
            continue
        if _CAPTION.match(lines[k].text):
            parts = [lines[k].text]
            for m in range(k + 1, min(k + 4, len(lines))):
                if lines[m].page != page or _CAPTION.match(lines[m].text) or len(parts[-1]) < 60:
                    break
                parts.append(lines[m].text)
            return " ".join(parts)
    return ""


# a column stated in multiplied units: "Updates (×10^5)", "Steps (k)", "... counted in units of 10^5"
_MULTIPLIER = r"(?:[×x]\s*10\^?\s*\d+|\d+\^\d+|10\^?\d+|thousands|millions|billions)"
_HEADER_UNIT = re.compile(rf"\(\s*(?:in\s+)?(?:{_MULTIPLIER}|[kKMB])\s*\)", _I)


def _scaled_columns(cols: list[str], caption: str) -> set[int]:
    """Indices of columns whose header or the caption says their cells are in multiplied units."""
    out = set()
    for i, c in enumerate(cols):
        word = c.strip().split()[0] if c.strip() else ""
        if _HEADER_UNIT.search(c) or word and re.search(
                rf"\b{re.escape(word)}\b[^.;]{{0,40}}\b(?:in\s+units\s+of|in)\s+{_MULTIPLIER}", caption, _I):
            out.add(i)
    return out


def _fields_of(cols: list[str]) -> dict[int, str]:
    out = {}
    for i, c in enumerate(cols):
        for fld, pat in COLUMN_FIELDS:
            if pat.match(c.strip()):
                out[i] = fld
                break
    return out


_JOINERS = {"·", "×", "x", "*", "\u22c5"}


def row_cells(line: str) -> list[str]:
    toks = line.split()
    cells: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.startswith("{") and "}" not in t:  # a braced grid
            j = i
            while j + 1 < len(toks) and "}" not in toks[j]:
                j += 1
            cells.append(" ".join(toks[i:j + 1]))
            i = j + 1
            continue
        if (cells and t in _JOINERS and i + 1 < len(toks) and re.match(r"^\d", cells[-1])
                and re.match(r"^10", toks[i + 1])):
            cells[-1] = f"{cells[-1]} {t} {toks[i + 1]}"
            i += 2
            continue
        if cells and re.fullmatch(r"0\d\d", t) and re.fullmatch(r"\d{1,3}", cells[-1]):
            cells[-1] = f"{cells[-1]} {t}"
            i += 1
            continue
        cells.append(t)
        i += 1
    return cells


def _numeric(cell: str) -> list[float] | None:
    nums = find_numbers(cell)
    if not nums:
        return None
    rest = cell
    for n in reversed(nums):
        rest = rest[:n.start] + rest[n.end:]
    if re.sub(r"[\s{},/]", "", rest):
        return None
    return [n.value for n in nums]


def table_findings(lines) -> list[tuple[Finding, str]]:
    """(finding, set-up name) for every field column of every hyper-parameter table."""
    out: list[tuple[Finding, str]] = []
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]
        if len(ln.text) > 120 or not _ANY_COLUMN.search(ln.text) or find_numbers(ln.text):
            i += 1
            continue
        abbr = abbreviated_columns(ln.text, abbreviations(_caption_near(lines, i)))
        cols = abbr or header_columns(ln.text)
        fmap = _fields_of(cols)
        if len(fmap) < 2 or len(cols) > 14:
            i += 1
            continue
        rows = []
        j = i + 1
        while j < n and lines[j].page == ln.page and not _STOP.match(lines[j].text):
            cells = row_cells(lines[j].text)
            if len(cells) < len(cols) or not any(_numeric(c) for c in cells[-(len(cols) - 1):]):
                break
            rows.append((lines[j], cells))
            j += 1
        if len(rows) < 1:
            i += 1
            continue
        caption = ""
        for k in list(range(j, min(j + 2, n))) + list(range(i - 1, max(i - 3, -1), -1)):
            if _CAPTION.match(lines[k].text):
                caption = lines[k].text
                break
        quote = "\n".join([ln.text] + [r[0].text for r in rows])
        name = (re.split(r"(?<=[a-z])\.\s", caption)[0][:60] if caption else f"table p{ln.page}")
        h = len(cols)
        first = min(fmap)
        scaled = _scaled_columns(cols, _caption_near(lines, i))
        for ci, fld in fmap.items():
            if ci in scaled:
                continue  # "Updates (×10^5)": the cells are not the values, and the quote cannot show the product
            per_row: dict[str, object] = {}
            numbers: list[float] = []
            for _, cells in rows:
                label = " ".join(cells[:len(cells) - h + max(first, 1)])
                cell = cells[len(cells) - h + ci] if ci > 0 else label
                vals = _numeric(cell)
                if vals is None:
                    continue
                if fld == "dropout" and any(v > 1 for v in vals):
                    continue
                per_row[label] = vals[0] if len(vals) == 1 else vals
                for v in vals:
                    if v not in numbers:
                        numbers.append(v)
            if numbers:
                out.append((Finding(fld, per_row, numbers, ln.page, quote, ln.section, note="table column"), name))
        i = j
    return out
