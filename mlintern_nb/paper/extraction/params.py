"""Parameter counts of the paper's models: ``[(model, value, page, quote)]`` for the planner.

Two readers:

* **sentences** -- a count with a unit and the word parameters ("110M parameters",
  "Total Parameters=110M", "a 7B-parameter model"), attributed to the nearest model name
  before it in the same clause (``BERT-BASE``, ``ViT-Large``, ``LLaMA-13B``); a sentence
  about prior work (no first person, a third-party subject) and the front matter's
  comparisons are skipped;
* **tables** -- a header line with a ``Params`` / ``#Params`` / ``Parameters`` column; each
  row's label is the model and the cell in that column (aligned from the right) the count.

Values are plain numbers (110M -> 110000000.0). A model counted twice keeps its first count.

``compute_counts`` reads the cost the paper states for its models the same way from sentences ("ResNet-152
... 11.3 billion FLOPs", "ShuffleNet 0.5x (40 MFLOPs)"), keeping the paper's word (FLOPs / multiply-adds /
MACs): ``[(model, value, unit, page, quote)]``.
"""
from __future__ import annotations

import re

from .numbers import find_numbers

_I = re.I
_COUNT = r"(?P<num>\d+(?:\.\d+)?\s?[KMBT])"
_PARAM_SENT = re.compile(
    rf"{_COUNT}[\s-]*(?:trainable\s+|total\s+)?(?:parameters?|params)\b|"
    rf"\b(?:total\s+)?(?:parameters?|params)\s*(?:=|:|of)\s*(?:about\s+|roughly\s+|~\s*)?(?P<num2>\d+(?:\.\d+)?\s?[KMBT])\b",
    _I)
_MODEL = re.compile(r"\b(?:[A-Z][A-Za-z]*(?:[\-/][\w.]+)+|[A-Z][a-z]*[A-Z][\w]*(?:[\s-](?:BASE|LARGE|Base|Large|"
                    r"base|large|small|Small|XL|XXL|\d+(?:\.\d+)?[BMK]))?|[A-Z]{2,}[\w]*(?:[\s-](?:BASE|LARGE|Base|Large|"
                    r"base|large))?)")
_NOT_MODEL = re.compile(r"^(?:Table|Figure|Section|We|Our|The|In|GPU|TPU|FLOPs?|M|B|K)$")
_OTHERS = re.compile(r"\b(?:they|et al\.?|\[\d+\])\b", _I)
_FIRST = re.compile(r"\b(?:we|our|us)\b", _I)
_HEADER = re.compile(r"(?:^|\s)(?:#\s?)?(?:params|parameters|param\.?)(?:\s*\([^)]*\))?(?=\s|$)", _I)


def _model_before(text: str, pos: int) -> str | None:
    clause = re.split(r"[;.]\s", text[:pos])[-1]
    names = [m.group(0) for m in _MODEL.finditer(clause) if not _NOT_MODEL.match(m.group(0))]
    return names[-1].strip() if names else None


def sentence_counts(sentences, own: str | None = None):
    out = []
    for s in sentences:
        if s.kind in ("references", "related") or "aram" not in s.text:
            continue
        if _OTHERS.search(s.text) and not _FIRST.search(s.text) and not (own and own in s.text):
            continue
        for m in _PARAM_SENT.finditer(s.text):
            raw = m.group("num") or m.group("num2")
            nums = find_numbers(raw)
            if not nums:
                continue
            model = _model_before(s.text, m.start())
            if model:
                out.append((model, nums[0].value, s.page, s.text))
    return out


_CELL = re.compile(r"\d+(?:\.\d+)?\s?[KMB]")
_PROSE = re.compile(r"the|a|an|is|are|of|to|has|have|with|contains?|consists?|only|up|approximately|about|as|on", _I)


def table_counts(lines):
    out = []
    for i, ln in enumerate(lines):
        h = _HEADER.search(ln.text)
        if not h or find_numbers(ln.text) or len(ln.text) > 120:
            continue
        cols = ln.text.split()
        col = next((k for k, c in enumerate(cols) if re.fullmatch(r"#?\s?(?:params|parameters|param\.?)", c, _I)), None)
        if col is None:
            continue
        for j in range(i + 1, min(i + 25, len(lines))):
            row = lines[j]
            if row.page != ln.page or re.match(r"^(?:Table|Figure)\s+\d", row.text):
                break
            cells = row.text.split()
            if len(cells) < len(cols):
                continue
            cell = cells[len(cells) - len(cols) + col]
            label = " ".join(cells[:len(cells) - len(cols) + 1])
            counts = [k for k, c in enumerate(cells) if _CELL.fullmatch(c)]
            if not _CELL.fullmatch(cell) and len(counts) == 1 and len(find_numbers(row.text)) >= 2:
                # a header split over two lines ("method error (%)" above "# layers # params"): the columns do
                # not align from the right, but a table row's only count with a unit is its size; the label is
                # the row's start up to its first decimal ("ResNet 110", "Swin-B (HTC++)"), never prose
                head = cells[:counts[0]]
                cut = next((k for k, c in enumerate(head) if k and re.fullmatch(r"[\d.]*\.\d[\w.]*", c)), len(head))
                if len(head[:cut]) <= 5 and not any(_PROSE.fullmatch(c) for c in head[:cut]):
                    cell, label = cells[counts[0]], " ".join(head[:cut])
            if not _CELL.fullmatch(cell) or not re.match(r"^[A-Z]", label):
                continue
            if re.search(r"\[\d+|reported|et al", label, _I):
                continue  # a row of cited work: its size is not this paper's
            nums = find_numbers(cell)
            if nums:
                out.append((label, nums[0].value, row.page, f"{ln.text}\n{row.text}"))
    return out


def param_counts(sentences, lines, own: str | None = None):
    """(model, value, page, quote) of each model size the paper states, first statement wins."""
    seen, out = set(), []
    for model, value, page, quote in table_counts(lines) + sentence_counts(sentences, own):
        key = re.sub(r"[\s\-_]", "", model).lower()
        if key in seen:
            continue
        seen.add(key)
        out.append((model, value, page, quote))
    return out


_SCALE = {"k": 1e3, "m": 1e6, "g": 1e9, "b": 1e9, "t": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_COMPUTE = re.compile(
    r"(?<![\w.–<≤-])(?<![–<≤-]\s)(?<!to\s)(?P<num>\d+(?:\.\d+)?)\s?(?:[×x]\s?10\s?(?:\^|\s)?(?P<exp>\d{1,2})\s*|(?P<word>thousand|million|billion)\s+|"
    r"(?P<mult>[KMGBT])\s?)?(?P<unit>(?P<pre>[MGT])?FLOPs\b|multiply[-\s]adds\b|mult[-\s]adds\b|MACs\b)", _I)


def compute_counts(sentences, own: str | None = None):
    """(model, value, unit, page, quote) of each computational cost the paper states for a model it names in
    the same clause; sentences about prior work are skipped as for parameter counts; first statement wins."""
    seen, out = set(), []
    for s in sentences:
        if s.kind in ("references", "related"):
            continue
        if _OTHERS.search(s.text) and not _FIRST.search(s.text) and not (own and own in s.text):
            continue
        for m in _COMPUTE.finditer(s.text):
            value = float(m.group("num"))
            if m.group("exp"):
                value *= 10 ** int(m.group("exp"))
            scale = (m.group("word") or m.group("mult") or m.group("pre") or "").lower()
            value *= _SCALE.get(scale, 1.0)
            if value < 1e5:  # a bare "FLOPs" count without its magnitude is not a cost we can place
                continue
            unit = m.group("unit")
            unit = "FLOPs" if unit.upper().endswith("FLOPS") else ("MACs" if unit.upper() == "MACS" else "multiply-adds")
            model = _model_before(s.text, m.start())
            depth = re.search(r"\b(\d{1,4})-\s?layer\s+" + re.escape(model) + r"\b", s.text[:m.start()]) if model else None
            if depth:  # "the 152-layer ResNet (11.3 billion FLOPs)": the size belongs to the name
                model = f"{depth.group(1)}-layer {model}"
            key = re.sub(r"[\s\-_]", "", model or "").lower()
            if model and key not in seen:
                seen.add(key)
                out.append((model, value, unit, s.page, s.text))
    return out
