"""Label and loss faults: heads with too few classes, off-by-one labels, a loss that does not fit the target."""
COMMON = '''import numpy as np, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
def accuracy(model, inputs, targets):
    with torch.no_grad():
        return (model(inputs).argmax(1) == targets).float().mean().item()
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"


def loop(head, loss_line, steps=60, lr=0.1, pre=""):
    return (pre + f"model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), {head})\n"
            f"opt = torch.optim.SGD(model.parameters(), lr={lr})\nlosses = []\nfor step in range({steps}):\n"
            "    idx = torch.randint(0, len(X), (64,))\n    logits = model(X[idx])\n"
            f"    loss = {loss_line}\n    opt.zero_grad(); loss.backward(); opt.step()\n    losses.append(loss.item())\n")


HF = '''from transformers import BertConfig, BertForSequenceClassification
torch.manual_seed(0)
texts_ids = torch.randint(5, 100, (256, 12))
topic = (texts_ids[:, 0] % 4)                    # 4 topics, one per id residue of the first token
'''
CASES = [
    dict(name="head_classes_in_config_dict", kind="label_count",
         setup=['cfg = {"num_classes": 8, "lr": 0.1, "hidden": 32}\n'],
         fixed_setup=['cfg = {"num_classes": 10, "lr": 0.1, "hidden": 32}\n'],
         broken='''model = nn.Sequential(nn.Linear(64, cfg["hidden"]), nn.ReLU(), nn.Linear(cfg["hidden"], cfg["num_classes"]))
opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''model = nn.Sequential(nn.Linear(64, cfg["hidden"]), nn.ReLU(), nn.Linear(cfg["hidden"], cfg["num_classes"]))
opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert model[-1].out_features == 10 and cfg['hidden'] == 32 and cfg['lr'] == 0.1\n",
         fix="num_classes in the config dict (an earlier cell) must be the data's 10 classes",
         preserve=["hidden=32", "lr=0.1"], source="forum: 'Target 9 is out of bounds' with num_classes from a config"),
    dict(name="hf_num_labels_default", kind="label_count",
         setup=[HF],
         broken='''config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64)
model = BertForSequenceClassification(config)
opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
losses = []
for step in range(30):
    idx = torch.randint(0, len(texts_ids), (32,))
    out = model(input_ids=texts_ids[idx], labels=topic[idx])
    opt.zero_grad(); out.loss.backward(); opt.step()
    losses.append(out.loss.item())
''',
         fixed='''config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64, num_labels=4)
model = BertForSequenceClassification(config)
opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
losses = []
for step in range(30):
    idx = torch.randint(0, len(texts_ids), (32,))
    out = model(input_ids=texts_ids[idx], labels=topic[idx])
    opt.zero_grad(); out.loss.backward(); opt.step()
    losses.append(out.loss.item())
''',
         check=TRAINS + "assert model.config.num_labels == 4 and model.config.hidden_size == 32\nassert opt.param_groups[0]['lr'] == 5e-3\n",
         fix="the config's num_labels defaults to 2: set num_labels=4 (the data's classes)",
         preserve=["hidden_size=32", "lr=5e-3"],
         source="transformers issues: IndexError/'Target 3 is out of bounds' with the default num_labels=2"),
    dict(name="labels_one_indexed", kind="label_count",
         setup=["y1 = y + 1        # labels 1..10, as stored in the CSV\n"],
         broken=loop("nn.Linear(32, 10)", "F.cross_entropy(logits, y1[idx])"),
         fixed=loop("nn.Linear(32, 10)", "F.cross_entropy(logits, y1[idx])", pre="y1 = y1 - 1\n"),
         check=TRAINS + "assert model[-1].out_features == 10, 'the data has 10 classes'\nassert int(y1.min()) == 0\n",
         fix="labels run 1..10: shift them to 0..9 (keep 10 outputs, do not add an 11th class)",
         preserve=["10 output classes"], source="forum: labels starting at 1 give 'Target 10 is out of bounds'"),
    dict(name="bce_with_class_indices", kind="loss_mismatch",
         broken=loop("nn.Linear(32, 10)", "nn.BCEWithLogitsLoss()(logits, y[idx])"),
         fixed=loop("nn.Linear(32, 10)", "nn.CrossEntropyLoss()(logits, y[idx])"),
         check=TRAINS + "assert accuracy(model, X, y) > 0.5 and model[-1].out_features == 10\n",
         fix="10 exclusive classes with integer targets: cross-entropy, not BCE", preserve=["10 outputs"],
         source="Q&A: 'Target size must be the same as input size' using BCEWithLogitsLoss for multi-class"),
    dict(name="ce_on_single_logit_binary", kind="loss_mismatch",
         setup=["is_even = (y % 2 == 0).long()\n"],
         broken=loop("nn.Linear(32, 1)", "F.cross_entropy(logits, is_even[idx])"),
         fixed=loop("nn.Linear(32, 1)", "F.binary_cross_entropy_with_logits(logits.squeeze(1), is_even[idx].float())"),
         check=TRAINS + "assert model[-1].out_features == 1, 'the paper uses one output unit'\n",
         fix="one output unit means a binary logit: binary_cross_entropy_with_logits with a float target",
         preserve=["one output unit"], source="forum: cross_entropy with a single logit ('Target 1 is out of bounds')"),
    dict(name="mse_on_class_logits", kind="loss_mismatch",
         broken=loop("nn.Linear(32, 10)", "F.mse_loss(logits, y[idx])"),
         fixed=loop("nn.Linear(32, 10)", "F.cross_entropy(logits, y[idx])"),
         check=TRAINS + "assert accuracy(model, X, y) > 0.5\n",
         fix="class logits against class indices: use cross-entropy", preserve=["10 outputs"],
         source="Q&A: MSE between (N, 10) logits and (N,) labels ('size of tensor a (10) must match ... b (64)')"),
    dict(name="token_classification_tags", kind="label_count",
         setup=['''from transformers import BertConfig, BertForTokenClassification
torch.manual_seed(0)
ids = torch.randint(5, 60, (128, 10))
tags = ids % 5                                      # 5 tag ids (B-/I- of 2 types + O)
'''],
         broken='''model = BertForTokenClassification(BertConfig(vocab_size=60, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                                intermediate_size=64, num_labels=3))
opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
losses = []
for step in range(30):
    idx = torch.randint(0, len(ids), (16,))
    out = model(input_ids=ids[idx], labels=tags[idx])
    opt.zero_grad(); out.loss.backward(); opt.step()
    losses.append(out.loss.item())
''',
         fixed='''model = BertForTokenClassification(BertConfig(vocab_size=60, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                                intermediate_size=64, num_labels=5))
opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
losses = []
for step in range(30):
    idx = torch.randint(0, len(ids), (16,))
    out = model(input_ids=ids[idx], labels=tags[idx])
    opt.zero_grad(); out.loss.backward(); opt.step()
    losses.append(out.loss.item())
''',
         check=TRAINS + "assert model.config.num_labels == 5 and model.config.hidden_size == 32\n",
         fix="the tag set has 5 ids: num_labels=5", preserve=["hidden_size=32", "lr=5e-3"],
         source="transformers forum: NER fine-tuning with num_labels smaller than the tag set"),
    dict(name="one_hot_long_targets", kind="loss_mismatch",
         setup=["Y1h = F.one_hot(y, 10)          # one-hot labels (int64)\n"],
         broken=loop("nn.Linear(32, 10)", "F.cross_entropy(logits, Y1h[idx])"),
         fixed=loop("nn.Linear(32, 10)", "F.cross_entropy(logits, Y1h[idx].argmax(1))"),
         check=TRAINS + "assert accuracy(model, X, y) > 0.5\n",
         fix="cross-entropy takes class indices (argmax of the one-hot) or float probabilities, not int one-hot",
         preserve=["cross-entropy"],
         source="forum: 'Expected floating point type for target with class probabilities, got Long'"),
    dict(name="num_classes_variable_upstream", kind="label_count",
         setup=["NUM_CLASSES = 5       # copied from another project\n"],
         fixed_setup=["NUM_CLASSES = 10\n"],
         broken=loop("nn.Linear(32, NUM_CLASSES)", "F.cross_entropy(logits, y[idx])"),
         fixed=loop("nn.Linear(32, NUM_CLASSES)", "F.cross_entropy(logits, y[idx])"),
         check=TRAINS + "assert model[-1].out_features == 10\n",
         fix="NUM_CLASSES (an earlier cell) must be 10", preserve=["hidden=32"],
         source="issues: a class-count constant copied from another dataset"),
    dict(name="bce_on_logits_not_probs", kind="loss_mismatch",
         setup=["is_even = (y % 2 == 0).float()\n"],
         broken=loop("nn.Linear(32, 1)", "F.binary_cross_entropy(logits.squeeze(1), is_even[idx])"),
         fixed=loop("nn.Linear(32, 1)", "F.binary_cross_entropy_with_logits(logits.squeeze(1), is_even[idx])"),
         check=TRAINS + "assert model[-1].out_features == 1\n",
         fix="the model outputs logits: use binary_cross_entropy_with_logits (not BCE on raw scores)",
         preserve=["one output unit"],
         source="forum: 'all elements of input should be between 0 and 1' from binary_cross_entropy on logits"),
    dict(name="class_weight_wrong_length", kind="shape_mismatch",
         broken=loop("nn.Linear(32, 10)", "crit(logits, y[idx])", pre="crit = nn.CrossEntropyLoss(weight=torch.ones(5))\n"),
         fixed=loop("nn.Linear(32, 10)", "crit(logits, y[idx])", pre="crit = nn.CrossEntropyLoss(weight=torch.ones(10))\n"),
         check=TRAINS + "assert crit.weight is not None and len(crit.weight) == 10\n",
         fix="one class weight per class: the weight vector needs 10 entries", preserve=["class-weighted loss"],
         source="issues: 'weight tensor should be defined either for all 10 classes or no classes'"),
    dict(name="num_classes_from_max_off_by_one", kind="label_count",
         broken=loop("nn.Linear(32, n_classes)", "F.cross_entropy(logits, y[idx])", pre="n_classes = int(y.max())\n"),
         fixed=loop("nn.Linear(32, n_classes)", "F.cross_entropy(logits, y[idx])", pre="n_classes = int(y.max()) + 1\n"),
         check=TRAINS + "assert model[-1].out_features == 10\n",
         fix="the class count is max label + 1", preserve=["hidden=32"],
         source="Kaggle notebooks: n_classes = y.max() (off by one) -> 'Target 9 is out of bounds'"),
]
