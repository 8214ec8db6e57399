"""Out of memory: CUDA-shaped errors where there is no GPU, real CPU allocator failures, SIGKILL."""
COMMON = '''import torch, signal
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
Y = torch.tensor(_d.target, dtype=torch.long)
def cuda_oom(nbytes):
    raise torch.OutOfMemoryError(f"CUDA out of memory. Tried to allocate {nbytes / 2**20:.2f} MiB. GPU 0 has a "
                                 "total capacity of 15.77 GiB of which 10.44 MiB is free.")
'''
LOOP = '''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.2)
losses = []
for step in range(30):
    opt.zero_grad()
    for micro in range(grad_accum_steps):
{guard}
        idx = torch.randint(0, len(X), (batch_size,))
        loss = F.cross_entropy(model(X[idx]), Y[idx]) / grad_accum_steps
        loss.backward()
    opt.step()
    losses.append(loss.item() * grad_accum_steps)
print(f"first loss {{losses[0]:.3f}}, last {{losses[-1]:.3f}}")
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"

CASES = [
    # first: a dead kernel is restarted and every upstream cell re-run, so keep its upstream short
    dict(name="kernel_killed_sigkill", kind="oom",
         setup=["batch_size = 64\ngrad_accum_steps = 1\n"],
         broken=LOOP.format(guard="        if batch_size > 32:\n            os.kill(os.getpid(), signal.SIGKILL)  "
                                  "# what the OOM killer does"),
         check="assert batch_size * grad_accum_steps == 64\n" + TRAINS),
    dict(name="cuda_oom_batch_in_cell", kind="oom",
         broken="batch_size = 256\ngrad_accum_steps = 1\n" + LOOP.format(
             guard="        if batch_size > 64:\n            cuda_oom(batch_size * 2**22)"),
         check="assert batch_size * grad_accum_steps == 256, (batch_size, grad_accum_steps)\n" + TRAINS),
    dict(name="cuda_oom_batch_in_parameters_cell", kind="oom",
         setup=["# parameters\nbatch_size: int = 128  # per-device batch (paper: 128)\ngrad_accum_steps: int = 1\n"],
         broken=LOOP.format(guard="        if batch_size > 32:\n            cuda_oom(batch_size * 2**22)"),
         check="assert batch_size * grad_accum_steps == 128\n" + TRAINS),
    dict(name="cpu_memoryerror", kind="oom",
         broken="batch_size = 512\ngrad_accum_steps = 2\n" + LOOP.format(
             guard="        if batch_size > 128:\n            raise MemoryError()"),
         check="assert batch_size * grad_accum_steps == 1024\n" + TRAINS),
    dict(name="cpu_allocator_real", kind="oom",
         broken='''batch_size = 64
grad_accum_steps = 1
# activations of a huge model: a real allocation (virtual, never touched) that the CPU allocator refuses
_ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
scratch = torch.empty(batch_size * (_ram // 16) // 4, dtype=torch.float32)
del scratch
''' + LOOP.format(guard="        pass"),
         check="assert batch_size * grad_accum_steps == 64\n" + TRAINS),
    dict(name="oom_sequence_length", kind="oom",
         broken='''batch_size = 1
max_len = 512
emb = nn.EmbeddingBag(17, 16)
head = nn.Linear(16, 2)
opt = torch.optim.SGD(list(emb.parameters()) + list(head.parameters()), lr=0.5)
g = torch.Generator().manual_seed(0)
losses = []
for step in range(60):
    if max_len > 128:
        cuda_oom(max_len * 2**21)
    seq = torch.randint(0, 16, (batch_size, max_len), generator=g)
    label = (seq[:, 0] % 2)
    seq[:, 1] = 16 * label  # the signal: token 16 or 0 in position 1
    loss = F.cross_entropy(head(emb(seq)), label)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
print(f"first loss {losses[0]:.3f}, last {losses[-1]:.3f}")
''',
         check="assert max_len <= 128\nassert sum(losses[-10:]) < sum(losses[:10]), losses\n"),
]
