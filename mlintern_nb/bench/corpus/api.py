"""API faults: missing required arguments, keywords renamed in the installed versions, autograd misuse."""
COMMON = '''import numpy as np, torch, tempfile
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
X = torch.tensor(_d.data / 16.0, dtype=torch.float32)
y = torch.tensor(_d.target)
OUT = tempfile.mkdtemp()
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"


def loop(pre, loss_line="F.cross_entropy(model(X[idx]), y[idx])", opt_line="opt = torch.optim.SGD(model.parameters(), lr=0.1)",
         after="", steps=50, model="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))"):
    return (pre + model + "\n" + opt_line + "\n" + "losses = []\nfor step in range(%d):\n" % steps +
            "    idx = torch.randint(0, len(X), (64,))\n" + f"    loss = {loss_line}\n"
            "    opt.zero_grad(); loss.backward(); opt.step()\n" + after + "    losses.append(loss.item())\n")


TRAINER_PRE = '''from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast, Trainer, TrainingArguments
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
words = ["good", "great", "fine", "bad", "awful", "poor", "movie", "film", "plot", "the", "a", "very"]
rng = np.random.default_rng(0)
sents = [" ".join(rng.choice(words, 6)) for _ in range(200)]
labels = [int(sum(w in ("good", "great", "fine") for w in s.split()) > sum(w in ("bad", "awful", "poor") for w in s.split())) for s in sents]
wl = Tokenizer(models.WordLevel(unk_token="[UNK]")); wl.pre_tokenizer = pre_tokenizers.Whitespace()
wl.train_from_iterator(sents, trainers.WordLevelTrainer(special_tokens=["[PAD]", "[UNK]"]))
tok = PreTrainedTokenizerFast(tokenizer_object=wl, pad_token="[PAD]", unk_token="[UNK]")
class DS(torch.utils.data.Dataset):
    def __init__(self): self.enc = tok(sents, padding="max_length", max_length=8, truncation=True)
    def __len__(self): return len(sents)
    def __getitem__(self, i): return {"input_ids": torch.tensor(self.enc["input_ids"][i]), "labels": torch.tensor(labels[i])}
model = BertForSequenceClassification(BertConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                                 intermediate_size=64, max_position_embeddings=16))
'''
ARGS = ('args = TrainingArguments(output_dir=OUT, {kw}per_device_train_batch_size=16, learning_rate=5e-3, max_steps=30,\n'
        '                         logging_steps=5, report_to=[], save_strategy="no", use_cpu=True, seed=0)\n')
TRAIN = ('trainer = Trainer(model=model, args=args, train_dataset=DS(){extra})\ntrainer.train()\n'
         'losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]\n')
TRAINER_CHECK = (TRAINS + "assert args.learning_rate == 5e-3 and args.per_device_train_batch_size == 16 and args.max_steps == 30\n")

CASES = [
    dict(name="schedule_missing_total_steps", kind="api_misuse",
         setup=["total_steps = 50\nwarmup_steps = 5\n"],
         broken=loop("from transformers import get_linear_schedule_with_warmup\n",
                     opt_line="opt = torch.optim.SGD(model.parameters(), lr=0.1)\nsched = get_linear_schedule_with_warmup(opt, num_warmup_steps=warmup_steps)",
                     after="    sched.step()\n"),
         fixed=loop("from transformers import get_linear_schedule_with_warmup\n",
                    opt_line="opt = torch.optim.SGD(model.parameters(), lr=0.1)\nsched = get_linear_schedule_with_warmup(opt, num_warmup_steps=warmup_steps, num_training_steps=total_steps)",
                    after="    sched.step()\n"),
         check=TRAINS + "assert sched.lr_lambdas[0](total_steps) == 0.0 and sched.lr_lambdas[0](warmup_steps) == 1.0\nassert sched.base_lrs == [0.1]\n",
         fix="pass num_training_steps=total_steps (the variable an earlier cell defines)",
         preserve=["linear schedule, 5 warmup steps, 50 total", "lr=0.1"],
         source="transformers forum: get_linear_schedule_with_warmup() missing 1 required positional argument"),
    dict(name="linear_missing_out_features", kind="api_misuse",
         setup=["num_classes = 10\n"],
         broken=loop("", model="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32))"),
         fixed=loop("", model="model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, num_classes))"),
         check=TRAINS + "assert model[-1].out_features == 10 and model[0].out_features == 32\n",
         fix="the head's out_features is num_classes (defined earlier)", preserve=["hidden=32"],
         source="Q&A: \"Linear.__init__() missing 1 required positional argument: 'out_features'\""),
    dict(name="optimizer_missing_params", kind="api_misuse",
         broken=loop("", opt_line="opt = torch.optim.Adam(lr=1e-2)"),
         fixed=loop("", opt_line="opt = torch.optim.Adam(model.parameters(), lr=1e-2)"),
         check=TRAINS + "assert opt.param_groups[0]['lr'] == 1e-2 and isinstance(opt, torch.optim.Adam)\n"
               "assert sum(p.numel() for g in opt.param_groups for p in g['params']) == sum(p.numel() for p in model.parameters())\n",
         fix="Adam needs the parameters to optimise: model.parameters()", preserve=["Adam", "lr=1e-2"],
         source="Q&A: \"__init__() missing 1 required positional argument: 'params'\""),
    dict(name="loss_missing_target", kind="api_misuse",
         broken='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (64,))
    xb, yb = X[idx], y[idx]
    loss = F.cross_entropy(model(xb))
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (64,))
    xb, yb = X[idx], y[idx]
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert opt.param_groups[0]['lr'] == 0.1\n",
         fix="pass the batch's targets (yb) to cross_entropy", preserve=["lr=0.1"],
         source="Q&A: \"cross_entropy() missing 1 required positional argument: 'target'\""),
    dict(name="trainer_tokenizer_renamed", kind="api_misuse",
         setup=[TRAINER_PRE],
         broken=ARGS.format(kw="") + TRAIN.format(extra=", tokenizer=tok"),
         fixed=ARGS.format(kw="") + TRAIN.format(extra=", processing_class=tok"),
         check=TRAINER_CHECK + "assert trainer.processing_class is tok\n",
         fix="transformers 5 renamed Trainer(tokenizer=) to processing_class=", preserve=["lr=5e-3", "batch 16", "30 steps"],
         source="transformers issues: \"Trainer.__init__() got an unexpected keyword argument 'tokenizer'\" after upgrading"),
    dict(name="training_args_evaluation_strategy", kind="api_misuse",
         setup=[TRAINER_PRE],
         broken=ARGS.format(kw='evaluation_strategy="no", ') + TRAIN.format(extra=""),
         fixed=ARGS.format(kw='eval_strategy="no", ') + TRAIN.format(extra=""),
         check=TRAINER_CHECK, fix="evaluation_strategy= is eval_strategy= in the installed transformers",
         preserve=["lr=5e-3", "batch 16", "30 steps"],
         source="transformers issues: 'unexpected keyword argument evaluation_strategy'"),
    dict(name="adamw_from_transformers", kind="missing_module",
         broken=loop("from transformers import AdamW\n", opt_line="opt = AdamW(model.parameters(), lr=1e-2, weight_decay=0.01)"),
         fixed=loop("from torch.optim import AdamW\n", opt_line="opt = AdamW(model.parameters(), lr=1e-2, weight_decay=0.01)"),
         check=TRAINS + "assert opt.param_groups[0]['lr'] == 1e-2 and opt.param_groups[0]['weight_decay'] == 0.01\n",
         fix="AdamW moved out of transformers: import it from torch.optim", preserve=["lr=1e-2", "weight_decay=0.01"],
         source="transformers issues: \"cannot import name 'AdamW' from 'transformers'\""),
    dict(name="steplr_missing_step_size", kind="api_misuse",
         setup=["step_size, gamma = 20, 0.5\n"],
         broken=loop("", opt_line="opt = torch.optim.SGD(model.parameters(), lr=0.1)\nsched = torch.optim.lr_scheduler.StepLR(opt, gamma=gamma)",
                     after="    sched.step()\n"),
         fixed=loop("", opt_line="opt = torch.optim.SGD(model.parameters(), lr=0.1)\nsched = torch.optim.lr_scheduler.StepLR(opt, step_size=step_size, gamma=gamma)",
                    after="    sched.step()\n"),
         check=TRAINS + "assert sched.step_size == 20 and sched.gamma == 0.5 and sched.base_lrs == [0.1]\n",
         fix="StepLR needs step_size: the step_size variable defined earlier", preserve=["step_size=20", "gamma=0.5"],
         source="Q&A: \"StepLR.__init__() missing 1 required positional argument: 'step_size'\""),
    dict(name="embedding_missing_num_embeddings", kind="api_misuse",
         setup=["vocab_size = 17\ntokens = torch.tensor(_d.data, dtype=torch.long)\n"],
         broken='''emb = nn.Embedding(embedding_dim=16)
head = nn.Linear(16, 10)
opt = torch.optim.Adam(list(emb.parameters()) + list(head.parameters()), lr=0.01)
losses = []
for step in range(50):
    idx = torch.randint(0, len(tokens), (64,))
    loss = F.cross_entropy(head(emb(tokens[idx]).mean(1)), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''emb = nn.Embedding(num_embeddings=vocab_size, embedding_dim=16)
head = nn.Linear(16, 10)
opt = torch.optim.Adam(list(emb.parameters()) + list(head.parameters()), lr=0.01)
losses = []
for step in range(50):
    idx = torch.randint(0, len(tokens), (64,))
    loss = F.cross_entropy(head(emb(tokens[idx]).mean(1)), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert emb.num_embeddings == 17 and emb.embedding_dim == 16\n",
         fix="num_embeddings is the vocabulary size (vocab_size from an earlier cell)", preserve=["embedding_dim=16"],
         source="Q&A: \"Embedding.__init__() missing 1 required positional argument: 'num_embeddings'\""),
    dict(name="dataloader_batchsize_typo", kind="api_misuse",
         broken='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(X, y), batchsize=32, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for xb, yb in loader:
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''from torch.utils.data import DataLoader, TensorDataset
loader = DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True)
model = nn.Linear(64, 10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for xb, yb in loader:
    loss = F.cross_entropy(model(xb), yb)
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert loader.batch_size == 32\n", fix="batchsize= is batch_size=", preserve=["batch_size=32"],
         source="Q&A: \"DataLoader.__init__() got an unexpected keyword argument 'batchsize'\""),
    dict(name="torch_load_weights_only", kind="api_misuse",
         setup=['''from sklearn.preprocessing import StandardScaler
scaler = StandardScaler().fit(_d.data)
net = nn.Linear(64, 10)
torch.save({"state": net.state_dict(), "scaler": scaler}, "ckpt.pt")
'''],
         broken='''ckpt = torch.load("ckpt.pt")
model = nn.Linear(64, 10)
model.load_state_dict(ckpt["state"])
Xs = torch.tensor(ckpt["scaler"].transform(_d.data), dtype=torch.float32)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
losses = []
for step in range(50):
    idx = torch.randint(0, len(Xs), (64,))
    loss = F.cross_entropy(model(Xs[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''ckpt = torch.load("ckpt.pt", weights_only=False)   # our own file: trusted
model = nn.Linear(64, 10)
model.load_state_dict(ckpt["state"])
Xs = torch.tensor(ckpt["scaler"].transform(_d.data), dtype=torch.float32)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
losses = []
for step in range(50):
    idx = torch.randint(0, len(Xs), (64,))
    loss = F.cross_entropy(model(Xs[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert abs(float(Xs.mean())) < 1e-3\n",
         fix="torch>=2.6 loads weights only by default: pass weights_only=False for a checkpoint this notebook wrote",
         preserve=["the saved scaler is used"],
         source="pytorch issues: 'Weights only load failed' after torch 2.6 changed torch.load's default"),
    dict(name="numpy_on_grad_tensor", kind="api_misuse",
         broken=loop("", after="") + "probs = F.softmax(model(X), 1).numpy()\npred = probs.argmax(1)\n",
         fixed=loop("", after="") + "probs = F.softmax(model(X), 1).detach().numpy()\npred = probs.argmax(1)\n",
         check=TRAINS + "assert (pred == _d.target).mean() > 0.5\n",
         fix="detach before .numpy() (or predict under torch.no_grad())", preserve=["lr=0.1"],
         source="forum classic: \"Can't call numpy() on Tensor that requires grad\""),
    dict(name="backward_on_vector_loss", kind="api_misuse",
         broken=loop("", loss_line="F.cross_entropy(model(X[idx]), y[idx], reduction='none')"),
         fixed=loop("", loss_line="F.cross_entropy(model(X[idx]), y[idx], reduction='none').mean()"),
         check=TRAINS + "assert opt.param_groups[0]['lr'] == 0.1\n",
         fix="reduce the per-sample losses (mean) before backward()", preserve=["lr=0.1", "mean reduction as the default loss"],
         source="forum: 'grad can be implicitly created only for scalar outputs'"),
    dict(name="inplace_op_breaks_autograd", kind="api_misuse",
         broken='''lin1, lin2 = nn.Linear(64, 32), nn.Linear(32, 10)
model = nn.ModuleList([lin1, lin2])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (64,))
    h = torch.sigmoid(lin1(X[idx]))
    h *= (torch.rand_like(h) > 0.1).float()        # hand-made dropout
    loss = F.cross_entropy(lin2(h), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''lin1, lin2 = nn.Linear(64, 32), nn.Linear(32, 10)
model = nn.ModuleList([lin1, lin2])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (64,))
    h = torch.sigmoid(lin1(X[idx]))
    h = h * (torch.rand_like(h) > 0.1).float()        # hand-made dropout
    loss = F.cross_entropy(lin2(h), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert opt.param_groups[0]['lr'] == 0.5\n",
         fix="do not modify the sigmoid's output in place (h = h * mask)", preserve=["dropout mask", "lr=0.5"],
         source="forum: 'one of the variables needed for gradient computation has been modified by an inplace operation'"),
    dict(name="backward_twice_stale_graph", kind="api_misuse",
         broken='''encoder, head = nn.Linear(64, 32), nn.Linear(32, 10)
model = nn.ModuleList([encoder, head])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
feats = torch.relu(encoder(X))
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (64,))
    loss = F.cross_entropy(head(feats[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''encoder, head = nn.Linear(64, 32), nn.Linear(32, 10)
model = nn.ModuleList([encoder, head])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
losses = []
for step in range(50):
    idx = torch.randint(0, len(X), (64,))
    feats = torch.relu(encoder(X[idx]))
    loss = F.cross_entropy(head(feats), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "w0 = encoder.weight.detach().clone()\nl = F.cross_entropy(head(torch.relu(encoder(X[:64]))), y[:64]); opt.zero_grad(); l.backward(); opt.step()\nassert not torch.equal(w0, encoder.weight), 'the encoder must keep training'\n",
         fix="compute the features inside the loop (the encoder trains too); retain_graph=True is not the fix",
         preserve=["encoder is trained", "lr=0.1"],
         source="forum: 'Trying to backward through the graph a second time'"),
]
