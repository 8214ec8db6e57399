"""Device faults: code written for a GPU machine run where there is none (every spelling of it)."""
COMMON = '''import numpy as np, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
AVAILABLE = "cuda" if torch.cuda.is_available() else "cpu"
def on_available(module):
    return all(p.device.type == AVAILABLE for p in module.parameters())
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
CHECK = TRAINS + "assert on_available(model)\nassert opt.param_groups[0]['lr'] == 0.1\n"


def loop(model_line, x="X[idx]", yv="y[idx]", pre="", fixed_device=False):
    dev = "device = torch.device(AVAILABLE)\n" if fixed_device else ""
    return (dev + pre + model_line + "\nopt = torch.optim.SGD(model.parameters(), lr=0.1)\nlosses = []\n"
            "for step in range(50):\n    idx = torch.randint(0, len(X), (64,))\n"
            f"    loss = F.cross_entropy(model({x}), {yv})\n"
            "    opt.zero_grad(); loss.backward(); opt.step()\n    losses.append(loss.item())\n")


MLP = "model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))"
CASES = [
    dict(name="dot_cuda_method", kind="device_mismatch",
         broken=loop(MLP + ".cuda()", "X[idx].cuda()", "y[idx].cuda()"),
         fixed=loop(MLP + ".to(device)", "X[idx].to(device)", "y[idx].to(device)", fixed_device=True),
         check=CHECK, fix="replace every .cuda() by .to(device) with device = cuda if available else cpu",
         preserve=["lr=0.1", "same architecture"],
         source="issue trackers: 'AssertionError: Torch not compiled with CUDA enabled' from .cuda() on CPU-only installs"),
    dict(name="mixed_to_cuda_and_cuda", kind="device_mismatch",
         broken=loop(MLP + '.to("cuda")', "X[idx].cuda()", 'y[idx].to("cuda")'),
         fixed=loop(MLP + ".to(device)", "X[idx].to(device)", "y[idx].to(device)", fixed_device=True),
         check=CHECK, fix="both spellings (.to('cuda') and .cuda()) must move to the available device",
         preserve=["lr=0.1"], source="forum: a notebook mixing .cuda() and .to('cuda') fixed in one place only"),
    dict(name="device_from_earlier_cell", kind="device_mismatch",
         setup=['device = torch.device("cuda")\nprint("training on", device)\n'],
         fixed_setup=['device = torch.device(AVAILABLE)\nprint("training on", device)\n'],
         broken=loop(MLP + ".to(device)", "X[idx].to(device)", "y[idx].to(device)"),
         fixed=loop(MLP + ".to(device)", "X[idx].to(device)", "y[idx].to(device)"),
         check=CHECK + "assert device.type == AVAILABLE\n",
         fix="the device chosen in an earlier cell must fall back to the CPU", preserve=["lr=0.1"],
         source="Kaggle/Colab notebooks run elsewhere: device = torch.device('cuda') hard-coded in a setup cell"),
    dict(name="factory_device_kwarg", kind="device_mismatch",
         broken='''rnn = nn.GRU(8, 32, batch_first=True)
head = nn.Linear(32, 10)
model = nn.ModuleList([rnn, head])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(40):
    idx = torch.randint(0, len(X), (64,))
    h0 = torch.zeros(1, 64, 32, device="cuda")
    out, _ = rnn(X[idx].view(64, 8, 8), h0)
    loss = F.cross_entropy(head(out[:, -1]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''rnn = nn.GRU(8, 32, batch_first=True)
head = nn.Linear(32, 10)
model = nn.ModuleList([rnn, head])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(40):
    idx = torch.randint(0, len(X), (64,))
    h0 = torch.zeros(1, 64, 32, device=AVAILABLE)
    out, _ = rnn(X[idx].view(64, 8, 8), h0)
    loss = F.cross_entropy(head(out[:, -1]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=CHECK, fix="create the initial hidden state on the available device (device= keyword)",
         preserve=["GRU hidden size 32", "lr=0.1"],
         source="forum: RNN hidden state created with device='cuda' in a tensor factory"),
    dict(name="cuda_index_string", kind="device_mismatch",
         broken=loop('dev = "cuda:0"\n' + MLP + ".to(dev)", "X[idx].to(dev)", "y[idx].to(dev)"),
         fixed=loop('dev = AVAILABLE\n' + MLP + ".to(dev)", "X[idx].to(dev)", "y[idx].to(dev)"),
         check=CHECK, fix="'cuda:0' -> the available device", preserve=["lr=0.1"],
         source="issues: explicit 'cuda:0' device strings in training scripts"),
    dict(name="set_default_device_cuda", kind="device_mismatch",
         broken="torch.set_default_device('cuda')\n" + loop(MLP),
         fixed="torch.set_default_device(AVAILABLE)\n" + loop(MLP),
         check=CHECK + "assert torch.empty(1).device.type == AVAILABLE\n",
         fix="set the default device to the available one", preserve=["lr=0.1"],
         source="issue trackers: torch.set_default_device('cuda') at the top of LLM notebooks"),
    dict(name="cuda_synchronize_timing", kind="device_mismatch",
         broken='''import time
''' + loop(MLP) + '''t0 = time.time()
with torch.no_grad():
    model(X)
torch.cuda.synchronize()
infer_ms = (time.time() - t0) * 1000
''',
         fixed='''import time
''' + loop(MLP) + '''t0 = time.time()
with torch.no_grad():
    model(X)
if torch.cuda.is_available():
    torch.cuda.synchronize()
infer_ms = (time.time() - t0) * 1000
''',
         check=CHECK + "assert infer_ms >= 0\n",
         fix="only synchronize CUDA when CUDA is available", preserve=["lr=0.1"],
         source="benchmarking snippets calling torch.cuda.synchronize() unconditionally"),
    dict(name="generator_on_cuda", kind="device_mismatch",
         broken='''g = torch.Generator(device="cuda").manual_seed(0)
perm = torch.randperm(len(X), generator=g, device="cuda")
''' + loop(MLP),
         fixed='''g = torch.Generator(device=AVAILABLE).manual_seed(0)
perm = torch.randperm(len(X), generator=g, device=AVAILABLE)
''' + loop(MLP),
         check=CHECK + "assert sorted(perm.tolist()) == list(range(len(X)))\n",
         fix="build the generator (and the permutation) on the available device", preserve=["seed 0", "lr=0.1"],
         source="issues: torch.Generator(device='cuda') in data-shuffling code"),
    dict(name="cuda_non_blocking_keyword", kind="device_mismatch",
         broken=loop(MLP + ".cuda()", "X[idx].cuda(non_blocking=True)", "y[idx].cuda(non_blocking=True)"),
         fixed=loop(MLP + ".to(device)", "X[idx].to(device, non_blocking=True)",
                    "y[idx].to(device, non_blocking=True)", fixed_device=True),
         check=CHECK, fix=".cuda(non_blocking=True) -> .to(device, non_blocking=True)", preserve=["lr=0.1"],
         source="forum: pinned-memory training loops with .cuda(non_blocking=True)"),
    dict(name="device_in_config_dict", kind="device_mismatch",
         setup=['config = {"device": "cuda", "lr": 0.1, "batch_size": 64}\n'],
         fixed_setup=['config = {"device": AVAILABLE, "lr": 0.1, "batch_size": 64}\n'],
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10)).to(config["device"])
opt = torch.optim.SGD(model.parameters(), lr=config["lr"])
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (config["batch_size"],))
    xb, yb = X[idx].to(config["device"]), y[idx].to(config["device"])
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10)).to(config["device"])
opt = torch.optim.SGD(model.parameters(), lr=config["lr"])
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (config["batch_size"],))
    xb, yb = X[idx].to(config["device"]), y[idx].to(config["device"])
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=CHECK + "assert config['batch_size'] == 64 and config['lr'] == 0.1\n",
         fix="the device in the config dict (an earlier cell) must fall back to the available device",
         preserve=["lr=0.1", "batch_size=64"],
         source="research code with a config dict {'device': 'cuda', ...} defined in a setup cell"),
]
