"""graph-learning: semi-supervised node classification with a graph convolutional network in plain
torch (renormalised adjacency D^-1/2 (A + I) D^-1/2, full-batch training on the labelled nodes);
accuracy on held-out nodes, and label propagation on the same graph as the parameter-free baseline.
Offline stand-in: a citation-like graph made in the cell (planted communities, sparse binary
bag-of-words features that only weakly name the class, 20 labelled nodes per class)."""
from __future__ import annotations

import re

from ..claims import claim_words, paper_sentences
from ..params import arch_numbers
from .base import Recipe, notebook_model_code, paper_model, template_cells

DATA = r'''
# Data: one graph — adjacency, node features, labels; a few labelled nodes per class for training
if data_dir:
    raise NotImplementedError("data_dir for graphs: save edges.csv (src,dst), features.npy, labels.npy and load them here")
rng = np.random.default_rng(seed)
C, PER_CLASS = ARCH["classes"], ARCH["nodes_per_class"]
labels = np.repeat(np.arange(C), PER_CLASS); N = len(labels)
same = labels[:, None] == labels[None, :]
A = rng.random((N, N)) < np.where(same, ARCH["p_in"], ARCH["p_out"])   # planted communities
A = np.triu(A, 1); A = (A | A.T).astype(np.float32)
F_DIM = ARCH["feature_dim"]
topic = rng.random((C, F_DIM)) < 0.05                                     # each class's typical words
X = ((rng.random((N, F_DIM)) < 0.02) | (topic[labels] & (rng.random((N, F_DIM)) < 0.25))).astype(np.float32)
order = rng.permutation(N)
train_idx = np.concatenate([order[labels[order] == c][:ARCH["labels_per_class"]] for c in range(C)])
rest = np.setdiff1d(order, train_idx)
eval_idx = rest[: min(len(rest), 1000)]
A_t, X_t, y_t = torch.tensor(A), torch.tensor(X), torch.tensor(labels)
A_hat = A_t + torch.eye(N)
d_inv_sqrt = A_hat.sum(1).pow(-0.5)
A_norm = d_inv_sqrt[:, None] * A_hat * d_inv_sqrt[None, :]                # renormalisation trick
train_idx_t, eval_idx_t = torch.tensor(train_idx), torch.tensor(eval_idx)
train_ds = torch.utils.data.TensorDataset(torch.zeros(1))  # full-batch: one step = the whole graph
eval_ds, collate = None, None
DATA_NOTE = (f"STAND-IN: a graph made in the cell ({N} nodes, {int(A.sum() // 2)} edges, {C} planted classes, "
             f"{F_DIM} binary features, {len(train_idx)} labelled nodes) instead of {DATASET_NAME}")
print(DATA_NOTE)
'''

MODEL = r'''
# Model: {layers}-layer GCN, H' = act(A_norm H W), dropout on the inputs of every layer
import torch.nn as nn
import torch.nn.functional as F

class GCN(nn.Module):
    def __init__(self, d_in, hidden, classes, layers=2):
        super().__init__()
        dims = [d_in] + [hidden] * (layers - 1) + [classes]
        self.weights = nn.ModuleList(nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:]))
    def forward(self, A, X):
        h = X
        for i, lin in enumerate(self.weights):
            h = A @ lin(F.dropout(h, dropout, self.training))
            if i < len(self.weights) - 1:
                h = torch.relu(h)
        return h

model = GCN(F_DIM, ARCH["hidden_size"], C, ARCH["num_layers"])
weight_decay = 0.0  # the paper's L2 penalty is on the first layer only: first_layer_weight_decay in the loss

def compute_loss(model, batch):
    dev = next(model.parameters()).device
    out = model(A_norm.to(dev), X_t.to(dev))
    loss = F.cross_entropy(out[train_idx_t.to(dev)], y_t[train_idx_t].to(dev))
    return loss + first_layer_weight_decay * model.weights[0].weight.pow(2).sum() / 2

MODEL_NOTE = f"GCN, {ARCH['num_layers']} layers, {ARCH['hidden_size']} hidden units, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

MODEL_PAPER = r'''
# Model: the paper's own architecture, {name} (cell; mlintern_nb.plan.architectures), random init;
# full-batch over the whole graph (every neighbour, no sampling), A_norm's non-zero entries as the edges
import torch.nn as nn
import torch.nn.functional as F
{code}

class AdjacencyFirst(nn.Module):
    """model(A, X), as the training and evaluation cells call it; the paper's layers take (X, A)."""
    def __init__(self, net):
        super().__init__()
        self.net = net
    def forward(self, A, X):
        return self.net(X, A)

model = AdjacencyFirst(model)
{loss}
MODEL_NOTE = "{name}, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

# the paper's L2 penalty: on all weights (the optimizer's weight decay) for the attention / sampling networks
LOSS_ALL = r'''weight_decay = first_layer_weight_decay  # the paper's L2 penalty, on all weights (the optimizer's weight decay)

def compute_loss(model, batch):
    dev = next(model.parameters()).device
    out = model(A_norm.to(dev), X_t.to(dev))
    return F.cross_entropy(out[train_idx_t.to(dev)], y_t[train_idx_t].to(dev))
'''

# the GCN's: on the first layer's weights only, as the template's; its dropout is the notebook's `dropout`
LOSS_FIRST = r'''model.net.dropout.p = dropout  # the notebook's dropout parameter (the registry's GCN defaults to 0.5)
weight_decay = 0.0  # the paper's L2 penalty is on the first layer only: first_layer_weight_decay in the loss

def compute_loss(model, batch):
    dev = next(model.parameters()).device
    out = model(A_norm.to(dev), X_t.to(dev))
    loss = F.cross_entropy(out[train_idx_t.to(dev)], y_t[train_idx_t].to(dev))
    return loss + first_layer_weight_decay * model.net.gc1.weight.pow(2).sum() / 2
'''

GRAPH_KINDS = ("gcn", "gat", "graphsage", "gin")


def paper_graph_model(spec):
    """The paper's own graph network (GCN, GAT, GraphSAGE, GIN) from the architecture registry, or None (the GCN
    template)."""
    return paper_model(spec, lambda a: a.kind in GRAPH_KINDS, input_size=64, num_classes=4)


EVAL = r'''
# Evaluate: accuracy on held-out nodes; label propagation (labels spread over A_norm, the labelled
# nodes clamped, Zhou et al. 2004) on the same graph and labels as the parameter-free baseline
model.eval()
with torch.no_grad():
    pred = model(A_norm.to(DEVICE), X_t.to(DEVICE)).argmax(-1).cpu()
    Y0 = torch.zeros(N, C); Y0[train_idx_t, y_t[train_idx_t]] = 1.0
    Fp = Y0.clone()
    for _ in range(50):
        Fp = 0.9 * A_norm @ Fp + 0.1 * Y0
metrics = {"accuracy": (pred[eval_idx_t] == y_t[eval_idx_t]).float().mean().item(),
           "label_propagation_accuracy": (Fp.argmax(-1)[eval_idx_t] == y_t[eval_idx_t]).float().mean().item()}
print(metrics)
'''


class GraphLearning(Recipe):
    family = "graph-learning"
    priority = 90
    keywords = ((r"\bgraph (?:convolutional|neural) networks?\b|\bnode classification\b|\bgraph-structured\b|"
                 r"\bmessage passing\b|\bcitation networks?\b|\bknowledge graph\b", 2),)
    default_dataset = "Cora"
    datasets = ((r"\bcora\b", "Cora", ""), (r"citeseer", "Citeseer", ""), (r"pubmed", "Pubmed", ""),
                (r"\bnell\b", "NELL", ""), (r"ogbn|open graph benchmark", "OGB node property prediction", ""))
    stand_in_text = "a citation-like graph made in the cell (planted communities, sparse binary word features)"
    model_family = "GCN"
    smoke = {"learning_rate": 0.01, "batch_size": 1, "max_steps": 200, "optimizer_name": "adam",
             "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0, "dropout": 0.5}
    full = {"learning_rate": 0.01, "batch_size": 1, "max_steps": 200, "optimizer_name": "adam",
            "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0, "dropout": 0.5}
    arch_full = {"num_layers": 2, "hidden_size": 16, "classes": 7, "nodes_per_class": 390, "feature_dim": 1433,
                 "labels_per_class": 20, "p_in": 0.01, "p_out": 0.0005}
    arch_smoke = {"num_layers": 2, "hidden_size": 16, "classes": 4, "nodes_per_class": 100, "feature_dim": 300,
                  "labels_per_class": 20, "p_in": 0.05, "p_out": 0.004}

    def architecture(self, spec, dataset):
        nums = arch_numbers(spec)
        full, smoke = dict(self.arch_full), dict(self.arch_smoke)
        if 2 <= nums.get("num_layers", 0) <= 10:
            full["num_layers"] = int(nums["num_layers"])
        if 4 <= nums.get("hidden_size", 0) <= 4096:
            full["hidden_size"] = int(nums["hidden_size"])
        pa = paper_graph_model(spec)
        if pa is not None and pa.kind == "gcn" and full["num_layers"] != 2:
            pa = None  # the registry's GCN has two layers; a deeper one the paper states stays the template's
        if pa is not None:
            full.update(paper_architecture=pa.kind, params=pa.count_params("full", num_classes=full["classes"]))
            smoke["paper_architecture"] = pa.kind
            return full, smoke, pa.name
        return full, smoke, "GCN"

    def extra_params(self, add, value_of, spec, setup):
        n, g = value_of("weight_decay")
        add("first_layer_weight_decay", "float", "L2 penalty on the first layer's weights (the paper's weight decay)",
            n, g, full_default=5e-4, smoke_default=5e-4)

    def stand_in_label(self, dataset):
        return "stand-in: graph generated in the cell"

    def param_count(self, arch):
        if arch.get("params"):
            return int(arch["params"])
        dims = [arch["feature_dim"]] + [arch["hidden_size"]] * (arch["num_layers"] - 1) + [arch["classes"]]
        return sum(a * b + b for a, b in zip(dims[:-1], dims[1:]))

    def activation_bytes(self, arch, batch_size, seq_len):
        n = arch["classes"] * arch["nodes_per_class"]
        return n * n * 4 + n * arch["feature_dim"] * 4

    baselines = r"label propagation"

    def arms(self, plan):
        kind = plan.arch_full.get("paper_architecture")
        if kind in ("gat", "graphsage", "gin"):  # a network proposed over the GCN: the paper's comparison with it
            found = _gcn_comparison(plan.spec, kind)
            if found:
                plan.claim["baseline"] = found  # the sentence these arms test (not the claim's other baselines)
                return [{"name": "GCN (two layers, the registry's)", "role": "baseline",
                         "overrides": {"GRAPH_MODEL": "gcn"}, "metric": "accuracy", "higher_is_better": True},
                        {"name": plan.model_family, "role": "proposed", "overrides": {"GRAPH_MODEL": kind},
                         "metric": "accuracy", "higher_is_better": True}]
        if not re.search(r"label propagation", claim_words(plan), re.I):
            return []
        return [{"name": "label propagation", "role": "baseline", "overrides": {},
                 "metric": "label_propagation_accuracy", "higher_is_better": True},
                {"name": "GCN" if kind in (None, "gcn") else plan.model_family, "role": "proposed", "overrides": {},
                 "metric": "accuracy", "higher_is_better": True}]

    def no_comparison(self, plan):
        return ("the paper's claim names no baseline this recipe runs (label propagation, or the GCN for a network "
                "proposed over it)")

    def config_lines(self, plan):
        swap = [a for a in plan.arms if "GRAPH_MODEL" in a["overrides"]]
        if not swap:
            return []
        return [f"GRAPH_MODEL = {plan.arch_full['paper_architecture']!r}  # the paper's network; the claim cell "
                "also runs 'gcn', the GCN it is compared with"]

    def cell(self, role, plan):
        arch = plan.arch_smoke if plan.profile == "smoke" else plan.arch_full
        if role == "model" and arch.get("paper_architecture"):
            pa = paper_graph_model(plan.spec)
            body = _paper_cell(pa, plan.profile)
            if any("GRAPH_MODEL" in a["overrides"] for a in plan.arms):
                gcn = _paper_cell(_registry_gcn(), plan.profile)
                indented = "\n".join("    " + ln if ln.strip() else ln for ln in gcn.strip("\n").splitlines())
                body += ('\nif GRAPH_MODEL == "gcn":  # the claim\'s baseline arm: the GCN, same graph, budget and seeds\n'
                         + indented + "\n")
            return body
        return template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL}).replace(
            "{layers}", str(arch["num_layers"]))


GCN_WORDS = re.compile(r"\bGCNs?\b|\bgraph convolutional networks?\b", re.I)
# a result compared, not a cost ("on par with the baseline methods such as GCNs" is about time complexity)
_BEATS = re.compile(r"\boutperform\w*|\bimprov\w*|\bgains?\b|\bbetter\b|\bhigher\b(?!-order)|\bsurpass\w*|\bmargin\b", re.I)


# a results-table row: the name (a closing parenthesis, a parenthesised variant such as "(Sum-MLP)" may follow),
# then at least two scores of the form 74.0 or 74.0 ± 3.4 (percentages with a decimal: not a layer count or size)
_ROW = r"\)?(?:\s*\([^()]{1,30}\))?(?:\s+\d{2,3}\.\d{1,2}(?:\s*±\s*\d{1,3}(?:\.\d{1,2})?)?){2,}"
_GCN_ROW = re.compile(r"(?:\bGCNs?\b|\bgraph convolutional networks?\b)" + _ROW, re.I)


def _gcn_comparison(spec, kind: str | None = None) -> dict | None:
    """The paper's first sentence that compares its results with the GCN's: ``{text, page, quote}``; failing
    that, a results table with a row of scores for the GCN and one for the paper's network (``kind``, by its
    catalogue names): the text from the GCN's row to the paper's network's."""
    if not spec.source.path:
        return None
    sentences = list(paper_sentences(spec.source.path))
    for number, sent in sentences:
        if 20 <= len(sent) <= 600 and GCN_WORDS.search(sent) and _BEATS.search(sent):
            return {"text": sent, "page": number, "quote": sent[:200]}
    if kind is None:
        return None
    from ...paper.extraction.architecture_names import CATALOGUE
    names = [e.pattern for e in CATALOGUE if e.kind == kind]
    for number, sent in sentences:
        gcn = _GCN_ROW.search(sent)
        ours = [m for p in names for m in p.finditer(sent) if re.match(_ROW, sent[m.end():])] if gcn else []
        if ours:
            end = max(m.end() + re.match(_ROW, sent[m.end():]).end() for m in ours)
            head = sent[max(0, gcn.start() - 40):gcn.start()]  # the GCN row's label ("Mean-1-layer (GCN)")
            last = [m.end() for m in re.finditer(r"\d\s+(?=\D)", head)]
            start = min(gcn.start() - len(head) + (last[-1] if last else len(head)), *(m.start() for m in ours))
            text = sent[start:end]
            return {"text": text, "page": number, "quote": text[:200], "source": "results table"}
    return None


def _paper_cell(pa, profile: str) -> str:
    code = notebook_model_code(pa, profile, input_size="F_DIM", num_classes="C")
    return MODEL_PAPER.replace("{code}", code).replace("{loss}", LOSS_FIRST if pa.kind == "gcn" else LOSS_ALL
                                                      ).replace("{name}", pa.name)


def _registry_gcn():
    """The registry's two-layer GCN at its own sizes (the baseline a GAT / GraphSAGE paper compares with)."""
    from ...paper.spec import Grounded, PaperSpec
    from ..architectures import resolve
    g = Grounded(value="GCN", quote="the GCN baseline")
    g.kind, g.variant = "gcn", None
    return resolve(PaperSpec(title="", architecture=g))


RECIPE = GraphLearning()
