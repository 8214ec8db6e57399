"""Training hyper-parameters read from sentences and table rows.

One pass over the sentences: each sentence is tested against compiled keyword patterns
(``learning rate``, ``batch size``, ``N epochs`` ...; in :mod:`.field_words`); a number is taken for a field only
when it sits next to the field's keyword with nothing but linking words between them
("a learning rate of 0.1", "batch size 512", "for 90 epochs"). A run of numbers joined by
commas / and / or / braces is a value grid. Numbers that belong to a schedule ("divided
by 10 at 32k and 48k iterations"), that are derived ("which is approximately 40 epochs")
or that a sentence about prior work states ("GPT used ...", "they trained ...") are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import guards as G
from .numbers import Number, find_numbers, grid_after, grid_before, keep_to_dropout
from .field_words import (
    KEY_AFTER, KEY_BEFORE, OPTIMIZERS, _ANY_FIELD, _BARE_DECAY, _BATCH_TOKENS, _CAPABILITY, _COMPARE, _DECAY_WORD,
    _FIGURE_CAPTION, _FIRST_PERSON, _GAP, _HYPOTHETICAL, _I, _INFERENCE, _KEEP_PROB, _LORA_CTX, _LR_WORD, _NOT_USED,
    _NOT_USED_FIELD, _NUM_RUN, _OK_UNITS, _OTHERS, _PHASE, _RANK, _RANK_CTX, _SCHEDULE, _UNIT_AFTER, _USE_OPT,
    _WARM, _WITH_PROB,
)
from .roles import skip_section


@dataclass
class Finding:
    field: str
    value: object
    numbers: list[float]
    page: int
    quote: str
    section: str = ""
    note: str | None = None
    setup_hint: str = ""
    extra: dict = field(default_factory=dict)


def is_prior_work(text: str) -> bool:
    """A sentence reporting someone else's set-up, or a capability rather than a setting: no
    first person and a third-party marker, or "it can be used with batch size 1"."""
    return not _FIRST_PERSON.search(text) and bool(_OTHERS.search(text) or _CAPABILITY.search(text))


def _value_of(run: list[Number]):
    vals = [n.value for n in run]
    out = [int(v) if float(v).is_integer() and abs(v) >= 1 else v for v in vals]
    return out[0] if len(out) == 1 else out


def _after(text: str, kw: re.Match, nums: list[Number], fld: str) -> list[Number] | None:
    for i, n in enumerate(nums):
        if n.start < kw.end():
            continue
        gap = text[kw.end():n.start]
        if len(gap) > 48 or not _GAP.match(gap):
            return None
        if _any_other_key(gap, fld):
            return None
        if ")" in gap and _inside_parens(text, kw.start()):
            return None  # "0.5 (dropout rate), 5e-4 (L2 ...)": the keyword labels the number before it
        if any(KEY_BEFORE[f].match(text, n.end) for f in ("weight_decay", "momentum", "dropout") if f != fld):
            return None  # "0.9 momentum, 0.0005 weight decay": the number is labelled by the word after it
        run = grid_after(text, nums, i)
        for k in range(1, len(run)):  # "5e-5 and 5 warm-up epochs": the grid ends where a unit starts
            if any(p.match(text, run[k].end) for f, p in KEY_BEFORE.items() if f != fld):
                run = run[:k]
                break
        nxt = nums.index(run[-1]) + 1
        if (re.search(r"\bfrom\s*$", gap, _I) and nxt < len(nums)
                and re.fullmatch(r"\s+to\s+", text[run[-1].end:nums[nxt].start])):
            run = run + [nums[nxt]]  # "from 10^-3 to 10^-2": both ends are stated values
        # inside braces take the whole set
        unit = _UNIT_AFTER.match(text[run[-1].end:])
        if unit and unit.group("u").lower() not in _OK_UNITS.get(fld, set()):
            if not (fld in ("warmup",) and unit.group("u").lower() in _OK_UNITS["warmup"]):
                return None
        return run
    return None


_RESPECTIVELY = re.compile(r",?\s+respectively\b", _I)


def _respectively(text: str, nums: list[Number]):
    """(field, [number]) pairs of "A, B and C are set to x, y and z respectively": the k-th keyword
    before the run gets the k-th number, when the counts agree."""
    for m in _RESPECTIVELY.finditer(text):
        last = [i for i, n in enumerate(nums) if n.end <= m.start() and not text[n.end:m.start()].strip(" ,")]
        if not last:
            continue
        run = grid_before(text, nums, last[0])
        head = text[max(0, run[0].start - 120):run[0].start]
        head = re.split(r"[;:]|\.\s", head)[-1]
        keys = sorted((k.start(), f) for f, pat in KEY_AFTER.items() for k in pat.finditer(head))
        keys = [f for i, (pos, f) in enumerate(keys) if i == 0 or pos != keys[i - 1][0]]
        if len(keys) != len(run) or len(run) < 2:
            continue
        for f, n in zip(keys, run):
            yield f, [n]


def _is_phase(head: str) -> bool:
    """ "... with 10^-2 for 75 epochs, then 10^-3 for 30": a rate (< 1) right before "for"."""
    m = _PHASE.search(head)
    if not m:
        return False
    nums = find_numbers(head[:m.start()])
    return bool(nums) and nums[-1].end >= m.start() - 1 and nums[-1].value < 1


def _inside_parens(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside an open parenthesis of its clause."""
    head = text[max(0, pos - 40):pos]
    return head.rfind("(") > head.rfind(")")


# "0.5 (dropout rate)", "5 · 10−4 (L2 regularization, first layer)": a value labelled after it
_LABEL_AFTER = re.compile(r"\s*\(\s*([^()]{3,60})\)")


def _labelled_after(text: str, nums: list[Number]):
    """(field, number) for each number followed by a parenthesis that starts with a field keyword."""
    for n in nums:
        m = _LABEL_AFTER.match(text, n.end)
        if not m:
            continue
        for fld, pat in KEY_AFTER.items():
            k = pat.match(m.group(1))
            if k and fld not in ("lora_rank", "lora_alpha", "epochs", "steps"):
                yield fld, n
                break


def _any_other_key(gap: str, fld: str) -> bool:
    for f, pat in KEY_AFTER.items():
        if f != fld and pat.search(gap):
            return True
    return False


def _before(text: str, unit: int, nums: list[Number], fld: str) -> list[Number] | None:
    """The number run ending right before position ``unit``."""
    prev = [i for i, n in enumerate(nums) if n.end <= unit]
    if not prev:
        return None
    i = prev[-1]
    if text[nums[i].end:unit].strip(" -") != "":
        return None
    run = grid_before(text, nums, i)
    for k in range(len(run) - 1, 0, -1):  # "a learning rate of 5e-5 and 5 warm-up epochs"
        head_k = text[max(0, run[k - 1].start - 40):run[k - 1].start]
        if any(_GAP.match(head_k[m.end():]) for f, p in KEY_AFTER.items() if f != fld for m in p.finditer(head_k)):
            run = run[k:]
            break
    head = text[max(0, run[0].start - 60):run[0].start]
    if G.BEFORE_BAD.search(head) or G.DERIVED.search(head):
        return None
    if fld in ("steps", "epochs") and G.SCHEDULE_VERB.search(head):
        return None
    if fld in ("steps", "epochs") and _is_phase(head):
        return None  # "continue with 10^-2 for 75 epochs, then 10^-3 for 30": a schedule phase
    if fld == "steps" and G.REPEATS.search(head):
        return None  # "mean score over 10 iterations": repeated evaluations
    if fld == "epochs" and (re.search(r"warm[\s-]?up[^,;.]*$", head, _I)
                            or re.match(r"\s*epochs?\s+of\s+(?:linear\s+)?warm[\s-]?up", text[nums[i].end:], _I)):
        return None  # "20 epochs of linear warm-up" is the warm-up
    if fld == "steps" and re.search(r"\b(?:warm-?up)\b", text[run[-1].end:unit + 20], _I):
        return None
    if fld == "steps" and (G.LAG_BEFORE.search(head) or G.LAG_AFTER.match(text, unit)):
        return None  # "time lags of 1000 steps", "100 steps ago": steps of a sequence, not of training
    return run


# where a step schedule's later rates follow the first: "..., then 10^-4 for 10k", "reducing it to 0.001 at 18k"
_LATER_RATE = re.compile(r"\bthen\b|\b(?:reduc|decreas|lower|drop|decay|anneal)\w*\s+(?:it\s+|the\s+learning\s+rate\s+)?to\b",
                         _I)


def sentence_findings(text: str, page: int, section: str = "") -> list[Finding]:
    """Every training field one sentence states."""
    out: list[Finding] = []
    if not _ANY_FIELD.search(text) or skip_section(section):
        return out
    if is_prior_work(text):
        return out
    orig = text
    fig = _FIGURE_CAPTION.search(text)  # a figure caption glued on: what it plots is no set-up
    if fig:
        end = re.compile(r"[.!?]\s").search(text, fig.end())
        text = (text[:fig.start()] + " " * ((end.end() if end else len(text)) - fig.start())
                + (text[end.end():] if end else ""))
    run = _NUM_RUN.search(text)  # figure axes / table cells glued to the sentence: cut them off
    if run:
        text = text[:run.start()].rstrip()
        if len(text) < 12:
            return out
    quote = orig[:len(text)]  # the words as printed; only matching sees the caption blanked
    nums = find_numbers(text)
    inference = bool(_INFERENCE.search(text))
    taken: set[int] = set()

    def add(fld, run, note=None):
        if any(n.start in taken for n in run):
            return
        if any(n.raw.startswith(".") for n in run):
            return  # ".5": a reader (and the grounding check) parses the 5, not the value
        if fld in ("learning_rate", "weight_decay", "batch_size", "epochs", "steps") and any(n.percent for n in run):
            return
        if fld == "batch_size" and inference:
            return
        if fld == "batch_size" and re.match(r"\s*[×x*]\s*\d", text[run[-1].end:]):
            return  # "32 × 8": a product the quote does not state
        if re.match(r"\s*/\s*[^\d\s]", text[run[-1].end:]):
            return  # "1/√max(n, k)": the number is part of a formula
        if fld in ("epochs", "steps") and G.PATIENCE.search(text[:run[0].start]):
            return  # "a patience of 100 epochs": an early-stopping window, not the run's length
        if G.TOO.match(text, run[-1].end):  # "the suggested rate of 0.001, to be too high, using 0.0002 instead"
            inst = G.INSTEAD.search(text, run[-1].end)
            run = [n for n in nums if inst and n.start == inst.start("n")]
            if not run:
                return
        total = G.PER_DEVICE_TOTAL.match(text, run[-1].end) if fld == "batch_size" and len(run) == 1 else None
        if total:  # "1 image per GPU (so 8 on 8 GPUs)": the batch is the total the sentence states
            run = [n for n in nums if n.start == total.start("n")] or run
        if fld == "steps" and _WARM.search(text[:run[0].start]):
            fld = "warmup"
        if fld == "dropout" and any(n.value > 1 for n in run):
            return
        if fld in ("learning_rate", "weight_decay") and any(n.value >= 10 for n in run):
            return
        if fld == "learning_rate" and any(n.value <= 0 for n in run):
            return  # a learning rate of 0 is no setting ("0 : 1" is a garbled 0.1)
        if fld == "steps" and any(n.value < 10 for n in run):
            return  # "three processing steps: (1) ...": no training runs for under ten steps
        if fld in ("batch_size", "epochs", "steps") and any(n.value < 1 or not float(n.value).is_integer() and fld != "epochs" for n in run):
            return
        for n in run:
            taken.add(n.start)
        if note is None and any(n.percent for n in run):
            note = "stated as " + ", ".join(n.raw.strip() for n in run) + (
                " of training" if fld == "warmup" else "")
        out.append(Finding(fld, _value_of(run), [n.value for n in run], page, quote, section, note))

    lora = bool(_LORA_CTX.search(text))
    if nums:
        for fld, run in _respectively(text, nums):
            if fld not in ("lora_rank", "lora_alpha") or lora:
                add(fld, run)
        for fld, n in _labelled_after(text, nums):
            add(fld, [n])
        # value after keyword
        for fld, pat in KEY_AFTER.items():
            if fld in ("lora_rank", "lora_alpha") and not lora:
                continue
            for kw in pat.finditer(text):
                run = _after(text, kw, nums, fld)
                if run:
                    if fld == "learning_rate" and G.SCHEDULE_VERB.search(text[kw.end():run[0].start]):
                        continue
                    if fld == "dropout" and _KEEP_PROB.search(text[kw.start():run[-1].end]):
                        continue
                    if fld == "dropout" and "\t" in text[kw.end():run[0].start] and re.search(
                            r"\b(?:with|without|w/o?|no)\s+$", text[:kw.start()], _I):
                        continue  # "SWWAE with dropout<tab>23.56%": a row label and its result cell
                    add(fld, run)
        # value before unit
        for fld, pat in KEY_BEFORE.items():
            for i, n in enumerate(nums):
                m = pat.match(text, n.end)
                if m:
                    run = _before(text, n.end, nums, fld)
                    if run:
                        if fld == "dropout" and not all(x.percent or x.value <= 1 for x in run):
                            continue
                        add(fld, run)
        # "10^-3 learning rate for 40k iterations, then 10^-4 for 10k": the later rates of a step schedule
        lr = next((f for f in out if f.field == "learning_rate" and len(f.numbers) == 1), None)
        at = next((n.end for n in nums if lr and n.value == lr.numbers[0]), None)
        then = _LATER_RATE.search(text, at) if at is not None else None
        if then:
            later = [n for n in nums if n.start >= then.end() and 0 < n.value < lr.numbers[0] and not n.percent
                     and not _UNIT_AFTER.match(text[n.end:]) and not any(p.match(text, n.end) for p in KEY_BEFORE.values())]
            if later and not any(n.start in taken for n in later):
                add("learning_rate", later, note="later phases of the schedule")
        # "each training batch contained ... 25000 source tokens and 25000 target tokens"
        bm = _BATCH_TOKENS.search(text)
        if bm and not any(f.field == "batch_size" for f in out):
            n = next((x for x in nums if x.start == bm.start("n")), None)
            if n is not None:
                add("batch_size", [n])
        # "a momentum of 0.9 and a decay of 0.0005": a bare decay that small is weight decay
        bd = _BARE_DECAY.search(text)
        if bd and not _LR_WORD.search(text) and not any(f.field == "weight_decay" for f in out):
            n = next((x for x in nums if x.start >= bd.end() and x.start - bd.end() < 4), None)
            if n is not None and 0 < n.value < 0.01:
                add("weight_decay", [n])
        # keep probability -> dropout
        for kp in _KEEP_PROB.finditer(text):
            after = [n for n in nums if n.start >= kp.end() and n.start - kp.end() < 25 and n.value <= 1]
            if after:
                d = keep_to_dropout(after[0].value)
                out.append(Finding("dropout", d, [d], page, quote, section,
                                   note=f"stated as keep probability {after[0].raw}"))
        # dropout "with probability p"
        if re.search(r"\bdropout\b", text, _I):
            for m in _WITH_PROB.finditer(text):
                v = float(m.group(1))
                if 0 < v < 1 and not any(f.field == "dropout" for f in out):
                    out.append(Finding("dropout", v, [v], page, quote, section))
        # LoRA rank r = 8 (a sentence listing several ranks is a sweep, not the setting)
        if _RANK_CTX.search(text):
            ranks = list(_RANK.finditer(text))
            if (len({m.group("n") for m in ranks}) == 1 and not re.search(r"\bor\s+r", text)
                    and not any(f.field == "lora_rank" for f in out)):
                m = ranks[0]
                out.append(Finding("lora_rank", m.group(0).strip(), [float(m.group("n"))], page, quote, section))
    # explicitly not used: "we do not use dropout", "with no weight decay", ", no weight decay,"
    for m in _NOT_USED.finditer(text):
        word = next(g for g in m.groups() if g).lower()
        fld = _NOT_USED_FIELD[re.sub(r"[\s-]+", " ", word).replace("warm up", "warmup")]
        if not any(f.field == fld for f in out):
            out.append(Finding(fld, "none", [], page, quote, section, note=f"stated as not used ({m.group(0).strip(' ,')})"))
    # optimizer: named after a training verb ("we train using AdamW", "optimized with SGD"),
    # or as "the X optimizer"; never in a sentence comparing optimizers
    for name, pat in OPTIMIZERS:
        m = pat.search(text)
        if m and (_COMPARE.search(text[max(0, m.start() - 50):m.end() + 50])
                  or _HYPOTHETICAL.search(text[max(0, m.start() - 80):m.start()])):
            continue  # "when optimizing with Adam, ...", "for a large model trained with Adam"
        reach = 130 if re.search(r"\b(?:called|named|known\s+as)\s+$", text[:m.start()] if m else "") else 70
        if m and (_USE_OPT.search(text[max(0, m.start() - reach):m.start()])  # "... a procedure called Adagrad"
                  or re.match(r"\W{0,3}(?:\([^)]*\)\s*)?optimi[sz]er", text[m.end():], _I)
                  or re.match(r"\s+(?:optimi[sz]er\s+)?(?:was|is|were)\s+(?:used|employed|adopted|applied)\b",
                              text[m.end():], _I)):
            tail = text[m.start():m.start() + 80]
            mom = re.search(r"momentum(?:\s+of)?\s+(\d\.\d+)", tail, _I)
            val = name + (f" (momentum {mom.group(1)})" if mom else "")
            if name == "SGD" and re.search(r"nesterov", tail, _I):
                val = "SGD with Nesterov momentum" + (f" {mom.group(1)}" if mom else "")
            out.append(Finding("optimizer", val, [], page, quote, section))
            break
    # learning-rate schedule
    if (sm := _SCHEDULE.search(text)) and (_LR_WORD.search(text) or re.match(r"cosine|linear|polynomial|step|expon",
                                                                        sm.group(0), _I) and _DECAY_WORD.search(text)):
        out.append(Finding("lr_schedule", sm.group(0), [], page, quote, section))
    return out
