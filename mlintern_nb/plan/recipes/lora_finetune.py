"""lora-finetune: peft LoRA on a small GPT-2-style causal LM built from its config; the paper's
rank, alpha and target modules. Offline the base model is random init (no checkpoint ships)."""
from __future__ import annotations

import re

from ..claims import claim_words
from ._snippets import E2E, GLUE_LIKE, PANG_LEE, SAMSUM, TRANSFORMER_NAMES
from .base import Recipe, notebook_model_code, paper_model, template_cells

FAMILY = "lora-finetune"
DEFAULT_DATASET = "E2E NLG Challenge"
MODEL_FAMILY = "GPT-2"
SMOKE = {"learning_rate": 2e-2, "batch_size": 16, "max_steps": 80, "max_seq_length": 40, "warmup_steps": 6,
         "weight_decay": 0.0, "optimizer_name": "adamw", "lr_schedule": "linear", "lora_r": 8, "lora_alpha": 16,
         "lora_dropout": 0.0, "lora_target_modules": "c_attn"}
FULL = {"learning_rate": 2e-4, "batch_size": 8, "epochs": 5, "max_seq_length": 512, "weight_decay": 0.01,
        "optimizer_name": "adamw", "lr_schedule": "linear", "warmup_steps": 500, "lora_r": 8, "lora_alpha": 16,
        "lora_dropout": 0.1, "lora_target_modules": "c_attn"}
ARCH_FULL = {"num_layers": 24, "hidden_size": 1024, "num_heads": 16, "vocab_size": 50257}
ARCH_SMOKE = {"num_layers": 2, "hidden_size": 64, "num_heads": 2, "vocab_size": 512}
PRETRAINED = "openai-community/gpt2-medium"
BASE_PRETRAIN_STEPS = 100

DATA = r'''
# Data: fine-tuning text ("<input> => <target>" lines) -> byte-level BPE -> padded sequences
import datasets
from tokenizers import ByteLevelBPETokenizer

def _stand_in_rows():
    from gensim.test.utils import datapath
    with open(datapath("pang_lee_polarity.cor"), "rb") as fh:
        lines = fh.read().decode("latin-1").splitlines()
    return [f"review: {t.strip()} => {'positive' if lab == '__label__pos' else 'negative'}"
            for lab, _, t in (l.partition(" ") for l in lines) if t.strip()]

def _rows(ds):
    cols = ds.column_names
    if "text" in cols:
        return list(ds["text"])
    src = next(c for c in ("meaning_representation", "source", "input", "sentence") if c in cols)
    tgt = next(c for c in ("human_reference", "target", "output", "label") if c in cols)
    return [f"{a} => {b}" for a, b in zip(ds[src], ds[tgt])]

if data_dir:
    raw = load_local_dataset(data_dir)
    train_rows = _rows(raw["train"]); eval_rows = _rows(raw["validation"] if "validation" in raw else raw["train"])
    DATA_NOTE = f"local files in {data_dir}"
elif HUB and dataset_id:
    raw = datasets.load_dataset(*dataset_id.split(":"))
    train_rows, eval_rows = _rows(raw["train"]), _rows(raw["validation"])
    DATA_NOTE = f"hub dataset {dataset_id}"
else:
    rows = _stand_in_rows()
    random.Random(seed).shuffle(rows)
    cut = int(0.8 * len(rows))
    train_rows, eval_rows = rows[:cut], rows[cut:]
    DATA_NOTE = ("STAND-IN: gensim's pang_lee_polarity.cor as 'review: ... => positive/negative' lines "
                 "(a conditional-generation task like the paper's) instead of " + DATASET_NAME)

if HUB and PRETRAINED_ID:
    from transformers import AutoTokenizer
    hf_tok = AutoTokenizer.from_pretrained(PRETRAINED_ID); hf_tok.pad_token = hf_tok.eos_token
    def encode(rows):
        enc = hf_tok(rows, truncation=True, max_length=max_seq_length, padding="max_length", return_tensors="pt")
        return enc["input_ids"], enc["attention_mask"]
    VOCAB_SIZE, EOS_ID = len(hf_tok), hf_tok.eos_token_id
else:
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(train_rows, vocab_size=ARCH["vocab_size"], min_frequency=2,
                            special_tokens=["<|endoftext|>"], show_progress=False)
    EOS_ID = bpe.token_to_id("<|endoftext|>")
    bpe.enable_truncation(max_seq_length)
    bpe.enable_padding(pad_id=EOS_ID, pad_token="<|endoftext|>", length=max_seq_length)
    def encode(rows):
        encs = bpe.encode_batch(rows)
        return torch.tensor([e.ids for e in encs]), torch.tensor([e.attention_mask for e in encs])
    VOCAB_SIZE = bpe.get_vocab_size()

train_ds = torch.utils.data.TensorDataset(*encode(train_rows))
eval_ds = torch.utils.data.TensorDataset(*encode(eval_rows))
collate = None
print(f"{DATA_NOTE}\ntrain {len(train_ds)} / eval {len(eval_ds)} sequences of {max_seq_length} tokens, vocab {VOCAB_SIZE}")
'''

MODEL = r'''
# Model: frozen base causal LM + LoRA adapters (peft): W = W0 + (alpha / r) * B A on the target modules;
# finetune == "full": every weight of the same base trains instead (the paper's full fine-tuning baseline)
import copy
from transformers import GPT2Config, GPT2LMHeadModel
from peft import LoraConfig, get_peft_model
BASE_CACHE = globals().setdefault("BASE_CACHE", {})  # one pre-trained base per notebook: every run starts from it
if HUB and PRETRAINED_ID:
    base = GPT2LMHeadModel.from_pretrained(PRETRAINED_ID)
    MODEL_NOTE = f"base: pretrained checkpoint {PRETRAINED_ID}"
else:
{base_code}
    MODEL_NOTE = ("base: {base_name} built from its config (no pretrained checkpoint offline; the paper adapts a "
                  "pretrained one)")
    if BASE_PRETRAIN_STEPS > 0:  # stand-in for pre-training: a short causal-LM run on other text, then frozen
        key = (repr(base_config.to_dict()), BASE_PRETRAIN_STEPS)
        if key not in BASE_CACHE:
            from gensim.test.utils import datapath
            with open(datapath("lee_background.cor"), "rb") as fh:
                _docs = [l.strip() for l in fh.read().decode("latin-1").splitlines() if l.strip()]
            _ids, _mask = encode(_docs)
            with torch.random.fork_rng():  # the base is one checkpoint, whatever seed fine-tunes it
                torch.manual_seed(seed)
                _base = type(base)(base_config)
                _opt = torch.optim.AdamW(_base.parameters(), lr=2e-3)
                _g = torch.Generator().manual_seed(seed)
                _base.train()
                for _s in range(BASE_PRETRAIN_STEPS):
                    _b = torch.randint(0, len(_ids), (16,), generator=_g)
                    _loss = _base(input_ids=_ids[_b], attention_mask=_mask[_b], labels=_ids[_b].masked_fill(_mask[_b] == 0, -100)).loss
                    _loss.backward(); _opt.step(); _opt.zero_grad()
            BASE_CACHE[key] = (copy.deepcopy(_base.state_dict()), _loss.item())
        base.load_state_dict(BASE_CACHE[key][0])
        MODEL_NOTE += (f"; base pre-trained for {BASE_PRETRAIN_STEPS} steps on lee_background.cor "
                       f"(loss {BASE_CACHE[key][1]:.2f}) as a stand-in")
if gradient_checkpointing:
    base.gradient_checkpointing_enable()
lora_config = LoraConfig(r=lora_r, lora_alpha=lora_alpha, lora_dropout=lora_dropout, task_type="CAUSAL_LM",
                         target_modules=[m.strip() for m in lora_target_modules.split(",") if m.strip()],
                         fan_in_fan_out=True)
model = base if finetune == "full" else get_peft_model(base, lora_config)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
total_params = sum(p.numel() for p in model.parameters())

def compute_loss(model, batch):
    ids, mask = batch
    labels = ids.masked_fill(mask == 0, -100)
    return model(input_ids=ids, attention_mask=mask, labels=labels).loss

print(MODEL_NOTE, "- full fine-tuning: every weight trains;" if finetune == "full" else
      f"- LoRA r={lora_r} alpha={lora_alpha} on {lora_config.target_modules}:",
      f"{trainable:,} trainable of {total_params:,} parameters ({100 * trainable / total_params:.2f}%)")
'''

EVAL = r'''
# Evaluate: held-out loss / perplexity and the trainable-parameter fraction
import math
model.eval()
tot, n = 0.0, 0
with torch.no_grad():
    for ids, mask in torch.utils.data.DataLoader(eval_ds, batch_size=32):
        ids, mask = ids.to(DEVICE), mask.to(DEVICE)
        tot += model(input_ids=ids, attention_mask=mask, labels=ids.masked_fill(mask == 0, -100)).loss.item() * len(ids)
        n += len(ids)
metrics = {"eval_loss": tot / n, "perplexity": math.exp(tot / n), "trainable_fraction": trainable / total_params,
           "trainable_params": float(trainable)}
print(metrics)
'''


BASE_TEMPLATE = """
    base_config = GPT2Config(vocab_size=VOCAB_SIZE, n_positions=max(max_seq_length, 64), n_embd=ARCH["hidden_size"],
                             n_layer=ARCH["num_layers"], n_head=ARCH["num_heads"], bos_token_id=EOS_ID, eos_token_id=EOS_ID)
    base = GPT2LMHeadModel(base_config)"""
BASE_KINDS = ("gpt2",)  # the template's base: LoRA targets and adapter slots are GPT-2's module names (c_attn ...)


def paper_base(spec):
    """The paper's GPT-2-kind base model from the registry (its sizes), or None: the template's GPT-2 base."""
    return paper_model(spec, lambda a: a.kind in BASE_KINDS, vocab_size=1000)


def base_code(arch, profile: str) -> str:
    """The registry's model code for the base, inside the cell's offline branch: code lines indented, the
    header comments kept at the line start (the notebook's architecture metadata reads them there); the
    registry's ``model`` / ``config`` become the cell's ``base`` / ``base_config``."""
    code = notebook_model_code(arch, profile, vocab_size="VOCAB_SIZE")
    lines = [l if l.startswith("#") else "    " + l for l in code.splitlines()]
    return "\n".join(lines) + ("\n    base, base_config = model, config  # the registry's model is the frozen base"
                               "\n    base.config.bos_token_id = base.config.eos_token_id = EOS_ID  # the tokenizer's")


_ADAPTERS = re.compile(r"\badapter(?:s| modules?| layers?| tuning)?\b|\bbottleneck adapter", re.I)
_LORA = re.compile(r"\blow-?rank\b|\bLoRA\b", re.I)
# finetune == "adapter": a bottleneck after each sub-layer's output projection (down-project, GELU, up-project,
# residual; the up-projection starts at zero so the base's function is unchanged at step 0); the base stays
# frozen, adapters and layer norms train. transformers/peft have no such module; it is a few lines here.
ADAPTER_CODE = r'''
# The claim's arms: finetune == "adapter" — bottleneck adapter modules inside the frozen base
import torch.nn as nn

class BottleneckAdapter(nn.Module):
    """h -> h + W_up(gelu(W_down h)), after a sub-layer's output projection; W_up starts at zero (identity)."""
    def __init__(self, inner, d, m):
        super().__init__()
        self.inner, self.down, self.up = inner, nn.Linear(d, m), nn.Linear(m, d)
        nn.init.normal_(self.down.weight, std=1e-2); nn.init.zeros_(self.up.weight); nn.init.zeros_(self.up.bias)
    def forward(self, *args, **kwargs):
        h = self.inner(*args, **kwargs)
        return h + self.up(nn.functional.gelu(self.down(h)))

if finetune == "adapter":
    base = model.unload() if hasattr(model, "unload") else model  # the same base, without the LoRA layers
    for p in base.parameters():
        p.requires_grad_(False)
    ADAPTER_SIZE = max(2, ARCH["hidden_size"] // 16)
    for name, mod in list(base.named_modules()):
        for child in ("c_proj",):  # GPT-2 blocks: attn.c_proj and mlp.c_proj are the sub-layer outputs
            if hasattr(mod, child) and name.split(".")[-1] in ("attn", "mlp"):
                setattr(mod, child, BottleneckAdapter(getattr(mod, child), ARCH["hidden_size"], ADAPTER_SIZE))
    for name, p in base.named_parameters():
        if ".down." in name or ".up." in name or ".ln_" in name or name.startswith("transformer.ln_f"):
            p.requires_grad_(True)
    model = base
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total_params = sum(p.numel() for p in model.parameters())
    print(f"adapters: bottleneck {ADAPTER_SIZE} after each attention and MLP output; base frozen, adapters + "
          f"layer norms train: {trainable:,} trainable of {total_params:,} ({100 * trainable / total_params:.2f}%)")
'''


def own_method(spec) -> str:
    """The parameter-efficient method the paper's claim names: "adapter" (bottleneck adapter modules) or "lora"."""
    from ..claims import paper_claim
    said = paper_claim(spec)["text"]
    return "adapter" if _ADAPTERS.search(said) and not _LORA.search(said) else "lora"


def parity_margin(text: str) -> float:
    """The shortfall a parity claim allows, as a fraction of the baseline, when the paper states one
    ("retains 97 %" -> 0.03, "within 1 %" -> 0.01); else 0."""
    m = re.search(r"\bretain\w*\s+(\d+(?:\.\d+)?)\s?%", text, re.I)
    if m and float(m.group(1)) <= 100:
        return round(1 - float(m.group(1)) / 100, 6)
    m = re.search(r"\bwithin\s+(\d+(?:\.\d+)?)\s?%", text, re.I)
    return float(m.group(1)) / 100 if m else 0.0


def lora_targets(text: str) -> str | None:
    """GPT-2 module names for the weight matrices a paper adapts (W_q/W_k/W_v -> c_attn ...)."""
    t = text.lower().replace("_", "")
    if not t.strip():
        return None
    mods = []
    if re.search(r"w\s*q|wq|query|w\s*k|wk|w\s*v|wv|value|attention", t):
        mods.append("c_attn")
    if re.search(r"w\s*o\b|wo\b|output projection", t):
        mods.append("attn.c_proj")
    if re.search(r"mlp|w\s*f|ffn|feed-?forward", t):
        mods.append("c_fc")
    return ",".join(mods) or None


class LoRAFinetune(Recipe):
    family = FAMILY
    priority = 50
    keywords = ((r"\blow-?rank adaptation\b|\bLoRA\b|\bparameter-efficient\b|\badapters?\b", 3),)
    default_dataset = DEFAULT_DATASET
    datasets = GLUE_LIKE + (PANG_LEE, E2E, SAMSUM)
    native_datasets = ("Pang & Lee sentence polarity",)
    stand_in_text = "gensim's pang_lee_polarity.cor as conditional-generation lines"
    model_family = MODEL_FAMILY
    model_names = TRANSFORMER_NAMES
    smoke, full, arch_smoke, arch_full, pretrained = SMOKE, FULL, ARCH_SMOKE, ARCH_FULL, PRETRAINED
    setup_hints = ("gpt", "e2e")
    trainable_fraction = 0.005

    def extra_params(self, add, value_of, spec, setup):
        n, g = value_of("lora_rank", True)
        add("lora_r", "int", "LoRA rank r", n, g)
        n, g = value_of("lora_alpha")
        add("lora_alpha", "float", "LoRA alpha; the update is scaled by alpha / r", n, g)
        add("lora_dropout", "float", "dropout on the LoRA path", None, None)
        tg = spec.value("lora_target_modules", setup) or spec.architecture
        targets = lora_targets(f"{tg.value} {tg.quote or ''}" if hasattr(tg, "quote") else str(tg)) if tg is not None else None
        add("lora_target_modules", "str", "comma-separated module names LoRA wraps; GPT-2 c_attn holds W_q, W_k, W_v",
            targets, tg if targets else None)
        add("finetune", "str", "lora: frozen base + LoRA | adapter: frozen base + bottleneck adapters | full: every "
            "weight of the same base trains",
            None, None, full_default=own_method(spec), smoke_default=own_method(spec))

    def stand_in_label(self, dataset):
        return "stand-in: gensim pang_lee_polarity.cor"

    # the claim of a parameter-efficient method: as good as fine-tuning every weight, with far fewer trainable
    baselines = r"\bfine-?tun(?:ed|ing)\b"

    def arms(self, plan):
        """Full fine-tuning against the parameter-efficient method the claim names: bottleneck adapters
        ("adapter modules") or LoRA (low-rank updates, also the default)."""
        said = claim_words(plan)
        if not re.search(self.baselines, said, re.I):
            return []
        common = {"metric": "eval_loss", "higher_is_better": False}
        method = ("adapter", "bottleneck adapters") if _ADAPTERS.search(said) and not _LORA.search(said) \
            else ("lora", "LoRA")
        return [dict(common, name="full fine-tuning", role="baseline", overrides={"finetune": "full"}),
                dict(common, name=method[1], role="proposed", overrides={"finetune": method[0]}, kind="not worse",
                     margin=parity_margin(said))]

    def arm_code(self, role, plan):
        adapters = plan.params.get("finetune") == "adapter" or any(
            a["overrides"].get("finetune") == "adapter" for a in plan.arms or [])
        return ADAPTER_CODE if role == "model" and adapters else ""

    def no_comparison(self, plan):
        return "the claim compares with no fine-tuning baseline (full fine-tuning is the baseline this recipe runs)"

    def extra_licenses(self):
        return [("models", "LoRA")]

    def config_lines(self, plan):
        return [f"BASE_PRETRAIN_STEPS = 0 if profile == \"full\" else {BASE_PRETRAIN_STEPS}"
                "  # offline stand-in for the pretrained base"]

    def architecture(self, spec, dataset):
        full, smoke, name = super().architecture(spec, dataset)
        pa = paper_base(spec)
        if pa is not None:  # the paper's base (its sizes) instead of the template's GPT-2 medium
            built = pa.values("full")  # the config cell's ARCH (tokenizer vocabulary, hardware estimate)
            full.update({k: int(built[k]) for k in ("num_layers", "hidden_size", "num_heads", "vocab_size") if k in built})
            built = pa.values("smoke")  # the adapters' width; the smoke tokenizer keeps the template's vocabulary
            smoke.update({k: int(built[k]) for k in ("num_layers", "hidden_size", "num_heads") if k in built})
            name = pa.name
        return full, smoke, name

    def cell(self, role, plan):
        body = template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})
        if role != "model":
            return body
        pa = paper_base(plan.spec)
        code = base_code(pa, plan.profile) if pa is not None else BASE_TEMPLATE.strip("\n")
        return body.replace("{base_code}", code).replace("{base_name}", pa.name if pa is not None else "GPT-2")


RECIPE = LoRAFinetune()
