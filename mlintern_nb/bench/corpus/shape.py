"""Shape faults: the root cause is a layer size, a missing dimension, a wrong axis or an earlier slice."""
COMMON = '''import numpy as np, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
images = X.reshape(-1, 8, 8)
y = torch.tensor(_d.target)
def fit(model, inputs, targets, steps=40, lr=0.1, bs=64):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    out = []
    for s in range(steps):
        idx = torch.randint(0, len(inputs), (bs,))
        loss = F.cross_entropy(model(inputs[idx]), targets[idx])
        opt.zero_grad(); loss.backward(); opt.step()
        out.append(loss.item())
    return out
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
CASES = [
    dict(name="conv_stack_linear_in_features", kind="shape_mismatch",
         broken='''cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                    nn.Linear(8 * 8 * 8, 10))
losses = fit(cnn, images.unsqueeze(1), y)
''',
         fixed='''cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                    nn.Linear(8 * 4 * 4, 10))
losses = fit(cnn, images.unsqueeze(1), y)
''',
         check=TRAINS + "assert isinstance(cnn[2], nn.MaxPool2d) and cnn[0].out_channels == 8\n",
         fix="the pooled feature map is 8x4x4=128: set the Linear's in_features to 128 (keep the pooling)",
         preserve=["8 conv channels", "max pooling"],
         source="PyTorch forum's most common CNN question: 'mat1 and mat2 shapes cannot be multiplied' after pooling"),
    dict(name="in_features_variable_upstream", kind="shape_mismatch",
         setup=["n_features = 60   # after dropping constant pixels (they were not dropped)\nhidden = 32\n"],
         fixed_setup=["n_features = 64\nhidden = 32\n"],
         broken="mlp = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, 10))\nlosses = fit(mlp, X, y)\n",
         fixed="mlp = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, 10))\nlosses = fit(mlp, X, y)\n",
         check=TRAINS + "assert mlp[0].out_features == 32 and mlp[0].in_features == X.shape[1]\n",
         fix="n_features (set in an earlier cell) must equal the data's 64 features", preserve=["hidden=32"],
         source="Kaggle notebooks: a feature count variable stale after preprocessing changed"),
    dict(name="missing_channel_dim", kind="shape_mismatch",
         setup=["imgs = images            # (N, 8, 8): no channel axis\n"],
         broken='''cnn = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 64, 10))
losses = fit(cnn, imgs, y)
''',
         fixed='''imgs = imgs.unsqueeze(1)
cnn = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 64, 10))
losses = fit(cnn, imgs, y)
''',
         check=TRAINS + "assert cnn[0].in_channels == 1 and cnn(imgs[:2]).shape == (2, 10)\n",
         fix="add the channel axis to the images (unsqueeze(1)) at the source; keep a 1-channel conv",
         preserve=["Conv2d in_channels=1"],
         source="forum: 'expected input[64, 8, 8] to have 1 channels, but got 64 channels' for grayscale images"),
    dict(name="view_hardcoded_batch", kind="shape_mismatch",
         broken='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(images, y), batch_size=64, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for epoch in range(2):
    for xb, yb in loader:
        loss = F.cross_entropy(model(xb.view(64, -1)), yb)
        opt.zero_grad(); loss.backward(); opt.step()
        losses.append(loss.item())
''',
         fixed='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(images, y), batch_size=64, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for epoch in range(2):
    for xb, yb in loader:
        loss = F.cross_entropy(model(xb.view(xb.size(0), -1)), yb)
        opt.zero_grad(); loss.backward(); opt.step()
        losses.append(loss.item())
''',
         check=TRAINS + "assert loader.batch_size == 64 and loader.drop_last is False and len(losses) == 2 * len(loader)\n",
         fix="view(batch, -1) must use the batch's own size (the last batch is smaller), not the literal 64",
         preserve=["batch_size=64", "every sample used (no drop_last)"],
         source="forum: 'shape [64, -1] is invalid for input of size 320' on the last, smaller batch"),
    dict(name="lstm_missing_batch_first", kind="shape_mismatch",
         broken='''class RowRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 32)
        self.head = nn.Linear(32, 10)
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1])
model = RowRNN()
losses = fit(model, X.view(-1, 16, 4), y, steps=40, lr=0.5)
''',
         fixed='''class RowRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 32, batch_first=True)
        self.head = nn.Linear(32, 10)
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1])
model = RowRNN()
losses = fit(model, X.view(-1, 16, 4), y, steps=40, lr=0.5)
''',
         check=TRAINS + "assert model.lstm.hidden_size == 32 and model(X[:3].view(-1, 16, 4)).shape == (3, 10)\n",
         fix="the input is (batch, seq, feature): the LSTM needs batch_first=True", preserve=["hidden size 32", "lr=0.5"],
         source="forum: 'Expected input batch_size (8) to match target batch_size (64)' from an LSTM without batch_first"),
    dict(name="concat_wrong_dim", kind="shape_mismatch",
         broken='''class TwoView(nn.Module):
    def __init__(self):
        super().__init__()
        self.rows, self.cols = nn.Linear(64, 16), nn.Linear(64, 16)
        self.head = nn.Linear(32, 10)
    def forward(self, x):
        a = self.rows(x)
        b = self.cols(x.view(-1, 8, 8).transpose(1, 2).reshape(-1, 64))
        return self.head(torch.relu(torch.cat([a, b])))
model = TwoView()
losses = fit(model, X, y)
''',
         fixed='''class TwoView(nn.Module):
    def __init__(self):
        super().__init__()
        self.rows, self.cols = nn.Linear(64, 16), nn.Linear(64, 16)
        self.head = nn.Linear(32, 10)
    def forward(self, x):
        a = self.rows(x)
        b = self.cols(x.view(-1, 8, 8).transpose(1, 2).reshape(-1, 64))
        return self.head(torch.relu(torch.cat([a, b], dim=1)))
model = TwoView()
losses = fit(model, X, y)
''',
         check=TRAINS + "assert model(X[:5]).shape == (5, 10) and model.head.in_features == 32\n",
         fix="concatenate the two views along the feature axis (dim=1), not the batch axis",
         preserve=["two 16-d views", "head in_features=32"],
         source="Q&A: torch.cat without dim doubles the batch; the head then fails to multiply"),
    dict(name="missing_flatten_before_linear", kind="shape_mismatch",
         broken='''cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Linear(8 * 8 * 8, 10))
losses = fit(cnn, images.unsqueeze(1), y)
''',
         fixed='''cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 8 * 8, 10))
losses = fit(cnn, images.unsqueeze(1), y)
''',
         check=TRAINS + "assert cnn[-1].in_features == 512 and cnn[0].out_channels == 8\n",
         fix="insert nn.Flatten() between the conv block and the Linear", preserve=["Linear(512, 10)", "8 channels"],
         source="forum: Linear applied to a 4-D conv output ('mat1 and mat2 shapes cannot be multiplied (4096x8 and 512x10)')"),
    dict(name="conv1d_channels_last", kind="shape_mismatch",
         setup=["seq = X.view(-1, 16, 4)       # 16 time steps x 4 channels\n"],
         broken='''model = nn.Sequential(nn.Conv1d(4, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(8, 10))
losses = fit(model, seq, y, lr=0.5)
''',
         fixed='''seq = seq.transpose(1, 2)
model = nn.Sequential(nn.Conv1d(4, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(8, 10))
losses = fit(model, seq, y, lr=0.5)
''',
         check=TRAINS + "assert model[0].in_channels == 4 and model(seq[:2]).shape == (2, 10)\n",
         fix="Conv1d wants (batch, channels, length): transpose the sequence tensor; keep 4 input channels",
         preserve=["Conv1d in_channels=4"],
         source="forum: Conv1d on (batch, length, channels) data ('expected input to have 4 channels, but got 16')"),
    dict(name="head_in_features_hidden", kind="shape_mismatch",
         broken='''mlp = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(64, 10))
losses = fit(mlp, X, y)
''',
         fixed='''mlp = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
losses = fit(mlp, X, y)
''',
         check=TRAINS + "assert mlp[0].out_features == 32 and mlp(X[:2]).shape == (2, 10)\n",
         fix="the head's in_features must equal the hidden size (32); the input is already flat",
         preserve=["hidden=32"], source="forum: head sized from the input instead of the hidden layer"),
    dict(name="ce_target_column_vector", kind="shape_mismatch",
         setup=["y_col = y.view(-1, 1)        # labels kept as a column, as in the CSV\n"],
         broken='''model = nn.Linear(64, 10)
losses = fit(model, X, y_col)
''',
         fixed='''y_col = y_col.squeeze(1)
model = nn.Linear(64, 10)
losses = fit(model, X, y_col)
''',
         check=TRAINS + "assert y_col.dim() == 1\n",
         fix="cross-entropy wants class indices of shape (N,): squeeze the label column at its source",
         preserve=["cross-entropy"], source="forum: '0D or 1D target tensor expected, multi-target not supported'"),
    dict(name="slice_mismatch_upstream", kind="shape_mismatch",
         setup=["X_train, y_train = X[:1400], y[:1500]\n"],
         fixed_setup=["X_train, y_train = X[:1400], y[:1400]\n"],
         broken='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for xb, yb in loader:
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for xb, yb in loader:
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert len(X_train) == len(y_train) == 1400\n",
         fix="the train split of features and labels must use the same slice (1400) in the earlier cell",
         preserve=["1400 training samples"], source="Q&A: 'Size mismatch between tensors' from TensorDataset"),
    dict(name="batchnorm_single_sample", kind="shape_mismatch",
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 10))
losses = fit(model, X, y)
sample = X[0:1]
pred = model(sample).argmax(1).item()
''',
         fixed='''model = nn.Sequential(nn.Linear(64, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 10))
losses = fit(model, X, y)
sample = X[0:1]
model.eval()
pred = model(sample).argmax(1).item()
''',
         check=TRAINS + "assert isinstance(model[1], nn.BatchNorm1d) and 0 <= pred < 10\n",
         fix="predict in eval mode (model.eval()) so BatchNorm uses its running statistics; keep BatchNorm",
         preserve=["BatchNorm1d"],
         source="forum: 'Expected more than 1 value per channel when training' predicting one sample"),
    dict(name="mnist_view_on_digits", kind="shape_mismatch",
         broken='''cnn = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Linear(24, 10))
losses = fit(cnn, X.view(-1, 1, 28, 28), y, lr=0.5)
''',
         fixed='''cnn = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Linear(24, 10))
losses = fit(cnn, X.view(-1, 1, 8, 8), y, lr=0.5)
''',
         check=TRAINS + "assert cnn[0].out_channels == 6\n",
         fix="the images are 8x8, not 28x28: view(-1, 1, 8, 8) (sizes from the data)", preserve=["6 channels", "lr=0.5"],
         source="tutorial code for MNIST reused on another dataset: \"shape '[-1, 1, 28, 28]' is invalid\""),
    dict(name="regression_pred_column_broadcast", kind="shape_mismatch",
         setup=["target = y.float()\n"],
         broken='''reg = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.MSELoss()
opt = torch.optim.Adam(reg.parameters(), lr=0.01)
losses = []
for step in range(200):
    idx = torch.randint(0, len(X), (128,))
    loss = criterion(reg(X[idx]), target[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''reg = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.MSELoss()
opt = torch.optim.Adam(reg.parameters(), lr=0.01)
losses = []
for step in range(200):
    idx = torch.randint(0, len(X), (128,))
    loss = criterion(reg(X[idx]).squeeze(-1), target[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check="assert sum(losses[-10:]) / 10 < 4.0, losses[-10:]   # the broadcast bug stalls near the variance (~8.3)\nassert opt.param_groups[0]['lr'] == 0.01\n",
         fix="squeeze the (N, 1) prediction to (N,) so MSE does not broadcast to (N, N)", preserve=["MSE", "lr=0.01"],
         source="forum: 'Using a target size that is different to the input size' warning, model never learns"),
]
