"""File faults: a path to a file that an earlier cell wrote elsewhere, under another name, or on another machine."""
COMMON = '''import os, json, numpy as np, pandas as pd, torch
import torch.nn.functional as F
from torch import nn
from sklearn.datasets import load_digits
torch.manual_seed(0)
_d = load_digits()
def train_on(features, targets, steps=40):
    model = nn.Linear(features.shape[1], 10)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    out = []
    for _ in range(steps):
        idx = torch.randint(0, len(features), (64,))
        loss = F.cross_entropy(model(features[idx]), targets[idx])
        opt.zero_grad(); loss.backward(); opt.step()
        out.append(loss.item())
    return model, out
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
WRITE_CSV = '''os.makedirs("data", exist_ok=True)
df = pd.DataFrame(_d.data / 16.0, columns=[f"px{i}" for i in range(64)]); df["label"] = _d.target
df.to_csv("data/train.csv", index=False)
'''
READ_TRAIN = '''feats = torch.tensor(frame.drop(columns="label").values, dtype=torch.float32)
target = torch.tensor(frame["label"].values)
model, losses = train_on(feats, target)
'''
CHECK_CSV = TRAINS + "assert len(frame) == 1797 and frame.shape[1] == 65\n"

CASES = [
    dict(name="npy_saved_in_subfolder", kind="data_not_found",
         setup=['os.makedirs("artifacts", exist_ok=True)\nnp.save("artifacts/features.npy", _d.data / 16.0)\nnp.save("artifacts/labels.npy", _d.target)\n'],
         broken='feats = torch.tensor(np.load("features.npy"), dtype=torch.float32)\ntarget = torch.tensor(np.load("artifacts/labels.npy"))\nmodel, losses = train_on(feats, target)\n',
         fixed='feats = torch.tensor(np.load("artifacts/features.npy"), dtype=torch.float32)\ntarget = torch.tensor(np.load("artifacts/labels.npy"))\nmodel, losses = train_on(feats, target)\n',
         check=TRAINS + "assert feats.shape == (1797, 64)\n",
         fix="the earlier cell saved features.npy under artifacts/", preserve=["the saved features"],
         source="Kaggle notebook crashes: FileNotFoundError for an artifact written to another folder"),
    dict(name="csv_in_data_subdir", kind="data_not_found",
         setup=[WRITE_CSV],
         broken='frame = pd.read_csv("train.csv")\n' + READ_TRAIN,
         fixed='frame = pd.read_csv("data/train.csv")\n' + READ_TRAIN,
         check=CHECK_CSV, fix="train.csv is in data/", preserve=["the full training CSV"],
         source="JunoBench-style notebook crash: pd.read_csv on a relative path that moved"),
    dict(name="save_into_missing_dir", kind="data_not_found",
         broken='''feats = torch.tensor(_d.data / 16.0, dtype=torch.float32)
model, losses = train_on(feats, torch.tensor(_d.target))
torch.save(model.state_dict(), "checkpoints/run1/model.pt")
''',
         fixed='''feats = torch.tensor(_d.data / 16.0, dtype=torch.float32)
model, losses = train_on(feats, torch.tensor(_d.target))
os.makedirs("checkpoints/run1", exist_ok=True)
torch.save(model.state_dict(), "checkpoints/run1/model.pt")
''',
         check=TRAINS + "assert os.path.exists('checkpoints/run1/model.pt')\nnn.Linear(64, 10).load_state_dict(torch.load('checkpoints/run1/model.pt'))\n",
         fix="create the checkpoint folder before saving", preserve=["the checkpoint path"],
         source="forum: 'Parent directory checkpoints/run1 does not exist' from torch.save"),
    dict(name="checkpoint_extension_differs", kind="data_not_found",
         setup=['torch.save(torch.tensor(_d.data / 16.0, dtype=torch.float32), "embeddings.pt")\n'],
         broken='feats = torch.load("embeddings.pth")\nmodel, losses = train_on(feats, torch.tensor(_d.target))\n',
         fixed='feats = torch.load("embeddings.pt")\nmodel, losses = train_on(feats, torch.tensor(_d.target))\n',
         check=TRAINS + "assert feats.shape == (1797, 64)\n",
         fix="the file written earlier is embeddings.pt (not .pth)", preserve=["the saved embeddings"],
         source="issues: .pt vs .pth checkpoint names between a training and an evaluation script"),
    dict(name="colab_drive_path", kind="data_not_found",
         setup=[WRITE_CSV],
         broken='frame = pd.read_csv("/content/drive/MyDrive/project/data/train.csv")\n' + READ_TRAIN,
         fixed='frame = pd.read_csv("data/train.csv")\n' + READ_TRAIN,
         check=CHECK_CSV, fix="a Colab Drive path: the same file is in the workspace at data/train.csv",
         preserve=["the full training CSV"], source="Colab notebooks run elsewhere: /content/drive/MyDrive paths"),
    dict(name="kaggle_input_path", kind="data_not_found",
         setup=['os.makedirs("input/digits", exist_ok=True)\npd.DataFrame(_d.data / 16.0).assign(label=_d.target).to_csv("input/digits/digits.csv", index=False)\n'],
         broken='frame = pd.read_csv("/kaggle/input/digits/digits.csv")\n' + READ_TRAIN,
         fixed='frame = pd.read_csv("input/digits/digits.csv")\n' + READ_TRAIN,
         check=CHECK_CSV, fix="a Kaggle input path: the dataset is in the workspace at input/digits/digits.csv",
         preserve=["the full dataset"], source="Kaggle notebooks run locally: /kaggle/input/... paths"),
    dict(name="filename_case_differs", kind="data_not_found",
         setup=['json.dump({"names": [str(i) for i in range(10)]}, open("labels.json", "w"))\n'],
         broken='class_names = json.load(open("Labels.json"))["names"]\nfeats = torch.tensor(_d.data / 16.0, dtype=torch.float32)\nmodel, losses = train_on(feats, torch.tensor(_d.target))\n',
         fixed='class_names = json.load(open("labels.json"))["names"]\nfeats = torch.tensor(_d.data / 16.0, dtype=torch.float32)\nmodel, losses = train_on(feats, torch.tensor(_d.target))\n',
         check=TRAINS + "assert len(class_names) == 10\n",
         fix="the file is labels.json (case differs; written on a case-insensitive file system)",
         preserve=["the 10 class names"], source="issues: notebooks from macOS/Windows failing on Linux over file-name case"),
    dict(name="column_name_case", kind="unknown",
         setup=[WRITE_CSV],
         broken='''frame = pd.read_csv("data/train.csv")
feats = torch.tensor(frame.drop(columns="Label").values, dtype=torch.float32)
target = torch.tensor(frame["Label"].values)
model, losses = train_on(feats, target)
''',
         fixed='''frame = pd.read_csv("data/train.csv")
feats = torch.tensor(frame.drop(columns="label").values, dtype=torch.float32)
target = torch.tensor(frame["label"].values)
model, losses = train_on(feats, target)
''',
         check=CHECK_CSV + "assert feats.shape[1] == 64\n", fix="the column is 'label' (live DataFrame columns)",
         preserve=["all 64 feature columns"], source="JunoBench 'data confusion' crashes: KeyError on a column name"),
    dict(name="listdir_moved_folder", kind="data_not_found",
         setup=['''for c in range(10):
    os.makedirs(f"data/images/train/{c}", exist_ok=True)
for i in range(300):
    np.save(f"data/images/train/{_d.target[i]}/{i}.npy", _d.data[i] / 16.0)
'''],
         broken='''root = "images/train"
rows, ys = [], []
for c in sorted(os.listdir(root)):
    for f in os.listdir(os.path.join(root, c)):
        rows.append(np.load(os.path.join(root, c, f))); ys.append(int(c))
feats, target = torch.tensor(np.stack(rows), dtype=torch.float32), torch.tensor(ys)
model, losses = train_on(feats, target)
''',
         fixed='''root = "data/images/train"
rows, ys = [], []
for c in sorted(os.listdir(root)):
    for f in os.listdir(os.path.join(root, c)):
        rows.append(np.load(os.path.join(root, c, f))); ys.append(int(c))
feats, target = torch.tensor(np.stack(rows), dtype=torch.float32), torch.tensor(ys)
model, losses = train_on(feats, target)
''',
         check=TRAINS + "assert len(feats) == 300\n", fix="the image folder is data/images/train",
         preserve=["all 300 images"], source="forum: ImageFolder-style root that points one level too high/low"),
    dict(name="tokenizer_saved_elsewhere", kind="data_not_found",
         setup=['''from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast
wl = Tokenizer(models.WordLevel(unk_token="[UNK]")); wl.pre_tokenizer = pre_tokenizers.Whitespace()
wl.train_from_iterator(["a digit image", "another digit"], trainers.WordLevelTrainer(special_tokens=["[PAD]", "[UNK]"]))
PreTrainedTokenizerFast(tokenizer_object=wl, pad_token="[PAD]", unk_token="[UNK]").save_pretrained("outputs/tokenizer")
'''],
         broken='''from transformers import AutoTokenizer
tok = AutoTokenizer.from_pretrained("./tokenizer")
feats = torch.tensor(_d.data / 16.0, dtype=torch.float32)
model, losses = train_on(feats, torch.tensor(_d.target))
''',
         fixed='''from transformers import AutoTokenizer
tok = AutoTokenizer.from_pretrained("outputs/tokenizer")
feats = torch.tensor(_d.data / 16.0, dtype=torch.float32)
model, losses = train_on(feats, torch.tensor(_d.target))
''',
         check=TRAINS + "assert len(tok) >= 4 and tok.pad_token == '[PAD]'\n", fix="the tokenizer was saved to outputs/tokenizer",
         preserve=["the trained tokenizer"],
         source="transformers issues: from_pretrained on a local dir that does not exist falls through to the Hub"),
]
