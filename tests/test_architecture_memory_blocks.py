"""The original LSTM of memory cell blocks (input and output gates, no forget gate), written in the cell: its
weights follow the connectivity the paper describes (264 for 4 blocks of 1 cell and 276 for 3 blocks of 2
between 7 inputs and 7 outputs, the counts the paper states), its gradient reaches the first step only along
the cell states, the extractor reads one experiment's sizes, and the method study's LSTM arm builds it.
Invented sentences and specs."""
from __future__ import annotations

import pytest
import torch

from mlintern_nb.paper.extraction.architecture import extract_architecture
from mlintern_nb.paper.extraction.architecture_recurrent import memory_block_sizes
from mlintern_nb.paper.extraction.sentences import Sentence
from mlintern_nb.paper.spec import Grounded, PaperSpec
from mlintern_nb.plan import plan
from mlintern_nb.plan.architectures import REGISTRY, resolve
from mlintern_nb.plan.architectures.memory_blocks import count


def _build(**cfg):
    ns: dict = {}
    exec(compile(REGISTRY["lstm_blocks"].code(cfg), "<cell>", "exec"), ns)  # noqa: S102 - the registry's cell
    return ns["model"]


@pytest.mark.parametrize("blocks,size,weights", [(4, 1, 264), (3, 2, 276)])
def test_weights_follow_the_described_connectivity(blocks, size, weights):
    cfg = {"blocks": blocks, "block_size": size, "input_size": 7, "output_size": 7}
    model = _build(**cfg)
    assert sum(p.numel() for p in model.parameters()) == count(cfg) == weights
    assert model.out.bias is None and model.cells.bias is None  # only the gates are biased
    assert model.gates.bias[blocks:].tolist() == [-float(i) for i in range(1, blocks + 1)]  # output gates
    assert model.cells.weight.abs().max() <= 0.2


def test_the_gradient_reaches_the_first_step_only_along_the_cell_states():
    torch.manual_seed(0)
    model = _build(blocks=2, block_size=1, input_size=3, output_size=2)
    x = torch.randn(1, 6, 3, requires_grad=True)
    out = model(x)
    assert out.shape == (1, 6, 2)
    out[:, -1].sum().backward()
    assert x.grad[0, 0].abs().sum() > 0  # through the constant error carousel
    # with the input gates shut the carousel holds nothing: the first step no longer matters
    with torch.no_grad():
        model.gates.bias[:2] = -1e4
    x.grad = None
    model(x)[:, -1].sum().backward()
    assert x.grad[0, 0].abs().sum() == 0


def _s(text, page=12, section="experiment 1: embedded reber grammar", kind="experiments"):
    return Sentence(text, page, section, kind)


SENTENCES = [
    _s("A memory cell blo ck of size 1 is just a simple memory cell.", 8, "memory cell blocks", "method"),
    _s("Figure 2: Example of a net with 8 input units, 4 output units, and 2 memory cell blocks of size 2.", 9,
       "memory cell blocks", "method"),
    _s("We use a local input/output representation (7 input units, 7 output units)."),
    _s("For LSTM, we use 3 (4) memory cell blo cks."),
    _s("Each blo ck has 2 (1) memory cells."),
    _s("We use one memory cell block of size 1.", 14, "experiment 2: noise-free sequences"),
]


def test_one_experiments_sizes_are_read_captions_and_definitions_aside():
    got = memory_block_sizes(SENTENCES)
    assert {k: g.numbers[0] for k, g in got.items()} == {"blocks": 3, "block_size": 2, "input_size": 7,
                                                           "output_size": 7}
    assert got["block_size"].quote == "Each blo ck has 2 (1) memory cells." and got["blocks"].page == 12
    assert memory_block_sizes(SENTENCES[:1] + SENTENCES[2:3]) is None  # no number of blocks stated
    spec = PaperSpec(title="Long short-term memory")
    extract_architecture(spec, [_s("We call it Long Short-Term Memory (LSTM).", 1, "", "abstract")] * 2 + SENTENCES)
    arch = resolve(spec)
    assert spec.architecture.kind == "lstm_blocks" and arch.count_params("full") == 276


def test_the_method_studys_lstm_arm_builds_the_papers_network():
    arch = Grounded(value="LSTM", page=1, quote="Long Short-Term Memory (LSTM)")
    arch.kind, arch.variant = "lstm_blocks", None
    sizes = {k: Grounded(value=str(v), page=12, quote=f"{v}", numbers=[float(v)])
             for k, v in {"blocks": 3, "block_size": 2, "input_size": 7, "output_size": 7}.items()}
    spec = PaperSpec(title="Long short-term memory", task_family="other", architecture=arch,
                     architecture_params=sizes)
    nb = plan(spec, "smoke")
    meta = nb.metadata["mlintern"]
    assert meta["architecture"]["params_full"] == 276
    assert meta["claim"]["arms"] == ["tanh RNN", "LSTM (the paper's memory cell blocks)"]
    cell = next(c.source for c in nb.cells if c.metadata["mlintern"].get("role") == "model")
    assert "MemoryBlockLSTM(D_IN, num_labels, blocks=3, block_size=2)" in cell
    for cell_type, name in (("lstm", "MemoryBlockLSTM"), ("rnn", "RNN")):
        ns = {"torch": torch, "np": None, "STUDY": "recurrent", "cell_type": cell_type, "ARCH": {"hidden_size": 8},
              "x_all": torch.zeros(4, 10, 5), "num_labels": 4, "optimizer_name": "adam", "dropout": 0.0,
              "normalization": "none"}
        exec(compile(cell, "<model cell>", "exec"), ns)  # noqa: S102 - the planned cell
        inner = getattr(ns["model"], "net", None) or ns["model"].rnn
        assert type(inner).__name__ == name and ns["model"](torch.zeros(2, 10, 5)).shape == (2, 4)
