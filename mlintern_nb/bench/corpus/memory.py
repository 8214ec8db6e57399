"""CPU memory faults ('DefaultCPUAllocator: can't allocate memory') in a kernel with a small memory budget.

``COMMON`` caps the kernel's data segment at its current size + 128 MiB (``RLIMIT_DATA``), as a
small machine would: allocations beyond it fail at once with the allocator's error.
"""
ISOLATE = True   # verify each case in its own interpreter (the budget is process-wide)
COMMON = '''import resource, numpy as np, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
_ = torch.randn(256, 256) @ torch.randn(256, 256)          # start the thread pool before capping
def _vm_bytes():
    return next(int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmData"))
MEMORY_BUDGET = int(_vm_bytes() + 192 * 2**20)
resource.setrlimit(resource.RLIMIT_DATA, (MEMORY_BUDGET, resource.RLIM_INFINITY))
def wide():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(64, 8192), nn.ReLU(), nn.Linear(8192, 10))
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
ACCUM_LOOP = '''model = wide()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
losses = []
for update in range(3):
    opt.zero_grad()
    idx = torch.randint(0, len(X), (batch_size * accum_steps,))
    for k in range(accum_steps):
        part = idx[k * batch_size:(k + 1) * batch_size]
        loss = F.cross_entropy(model(X[part]), y[part]) / accum_steps
        loss.backward()
    opt.step()
    losses.append(loss.item() * accum_steps)
'''
CASES = [
    dict(name="batch_too_big_keep_effective_batch", kind="oom",
         broken="batch_size = 4096\naccum_steps = 1\n" + ACCUM_LOOP,
         fixed="batch_size = 512\naccum_steps = 8\n" + ACCUM_LOOP,
         check=TRAINS + "assert batch_size * accum_steps == 4096, 'the paper trains with batches of 4096'\n",
         fix="micro-batches of 512 with 8 accumulation steps: the effective batch stays 4096 (both changes recorded)",
         preserve=["effective batch 4096", "lr=0.05"],
         source="forum: \"DefaultCPUAllocator: can't allocate memory\" at the paper's batch size on a small machine"),
    dict(name="config_batch_upstream", kind="oom",
         setup=['cfg = {"per_device_train_batch_size": 4096, "gradient_accumulation_steps": 1, "learning_rate": 0.05}\n'],
         fixed_setup=['cfg = {"per_device_train_batch_size": 512, "gradient_accumulation_steps": 8, "learning_rate": 0.05}\n'],
         broken="batch_size = cfg['per_device_train_batch_size']\naccum_steps = cfg['gradient_accumulation_steps']\n" + ACCUM_LOOP,
         fixed="batch_size = cfg['per_device_train_batch_size']\naccum_steps = cfg['gradient_accumulation_steps']\n" + ACCUM_LOOP,
         check=TRAINS + "assert batch_size * accum_steps == 4096 and cfg['learning_rate'] == 0.05\n",
         fix="in the config (an earlier cell): batch 512 x 8 accumulation steps = 4096",
         preserve=["effective batch 4096", "learning_rate=0.05"],
         source="transformers issues: per_device_train_batch_size too large for the machine; accumulation keeps the batch"),
    dict(name="eval_outputs_keep_graph", kind="oom",
         setup=["model = wide()\nXeval = X.repeat(8, 1)\nyeval = y.repeat(8)\n"],
         broken='''outputs = []
for i in range(0, len(Xeval), 512):
    outputs.append(model(Xeval[i:i + 512]))
preds = torch.cat(outputs).argmax(1)
''',
         fixed='''outputs = []
with torch.no_grad():
    for i in range(0, len(Xeval), 512):
        outputs.append(model(Xeval[i:i + 512]))
preds = torch.cat(outputs).argmax(1)
''',
         check="assert preds.shape == (len(Xeval),) and not preds.requires_grad\n",
         fix="evaluate under torch.no_grad(): the kept outputs hold every batch's graph",
         preserve=["batches of 512", "the whole evaluation set"],
         source="forum: memory grows during evaluation until allocation fails (outputs kept with their graphs)"),
    dict(name="running_loss_keeps_graph", kind="oom",
         broken='''model = wide()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
running, losses = 0, []
for step in range(12):
    idx = torch.randint(0, len(X), (512,))
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(retain_graph=True); opt.step()
    running = running + loss
    losses.append(float(loss))
''',
         fixed='''model = wide()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
running, losses = 0, []
for step in range(12):
    idx = torch.randint(0, len(X), (512,))
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    running = running + loss.item()
    losses.append(float(loss))
''',
         check=TRAINS + "assert isinstance(running, float) and len(losses) == 12\n",
         fix="accumulate loss.item() (a float), not the loss tensor with its graph; no retain_graph",
         preserve=["batch 512", "12 steps", "lr=0.01"],
         source="PyTorch FAQ / forum: 'total_loss += loss' keeps every step's graph alive (memory leak)"),
    dict(name="pairwise_distance_broadcast", kind="oom",
         setup=["Xtr, ytr = X.repeat(4, 1) + 0.01 * torch.randn(len(X) * 4, 64), y.repeat(4)\n"],
         broken='''d2 = ((X[:, None, :] - Xtr[None, :, :]) ** 2).sum(-1)
nearest = d2.argmin(1)
knn_acc = (ytr[nearest] == y).float().mean().item()
''',
         fixed='''d2 = torch.cdist(X, Xtr)
nearest = d2.argmin(1)
knn_acc = (ytr[nearest] == y).float().mean().item()
''',
         check="assert knn_acc > 0.95 and d2.shape == (len(X), len(Xtr))\n",
         fix="torch.cdist computes the distances without the (N, M, D) difference tensor",
         preserve=["exact 1-NN over the full training set"],
         source="forum: kNN by broadcasting (N, 1, D) - (1, M, D) fails to allocate; cdist or chunks fix it"),
    dict(name="attention_batch_keep_seq_len", kind="oom",
         setup=["seq_len, heads, dim = 512, 4, 16\nbatch_size, accum_steps = 64, 1\n"],
         broken='''torch.manual_seed(0)
qkv, head = nn.Linear(dim, 3 * dim * heads), nn.Linear(dim * heads, 1)
params = list(qkv.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=1e-2)
losses = []
for update in range(2):
    opt.zero_grad()
    for k in range(accum_steps):
        x = torch.randn(batch_size, seq_len, dim)
        target = x.mean((1, 2))
        q, kk, v = qkv(x).view(batch_size, seq_len, 3, heads, dim).permute(2, 0, 3, 1, 4)
        att = torch.softmax(q @ kk.transpose(-1, -2) / dim ** 0.5, -1)
        out = (att @ v).transpose(1, 2).reshape(batch_size, seq_len, heads * dim)
        loss = F.mse_loss(head(out.mean(1)).squeeze(-1), target) / accum_steps
        loss.backward()
    opt.step()
    losses.append(loss.item() * accum_steps)
''',
         fixed_setup=["seq_len, heads, dim = 512, 4, 16\nbatch_size, accum_steps = 2, 32\n"],
         fixed='''torch.manual_seed(0)
qkv, head = nn.Linear(dim, 3 * dim * heads), nn.Linear(dim * heads, 1)
params = list(qkv.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=1e-2)
losses = []
for update in range(2):
    opt.zero_grad()
    for k in range(accum_steps):
        x = torch.randn(batch_size, seq_len, dim)
        target = x.mean((1, 2))
        q, kk, v = qkv(x).view(batch_size, seq_len, 3, heads, dim).permute(2, 0, 3, 1, 4)
        att = torch.softmax(q @ kk.transpose(-1, -2) / dim ** 0.5, -1)
        out = (att @ v).transpose(1, 2).reshape(batch_size, seq_len, heads * dim)
        loss = F.mse_loss(head(out.mean(1)).squeeze(-1), target) / accum_steps
        loss.backward()
    opt.step()
    losses.append(loss.item() * accum_steps)
''',
         check="assert len(losses) == 2 and all(np.isfinite(losses))\nassert seq_len == 512, \"the paper's sequence length\"\nassert batch_size * accum_steps == 64\n",
         fix="batch 2 x 32 accumulation steps (effective 64); keep the sequence length 512",
         preserve=["seq_len=512", "effective batch 64"],
         source="issues: attention scores (batch x heads x L x L) exceed memory; shrink the micro-batch, not the context"),
]
