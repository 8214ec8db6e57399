"""representation-learning: representations learned without the task's labels, judged by a probe.

Two modes, picked from what the paper is about (words vs images):

* **word vectors** (skip-gram / CBOW, negative sampling / hierarchical softmax): gensim's ``Word2Vec``
  (maintained implementation) on gensim's bundled ``lee_background.cor`` news corpus (stand-in), the paper's
  stated window / negative samples / vector size / epochs where the spec has them; evaluated on gensim's
  bundled word-analogy (``questions-words.txt``, accuracy + coverage) and WordSim-353 (Spearman) sets. Arms:
  the paper's own variants when it names both of a pair (hierarchical softmax vs negative sampling, CBOW vs
  skip-gram), same corpus, epochs and seeds.
* **contrastive image representations** (SimCLR/MoCo-style): torchvision's ResNet (the paper's depth via
  the architecture registry, one block per stage in smoke) with a projection head, NT-Xent on two views
  augmented with torchvision.transforms.v2, on sklearn's digits (stand-in); a linear probe (logistic
  regression on frozen features). Arms: the contrastive encoder vs the same encoder at its random init
  under the same probe (one run per seed gives both).
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ..claims import claim_words, paper_sentences
from ..params import arch_numbers
from . import _representation_cells as cells
from .base import Recipe, paper_model

_WORDS = re.compile(r"\bwords?\b|\bskip-?gram|\bCBOW\b|continuous bag[\s-]of[\s-]words|\bword2vec\b|"
                    r"\bnegative sampling\b|\bhierarchical softmax\b|\bvocabular(?:y|ies)\b|\bcorpus\b|\banalog", re.I)
_IMAGES = re.compile(r"\bimages?\b|\bvisual\b|\bImageNet\b|\bCIFAR|\bSTL-?10\b|\bpixels?\b|\baugment\w*|"
                     r"\bcrops?\b|\bResNet", re.I)
_SKIPGRAM = re.compile(r"\bskip-?gram", re.I)
_CBOW = re.compile(r"\bCBOW\b|continuous bag[\s-]of[\s-]words", re.I)
_NEGATIVE = re.compile(r"\bnegative sampling\b", re.I)
_HSOFTMAX = re.compile(r"\bhierarchical softmax\b", re.I)
_ANALOGY = re.compile(r"\banalog\w*|\bword relationship|\bvector offset|\bword offset|\bsemantic[\s-]syntactic", re.I)
_SIMILARITY = re.compile(r"\bspearman\b|\bwordsim\b|\bword similarity\b|\brank correlation\b", re.I)
_DIMS = re.compile(r"\b(\d{2,4})[\s-]dimensional\b|\bdimensionality (?:of )?(\d{2,4})\b|\bvector size (?:of )?(\d{2,4})\b", re.I)
_WINDOW = re.compile(r"\bwindow (?:size )?(?:of |= ?)?(\d{1,2})\b|\b(\d{1,2})[\s-]words? (?:context )?window\b", re.I)
_NEG_K = re.compile(r"\b(\d{1,2}) negative (?:samples|examples)\b|\bnegative samples? (?:k ?= ?|of )(\d{1,2})\b", re.I)
_RESNET_BLOCKS = {18: ("BasicBlock", [2, 2, 2, 2]), 34: ("BasicBlock", [3, 4, 6, 3]), 50: ("Bottleneck", [3, 4, 6, 3]),
                  101: ("Bottleneck", [3, 4, 23, 3]), 152: ("Bottleneck", [3, 8, 36, 3])}
_RESNET_PARAMS = {18: 11.2e6, 34: 21.3e6, 50: 23.5e6, 101: 42.5e6, 152: 58.1e6}  # torchvision, without the fc
_TEXT_CORPORA = ((r"google news", "Google News"), (r"wikipedia", "Wikipedia"), (r"\btext8\b|enwik", "text8"),
                 (r"common crawl", "Common Crawl"), (r"billion word", "One Billion Word"))
_IMAGE_SETS = ((r"\bimagenet\b", "ImageNet"), (r"cifar-?100", "CIFAR-100"), (r"cifar", "CIFAR-10"),
               (r"stl-?10", "STL-10"), (r"\bmnist\b", "MNIST"))


@functools.lru_cache(maxsize=8)
def _pdf_text(path: str) -> str:
    return " ".join(s for _, s in paper_sentences(path))


def _spec_text(spec) -> str:
    """What the spec says (title, architecture, loss, datasets, metrics, claim, results) and, when the
    spec comes from a PDF, the paper's text."""
    parts = [spec.title]
    for g in [spec.architecture, spec.loss, spec.task_family_evidence, *spec.datasets, *spec.metrics]:
        if g is not None:
            parts.append(f"{g.value} {g.quote or ''}")
    c = getattr(spec, "claim", None)
    if isinstance(c, dict):
        parts.append(f"{c.get('value', '')} {c.get('quote') or ''}")
    parts += [f"{r.metric} {r.dataset or ''} {r.quote or ''}" for r in spec.reported_results]
    if spec.source.path:
        parts.append(_pdf_text(spec.source.path))
    return " ".join(parts)


def mode(spec) -> str:
    """``"word"`` when the paper learns word vectors (more word-embedding than image words), else ``"image"``."""
    text = _spec_text(spec)
    return "word" if len(_WORDS.findall(text)) > len(_IMAGES.findall(text)) else "image"


def word_variant(text: str) -> dict:
    """The word2vec variant the paper trains: skip-gram unless it names CBOW alone; hierarchical softmax when
    it names that and not negative sampling; else skip-gram with negative sampling (the field's default)."""
    sg = 0 if _CBOW.search(text) and not _SKIPGRAM.search(text) else 1
    hs = 1 if _HSOFTMAX.search(text) and not _NEGATIVE.search(text) else 0
    return {"sg": sg, "hs": hs}


def word_pairs(text: str) -> list[str]:
    """The variant pairs the text names both halves of: ``"objective"`` (hierarchical softmax vs negative
    sampling), ``"architecture"`` (CBOW vs skip-gram)."""
    out = []
    if _HSOFTMAX.search(text) and _NEGATIVE.search(text):
        out.append("objective")
    if _CBOW.search(text) and _SKIPGRAM.search(text):
        out.append("architecture")
    return out


def stated_int(pattern: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    """The number the text states most often in ``pattern``'s groups, within ``lo..hi`` (ties: the larger)."""
    found = Counter(int(next(x for x in m.groups() if x)) for m in pattern.finditer(text))
    found = {d: n for d, n in found.items() if lo <= d <= hi}
    return max(found, key=lambda d: (found[d], d)) if found else None


def stated_dimension(text: str) -> int | None:
    """The vector size the text states most often ("640-dimensional", "dimensionality of 300"; ties: the
    larger): a size cited once from prior work loses to the one the experiments keep using."""
    return stated_int(_DIMS, text, 10, 2000)


class RepresentationLearning(Recipe):
    family = "representation-learning"
    priority = 95
    keywords = ((r"\brepresentation learning\b|\bself-supervised\b|\bcontrastive (?:learning|loss|predictive)\b|"
                 r"\bword (?:vectors|embeddings|representations)\b|\bskip-?gram\b|\bnegative sampling\b|"
                 r"\blinear (?:probe|evaluation)\b|\bInfoNCE\b|\bNT-Xent\b", 2),)
    default_dataset = "lee_background.cor (gensim)"
    datasets = tuple((p, n, "") for p, n in _TEXT_CORPORA + _IMAGE_SETS)
    stand_in_text = ("gensim's bundled lee_background.cor news corpus (word vectors) or sklearn's digits "
                     "(image representations); both ship offline")
    model_family = "word2vec"
    smoke = {"learning_rate": 0.025, "batch_size": 1, "max_steps": -1, "epochs": 5, "optimizer_name": "sgd",
             "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0}
    full = dict(smoke)
    arch_smoke = {"mode": "word", "vector_size": 50, "max_documents": 5000, "vocab_size": 5000}
    arch_full = {"mode": "word", "vector_size": 300, "max_documents": 0, "vocab_size": 1_000_000}
    image_smoke = {"learning_rate": 1e-3, "batch_size": 32, "max_steps": 12, "optimizer_name": "adam",
                   "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 1e-6, "max_grad_norm": 0.0}
    image_full = {"learning_rate": 1e-3, "batch_size": 256, "max_steps": -1, "epochs": 100, "optimizer_name": "adam",
                  "lr_schedule": "cosine", "warmup_steps": 0, "weight_decay": 1e-6, "max_grad_norm": 0.0}
    baselines = r"hierarchical softmax|\bCBOW\b|continuous bag[\s-]of[\s-]words|random(?:ly)?[\s-]init\w*"

    def choose_dataset(self, spec):
        m = mode(spec)
        table = _TEXT_CORPORA if m == "word" else _IMAGE_SETS
        for g in spec.datasets:
            for pat, name in table:
                if re.search(pat, f"{g.value}", re.I):
                    return name, "", g
        return ("lee_background.cor (gensim)" if m == "word" else "digits (8x8)"), "", None

    def adjust_defaults(self, spec, dataset, smoke, full):
        if mode(spec) == "image":
            smoke.clear(); smoke.update(self.image_smoke)
            full.clear(); full.update(self.image_full)

    def architecture(self, spec, dataset):
        if mode(spec) == "word":
            full, smoke = dict(self.arch_full), dict(self.arch_smoke)
            nums = arch_numbers(spec)
            dims = [nums.get(k) for k in ("embedding_size", "hidden_size")]
            dims.append(stated_dimension(_spec_text(spec)))
            full["vector_size"] = next((int(d) for d in dims if d and 10 <= d <= 2000), full["vector_size"])
            return full, smoke, "word2vec (gensim)"
        depth = 18
        pa = paper_model(spec, lambda a: a.kind == "resnet" and not a.config.get("cifar"))
        if pa is not None and int(pa.config["depth"].value) in _RESNET_BLOCKS:
            depth = int(pa.config["depth"].value)
        block, blocks = _RESNET_BLOCKS[depth]
        common = {"mode": "image", "depth": depth, "block": block, "probe_iters": 1000, "probe_labels_per_class": 10}
        full = dict(common, blocks=blocks, image_size=32, max_images=0, proj_hidden=2048 if block == "Bottleneck" else 512,
                    proj_dim=128)
        smoke = dict(common, blocks=[1, 1, 1, 1], image_size=8, max_images=1000, proj_hidden=128, proj_dim=32, probe_iters=100)
        return full, smoke, f"ResNet-{depth}"

    def plan_notes(self, spec, dataset):
        if mode(spec) == "word":
            return ["word vectors are trained by gensim's Word2Vec (its own SGD and linearly decaying learning "
                    "rate): one step of the training loop is one epoch over the corpus"]
        return ["the representation is learned without labels (contrastive, two augmented views); the labels "
                "are used only by the linear probe that evaluates it"]

    def extra_params(self, add, value_of, spec, setup):
        if mode(spec) == "image":
            n, g = value_of("temperature")
            add("temperature", "float", "NT-Xent temperature", n, g, full_default=0.5, smoke_default=n or 0.5)
            return
        text = _spec_text(spec)
        v = word_variant(text)
        add("sg", "int", "1 = skip-gram, 0 = CBOW", None, None, full_default=v["sg"], smoke_default=v["sg"])
        add("hs", "int", "1 = hierarchical softmax, 0 = negative sampling", None, None,
            full_default=v["hs"], smoke_default=v["hs"])
        n, g = value_of("negative_samples", True)
        k = int(n) if n and 1 <= n <= 50 else stated_int(_NEG_K, text, 1, 50)
        add("negative", "int", "negative samples per word (0 with hierarchical softmax)", k, g if k else None,
            full_default=0 if v["hs"] else 5, smoke_default=0 if v["hs"] else (k or 5))
        n, g = value_of("window", True)
        w = int(n) if n and 1 <= n <= 50 else stated_int(_WINDOW, text, 1, 50)
        add("window", "int", "context words on each side", w, g if w else None, full_default=5, smoke_default=w or 5)
        add("min_count", "int", "words rarer than this are dropped from the vocabulary", None, None,
            full_default=5, smoke_default=2)
        add("sample", "float", "sub-sampling threshold of frequent words (0 disables)", None, None,
            full_default=1e-3, smoke_default=1e-3)

    def stand_in_label(self, dataset):
        return "stand-in: sklearn digits" if "digits" in dataset or dataset in dict(_IMAGE_SETS).values() \
            else "stand-in: gensim lee_background.cor"

    def extra_licenses(self):
        return [("models", "ResNet")]

    def param_count(self, arch):
        if arch.get("mode") == "image":
            return int(_RESNET_PARAMS[int(arch["depth"])] + 2048 * arch["proj_hidden"] + arch["proj_hidden"] * arch["proj_dim"])
        return int(2 * arch["vocab_size"] * arch["vector_size"])

    def activation_bytes(self, arch, batch_size, seq_len):
        if arch.get("mode") == "image":
            return 2 * (batch_size or 256) * arch["image_size"] ** 2 * 64 * 4 * 30
        return arch["vector_size"] * 4 * 1000

    def _word_arms(self, plan) -> list[dict]:
        said = claim_words(plan)
        text = _spec_text(plan.spec)
        pairs = word_pairs(said) or word_pairs(text)
        if not pairs:
            return []
        metric = "wordsim_spearman" if _SIMILARITY.search(text) and not _ANALOGY.search(text) else "analogy_accuracy"
        common = {"metric": metric, "higher_is_better": True}
        if pairs[0] == "objective":
            k = plan.params.get("negative") or 5
            return [dict(common, name="hierarchical softmax", role="baseline", overrides={"hs": 1, "negative": 0}),
                    dict(common, name=f"negative sampling (k={k})", role="proposed", overrides={"hs": 0, "negative": k})]
        return [dict(common, name="CBOW", role="baseline", overrides={"sg": 0}),
                dict(common, name="skip-gram", role="proposed", overrides={"sg": 1})]

    def arms(self, plan):
        if plan.arch_full.get("mode") == "word":
            return self._word_arms(plan)
        # one run per seed gives both arms (the eval cell probes the encoder before and after pre-training); the
        # few-label probe, as on the stand-in a random encoder's all-label probe is near-perfect already
        common = {"overrides": {}, "higher_is_better": True}
        return [dict(common, name="random-init encoder, linear probe", role="baseline",
                     metric="random_init_few_label_probe_accuracy"),
                dict(common, name="contrastive pre-training, linear probe", role="proposed",
                     metric="few_label_probe_accuracy")]

    def no_comparison(self, plan):
        return ("the paper names no pair of word-vector variants this recipe can set against each other "
                "(hierarchical softmax vs negative sampling, CBOW vs skip-gram)")

    def cell(self, role, plan):
        arch = plan.arch_smoke if plan.profile == "smoke" else plan.arch_full
        if arch["mode"] == "word":
            return {"data": cells.WORD_DATA, "model": cells.WORD_MODEL, "eval": cells.WORD_EVAL}[role]
        body = {"data": cells.IMAGE_DATA, "model": cells.IMAGE_MODEL, "eval": cells.IMAGE_EVAL}[role]
        smoke = (f", one block per stage instead of {plan.arch_full['blocks']}" if plan.profile == "smoke" else "")
        return (body.replace("{block}", arch["block"]).replace("{blocks}", str(list(arch["blocks"])))
                .replace("{depth}", str(arch["depth"])).replace("{smoke}", smoke))


RECIPE = RepresentationLearning()
