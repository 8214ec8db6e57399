"""API misuse against the installed libraries (transformers 5, torch)."""
COMMON = '''import torch, tempfile
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
ds = TensorDataset(X, y)
OUT = tempfile.mkdtemp()

class DigitsModel(nn.Module):
    """A classifier with the Hugging Face calling convention (returns .loss), for Trainer."""
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    def forward(self, pixels=None, labels=None):
        logits = self.net(pixels)
        return {"loss": F.cross_entropy(logits, labels), "logits": logits}

class HFDigits(torch.utils.data.Dataset):
    def __len__(self): return len(X)
    def __getitem__(self, i): return {"pixels": X[i], "labels": y[i]}

def trainer_losses(trainer):
    return [h["loss"] for h in trainer.state.log_history if "loss" in h]
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
SGD_LOOP = '''losses = []
for epoch in range(3):
    for xb, yb in loader:
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad(); loss.backward(); opt.step()
        losses.append(loss.item())
'''
TRAINER = '''from transformers import Trainer, TrainingArguments
args = TrainingArguments(output_dir=OUT, {kw}, per_device_train_batch_size=64, learning_rate=0.05,
                         max_steps=40, logging_steps=5, report_to=[], save_strategy="no", use_cpu=True, seed=0)
trainer = Trainer(model=DigitsModel(), args=args, train_dataset=HFDigits())
trainer.train()
losses = trainer_losses(trainer)
'''

CASES = [
    dict(name="trainingargs_evaluation_strategy", kind="api_misuse",
         broken=TRAINER.format(kw='evaluation_strategy="no"'), check=TRAINS + "assert args.eval_strategy == 'no'\n"),
    dict(name="trainingargs_overwrite_output_dir", kind="api_misuse",
         broken=TRAINER.format(kw="overwrite_output_dir=True"), check=TRAINS),
    dict(name="dataloader_batchsize", kind="api_misuse",
         broken='''model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
loader = DataLoader(ds, batchsize=64, shuffle=True)
''' + SGD_LOOP, check=TRAINS + "assert loader.batch_size == 64\n"),
    dict(name="sgd_learning_rate_keyword", kind="api_misuse",
         broken='''model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), learning_rate=0.3)
loader = DataLoader(ds, batch_size=64, shuffle=True)
''' + SGD_LOOP, check=TRAINS + "assert opt.param_groups[0]['lr'] == 0.3\n"),
    dict(name="linear_unknown_keyword", kind="api_misuse",
         broken='''model = nn.Linear(64, 10, activation="relu")
opt = torch.optim.SGD(model.parameters(), lr=0.3)
loader = DataLoader(ds, batch_size=64, shuffle=True)
''' + SGD_LOOP, check=TRAINS),
    dict(name="transformers_adamw_removed", kind="missing_module",
         broken='''from transformers import AdamW
model = nn.Linear(64, 10)
opt = AdamW(model.parameters(), lr=0.01)
loader = DataLoader(ds, batch_size=64, shuffle=True)
''' + SGD_LOOP, check=TRAINS),
]
