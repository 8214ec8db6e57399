"""The original LSTM of memory cell blocks, written in the cell (no library ships it: ``torch.nn.LSTM`` has a
forget gate and one cell per gate pair).

A hidden layer of ``blocks`` memory cell blocks with ``block_size`` cells each. Every block has an input gate
and an output gate (logistic, biased) shared by its cells; a cell's state is a constant error carousel,
``s_c(t) = s_c(t-1) + y_in(t) * g(net_c(t))`` with ``g`` in [-2, 2], its output ``y_c = y_out * h(s_c)`` with
``h`` in [-1, 1]; no forget gate. The hidden layer is fully connected: every cell and gate receives the input
layer and, one step late, every cell and gate of the hidden layer. The output layer reads the cells only, with
no bias. With I inputs, O outputs, B blocks of S cells (H = B(S + 2) hidden units) the network has
``2B(I + H + 1) + BS(I + H) + O*BS`` weights: 4 blocks of 1 cell between 7 inputs and 7 outputs give 264,
3 blocks of 2 give 276.

Gradients are truncated as in the architecture's original training: errors do not flow back in time through
the recurrent connections (their inputs are detached), only along the cell states. Weights start uniform in
[-0.2, 0.2]; output gate biases at -1, -2, ... per block, so that blocks start to store one after another.
"""
from __future__ import annotations

from .base import Builder


def count(cfg: dict) -> int:
    """The weights of the network ``cfg`` describes (the formula above)."""
    i, o, b, s = (int(cfg[k]) for k in ("input_size", "output_size", "blocks", "block_size"))
    h = b * (s + 2)
    return 2 * b * (i + h + 1) + b * s * (i + h) + o * b * s


def _code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn

class MemoryBlockLSTM(nn.Module):
    # memory cell blocks with input and output gates and no forget gate; fully connected hidden layer; output
    # from the cells only; gradients truncated to the cell states (the recurrent inputs are detached)
    def __init__(self, input_size, output_size, blocks, block_size):
        super().__init__()
        self.blocks, self.block_size = blocks, block_size
        self.hidden = blocks * (block_size + 2)  # cells, input gates, output gates
        self.gates = nn.Linear(input_size + self.hidden, 2 * blocks)  # biased
        self.cells = nn.Linear(input_size + self.hidden, blocks * block_size, bias=False)
        self.out = nn.Linear(blocks * block_size, output_size, bias=False)
        with torch.no_grad():
            for p in self.parameters():
                p.uniform_(-0.2, 0.2)
            self.gates.bias[blocks:] = -torch.arange(1, blocks + 1, dtype=torch.float)  # output gates

    def forward(self, x):  # x: (batch, time, input) -> outputs at every step (batch, time, output)
        n, cells = x.shape[0], self.blocks * self.block_size
        y = x.new_zeros(n, self.hidden)  # last step's activations of every hidden unit
        s = x.new_zeros(n, cells)  # cell states
        outs = []
        for t in range(x.shape[1]):
            z = torch.cat([x[:, t], y.detach()], dim=-1)
            gates = torch.sigmoid(self.gates(z))
            y_in, y_out = gates[:, :self.blocks], gates[:, self.blocks:]
            s = s + y_in.repeat_interleave(self.block_size, 1) * (4 * torch.sigmoid(self.cells(z)) - 2)
            y_c = y_out.repeat_interleave(self.block_size, 1) * (2 * torch.sigmoid(s) - 1)
            y = torch.cat([y_c, y_in, y_out], dim=-1)
            outs.append(self.out(y_c))
        return torch.stack(outs, dim=1)

model = MemoryBlockLSTM({int(cfg['input_size'])}, {int(cfg['output_size'])}, blocks={int(cfg['blocks'])}, block_size={int(cfg['block_size'])})
"""


def _smoke(cfg: dict) -> tuple[dict, str]:
    return dict(cfg), "nothing: the paper's network is already small (same blocks and cells)"


def _label(variant: str, cfg: dict) -> str:
    return f"LSTM memory blocks ({cfg['blocks']} blocks of {cfg['block_size']} cells, no forget gate)"


MEMORY_BLOCKS = Builder(
    kind="lstm_blocks", source="cell",
    variants={"lstm_blocks": {"blocks": 4, "block_size": 1, "input_size": 8, "output_size": 8}},
    default_variant="lstm_blocks", code=_code, smoke=_smoke, label=_label)

BUILDERS = [MEMORY_BLOCKS]
