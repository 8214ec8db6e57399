"""The normalisation study on the paper's own recurrent mixture density network (``mdn_rnn`` in the architecture
registry): pen trajectories made in the cell stand in for an online handwriting database, the network predicts
each next pen offset and end-of-stroke bit (reading the line's characters through its soft window when it has
one), with and without layer normalisation in its LSTM cells; metric: the negative log likelihood per line.

Used by :mod:`.method_study` when the paper sizes such a network; its cells replace the digits RNN's."""
from __future__ import annotations

from .base import notebook_model_code, paper_model

NORMS = ("layer", "none")  # what the network's LSTM cells run (the normalisation pair must be within these)
# lines, characters per line, pen points per character: full as the paper's data is long (hundreds of points a
# line); smoke the same task on short lines
ARCH_FULL = {"lines": 12000, "chars_per_line": 25, "points_per_char": 28}
ARCH_SMOKE = {"lines": 3000, "chars_per_line": 5, "points_per_char": 6}

DATA = r'''
# Data: STAND-IN for {dataset}: handwriting lines made in the cell. Each character of the network's alphabet has
# its own fixed pen stroke (points_per_char offsets, the pen lifted after the last); a line is a random string
# written stroke after stroke with pen noise. Input: the pen offsets and end-of-stroke bits (dx, dy, eos); target:
# the next ones; the line's characters go to the network's soft window.
g_alphabet = torch.Generator().manual_seed(1234)  # the same alphabet of strokes for every seed
ALPHABET = max(1, ALPHABET_SIZE)
P, U, N = ARCH["points_per_char"], ARCH["chars_per_line"], ARCH["lines"]
turn = torch.cumsum(torch.randn(ALPHABET, P, generator=g_alphabet) * 0.6, dim=1)
stroke = torch.stack([torch.cos(turn), torch.sin(turn)], dim=-1) * (0.5 + torch.rand(ALPHABET, 1, 1, generator=g_alphabet))
g = torch.Generator().manual_seed(seed)
chars_all = torch.randint(0, ALPHABET, (N, U), generator=g)
offsets = stroke[chars_all].reshape(N, U * P, 2) + 0.05 * torch.randn(N, U * P, 2, generator=g)
eos = torch.zeros(N, U, P); eos[:, :, -1] = 1.0
pen = torch.cat([offsets, eos.reshape(N, U * P, 1)], dim=-1)
pen = torch.cat([torch.zeros(N, 1, 3), pen], dim=1)  # a zero first input: the first offset is predicted too
cut = int(0.9 * N)
train_ds = torch.utils.data.TensorDataset(chars_all[:cut], pen[:cut])
eval_ds = torch.utils.data.TensorDataset(chars_all[cut:], pen[cut:])
collate = None
DATA_NOTE = (f"STAND-IN: {N} handwriting lines made in the cell ({U} characters of {ALPHABET}, {U * P} pen points "
             f"each) instead of " + DATASET_NAME)
print(DATA_NOTE, f"- train {cut} / eval {N - cut}")
'''

MODEL = r'''
# Model: the paper's network, {name}; its LSTM cells with layer normalisation or without (`normalization`)
{code}

def compute_loss(model, batch):
    chars, pen = batch  # negative log likelihood of each next pen point, summed over the line
    return mdn_loss(model(pen[:, :-1], chars), pen[:, 1:])

MODEL_NOTE = f"MixtureDensityRNN (normalization study), normalization {normalization}, optimizer {optimizer_name}"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: the held-out negative log likelihood per line, and the final training loss (mean of the last 10 steps)
model.eval()
with torch.no_grad():
    ce, pe = (t.to(DEVICE) for t in eval_ds.tensors)
    nll = float(np.mean([compute_loss(model, (ce[i:i + 64], pe[i:i + 64])).item() for i in range(0, len(ce), 64)]))
metrics = {"nll": nll, "final_train_loss": float(np.mean([r["loss"] for r in losses[-10:]]))}
print(metrics)
'''

STUDY_TEXT = "handwriting lines made in the cell (pen offsets; characters for the soft window)"


def paper_network(spec):
    """The paper's recurrent mixture density network from the architecture registry, or None."""
    return paper_model(spec, lambda a: a.kind == "mdn_rnn")


def cell(role: str, plan, arch) -> str | None:
    """The data / model / eval cell of this study, or None for the roles the method study shares."""
    if role == "data":
        return DATA.replace("{dataset}", plan.dataset or "the paper's handwriting data")
    if role == "model":
        code = notebook_model_code(arch, plan.profile, norm="normalization")
        return MODEL.replace("{name}", arch.name).replace("{code}", code)
    if role == "eval":
        return EVAL
    return None


def config_lines(arch) -> list[str]:
    return [f"ALPHABET_SIZE = {int(arch.values('full').get('alphabet_size') or 0)}  # characters the soft window reads "
            "(0: the network reads no text)"]
