"""Datasets a paper uses: the names it introduces as data, plus a vocabulary of common benchmarks.

Two sources, one pass over the body sentences and the table header lines:

* **the paper's own words** -- a name is taken where the text introduces it as data:
  a list after a data word ("datasets: Citeseer, Cora and Pubmed", "the following
  benchmarks: IMDB, Yelp-2 ..."), "the X dataset / corpus / benchmark / challenge /
  database", "X is a ... dataset", "train / evaluate / fine-tune on X" where X looks like a
  name (an acronym, CamelCase or a letter-digit mix: ``NewsQA``, ``SQuAD2.0``). Front
  matter, related work and references never introduce one;
* **a vocabulary** of benchmarks common across the task families (image, text, speech,
  graphs, RL), counted where the paper names one twice, once outside the front matter.

The value is the paper's own spelling with its version (``SQuAD1.1``, ``Yelp-5``,
``VOC 2007``); a bare name is dropped when a versioned form of it was found. Names of
models (the paper's own method, BERT, ResNet ...) and of metrics are never datasets.
"""
from __future__ import annotations

import re

_I = re.I
_VERSION = r"(?:[\s-]?v?(?:\d{1,2}(?:\.\d+)?|(?:19|20)\d\d)(?:-[A-Z]\b)?)?"

# (canonical, pattern, case-sensitive) -- a pattern is case-insensitive unless the name is a
# common word in another case ("RACE", "ARC", "MR", "CR")
VOCAB = [
    # images
    ("ImageNet-21k", r"ImageNet[\s-]?21k", False), ("ImageNet", r"ImageNet(?![\s-]?21k)", False),
    ("ILSVRC", r"ILSVRC", True), ("CIFAR-100", r"CIFAR[\s-]?100", False), ("CIFAR-10", r"CIFAR[\s-]?10(?!0)", False),
    ("MNIST", r"MNIST", True), ("Fashion-MNIST", r"Fashion[\s-]?MNIST", False), ("SVHN", r"SVHN", True),
    ("JFT", r"JFT(?:[\s-]?300M)?", True), ("VTAB", r"VTAB", True), ("COCO", r"(?:MS[\s-]?)?COCO", True),
    ("PASCAL VOC", r"(?:PASCAL\s+)?VOC", True), ("Places", r"Places\s?(?:365|205)", False),
    ("Oxford-IIIT Pets", r"Oxford[\s-]IIIT\s+Pets?", False), ("Flowers-102", r"(?:Oxford\s+)?Flowers[\s-]?102", False),
    ("Cityscapes", r"Cityscapes", False), ("ADE20K", r"ADE[\s-]?20K", False), ("KITTI", r"KITTI", True),
    ("LVIS", r"LVIS", True), ("Open Images", r"Open\s?Images", True), ("CelebA", r"CelebA(?:-HQ)?", False),
    ("LSUN", r"LSUN", True), ("FFHQ", r"FFHQ", True), ("STL-10", r"STL[\s-]?10", True),
    ("Tiny ImageNet", r"Tiny\s?ImageNet", False), ("Caltech", r"Caltech[\s-]?(?:101|256|UCSD)", False),
    ("CUB", r"CUB[\s-]?200(?:-2011)?", True), ("Stanford Cars", r"Stanford\s+Cars", False),
    ("iNaturalist", r"iNaturalist", False), ("Kinetics", r"Kinetics[\s-]?\d{3}", False), ("UCF101", r"UCF[\s-]?101", True),
    ("SBD", r"SBD", True), ("Toronto Face Database", r"Toronto\s+Face\s+Database|\bTFD", True),
    ("Frey Face", r"Frey\s+Faces?", False),
    # text
    ("GLUE", r"GLUE", True), ("SuperGLUE", r"SuperGLUE", True), ("SQuAD", r"SQuAD", False), ("SWAG", r"SWAG", True),
    ("MNLI", r"MNLI|MultiNLI", True), ("SNLI", r"SNLI", True), ("XNLI", r"XNLI", True), ("SST", r"SST(?:[\s-]?[25])?", True),
    ("CoLA", r"CoLA", True), ("QQP", r"QQP", True), ("QNLI", r"QNLI", True), ("RTE", r"RTE", True),
    ("MRPC", r"MRPC", True), ("STS-B", r"STS[\s-]?B", True), ("WNLI", r"WNLI", True), ("CoNLL", r"CoNLL[\s-]?20\d\d", False),
    ("IMDb", r"IMDb", False), ("Yelp", r"Yelp", False), ("AG News", r"AG['’]?s?\s?News", False), ("DBpedia", r"DBpedia", False),
    ("Amazon", r"Amazon(?=[\s-]?[25]\b|\s+reviews?)", False), ("TREC", r"TREC", True),
    ("SICK", r"SICK", True), ("MPQA", r"MPQA", True), ("SUBJ", r"SUBJ", False),
    ("BooksCorpus", r"Books?\s?Corpus", False), ("Wikipedia", r"Wikipedia", False), ("WebText", r"WebText", False),
    ("Common Crawl", r"Common\s?Crawl", False), ("C4", r"C4(?![\s-]*(?:backbones?|features?|stages?|heads?|blocks?|layers?)\b)", True), ("The Pile", r"the Pile", True),
    ("OpenWebText", r"OpenWebText", False), ("Gigaword", r"Giga(?:word|\d)", False), ("ClueWeb", r"ClueWeb", False),
    ("GitHub", r"github(?!\.)", False), ("Gutenberg", r"Gutenberg", False), ("Books3", r"Books3", False),
    ("ArXiv", r"ArXiv", True), ("Stack Exchange", r"Stack\s?Exchange", False),
    ("WMT", r"WMT(?:[\s'’-]{0,2}\d{2,4})?", True), ("IWSLT", r"IWSLT", True),
    ("Penn Treebank", r"Penn\s+Tree[\s-]?bank|PTB", False), ("WikiText", r"WikiText[\s-]?(?:103|2)", False),
    ("enwik8", r"enwik8", False), ("text8", r"text8", False), ("One Billion Word", r"(?:One|1)\s?Billion\s+Word|1BW", False),
    ("LAMBADA", r"LAMBADA", False), ("CBT", r"Children['’]s Book Test|CBT", True), ("CoQA", r"CoQA", False),
    ("CNN/Daily Mail", r"CNN\s?(?:/|and)\s?Daily\s?Mail|CNN/DM", False), ("Winograd", r"Winograd", False),
    ("Natural Questions", r"Natural\s?Questions", False), ("TriviaQA", r"TriviaQA", False), ("BoolQ", r"BoolQ", False),
    ("PIQA", r"PIQA", False), ("SIQA", r"SIQA", False), ("HellaSwag", r"HellaSwag", False), ("WinoGrande", r"WinoGrande", False),
    ("ARC", r"ARC[\s-](?:e|c|easy|challenge)", False), ("WikiSQL", r"WikiSQL", False), ("OpenBookQA", r"OpenBookQA", False),
    ("RACE", r"RACE", True), ("MMLU", r"MMLU", False), ("GSM8K", r"GSM8K", False), ("HumanEval", r"HumanEval", False),
    ("MBPP", r"MBPP", False), ("MATH", r"MATH(?=\s*(?:\(|\[|\d|,|$))", True), ("BBH", r"BBH|BIG-?Bench(?:\s+Hard)?", False),
    ("AGIEval", r"AGI[\s-]?Eval", False), ("MT-Bench", r"MT[\s-]?Bench", False), ("QuAC", r"QuAC", False),
    ("CommonsenseQA", r"CommonsenseQA", False), ("NewsQA", r"NewsQA", False), ("HotpotQA", r"HotpotQA", False),
    ("E2E", r"E2E(?=\s+NLG|\s+challenge|\s+dataset)", True), ("WebNLG", r"WebNLG", False), ("DART", r"DART", True),
    ("SAMSum", r"SAMSum", False), ("XSum", r"XSum", False), ("ELI5", r"ELI5", False), ("ConvAI2", r"ConvAI2", False),
    ("Penn Treebank WSJ", r"Wall Street Journal|WSJ", True),
    # speech
    ("TIMIT", r"TIMIT", True), ("LibriSpeech", r"LibriSpeech", False), ("Switchboard", r"Switchboard", False),
    ("Common Voice", r"Common\s+Voice", False),
    # graphs
    ("Cora", r"Cora", True), ("Citeseer", r"CiteSeer", False), ("Pubmed", r"PubMed", False), ("NELL", r"NELL", True),
    ("PPI", r"PPI", True), ("OGB", r"OGB[\w-]*", True),
    # reinforcement learning
    ("Atari", r"Atari(?:\s+2600)?", False), ("MuJoCo", r"MuJoCo", False), ("OpenAI Gym", r"OpenAI\s+Gym", False),
    ("Arcade Learning Environment", r"Arcade\s+Learning\s+Environment", False), ("Roboschool", r"Roboschool", False),
    ("DeepMind Control Suite", r"DeepMind\s+Control(?:\s+Suite)?", False), ("Procgen", r"Procgen", False),
]
VOCAB_RE = [(n, re.compile(rf"(?<![\w-])(?:{p}){_VERSION}(?![\w])", 0 if cs else _I)) for n, p, cs in VOCAB]


def _union(case_sensitive: bool) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for all names of a case mode, a named group per name (group -> canonical)."""
    names = {f"g{i}": n for i, (n, _, cs) in enumerate(VOCAB) if cs == case_sensitive}
    alts = "|".join(f"(?P<g{i}>{p if cs else p.lower()})" for i, (_, p, cs) in enumerate(VOCAB) if cs == case_sensitive)
    return re.compile(rf"(?<![\w-])(?:{alts}){_VERSION if case_sensitive else _VERSION.lower()}(?![\w])"), names


_UNIONS = (_union(True), _union(False))
# one alternation per case mode: most sentences name no dataset and stop here
# (anchored at a word start so the alternation is tried at few positions; lower-cased text for
# the case-insensitive names, which is cheaper than re.I)
_ANY_VOCAB = (re.compile(r"\b(?:" + "|".join(f"(?:{p})" for _, p, cs in VOCAB if cs) + ")"),
              re.compile(r"\b(?:" + "|".join(f"(?:{p.lower()})" for _, p, cs in VOCAB if not cs) + ")"))
_CANON_BY_KEY = {re.sub(r"[\s'’\-_.]", "", n).lower(): n for n, _, _ in VOCAB}
_FRONT = {"abstract", "introduction", "related", "conclusion", "references"}

# ------------------------------------------------------------------ the paper's own words
_NAME = r"(?:[A-Z]|[a-z](?=[A-Z]))[\w\-./']*(?:\s+(?:\d[\w.\-]*|[A-Z][\w\-./']*|of|and|for)){0,7}"
_NAME_RE = re.compile(_NAME)
_CONTRAST = re.compile(r"\b(?:rather\s+than|instead\s+of|unlike)\b[^.;]*$", _I)
_ACRONYM = re.compile(rf"[A-Z][\w\-.]*{_VERSION}")
_KIND = r"(?:data\s?sets?|corpus|corpora|benchmarks?|challenges?|databases?|collections?)"
_KIND_OR_TEST_SET = _KIND[:-1] + r"|(?:test|evaluation)\s+(?:sets?|data))"  # "the X test set / evaluation sets / test
# data" introduce X; "X is a test set" does not
_INTRO_LIST = re.compile(rf"\b(?:{_KIND}|tasks?|following)(?:\s+(?:of|in|from|listed\s+in)\s+Table\s+\d+)?\s*(?:[:—–]|\s-\s|\bincluding\b|\bsuch as\b)\s*(?P<list>[^.;]+)", _I)
_THE_X_KIND = re.compile(rf"\b(?:the|a|on|of|from|use|using)\s+(?P<name>{_NAME})\s+(?i:{_KIND_OR_TEST_SET})\b(?!\s*\([A-Z][\w\-.]*(?:\s[\w.]+)?\))")
# "we use the sentence polarity data of Pang and Lee": a described data set and its owners
_DATA_OF = re.compile(r"\b(?:[Ww]e\s+use|[Ww]e\s+train\w*\s+on)\s+the\s+(?P<desc>[a-z][\w\s-]{3,40}?)\s+"
                      r"(?:data|dataset|corpus)\s+of\s+(?P<owner>[A-Z][\w-]+(?:\s+(?:and|&)\s+[A-Z][\w-]+)?)")
# "Commonsense Reasoning (0-shot): Hellaswag [28], Winogrande [21], ARC-Easy, ...": a list after
# a colon, every item a name, at least one of them cited
_COLON_LIST = re.compile(r":\s*(?P<list>[^.:;]{6,300})")
_CITED = re.compile(r"\[\d+(?:[,\s–-]+\d+)*\]")
_X_IS_KIND = re.compile(rf"^(?P<name>{_NAME})(?:\s*\((?P<paren>[^)]*)\))?\s+(?:is|consists\s+of|contains)\s+(?:a|an|the)\b[^.]{{0,60}}"
                        rf"\b{_KIND}\b")
_ON_X = re.compile(r"\b(?i:train\w*|evaluat\w*|fine-?tun\w*|pre-?train\w*|test\w*|experiments?|results?)\s+"
                   r"(?:\w+\s+){0,2}on\s+(?:the\s+)?(?P<list>[^.;:]+)")
_ON_CITED = re.compile(r"^On\s+(?P<list>[A-Z][\w\-.]*(?:\s[\w\-.]+)?\s*\[\d+\](?:\s*(?:,|and|,\s*and)\s*"
                       r"[A-Z][\w\-.]*(?:\s[\w\-.]+)?\s*\[\d+\])*)")
# a run-in paragraph heading that names its data: "Reddit data.", "Zorb-5 dataset."
_RUN_IN = re.compile(rf"^(?P<name>{_NAME})\s+(?:data|dataset|corpus)\.$")
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
# one capitalised word naming data ("the Reddit dataset"), not a language or a generic adjective
_PROPER_WORD = re.compile(r"(?!(?:English|German|French|Chinese|Japanese|Spanish|Russian|Arabic|Czech|Romanian|"
                          r"Training|Test|Testing|Validation|Development|Full|Original|Same|New|Entire|Whole|"
                          r"Large|Small|Public|Standard|Synthetic|Real|Additional|Extra)$)[A-Z][a-z]{2,}")
_NAME_LIKE = re.compile(r"^(?=.*[A-Za-z])(?:[A-Z][a-z]*[A-Z0-9][\w\-.]*|[A-Z]{2,}[\w\-.]*|[A-Za-z]+[-]?\d[\w\-.]*)$")
_NOT_NAME = re.compile(
    r"^(?:table|figure|fig|section|appendix|eq|equation|model|models|method|methods|ours?|we|the|this|these|our|all|"
    r"avg|average|mean|total|params?|parameters|time|steps|base|large|small|english|german|french|gpu|gpus|tpu|tpus|"
    r"cpu|sgd|adam|adamw|relu|gelu|lstm|gru|cnn|rnn|mlp|api|id|ii|iii|iv|nlp|cv|ml|ai|rl|fp16|bf16|top|sota|acc|"
    r"f1|bleu|rouge|map|ap|em|iou|auc|fid|ppl|loss|error|accuracy|dev|test|train|val|validation|full|new|"
    r"standard|synthetic|several|various|multiple|other|both|each|those|previous|different|same|large-scale)$", _I)
_MODEL = re.compile(r"^(?:BERT|RoBERTa|ALBERT|XLNet|GPT|ELMo|T5|BART|ResNet|VGG|AlexNet|DenseNet|ViT|LSTM|GRU|"
                    r"Transformer|LLaMA|Llama|Mistral|Chinchilla|PaLM|OPT|DeBERTa|DistilBERT|YOLO|SSD|Faster|U-Net|"
                    r"GCN|GAN|VAE|PPO|TRPO|A2C|A3C|DQN)(?:[\s-]?[\w.]*)?$")
# a definition list item: "ImageNet-1M (IN-1M): This is the ImageNet training set ...", "Zorb-2B (Z2B): a dataset of"
_DEFINED = re.compile(r"(?:^|[.:]\s+)(?P<name>[A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*){0,3})\s*\((?P<abbr>[A-Z][\w\-.]{1,12})\)\s*:"
                      r"(?=[^.]{0,120}\b(?:data\s?sets?|training\s+set|corpus|corpora|collection|benchmark)\b)")
# the paper's own use of data it names: "we further evaluate COCO keypoint detection, ... LVIS ..."
_WE_USE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\s+(?:\w+\s+){0,2}?(?:evaluat|train|experiment|test|fine-?tun|pre-?train|appl|report|use)\w*\b")
_CITE = re.compile(r"\s*(?:\[[\d,\s–-]+\]|\([^()]{0,60}\))\s*")


def _clean_item(item: str) -> str | None:
    """A list item reduced to its name: "Hellaswag [28]" -> "Hellaswag", "(16GB text)" dropped."""
    item = _CITE.sub(" ", item).strip(" ,:;-–—\"“”'")
    item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=_I)
    item = re.sub(r"\s+(?:data\s?sets?|corpus|benchmarks?|tasks?|test\s+set|dev\s+set)$", "", item, flags=_I)
    m = _NAME_RE.match(item)
    if not m or m.end() < len(item.rstrip()) - 1:
        return None  # prose, not a name
    name = m.group(0).strip()
    if len(set(name.split())) == 1:
        name = name.split()[0]  # "SQuAD SQuAD": a header's repeated column name
    if len(name) < 2 or len(name) > 60 or _NOT_NAME.match(name) or _MODEL.match(name):
        return None
    return name


_NAME_CITED = re.compile(rf"^\s*(?:the\s+)?(?P<name>{_NAME})\s*\[\d+(?:[,\s–-]+\d+)*\]")


def _cited_name(item: str) -> str | None:
    """The name-like name leading a list item with its citation: "MATH [13] (4-shot) with maj@4"."""
    m = _NAME_CITED.match(item)
    name = _clean_item(m.group("name")) if m else None
    return name if name and _NAME_LIKE.match(name.split()[0]) else None


def _named(text: str, own: str | None) -> tuple[list[str], list[str]]:
    """(names the text introduces as data, names it only says it trains / evaluates on)."""
    out, weak = [], []
    for m in _INTRO_LIST.finditer(text):
        items = [_clean_item(x) for x in _ITEM_SPLIT.split(m.group("list"))]
        names = [x for x in items if x]
        if len(names) >= 1 and len(names) >= len(items) / 2:
            out += names
    for m in _COLON_LIST.finditer(text):
        raw = _ITEM_SPLIT.split(m.group("list").strip())
        items = [_clean_item(x) for x in raw]
        if len(items) >= 2 and all(items) and any(_CITED.search(x) for x in raw):
            out += items
        else:  # "Math: GSM8K [10] (8-shot) with maj@8 and MATH [13] (4-shot)": the cited names
            cited = [c for c in (_cited_name(x) for x in raw) if c]
            if len(cited) >= 2 and len(cited) >= len(raw) / 2:
                out += cited
    for pat in (_THE_X_KIND, _X_IS_KIND):
        for m in pat.finditer(text):
            if _CONTRAST.search(text[max(0, m.start() - 80):m.start()]):
                continue  # "a corpus rather than a shuffled one such as the X Benchmark": not used
            named = re.split(r"\s+The\s+", m.group("name"))[0]  # "STS-B The Semantic ... Benchmark is a"
            short = (m.groupdict().get("paren") or "").strip()  # "The Long Name Dataset (LND v2) is a"
            short = short if _ACRONYM.fullmatch(short) and _NAME_LIKE.match(short.split()[0]) else ""
            if short:
                out.append(short)
                continue
            for x in _ITEM_SPLIT.split(named):
                name = _clean_item(x)
                if name and (_NAME_LIKE.match(name.split()[0]) or len(name.split()) >= 2
                             or (pat is _THE_X_KIND and _PROPER_WORD.fullmatch(name) and m.start("name") > 0
                                 and not m.group(0).endswith("s"))):  # "the Knowledge benchmarks": a category
                    out.append(name)  # a proper name mid-sentence before "dataset": "the Reddit dataset"
    for m in _DEFINED.finditer(text):
        name = _clean_item(m.group("name"))
        if name and _NAME_LIKE.match(name.split()[0]):
            out.append(name)
    run_in = _RUN_IN.match(text.strip())  # "Reddit data." heading its paragraph
    if run_in:
        name = _clean_item(run_in.group("name"))
        if name and (_NAME_LIKE.match(name) or _PROPER_WORD.fullmatch(name)):
            out.append(name)
    lead = _ON_CITED.match(text)  # "On Zorb-10 [8] and Quux-200 [4] the features reach ...": results on data
    if lead:
        out += [c for c in (_cited_name(x) for x in _ITEM_SPLIT.split(lead.group("list"))) if c]
    for m in _DATA_OF.finditer(text):
        out.append(f"{m.group('owner')} {m.group('desc')}")
    for m in _ON_X.finditer(text):
        for x in _ITEM_SPLIT.split(m.group("list"))[:6]:
            lead = _NAME_RE.match(x.strip())  # "on BlipQA are in Table 3": the name that leads
            name = _clean_item(lead.group(0)) if lead else None
            if not name:
                break
            if _NAME_LIKE.match(name.split()[0]):
                weak.append(name)
    own_l = (own or "").lower()
    keep = lambda names: [n for n in names if n.lower() != own_l and not n.lower().startswith(own_l + " ")]
    return keep(out), keep(weak)


# four numbers in a row: table cells or a header glued into the sentence by the text layer
_TABLE_CELLS = re.compile(r"(?:\b\d[\d.,/]*%?\s+){4}")
# a header line ("Models SQuAD1.1 dev SQuAD2.0 dev RACE") has none of these; a sentence has some
_FUNCTION_WORDS = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|from|and|we|is|are|was|were|has|have|that|which)\b")


def _key(surface: str) -> str:
    """SQuAD v1.1 = SQuAD 1.1 = SQuAD1.1; CIFAR-10 = CIFAR10."""
    return re.sub(r"[\s'’\-_.]", "", re.sub(r"(?<=[\s\-])v(?=\d)", "", surface)).lower()


def _base(surface: str) -> str:
    return re.sub(r"[\s-]?v?\d+(?:\.\d+)?(?:[-\s]?[A-Z])?$", "", surface).strip()


_DATA_COLUMN = re.compile(rf"^(?:{_KIND}|data)$", _I)


def column_items(lines):
    """(name, row) for each item in the cells of a table column headed "Dataset(s)" / "Corpus" /
    "Benchmark": "Task<tab>Datasets" over "Question answering<tab>QuAC-2, Zorb QA" gives both."""
    from .sentences import Sentence
    for i, ln in enumerate(lines):
        cells = ln.text.split("\t")
        col = next((k for k, c in enumerate(cells) if _DATA_COLUMN.match(c.strip())), None)
        if col is None or len(cells) < 2 or ln.kind == "references":
            continue
        for row in lines[i + 1:i + 40]:
            rc = row.text.split("\t")
            if len(rc) != len(cells) or row.page != ln.page:
                break
            for x in _ITEM_SPLIT.split(rc[col]):
                name = _clean_item(x)
                if name:
                    yield name, Sentence(row.text, row.page, row.section, row.kind)


def datasets(sentences, header_lines=(), own: str | None = None, lines=()):
    """(surface name, sentence, count) of each dataset the paper uses (see module doc); ``lines``
    (the document's lines) adds the items of a table's "Datasets" column."""
    found: dict[str, list] = {}  # key -> [count, sentence, {surface: n}, body?, introduced?, {surface: n in prose}]
    headers = {id(h) for h in header_lines}
    prose = lambda s: (id(s) not in headers and not _TABLE_CELLS.search(s.text)
                       and (len(_FUNCTION_WORDS.findall(s.text)) >= 2 or bool(re.search(r"[.!?]$", s.text))))
    weak: set[str] = set()  # keys only trained / evaluated "on": kept when named twice

    def hit(surface, s, introduced=False, canonical=""):
        surface = re.sub(r"\s+", " ", surface).strip()
        canonical = canonical or _CANON_BY_KEY.get(_key(surface), "")
        if canonical and " " in surface and " " not in canonical and _key(surface) == _key(canonical):
            surface = canonical  # "MT Bench" -> "MT-Bench": one spelling per name
        ent = found.setdefault(_key(surface), [0, s, {}, False, False, {}])
        ent[0] += 1
        ent[2][surface] = ent[2].get(surface, 0) + 1
        if prose(s):  # a table header abbreviates ("SQuAD1.1"); prose spells the name out
            ent[5][surface] = ent[5].get(surface, 0) + 1
        body = s.kind not in _FRONT
        ent[3] = ent[3] or body
        if introduced and body and not ent[4]:
            ent[4], ent[1] = True, s

    for s in list(sentences) + list(header_lines):
        if s.kind == "references":
            continue
        if _ANY_VOCAB[0].search(s.text) or _ANY_VOCAB[1].search(s.text.lower()):
            low = s.text.lower()
            for (pat, names), text in zip(_UNIONS, (s.text, low if len(low) == len(s.text) else s.text)):
                for m in pat.finditer(text):
                    hit(s.text[m.start():m.end()], s, canonical=names[m.lastgroup], introduced=bool(_WE_USE.search(s.text)))
        if s.kind not in _FRONT:
            strong, on = _named(s.text, own)
            for name in strong:
                hit(name, s, introduced=True)
            for name in on:
                hit(name, s)
                weak.add(_key(name))
    for name, row in column_items(lines):
        if row.kind not in _FRONT:
            hit(name, row, introduced=True)
    out = []
    keys = set(found)
    for key, (count, s, forms, body, introduced, in_prose) in found.items():
        surface = max(forms, key=lambda f: (in_prose.get(f, 0), forms[f], -len(f)))
        if not (introduced or count >= 2 and body):
            continue
        if key in weak and count < 2 and not any(key == _key(c) for c, _ in VOCAB_RE):
            continue
        if not key[-1:].isdigit() and any(k != key and k.startswith(key) and re.fullmatch(r"v?\d+(?:\.?\d+)?[a-z]?", k[len(key):]) for k in keys
               if found[k][4] or found[k][0] >= 2):
            continue  # "SQuAD" when "SQuAD1.1" / "SQuAD 2.0" were found
        if any(_leads(surface, max(found[k][2], key=found[k][2].get)) for k in keys - {key} if found[k][4]):
            continue  # "ILSVRC-2012" when "ILSVRC-2012 ImageNet" was introduced: the same data, named longer
        if any(_short_for(surface, max(found[k][2], key=found[k][2].get)) for k in keys - {key}):
            continue  # "iNat-18" when "iNaturalist-2018" was found
        if _spells_out(surface, {max(found[k][2], key=found[k][2].get) for k in keys - {key}}):
            continue  # "Stanford Question Answering" when "SQuAD" was found
        out.append((surface, s, count))
    return out


def _leads(short: str, name: str) -> bool:
    """Whether ``name`` is ``short`` followed by more words ("ILSVRC-2012" / "ILSVRC-2012 ImageNet")."""
    return name.startswith(short + " ")


def _short_for(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name`` with the same version ("iNat-18" / "iNaturalist-2018")."""
    vs, vn = re.search(r"(\d+)$", short), re.search(r"(\d+)$", name)
    a, b = _key(_base(short)), _key(_base(name))
    return bool(vs and vn and a and len(a) >= 3 and b != a and b.startswith(a)
                and (vs.group(1) == vn.group(1) or len(vn.group(1)) == 4 and vn.group(1)[2:] == vs.group(1)))


def _spells_out(name: str, others: set[str]) -> bool:
    """Whether a name of >= 3 words is spelled out by the capitals of another found name
    ("Stanford Question Answering (Dataset)" -> "SQuAD"; "Zorb Image Corpus" -> "ZIC-2")."""
    words = name.split()
    if len(words) < 3:
        return False
    initials = "".join(w[0] for w in words).upper()
    for other in others:
        caps = "".join(c for c in re.sub(r"[\s\-]?v?\d.*$", "", other) if c.isupper())
        if len(caps) >= 3 and caps in (initials, initials + "D", initials + "C", initials + "B"):
            return True
    return False
