"""Models papers describe in a sentence, written in the cell with plain torch: LSTM encoder-decoders and
LSTM sequence models (``nn.LSTM``), GAN and VAE multilayer perceptrons, the two-layer GCN and the RL
policy/value MLPs."""
from __future__ import annotations

from .base import Builder


def _seq2seq_code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn

class Seq2Seq(nn.Module):
    # a deep LSTM reads the source sentence into a vector, another deep LSTM generates the target from it
    def __init__(self, src_vocab, tgt_vocab, emb, hidden, layers):
        super().__init__()
        self.src_emb, self.tgt_emb = nn.Embedding(src_vocab, emb), nn.Embedding(tgt_vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, layers, batch_first=True)
        self.decoder = nn.LSTM(emb, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, tgt_vocab)

    def forward(self, src, tgt):
        _, state = self.encoder(self.src_emb(src))
        y, _ = self.decoder(self.tgt_emb(tgt), state)
        return self.out(y)

model = Seq2Seq(src_vocab={int(cfg['src_vocab_size'])}, tgt_vocab={int(cfg['vocab_size'])}, emb={int(cfg['embedding_size'])},
                hidden={int(cfg['hidden_size'])}, layers={int(cfg['num_layers'])})
"""


def _rnn_smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, num_layers=min(2, int(cfg["num_layers"])), hidden_size=min(32, int(cfg["hidden_size"])))
    what = f"{out['num_layers']} layers of {out['hidden_size']} units instead of {cfg['num_layers']} of {cfg['hidden_size']}"
    for k in ("vocab_size", "src_vocab_size"):
        if k in cfg:
            out[k] = min(500, int(cfg[k]))
    if "embedding_size" in cfg:
        out["embedding_size"] = min(32, int(cfg["embedding_size"]))
    if "vocab_size" in cfg:
        what += f", vocabularies of {out['vocab_size']} words"
    return out, what


SEQ2SEQ_LSTM = Builder(kind="lstm_seq2seq", source="cell",
                       variants={"lstm_seq2seq": {"num_layers": 4, "hidden_size": 1000, "embedding_size": 1000,
                                                  "src_vocab_size": 160000, "vocab_size": 80000}},
                       default_variant="lstm_seq2seq", code=_seq2seq_code, smoke=_rnn_smoke,
                       label=lambda v, cfg: f"LSTM encoder-decoder ({cfg['num_layers']}x{cfg['hidden_size']})")


def _lstm_code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn

class SequenceModel(nn.Module):
    # stacked LSTM over the input sequence, a linear read-out at every step
    def __init__(self, inputs, hidden, layers, outputs):
        super().__init__()
        self.lstm = nn.LSTM(inputs, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, outputs)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y)

model = SequenceModel(inputs={int(cfg['input_size'])}, hidden={int(cfg['hidden_size'])}, layers={int(cfg['num_layers'])},
                      outputs={int(cfg['output_size'])})
"""


LSTM = Builder(kind="lstm", source="cell",
               variants={"lstm": {"num_layers": 1, "hidden_size": 128, "input_size": 8, "output_size": 8}},
               default_variant="lstm", code=_lstm_code, smoke=_rnn_smoke,
               label=lambda v, cfg: f"LSTM ({cfg['num_layers']}x{cfg['hidden_size']})")


def _mlp(name: str, sizes: str, act: str, last: str = "") -> str:
    return (f"{name} = nn.Sequential(*[m for a, b in zip({sizes}[:-1], {sizes}[1:]) "
            f"for m in (nn.Linear(a, b), {act})][:-1]{last})")


def _gan_code(cfg: dict) -> str:
    h, z, x = list(cfg["hidden_sizes"]), int(cfg["noise_size"]), int(cfg["data_size"])
    return f"""
import torch
from torch import nn

# generator: MLP from noise to data (ReLU hidden units, sigmoid output); discriminator: MLP with dropout to a
# real/fake probability
G_SIZES, D_SIZES = {[z, *h, x]}, {[x, *h[::-1], 1]}
{_mlp("generator", "G_SIZES", "nn.ReLU()", ", nn.Sigmoid()")}
discriminator = nn.Sequential(*[m for a, b in zip(D_SIZES[:-2], D_SIZES[1:-1]) for m in (nn.Dropout(0.2), nn.Linear(a, b), nn.LeakyReLU(0.2))],
                              nn.Linear(D_SIZES[-2], 1), nn.Sigmoid())
model = nn.ModuleDict({{"generator": generator, "discriminator": discriminator}})
"""


def _vae_code(cfg: dict) -> str:
    h, z, x = int(cfg["hidden_size"]), int(cfg["latent_size"]), int(cfg["data_size"])
    return f"""
import torch
from torch import nn

class VAE(nn.Module):
    # encoder q(z|x): one tanh hidden layer to the mean and log-variance of a diagonal Gaussian;
    # decoder p(x|z): one tanh hidden layer to Bernoulli means; z = mu + sigma * eps (reparameterisation)
    def __init__(self, data, hidden, latent):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(data, hidden), nn.Tanh())
        self.mu, self.logvar = nn.Linear(hidden, latent), nn.Linear(hidden, latent)
        self.dec = nn.Sequential(nn.Linear(latent, hidden), nn.Tanh(), nn.Linear(hidden, data), nn.Sigmoid())

    def forward(self, x):
        h = self.enc(x)
        mu, logvar = self.mu(h), self.logvar(h)
        z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
        return self.dec(z), mu, logvar

model = VAE(data={x}, hidden={h}, latent={z})
"""


def _gen_smoke(cfg: dict) -> tuple[dict, str]:
    if "hidden_sizes" in cfg:
        return dict(cfg, hidden_sizes=[32] * len(cfg["hidden_sizes"]), data_size=64), \
            f"hidden layers of 32 units instead of {cfg['hidden_sizes']}, 8x8 data"
    return dict(cfg, hidden_size=32, data_size=64), f"32 hidden units instead of {cfg['hidden_size']}, 8x8 data"


GAN = Builder(kind="gan", source="cell",
              variants={"mlp": {"noise_size": 100, "hidden_sizes": [256, 512], "data_size": 784}},
              default_variant="mlp", code=_gan_code, smoke=_gen_smoke, label=lambda v, cfg: "GAN (MLP)")
VAE = Builder(kind="vae", source="cell",
              variants={"mlp": {"hidden_size": 500, "latent_size": 20, "data_size": 784}},
              default_variant="mlp", code=_vae_code, smoke=_gen_smoke, label=lambda v, cfg: "VAE (MLP)")


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


def _policy_code(cfg: dict) -> str:
    h = list(cfg["hidden_sizes"])
    return f"""
import torch
from torch import nn

class ActorCritic(nn.Module):
    # separate policy and value MLPs ({h} tanh units); Gaussian policy: state-independent log std
    def __init__(self, obs, act, hidden):
        super().__init__()
        def mlp(out):
            sizes = [obs, *hidden]
            return nn.Sequential(*[m for a, b in zip(sizes[:-1], sizes[1:]) for m in (nn.Linear(a, b), nn.Tanh())], nn.Linear(sizes[-1], out))
        self.pi, self.v = mlp(act), mlp(1)
        self.log_std = nn.Parameter(torch.zeros(act))

    def forward(self, obs):
        return self.pi(obs), self.log_std.exp(), self.v(obs).squeeze(-1)

model = ActorCritic(obs={int(cfg['obs_size'])}, act={int(cfg['action_size'])}, hidden={h})
"""


POLICY = Builder(kind="policy_mlp", source="cell",
                 variants={"mlp": {"obs_size": 17, "action_size": 6, "hidden_sizes": [64, 64]}},
                 default_variant="mlp", code=_policy_code,
                 smoke=lambda cfg: (dict(cfg, hidden_sizes=[16] * len(cfg["hidden_sizes"])),
                                    f"hidden layers of 16 units instead of {cfg['hidden_sizes']}"),
                 label=lambda v, cfg: f"policy/value MLP {cfg['hidden_sizes']}")

BUILDERS = [SEQ2SEQ_LSTM, LSTM, GAN, VAE, GCN, POLICY]
