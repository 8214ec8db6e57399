"""Task family from the title and abstract (vocabulary: ``spec.TASK_FAMILIES``, 14 families).

Each family has a keyword pattern and a weight; a family scores ``(3 x title hits + abstract
hits, capped at 4) x weight``. The words after the title's "for" / "via" / "with" name what
the method is *for* ("... Pre-training for Language Understanding", "... Networks for
Biomedical Image Segmentation"), so a hit there counts once more. Task words (detection,
segmentation, reinforcement learning, graphs, representation learning) weigh more than modality words (image,
language model), which would otherwise claim every vision or text paper. When title and
abstract name nothing (a garbled first page), the first pages of the body are scored at a
third of the weight. A proposed normalisation reported on a task's benchmark (ImageNet, COCO ...)
is planned in that task's family, not as a method study. Evidence: the keyword and the sentence
it was found in.
"""
from __future__ import annotations

import re

_I = re.I

FAMILY_RULES = [  # family, pattern, weight
    ("lora-finetune", r"\blow-?rank adaptation\b|\bLoRA\b|\bparameter-efficient\b|\badapters?\b", 3),
    ("object-detection", r"\bobject detection\b|\bdetect(?:ion|ors?)\b|\bbounding[\s-]box(?:es)?\b|"
                         r"\bregion proposals?\b", 2),
    ("semantic-segmentation", r"\b(?:semantic |image |instance )?segmentation\b|\bpixel-?wise (?:labell?ing|"
                              r"classification)\b|\bdense prediction\b|\bscene parsing\b|\bsemantic labell?ing\b", 2),
    ("image-generation", r"\bgenerative (?:adversarial|models?)\b|\bimage (?:generation|synthesis)\b|"
                         r"\bvariational auto-?encod\w*|\bauto-?encoding variational\b|\bdiffusion models?\b|"
                         r"\bgenerator\b|\bdiscriminator\b", 2),
    ("reinforcement-learning", r"\breinforcement learning\b|\bpolicy gradients?\b|\bpolicies\b|\bpolicy\b|"
                               r"\brewards?\b|\bagents?\b|\bAtari\b|\bcontinuous control\b", 2),
    ("graph-learning", r"\bgraphs?\b|\bgraph-structured\b|\bnodes?\b|\bcitation networks?\b", 2),
    ("speech-recognition", r"\bspeech\b|\bacoustic\b|\bASR\b|\bphonem\w+\b|\bspoken\b", 2),
    ("seq2seq", r"\btranslation\b|\bsequence[\s-]to[\s-]sequence\b|\bencoder-decoder\b|\bsummari[sz]ation\b|"
                r"\btext-to-text\b", 1),
    ("causal-lm", r"\blanguage models?\b|\bgenerative pre-?train|\bautoregressive\b|\bnext[\s-]token\b|"
                  r"\bfoundation\b", 1),
    ("text-classification", r"\blanguage understanding\b|\bGLUE\b|\bsentiment\b|\btext classification\b|"
                            r"\bnatural language inference\b|\bBERT\b|\bquestion answering\b|"
                            r"\breading comprehension\b", 1),
    ("token-classification", r"\bnamed entity\b|\bNER\b|\bpart-of-speech\b|\bsequence labell?ing\b", 1),
    ("image-classification", r"\bimage(?:s|net)?\b|\bvisual\b|\bconvolutional\b|\bvision\b|\bCIFAR\b|"
                             r"\bimage recognition\b|\bimage classification\b", 1),
    ("representation-learning", r"\brepresentation learning\b|\bcontrastive learning\b|\bself-supervised "
                                r"(?:visual )?representation|\bword (?:representations|vectors|embeddings)\b|"
                                r"\b(?:vector|distributed) representations\b|\bembeddings? of words\b", 2),
    ("other", r"\bstochastic optimi[sz]ation\b|\boptimi[sz]ers?\b|\bgradient-based optimi[sz]ation\b|"
              r"\bnormali[sz]ation\b", 3),
]
FAMILY_RE = [(f, re.compile(p, _I), w) for f, p, w in FAMILY_RULES]
# A normalisation is a layer inside the task's network: a paper that proposes one and reports it on a task's
# benchmark is planned in that task's family (its recipe runs the network with each normalisation), the first
# benchmark the abstract names deciding. An optimizer stays a method study ("other"): it trains any network.
_NORMALISATION = re.compile(r"\bnormali[sz]ation\b", _I)
BENCHMARKS = [  # family, benchmark names a result is reported on
    ("image-classification", r"\bImageNet\b|\bCIFAR(?:-?10{1,2})?\b"),
    ("object-detection", r"\bCOCO\b|\bPASCAL VOC\b"),
    ("text-classification", r"\bGLUE\b|\bSST-?2\b"),
    ("seq2seq", r"\bWMT\b"),
]
BENCHMARK_RE = [(f, re.compile(p)) for f, p in BENCHMARKS]
_PURPOSE = re.compile(r"\b(?:for|via|towards?)\s+(.+)$", _I)


def _scores(title: str, abstract: str, scale: float = 1.0) -> tuple[dict[str, float], dict[str, str]]:
    scores: dict[str, float] = {}
    why: dict[str, str] = {}
    purpose = _PURPOSE.search(title or "")
    for fam, pat, w in FAMILY_RE:
        t = len(pat.findall(title or ""))
        p = len(pat.findall(purpose.group(1))) if purpose else 0
        a = len(pat.findall(abstract or ""))
        sc = (3 * t + 3 * min(p, 1) + min(a, 4)) * w * scale
        if sc:
            scores[fam] = sc
            m = pat.search(title or "") or pat.search(abstract or "")
            why[fam] = m.group(0) if m else ""
    return scores, why


def task_family(title: str, abstract: str, body: str = "") -> tuple[str, str]:
    """(family, keyword) -- "other" with no keyword when nothing points anywhere."""
    scores, why = _scores(title, abstract)
    if not scores and body:
        scores, why = _scores("", body, 1 / 3)
    if not scores:
        return "other", ""
    best = max(scores, key=lambda f: scores[f])
    if best == "other" and _NORMALISATION.search(why.get(best, "")):
        named = [(m.start(), fam, m.group(0)) for fam, pat in BENCHMARK_RE if (m := pat.search(abstract or ""))]
        if named:
            _, fam, word = min(named)
            return fam, word
    return best, why.get(best, "")
