"""token-classification: a BERT-style encoder + token head (NER-style BIO tags, first-subword
labelling); entity-level precision/recall/F1 computed the way seqeval does."""
from __future__ import annotations

from .base import Recipe, template_cells
from ._snippets import TRANSFORMER_NAMES, WORDPIECE


FAMILY = "token-classification"
DEFAULT_DATASET = "CoNLL-2003"
MODEL_FAMILY = "BERT"
SMOKE = {"learning_rate": 2e-3, "batch_size": 16, "max_steps": 300, "max_seq_length": 32, "warmup_steps": 30,
         "weight_decay": 0.01, "optimizer_name": "adamw", "lr_schedule": "linear"}
FULL = {"learning_rate": 5e-5, "batch_size": 32, "epochs": 3, "max_seq_length": 128, "weight_decay": 0.01,
        "optimizer_name": "adamw", "lr_schedule": "linear", "warmup_steps": 0}
ARCH_FULL = {"num_layers": 12, "hidden_size": 768, "num_heads": 12, "vocab_size": 28996}
ARCH_SMOKE = {"num_layers": 2, "hidden_size": 64, "num_heads": 2, "vocab_size": 1500}
PRETRAINED = "google-bert/bert-base-cased"

DATA = r'''
# Data: words + BIO tags -> cased WordPiece sub-words, each word's label on its first sub-word (-100 elsewhere)
import re
import datasets
from tokenizers import Tokenizer, models as tk_models, normalizers, pre_tokenizers

''' + WORDPIECE + r'''def _stand_in_sentences():
    """Tags by rule: runs of capitalised words not opening the sentence -> ENT, numbers -> NUM."""
    from gensim.test.utils import datapath
    with open(datapath("lee_background.cor"), "rb") as fh:
        text = fh.read().decode("latin-1")
    out = []
    for sent in re.split(r"(?<=[.!?])\s+", text):
        words = re.findall(r"[A-Za-z]+|\d+", sent)[:max_seq_length // 2]
        if len(words) < 4:
            continue
        tags, prev = [], "O"
        for i, w in enumerate(words):
            kind = "NUM" if w.isdigit() else ("ENT" if (i > 0 and w[0].isupper()) else None)
            tags.append("O" if kind is None else ("I-" if prev.endswith(kind) else "B-") + kind)
            prev = tags[-1]
        out.append((words, tags))
    return out

if data_dir or (HUB and dataset_id):
    raw = load_local_dataset(data_dir) if data_dir else datasets.load_dataset(*dataset_id.split(":"))
    names = raw["train"].features["ner_tags"].feature.names
    conv = lambda ds: [(list(w), [names[t] for t in tg]) for w, tg in zip(ds["tokens"], ds["ner_tags"])]
    train_sents = conv(raw["train"]); eval_sents = conv(raw["validation"] if "validation" in raw else raw["test"])
    DATA_NOTE = f"local files in {data_dir}" if data_dir else f"hub dataset {dataset_id}"
else:
    sents = _stand_in_sentences()
    random.Random(seed).shuffle(sents)
    cut = len(sents) - 300
    train_sents, eval_sents = sents[:cut], sents[cut:]
    DATA_NOTE = ("STAND-IN: sentences of gensim's lee_background.cor tagged by rule (capitalised runs not opening "
                 "a sentence = ENT, numbers = NUM) instead of " + DATASET_NAME)

label_list = sorted({t for _, tags in train_sents for t in tags})
label2id = {l: i for i, l in enumerate(label_list)}
wp = build_wordpiece([w for w, _ in train_sents], ARCH["vocab_size"], ["[PAD]", "[UNK]", "[CLS]", "[SEP]"],
                     lowercase=False, pretokenized=True)
VOCAB_SIZE = wp.get_vocab_size()

def encode(sents):
    ids_all, mask_all, lab_all = [], [], []
    for words, tags in sents:
        enc = wp.encode(words, is_pretokenized=True)
        ids, labs, seen = [2], [-100], set()
        for tid, wid in zip(enc.ids, enc.word_ids):
            ids.append(tid)
            labs.append(label2id.get(tags[wid], label2id.get("O", 0)) if wid not in seen else -100); seen.add(wid)
        ids, labs = ids[: max_seq_length - 1] + [3], labs[: max_seq_length - 1] + [-100]
        pad_n = max_seq_length - len(ids)
        ids_all.append(ids + [0] * pad_n); mask_all.append([1] * len(ids) + [0] * pad_n); lab_all.append(labs + [-100] * pad_n)
    return torch.tensor(ids_all), torch.tensor(mask_all), torch.tensor(lab_all)

train_ds = torch.utils.data.TensorDataset(*encode(train_sents))
eval_ds = torch.utils.data.TensorDataset(*encode(eval_sents))
collate = None
print(f"{DATA_NOTE}\ntrain {len(train_ds)} / eval {len(eval_ds)} sentences, labels {label_list}, vocab {VOCAB_SIZE}")
'''

MODEL = r'''
# Model: BERT-style encoder + token-classification head
from transformers import BertConfig, BertForTokenClassification
config = BertConfig(vocab_size=VOCAB_SIZE, hidden_size=ARCH["hidden_size"], num_hidden_layers=ARCH["num_layers"],
                    num_attention_heads=ARCH["num_heads"], intermediate_size=4 * ARCH["hidden_size"],
                    max_position_embeddings=max(512, max_seq_length), num_labels=len(label_list),
                    hidden_dropout_prob=dropout, attention_probs_dropout_prob=dropout)
model = BertForTokenClassification(config)
MODEL_NOTE = "built from its config, random init (no pretrained checkpoint offline)"
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    ids, mask, labels = batch
    return model(input_ids=ids, attention_mask=mask, labels=labels).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: entity-level micro precision / recall / F1 over BIO spans (as seqeval computes them)
def spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == kind):
            out.add((kind, start, i)); start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, kind = i, t[2:]
    return out

model.eval()
tp = n_pred = n_gold = 0
with torch.no_grad():
    for ids, mask, labels in torch.utils.data.DataLoader(eval_ds, batch_size=64):
        pred = model(input_ids=ids.to(DEVICE), attention_mask=mask.to(DEVICE)).logits.argmax(-1).cpu()
        for p, g in zip(pred, labels):
            keep = g != -100
            ps, gs = spans([label_list[i] for i in p[keep].tolist()]), spans([label_list[i] for i in g[keep].tolist()])
            tp += len(ps & gs); n_pred += len(ps); n_gold += len(gs)
precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
metrics = {"precision": precision, "recall": recall, "f1": 0.0 if tp == 0 else 2 * precision * recall / (precision + recall)}
print(metrics)
'''


class TokenClassification(Recipe):
    family = FAMILY
    priority = 60
    keywords = ((r"\bnamed entity\b|\bNER\b|\bpart-of-speech\b|\bsequence labell?ing\b", 1),)
    default_dataset = DEFAULT_DATASET
    datasets = ((r"conll", "CoNLL-2003", "conll2003"),)
    stand_in_text = "lee_background.cor sentences tagged by rule (capitalised runs, numbers)"
    model_family = MODEL_FAMILY
    model_names = TRANSFORMER_NAMES
    smoke, full, arch_smoke, arch_full, pretrained = SMOKE, FULL, ARCH_SMOKE, ARCH_FULL, PRETRAINED

    def stand_in_label(self, dataset):
        return "stand-in: gensim lee_background.cor"

    def cell(self, role, plan):
        return template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})


RECIPE = TokenClassification()
