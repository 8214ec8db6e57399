"""Shape and label-count mismatches."""
COMMON = '''import torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
images = X.reshape(-1, 8, 8)
y = torch.tensor(_d.target, dtype=torch.long)
def fit(model, inputs, steps=40, lr=0.3, batch_size=64):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    out = []
    for s in range(steps):
        idx = torch.randint(0, len(inputs), (batch_size,))
        loss = F.cross_entropy(model(inputs[idx]), y[idx])
        opt.zero_grad(); loss.backward(); opt.step()
        out.append(loss.item())
    return out
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"

CASES = [
    dict(name="linear_in_features", kind="shape_mismatch",
         broken='''model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.3)
losses = []
for step in range(40):
    idx = torch.randint(0, len(X), (64,))
    logits = model(X[idx])
    loss = F.cross_entropy(logits, y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check=TRAINS),
    dict(name="hidden_size_variable", kind="shape_mismatch",
         broken='''in_dim = 100
model = nn.Sequential(nn.Linear(in_dim, 32), nn.Tanh(), nn.Linear(32, 10))
losses = fit(model, X)
''', check=TRAINS),
    dict(name="unflattened_images", kind="shape_mismatch",
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.3)
losses = []
for step in range(40):
    idx = torch.randint(0, len(images), (64,))
    xb = images[idx]
    loss = F.cross_entropy(model(xb), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check=TRAINS),
    dict(name="view_wrong_literal", kind="shape_mismatch",
         broken='''model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
losses = []
for step in range(40):
    idx = torch.randint(0, len(images), (32,))
    xb = images[idx].view(32, 60)
    loss = F.cross_entropy(model(xb), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check=TRAINS),
    dict(name="conv_in_channels", kind="shape_mismatch",
         broken='''cnn = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 64, 10))
losses = fit(cnn, images.unsqueeze(1), steps=30, lr=0.1)
''', check=TRAINS),
    dict(name="regression_broadcast_warning", kind="shape_mismatch",
         broken='''target = y.float()                    # regress the digit value (a silent-bug classic)
reg = nn.Linear(64, 1)
opt = torch.optim.SGD(reg.parameters(), lr=0.05)
losses = []
for step in range(150):
    idx = torch.randint(0, len(X), (128,))
    loss = F.mse_loss(reg(X[idx]), target[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''', check="assert sum(losses[-10:]) / 10 < 6.0, losses[-10:]  # the broadcast bug stalls at the variance (~8.3)\n"),
    dict(name="too_few_output_classes", kind="label_count",
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 5))
losses = fit(model, X)
''', check=TRAINS + "assert model[-1].out_features == 10\n"),
    dict(name="num_classes_variable", kind="label_count",
         broken='''num_classes = 2
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, num_classes))
losses = fit(model, X)
''', check=TRAINS + "assert num_classes == 10\n"),
]
