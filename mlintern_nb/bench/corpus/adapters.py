"""Adapter (PEFT/LoRA) faults: target modules named after another architecture, a renamed config keyword."""
COMMON = '''import torch
import torch.nn.functional as F
from torch import nn
from peft import LoraConfig, get_peft_model
torch.manual_seed(0)
ids = torch.randint(5, 100, (128, 12))
topic = ids[:, 0] % 2
def lora_layers(model):
    return sorted({n.rsplit(".lora_A", 1)[0].split(".")[-1] for n, _ in model.named_parameters() if ".lora_A" in n})
def train_cls(model, steps=20, lr=5e-3):
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr)
    out = []
    for _ in range(steps):
        idx = torch.randint(0, len(ids), (32,))
        loss = model(input_ids=ids[idx], labels=topic[idx]).loss
        opt.zero_grad(); loss.backward(); opt.step()
        out.append(loss.item())
    return out
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
KEEP = TRAINS + "assert cfg.r == 8 and cfg.lora_alpha == 16, 'the paper: r=8, alpha=16'\nassert lora_layers(model), 'LoRA layers were injected'\n"


def lora(build, targets, extra="", task="SEQ_CLS", train="losses = train_cls(model)\n"):
    task_kw = f", task_type=\"{task}\"" if task else ""
    return (build + f"cfg = LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0, target_modules={targets}{task_kw}{extra})\n"
            "model = get_peft_model(base, cfg)\n" + train)


BERT = ("from transformers import BertConfig, BertForSequenceClassification\n"
        "base = BertForSequenceClassification(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, "
        "num_attention_heads=2, intermediate_size=64))\n")
GPT2 = ("from transformers import GPT2Config, GPT2ForSequenceClassification\n"
        "base = GPT2ForSequenceClassification(GPT2Config(vocab_size=100, n_positions=32, n_embd=32, n_layer=2, n_head=2, pad_token_id=0))\n")
DISTIL = ("from transformers import DistilBertConfig, DistilBertForSequenceClassification\n"
          "base = DistilBertForSequenceClassification(DistilBertConfig(vocab_size=100, dim=32, n_layers=2, n_heads=2, hidden_dim=64))\n")
T5 = ("from transformers import T5Config, T5ForConditionalGeneration\n"
      "base = T5ForConditionalGeneration(T5Config(vocab_size=100, d_model=32, d_kv=16, d_ff=64, num_layers=1, num_heads=2, decoder_start_token_id=0))\n")
T5_TRAIN = '''opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=5e-3)
losses = []
for _ in range(20):
    idx = torch.randint(0, len(ids), (32,))
    loss = model(input_ids=ids[idx], labels=ids[idx][:, :4].contiguous()).loss
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
'''
VIT = ("from transformers import ViTConfig, ViTForImageClassification\n"
       "base = ViTForImageClassification(ViTConfig(image_size=8, patch_size=4, num_channels=1, hidden_size=32, num_hidden_layers=1, "
       "num_attention_heads=2, intermediate_size=64, num_labels=2))\n")
VIT_TRAIN = '''pix = torch.randn(128, 1, 8, 8); pix[topic == 1, :, :4] += 1.0
opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=5e-3)
losses = []
for _ in range(20):
    idx = torch.randint(0, 128, (32,))
    loss = model(pixel_values=pix[idx], labels=topic[idx]).loss
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
'''
MLP = '''class MLPClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(100, 32)
        self.fc1, self.fc2, self.head = nn.Linear(32, 64), nn.Linear(64, 32), nn.Linear(32, 2)
    def forward(self, input_ids=None, labels=None):
        h = self.emb(input_ids[:, 0])            # the first token carries the topic
        logits = self.head(torch.relu(self.fc2(torch.relu(self.fc1(h)))))
        return type("Out", (), {"loss": F.cross_entropy(logits, labels), "logits": logits})
base = MLPClassifier()
'''

CASES = [
    dict(name="lora_llama_names_on_bert", kind="adapter_targets",
         broken=lora(BERT, '["q_proj", "v_proj"]'), fixed=lora(BERT, '["query", "value"]'),
         check=KEEP + "assert set(lora_layers(model)) == {'query', 'value'}\n",
         fix="BERT's attention projections are named query/value: target those",
         preserve=["r=8", "lora_alpha=16", "adapt the query and value projections"],
         source="peft/LLaMA-Factory issues: \"Target modules ['q_proj', 'v_proj'] not found in the base model\""),
    dict(name="lora_bloom_names_on_gpt2", kind="adapter_targets",
         broken=lora(GPT2, '["query_key_value"]'), fixed=lora(GPT2, '["c_attn"]'),
         check=KEEP + "assert lora_layers(model) == ['c_attn']\n",
         fix="GPT-2's fused QKV projection is c_attn", preserve=["r=8", "lora_alpha=16", "adapt the fused QKV projection"],
         source="LongLoRA/LMFlow issues: 'query_key_value' targets on a model that names it differently"),
    dict(name="lora_dense_on_custom_mlp", kind="adapter_targets",
         broken=lora(MLP, '["dense"]', task=None, extra=', modules_to_save=["head"]', train="losses = train_cls(model, steps=40, lr=2e-2)\n"),
         fixed=lora(MLP, '["fc1", "fc2"]', task=None, extra=', modules_to_save=["head"]', train="losses = train_cls(model, steps=40, lr=2e-2)\n"),
         check=KEEP + "assert set(lora_layers(model)) == {'fc1', 'fc2'}\n",
         fix="the custom model's hidden Linear layers are fc1/fc2", preserve=["r=8", "lora_alpha=16", "adapt the hidden layers"],
         source="peft issues: LoRA on a custom nn.Module with target names copied from a transformer"),
    dict(name="lora_llama_names_on_distilbert", kind="adapter_targets",
         broken=lora(DISTIL, '["q_proj", "v_proj"]'), fixed=lora(DISTIL, '["q_lin", "v_lin"]'),
         check=KEEP + "assert set(lora_layers(model)) == {'q_lin', 'v_lin'}\n",
         fix="DistilBERT names them q_lin/v_lin", preserve=["r=8", "lora_alpha=16", "adapt the query and value projections"],
         source="peft forum: LoRA config from a LLaMA recipe applied to DistilBERT"),
    dict(name="lora_rank_keyword", kind="api_misuse",
         broken=BERT + 'cfg = LoraConfig(rank=8, lora_alpha=16, lora_dropout=0.0, target_modules=["query", "value"], task_type="SEQ_CLS")\nmodel = get_peft_model(base, cfg)\nlosses = train_cls(model)\n',
         fixed=lora(BERT, '["query", "value"]'),
         check=KEEP, fix="LoraConfig's rank argument is r=", preserve=["r=8", "lora_alpha=16"],
         source="peft issues: \"LoraConfig.__init__() got an unexpected keyword argument 'rank'\""),
    dict(name="lora_regex_matches_nothing", kind="adapter_targets",
         broken=lora(BERT, 'r".*attn\\.q.*"'), fixed=lora(BERT, 'r".*attention\\.self\\.(query|value)"'),
         check=KEEP + "assert set(lora_layers(model)) == {'query', 'value'}\n",
         fix="the regex must match the model's module names (…attention.self.query/value)",
         preserve=["r=8", "lora_alpha=16", "adapt the query and value projections"],
         source="peft issue #1206: a target_modules regex that matched in one version and not the next"),
    dict(name="lora_llama_names_on_t5", kind="adapter_targets",
         broken=lora(T5, '["q_proj", "v_proj"]', task="SEQ_2_SEQ_LM", train=T5_TRAIN),
         fixed=lora(T5, '["q", "v"]', task="SEQ_2_SEQ_LM", train=T5_TRAIN),
         check=KEEP + "assert set(lora_layers(model)) == {'q', 'v'}\n",
         fix="T5's attention projections are q/v", preserve=["r=8", "lora_alpha=16", "adapt the query and value projections"],
         source="ChatGLM/peft issues: \"Target modules ['q', 'k', 'v'] not found\" (and the converse)"),
    dict(name="lora_old_vit_names_after_upgrade", kind="adapter_targets",
         broken=lora(VIT, '["query", "value"]', task=None, train=VIT_TRAIN),
         fixed=lora(VIT, '["q_proj", "v_proj"]', task=None, train=VIT_TRAIN),
         check=KEEP + "assert set(lora_layers(model)) == {'q_proj', 'v_proj'}\n",
         fix="the installed transformers names ViT's projections q_proj/v_proj (a tutorial for the old names)",
         preserve=["r=8", "lora_alpha=16", "adapt the query and value projections"],
         source="peft forum: a LoRA image-classification tutorial's target names broken by a transformers upgrade"),
]
