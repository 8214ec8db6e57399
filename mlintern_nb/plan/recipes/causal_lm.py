"""causal-lm: a GPT-2-style decoder (transformers GPT2Config, random init offline, a byte-level
BPE tokenizer trained on the fly); perplexity on held-out text."""
from __future__ import annotations

from .base import Recipe, notebook_model_code, paper_model, template_cells
from ._snippets import TRANSFORMER_NAMES

FAMILY = "causal-lm"
DEFAULT_DATASET = "WikiText-2"
MODEL_FAMILY = "GPT-2"
SMOKE = {"learning_rate": 2e-3, "batch_size": 16, "max_steps": 120, "max_seq_length": 48, "warmup_steps": 10,
         "weight_decay": 0.01, "optimizer_name": "adamw", "lr_schedule": "linear"}
FULL = {"learning_rate": 2.5e-4, "batch_size": 512, "max_steps": 100000, "max_seq_length": 1024, "weight_decay": 0.01,
        "optimizer_name": "adamw", "lr_schedule": "linear", "warmup_steps": 2000}
ARCH_FULL = {"num_layers": 12, "hidden_size": 768, "num_heads": 12, "vocab_size": 50257}
ARCH_SMOKE = {"num_layers": 2, "hidden_size": 64, "num_heads": 2, "vocab_size": 512}
PRETRAINED = ""

DATA = r'''
# Data: raw text -> byte-level BPE tokens -> contiguous blocks of max_seq_length tokens
import datasets
from tokenizers import ByteLevelBPETokenizer

def _stand_in_docs():
    from gensim.test.utils import datapath
    with open(datapath("lee_background.cor"), "rb") as fh:
        return [l.strip() for l in fh.read().decode("latin-1").splitlines() if l.strip()]

def _text_column(ds):
    col = next(c for c in ("text", "content", "sentence") if c in ds.column_names)
    return [t for t in ds[col] if t and t.strip()]

if data_dir:
    raw = load_local_dataset(data_dir)
    train_docs = _text_column(raw["train"])
    eval_docs = _text_column(raw["validation"] if "validation" in raw else raw.get("test", raw["train"]))
    DATA_NOTE = f"local text in {data_dir}"
elif HUB and dataset_id:
    raw = datasets.load_dataset(*dataset_id.split(":"))
    train_docs, eval_docs = _text_column(raw["train"]), _text_column(raw["validation"])
    DATA_NOTE = f"hub dataset {dataset_id}"
else:
    docs = _stand_in_docs()
    cut = int(0.9 * len(docs))
    train_docs, eval_docs = docs[:cut], docs[cut:]
    DATA_NOTE = ("STAND-IN: gensim's lee_background.cor (300 Australian news articles, "
                 f"{sum(map(len, docs)):,} characters) instead of " + DATASET_NAME)

bpe = ByteLevelBPETokenizer()
bpe.train_from_iterator(train_docs, vocab_size=ARCH["vocab_size"], min_frequency=2,
                        special_tokens=["<|endoftext|>"], show_progress=False)
EOS_ID = bpe.token_to_id("<|endoftext|>")
VOCAB_SIZE = bpe.get_vocab_size()

def blocks(docs):
    ids = []
    for e in bpe.encode_batch(docs):
        ids += e.ids + [EOS_ID]
    n = len(ids) // max_seq_length
    return torch.tensor(ids[: n * max_seq_length]).view(n, max_seq_length)

train_ds = torch.utils.data.TensorDataset(blocks(train_docs))
eval_ds = torch.utils.data.TensorDataset(blocks(eval_docs))
collate = None
print(f"{DATA_NOTE}\ntrain {len(train_ds)} / eval {len(eval_ds)} blocks of {max_seq_length} tokens, vocab {VOCAB_SIZE}")
'''

MODEL = r'''
# Model: GPT-2-style decoder (pre-LayerNorm blocks, learned positions, tied embeddings)
from transformers import GPT2Config, GPT2LMHeadModel
config = GPT2Config(vocab_size=VOCAB_SIZE, n_positions=max(max_seq_length, 64), n_embd=ARCH["hidden_size"],
                    n_layer=ARCH["num_layers"], n_head=ARCH["num_heads"], resid_pdrop=dropout, embd_pdrop=dropout,
                    attn_pdrop=dropout, bos_token_id=EOS_ID, eos_token_id=EOS_ID)
model = GPT2LMHeadModel(config)
MODEL_NOTE = "built from its config, random init (trained from scratch, as the paper does)"
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    (ids,) = batch
    return model(input_ids=ids, labels=ids).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: perplexity = exp(mean next-token cross-entropy) on held-out blocks
import math
model.eval()
tot, n = 0.0, 0
with torch.no_grad():
    for (ids,) in torch.utils.data.DataLoader(eval_ds, batch_size=16):
        ids = ids.to(DEVICE)
        tot += model(input_ids=ids, labels=ids).loss.item() * ids.shape[0]; n += ids.shape[0]
metrics = {"eval_loss": tot / n, "perplexity": math.exp(tot / n)}
print(metrics)
'''


MODEL_PAPER = r'''
# Model: the paper's own architecture, {name} (transformers; mlintern_nb.plan.architectures), random init
{code}
MODEL_NOTE = "{name} built from its config, random init (trained from scratch)"
for _m in model.modules():  # the notebook's dropout parameter on the model's dropout layers (GPT-2's; LLaMA has none)
    if isinstance(_m, torch.nn.Dropout):
        _m.p = dropout
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    (ids,) = batch
    return model(input_ids=ids, labels=ids).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''


def paper_decoder(spec):
    """The paper's own decoder-only LM from the registry (GPT-2 with the paper's sizes too), or None: the
    template's GPT-2 when the paper names no decoder the registry knows."""
    return paper_model(spec, lambda a: any(
        k in a.model_code("smoke", vocab_size=1000) for k in ("ForCausalLM(", "LMHeadModel(")), vocab_size=1000)


class CausalLM(Recipe):
    family = FAMILY
    priority = 30
    keywords = ((r"\blanguage models?\b|\bgenerative pre-?train|\bautoregressive\b|\bnext[\s-]token\b|\bfoundation\b", 1),)
    default_dataset = DEFAULT_DATASET
    datasets = ((r"wikitext-?103", "WikiText-103", "wikitext:wikitext-103-raw-v1"),
                (r"wikitext", "WikiText-2", "wikitext:wikitext-2-raw-v1"),
                (r"\bptb\b|penn tree", "Penn Treebank", "ptb_text_only"))
    stand_in_text = "gensim's lee_background.cor (300 news articles)"
    model_family = MODEL_FAMILY
    model_names = TRANSFORMER_NAMES
    smoke, full, arch_smoke, arch_full, pretrained = SMOKE, FULL, ARCH_SMOKE, ARCH_FULL, PRETRAINED

    def architecture(self, spec, dataset):
        full, smoke, name = super().architecture(spec, dataset)
        pa = paper_decoder(spec)
        if pa is not None:  # the paper's own decoder (GPT-2's sizes, LLaMA, Mistral ...) instead of the template
            full["paper_architecture"] = smoke["paper_architecture"] = pa.kind
            built = pa.values("full")  # the config cell's ARCH (tokenizer vocabulary, hardware estimate): the paper's
            full.update({k: int(built[k]) for k in ("num_layers", "hidden_size", "num_heads", "vocab_size") if k in built})
            name = pa.name
        return full, smoke, name

    def stand_in_label(self, dataset):
        return "stand-in: gensim lee_background.cor"

    def cell(self, role, plan):
        if role == "model" and plan.arch_full.get("paper_architecture"):
            pa = paper_decoder(plan.spec)
            code = notebook_model_code(pa, plan.profile, vocab_size="VOCAB_SIZE")
            return MODEL_PAPER.replace("{code}", code).replace("{name}", pa.name)
        return template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})


RECIPE = CausalLM()
