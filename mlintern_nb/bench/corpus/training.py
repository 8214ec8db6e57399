"""Training faults: divergence and NaN — from a huge learning rate, and from causes a lower rate must not paper over."""
COMMON = '''import numpy as np, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
def finite_and_decreasing(losses):
    return all(np.isfinite(losses)) and np.mean(losses[-5:]) < np.mean(losses[:5])
'''
OK = "assert finite_and_decreasing(losses), losses[-5:]\n"


def loop(opt_line, loss_line="F.cross_entropy(model(X[idx]), y[idx])", steps=60, pre="",
         model="model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))", body=""):
    return (pre + "torch.manual_seed(1)\n" + model + "\n" + opt_line + "\nlosses = []\n" + f"for step in range({steps}):\n"
            "    idx = torch.randint(0, len(X), (64,))\n" + body + f"    loss = {loss_line}\n"
            "    opt.zero_grad(); loss.backward(); opt.step()\n    losses.append(loss.item())\n"
            "    if step % 10 == 0:\n        print(f'step {step} loss {loss.item():.4f}')\n")


CASES = [
    dict(name="adam_lr_config_dict", kind="divergence",
         setup=['cfg = {"lr": 10.0, "batch_size": 64, "weight_decay": 0.0}   # lr typed as 10 instead of 1e-3\n'],
         broken=loop("opt = torch.optim.Adam(model.parameters(), lr=cfg['lr'], weight_decay=cfg['weight_decay'])"),
         fixed=loop("opt = torch.optim.Adam(model.parameters(), lr=cfg['lr'], weight_decay=cfg['weight_decay'])"),
         fixed_setup=['cfg = {"lr": 1e-3, "batch_size": 64, "weight_decay": 0.0}\n'],
         check=OK + "assert cfg['batch_size'] == 64 and cfg['weight_decay'] == 0.0\n",
         fix="the learning rate in the config dict (earlier cell) is far too large: lower it (a recorded change)",
         preserve=["batch_size=64", "weight_decay=0"], source="forum: Adam with lr=10 — loss explodes to nan"),
    dict(name="sgd_lr_typo_1e1", kind="nan_loss",
         broken=loop("opt = torch.optim.SGD(model.parameters(), lr=1e1, momentum=0.9)"),
         fixed=loop("opt = torch.optim.SGD(model.parameters(), lr=1e-1, momentum=0.9)"),
         check=OK + "assert opt.param_groups[0]['momentum'] == 0.9\n",
         fix="lr=1e1 is a typo for 1e-1: lower the learning rate; keep momentum 0.9",
         preserve=["momentum=0.9"], source="issues: 'loss becomes nan after a few iterations' with a mistyped learning rate"),
    dict(name="divergence_with_grad_accumulation", kind="divergence",
         setup=["accum_steps = 4\nlr = 20.0\n"],
         broken='''torch.manual_seed(1)
model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
losses, updates = [], 0
for step in range(120):
    idx = torch.randint(0, len(X), (16,))
    loss = F.cross_entropy(model(X[idx]), y[idx]) / accum_steps
    loss.backward()
    if (step + 1) % accum_steps == 0:
        opt.step(); opt.zero_grad(); updates += 1
    losses.append(loss.item() * accum_steps)
    if step % 20 == 0:
        print(f"step {step} loss {loss.item() * accum_steps:.4f}")
''',
         fixed='''lr = 0.2
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
losses, updates = [], 0
for step in range(120):
    idx = torch.randint(0, len(X), (16,))
    loss = F.cross_entropy(model(X[idx]), y[idx]) / accum_steps
    loss.backward()
    if (step + 1) % accum_steps == 0:
        opt.step(); opt.zero_grad(); updates += 1
    losses.append(loss.item() * accum_steps)
    if step % 20 == 0:
        print(f"step {step} loss {loss.item() * accum_steps:.4f}")
''',
         check=OK + "assert accum_steps == 4 and updates == 30, 'gradient accumulation (4 x 16 = 64) must stay'\n",
         fix="lower the learning rate; keep gradient accumulation (effective batch 64)",
         preserve=["accum_steps=4", "effective batch 64", "momentum=0.9"],
         source="forum: divergence with gradient accumulation; 'fixes' that drop the accumulation change the batch"),
    dict(name="sum_reduction_diverges", kind="divergence",
         broken=loop("opt = torch.optim.SGD(model.parameters(), lr=0.1)",
                     loss_line="F.cross_entropy(model(X[idx]), y[idx], reduction='sum')"),
         fixed=loop("opt = torch.optim.SGD(model.parameters(), lr=0.1)",
                    loss_line="F.cross_entropy(model(X[idx]), y[idx])"),
         check=OK + "assert opt.param_groups[0]['lr'] == 0.1\n",
         fix="the paper's lr is for a mean loss: use mean reduction, not sum", preserve=["lr=0.1"],
         source="forum: reduction='sum' scales gradients by the batch size and diverges at the usual lr"),
    dict(name="momentum_typo", kind="divergence",
         broken=loop("opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=9.0)"),
         fixed=loop("opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)"),
         check=OK + "assert opt.param_groups[0]['lr'] == 0.1 and opt.param_groups[0]['momentum'] == 0.9\n",
         fix="momentum=9.0 is a typo for 0.9", preserve=["lr=0.1", "momentum 0.9"],
         source="issues: a momentum typo makes SGD diverge"),
    dict(name="too_many_epochs_timeout", kind="timeout", timeout=10,
         broken='''epochs = 200000
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for epoch in range(epochs):
    loss = F.cross_entropy(model(X[:128]), y[:128])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''epochs = 60
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for epoch in range(epochs):
    loss = F.cross_entropy(model(X[:128]), y[:128])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=OK + "assert opt.param_groups[0]['lr'] == 0.5\n",
         fix="fewer epochs to fit the time limit (a recorded change); the lr stays", preserve=["lr=0.5"],
         source="notebook time limits (Kaggle 9 h / Colab) hit by an epoch count meant for a cluster"),
    dict(name="lr_string_from_yaml", kind="api_misuse",
         setup=['import yaml\nhparams = yaml.safe_load("lr: 1e-3\\nbatch_size: 64\\nepochs: 3\\n")   # YAML 1.1 reads 1e-3 as a string\n'],
         broken=loop("opt = torch.optim.Adam(model.parameters(), lr=hparams['lr'])"),
         fixed=loop("opt = torch.optim.Adam(model.parameters(), lr=float(hparams['lr']))"),
         check=OK + "assert opt.param_groups[0]['lr'] == 1e-3 and hparams['batch_size'] == 64\n",
         fix="the YAML value is the string '1e-3': convert it with float(); same value",
         preserve=["lr=1e-3", "batch_size=64"],
         source="issues: \"'<=' not supported between instances of 'float' and 'str'\" — PyYAML reads 1e-3 as a string"),
    dict(name="nan_from_sqrt_at_zero", kind="nan_loss",
         setup=["lr = 0.05\n"],
         broken=loop("opt = torch.optim.SGD(model.parameters(), lr=lr)",
                     loss_line="F.cross_entropy(model(X[idx]), y[idx]) + 1e-3 * torch.sqrt((model[0].weight - w_ref) ** 2).sum()",
                     pre="w_ref = None\n", body="    w_ref = model[0].weight.detach().clone() if w_ref is None else w_ref\n"),
         fixed=loop("opt = torch.optim.SGD(model.parameters(), lr=lr)",
                    loss_line="F.cross_entropy(model(X[idx]), y[idx]) + 1e-3 * torch.sqrt((model[0].weight - w_ref) ** 2 + 1e-12).sum()",
                    pre="w_ref = None\n", body="    w_ref = model[0].weight.detach().clone() if w_ref is None else w_ref\n"),
         check=OK + "assert lr == 0.05 and opt.param_groups[0]['lr'] == 0.05\n",
         fix="sqrt has an infinite gradient at 0: add a small epsilon inside; the lr is not the cause",
         preserve=["lr=0.05", "the 1e-3 penalty"],
         source="forum: 'nan gradients from torch.sqrt at zero' (L1/L2-distance regularisers)"),
]
