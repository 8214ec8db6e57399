"""Offline extraction: Document -> grounded PaperSpec (deterministic, no network).

Every value carries the page and the verbatim sentence (or table row) it was read from;
numeric fields carry the numbers the quote states. Fields no set-up states go to
``not_stated``. The rules live in :mod:`mlintern_nb.paper.extraction`:
``numbers`` (number parsing), ``sentences`` (sentences with page and section),
``fields`` (training hyper-parameters), ``vocab`` (datasets, metrics, family ...),
``setups`` (grouping into named set-ups).
"""
from __future__ import annotations

import re

from .document import Document
from .extraction.datasets import datasets
from .extraction.family import task_family
from .extraction.fields import Finding, sentence_findings
from .extraction.phases import phase_findings
from .extraction.numbers import restore_numbers
from .extraction.params import compute_counts, param_counts
from .extraction.rows import looks_like_row, row_findings, timing_table
from .extraction.sentences import document_lines, is_tabular, split_sentences
from .extraction.setups import SetupBuilder, setup_hint
from .extraction.symbols import scaled_findings, symbol_fields, symbol_findings
from .extraction.tables import table_findings
from .extraction.vocab import (
    ARCH_NAMES,
    ARCH_PARAMS,
    LOSS,
    LOSS_NAMES,
    metrics,
    reported_results,
)
from .spec import ComputeCount, Grounded, PaperSpec, ParamCount, ReportedResult, SourceInfo

_CITATION = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)[a-z]?\b|\bIn\s+(?:Proceedings|Proc\.|Advances)|\barXiv\b|"
                       r"\bJournal\b|\bConference\b|\bpp\.|\bvol\.|\bURL\b|https?://")
# section roles that summarise or cite rather than state the set-up
_NOT_SETUP = {"abstract", "related", "conclusion", "references"}
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
STANDARD_FIELDS = ("optimizer", "learning_rate", "batch_size", "epochs", "steps", "weight_decay", "dropout",
                   "warmup", "lr_schedule")


def extract(doc: Document, figures_dir=None) -> PaperSpec:
    lines = document_lines(doc)
    sentences = split_sentences(lines, skip=lambda t: is_tabular(t) or looks_like_row(t))
    # a reference list may run on into an unmarked appendix: only citation-like text is dropped
    body = [s for s in sentences if s.kind != "references" or not _CITATION.search(s.text)]

    title = guess_title(doc, lines)
    abstract = " ".join(s.text for s in body if s.kind == "abstract") or " ".join(
        s.text for s in body if s.page == (doc.pages[0].number if doc.pages else 1))[:2500]
    family, why = task_family(title, abstract, " ".join(s.text for s in body[:150]))

    spec = PaperSpec(title=title, task_family=family,
                     source=SourceInfo(path=doc.path, sha256=doc.sha256, pages=doc.num_pages,
                                       pages_read=[p.number for p in doc.pages]))
    if why:
        ev = next((s for s in body if why in s.text), None)
        if ev:
            spec.task_family_evidence = Grounded(value=family, page=ev.page, quote=ev.text, note=f"keyword {why!r}")

    # each phase is independent: a rule that trips on an unusual paper costs that phase only,
    # recorded in spec.warnings, never the whole parse
    _guarded(spec, "training set-ups", _training, spec, lines, body, title)
    _guarded(spec, "datasets and metrics", _vocabulary, spec, lines, body, own_method_name(title))
    _guarded(spec, "architecture", _architecture, spec, body, lines)
    _guarded(spec, "loss", _loss, spec, body)
    _guarded(spec, "parameter counts", _params, spec, lines, body, own_method_name(title))

    stated = {f for st in spec.training.values() for f in st}
    spec.not_stated = [f for f in STANDARD_FIELDS if f not in stated]
    return spec


def _guarded(spec: PaperSpec, what: str, fn, *args) -> None:
    try:
        fn(*args)
    except Exception as exc:
        spec.warnings.append(f"extraction of {what} failed ({type(exc).__name__}: {exc}); left empty")


def _training(spec: PaperSpec, lines, body, title: str) -> None:
    """Training set-ups: one pass over sentences, one over row lines, one over column tables."""
    builder = SetupBuilder()
    bound = symbol_fields([ln.text for ln in lines])  # "Require: α: Stepsize" -> α is the learning rate
    for s in body:
        if s.kind in _NOT_SETUP:
            continue
        # a symbol the paper itself defines is its own notation, even in an introduction
        found = symbol_findings(s.text, s.page, s.section, bound)
        if s.kind != "introduction" or _FIRST_PERSON.search(s.text):  # else an introduction cites others
            found += (sentence_findings(s.text, s.page, s.section) + phase_findings(s.text, s.page, s.section)
                      + scaled_findings(s.text, s.page, s.section))
        for f in found:
            builder.add(f, setup_hint(s.text, s.section))
    own = own_method_name(title)
    for i, ln in enumerate(lines):
        if not row_findings(ln.text, ln.page, ln.section):
            continue
        block = row_block(lines, i, own)
        if block is False:
            continue  # a block of another method's hyper-parameters
        for f in row_findings(ln.text, ln.page, ln.section, column=block if type(block) is int else None):
            if f.field == "batch_size" and timing_table(lines, i):
                continue  # "Batch Size 32 16 1" in a latency table
            f.quote = _row_quote(lines, i)
            builder.add(f, setup_hint("", ln.section) + " (table)")
    for f, name in table_findings(lines):
        builder.add(f, name)
    spec.training = builder.build()


def _vocabulary(spec: PaperSpec, lines, body, own: str | None = None) -> None:
    headers = caption_sentences(lines)
    for name, s, count in datasets(body, headers, own, lines):
        spec.datasets.append(Grounded(value=name, page=s.page, quote=s.text, note=f"mentioned {count} times"))
    for name, s, count in metrics(body + headers):
        spec.metrics.append(Grounded(value=name, page=s.page, quote=s.text, note=f"mentioned {count} times"))
    for metric, value, ds, s in reported_results(body, [d.value for d in spec.datasets]):
        spec.reported_results.append(ReportedResult(metric=metric, value=value, dataset=ds, page=s.page, quote=s.text))


def _params(spec: PaperSpec, lines, body, own: str | None) -> None:
    for model, value, page, quote in param_counts(body, lines, own):
        spec.param_counts.append(ParamCount(model=model, value=value, page=page, quote=restore_numbers(quote)))
    for model, value, unit, page, quote in compute_counts(body, own):
        spec.compute_counts.append(ComputeCount(model=model, value=value, unit=unit, page=page,
                                                quote=restore_numbers(quote)))


def _loss(spec: PaperSpec, body) -> None:
    own_body = [s for s in body if s.kind not in ("abstract", "introduction", "related", "references")]
    for pat in (LOSS_NAMES, LOSS):  # a named loss first, then "the loss is ..."
        hit = next((s for s in own_body if pat.search(s.text)), None)
        if hit:
            m = pat.search(hit.text)
            value = m.group(0) if pat is LOSS_NAMES else hit.text[m.start():m.start() + 120].split(". ")[0]
            spec.loss = Grounded(value=value, page=hit.page, quote=hit.text)
            break


def caption_sentences(lines):
    """Table/figure header lines that prose splitting leaves out (metric names live there)."""
    from .extraction.sentences import Sentence
    return [Sentence(ln.text, ln.page, ln.section, ln.kind) for ln in lines
            if is_tabular(ln.text) is False and ln.kind != "references" and len(ln.text) < 90
            and not re.search(r"[.!?]$", ln.text) and len(ln.text.split()) >= 3
            and sum(w[:1].isupper() for w in ln.text.split()) >= len(ln.text.split()) * 0.6]


def own_method_name(title: str) -> str | None:
    """The paper's own method name when its title leads with one ("LoRA: Low-Rank ...")."""
    m = re.match(r"^\s*([A-Z][\w\-]{1,20})\s*:", title or "")
    return m.group(1) if m else None


_ROW_LINE = re.compile(r"^[#\w .()-]{2,30}?\s+[-\d]")


def row_block(lines, i: int, own: str | None):
    """For a table row: False when the row sits in another method's block of a table that also
    has blocks of the paper's own method; the column index of the own method when the table
    header names one column per method; else True."""
    cited = _uncited_column(lines, i)
    if cited is not None:
        return cited
    if not own:
        return True
    page = lines[i].page
    own_re = re.compile(rf"^{re.escape(own)}\W?$|^{re.escape(own)}\s*[(†]", re.I)
    for j in range(i - 1, max(i - 12, -1), -1):  # a header with one column per method
        t = lines[j].text.strip()
        if lines[j].page != page or re.match(r"^(?:Table|Figure)\s+\d", t):
            break
        hdr = t.split()
        low = [h.lower() for h in hdr]
        if (3 <= len(hdr) <= 12 and own.lower() in low[1:] and not any(ch.isdigit() for ch in t)
                and not _PROSE.search(t)):
            return low[1:].index(own.lower())  # "Hyperparameters Fine-Tune ... LoRA"
    labels = []
    for j in range(i - 1, max(i - 12, -1), -1):
        ln = lines[j]
        if ln.page != page:
            break
        t = ln.text.strip()
        if not any(ch.isdigit() for ch in t.split("(")[0]) and len(t) < 30:
            labels.append(t)
        elif labels:
            break
    methods = [t for t in labels if _METHOD_LABEL.match(t)]
    if not methods or any(own_re.match(t) for t in methods):
        return True
    near = (ln.text.strip() for ln in lines[max(0, i - 150):i + 150] if ln.page == page)
    return False if any(own_re.match(t) for t in near) else True


_CITE = re.compile(r"^\[\d+(?:\s*[,-]\s*\d+)*\]$")


def _uncited_column(lines, i: int) -> int | None:
    """A header with one column per method where every column but one cites its source
    ("Methods ViT-B [3] DeiT-B"): the uncited column is the paper's own."""
    for j in range(i - 1, max(i - 12, -1), -1):
        t = lines[j].text.strip()
        if lines[j].page != lines[i].page or re.match(r"^(?:Table|Figure)\s+\d", t):
            return None
        cols: list[str] = []
        for tok in t.split()[1:]:
            if _CITE.match(tok) and cols:
                cols[-1] += " " + tok
            else:
                cols.append(tok)
        cited = [bool(re.search(r"\[\d", c)) for c in cols]
        if 2 <= len(cols) <= 11 and any(cited) and cited.count(False) == 1 and not _PROSE.search(t):
            return cited.index(False)
    return None


_PROSE = re.compile(r"\b(?:the|and|of|for|with|we|a|an|to|in|is|are|on|by)\b|[.,;:]\s")
# a one-word method label of a table block: "AdptP (3M)†", "BitFit", "LoRA†"
_METHOD_LABEL = re.compile(r"^(?:[A-Z][\w-]*[A-Z][\w-]*|[A-Z][\w-]*†)\s*(?:\([\d.]+\s?[MKB]\))?†?$")


def _row_quote(lines, i: int, min_chars: int = 40) -> str:
    """A table row with the lines above it on the same page, so the quote is specific."""
    parts = [lines[i].text]
    j = i - 1
    while len(" ".join(parts)) < min_chars and j >= 0 and lines[j].page == lines[i].page:
        parts.insert(0, lines[j].text)
        j -= 1
    return "\n".join(parts)


def guess_title(doc: Document, lines) -> str:
    """The PDF's metadata title when it reads like one, else the first line(s) of page 1:
    a line is continued when it ends in a hyphen / colon / comma or the next starts in lower
    case or keeps the all-caps of the first; an author line (∗ † @ , digits) ends it."""
    meta = (doc.metadata_title or "").strip()
    if meta and len(meta.split()) >= 3 and not re.search(r"\.(?:pdf|dvi|tex|docx?)$|^untitled|^microsoft", meta, re.I):
        return meta
    first_page = doc.pages[0].number if doc.pages else 1
    first = [ln.text.strip() for ln in lines if ln.page == first_page][:10]
    first = [t for t in first if not _NOT_TITLE.search(t)]
    if not first:
        return meta
    parts = [first[0]]
    for t in first[1:4]:
        prev = parts[-1]
        if _AUTHOR.search(t) or len(" ".join(parts)) > 160:
            break
        caps = prev.isupper() and t.isupper()
        if prev.endswith(("-", ":", ",")) or t[:1].islower() or caps:
            parts.append(t)
        else:
            break
    title = ""
    for t in parts:
        title = title[:-1] + t if title.endswith("-") and t[:1].isalpha() else (f"{title} {t}" if title else t)
    return title


_NOT_TITLE = re.compile(r"arxiv|preprint|published as|under review|conference|proceedings|journal|workshop|"
                        r"^\d+$|^\(?version", re.I)
_AUTHOR = re.compile(r"[∗*†‡§@]|\d|\b(?:university|institute|inc\.|research|google|microsoft|facebook)\b", re.I)


def _architecture(spec: PaperSpec, body, lines=None) -> None:
    from .extraction.architecture import extract_architecture
    extract_architecture(spec, body, lines=lines)  # a catalogue architecture with its variant and stated sizes
    if spec.architecture is not None:
        return
    for s in body:
        if s.kind in ("references", "related"):
            continue
        m = ARCH_NAMES.search(s.text)
        if m and re.search(r"\b(?:we|our)\b", s.text, re.I) and re.search(
                r"\b(?:based on|architecture|model|network|consists|use|uses)\b", s.text, re.I):
            spec.architecture = Grounded(value=m.group(0), page=s.page, quote=s.text)
            break
    for s in body:
        if s.kind in ("references", "related"):
            continue
        for name, pat in ARCH_PARAMS.items():
            if name in spec.architecture_params:
                continue
            m = pat.search(s.text)
            if m:
                raw = next(g for g in m.groups() if g)
                from .extraction.numbers import parse_number
                v = parse_number(raw)
                if v is not None:
                    spec.architecture_params[name] = Grounded(value=raw.strip(), page=s.page, quote=s.text,
                                                              numbers=[v])


__all__ = ["extract", "Finding"]
