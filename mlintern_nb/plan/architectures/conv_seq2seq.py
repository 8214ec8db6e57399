"""The convolutional sequence-to-sequence model (ConvS2S), written in the cell with plain torch (no maintained
library ships it outside fairseq): word plus learned absolute-position embeddings; encoder and decoder stacks of
1-D convolutions with gated linear units (GLU) and residual connections scaled by sqrt(0.5), projections between
the embedding size and each block's width; the decoder's convolutions are causal (left padding k - 1) and every
decoder layer has its own dot-product attention over the encoder outputs, whose values add the source
embeddings (multi-step attention). ``forward(src, tgt_in, mask) -> logits`` as the recurrent encoder-decoders."""
from __future__ import annotations

from .base import Builder


def _code(cfg: dict) -> str:
    widths = [int(w) for w in cfg["layer_widths"]]
    return f"""
import math
import torch
from torch import nn
import torch.nn.functional as F


class ConvBlock(nn.Module):
    # a convolution of width k to 2x the block's channels, then the GLU: A * sigmoid(B)
    def __init__(self, cin, cout, k, causal):
        super().__init__()
        self.k, self.causal = k, causal
        self.proj = nn.Linear(cin, cout) if cin != cout else None  # the residual's projection
        self.conv = nn.Conv1d(cin, 2 * cout, k, padding=0)

    def forward(self, x):  # x: batch x time x channels
        pad = (self.k - 1, 0) if self.causal else ((self.k - 1) // 2, self.k // 2)
        y = F.glu(self.conv(F.pad(x.transpose(1, 2), pad)), dim=1).transpose(1, 2)
        return y, (self.proj(x) if self.proj is not None else x)


class ConvS2S(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, emb, widths, kernel, max_len=1024, dropout=0.1):
        super().__init__()
        self.drop = dropout
        self.src_emb, self.tgt_emb = nn.Embedding(src_vocab, emb), nn.Embedding(tgt_vocab, emb)
        self.src_pos, self.tgt_pos = nn.Embedding(max_len, emb), nn.Embedding(max_len, emb)
        ins = [widths[0]] + widths[:-1]
        self.enc_in, self.dec_in = nn.Linear(emb, widths[0]), nn.Linear(emb, widths[0])
        self.encoder = nn.ModuleList(ConvBlock(a, b, kernel, causal=False) for a, b in zip(ins, widths))
        self.decoder = nn.ModuleList(ConvBlock(a, b, kernel, causal=True) for a, b in zip(ins, widths))
        self.enc_out = nn.Linear(widths[-1], emb)
        # per decoder layer: the state mapped to the embedding size (d_i = W h_i + b + g_i), the context back
        self.att_in = nn.ModuleList(nn.Linear(w, emb) for w in widths)
        self.att_out = nn.ModuleList(nn.Linear(emb, w) for w in widths)
        self.dec_out = nn.Linear(widths[-1], emb)
        self.out = nn.Linear(emb, tgt_vocab)

    def embed(self, table, pos, ids):
        positions = torch.arange(ids.size(1), device=ids.device)[None]
        return F.dropout(table(ids) + pos(positions), self.drop, self.training)

    def encode(self, src, mask=None):
        e = self.embed(self.src_emb, self.src_pos, src)
        x = self.enc_in(e)
        for block in self.encoder:
            y, res = block(F.dropout(x, self.drop, self.training))
            x = (y + res) * math.sqrt(0.5)
        z = self.enc_out(x)
        mask = (src != 0) if mask is None else mask.bool()
        return z, z + e, mask  # keys z_j, values z_j + e_j

    def decode(self, tgt_in, memory):
        keys, values, mask = memory
        g = self.embed(self.tgt_emb, self.tgt_pos, tgt_in)
        x = self.dec_in(g)
        for block, a_in, a_out in zip(self.decoder, self.att_in, self.att_out):
            y, res = block(F.dropout(x, self.drop, self.training))
            d = (a_in(y) + g) * math.sqrt(0.5)
            scores = (d @ keys.transpose(1, 2)).masked_fill(~mask[:, None], float("-inf"))
            c = scores.softmax(-1) @ values * (values.size(1) * math.sqrt(1.0 / values.size(1)))
            y = (y + a_out(c)) * math.sqrt(0.5)
            x = (y + res) * math.sqrt(0.5)
        return self.out(F.dropout(self.dec_out(x), self.drop, self.training))

    def forward(self, src, tgt_in, mask=None):
        return self.decode(tgt_in, self.encode(src, mask))


model = ConvS2S(src_vocab={int(cfg['src_vocab_size'])}, tgt_vocab={int(cfg['vocab_size'])}, emb={int(cfg['embedding_size'])},
                widths={widths}, kernel={int(cfg['kernel_size'])})
"""


def _smoke(cfg: dict) -> tuple[dict, str]:
    n = len(cfg["layer_widths"])
    out = dict(cfg, layer_widths=[64, 64], embedding_size=32, vocab_size=min(500, int(cfg["vocab_size"])),
               src_vocab_size=min(500, int(cfg["src_vocab_size"])))
    return out, (f"2 convolutional blocks of 64 channels per side instead of {n} of "
                 f"{'/'.join(str(w) for w in sorted(set(cfg['layer_widths'])))}, 32-dimensional embeddings instead of "
                 f"{cfg['embedding_size']}, vocabularies of {out['vocab_size']} words (same kernel width "
                 f"{cfg['kernel_size']})")


CONVS2S = Builder(
    kind="convs2s", source="cell",
    # the paper's default (WMT'16 En-Ro: 20 layers of 512 units, kernel width 3, 512-d embeddings) and its
    # WMT'14 En-De stack (9 x 512, 4 x 1024, 2 x 2048)
    variants={"en-ro": {"layer_widths": [512] * 20, "kernel_size": 3, "embedding_size": 512, "vocab_size": 40000,
                        "src_vocab_size": 40000},
              "en-de": {"layer_widths": [512] * 9 + [1024] * 4 + [2048] * 2, "kernel_size": 3,
                        "embedding_size": 512, "vocab_size": 40000, "src_vocab_size": 40000}},
    default_variant="en-ro", code=_code, smoke=_smoke,
    label=lambda v, cfg: f"ConvS2S ({len(cfg['layer_widths'])} GLU conv blocks per side, kernel {cfg['kernel_size']})")

BUILDERS = [CONVS2S]
