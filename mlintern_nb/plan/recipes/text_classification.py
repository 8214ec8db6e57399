"""text-classification: a BERT-style encoder + classification head (transformers BertConfig,
random init offline, a WordPiece tokenizer trained on the fly); accuracy and macro-F1."""
from __future__ import annotations

from . import _pretraining
from ..claims import claim_words
from .base import Recipe, notebook_model_code, paper_model, template_cells
from ._snippets import GLUE_LIKE, PANG_LEE, TRANSFORMER_NAMES, WORDPIECE


FAMILY = "text-classification"
DEFAULT_DATASET = "SST-2"
MODEL_FAMILY = "BERT"
SMOKE = {"learning_rate": 1e-3, "batch_size": 16, "max_steps": 300, "max_seq_length": 48, "warmup_steps": 10,
         "weight_decay": 0.01, "optimizer_name": "adamw", "lr_schedule": "linear"}
FULL = {"learning_rate": 2e-5, "batch_size": 32, "epochs": 3, "max_seq_length": 128, "weight_decay": 0.01,
        "optimizer_name": "adamw", "lr_schedule": "linear", "warmup_steps": 0}
ARCH_FULL = {"num_layers": 12, "hidden_size": 768, "num_heads": 12, "vocab_size": 30522}
ARCH_SMOKE = {"num_layers": 2, "hidden_size": 64, "num_heads": 2, "vocab_size": 1000}
PRETRAINED = "google-bert/bert-base-uncased"
PRETRAIN_STEPS = {"smoke": 50, "full": 10000}  # per arm; default: the papers pre-train far longer (smoke: CI time)
ARM_FINETUNE_STEPS = 200  # smoke: fine-tuning steps of each arm (two passes over the 1,600 training sentences;
# after 100 a random-init encoder is still at chance, measured on the three pre-training papers)

DATA = r'''
# Data: sentences + binary/multi-class labels; tokenizer (WordPiece, trained on the fly when no checkpoint loads)
import datasets
from tokenizers import Tokenizer, models as tk_models, normalizers, pre_tokenizers, processors

''' + WORDPIECE + r'''def _stand_in_rows():
    """(rows, note): the paper's own Pang & Lee sentences when that is its dataset; else the 2,000 movie-review
    snippets shipped in mlintern_nb.plan.data; gensim's 200 sentences when mlintern_nb is not importable."""
    if DATASET_NAME != "Pang & Lee sentence polarity":
        try:
            import importlib.resources
            text = importlib.resources.files("mlintern_nb.plan.data").joinpath("movie_snippets.tsv").read_text("utf-8")
            rows = [(t, int(lab)) for lab, _, t in (l.partition("\t") for l in text.splitlines()) if t]
            return rows, (f"STAND-IN: {len(rows):,} human-rated movie-review sentences (rotten-tomatoes snippets from "
                          "Pang & Lee's corpus, the source of SST; vaderSentiment's data, MIT, Hutto & Gilbert 2014; "
                          "label 1 = mean rating >= +1, 0 = <= -1 on -4..+4) instead of " + DATASET_NAME)
        except (ImportError, OSError):
            pass
    from gensim.test.utils import datapath
    with open(datapath("pang_lee_polarity.cor"), "rb") as fh:
        lines = fh.read().decode("latin-1").splitlines()
    rows = [(t.strip(), 1 if lab == "__label__pos" else 0) for lab, _, t in (l.partition(" ") for l in lines) if t.strip()]
    if DATASET_NAME == "Pang & Lee sentence polarity":
        return rows, f"the paper's own data: gensim's pang_lee_polarity.cor ({len(rows)} movie-review sentences)"
    return rows, (f"STAND-IN: gensim's pang_lee_polarity.cor ({len(rows)} movie-review sentences labelled "
                  "positive/negative, from the corpus SST was built on; mlintern_nb's larger snippet set is not "
                  "importable in this kernel) instead of " + DATASET_NAME)

def _columns(ds):
    text_col = next(c for c in ("sentence", "text", "review", "content") if c in ds.column_names)
    return [str(x) for x in ds[text_col]], [int(x) for x in ds["label"]]

if data_dir:
    raw = load_local_dataset(data_dir)
    train_texts, train_labels = _columns(raw["train"])
    eval_split = "validation" if "validation" in raw else ("test" if "test" in raw else None)
    if eval_split is None:
        raw = raw["train"].train_test_split(test_size=0.2, seed=seed); eval_split = "test"
    eval_texts, eval_labels = _columns(raw[eval_split])
    DATA_NOTE = f"local files in {data_dir}"
elif HUB and dataset_id:
    raw = datasets.load_dataset(*dataset_id.split(":"))
    train_texts, train_labels = _columns(raw["train"])
    eval_texts, eval_labels = _columns(raw["validation"])
    DATA_NOTE = f"hub dataset {dataset_id}"
else:
    rows, DATA_NOTE = _stand_in_rows()
    # stratified 80/20 split: each label keeps its share in train and eval (a balanced held-out set)
    train_rows, eval_rows = [], []
    for lab in sorted({y for _, y in rows}):
        group = [r for r in rows if r[1] == lab]
        random.Random(seed).shuffle(group)
        cut = int(0.8 * len(group))
        train_rows += group[:cut]; eval_rows += group[cut:]
    random.Random(seed).shuffle(train_rows)
    train_texts, train_labels = map(list, zip(*train_rows))
    eval_texts, eval_labels = map(list, zip(*eval_rows))
num_labels = len(set(train_labels))

tokenizer = None
if HUB and PRETRAINED_ID:
    from transformers import AutoTokenizer
    tokenizer = AutoTokenizer.from_pretrained(PRETRAINED_ID)
    def encode(texts):
        enc = tokenizer(list(texts), truncation=True, max_length=max_seq_length, padding="max_length", return_tensors="pt")
        return enc["input_ids"], enc["attention_mask"]
    VOCAB_SIZE = tokenizer.vocab_size
else:
    wp = build_wordpiece(train_texts, ARCH["vocab_size"], ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    wp.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", special_tokens=[
        ("[CLS]", wp.token_to_id("[CLS]")), ("[SEP]", wp.token_to_id("[SEP]"))])
    wp.enable_truncation(max_seq_length)
    wp.enable_padding(pad_id=0, pad_token="[PAD]", length=max_seq_length)
    def encode(texts):
        encs = wp.encode_batch(list(texts))
        return (torch.tensor([e.ids for e in encs]), torch.tensor([e.attention_mask for e in encs]))
    VOCAB_SIZE = wp.get_vocab_size()

train_ds = torch.utils.data.TensorDataset(*encode(train_texts), torch.tensor(train_labels))
eval_ds = torch.utils.data.TensorDataset(*encode(eval_texts), torch.tensor(eval_labels))
collate = None
print(f"{DATA_NOTE}\ntrain {len(train_ds)} / eval {len(eval_ds)} examples, {num_labels} labels, vocab {VOCAB_SIZE}")
'''

MEAN_POOL = r'''
class MeanPoolClassifier(torch.nn.Module):
    """BERT's encoder, dropout and classifier (the same modules and parameters as BertForSequenceClassification;
    its [CLS] pooler stays in the encoder, unused); the classifier reads the mean of the non-padding token states.
    With no pre-training, [CLS] + pooler memorises a small training set without generalising; the masked mean
    learns from every token (measured in docs/plan.md). Built from a config (the template; the claim's arms
    rebuild with type(model)(config)) or around a built BertForSequenceClassification (the registry's)."""
    def __init__(self, inner):
        super().__init__()
        if not isinstance(inner, torch.nn.Module):
            inner = BertForSequenceClassification(inner)
        self.config, self.bert, self.dropout, self.classifier = inner.config, inner.bert, inner.dropout, inner.classifier

    def gradient_checkpointing_enable(self):
        self.bert.gradient_checkpointing_enable()

    def forward(self, input_ids, attention_mask, labels=None):
        states = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(states.dtype)
        logits = self.classifier(self.dropout((states * m).sum(1) / m.sum(1).clamp(min=1.0)))
        loss = torch.nn.functional.cross_entropy(logits, labels) if labels is not None else None
        return SequenceClassifierOutput(loss=loss, logits=logits)

'''

MODEL = r'''
# Model: BERT-style encoder + classification head
from transformers import BertConfig, BertForSequenceClassification
from transformers.modeling_outputs import SequenceClassifierOutput

''' + MEAN_POOL + r'''if HUB and PRETRAINED_ID:
    model = BertForSequenceClassification.from_pretrained(PRETRAINED_ID, num_labels=num_labels)
    MODEL_NOTE = f"pretrained checkpoint {PRETRAINED_ID}"
else:
    config = BertConfig(vocab_size=VOCAB_SIZE, hidden_size=ARCH["hidden_size"], num_hidden_layers=ARCH["num_layers"],
                        num_attention_heads=ARCH["num_heads"], intermediate_size=4 * ARCH["hidden_size"],
                        max_position_embeddings=max(512, max_seq_length), num_labels=num_labels,
                        hidden_dropout_prob=dropout, attention_probs_dropout_prob=dropout)
    model = MeanPoolClassifier(config)
    MODEL_NOTE = ("built from its config, random init (no pretrained checkpoint is loaded offline); "
                  "DEVIATION: mean-pooled token states feed the classifier instead of the [CLS] pooler")
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    ids, mask, y = batch
    return model(input_ids=ids, attention_mask=mask, labels=y).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: accuracy and macro-F1 on the held-out split
from sklearn.metrics import accuracy_score, f1_score
model.eval()
preds, golds = [], []
with torch.no_grad():
    for ids, mask, y in torch.utils.data.DataLoader(eval_ds, batch_size=64):
        logits = model(input_ids=ids.to(DEVICE), attention_mask=mask.to(DEVICE)).logits
        preds += logits.argmax(-1).cpu().tolist(); golds += y.tolist()
metrics = {"accuracy": accuracy_score(golds, preds), "f1": f1_score(golds, preds, average="macro")}
print(metrics)
'''


ENCODER_KINDS = ("albert", "xlnet", "roberta", "distilbert", "electra", "deberta", "gpt")  # gpt: its classifier head
BERT_KINDS = ("bert", "transformer_encoder")  # the BERT encoder the template builds, sized by the registry

MODEL_BERT = r'''
# Model: the paper's own BERT encoder, {name} (transformers; mlintern_nb.plan.architectures), random init,
# classified from its mean-pooled token states
from transformers import BertForSequenceClassification
from transformers.modeling_outputs import SequenceClassifierOutput
{code}

''' + MEAN_POOL + r'''# the notebook's dropout parameter on every dropout of the registry's model (its config keeps transformers' 0.1)
model.config.hidden_dropout_prob = model.config.attention_probs_dropout_prob = dropout
for _m in model.modules():
    if isinstance(_m, torch.nn.Dropout):
        _m.p = dropout
model = MeanPoolClassifier(model)
MODEL_NOTE = ("{name} built from its config, random init (no pretrained checkpoint is loaded offline); "
              "DEVIATION: mean-pooled token states feed the classifier instead of the [CLS] pooler")
if HUB and PRETRAINED_ID:  # profile full with the hub: the pretrained checkpoint keeps BERT's own head
    model = BertForSequenceClassification.from_pretrained(PRETRAINED_ID, num_labels=num_labels)
    MODEL_NOTE = f"pretrained checkpoint {PRETRAINED_ID}"
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    ids, mask, y = batch
    return model(input_ids=ids, attention_mask=mask, labels=y).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

MODEL_PAPER = r'''
# Model: the paper's own architecture, {name} (transformers; mlintern_nb.plan.architectures), random init
{code}
MODEL_NOTE = "{name} built from its config, random init (no pretrained checkpoint is loaded offline)"
if gradient_checkpointing and hasattr(model, "gradient_checkpointing_enable"):
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    ids, mask, y = batch
    return model(input_ids=ids, attention_mask=mask, labels=y).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''


def paper_encoder(spec):
    """The paper's own encoder (not BERT itself, which the template builds) from the registry, or None."""
    return paper_model(spec, lambda a: a.kind in ENCODER_KINDS, vocab_size=1000, num_labels=2)


def paper_bert(spec):
    """The paper's BERT encoder (the template's kind) from the registry, with the paper's sizes, or None."""
    return paper_model(spec, lambda a: a.kind in BERT_KINDS, vocab_size=1000, num_labels=2)


class TextClassification(Recipe):
    family = FAMILY
    priority = 10
    keywords = ((r"\blanguage understanding\b|\bGLUE\b|\bsentiment\b|\btext classification\b|"
                 r"\bnatural language inference\b|\bBERT\b", 1),)
    default_dataset = DEFAULT_DATASET
    datasets = GLUE_LIKE + ((r"\bimdb\b", "IMDb", "imdb"), PANG_LEE)
    native_datasets = ("Pang & Lee sentence polarity",)
    stand_in_text = ("2,000 human-rated movie-review sentences (rotten-tomatoes snippets from Pang & Lee's corpus, "
                     "SST's source; shipped in mlintern_nb/plan/data from vaderSentiment's data, MIT, Hutto & Gilbert "
                     "2014; gensim's 200 pang_lee_polarity.cor sentences when mlintern_nb is not importable)")
    model_family = MODEL_FAMILY
    model_names = TRANSFORMER_NAMES
    smoke, full, arch_smoke, arch_full, pretrained = SMOKE, FULL, ARCH_SMOKE, ARCH_FULL, PRETRAINED
    setup_hints = ("glue", "fine")
    baselines = _pretraining.BASELINES

    def plan_notes(self, spec, dataset):
        return ["a random-init encoder (no pretrained checkpoint loads offline) classifies from its mean-pooled "
                "token states, not BERT's [CLS] pooler, and is evaluated on a stratified 80/20 split of the "
                "offline data; a pretrained checkpoint (profile full, hub reachable) keeps BERT's head"]

    def architecture(self, spec, dataset):
        full, smoke, name = super().architecture(spec, dataset)
        pa = paper_encoder(spec)
        if pa is not None:  # the paper's own encoder (ALBERT, XLNet ...) instead of the BERT template
            full["paper_architecture"] = smoke["paper_architecture"] = pa.kind
            name = pa.name
        elif (pb := paper_bert(spec)) is not None:  # BERT itself: the registry's sizes (the tokenizer's vocabulary too)
            for arch, profile in ((full, "full"), (smoke, "smoke")):
                built = pb.values(profile)
                arch.update({k: int(built[k]) for k in ("num_layers", "hidden_size", "num_heads", "vocab_size")})
            name = pb.name
        return full, smoke, name

    def stand_in_label(self, dataset):
        if dataset != "Pang & Lee sentence polarity":
            return "stand-in: movie-review snippets (vaderSentiment)"
        return "stand-in: gensim pang_lee_polarity.cor"

    def _pretraining_arms(self, plan):
        """(arms, note): the claim's pre-training comparison (:func:`_pretraining.choose`)."""
        def first_page():
            from ..claims import paper_sentences
            return paper_sentences(plan.spec.source.path, pages="1") if plan.spec.source.path else ()
        return _pretraining.choose(claim_words(plan), plan.arch_full.get("paper_architecture"), first_page)

    def arms(self, plan):
        arms = self._pretraining_arms(plan)[0]
        if plan.profile == "smoke":  # 5 runs in the notebook (main + 2 arms x 2 seeds): shorter, equal fine-tuning
            for a in arms:
                a["overrides"]["max_steps"] = ARM_FINETUNE_STEPS
        return arms

    def config_lines(self, plan):
        return _pretraining.config_lines(PRETRAIN_STEPS[plan.profile]) if plan.arms else []

    def cell(self, role, plan):
        if role == "model" and plan.arch_full.get("paper_architecture"):
            pa = paper_encoder(plan.spec)
            code = notebook_model_code(pa, plan.profile, vocab_size="VOCAB_SIZE", num_labels="num_labels")
            body = MODEL_PAPER.replace("{code}", code).replace("{name}", pa.name)
        elif role == "model" and (pb := paper_bert(plan.spec)) is not None:
            code = notebook_model_code(pb, plan.profile, vocab_size="VOCAB_SIZE", num_labels="num_labels")
            body = MODEL_BERT.replace("{code}", code).replace("{name}", pb.name)
        else:
            body = template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})
        if role == "model" and plan.arms:
            return body + f"\n# The claim's arms: {self._pretraining_arms(plan)[1]}" + _pretraining.PRETRAIN
        return body


RECIPE = TextClassification()
