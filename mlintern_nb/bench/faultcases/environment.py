"""Environment faults: missing imports and modules, moved files, datasets and models that need the network."""
COMMON = '''import torch, pathlib
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
# the data were saved under data/raw/ by an earlier step; the generated code expects data/
pathlib.Path("data/raw").mkdir(parents=True, exist_ok=True)
import numpy
numpy.savetxt("data/raw/digits.csv", numpy.c_[_d.data / 16.0, _d.target], delimiter=",", fmt="%.4f")
def fit_linear(Xt, yt, steps=40, lr=0.5):
    model = nn.Linear(Xt.shape[1], 10)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    out = []
    for _ in range(steps):
        loss = F.cross_entropy(model(Xt), yt)
        opt.zero_grad(); loss.backward(); opt.step()
        out.append(loss.item())
    return out
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"

CASES = [
    dict(name="missing_numpy_import", kind="missing_module",
         broken='''arr = np.loadtxt("data/raw/digits.csv", delimiter=",")
losses = fit_linear(torch.tensor(arr[:, :64], dtype=torch.float32), torch.tensor(arr[:, 64]).long())
''', check=TRAINS),
    dict(name="missing_dataloader_import", kind="missing_module",
         broken='''data = torch.utils.data.TensorDataset(torch.tensor(_d.data / 16.0, dtype=torch.float32), torch.tensor(_d.target))
loader = DataLoader(data, batch_size=128, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for xb, yb in loader:
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check=TRAINS),
    dict(name="misspelled_module", kind="missing_module",
         broken='''import sklaern.datasets
d = sklaern.datasets.load_digits()
losses = fit_linear(torch.tensor(d.data / 16.0, dtype=torch.float32), torch.tensor(d.target))
''', check=TRAINS),
    dict(name="tracker_not_installed", kind="missing_module",
         broken='''import wandb
wandb.init(project="repro", mode="offline")
losses = fit_linear(torch.tensor(_d.data / 16.0, dtype=torch.float32), torch.tensor(_d.target))
for i, l in enumerate(losses):
    wandb.log({"train/loss": l}, step=i)
''', check=TRAINS),
    dict(name="data_file_moved", kind="data_not_found",
         broken='''arr = numpy.loadtxt("data/digits.csv", delimiter=",")
losses = fit_linear(torch.tensor(arr[:, :64], dtype=torch.float32), torch.tensor(arr[:, 64]).long())
''', check=TRAINS),
    dict(name="hf_dataset_offline", kind="network_blocked",
         broken='''from datasets import load_dataset
from sklearn.feature_extraction.text import HashingVectorizer
raw = load_dataset("imdb")
vec = HashingVectorizer(n_features=256, alternate_sign=False)
feats = torch.tensor(vec.transform(raw["train"]["text"]).toarray(), dtype=torch.float32)
losses = fit_linear(feats, torch.tensor(raw["train"]["label"]), lr=2.0)
''', check=TRAINS),
    dict(name="hub_model_offline", kind="network_blocked",
         broken='''from transformers import AutoConfig, AutoModelForCausalLM
config = AutoConfig.from_pretrained("openai-community/gpt2", n_embd=32, n_layer=1, n_head=2, vocab_size=18,
                                    n_positions=64)
model = AutoModelForCausalLM.from_pretrained("openai-community/gpt2", config=config)
ids = torch.tensor((_d.data[:128] + 1).astype("int64"))      # pixel intensities as token ids
opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
losses = []
for _ in range(10):
    loss = model(input_ids=ids, labels=ids).loss
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check=TRAINS),
]
