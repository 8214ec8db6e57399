"""A recurrent encoder-decoder with additive attention, written in the cell with plain torch: an encoder RNN
(bidirectional where the paper says so) gives one annotation per source word; a decoder RNN cell reads, at
each step, the previous word and a context vector — the annotations weighted by an alignment model
``a(s, h) = v^T tanh(W s + U h)`` (a one-hidden-layer network) — and predicts the next word through a deep
output layer (maxout where the paper states its size). ``attention`` is a constructor argument: without it the
context is one fixed summary of the source (the encoder-decoder the attention papers compare against), so
both arms of that comparison are the same class with the same parameters."""
from __future__ import annotations

from .base import Builder


def _code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn

class AttentionSeq2Seq(nn.Module):
    # encoder: a (bi)directional RNN -> annotations h_j; decoder: an RNN cell over [previous word; context c_i];
    # c_i = sum_j alpha_ij h_j with alpha_i = softmax_j(v^T tanh(W s_(i-1) + U h_j)) (attention=True) or the
    # mean annotation for every i (attention=False: a fixed-length summary of the source)
    def __init__(self, src_vocab, tgt_vocab, emb, hidden, align, maxout, cell="gru", bidirectional=True, attention=True):
        super().__init__()
        self.cell, self.attention = cell, bool(attention)
        rnn = {{"gru": nn.GRU, "lstm": nn.LSTM, "rnn": nn.RNN}}[cell]
        step = {{"gru": nn.GRUCell, "lstm": nn.LSTMCell, "rnn": nn.RNNCell}}[cell]
        ann = hidden * (2 if bidirectional else 1)
        self.src_emb, self.tgt_emb = nn.Embedding(src_vocab, emb), nn.Embedding(tgt_vocab, emb)
        self.encoder = rnn(emb, hidden, batch_first=True, bidirectional=bidirectional)
        self.init = nn.Linear(ann, hidden)  # the decoder's first state from the source
        self.W, self.U, self.v = nn.Linear(hidden, align, bias=False), nn.Linear(ann, align), nn.Linear(align, 1, bias=False)
        self.decoder = step(emb + ann, hidden)
        self.maxout = int(maxout)
        self.pre = nn.Linear(hidden + emb + ann, 2 * self.maxout) if self.maxout else None  # deep output, maxout units
        self.out = nn.Linear(self.maxout or hidden + emb + ann, tgt_vocab)

    def encode(self, src, mask=None):
        mask = (src != 0) if mask is None else mask.bool()
        h, _ = self.encoder(self.src_emb(src))
        first = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1)
        s = torch.tanh(self.init(first))
        state = (s, torch.zeros_like(s)) if self.cell == "lstm" else s
        return h, self.U(h), mask, first, state

    def step(self, y_prev, state, memory):
        h, keys, mask, summary = memory
        s = state[0] if self.cell == "lstm" else state
        if self.attention:
            e = self.v(torch.tanh(self.W(s)[:, None] + keys)).squeeze(-1).masked_fill(~mask, float("-inf"))
            c = (e.softmax(-1)[..., None] * h).sum(1)
        else:
            c = summary
        y = self.tgt_emb(y_prev)
        state = self.decoder(torch.cat([y, c], -1), state)
        s = state[0] if self.cell == "lstm" else state
        t = torch.cat([s, y, c], -1)
        if self.pre is not None:
            t = self.pre(t).view(t.size(0), self.maxout, 2).max(-1).values
        return self.out(t), state

    def forward(self, src, tgt_in, mask=None):
        h, keys, mask, summary, state = self.encode(src, mask)
        logits = []
        for i in range(tgt_in.size(1)):
            o, state = self.step(tgt_in[:, i], state, (h, keys, mask, summary))
            logits.append(o)
        return torch.stack(logits, 1)

model = AttentionSeq2Seq(src_vocab={int(cfg['src_vocab_size'])}, tgt_vocab={int(cfg['vocab_size'])},
                         emb={int(cfg['embedding_size'])}, hidden={int(cfg['hidden_size'])},
                         align={int(cfg['attention_size'])}, maxout={int(cfg['maxout_size'])},
                         cell={str(cfg['cell'])!r}, bidirectional={str(cfg['encoder']) == 'bidirectional'},
                         attention={_attention(cfg['attention'])})
"""


def _attention(v) -> str:
    """The ``attention`` argument as code: a paper's word ("additive", "none"), a bool, or a notebook name
    standing for it (the claim's arms switch it)."""
    if isinstance(v, str):
        return str(v.lower() not in ("none", "false", "no"))
    return repr(bool(v)) if isinstance(v, bool) else str(v)


def _smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, hidden_size=min(64, int(cfg["hidden_size"])), embedding_size=min(32, int(cfg["embedding_size"])),
               attention_size=min(64, int(cfg["attention_size"])),
               maxout_size=min(32, int(cfg["maxout_size"])) if int(cfg["maxout_size"]) else 0)
    for k in ("vocab_size", "src_vocab_size"):
        out[k] = min(500, int(cfg[k]))
    what = (f"{out['hidden_size']} hidden units instead of {cfg['hidden_size']}, {out['embedding_size']}-dimensional "
            f"embeddings instead of {cfg['embedding_size']}, alignment model of {out['attention_size']} units, "
            f"vocabularies of {out['vocab_size']} words")
    return out, what


def _label(_variant: str, cfg: dict) -> str:
    enc = "bidirectional " if str(cfg["encoder"]) == "bidirectional" else ""
    att = "with additive attention" if _attention(cfg["attention"]) != "False" else "without attention"
    return f"{enc}{str(cfg['cell']).upper()} encoder-decoder {att} ({cfg['hidden_size']} units)"


ATTENTION_RNN = Builder(
    kind="rnn_attention_seq2seq", source="cell",
    # defaults for what a paper leaves unsaid (each marked "default: not stated in paper" in the cell header)
    variants={"rnn_attention_seq2seq": {"hidden_size": 1000, "embedding_size": 500, "attention_size": 1000,
                                        "maxout_size": 0, "vocab_size": 30000, "src_vocab_size": 30000,
                                        "cell": "gru", "encoder": "bidirectional", "attention": "additive"}},
    default_variant="rnn_attention_seq2seq", code=_code, smoke=_smoke, label=_label)

BUILDERS = [ATTENTION_RNN]
