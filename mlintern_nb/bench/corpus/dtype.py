"""dtype faults: float64 data from numpy/pandas, integer targets for float losses and back, float indices."""
COMMON = '''import numpy as np, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0); np.random.seed(0)
_d = load_digits()
Xnp, ynp = _d.data / 16.0, _d.target            # float64 / int64 numpy arrays
def fp32(model):
    return all(p.dtype == torch.float32 for p in model.parameters())
'''
LOOP = '''opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
KEEP = TRAINS + "assert fp32(model), 'the paper trains in float32'\nassert opt.param_groups[0]['lr'] == 0.1\n"

CASES = [
    dict(name="float64_from_numpy", kind="dtype_mismatch",
         setup=["X = torch.from_numpy(Xnp)\ny = torch.from_numpy(ynp)\n"],
         broken="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))\n" + LOOP,
         fixed="X = X.float()\nmodel = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))\n" + LOOP,
         check=KEEP + "assert model(X[:5]).shape == (5, 10)  # evaluation reuses X\n",
         fix="cast the features to float32 where they are created (X), not the model to float64",
         preserve=["float32 parameters", "lr=0.1"],
         source="forum/issue reports 'mat1 and mat2 must have the same dtype' after torch.from_numpy on float64 arrays"),
    dict(name="float64_tensor_dataset_loader", kind="dtype_mismatch",
         broken='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(torch.tensor(Xnp), torch.tensor(ynp)), batch_size=64, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for epoch in range(2):
    for xb, yb in loader:
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad(); loss.backward(); opt.step()
        losses.append(loss.item())
''',
         fixed='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(torch.tensor(Xnp, dtype=torch.float32), torch.tensor(ynp)), batch_size=64, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for epoch in range(2):
    for xb, yb in loader:
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad(); loss.backward(); opt.step()
        losses.append(loss.item())
''',
         check=KEEP + "xb, _ = next(iter(loader)); assert xb.dtype == torch.float32 and loader.batch_size == 64\n",
         fix="build the TensorDataset from float32 tensors", preserve=["float32 parameters", "batch_size=64", "lr=0.1"],
         source="PyTorch forum threads: DataLoader over torch.tensor(numpy float64) yields Double batches"),
    dict(name="long_target_bce", kind="dtype_mismatch",
         setup=["X = torch.tensor(Xnp, dtype=torch.float32)\ny_even = torch.tensor(ynp % 2 == 0).long()\n"],
         broken='''model = nn.Linear(64, 1)
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = criterion(model(X[idx]).squeeze(1), y_even[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''model = nn.Linear(64, 1)
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = criterion(model(X[idx]).squeeze(1), y_even[idx].float())
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=KEEP + "assert isinstance(criterion, nn.BCEWithLogitsLoss) and model.out_features == 1\n",
         fix="give BCEWithLogitsLoss a float target", preserve=["BCE-with-logits loss", "one output unit", "lr=0.1"],
         source="Q&A: 'result type Float can't be cast to the desired output type Long' with BCEWithLogitsLoss"),
    dict(name="float_target_cross_entropy", kind="dtype_mismatch",
         setup=["X = torch.tensor(Xnp, dtype=torch.float32)\ny = torch.tensor(ynp, dtype=torch.float32)  # labels read as floats\n"],
         broken="model = nn.Linear(64, 10)\n" + LOOP,
         fixed="y = y.long()\nmodel = nn.Linear(64, 10)\n" + LOOP,
         check=KEEP + "assert ((model(X).argmax(1) == y).float().mean() > 0.5)\n",
         fix="class-index targets must be int64: cast y to long where it is made",
         preserve=["cross-entropy loss", "lr=0.1"],
         source="forum: 'expected scalar type Long but found Float' from CrossEntropyLoss with float labels"),
    dict(name="int_pixels_into_linear", kind="dtype_mismatch",
         setup=["X = torch.tensor(_d.data.astype(np.int64))   # raw 0..16 integer pixels\ny = torch.tensor(_d.target)\n"],
         broken="model = nn.Linear(64, 10)\n" + LOOP,
         fixed="X = X.float() / 16.0\nmodel = nn.Linear(64, 10)\n" + LOOP,
         check=KEEP + "assert X.is_floating_point()\n",
         fix="convert the integer pixel tensor to float (scaled to [0, 1]) at its source",
         preserve=["float32 parameters", "lr=0.1"],
         source="Q&A: Linear on integer image tensors ('mat1 and mat2 must have the same dtype, but got Long and Float')"),
    dict(name="embedding_float_indices", kind="dtype_mismatch",
         setup=["tokens = torch.tensor(_d.data, dtype=torch.float32)   # pixel intensities 0..16 used as token ids\ny = torch.tensor(_d.target)\n"],
         broken='''class BagOfPixels(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(17, 16)
        self.out = nn.Linear(16, 10)
    def forward(self, t):
        return self.out(self.emb(t).mean(1))
model = BagOfPixels()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
losses = []
for step in range(60):
    idx = torch.randint(0, len(tokens), (64,))
    loss = F.cross_entropy(model(tokens[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''tokens = tokens.long()
class BagOfPixels(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(17, 16)
        self.out = nn.Linear(16, 10)
    def forward(self, t):
        return self.out(self.emb(t).mean(1))
model = BagOfPixels()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
losses = []
for step in range(60):
    idx = torch.randint(0, len(tokens), (64,))
    loss = F.cross_entropy(model(tokens[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert model(tokens[:3]).shape == (3, 10) and opt.param_groups[0]['lr'] == 0.01\n",
         fix="embedding indices must be integers: cast the token tensor to long at its source",
         preserve=["Embedding(17, 16)", "lr=0.01"],
         source="issue trackers: \"Expected tensor for argument #1 'indices' to have scalar type Long\" from nn.Embedding"),
    dict(name="double_model_float_input", kind="dtype_mismatch",
         setup=["X = torch.tensor(Xnp, dtype=torch.float32)\ny = torch.tensor(ynp)\n"],
         broken="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10)).double()\n" + LOOP,
         fixed="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))\n" + LOOP,
         check=KEEP,
         fix="drop the stray .double() on the model (the paper trains in float32)",
         preserve=["float32 parameters", "lr=0.1"],
         source="forum: 'mat1 and mat2 must have the same dtype' after model.double() copied from a tutorial"),
    dict(name="float64_feature_scale_promotes", kind="dtype_mismatch",
         setup=["X = torch.tensor(Xnp, dtype=torch.float32)\ny = torch.tensor(ynp)\n"
                "scale = torch.from_numpy(1.0 / (Xnp.std(0) + 1.0))   # per-feature scaling computed in numpy\n"],
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    xb = X[idx] * scale
    loss = F.cross_entropy(model(xb), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''scale = scale.float()
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    xb = X[idx] * scale
    loss = F.cross_entropy(model(xb), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=KEEP + "assert (X[:3] * scale).dtype == torch.float32  # evaluation applies the same scaling\n",
         fix="the float64 scale (from numpy) promotes the batch to float64: cast the scale to float32 at its source",
         preserve=["float32 parameters", "lr=0.1"],
         source="forum: float64 constants from numpy silently promote activations, then Linear fails with Double vs Float"),
    dict(name="float64_from_pandas", kind="dtype_mismatch",
         setup=['''import pandas as pd
df = pd.DataFrame(Xnp, columns=[f"px{i}" for i in range(64)]); df["label"] = ynp
features = torch.tensor(df.drop(columns="label").values)
labels = torch.tensor(df["label"].values)
'''],
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(features), (64,))
    loss = F.cross_entropy(model(features[idx]), labels[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''features = features.float()
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(features), (64,))
    loss = F.cross_entropy(model(features[idx]), labels[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=KEEP + "assert model(features[:4]).shape == (4, 10)\n",
         fix="cast the pandas-derived feature tensor to float32 at its source", preserve=["float32 parameters", "lr=0.1"],
         source="Kaggle notebook crashes (JunoBench-style): torch.tensor(df.values) is float64"),
    dict(name="bool_features", kind="dtype_mismatch",
         setup=["X = torch.tensor(Xnp > 0.5)   # binarised pixels\ny = torch.tensor(ynp)\n"],
         broken="model = nn.Linear(64, 10)\n" + LOOP,
         fixed="X = X.float()\nmodel = nn.Linear(64, 10)\n" + LOOP,
         check=KEEP + "assert model(X[:2]).shape == (2, 10)\n",
         fix="cast the boolean feature tensor to float at its source", preserve=["float32 parameters", "lr=0.1"],
         source="Q&A: boolean masks fed to nn.Linear ('must have the same dtype, but got Bool and Float')"),
    dict(name="class_weights_float64", kind="dtype_mismatch",
         setup=["X = torch.tensor(Xnp, dtype=torch.float32)\ny = torch.tensor(ynp)\n"
                "counts = np.bincount(ynp)\nclass_w = torch.from_numpy(counts.sum() / (10 * counts))   # inverse frequency\n"],
         broken='''criterion = nn.CrossEntropyLoss(weight=class_w)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = criterion(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''class_w = class_w.float()
criterion = nn.CrossEntropyLoss(weight=class_w)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(60):
    idx = torch.randint(0, len(X), (64,))
    loss = criterion(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=KEEP + "assert criterion.weight is not None and torch.allclose(criterion.weight.double(), torch.from_numpy(counts.sum() / (10 * counts)))\n",
         fix="cast the class-weight tensor (built from numpy) to float32; keep the weights",
         preserve=["class-weighted cross-entropy", "lr=0.1"],
         source="issue: 'expected scalar type Float but found Double' from CrossEntropyLoss(weight=...) built with numpy"),
    dict(name="conv_float64_images", kind="dtype_mismatch",
         setup=["images = torch.from_numpy(Xnp.reshape(-1, 1, 8, 8))\ny = torch.tensor(ynp)\n"],
         broken='''cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 64, 10))
opt = torch.optim.SGD(cnn.parameters(), lr=0.05)
losses = []
for step in range(40):
    idx = torch.randint(0, len(images), (64,))
    loss = F.cross_entropy(cnn(images[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''images = images.float()
cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 64, 10))
opt = torch.optim.SGD(cnn.parameters(), lr=0.05)
losses = []
for step in range(40):
    idx = torch.randint(0, len(images), (64,))
    loss = F.cross_entropy(cnn(images[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert fp32(cnn) and cnn(images[:2]).shape == (2, 10)\n",
         fix="cast the float64 image tensor to float32 where it is made", preserve=["float32 parameters", "lr=0.05"],
         source="forum: 'Input type (double) and bias type (float) should be the same' in Conv2d"),
]
