"""Graph networks the papers describe in a sentence, written in the cell with plain torch over a dense
adjacency: the two-layer GCN, the GAT and GraphSAGE-mean layers, and the Graph Isomorphism Network (GIN-0,
GIN-ε). Each builds ``model`` with ``forward(x, adj)``; the graph-learning recipe wraps it (adjacency first)."""
from __future__ import annotations

from .base import Builder


def _gcn_code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn

class GraphConvolution(nn.Module):
    # H' = A_hat H W with A_hat = D^-1/2 (A + I) D^-1/2 (passed in, dense or sparse)
    def __init__(self, cin, cout):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(cin, cout))
        self.bias = nn.Parameter(torch.zeros(cout))
        nn.init.xavier_uniform_(self.weight)

    def forward(self, x, a_hat):
        return a_hat @ (x @ self.weight) + self.bias

class GCN(nn.Module):
    def __init__(self, features, hidden, classes, dropout=0.5):
        super().__init__()
        self.gc1, self.gc2, self.dropout = GraphConvolution(features, hidden), GraphConvolution(hidden, classes), nn.Dropout(dropout)

    def forward(self, x, a_hat):
        return self.gc2(self.dropout(torch.relu(self.gc1(self.dropout(x), a_hat))), a_hat)

model = GCN(features={int(cfg['input_size'])}, hidden={int(cfg['hidden_size'])}, classes={int(cfg['num_classes'])})
"""


GCN = Builder(kind="gcn", source="cell",
              variants={"gcn": {"input_size": 1433, "hidden_size": 16, "num_classes": 7}},
              default_variant="gcn", code=_gcn_code,
              smoke=lambda cfg: (dict(cfg, input_size=min(64, int(cfg["input_size"]))),
                                 f"{min(64, int(cfg['input_size']))} input features instead of {cfg['input_size']}"),
              label=lambda v, cfg: f"GCN (2 layers, {cfg['hidden_size']} hidden)")


def _gat_code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn
import torch.nn.functional as F

class GraphAttention(nn.Module):
    # one graph attentional layer: shared W, e_ij = LeakyReLU(a^T [W h_i || W h_j]) (slope 0.2), softmax over
    # the neighbours j of i (the non-zero entries of adj, self-loops included), K heads concatenated or averaged
    def __init__(self, cin, cout, heads, concat, dropout):
        super().__init__()
        self.w = nn.Linear(cin, heads * cout, bias=False)
        self.a_src, self.a_dst = nn.Parameter(torch.empty(heads, cout)), nn.Parameter(torch.empty(heads, cout))
        self.bias = nn.Parameter(torch.zeros(heads * cout if concat else cout))
        self.heads, self.cout, self.concat, self.dropout = heads, cout, concat, dropout
        for p in (self.w.weight, self.a_src, self.a_dst):
            nn.init.xavier_uniform_(p)

    def forward(self, x, adj):
        h = self.w(x).view(-1, self.heads, self.cout)                            # N x K x F'
        e = (h * self.a_src).sum(-1).T[:, :, None] + (h * self.a_dst).sum(-1).T[:, None, :]  # K x N x N
        e = F.leaky_relu(e, 0.2).masked_fill(adj.to_dense()[None] == 0, float("-inf"))
        alpha = F.dropout(torch.softmax(e, -1), self.dropout, self.training)
        out = torch.einsum("kij,jkf->ikf", alpha, h)                              # N x K x F'
        return (out.reshape(len(x), -1) if self.concat else out.mean(1)) + self.bias

class GAT(nn.Module):
    def __init__(self, features, hidden, heads, classes, out_heads, dropout=0.6):
        super().__init__()
        self.l1 = GraphAttention(features, hidden, heads, True, dropout)
        self.l2 = GraphAttention(hidden * heads, classes, out_heads, False, dropout)
        self.dropout = dropout

    def forward(self, x, adj):
        x = F.elu(self.l1(F.dropout(x, self.dropout, self.training), adj))
        return self.l2(F.dropout(x, self.dropout, self.training), adj)

model = GAT(features={int(cfg['input_size'])}, hidden={int(cfg['hidden_size'])}, heads={int(cfg['num_heads'])},
            classes={int(cfg['num_classes'])}, out_heads={int(cfg.get('out_heads', 1))})
"""


def _sage_code(cfg: dict) -> str:
    layers = int(cfg.get("num_layers", 2))
    return f"""
import torch
from torch import nn
import torch.nn.functional as F

class SAGEMean(nn.Module):
    # h_i' = W [h_i || mean_{{j in N(i)}} h_j] (the mean aggregator; neighbours: the non-zero entries of adj)
    def __init__(self, cin, cout):
        super().__init__()
        self.lin = nn.Linear(2 * cin, cout)

    def forward(self, x, adj):
        a = (adj.to_dense() != 0).float()
        a = a - torch.diag_embed(torch.diagonal(a))                      # the node itself is concatenated, not averaged
        neigh = (a @ x) / a.sum(1, keepdim=True).clamp(min=1)
        return self.lin(torch.cat([x, neigh], -1))

class GraphSAGE(nn.Module):
    # K = {layers} depths: aggregate, concatenate, fully connected + ReLU, normalise to unit length; a linear classifier
    def __init__(self, features, hidden, classes, depth):
        super().__init__()
        dims = [features] + [hidden] * depth
        self.layers = nn.ModuleList(SAGEMean(a, b) for a, b in zip(dims[:-1], dims[1:]))
        self.out = nn.Linear(hidden, classes)

    def forward(self, x, adj):
        for layer in self.layers:
            x = F.normalize(torch.relu(layer(x, adj)), dim=-1)
        return self.out(x)

model = GraphSAGE(features={int(cfg['input_size'])}, hidden={int(cfg['hidden_size'])}, classes={int(cfg['num_classes'])}, depth={layers})
"""


def _graph_smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, input_size=min(64, int(cfg["input_size"])), hidden_size=min(16, int(cfg["hidden_size"])))
    return out, (f"{out['input_size']} input features instead of {cfg['input_size']}, {out['hidden_size']} hidden "
                 f"units instead of {cfg['hidden_size']}")


GAT = Builder(kind="gat", source="cell",
              variants={"gat": {"input_size": 1433, "hidden_size": 8, "num_heads": 8, "num_classes": 7, "out_heads": 1}},
              default_variant="gat", code=_gat_code, smoke=_graph_smoke,
              label=lambda v, cfg: f"GAT (2 layers, {cfg['num_heads']} heads x {cfg['hidden_size']})")
GRAPHSAGE = Builder(kind="graphsage", source="cell",
                    variants={"mean": {"input_size": 602, "hidden_size": 256, "num_classes": 41, "num_layers": 2}},
                    default_variant="mean", code=_sage_code, smoke=_graph_smoke,
                    label=lambda v, cfg: f"GraphSAGE-mean (K={cfg['num_layers']}, {cfg['hidden_size']} hidden)")


def _gin_code(cfg: dict) -> str:
    layers, mlp, learn = int(cfg["num_layers"]), int(cfg["mlp_layers"]), bool(cfg["learn_eps"])
    return f"""
import torch
from torch import nn

class GINLayer(nn.Module):
    # h_v' = MLP((1 + eps) h_v + sum_{{u in N(v)}} h_u): the neighbours (the non-zero entries of adj, the node
    # itself left out) are summed, not averaged; eps is learnt (GIN-eps) or fixed to 0 (GIN-0); batch norm on
    # the MLP's hidden layers and on its output, then ReLU
    def __init__(self, cin, cout, mlp_layers, learn_eps):
        super().__init__()
        dims, mlp = [cin] + [cout] * mlp_layers, []
        for i, (a, b) in enumerate(zip(dims[:-1], dims[1:])):
            mlp += [nn.Linear(a, b)] + ([nn.BatchNorm1d(b), nn.ReLU()] if i < mlp_layers - 1 else [])
        self.mlp, self.norm = nn.Sequential(*mlp), nn.BatchNorm1d(cout)
        if learn_eps:
            self.eps = nn.Parameter(torch.zeros(1))
        else:
            self.register_buffer("eps", torch.zeros(1))

    def forward(self, x, adj):
        a = (adj.to_dense() != 0).float()
        a = a - torch.diag_embed(torch.diagonal(a))                      # the node itself: the (1 + eps) term
        return torch.relu(self.norm(self.mlp((1 + self.eps) * x + a @ x)))

class GIN(nn.Module):
    # {layers} GNN layers counting the input layer: {layers - 1} GIN layers, each with a {mlp}-layer MLP.
    # Readout: the paper classifies whole graphs (per-layer sum / mean readouts, concatenated); the stand-in task
    # here is node classification, so a linear layer reads the last layer's node representations (no graph
    # readout), with dropout after that dense layer as in the paper
    def __init__(self, features, hidden, classes, layers, mlp_layers, learn_eps, dropout=0.5):
        super().__init__()
        dims = [features] + [hidden] * (layers - 1)
        self.layers = nn.ModuleList(GINLayer(a, b, mlp_layers, learn_eps) for a, b in zip(dims[:-1], dims[1:]))
        self.out, self.dropout = nn.Linear(hidden, classes), nn.Dropout(dropout)

    def forward(self, x, adj):
        for layer in self.layers:
            x = layer(x, adj)
        return self.dropout(self.out(x))

model = GIN(features={int(cfg['input_size'])}, hidden={int(cfg['hidden_size'])}, classes={int(cfg['num_classes'])},
            layers={layers}, mlp_layers={mlp}, learn_eps={learn})
"""


def _gin_label(variant: str, cfg: dict) -> str:
    eps = "ε" if cfg["learn_eps"] else "0"
    return (f"GIN-{eps} ({cfg['num_layers']} layers incl. input, {cfg['mlp_layers']}-layer MLPs, "
            f"{cfg['hidden_size']} hidden)")


# the paper's configuration: 5 GNN layers (including the input layer), 2-layer MLPs, 64 hidden units (its fixed
# setting for training accuracy); input and classes are the recipe's stand-in graph's (Cora-sized)
_GIN = {"input_size": 1433, "hidden_size": 64, "num_classes": 7, "num_layers": 5, "mlp_layers": 2}
GIN = Builder(kind="gin", source="cell",
              variants={"gin0": dict(_GIN, learn_eps=False), "gin_eps": dict(_GIN, learn_eps=True)},
              default_variant="gin0", code=_gin_code, smoke=_graph_smoke, label=_gin_label)

BUILDERS = [GCN, GAT, GRAPHSAGE, GIN]
