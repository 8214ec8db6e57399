"""other — a method study: papers whose contribution is an optimizer, a normalisation or a recurrent
cell rather than a task. The study is chosen from what the paper proposes (its title and claim):

* optimizer — an MLP on scikit-learn's digits; arms: SGD with momentum vs the torch.optim optimizer the
  paper proposes; metric: the final training loss at the same number of steps (the paper's cost curves).
* normalisation — a tanh RNN reading the digits row by row; arms: the normalisation the claim proposes vs
  the one it is compared with (layer vs batch, or vs none) of the recurrent pre-activations; metric: the
  final training loss.
* recurrent cell — a long-time-lag task made in the cell (recall the first symbol after T distractors);
  arms: a plain tanh RNN vs an LSTM (torch.nn; the paper's own network of memory cell blocks from the
  architecture registry when it describes one); metric: accuracy.
* normalisation on the paper's own network — when the paper sizes a recurrent mixture density network (the
  handwriting networks, ``mdn_rnn`` in the registry), the normalisation study runs on it instead of the digits
  RNN: pen trajectories made in the cell, with and without layer normalisation (:mod:`._pen_trajectories`).
Anything else: the digits MLP without arms."""
from __future__ import annotations

import re

from ..claims import claim_words
from . import _normalisation as norms
from . import _pen_trajectories as pen
from .base import Recipe, notebook_model_code, paper_model, template_cells

DATA = r'''
# Data: {study_data}
from sklearn.datasets import load_digits
g = torch.Generator().manual_seed(seed)
if STUDY == "recurrent":
    T, K = ARCH["lag"], 4           # sequence length, symbols; the target is the first symbol
    n = ARCH["examples"]
    first = torch.randint(0, K, (n,), generator=g)
    seq = torch.randint(0, K, (n, T), generator=g); seq[:, 0] = first
    x_all = torch.nn.functional.one_hot(seq, K + 1).float(); x_all[:, 1:, K] = 1.0  # flag: distractor step
    y_all = first
    DATA_NOTE = f"long-time-lag recall made in the cell: {n} sequences of {T} steps, recall the first of {K} symbols"
else:
    d = load_digits()
    x_all = torch.tensor(d.images, dtype=torch.float32) / 16.0           # N, 8 rows, 8 pixels
    if STUDY != "normalization":
        x_all = x_all.reshape(len(x_all), -1)
    y_all = torch.tensor(d.target)
    DATA_NOTE = "STAND-IN: scikit-learn's digits (1,797 8x8 images" + (", read row by row" if STUDY == "normalization"
                else "") + ") instead of " + DATASET_NAME
perm = torch.randperm(len(y_all), generator=g)
x_all, y_all = x_all[perm], y_all[perm]
cut = int(0.8 * len(y_all))
train_ds = torch.utils.data.TensorDataset(x_all[:cut], y_all[:cut])
eval_ds = torch.utils.data.TensorDataset(x_all[cut:], y_all[cut:])
collate, num_labels = None, int(y_all.max()) + 1
print(DATA_NOTE, f"- train {cut} / eval {len(y_all) - cut}")
'''

MODEL = r'''
# Model: {study_model}
import torch.nn as nn

class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(dropout), nn.Linear(h, h), nn.ReLU(),
                                 nn.Dropout(dropout), nn.Linear(h, k))
    def forward(self, x):
        return self.net(x)

class NormRNN(nn.Module):
    """h_t = tanh(N(W_x x_t + W_h h_{t-1})), N = layer normalisation (gain and bias per unit), batch normalisation
    (statistics over the mini-batch, shared across time steps) or identity; with weight normalisation N is the
    identity and W_x, W_h are reparameterised as g * v / ||v|| (torch.nn.utils.parametrizations.weight_norm)."""
    def __init__(self, d, h, k, norm):
        super().__init__()
        self.wx, self.wh = nn.Linear(d, h), nn.Linear(h, h, bias=False)
        if norm == "weight":
            from torch.nn.utils.parametrizations import weight_norm
            self.wx, self.wh = weight_norm(self.wx), weight_norm(self.wh)
        self.norm = nn.LayerNorm(h) if norm == "layer" else nn.BatchNorm1d(h) if norm == "batch" else nn.Identity()
        self.out = nn.Linear(h, k)
    def forward(self, x):
        h = torch.zeros(x.shape[0], self.wh.in_features, device=x.device)
        for t in range(x.shape[1]):
            h = torch.tanh(self.norm(self.wx(x[:, t]) + self.wh(h)))
        return self.out(h)

class SeqClassifier(nn.Module):
    def __init__(self, d, h, k, cell):
        super().__init__()
        self.rnn = (nn.LSTM if cell == "lstm" else nn.RNN)(d, h, batch_first=True)
        self.out = nn.Linear(h, k)
        if cell == "lstm":  # the original LSTM has no forget gate: a forget bias of 5 keeps the carousel (f ~ 1)
            with torch.no_grad():
                self.rnn.bias_ih_l0[h:2 * h].fill_(5.0); self.rnn.bias_hh_l0[h:2 * h].zero_()
    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])

D_IN = x_all.shape[-1]
if STUDY == "recurrent":
    model = SeqClassifier(D_IN, ARCH["hidden_size"], num_labels, cell_type)
elif STUDY == "normalization":
    model = NormRNN(D_IN, ARCH["hidden_size"], num_labels, normalization)
else:
    model = MLP(D_IN, ARCH["hidden_size"], num_labels)

def compute_loss(model, batch):
    x, y = batch
    return torch.nn.functional.cross_entropy(model(x), y)

_net = getattr(model, "net", model)  # the paper's own network inside its last-step wrapper
MODEL_NOTE = (f"{type(_net).__name__} ({STUDY} study), " + ("" if _net is not model else f"{ARCH['hidden_size']} hidden "
              "units, ") + f"optimizer {optimizer_name}")
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: held-out accuracy, and the final training loss (mean of the last 10 optimizer steps)
model.eval()
with torch.no_grad():
    xe, ye = eval_ds.tensors
    acc = (model(xe.to(DEVICE)).argmax(-1).cpu() == ye).float().mean().item()
metrics = {"accuracy": acc, "final_train_loss": float(np.mean([r["loss"] for r in losses[-10:]]))}
print(metrics)
'''

_RNN_NORMS = ("layer", "batch", "weight")  # what NormRNN normalises the recurrent pre-activation / weights with
_OPTIMIZERS = {"adam": "adam", "adamw": "adamw"}  # what the shared train loop builds besides sgd
_STUDIES = (("optimizer", r"\boptimi[sz](?:er|ers|ation)\b|stochastic gradient|adaptive (?:moment|learning)"),
            ("normalization", r"normali[sz]ation\b"),
            ("recurrent", r"long short-term memory|\blstm\b|recurrent (?:cell|unit|net)"))
_TEXT = {"optimizer": ("digits as 64-d vectors", "MLP, 2 hidden ReLU layers (the paper's multilayer-network experiment)"),
         "normalization": ("digits read row by row (8 steps of 8 pixels)", "tanh RNN, normalisation of the recurrent pre-activation"),
         "recurrent": ("a long-time-lag task made in the cell", "a recurrent classifier: plain tanh RNN or LSTM (torch.nn)"),
         "none": ("digits as 64-d vectors", "MLP, 2 hidden ReLU layers")}


_D_IN = "D_IN = x_all.shape[-1]\n"
_LSTM_LINE = '    model = SeqClassifier(D_IN, ARCH["hidden_size"], num_labels, cell_type)\n'
# the LSTM arm builds the paper's own network when it is the original LSTM of memory cell blocks
_PAPER_LSTM = '''
# the paper's own LSTM, {name}: the LSTM arm reads the label from its output units at the last step
{code}
paper_lstm = model

class LastStep(nn.Module):
    def __init__(self, net):
        super().__init__(); self.net = net
    def forward(self, x):
        return self.net(x)[:, -1]

'''


def paper_memory_blocks(spec):
    """The paper's network of LSTM memory cell blocks from the architecture registry, or None."""
    return paper_model(spec, lambda a: a.kind == "lstm_blocks", input_size=5, output_size=4)


def study_of(spec) -> str:
    """What kind of method the paper proposes, from its title first, then its architecture text."""
    arch = f"{spec.architecture.value} {spec.architecture.quote or ''}" if spec.architecture is not None else ""
    for where in (spec.title, arch):
        for name, pat in _STUDIES:
            if re.search(pat, where, re.I):
                return name
    return "none"


def proposed_norm(spec) -> str:
    """The normalisation the paper proposes as its title names it ("Weight Normalization: ..."), when this
    study runs it; else layer normalisation, the study's default."""
    named = norms.named_norms(spec.title)
    return named[0] if named and named[0] in _RNN_NORMS else "layer"


def normalisation_pair(plan) -> tuple[str, str] | None:
    """(proposed, baseline) from the claim's words (:func:`_normalisation.compared_norms`): the normalisation the
    paper proposes against the one it compares with; a claim naming none: the title's normalisation
    (:func:`proposed_norm`) vs none; one naming a normalisation this RNN cannot run (group ...): None."""
    said = claim_words(plan)
    if not norms.named_norms(said):
        return (proposed_norm(plan.spec), "none")
    return norms.compared_norms(said, runnable=_RNN_NORMS)


def pen_network(spec):
    """The paper's recurrent mixture density network when the normalisation study runs on it, else None."""
    return pen.paper_network(spec) if study_of(spec) == "normalization" else None


def proposed_optimizer(spec) -> str | None:
    m = re.search(r"\b(adamw|adam)\b", spec.title, re.I)
    return _OPTIMIZERS.get(m.group(1).lower()) if m else None


class MethodStudy(Recipe):
    family = "other"
    priority = 900
    keywords = ((r"\bstochastic optimi[sz]ation\b|\boptimi[sz]ers?\b|\bnormali[sz]ation\b|\brecurrent\b", 1),)
    default_dataset = "MNIST"
    datasets = ((r"\bmnist\b", "MNIST", "mnist"), (r"digits", "digits (8x8)", ""))
    native_datasets = ("digits (8x8)",)
    stand_in_text = "scikit-learn's 8×8 digits (or, for a recurrent cell, a long-time-lag task made in the cell)"
    model_family = "MLP"
    smoke = {"learning_rate": 1e-3, "batch_size": 64, "max_steps": 300, "optimizer_name": "adam",
             "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0, "dropout": 0.0}
    full = {"learning_rate": 1e-3, "batch_size": 128, "max_steps": 10000, "optimizer_name": "adam",
            "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0, "dropout": 0.0}
    arch_full = {"study": "none", "hidden_size": 1000, "lag": 100, "examples": 20000}
    arch_smoke = {"study": "none", "hidden_size": 128, "lag": 50, "examples": 3000}

    def applies(self, spec) -> bool:
        """Only a paper that proposes an optimizer, a normalisation or a recurrent cell: any other
        'other' paper would get an unrelated MLP-on-digits template."""
        return study_of(spec) != "none"

    def choose_dataset(self, spec):
        """The paper's data of the network the study builds (the section that sizes a mixture density network names
        it) when there is one; else the recipe's choice."""
        named = getattr(spec.architecture, "dataset", None) if pen_network(spec) is not None else None
        g = next((d for d in spec.datasets if str(d.value) == named), None)
        return (named, "", g) if g is not None else super().choose_dataset(spec)

    def architecture(self, spec, dataset):
        st = study_of(spec)
        full, smoke = dict(self.arch_full, study=st), dict(self.arch_smoke, study=st)
        if pen_network(spec) is not None:
            return dict(pen.ARCH_FULL, study=st), dict(pen.ARCH_SMOKE, study=st), "RNN"
        if st == "recurrent":
            full["hidden_size"], smoke["hidden_size"] = 64, 32
        elif st == "normalization":
            full["hidden_size"], smoke["hidden_size"] = 256, 64
        return full, smoke, {"optimizer": "MLP", "normalization": "RNN", "recurrent": "LSTM"}.get(st, "MLP")

    def adjust_defaults(self, spec, dataset, smoke, full):
        if study_of(spec) == "recurrent":
            smoke.update(max_steps=400, learning_rate=1e-2)

    def extra_params(self, add, value_of, spec, setup):
        st = study_of(spec)
        norm = proposed_norm(spec) if st == "normalization" else "none"
        add("normalization", "str", "layer | batch | weight | none, normalisation study", None, None,
            full_default=norm, smoke_default=norm)
        add("cell_type", "str", "lstm | rnn, recurrent study", None, None, full_default="lstm", smoke_default="lstm")

    def stand_in_label(self, dataset):
        return "stand-in: sklearn digits"

    def config_lines(self, plan):
        net = pen_network(plan.spec)
        return [f"STUDY = {plan.arch_full['study']!r}  # what the paper proposes: optimizer | normalization | recurrent"
                ] + (pen.config_lines(net) if net is not None else [])

    def param_count(self, arch):
        if "hidden_size" not in arch:  # the paper's own network: the planner counts it from the registry
            return 0
        h = int(arch["hidden_size"])
        return 784 * h + h * h + 10 * h

    def activation_bytes(self, arch, batch_size, seq_len):
        if "hidden_size" not in arch:  # pen lines: a few hundred steps of a few LSTM layers
            return (batch_size or 8) * arch["chars_per_line"] * arch["points_per_char"] * 3 * 400 * 4 * 8
        return (batch_size or 128) * int(arch["hidden_size"]) * int(arch.get("lag", 8)) * 4 * 4

    def arms(self, plan):
        st = plan.arch_full["study"]
        if st == "optimizer":
            opt = proposed_optimizer(plan.spec)
            if not opt:
                return []
            # each optimizer at its best learning rate of the same grid, as optimizer comparisons tune them
            common = {"metric": "final_train_loss", "higher_is_better": False,
                      "grid": {"learning_rate": [1e-3, 1e-2, 1e-1]}}
            return [dict(common, name="SGD with momentum", role="baseline",
                         overrides={"optimizer_name": "sgd", "momentum": 0.9}),
                    dict(common, name=opt.capitalize(), role="proposed", overrides={"optimizer_name": opt})]
        if st == "normalization":
            pair = normalisation_pair(plan)
            if pair is None or (pen_network(plan.spec) is not None and not set(pair) <= set(pen.NORMS)):
                return []
            common = {"metric": "final_train_loss", "higher_is_better": False}
            return [dict(common, name=norms.arm_name(pair[1]), role="baseline", overrides={"normalization": pair[1]}),
                    dict(common, name=norms.arm_name(pair[0]), role="proposed", overrides={"normalization": pair[0]})]
        if st == "recurrent":
            common = {"metric": "accuracy", "higher_is_better": True}
            lstm = "LSTM" if paper_memory_blocks(plan.spec) is None else "LSTM (the paper's memory cell blocks)"
            return [dict(common, name="tanh RNN", role="baseline", overrides={"cell_type": "rnn"}),
                    dict(common, name=lstm, role="proposed", overrides={"cell_type": "lstm"})]
        return []

    def no_comparison(self, plan):
        if plan.arch_full["study"] == "optimizer":
            return "the title names no optimizer torch.optim provides, so there is no proposed arm to run"
        if plan.arch_full["study"] == "normalization" and pen_network(plan.spec) is not None:
            return "the claim compares a normalisation the paper's LSTM network does not run here (layer or none)"
        if plan.arch_full["study"] == "normalization":
            return "the claim compares a normalisation this recurrent study cannot run (it runs layer, batch, weight or none)"
        return "the paper proposes no optimizer, normalisation or recurrent cell this study can compare"

    def cell(self, role, plan):
        st = plan.arch_full["study"]
        net = pen_network(plan.spec)
        own = pen.cell(role, plan, net) if net is not None else None
        if own is not None:  # the study on the paper's own network writes its data, model and eval cells
            return own
        data, model = _TEXT[st]
        pa = paper_memory_blocks(plan.spec) if st == "recurrent" else None
        if pa is not None:
            model = f"a recurrent classifier: plain tanh RNN (torch.nn) or the paper's LSTM, {pa.name}"
        body = template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL}).replace(
            "{study_data}", data).replace("{study_model}", model)
        if role == "model" and pa is not None:
            code = notebook_model_code(pa, plan.profile, input_size="D_IN", output_size="num_labels")
            body = body.replace(_D_IN, _D_IN + _PAPER_LSTM.replace("{code}", code).replace("{name}", pa.name)).replace(
                _LSTM_LINE, _LSTM_LINE + '    if cell_type == "lstm":\n        model = LastStep(paper_lstm)\n')
        return body


RECIPE = MethodStudy()
