"""Dtype and device mismatches (CUDA/meta devices on a CPU-only kernel)."""
COMMON = '''import torch, numpy as np
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X64 = torch.from_numpy(_d.data / 16.0)          # float64, as numpy gives it
X = X64.float()
y = torch.from_numpy(_d.target)                 # int64
y_float = y.float()
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
LOOP = '''opt = torch.optim.SGD(model.parameters(), lr=0.3)
losses = []
for step in range(40):
    idx = torch.randint(0, len(X), (64,))
{body}
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
'''

CASES = [
    dict(name="double_input_float_weights", kind="dtype_mismatch",
         broken="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))\n" + LOOP.format(
             body="    logits = model(X64[idx])\n    loss = F.cross_entropy(logits, y[idx])"), check=TRAINS),
    dict(name="float_class_targets", kind="dtype_mismatch",
         broken="model = nn.Linear(64, 10)\n" + LOOP.format(
             body="    loss = F.cross_entropy(model(X[idx]), y_float[idx])"), check=TRAINS),
    dict(name="float_embedding_indices", kind="dtype_mismatch",
         broken='''tokens = (X * 15).round()     # pixel intensities as tokens, still float
emb = nn.EmbeddingBag(16, 16)
head = nn.Linear(16, 10)
model = nn.ModuleList([emb, head])
''' + LOOP.format(body="    feats = emb(tokens[idx])\n    loss = F.cross_entropy(head(feats), y[idx])"), check=TRAINS),
    dict(name="cuda_device_string", kind="device_mismatch",
         broken='''device = "cuda"
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10)).to(device)
''' + LOOP.format(body="    loss = F.cross_entropy(model(X[idx].to(device)), y[idx].to(device))"), check=TRAINS),
    dict(name="cuda_inline_to", kind="device_mismatch",
         broken="model = nn.Linear(64, 10)\n" + LOOP.format(
             body="    xb, yb = X[idx].to('cuda:0'), y[idx].to('cuda:0')\n"
                  "    loss = F.cross_entropy(model.to('cuda:0')(xb), yb)"), check=TRAINS),
    dict(name="meta_device_model", kind="device_mismatch",
         broken="model = nn.Linear(64, 10, device='meta')\n" + LOOP.format(
             body="    loss = F.cross_entropy(model(X[idx]), y[idx])"), check=TRAINS),
]
