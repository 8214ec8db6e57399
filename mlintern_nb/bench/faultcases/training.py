"""Training-log faults: NaN from a huge learning rate, divergence, and a cell that runs too long."""
COMMON = '''import torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
'''
TRAINS = "assert losses[-1] < losses[0] and all(math.isfinite(l) for l in losses), losses\n"

CASES = [
    dict(name="divergence_huge_sgd_lr", kind="divergence",
         broken='''torch.manual_seed(1)
lr = 1000.0
model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.SGD(model.parameters(), lr=lr)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
    if step % 10 == 0:
        print(f"step {step} loss {loss.item():.4f}")
''', check=TRAINS + "assert lr < 1000.0\n"),
    dict(name="nan_sgd_momentum_keyword_lr", kind="nan_loss",
         broken='''torch.manual_seed(2)
model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.SGD(model.parameters(), lr=500.0, momentum=0.9)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = F.mse_loss(model(X[idx]), F.one_hot(y[idx], 10).float())
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
    if step % 10 == 0:
        print(f"step={step} loss={loss.item()}")
''', check=TRAINS),
    dict(name="nan_mse_large_lr", kind="nan_loss",
         broken='''torch.manual_seed(3)
learning_rate = 8.0
model = nn.Sequential(nn.Linear(64, 10))
opt = torch.optim.SGD(model.parameters(), lr=learning_rate)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = F.mse_loss(model(X[idx]), F.one_hot(y[idx], 10).float())
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
    if step % 10 == 0:
        print(f"step {step}: loss: {min(loss.item(), 1e30):.4g}")
''', check=TRAINS),
    dict(name="timeout_too_many_epochs", kind="timeout", timeout=3,
         broken='''epochs = 100000
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for epoch in range(epochs):
    loss = F.cross_entropy(model(X[:64]), y[:64])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check=TRAINS + "assert epochs < 100000\n"),
]
