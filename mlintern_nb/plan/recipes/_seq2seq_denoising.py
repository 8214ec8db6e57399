"""seq2seq, a denoising pre-training study: the paper pre-trains an encoder-decoder to reconstruct text
from a noised copy and compares noising schemes (token masking, token deletion, text infilling, sentence
permutation, document rotation). The notebook pre-trains the same model on the stand-in corpus with one
scheme (``NOISING``), then fine-tunes it on the recipe's task; the claim's arms are BERT-style token
masking (baseline) and the scheme the paper finds best (proposed), same model, data, budget and seeds."""
from __future__ import annotations

import re

from ..claims import COMPARE_WORDS, paper_sentences

# a sentence that compares noising schemes (the recipe's ``baselines``: what the arms can run)
NOISING = r"\bnoising (?:schemes?|functions?|approach(?:es)?|transformations?|objectives?)\b|\btoken masking\b"
BASELINE = "token masking"
# the schemes the notebook implements (a sentence permutation applies first, whatever the order named)
SCHEMES = (("token masking", r"\btoken masking\b"),
           ("token deletion", r"\btoken deletion\b|\bdelet\w* (?:random )?tokens\b"),
           ("text infilling", r"\b(?:text |span )?in-?filling\b"),
           ("sentence permutation", r"\bsentence (?:permutation|shuffling)\b|\bshuffl\w*(?: \w+){0,5} sentences\b"
            r"|\bpermut\w* (?:all |the )?sentences\b"),
           ("document rotation", r"\bdocument rotation\b|\brotat\w* (?:the )?documents?\b"))
_BEST = re.compile(r"\b(?:best|outperform\w*|better than|surpass\w*|we use)\b", re.I)
MASK_RATIO = 0.3  # fraction of a document's tokens every masking / deleting / infilling scheme corrupts
SMOKE_STEPS = {"max_steps": 150, "denoise_steps": 50}  # pre-training + fine-tuning, x5 runs with the claim's arms
FULL_DENOISE_STEPS = 20000


def _schemes_in(sentence: str) -> list[str]:
    return [name for name, pat in SCHEMES if name != BASELINE and re.search(pat, sentence, re.I)]


def _pdf_sentences(path: str) -> tuple[str, ...]:
    return tuple(s for _, s in paper_sentences(path))


def best_scheme(said: str, path: str | None) -> str:
    """The noising the paper finds best: the schemes a sentence of the claim (then of the paper) names
    with *best / outperforms / we use*, joined by " + "; text infilling when none says."""
    sentences = re.split(r"(?<=[.!?])\s+", said) + list(_pdf_sentences(path) if path else ())
    for sent in sentences:
        found = _schemes_in(sent) if _BEST.search(sent) else []
        if found:
            return " + ".join(found)
    return "text infilling"


def spec_is_study(spec) -> bool:
    """Before the plan exists (smoke budget): the spec's claim, or a sentence of the paper that compares
    (as :func:`mlintern_nb.plan.claims.baseline_sentence` finds it), is about noising schemes."""
    c = getattr(spec, "claim", None)
    c = c if isinstance(c, dict) else {"value": getattr(c, "value", ""), "quote": getattr(c, "quote", "")}
    if re.search(NOISING, f"{c.get('value') or ''} {c.get('quote') or ''}", re.I):
        return True
    return any(20 <= len(s) <= 600 and re.search(NOISING, s, re.I) and COMPARE_WORDS.search(s)
               for s in (_pdf_sentences(spec.source.path) if spec.source.path else ()))


def arms(plan, said: str) -> list[dict]:
    if not re.search(NOISING, said, re.I) or plan.arch_full.get("paper_architecture") == "lstm_seq2seq":
        return []
    best = best_scheme(said, plan.spec.source.path)
    common = {"metric": "bleu" if "WMT" in plan.dataset else "rouge_l", "higher_is_better": True}
    return [dict(common, name=BASELINE, role="baseline", overrides={"NOISING": BASELINE}),
            dict(common, name=best, role="proposed", overrides={"NOISING": best})]


def config_lines(plan) -> list[str]:
    best = next(a["overrides"]["NOISING"] for a in plan.arms if a["role"] == "proposed")
    return [f"NOISING = {best!r}  # the paper's best noising scheme; the claim cell also runs {BASELINE!r}",
            f"MASK_RATIO = {MASK_RATIO}  # fraction of each document's tokens masked / deleted / infilled",
            f"DENOISE_STEPS = {FULL_DENOISE_STEPS} if profile == \"full\" else {SMOKE_STEPS['denoise_steps']}"
            "  # pre-training steps before fine-tuning"]


DATA_MASK = r'''
MASK = len(itos); itos.append("<mask>"); stoi["<mask>"] = MASK; VOCAB_SIZE = len(itos)  # the noising's [MASK]
'''

PRETRAIN = r'''
# Pre-training (the paper's objective): reconstruct each document of the training sources from its noised copy
import numpy as np

def noise(sents, scheme, rng):
    """One document (a list of sentences of ids) corrupted by `scheme` ("a + b": applied in turn)."""
    parts = [p.strip() for p in scheme.split("+")]
    if "sentence permutation" in parts:
        sents = [sents[i] for i in rng.permutation(len(sents))]
    toks = [t for s in sents for t in s]
    if "document rotation" in parts and toks:
        k = int(rng.integers(len(toks))); toks = toks[k:] + toks[:k]
    n = int(round(MASK_RATIO * len(toks)))
    if "token masking" in parts and n:
        hit = set(rng.choice(len(toks), n, replace=False).tolist()); toks = [MASK if i in hit else t for i, t in enumerate(toks)]
    if "token deletion" in parts and n:
        hit = set(rng.choice(len(toks), n, replace=False).tolist()); toks = [t for i, t in enumerate(toks) if i not in hit]
    if "text infilling" in parts and toks:  # spans of Poisson(3) length, each replaced by ONE mask; length 0 inserts one
        lengths = []
        while sum(lengths) < n:
            lengths.append(int(rng.poisson(3)))
        lengths = lengths[: len(toks)] or [0]
        starts = sorted(rng.choice(len(toks), len(lengths), replace=False).tolist())
        masked, inserts = [False] * len(toks), set()
        for s, l in zip(starts, lengths):
            if l == 0:
                inserts.add(s)
            for j in range(s, min(s + l, len(toks))):
                masked[j] = True
        out = []
        for i, t in enumerate(toks):
            if i in inserts:
                out.append(MASK)
            if not masked[i]:
                out.append(t)
            elif i == 0 or not masked[i - 1]:
                out.append(MASK)
        toks = out
    return toks

_limit = 2 * max_seq_length - 4
_docs, _doc = [], []
for _s, _ in train_pairs:
    _ids = [stoi.get(w, UNK) for w in _s.split()][:_limit]
    if _doc and sum(map(len, _doc)) + len(_ids) > _limit:
        _docs.append(_doc); _doc = []
    _doc.append(_ids)
_docs = [d for d in _docs + [_doc] if len(d) > 1]
_rng = np.random.default_rng(seed)
_opt = torch.optim.AdamW(model.parameters(), lr=learning_rate)
model.to(DEVICE).train()
for _step in range(DENOISE_STEPS):
    _batch = [_docs[i] for i in _rng.choice(len(_docs), min(batch_size, len(_docs)), replace=False)]
    _src = pad([noise(d, NOISING, _rng)[:_limit] + [EOS] for d in _batch], PAD).to(DEVICE)
    _tgt = pad([[t for s in d for t in s] + [EOS] for d in _batch], -100).to(DEVICE)
    _loss = model(input_ids=_src, attention_mask=(_src != PAD).long(), labels=_tgt).loss
    _loss.backward(); _opt.step(); _opt.zero_grad()
if DENOISE_STEPS:
    MODEL_NOTE += (f"; pre-trained {DENOISE_STEPS} steps to reconstruct {len(_docs)} documents of the training sources "
                   f"from their {NOISING} noise (loss {_loss.item():.2f}), then fine-tuned")
    print(f"denoising pre-training ({NOISING}, {MASK_RATIO:.0%} of tokens): {DENOISE_STEPS} steps, loss {_loss.item():.3f}; "
          f"e.g. {' '.join(itos[t] for t in noise(_docs[0], NOISING, np.random.default_rng(0)))!r}")
'''


def data_cell(body: str) -> str:
    return body.rstrip("\n") + "\n" + DATA_MASK


def model_cell(body: str) -> str:
    """The model cell with the pre-training run after the model is built (before the summary line)."""
    head, sep, tail = body.rstrip("\n").rpartition("\nprint(MODEL_NOTE")
    if not sep:
        return body.rstrip("\n") + "\n" + PRETRAIN
    return head + "\n" + PRETRAIN + sep.lstrip("\n") + tail + "\n"
