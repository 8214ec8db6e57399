"""A recurrent mixture density network for pen trajectories, written in the cell (no library ships it): the
stacked-LSTM handwriting network with a bivariate Gaussian mixture output and, when the paper conditions on a
character string, a soft window over the one-hot characters (the handwriting synthesis network).

Input at each step: the pen offset and end-of-stroke bit (``input_size`` = 3). ``num_layers`` LSTM layers of
``hidden_size`` cells; the input reaches every layer, every layer reaches the output (skip connections), and
each layer feeds the next. With a window (``window_components`` K > 0, ``alphabet_size`` C > 0) the first
layer emits K Gaussians (3K window parameters: importance, width, position advanced by a positive step) over
the character positions; the window vector (size C) is fed to the first layer one step late and to the others
at the same step. The output layer gives, per step, ``mixture_components`` M bivariate Gaussians
(weight, two means, two deviations, correlation) and one end-of-stroke probability: 6M + 1 outputs.

``norm``: "none" (the plain network) or "layer" (layer normalisation inside every LSTM cell: the input and
recurrent pre-activations normalised apart, each with its gain and bias, and the cell state before its tanh).
With I inputs, H cells, L layers, C characters, K window and M output components the plain network has
``4H(I + C + H + 1) + (L - 1) 4H(I + C + 2H + 1) + (3K)(H + 1) + (LH + 1)(6M + 1)`` weights (LSTM with one
bias per gate, no peepholes; no window terms when K = 0).

``mdn_loss(out, target)`` is the negative log likelihood of the next pen offsets and end-of-stroke bits
(summed over the steps of a sequence, averaged over the batch)."""
from __future__ import annotations

from .base import Builder, scale


def count(cfg: dict) -> int:
    """The weights of the plain network ``cfg`` describes (the formula above)."""
    i, h, n, m = (int(cfg[k]) for k in ("input_size", "hidden_size", "num_layers", "mixture_components"))
    k = int(cfg.get("window_components") or 0)
    c = int(cfg.get("alphabet_size") or 0) if k else 0
    lstm = 4 * h * (i + c + h + 1) + (n - 1) * 4 * h * (i + c + 2 * h + 1)
    return lstm + (3 * k * (h + 1) if k else 0) + (n * h + 1) * (6 * m + 1)


def _code(cfg: dict) -> str:
    k = int(cfg.get("window_components") or 0)
    c = int(cfg.get("alphabet_size") or 0) if k else 0
    return f"""
import math
import torch
from torch import nn

class NormLSTMCell(nn.Module):
    # an LSTM cell (one bias per gate, no peepholes); norm "layer": layer normalisation of the input and the
    # recurrent pre-activations (apart) and of the cell state before its tanh
    def __init__(self, n_in, n_hidden, norm="none"):
        super().__init__()
        self.wx, self.wh = nn.Linear(n_in, 4 * n_hidden), nn.Linear(n_hidden, 4 * n_hidden, bias=False)
        ln = norm == "layer"
        self.nx, self.nh = (nn.LayerNorm(4 * n_hidden), nn.LayerNorm(4 * n_hidden)) if ln else (nn.Identity(), nn.Identity())
        self.nc = nn.LayerNorm(n_hidden) if ln else nn.Identity()
    def forward(self, x, state):
        h, c = state
        i, f, o, g = (self.nx(self.wx(x)) + self.nh(self.wh(h))).chunk(4, dim=-1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        return torch.sigmoid(o) * torch.tanh(self.nc(c)), c

class MixtureDensityRNN(nn.Module):
    # stacked LSTM with skip connections, an optional soft window over one-hot characters, and a bivariate
    # Gaussian mixture + end-of-stroke output at every step
    def __init__(self, input_size, hidden_size, num_layers, mixtures, window_mixtures=0, alphabet=0, norm="none"):
        super().__init__()
        self.h, self.k, self.c, self.m = hidden_size, window_mixtures, alphabet if window_mixtures else 0, mixtures
        first = input_size + self.c
        self.cells = nn.ModuleList([NormLSTMCell(first if l == 0 else first + hidden_size, hidden_size, norm)
                                    for l in range(num_layers)])
        self.window = nn.Linear(hidden_size, 3 * self.k) if self.k else None
        self.out = nn.Linear(num_layers * hidden_size, 6 * mixtures + 1)

    def forward(self, x, chars=None):  # x: (batch, time, input); chars: (batch, U) character ids
        n, steps = x.shape[0], x.shape[1]
        states = [(x.new_zeros(n, self.h), x.new_zeros(n, self.h)) for _ in self.cells]
        if self.k:
            onehot = nn.functional.one_hot(chars, self.c).float()  # (batch, U, C)
            u = torch.arange(chars.shape[1], device=x.device, dtype=x.dtype)
            w, kappa = x.new_zeros(n, self.c), x.new_zeros(n, self.k)
        outs = []
        for t in range(steps):
            below, hs = None, []
            for l, cell in enumerate(self.cells):
                parts = [x[:, t]] + ([w] if self.k else []) + ([below] if l else [])
                states[l] = cell(torch.cat(parts, dim=-1), states[l])
                below = states[l][0]
                hs.append(below)
                if l == 0 and self.k:  # the window reads the first layer; later layers see it at once
                    a, b, dk = torch.exp(self.window(below)).chunk(3, dim=-1)
                    kappa = kappa + dk
                    phi = (a.unsqueeze(-1) * torch.exp(-b.unsqueeze(-1) * (kappa.unsqueeze(-1) - u) ** 2)).sum(1)
                    w = torch.bmm(phi.unsqueeze(1), onehot).squeeze(1)
            outs.append(self.out(torch.cat(hs, dim=-1)))
        return torch.stack(outs, dim=1)

def mdn_loss(out, target):
    # negative log likelihood of target (batch, time, 3: dx, dy, end-of-stroke) under the mixture output
    m = (out.shape[-1] - 1) // 6
    logit_pi, mu1, mu2, ls1, ls2, rho = out[..., :6 * m].split(m, dim=-1)
    rho = torch.tanh(rho)
    z1, z2 = (target[..., :1] - mu1) / torch.exp(ls1), (target[..., 1:2] - mu2) / torch.exp(ls2)
    one_r = (1 - rho ** 2).clamp_min(1e-6)
    log_n = (-(z1 ** 2 + z2 ** 2 - 2 * rho * z1 * z2) / (2 * one_r) - ls1 - ls2 - 0.5 * torch.log(one_r)
             - math.log(2 * math.pi))
    nll = -torch.logsumexp(torch.log_softmax(logit_pi, -1) + log_n, dim=-1)
    nll = nll + nn.functional.binary_cross_entropy_with_logits(out[..., -1], target[..., 2], reduction="none")
    return nll.sum(1).mean()

model = MixtureDensityRNN({int(cfg['input_size'])}, {int(cfg['hidden_size'])}, {int(cfg['num_layers'])}, {int(cfg['mixture_components'])}, window_mixtures={k}, alphabet={c}, norm={cfg.get('norm', 'none')!r})
"""


def _smoke(cfg: dict) -> tuple[dict, str]:
    small = dict(cfg, hidden_size=scale(int(cfg["hidden_size"]), 1 / 8, floor=16, multiple=8),
                 mixture_components=min(int(cfg["mixture_components"]), 5))
    return small, (f"LSTM cells per layer {cfg['hidden_size']} -> {small['hidden_size']}, output mixture components "
                   f"{cfg['mixture_components']} -> {small['mixture_components']} (same layers, window and alphabet)")


def _label(variant: str, cfg: dict) -> str:
    window = (f", soft window of {cfg['window_components']} Gaussians over {cfg['alphabet_size']} characters"
              if cfg.get("window_components") else "")
    return (f"mixture density LSTM ({cfg['num_layers']} x {cfg['hidden_size']} cells, "
            f"{cfg['mixture_components']} bivariate Gaussians{window})")


MIXTURE_DENSITY = Builder(
    kind="mdn_rnn", source="cell",
    variants={"mdn_rnn": {"input_size": 3, "hidden_size": 400, "num_layers": 3, "mixture_components": 20,
                          "window_components": 0, "alphabet_size": 0, "norm": "none"}},
    default_variant="mdn_rnn", code=_code, smoke=_smoke, label=_label)

BUILDERS = [MIXTURE_DENSITY]
