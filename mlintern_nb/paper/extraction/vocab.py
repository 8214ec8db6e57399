"""Vocabulary-keyed extraction: datasets, metrics, architecture, loss (task family: ``family``).

Each is a compiled pattern over the document's sentences; a name counts when the paper
uses it outside its reference list (datasets and metrics: at least twice, or once in a
sentence that says the paper trains / evaluates on it).
"""
from __future__ import annotations

import re

_I = re.I

DATASETS = [  # (canonical name, pattern)
    ("ImageNet-21k", r"\bImageNet[\s-]?21k\b"),
    ("ImageNet", r"\bImageNet\b(?![\s-]?21k)"), ("ILSVRC*", r"\bILSVRC[\s-]?20\d\d\b"),
    ("CIFAR-100", r"\bCIFAR[\s-]?100\b"), ("CIFAR-10", r"\bCIFAR[\s-]?10\b(?!0)"),
    ("MNIST", r"\bMNIST\b"), ("Fashion-MNIST", r"\bFashion[\s-]?MNIST\b"), ("SVHN", r"\bSVHN\b"),
    ("JFT-300M", r"\bJFT[\s-]?300M\b"), ("VTAB", r"\bVTAB\b"), ("MS COCO", r"\b(?:MS[\s-]?)?COCO\b"),
    ("PASCAL VOC", r"\bPASCAL\s+VOC\b"), ("Places365", r"\bPlaces\s?365\b"),
    ("Oxford-IIIT Pets", r"\bOxford[\s-]IIIT\s+Pets?\b"), ("Oxford Flowers-102", r"\bFlowers[\s-]?102\b"),
    ("GLUE", r"\bGLUE\b"), ("SuperGLUE", r"\bSuperGLUE\b"), ("SQuAD", r"\bSQuAD\b"), ("SWAG", r"\bSWAG\b"),
    ("MNLI", r"\bMNLI\b|\bMultiNLI\b"), ("SST-2", r"\bSST[\s-]?2\b"), ("CoLA", r"\bCoLA\b"),
    ("QQP", r"\bQQP\b"), ("QNLI", r"\bQNLI\b"), ("RTE", r"\bRTE\b"), ("MRPC", r"\bMRPC\b"), ("STS-B", r"\bSTS[\s-]?B\b"),
    ("CoNLL-2003", r"\bCoNLL[\s-]?2003\b"), ("IMDb", r"\bIMDb\b"), ("Yelp", r"\bYelp\b"), ("AG News", r"\bAG\s?News\b"),
    ("BooksCorpus", r"\bBooks?\s?Corpus\b"), ("Wikipedia", r"\bWikipedia\b"), ("WebText", r"\bWebText\b"),
    ("Common Crawl", r"\bCommon\s?Crawl\b"), ("C4", r"\bC4\b"), ("The Pile", r"\bthe Pile\b"),
    ("GitHub", r"(?i:\bgithub\b)(?!\.)"), ("Gutenberg", r"\bGutenberg\b"), ("Books3", r"\bBooks3\b"), ("ArXiv", r"\bArXiv\b"),
    ("Stack Exchange", r"\bStack\s?Exchange\b"),
    ("WMT*", r"\bWMT(?:[\s'’-]{0,2}\d{2,4})?\b"), ("IWSLT", r"\bIWSLT\b"), ("Penn Treebank", r"\bPenn\s+Tree[\s-]?bank\b|\bPTB\b"),
    ("WikiText-103", r"\bWikiText[\s-]?103\b"), ("WikiText-2", r"\bWikiText[\s-]?2\b"), ("enwik8", r"\benwik8\b"),
    ("text8", r"\btext8\b"), ("One Billion Word", r"\b(?:One|1)\s?Billion\s+Word\b|\b1BW\b"),
    ("LAMBADA", r"\bLAMBADA\b"), ("CBT", r"\bChildren['’]s Book Test\b|\bCBT\b"), ("CoQA", r"\bCoQA\b"),
    ("CNN/Daily Mail", r"\bCNN\s?(?:/|and)\s?Daily\s?Mail\b"), ("Winograd", r"\bWinograd\b"),
    ("Natural Questions", r"\bNatural\s?Questions\b"), ("TriviaQA", r"\bTriviaQA\b"), ("BoolQ", r"\bBoolQ\b"),
    ("PIQA", r"\bPIQA\b"), ("SIQA", r"\bSIQA\b"), ("HellaSwag", r"\bHellaSwag\b"), ("WinoGrande", r"\bWinoGrande\b"),
    ("ARC", r"\bARC[\s-](?:e|c|easy|challenge)\b"), ("WikiSQL", r"\bWikiSQL\b"), ("OpenBookQA", r"\bOpenBookQA\b"), ("RACE", r"\bRACE\b"),
    ("MMLU", r"\bMMLU\b"), ("GSM8K", r"\bGSM8K\b"), ("HumanEval", r"\bHumanEval\b"), ("MBPP", r"\bMBPP\b"),
    ("E2E", r"\bE2E\b"), ("WebNLG", r"\bWebNLG\b"), ("DART", r"\bDART\b"),
    ("SAMSum", r"\bSAMSum\b"), ("XSum", r"\bXSum\b"), ("Penn Treebank WSJ", r"\bWall Street Journal\b|\bWSJ\b"),
]
DATASETS_RE = [(n, re.compile(p)) for n, p in DATASETS]
_DATA_USE = re.compile(r"\b(?:train(?:ed|ing)?\s+on|evaluat\w*\s+on|fine-?tun\w*\s+on|pre-?train\w*\s+on|"
                       r"experiments?\s+on|results?\s+on|we\s+use|benchmark|dataset|corpus|test\s+set|dev\s+set)\b", _I)

METRICS = [
    ("accuracy", r"\baccura(?:cy|cies)\b|\btop-?[15]\b|\berror\s+rates?\b|\bAcc\b"),
    ("F1", r"\bF1\b|\bF-?score\b|\bF-?measure\b"),
    # a named error measure with its value ("a warping error of 0.00035", "the pixel error")
    ("error", r"\b(?:pixel|rand|warping|test|classification|validation|word|character|label|reconstruction)[\s-]errors?\b"
              r"(?!\s+rates?)|\b[A-Za-z]+[\s-]errors?\s+(?:of|is|was|=)\s+0?\.\d"),
    ("BLEU", r"\bBLEU\b"), ("ROUGE", r"\bROUGE(?:-[12L])?\b"), ("perplexity", r"\bperplexit(?:y|ies)\b|\bPPL\b"),
    ("exact match", r"\bexact\s+match\b|\bEM\b"), ("Matthews correlation", r"\bMatthew(?:s|['’]s)\b|\bMCC\b|\bMcc\b"),
    ("negative log-likelihood", r"\bnegative\s+log[\s-]?likelihood\b|\bNLL\b"),
    ("Spearman correlation", r"\bSpearman\b"), ("Pearson correlation", r"\bPearson\b"),
    ("METEOR", r"\bMETEOR\b"), ("CIDEr", r"\bCIDEr\b"), ("NIST", r"\bNIST\b"), ("mAP", r"\bmAP\b|\bmean\s+average\s+precision\b"),
    ("bits per byte", r"\bbits?[\s-]per[\s-](?:byte|character|char)\b|\bBPC\b|\bBPB\b"),
]
METRICS_RE = [(n, re.compile(p)) for n, p in METRICS]
_METRIC_PATTERN = dict(METRICS_RE)

ARCH_PARAMS = {
    "num_layers": re.compile(r"\b(?:L\s*=\s*|number of layers\s*(?:is|=|of)?\s*|)(?P<n>\d+)(?:\s*-?\s*layers?\b)|\bL\s*=\s*(?P<m>\d+)\b", _I),
    "hidden_size": re.compile(r"\b(?:hidden\s+(?:size|dimension|units)|d_?model|dmodel|H)\s*(?:=|of|is)?\s*(?P<n>\d{2,5})\b"),
    "num_heads": re.compile(r"\b(?:A\s*=\s*(?P<n>\d+)\b|(?P<m>\d+)\s+(?:attention\s+)?heads\b|h\s*=\s*(?P<k>\d+)\b)"),
    "num_params": re.compile(r"\b(?P<n>\d+(?:\.\d+)?\s?[MB])\s+(?:parameters|params)\b|\bparameters\s*=\s*(?P<m>\d+(?:\.\d+)?\s?[MB])\b", _I),
}
ARCH_NAMES = re.compile(
    r"\b(?:Transformer(?:\s+(?:encoder|decoder))?|ResNet[\s-]?\d*|DenseNet[\s-]?\d*|LSTM|GRU|convolutional neural network|"
    r"CNN|Vision Transformer|ViT|BERT|GPT-?\d?|RoBERTa|DeBERTa|T5|VGG[\s-]?\d*|multi-?layer perceptron|MLP)\b", _I)
LOSS_NAMES = re.compile(r"\b(?:(?:binary\s+|categorical\s+)?cross[\s-]entropy(?:\s+loss)?|negative\s+log[\s-]?likelihood|"
                        r"mean\s+squared\s+error|hinge\s+loss|contrastive\s+loss|distillation\s+loss|"
                        r"masked\s+(?:LM|language\s+model(?:ing)?)\s+(?:loss|objective|likelihood))\b", _I)
LOSS = re.compile(r"\b(?:cross[\s-]entropy|log[\s-]?likelihood|(?:training\s+)?loss\s+(?:is|function)|objective\s+(?:is|function)|"
                  r"mean\s+squared\s+error|hinge\s+loss|contrastive\s+loss|distillation\s+loss)\b", _I)


_ANY: dict[int, re.Pattern] = {}  # one alternation per vocabulary: most sentences name nothing
_FRONT = {"abstract", "introduction", "related", "conclusion"}
_REPORTED = re.compile(r"\breport|\bmeasured\b|\bmetrics?\b|\bscores?\b|^Table\s+\d|\bFig(?:ure)?\.?\s*\d+\s*:|\bevaluat", _I)


def _surface(m: re.Match) -> str:
    return re.sub(r"\s+", " ", m.group(0)).strip()


def count_mentions(sentences, patterns):
    """name -> [count, best sentence, surface forms, mentioned outside the front matter].
    A name ending in ``*`` is keyed by its surface form (WMT-14 and WMT 2016 differ)."""
    found: dict[str, list] = {}
    anyof = _ANY.get(id(patterns))
    if anyof is None:
        anyof = _ANY[id(patterns)] = re.compile("|".join(f"(?:{p.pattern})" for _, p in patterns))
    for s in sentences:
        if s.kind == "references" or not anyof.search(s.text):
            continue
        for name, pat in patterns:
            for m in pat.finditer(s.text):
                key = name if not name.endswith("*") else re.sub(r"[\s'’-]", "", _surface(m)).upper()
                ent = found.setdefault(key, [0, s, {}, False])
                ent[0] += 1
                ent[2][_surface(m)] = ent[2].get(_surface(m), 0) + 1
                ent[3] = ent[3] or s.kind not in _FRONT
                if _DATA_USE.search(s.text) and not _DATA_USE.search(ent[1].text):
                    ent[1] = s
    return found


# a dataset the vocabulary does not know: "the UCI Optical Recognition of Handwritten Digits dataset",
# "the sentence polarity data of Pang and Lee" -- read only from sentences that say the paper uses it
_GENERIC_DATA = re.compile(
    r"\b(?:[Ww]e\s+(?:use|used|train\w*\s+on|evaluate\w*\s+on|experiment\w*\s+(?:on|with))|"
    r"(?:trained|evaluated|fine-?tuned)\s+on)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w\-/.&]*\s+(?:(?:of|and|for)\s+)?){1,8}?)(?:dataset|corpus|benchmark|data\s+set)\b"
    r"|\b(?:[Ww]e\s+use|[Ww]e\s+train\w*\s+on)\s+the\s+(?P<desc>[a-z][\w\s-]{3,40}?)\s+(?:data|dataset|corpus)\s+of\s+"
    r"(?P<owner>[A-Z][\w-]+(?:\s+(?:and|&)\s+[A-Z][\w-]+)?)")


def generic_datasets(sentences, known: set[str]):
    out = []
    for s in sentences:
        if s.kind in ("references", "related"):
            continue
        for m in _GENERIC_DATA.finditer(s.text):
            if m.group("name"):
                name = m.group("name").strip()
            else:
                name = f"{m.group('owner')} {m.group('desc')}"
            low = name.lower()
            if any(k.lower() in low or low in k.lower() for k in known):
                continue
            known.add(name)
            out.append((name, s, 1))
    return out


def datasets(sentences):
    """(surface name, sentence, count) of each dataset named at least twice, once outside the
    abstract / introduction / related work / conclusion."""
    out = []
    for name, (count, s, forms, body) in count_mentions(sentences, DATASETS_RE).items():
        if count >= 2 and body:
            out.append((max(forms, key=lambda f: (forms[f], -len(f))), s, count))
    return out + generic_datasets(sentences, {o[0] for o in out})


# "accuracy" is also an everyday word ("improves mask accuracy", "a speed/accuracy trade-off"): it is a
# metric of the paper where one mention measures it -- qualified ("top-1 / test / classification
# accuracy"), beside a number it names ("an accuracy of 76.3", "76.3% accuracy", not "by 2%"),
# or in a caption/header ("Table 2: accuracy (%) ...", "Acc")
_MEASURED_ACC = re.compile(
    r"\b(?:test|top-?\d|classification|validation|dev|val|eval\w*|mean|average|overall|\d+-shot|zero-shot|few-shot|"
    r"linear(?:[\s-]probe?)?|per-class|pixel|node|word|tagging|labeling|parsing|sentence|top)\s+accura(?:cy|cies)\b|"
    r"\baccura(?:cy|cies)\s*(?:\(%\)|\[%\]|(?:of|is|was|=|:|reaches|reached)\s+(?:about\s+|only\s+)?\d)|"
    r"(?<!by\s)(?<!by\s\s)\b\d+(?:\.\d+)?\s?%?\s+(?:\w+\s+)?accuracy\b|^(?:Table|Tab\.)\s+\d+[:.][^.]*\baccura|"
    r"\bAcc\b|\btop-?[15]\b|\berror\s+rates?\b", _I)


def metrics(sentences):
    """(name, sentence, count) of each metric named twice, or once where results are reported."""
    out = []
    sentences = list(sentences)
    for name, (count, s, forms, body) in count_mentions(sentences, METRICS_RE).items():
        if name == "accuracy" and not any(x.kind != "references" and _MEASURED_ACC.search(x.text) for x in sentences):
            continue
        if count >= 2 or _REPORTED.search(s.text) or _valued(_METRIC_PATTERN[name], s.text):
            out.append((name, s, count))
    return out


def _valued(pat: re.Pattern, text: str) -> bool:
    """Whether the text gives the metric a value: "a perplexity of 18.4", "test error of 7.31%", "89.3% mean
    average precision", "achieves ... 28.4 BLEU"; or a table legend gives it a column ("CoLA: Matthews
    correlation (mc); ...", "SQuAD: EM/F1")."""
    for m in pat.finditer(text):
        if re.search(r"(?:^|[;.]\s*)[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?:\s*(?:[\w-]+/)?$", text[:m.start()]):
            return True
        if re.match(r"\s*(?:score\s+)?(?:of|is|was|=|:)\s*(?:about\s+|only\s+)?\d", text[m.end():]):
            return True
        if re.search(r"\d%?\s*(?:\w+\s+)?$", text[:m.start()]) and re.search(r"\b(?:achiev|reach|obtain|attain|get|gives?)\w*\b",
                                                                     text[:m.start()], _I):
            return True
    return False


# ------------------------------------------------------------------ reported results
_RESULT = re.compile(
    r"(?:(?P<m1>accuracy|top-?1(?:\s+accuracy)?|top-?5(?:\s+accuracy)?|error(?:\s+rate)?|F1|BLEU|ROUGE(?:-[12L])?|"
    r"perplexity|exact\s+match|EM)\s+(?:score\s+)?(?:of\s+|=\s*|is\s+|to\s+)(?P<v1>\d+(?:\.\d+)?)\s?(?P<p1>%)?"
    r"|(?P<v2>\d+(?:\.\d+)?)\s?(?P<p2>%)?\s+(?:test\s+|top-?1\s+|top-?5\s+)?(?P<m2>accuracy|error|F1|BLEU|perplexity))", _I)
_ACHIEVE = re.compile(r"\b(?:reach\w*|achiev\w*|obtain\w*|attain\w*|get|gets|scor\w*|establish\w*|improv\w*)\b", _I)
_CANON = [("accuracy", r"acc|top-?[15]"), ("error", r"error"), ("f1", r"f1"), ("bleu", r"bleu"), ("rouge", r"rouge"),
          ("perplexity", r"perplex"), ("exact_match", r"exact|em")]


def reported_results(sentences, dataset_names: list[str], limit: int = 8):
    """(metric, value, dataset, sentence) the paper reports for itself: "reaches a test accuracy
    of 97.2%", "achieves 28.4 BLEU". Percent values keep the paper's scale (97.2)."""
    out = []
    seen = set()
    for s in sentences:
        if s.kind in ("references", "related") or not _ACHIEVE.search(s.text):
            continue
        for m in _RESULT.finditer(s.text):
            vstart = m.start("v1") if m.group("v1") else m.start("v2")
            if re.search(r"(?:\bby(?:\s+(?:over|about|almost|nearly|more than))?|[<>≤≥~±+])\s*$", s.text[max(0, vstart - 20):vstart]):
                continue  # an improvement ("by 2.0 F1"), a bound ("<90% error")
            metric = (m.group("m1") or m.group("m2") or "").lower()
            val = float(m.group("v1") or m.group("v2"))
            canon = next((c for c, pat in _CANON if re.search(pat, metric)), metric)
            ds = next((d for d in dataset_names if d.lower() in s.text.lower()), None)
            key = (canon, val)
            if key in seen:
                continue
            seen.add(key)
            out.append((canon, val, ds, s))
        if len(out) >= limit:
            break
    return out
