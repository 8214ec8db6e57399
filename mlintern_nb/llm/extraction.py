"""Extraction refinement: retrieved passages -> LLM -> grounded values -> merged into the offline spec.

Grounding: every value the model returns must carry a quote found (normalised: whitespace,
ligatures, typographic quotes/dashes, line-break hyphens, case) on the cited page or a neighbouring
one; the quote is then replaced by the paper's own words. Anything else is dropped and counted.

Merge rule (offline is deterministic and auditable, so it keeps the last word):
* a field the offline extractor found keeps the offline value; if the LLM found a *different*
  grounded value it is recorded in ``stats["conflicts"]`` and one line in ``spec.warnings``;
* a field the offline extractor left empty / listed in ``not_stated`` is filled with the LLM's
  grounded value, marked ``source="llm"``, and removed from ``not_stated``;
* list fields (datasets, metrics, reported results) get the LLM's grounded items that are new;
* ``title`` / ``task_family`` are taken from the LLM only when offline has none / ``"other"``.
"""
from __future__ import annotations

import logging
import math
import re

from ..errors import LLMBudgetExceeded, LLMError
from ..paper import retrieval
from ..paper.spec import ARCH_FIELDS, TASK_FAMILIES, TRAINING_FIELDS, Grounded, PaperSpec, ReportedResult
from . import prompts
from .grounding import Grounder, normalise
from .parsing import parse_json_object
from .safety import new_nonce

log = logging.getLogger("mlintern_nb.llm")

QUERY = ("training details hyperparameters optimizer learning rate batch size epochs steps warmup weight decay "
         "dropout schedule architecture layers hidden size heads parameters dataset evaluation metric results")
_KEYWORDS = ("learning rate", "batch", "epoch", "optimi", "warmup", "weight decay", "dropout", "dataset",
             "layers", "hidden", "we train", "trained", "accuracy", "bleu", "perplexity", "table")
_NUM_WORDS = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|"
                        r"thousand|million|billion|half|quarter|double|single)\b", re.I)
MAX_PROMPT_CHARS = 28000


# ---------------------------------------------------------------- passages
def passages_for(doc, max_chars: int = MAX_PROMPT_CHARS) -> list[tuple[int, str]]:
    """``[(page, text)]`` to show the model: retrieval's best chunks (``paper.retrieval.rank``), else
    the pages richest in training vocabulary (kept in page order)."""
    chunks = None
    try:
        chunks = retrieval.rank(doc, QUERY, k=40)
    except Exception as exc:  # noqa: BLE001 — retrieval is an optimisation, never a failure
        log.debug("retrieval.rank failed (%s); using pages", exc)
        chunks = None
    out: list[tuple[int, str]] = []
    used = 0
    if chunks:
        picked = []
        for ch in chunks:
            text = getattr(ch, "text", "")
            if not text or used + len(text) > max_chars:
                continue
            picked.append((getattr(ch, "page_start", 1), getattr(ch, "start", 0), text))
            used += len(text)
        picked.sort(key=lambda t: (t[0], t[1]))
        return [(p, t) for p, _, t in picked]
    # no retrieval: ~1,200-character windows of each page, scored by training vocabulary and numbers;
    # the best windows until the budget, shown in reading order (a page's windows are merged)
    windows = []
    for idx, page in enumerate(doc.pages):
        for w_i, (start, text) in enumerate(_windows(page.text)):
            low = text.lower()
            score = sum(low.count(k) for k in _KEYWORDS) * 2 + min(len(re.findall(r"\d", text)), 20) / 10
            if idx == 0 and w_i == 0:
                score += 100  # title and abstract
            if "references" in low[:40] and idx > 0:
                score -= 5
            windows.append((score, page.number, start, text))
    picked = []
    for score, num, start, text in sorted(windows, key=lambda t: (-t[0], t[1], t[2])):
        if used + len(text) > max_chars:
            continue
        picked.append((num, start, text))
        used += len(text)
    picked.sort()
    for num, _start, text in picked:
        if out and out[-1][0] == num:
            out[-1] = (num, out[-1][1] + "\n[...]\n" + text)
        else:
            out.append((num, text))
    return out


def _windows(text: str, size: int = 1200) -> list[tuple[int, str]]:
    """Consecutive line-aligned windows of about ``size`` characters: ``[(offset, text)]``."""
    out, start, cur = [], 0, []
    pos = 0
    for line in text.splitlines(keepends=True):
        if cur and sum(map(len, cur)) + len(line) > size:
            out.append((start, "".join(cur).strip()))
            start, cur = pos, []
        cur.append(line)
        pos += len(line)
    if cur and "".join(cur).strip():
        out.append((start, "".join(cur).strip()))
    return out


def _offline_summary(spec: PaperSpec) -> dict:
    def v(g):
        return g.value if g is not None else None
    return {"title": spec.title or None, "task_family": spec.task_family,
            "architecture": v(spec.architecture),
            "training": {s: {f: g.value for f, g in fields.items()} for s, fields in spec.training.items()},
            "not_stated": spec.not_stated}


# ---------------------------------------------------------------- validation
class _Checker:
    def __init__(self, doc):
        self.grounder = Grounder(doc)
        self.kept = 0
        self.dropped_ungrounded: list[dict] = []
        self.dropped_invalid: list[dict] = []

    def grounded(self, item, where: str) -> Grounded | None:
        if not isinstance(item, dict) or "value" not in item:
            self.dropped_invalid.append({"field": where, "why": "not a {value, page, quote} object"})
            return None
        value = item.get("value")
        if value is None or (isinstance(value, str) and not value.strip()) or isinstance(value, dict):
            self.dropped_invalid.append({"field": where, "why": "empty or nested value"})
            return None
        page = item.get("page")
        if isinstance(page, str) and page.strip().isdigit():
            page = int(page.strip())
        hit = self.grounder.find(item.get("quote"), page)
        if hit is None:
            self.dropped_ungrounded.append({"field": where, "page": page, "quote": str(item.get("quote"))[:120]})
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not _NUM_WORDS.search(hit[1]):
            self.dropped_ungrounded.append({"field": where, "page": page, "quote": hit[1][:120],
                                            "why": "the quote states no number"})
            return None
        self.kept += 1
        return Grounded(value=value, page=hit[0], quote=hit[1], source="llm")


def _grounded_reply(reply: dict, doc, chk: _Checker) -> dict:
    """The reply's values that survive grounding, in PaperSpec shape."""
    out: dict = {"training": {}, "architecture_params": {}, "datasets": [], "metrics": [], "reported_results": []}
    title = reply.get("title")
    if isinstance(title, str) and len(normalise(title)) >= 8 and doc.pages and \
            normalise(title) in normalise(" ".join(p.text for p in doc.pages[:2])):
        out["title"] = " ".join(title.split())
    fam = reply.get("task_family")
    if isinstance(fam, str) and fam in TASK_FAMILIES:
        out["task_family"] = fam
    for key in ("architecture", "loss", "task_family_evidence"):
        if reply.get(key) is not None:
            g = chk.grounded(reply[key], key)
            if g:
                out[key] = g
    params = reply.get("architecture_params")
    if isinstance(params, dict):
        for name, item in params.items():
            if _field_name(name):
                g = chk.grounded(item, f"architecture_params.{name}")
                if g:
                    out["architecture_params"][name] = g
    for key in ("datasets", "metrics"):
        items = reply.get(key)
        if isinstance(items, list):
            for i, item in enumerate(items):
                g = chk.grounded(item, f"{key}[{i}]")
                if g:
                    out[key].append(g)
    training = reply.get("training")
    if isinstance(training, dict):
        for setup, fields in training.items():
            if not isinstance(fields, dict):
                chk.dropped_invalid.append({"field": f"training.{setup}", "why": "not an object"})
                continue
            for name, item in fields.items():
                if not _field_name(name):
                    chk.dropped_invalid.append({"field": f"training.{setup}.{name}", "why": "bad field name"})
                    continue
                g = chk.grounded(item, f"training.{setup}.{name}")
                if g:
                    out["training"].setdefault(str(setup), {})[name] = g
    results = reply.get("reported_results")
    if isinstance(results, list):
        for i, r in enumerate(results):
            try:
                val = float(r.get("value"))
                metric = str(r["metric"])
            except (AttributeError, KeyError, TypeError, ValueError):
                chk.dropped_invalid.append({"field": f"reported_results[{i}]", "why": "metric/value missing"})
                continue
            g = chk.grounded({"value": val, "page": r.get("page"), "quote": r.get("quote")}, f"reported_results[{i}]")
            if g:
                out["reported_results"].append(ReportedResult(metric=metric, value=val, dataset=r.get("dataset"),
                                                              page=g.page, quote=g.quote))
    return out


def _field_name(name) -> bool:
    return isinstance(name, str) and bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", name))


# ---------------------------------------------------------------- merge
def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-6)
    na, nb = normalise(str(a)), normalise(str(b))
    return na == nb or (len(na) > 3 and len(nb) > 3 and (na in nb or nb in na))


def _agree(current: Grounded, new: Grounded) -> bool:
    """Same value, or the same number stated both ways ('vocabulary of 2,000' read offline, 2000 by the LLM)."""
    if _same(current.value, new.value):
        return True
    mine = [float(x) for x in (current.numbers or [])]
    theirs = [float(x) for x in (new.numbers or [])]
    if isinstance(new.value, (int, float)) and not isinstance(new.value, bool):
        theirs.append(float(new.value))
    return any(math.isclose(a, b, rel_tol=1e-6) for a in mine for b in theirs)


def _setup_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower()).replace("finetune", "finetuning").replace("pretrain", "pretraining") \
        .replace("ingining", "ing")


def _drop_not_stated(spec: PaperSpec, field: str) -> None:
    pat = re.compile(rf"^(?:[\w-]+\.)?{re.escape(field)}\b", re.I)
    spec.not_stated = [n for n in spec.not_stated if not pat.match(n.strip())]


def merge(spec: PaperSpec, found: dict) -> tuple[PaperSpec, dict]:
    """Apply the merge rule; returns a new spec and ``{"filled": [...], "agreed": n, "conflicts": [...]}``."""
    out = spec.model_copy(deep=True)
    filled: list[str] = []
    conflicts: list[dict] = []
    agreed = 0

    def one(path: str, current: Grounded | None, new: Grounded) -> Grounded:
        nonlocal agreed
        if current is None:
            filled.append(path)
            return new
        if _agree(current, new):
            agreed += 1
        else:
            conflicts.append({"field": path, "offline": current.value, "llm": new.value,
                              "llm_page": new.page, "llm_quote": new.quote})
        return current

    if found.get("title") and not out.title:
        out.title = found["title"]
        filled.append("title")
    if found.get("task_family") and out.task_family == "other" and found["task_family"] != "other":
        out.task_family = found["task_family"]
        filled.append("task_family")
    for key in ("architecture", "loss", "task_family_evidence"):
        if key in found:
            setattr(out, key, one(key, getattr(out, key), found[key]))
    for name, g in found.get("architecture_params", {}).items():
        out.architecture_params[name] = one(f"architecture_params.{name}", out.architecture_params.get(name), g)
        if f"architecture_params.{name}" in filled:
            _drop_not_stated(out, name)
    for setup, fields in found.get("training", {}).items():
        target = next((s for s in out.training if _setup_key(s) == _setup_key(setup)), None)
        if target is None and len(out.training) == 1 and len(found["training"]) == 1:
            target = next(iter(out.training))
        target = target or setup
        dest = out.training.setdefault(target, {})
        for name, g in fields.items():
            path = f"training.{target}.{name}"
            dest[name] = one(path, dest.get(name), g)
            if path in filled:
                _drop_not_stated(out, name)
    for key in ("datasets", "metrics"):
        have = getattr(out, key)
        for g in found.get(key, []):
            if any(_same(h.value, g.value) for h in have):
                agreed += 1
            else:
                have.append(g)
                filled.append(f"{key}:{g.value}")
    for r in found.get("reported_results", []):
        if not any(x.metric.lower() == r.metric.lower() and math.isclose(x.value, r.value, rel_tol=1e-6)
                   for x in out.reported_results):
            out.reported_results.append(r)
            filled.append(f"reported_results:{r.metric}")
    if conflicts:
        out.warnings.append(f"LLM disagreed with the offline extraction on {len(conflicts)} field(s) "
                            f"({', '.join(c['field'] for c in conflicts[:5])}); offline values kept")
    return out, {"filled": filled, "agreed": agreed, "conflicts": conflicts}


# ---------------------------------------------------------------- entry point
def refine_spec(doc, spec: PaperSpec, *, engine=None, stream: bool = False, on_delta=None):
    """``(PaperSpec, stats)``. Without an engine (none configured), the budget spent, or the endpoint
    failing, the offline spec comes back unchanged and ``stats["fallback"]`` says why in one line."""
    from . import get_engine
    engine = engine if engine is not None else get_engine()
    stats: dict = {"engine": "offline", "fallback": None, "returned": 0, "kept": 0, "dropped_ungrounded": 0,
                   "dropped_invalid": 0, "ungrounded": [], "invalid": [], "filled": [], "agreed": 0,
                   "conflicts": [], "json_schema": None, "cost_usd": 0.0}
    if engine is None:
        stats["fallback"] = "no LLM endpoint configured"
        return spec, stats
    nonce = new_nonce()
    messages = prompts.extract_messages(passages_for(doc), TASK_FAMILIES, ARCH_FIELDS, TRAINING_FIELDS, nonce,
                                        offline_summary=_offline_summary(spec))
    spent0 = engine.ledger.spent_usd
    try:
        res = engine.complete(messages, purpose="extract", cell="spec", json_schema=reply_schema(),
                              stream=stream, on_delta=on_delta)
        try:
            reply = parse_json_object(res.text, "extraction reply")
        except LLMError as exc:
            if res.finish_reason == "length":
                exc.message += " (the reply was cut off at the model's output limit)"
            raise
    except (LLMBudgetExceeded, LLMError) as exc:
        stats["fallback"] = str(exc)
        stats["cost_usd"] = round(engine.ledger.spent_usd - spent0, 8)
        log.warning("LLM extraction skipped: %s", exc)
        return spec, stats
    stats["json_schema"] = res.used_json_schema
    chk = _Checker(doc)
    found = _grounded_reply(reply, doc, chk)
    merged, mstats = merge(spec, found)
    stats.update(engine="llm", kept=chk.kept, dropped_ungrounded=len(chk.dropped_ungrounded),
                 dropped_invalid=len(chk.dropped_invalid), ungrounded=chk.dropped_ungrounded,
                 invalid=chk.dropped_invalid,
                 returned=chk.kept + len(chk.dropped_ungrounded) + len(chk.dropped_invalid),
                 cost_usd=round(engine.ledger.spent_usd - spent0, 8), **mstats)
    if chk.dropped_ungrounded:
        merged.warnings.append(f"LLM: {len(chk.dropped_ungrounded)} value(s) dropped: their quotes are not in "
                               f"the paper")
    return merged, stats


def reply_schema() -> dict:
    """JSON schema of the extraction reply (from pydantic models), for ``response_format``."""
    from pydantic import BaseModel, ConfigDict, Field

    class G(BaseModel):
        model_config = ConfigDict(extra="forbid")
        value: float | int | str | list[float | int | str]
        page: int
        quote: str

    class R(BaseModel):
        metric: str
        value: float
        dataset: str | None = None
        page: int
        quote: str

    class Reply(BaseModel):
        title: str | None = None
        task_family: str | None = None
        architecture: G | None = None
        loss: G | None = None
        architecture_params: dict[str, G] = Field(default_factory=dict)
        datasets: list[G] = Field(default_factory=list)
        metrics: list[G] = Field(default_factory=list)
        training: dict[str, dict[str, G]] = Field(default_factory=dict)
        reported_results: list[R] = Field(default_factory=list)

    return Reply.model_json_schema()
