"""seq2seq: an encoder-decoder (random init offline, a word-level vocabulary built on the fly); BLEU
and ROUGE-L computed in the notebook. The model is the paper's own when the architecture registry
resolves one: a transformers encoder-decoder (BART, the original Transformer as Marian) or a deep LSTM
encoder-decoder (plain torch, greedy decoding); otherwise a BART-style Transformer template."""
from __future__ import annotations

import re

from ..claims import claim_words
from . import _seq2seq_denoising as denoising
from ._snippets import E2E, SAMSUM, TRANSFORMER_NAMES
from ._seq2seq_models import paper_encoder_decoder, paper_model_cell
from .base import Recipe, template_cells

FAMILY = "seq2seq"
DEFAULT_DATASET = "WMT 2014 English-German"
MODEL_FAMILY = "Transformer"
SMOKE = {"learning_rate": 3e-3, "batch_size": 32, "max_steps": 300, "max_seq_length": 8, "warmup_steps": 8,
         "weight_decay": 0.0, "optimizer_name": "adamw", "lr_schedule": "linear"}
FULL = {"learning_rate": 7e-4, "batch_size": 128, "max_steps": 100000, "max_seq_length": 128, "weight_decay": 0.0,
        "optimizer_name": "adamw", "lr_schedule": "linear", "warmup_steps": 4000}
ARCH_FULL = {"num_layers": 6, "hidden_size": 512, "num_heads": 8, "vocab_size": 37000}
ARCH_SMOKE = {"num_layers": 2, "hidden_size": 64, "num_heads": 2, "vocab_size": 400}
PRETRAINED = ""

DATA = r'''
# Data: (source, target) pairs -> word-level ids. Stand-in task: reverse the first words of a sentence.
import re, collections
import datasets

def _stand_in_pairs():
    from gensim.test.utils import datapath
    with open(datapath("lee_background.cor"), "rb") as fh:
        text = fh.read().decode("latin-1")
    common = {w for w, _ in collections.Counter(re.findall(r"[a-z]+", text.lower())).most_common(ARCH["vocab_size"] - 4)}
    pairs = []
    for sent in re.split(r"(?<=[.!?])\s+", text):
        words = [w for w in re.findall(r"[a-z]+", sent.lower()) if w in common][: max_seq_length - 2]
        if len(words) >= 4:
            pairs.append((" ".join(words), " ".join(reversed(words))))
    return pairs

def _pairs(ds):
    if "translation" in ds.column_names:
        langs = list(ds[0]["translation"].keys())
        return [(t[langs[0]], t[langs[1]]) for t in ds["translation"]]
    src = next(c for c in ("source", "document", "article", "input") if c in ds.column_names)
    tgt = next(c for c in ("target", "summary", "highlights", "output") if c in ds.column_names)
    return list(zip(ds[src], ds[tgt]))

if data_dir:
    raw = load_local_dataset(data_dir)
    train_pairs = _pairs(raw["train"]); eval_pairs = _pairs(raw["validation"] if "validation" in raw else raw["train"])
    DATA_NOTE = f"local files in {data_dir}"
elif HUB and dataset_id:
    raw = datasets.load_dataset(*dataset_id.split(":"))
    train_pairs, eval_pairs = _pairs(raw["train"]), _pairs(raw["validation"])
    DATA_NOTE = f"hub dataset {dataset_id}"
else:
    pairs = _stand_in_pairs()
    random.Random(seed).shuffle(pairs)
    cut = len(pairs) - 200
    train_pairs, eval_pairs = pairs[:cut], pairs[cut:]
    DATA_NOTE = ("STAND-IN: a deterministic transformation task built from gensim's lee_background.cor "
                 "(source: a sentence's first frequent words, lower-cased; target: the same words reversed) instead of " + DATASET_NAME)

PAD, BOS, EOS, UNK = 0, 1, 2, 3
counts = collections.Counter(w for s, t in train_pairs for w in (s + " " + t).split())
itos = ["<pad>", "<s>", "</s>", "<unk>"] + [w for w, _ in counts.most_common(ARCH["vocab_size"] - 4)]
stoi = {w: i for i, w in enumerate(itos)}
VOCAB_SIZE = len(itos)

def ids_of(text):
    return [stoi.get(w, UNK) for w in text.split()][: max_seq_length - 1] + [EOS]

def pad(seqs, value):
    n = max(len(s) for s in seqs)
    return torch.tensor([s + [value] * (n - len(s)) for s in seqs])

def collate(batch):
    src = pad([ids_of(s) for s, _ in batch], PAD)
    tgt = pad([ids_of(t) for _, t in batch], -100)
    return src, (src != PAD).long(), tgt

train_ds, eval_ds = train_pairs, eval_pairs
print(f"{DATA_NOTE}\ntrain {len(train_ds)} / eval {len(eval_ds)} pairs, vocab {VOCAB_SIZE}; e.g. {train_pairs[0]}")
'''

MODEL = r'''
# Model: encoder-decoder Transformer (BART-style config, random init)
from transformers import BartConfig, BartForConditionalGeneration
config = BartConfig(vocab_size=VOCAB_SIZE, d_model=ARCH["hidden_size"], encoder_layers=ARCH["num_layers"],
                    decoder_layers=ARCH["num_layers"], encoder_attention_heads=ARCH["num_heads"],
                    decoder_attention_heads=ARCH["num_heads"], encoder_ffn_dim=4 * ARCH["hidden_size"],
                    decoder_ffn_dim=4 * ARCH["hidden_size"], max_position_embeddings=max(64, 2 * max_seq_length),
                    dropout=dropout, pad_token_id=PAD, bos_token_id=BOS, eos_token_id=EOS,
                    decoder_start_token_id=BOS, forced_eos_token_id=None)
model = BartForConditionalGeneration(config)
MODEL_NOTE = "built from its config, random init (trained from scratch, as the paper does)"
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    src, mask, tgt = batch
    return model(input_ids=src, attention_mask=mask, labels=tgt).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: greedy decoding, corpus BLEU-4 (smoothed) and ROUGE-L F1, computed here (no downloads)
import math, collections

def ngrams(ws, n):
    return collections.Counter(tuple(ws[i:i + n]) for i in range(len(ws) - n + 1))

def corpus_bleu(hyps, refs, max_n=4):
    match, total, hl, rl = [0] * max_n, [0] * max_n, 0, 0
    for h, r in zip(hyps, refs):
        hl += len(h); rl += len(r)
        for n in range(1, max_n + 1):
            hn, rn = ngrams(h, n), ngrams(r, n)
            match[n - 1] += sum(min(c, rn[g]) for g, c in hn.items()); total[n - 1] += max(len(h) - n + 1, 0)
    if hl == 0:
        return 0.0
    logp = sum(math.log((match[i] + 1) / (total[i] + 1)) for i in range(max_n)) / max_n
    return math.exp(min(0.0, 1 - rl / hl) + logp)

def rouge_l(h, r):
    if not h or not r:
        return 0.0
    dp = [[0] * (len(r) + 1) for _ in range(len(h) + 1)]
    for i in range(len(h)):
        for j in range(len(r)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if h[i] == r[j] else max(dp[i][j + 1], dp[i + 1][j])
    lcs = dp[-1][-1]
    p, rec = lcs / len(h), lcs / len(r)
    return 0.0 if lcs == 0 else 2 * p * rec / (p + rec)

model.eval()
hyps, refs = [], []
with torch.no_grad():
    for src, mask, tgt in torch.utils.data.DataLoader(eval_ds, batch_size=64, collate_fn=collate):
        out = model.generate(input_ids=src.to(DEVICE), attention_mask=mask.to(DEVICE), max_new_tokens=max_seq_length + 1,
                             num_beams=1, do_sample=False, decoder_start_token_id=BOS, eos_token_id=EOS, pad_token_id=PAD)
        for o, t in zip(out.cpu().tolist(), tgt.tolist()):
            hyps.append([itos[i] for i in o if i not in (PAD, BOS, EOS)][:max_seq_length])
            refs.append([itos[i] for i in t if i not in (-100, PAD, EOS)])
metrics = {"bleu": 100 * corpus_bleu(hyps, refs), "rouge_l": 100 * sum(map(rouge_l, hyps, refs)) / len(refs)}
print(metrics, "\nexample:", " ".join(hyps[0]), "| ref:", " ".join(refs[0]))
'''


class Seq2Seq(Recipe):
    family = FAMILY
    priority = 40
    keywords = ((r"\btranslation\b|\bsequence[\s-]to[\s-]sequence\b|\bencoder-decoder\b|\bsummari[sz]ation\b", 1),)
    default_dataset = DEFAULT_DATASET
    datasets = (E2E, SAMSUM,
                (r"wmt.*(en.*de|german)|english-german|en-de", "WMT 2014 English-German", "wmt14:de-en"),
                (r"wmt.*(en.*fr|french)|english-french|en-fr", "WMT 2014 English-French", "wmt14:fr-en"),
                (r"wmt", "WMT 2014 English-German", "wmt14:de-en"),
                (r"cnn.*daily", "CNN/Daily Mail", "cnn_dailymail:3.0.0"))
    stand_in_text = "a deterministic word-reversal task built from gensim's lee_background.cor"
    model_family = MODEL_FAMILY
    model_names = TRANSFORMER_NAMES
    smoke, full, arch_smoke, arch_full, pretrained = SMOKE, FULL, ARCH_SMOKE, ARCH_FULL, PRETRAINED

    def stand_in_label(self, dataset):
        return "stand-in: gensim lee_background.cor"

    def architecture(self, spec, dataset):
        full, smoke, name = super().architecture(spec, dataset)
        pa = paper_encoder_decoder(spec)
        if pa is not None:  # the paper's own encoder-decoder instead of the BART-style template
            full["paper_architecture"] = smoke["paper_architecture"] = pa.kind
            full["params"] = pa.count_params("full")
            name = pa.name
        return full, smoke, name

    def param_count(self, arch):  # encoder + decoder (self- and cross-attention) + embeddings
        if arch.get("params"):
            return int(arch["params"])
        L, H, V = int(arch.get("num_layers", 12)), int(arch.get("hidden_size", 768)), int(arch.get("vocab_size", 30000))
        return int(L * 12 * H * H + L * 16 * H * H + V * H)

    # a denoising pre-training paper compares noising schemes: token masking vs the paper's best
    baselines = denoising.NOISING

    def adjust_defaults(self, spec, dataset, smoke, full):
        if denoising.spec_is_study(spec):  # pre-training + fine-tuning, five runs with the claim's arms
            smoke.update(max_steps=denoising.SMOKE_STEPS["max_steps"])

    def arms(self, plan):
        if plan.arch_full.get("paper_architecture") == "rnn_attention_seq2seq":
            return _attention_arms(plan)
        if plan.arch_full.get("paper_architecture") == "convs2s":
            return _recurrent_baseline_arms(plan)
        return denoising.arms(plan, claim_words(plan))

    def config_lines(self, plan):
        if any("NETWORK" in a["overrides"] for a in plan.arms or []):
            return ["NETWORK = 'paper'  # the paper's network; the claim cell also runs 'lstm', the deep LSTM "
                    "encoder-decoder it is compared with"]
        if plan.arch_full.get("paper_architecture") == "rnn_attention_seq2seq":
            on = _attends(plan)
            return [f"ATTENTION = {on}  # the decoder attends over the source annotations (the paper's model)"
                    + ("; the claim cell also runs False: one fixed summary of the source" if plan.arms else "")]
        return denoising.config_lines(plan) if _noising(plan) else []

    def cell(self, role, plan):
        body = self._cell(role, plan)
        if _noising(plan) and role == "data":
            return denoising.data_cell(body)
        if _noising(plan) and role == "model":
            return denoising.model_cell(body)
        return body

    def _cell(self, role, plan):
        if role == "model" and plan.arch_full.get("paper_architecture"):
            pa = paper_encoder_decoder(plan.spec)
            if pa is not None:
                body = paper_model_cell(pa, plan.profile)
                if any("NETWORK" in a["overrides"] for a in plan.arms or []):
                    lstm = paper_model_cell(_registry_lstm(), plan.profile).strip("\n")
                    body += ('\nif NETWORK == "lstm":  # the claim\'s baseline arm: a deep LSTM encoder-decoder, same data, '
                             "budget and seeds\n" + "\n".join("    " + ln if ln.strip() else ln for ln in lstm.splitlines()) + "\n")
                return body
        return template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})


def _noising(plan) -> bool:
    return bool(plan.arms) and "NOISING" in plan.arms[0]["overrides"]


def _attends(plan) -> bool:
    pa = paper_encoder_decoder(plan.spec)
    return pa is not None and "attention=True" in pa.model_code("full")


def _attention_arms(plan) -> list[dict]:
    """A paper whose recurrent encoder-decoder attends over the source compares it with the same network given
    one fixed-length summary instead: same class, parameters, data, budget and seeds; BLEU decides."""
    if not _attends(plan):
        return []
    common = {"metric": "bleu", "higher_is_better": True}
    return [dict(common, name="fixed-length context (no attention)", role="baseline", overrides={"ATTENTION": False}),
            dict(common, name="attention over the source (the paper's model)", role="proposed",
                 overrides={"ATTENTION": True})]


# a result compared with a recurrent network's ("we outperform the accuracy of the deep LSTM setup")
_RECURRENT = re.compile(r"\bLSTMs?\b|\blong short-term memory\b|\brecurrent\b", re.I)
_BEATS = re.compile(r"\boutperform\w*|\bbetter\b|\bimprov\w*|\bsurpass\w*|\bhigher\b", re.I)


def _registry_lstm():
    """The registry's deep LSTM encoder-decoder (its default sizes), the recurrent baseline."""
    from ...paper.spec import Grounded, PaperSpec
    from ..architectures import resolve
    said = Grounded(value="deep LSTM encoder-decoder", note="the recurrent baseline the paper compares with")
    said.kind, said.variant = "lstm_seq2seq", None
    return resolve(PaperSpec(title="", architecture=said))


def _recurrent_baseline_arms(plan) -> list[dict]:
    """A convolutional encoder-decoder whose claim compares its accuracy with a recurrent (LSTM) one: the
    registry's deep LSTM encoder-decoder against the paper's network, same data, budget and seeds; BLEU."""
    said = claim_words(plan)
    if not (_RECURRENT.search(said) and _BEATS.search(said)):
        return []
    common = {"metric": "bleu", "higher_is_better": True}
    return [dict(common, name=f"{_registry_lstm().name} (the recurrent baseline)", role="baseline",
                 overrides={"NETWORK": "lstm"}),
            dict(common, name=f"{plan.model_family} (the paper's model)", role="proposed",
                 overrides={"NETWORK": "paper"})]


RECIPE = Seq2Seq()
