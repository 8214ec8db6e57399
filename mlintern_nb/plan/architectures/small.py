"""Models papers describe in a sentence, written in the cell with plain torch: LSTM encoder-decoders and
LSTM sequence models (``nn.LSTM``), GAN and VAE multilayer perceptrons, the DCGAN convolutional G/D, the
DQN Q-network and the RL policy/value MLPs (the graph networks are in :mod:`.graph`)."""
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
    # image-generation smoke notebook: the GAN's Parzen score with 32 units -15/-18 (2 seeds), 128 units -27, the
    # template -31; the VAE's lower bound with 32 hidden and 20 latent units -29.2, with 128 and 8 -26.0 (wake-sleep -26.3)
    if "hidden_sizes" in cfg:
        return dict(cfg, hidden_sizes=[32] * len(cfg["hidden_sizes"]), data_size=64), \
            f"hidden layers of 32 units instead of {cfg['hidden_sizes']}, 8x8 data"
    h, z = min(128, int(cfg["hidden_size"])), min(8, int(cfg["latent_size"]))
    return dict(cfg, hidden_size=h, latent_size=z, data_size=64), \
        f"{h} hidden units instead of {cfg['hidden_size']}, {z} latent units instead of {cfg['latent_size']}, 8x8 data"


GAN = Builder(kind="gan", source="cell",
              variants={"mlp": {"noise_size": 100, "hidden_sizes": [256, 512], "data_size": 784}},
              default_variant="mlp", code=_gan_code, smoke=_gen_smoke, label=lambda v, cfg: "GAN (MLP)")
VAE = Builder(kind="vae", source="cell",
              variants={"mlp": {"hidden_size": 500, "latent_size": 20, "data_size": 784}},
              default_variant="mlp", code=_vae_code, smoke=_gen_smoke, label=lambda v, cfg: "VAE (MLP)")


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


def _policy_smoke(cfg: dict) -> tuple[dict, str]:
    # half the width, >= 32 units: PPO's CartPole return in the smoke notebook (seeds 0-3) 16 units 104, 32 182, 64 177
    h = [min(int(x), max(32, int(x) // 2)) for x in cfg["hidden_sizes"]]
    return dict(cfg, hidden_sizes=h), f"hidden layers of {h} units instead of {cfg['hidden_sizes']}"


POLICY = Builder(kind="policy_mlp", source="cell",
                 variants={"mlp": {"obs_size": 17, "action_size": 6, "hidden_sizes": [64, 64]}},
                 default_variant="mlp", code=_policy_code, smoke=_policy_smoke,
                 label=lambda v, cfg: f"policy/value MLP {cfg['hidden_sizes']}")

BUILDERS = [SEQ2SEQ_LSTM, LSTM, GAN, VAE, POLICY]


def _dcgan_code(cfg: dict) -> str:
    return f"""
import torch
from torch import nn

class DCGAN(nn.Module):
    # generator: z projected and reshaped to a start x start x 8c map, fractionally-strided 4x4/2 convolutions halving
    # the channels and doubling the side to the image, batch norm + ReLU (Tanh at the output); discriminator: strided
    # 4x4/2 convolutions, LeakyReLU(0.2), batch norm except on the first, the last map flattened to one logit
    def __init__(self, z, base, image_size, channels):
        super().__init__()
        n_up, side = 0, image_size
        while side % 2 == 0 and side // 2 >= 4:
            n_up, side = n_up + 1, side // 2
        widths = [base * 2 ** (n_up - 1 - i) for i in range(n_up)]          # e.g. 1024, 512, 256, 128
        g = [nn.Linear(z, widths[0] * side * side), nn.Unflatten(1, (widths[0], side, side)),
             nn.BatchNorm2d(widths[0]), nn.ReLU(True)]
        for a, b in zip(widths, widths[1:]):
            g += [nn.ConvTranspose2d(a, b, 4, 2, 1, bias=False), nn.BatchNorm2d(b), nn.ReLU(True)]
        self.G = nn.Sequential(*g, nn.ConvTranspose2d(widths[-1], channels, 4, 2, 1), nn.Tanh())
        d, cin = [], channels
        for i, w in enumerate(widths[::-1]):
            d += [nn.Conv2d(cin, w, 4, 2, 1, bias=i == 0)] + ([nn.BatchNorm2d(w)] if i else []) + [nn.LeakyReLU(0.2, True)]
            cin = w
        self.D = nn.Sequential(*d, nn.Flatten(), nn.Linear(cin * side * side, 1))
        self.z = z
        for m in self.modules():  # the paper's initialisation: N(0, 0.02)
            if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
                nn.init.normal_(m.weight, 0.0, 0.02)

    def forward(self, z):
        return self.G(z)

model = DCGAN(z={int(cfg['noise_size'])}, base={int(cfg['base_channels'])}, image_size={int(cfg['image_size'])}, channels={int(cfg['channels'])})
"""


DCGAN = Builder(kind="dcgan", source="cell",
                variants={"dcgan": {"noise_size": 100, "base_channels": 128, "image_size": 64, "channels": 3}},
                default_variant="dcgan", code=_dcgan_code,
                smoke=lambda cfg: (dict(cfg, base_channels=16, image_size=min(32, int(cfg["image_size"]))),
                                   f"base width 16 instead of {cfg['base_channels']}, "
                                   f"{min(32, int(cfg['image_size']))}-pixel images"),
                label=lambda v, cfg: "DCGAN (convolutional G and D)")

BUILDERS += [DCGAN]


def _qnet_code(cfg: dict) -> str:
    convs = [tuple(c) for c in cfg["convs"]]
    return f"""
import torch
from torch import nn

class QNetwork(nn.Module):
    # {cfg['frames']} stacked {cfg['image_size']}x{cfg['image_size']} frames -> convolutions (filters, kernel, stride) {convs}
    # with rectifiers -> a fully connected layer of {cfg['fc_units']} rectifier units -> one linear output per action
    def __init__(self, frames, size, convs, fc, actions):
        super().__init__()
        layers, cin = [], frames
        for cout, k, s in convs:
            layers += [nn.Conv2d(cin, cout, k, s), nn.ReLU()]
            cin = cout
        self.features = nn.Sequential(*layers, nn.Flatten())
        with torch.no_grad():
            n = self.features(torch.zeros(1, frames, size, size)).shape[1]
        self.head = nn.Sequential(nn.Linear(n, fc), nn.ReLU(), nn.Linear(fc, actions))

    def forward(self, x):
        return self.head(self.features(x))

model = QNetwork({int(cfg['frames'])}, {int(cfg['image_size'])}, {convs}, {int(cfg['fc_units'])}, {int(cfg['num_actions'])})
"""


QNET = Builder(kind="dqn", source="cell",
               variants={"nature": {"frames": 4, "image_size": 84, "convs": [[32, 8, 4], [64, 4, 2], [64, 3, 1]],
                                    "fc_units": 512, "num_actions": 18}},
               default_variant="nature", code=_qnet_code,
               smoke=lambda cfg: (dict(cfg, convs=[[max(4, c // 4), k, s] for c, k, s in cfg["convs"]],
                                       fc_units=max(16, int(cfg["fc_units"]) // 8)),
                                  "a quarter of the filters, an eighth of the fully connected units"),
               label=lambda v, cfg: "DQN convolutional Q-network")

BUILDERS += [QNET]
