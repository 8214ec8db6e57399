"""The paper's claim, tested: the claim (text, page, quote), the arms a recipe can run for it, the
generated claim cell (baseline and proposed arm, same budget, >= 2 seeds, a verdict) and
``nb.metadata.mlintern.claim``.

The claim comes from the spec's ``claim`` field when the reader gives one (``{value, page, quote}``);
otherwise from the paper itself: the first sentence of its first pages that says *we show / we propose
/ outperforms / achieves / improves* (with its page), marked ``source: "abstract sentence"``.
"""
from __future__ import annotations

import functools
import os
import re
import textwrap

VERDICTS = ("reproduced", "not reproduced", "inconclusive", "no comparison")
# a claim sentence says what the method does better (first choice) or what it proposes (second choice)
_RESULT_WORDS = re.compile(r"\b(?:we (?:show|demonstrate|find)|outperform\w*|surpass\w*|better than|faster than|"
                           r"(?:can|significantly|substantially|considerably) (?:reduce|improve|speed)\w*|"
                           # "evidence showing that ...", "an evaluation ... which shows that ...", "easier to optimize",
                           # "in comparisons with RTRL, LSTM learns much faster", "our models obtain state-of-the-art
                           # performance" (the paper's own: "many variants have achieved state-of-the-art" is not)
                           r"(?:evidence|results?|experiments?|evaluation|which)\s+shows?(?:ing)?\s+that|showing that|"
                           r"easier to (?:train|optimi[sz]e)|in comparisons? (?:with|to)|"
                           r"(?:we|it|our(?:\s+[\w-]+){1,2}|the proposed\s+\w+)\s+(?:\w+\s+){0,3}?(?:achiev|obtain|establish)\w*"
                           r"\s+(?:\w+\s+){0,3}?state[- ]of[- ]the[- ]art)\b", re.I)
_PROPOSE_WORDS = re.compile(r"\bwe (?:propose|present|introduce)\b", re.I)


def paper_sentences(path: str, pages: str | None = None, skip_front_matter: bool = False):
    """``(page number, sentence)`` of the PDF, whitespace collapsed (so a quote cut from a sentence is
    verbatim page text); nothing when the PDF cannot be read. ``skip_front_matter``: page 1 starts at
    its "Abstract" heading (title, authors and affiliations skipped). Read once per file version: the
    claim, its baseline and the recipes' arms all ask for the same paper's sentences while planning."""
    try:
        mtime = os.path.getmtime(path)
    except (OSError, TypeError):
        return iter(())
    return iter(_sentences(path, mtime, pages, skip_front_matter))


@functools.lru_cache(maxsize=16)
def _sentences(path: str, _mtime: float, pages: str | None, skip_front_matter: bool) -> tuple:
    try:
        from ..paper import read
        doc = read(path, pages=pages)
    except Exception:  # noqa: BLE001 - no PDF, unreadable: no sentences
        return ()
    out = []
    for page in doc.pages:
        text = " ".join(page.text.split())
        head = re.search(r"\babstract\b[\s.:—-]*", text, re.I)
        if skip_front_matter and page.number == 1 and head:
            text = text[head.end():]
        out += [(page.number, sent) for sent in _SENTENCE_END.split(text)]
    return tuple(out)


# a sentence ends before a capital, or before a numbered heading run into the text ("... parsing. 1 Introduction
# Recurrent networks ...": the abstract's last sentence does not run on into the next section)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z]|\d{1,2}(?:\.\d{1,2})*\s+[A-Z][a-z]+\s)")


def _first_claim_sentence(path: str) -> dict | None:
    found: dict[int, dict] = {}
    for number, sent in paper_sentences(path, pages="1-2", skip_front_matter=True):
        if not 40 <= len(sent) <= 600:
            continue
        for rank, pat in enumerate((_RESULT_WORDS, _PROPOSE_WORDS)):
            if rank not in found and pat.search(sent):
                found[rank] = {"text": sent, "page": number, "quote": sent[:200], "source": "abstract sentence"}
    return found.get(0) or found.get(1)


# a results table also compares: its rows read as one sentence that ends with the caption ("Table 2: ...")
COMPARE_WORDS = re.compile(r"\b(?:compar\w*|than|versus|vs\.|against|outperform\w*|baselines?)\b|\btable \d+\s*:|"
                           r"\b(?:gains?|improvements?)\s+(?:\w+\s+){0,2}over\b", re.I)


def baseline_sentence(spec, pattern: str) -> dict | None:
    """The paper's first sentence, on any page, that compares with a baseline matching ``pattern`` (a
    recipe's runnable baselines): ``{text, page, quote}``, or None. Used when the claim sentence itself
    does not name the baseline (the abstract says "better", the experiments say better than what)."""
    if not pattern or not spec.source.path:
        return None
    pat = re.compile(pattern, re.I)
    for number, sent in paper_sentences(spec.source.path):
        if 20 <= len(sent) <= 600 and pat.search(sent) and COMPARE_WORDS.search(sent):
            return {"text": sent, "page": number, "quote": sent[:200]}
    return None


def claim_words(plan) -> str:
    """The claim's text and quote, and the baseline sentence when the planner found one: what a recipe's
    :meth:`arms` reads to decide which baseline the paper compares with."""
    c = plan.claim or {}
    b = c.get("baseline") or {}
    return " ".join([c.get("text", ""), c.get("quote", ""), b.get("text", "")])


def paper_claim(spec) -> dict:
    """``{text, page, quote, source}`` of what the paper claims (empty text when nothing is found)."""
    c = getattr(spec, "claim", None)
    if isinstance(c, dict) and c.get("value"):
        return {"text": str(c["value"]), "page": c.get("page"), "quote": c.get("quote") or "", "source": "spec"}
    if c is not None and getattr(c, "value", None):
        return {"text": str(c.value), "page": c.page, "quote": c.quote or "", "source": "spec"}
    if spec.source.path:
        found = _first_claim_sentence(spec.source.path)
        if found:
            return found
    return {"text": "", "page": None, "quote": "", "source": "none"}


def contribution(spec) -> str:
    """What the paper proposes (training-method, objective, architecture, system ...) when the reader says."""
    c = getattr(spec, "contribution", None)
    v = c.get("value") if isinstance(c, dict) else getattr(c, "value", c)
    return str(v) if v else ""


def plan_claim(plan, c: dict | None = None) -> dict:
    """The claim metadata written at plan time; the claim cell fills in the verdict when it runs."""
    c = c or paper_claim(plan.spec)
    arms = plan.arms or []
    meta = {"text": c["text"], "page": c["page"], "quote": c["quote"], "claim_source": c["source"],
            "contribution": contribution(plan.spec), "arms": [a["name"] for a in arms],
            "metric": next((a["metric"] for a in arms if a["role"] == "proposed"), ""), "verdict": "no comparison",
            "why": plan.no_comparison or "not run yet"}
    if arms:
        meta["why"] = "planned; the claim cell sets the verdict when the notebook runs"
    if arms and c.get("baseline"):
        meta["baseline"] = dict(c["baseline"])
    meta["params"] = {"full_model": (plan.hardware or {}).get("params"), "paper": paper_param_counts(plan.spec)}
    macs = (plan.architecture or {}).get("macs_full")
    if macs:
        meta["compute"] = {"full_model_macs": macs["value"], "input": macs["input"],
                           "paper": paper_compute_counts(plan.spec, plan.architecture.get("name", ""))}
    return meta


def paper_param_counts(spec) -> list[dict]:
    """The model sizes the paper states (``param_counts`` of the spec when the reader gives them)."""
    out = []
    for c in getattr(spec, "param_counts", None) or []:
        c = c if isinstance(c, dict) else getattr(c, "model_dump", lambda: {})()
        if isinstance(c.get("value"), (int, float)):
            out.append({"model": c.get("model", ""), "value": c["value"], "page": c.get("page")})
    return out


def paper_compute_counts(spec, arch_name: str) -> list[dict]:
    """The costs the paper states for the model the notebook builds: a stated model of the same catalogue
    kind as ``arch_name`` whose sizes (the numbers in its name: "152-layer ResNet") all appear in it."""
    from ..paper.extraction.architecture_names import identify
    built = identify(arch_name)
    out = []
    for c in getattr(spec, "compute_counts", None) or []:
        said = identify(c.model)
        if built is None or said is None or said[0] != built[0]:
            continue
        if all(n in re.findall(r"\d+", arch_name) for n in re.findall(r"\d+", c.model)):
            out.append({"model": c.model, "value": c.value, "unit": c.unit, "page": c.page, "quote": c.quote})
    return out


def claim_source(plan, sources: dict[str, str]) -> str:
    """The claim cell: re-runs the model/train/eval cells per arm and seed on the same data and budget,
    then says whether the claim's direction was reproduced."""
    c = plan.claim
    arms = [{k: a[k] for k in ("name", "overrides", "metric", "role", "higher_is_better")}
            | {"grid": a.get("grid") or {}, "kind": a.get("kind", "better"), "margin": float(a.get("margin", 0.0))}
            for a in plan.arms]
    return "\n".join([
        "# NBVAL_IGNORE_OUTPUT",
        "# Claim: the paper's own comparison — each arm on the same data, the same budget and the same seeds",
        f"CLAIM = {c['text']!r}",
        f"CLAIM_PAGE = {c['page']!r}",
        f"ARMS = {arms!r}",
        f"_ARM_CELLS = {[sources[r] for r in ('model', 'train', 'eval')]!r}",
        "if compare_arms:",
        textwrap.indent(_CLAIM_BODY.strip("\n"), "    "),
        "else:",
        textwrap.indent(_CLAIM_SKIPPED.strip("\n"), "    ")])


_CLAIM_BODY = r'''
import contextlib, io, statistics
from IPython.display import Markdown, display
CLAIM_SEEDS = [seed, seed + 1]
import itertools
arm_values, arm_chosen, _runs = {a["name"]: [] for a in ARMS}, {a["name"]: [] for a in ARMS}, {}

def _run_arm(overrides, s):
    key = (repr(sorted(overrides.items())), s)
    if key not in _runs:
        ns = dict(globals()); ns.update(overrides); ns["seed"] = s
        ns["output_dir"] = os.path.join(output_dir, "arms", f"run{len(_runs)}")
        os.makedirs(ns["output_dir"], exist_ok=True)
        random.seed(s); np.random.seed(s); torch.manual_seed(s)
        # the arms' own training logs stay out of this cell's output (one arm's loss log after another's reads
        # as a loss that did not fall); shown only when an arm fails
        _log = io.StringIO()
        try:
            with contextlib.redirect_stdout(_log), contextlib.redirect_stderr(_log):
                for _src in _ARM_CELLS:
                    exec(_src, ns)
        except Exception:
            print(_log.getvalue()[-3000:])
            raise
        _runs[key] = dict(ns["metrics"])
    return _runs[key]

for a in ARMS:  # an arm with a grid runs each setting and keeps its best (per seed), as the paper tunes each
    names = list(a["grid"])
    for s in CLAIM_SEEDS:
        tried = []
        for values in itertools.product(*[a["grid"][k] for k in names]) if names else [()]:
            o = dict(a["overrides"], **dict(zip(names, values)))
            v = float(_run_arm(o, s)[a["metric"]])
            tried.append((v if a["higher_is_better"] else -v, v, dict(zip(names, values))))
        best = max(tried, key=lambda t: t[0] if t[0] == t[0] else -math.inf)
        arm_values[a["name"]].append(best[1]); arm_chosen[a["name"]].append(best[2])
base = next(a for a in ARMS if a["role"] == "baseline"); prop = next(a for a in ARMS if a["role"] == "proposed")
b, p = arm_values[base["name"]], arm_values[prop["name"]]
sign = 1 if prop["higher_is_better"] else -1
gain = sign * (statistics.mean(p) - statistics.mean(b))
spread = max(max(b) - min(b), max(p) - min(p))
no_signal = len(set(b + p)) == 1  # every seed of both arms gave one value (e.g. both at chance)
if prop["kind"] == "not worse":  # "matches", "retains 97 %": within the seed spread plus the paper's margin
    allowed = spread + prop["margin"] * abs(statistics.mean(b))
    claim_verdict = "inconclusive" if no_signal else "reproduced" if -gain <= allowed else "not reproduced"
elif gain > spread:
    claim_verdict = "reproduced"
elif -gain > spread:
    claim_verdict = "not reproduced"
else:
    claim_verdict = "inconclusive"
why = (f"{prop['name']} {statistics.mean(p):.4g} vs {base['name']} {statistics.mean(b):.4g} "
       f"({prop['metric']}, {'higher' if prop['higher_is_better'] else 'lower'} is better, seeds {CLAIM_SEEDS}); "
       f"difference {gain:+.4g} against a seed spread of {spread:.4g}")
if no_signal:
    why += "; every seed of both arms gave the same value, so this run cannot tell the arms apart"
if prop["kind"] == "not worse":
    why += f"; the claim is that {prop['name']} is not worse (allowed shortfall {allowed:.4g}: spread + {prop['margin']:g} x baseline)"
if any(a["grid"] for a in ARMS):
    why += "; grid settings chosen per seed: " + "; ".join(f"{n}: {c}" for n, c in arm_chosen.items())
claim_result = {"text": CLAIM, "page": CLAIM_PAGE, "arms": [a["name"] for a in ARMS], "metric": prop["metric"],
                "values": arm_values, "verdict": claim_verdict, "why": why, "profile": profile}
with open(os.path.join(output_dir, "claim.json"), "w") as fh:
    json.dump(claim_result, fh, indent=2)
rows = ["| arm | role | " + prop["metric"] + " per seed | mean |", "|---|---|---|---|"]
rows += [f"| {a['name']} | {a['role']} | {', '.join(f'{v:.4g}' for v in arm_values[a['name']])} | "
         f"{statistics.mean(arm_values[a['name']]):.4g} |" for a in ARMS]
display(Markdown(f"**Claim** (p. {CLAIM_PAGE}): {CLAIM}\n\n" + "\n".join(rows)
                 + f"\n\n**Claim verdict: {claim_verdict}** — {why}."
                 + (" A smoke run: scaled-down model, stand-in data, short budget." if profile == "smoke" else "")),
        metadata={"mlintern_claim": claim_result})
'''


_CLAIM_SKIPPED = r'''
from IPython.display import Markdown, display
claim_result = {"text": CLAIM, "page": CLAIM_PAGE, "arms": [a["name"] for a in ARMS], "verdict": "no comparison",
                "why": "the comparison was skipped (parameter compare_arms=False)", "profile": profile}
display(Markdown(f"**Claim** (p. {CLAIM_PAGE}): {CLAIM}\n\nComparison skipped: `compare_arms=False`."),
        metadata={"mlintern_claim": claim_result})
'''


def record_claim(nb) -> dict | None:
    """After the notebook ran: copy the claim cell's verdict into ``nb.metadata.mlintern.claim``."""
    meta = nb.metadata.get("mlintern") or {}
    claim = dict(meta.get("claim") or {})
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            res = (out.get("metadata") or {}).get("mlintern_claim")
            if res:
                claim.update({k: res[k] for k in ("arms", "metric", "verdict", "why", "values") if k in res})
    if claim:
        meta["claim"] = claim
        nb.metadata["mlintern"] = meta
    return claim or None
