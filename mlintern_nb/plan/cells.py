"""Notebook cells shared by every recipe: set-up, train loop, results, loss curve; cell metadata."""
from __future__ import annotations

import nbformat.v4 as nbf

from ..nbmeta import sha256


def code_cell(source: str, role: str, recipe: str, uses: list[str] | None = None, tags: list[str] | None = None):
    source = source.strip("\n") + "\n"
    cell = nbf.new_code_cell(source)
    cell.metadata["mlintern"] = {"role": role, "recipe": recipe, "uses": sorted(set(uses or [])),
                                 "generated_sha": sha256(source)}
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def md_cell(text: str, role: str | None = None):
    cell = nbf.new_markdown_cell(text.strip("\n"))
    if role:
        cell.metadata["mlintern"] = {"role": role}
    return cell


def uses_of(source: str, names) -> list[str]:
    import re
    return [n for n in names if re.search(rf"\b{re.escape(n)}\b", source)]


SETUP = r'''
# NBVAL_IGNORE_OUTPUT
# Set-up: imports, seeds, deterministic algorithms, offline switches, environment manifest
import os, sys, json, math, random, time, platform, socket, hashlib
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

def hub_reachable(timeout=2.0):
    """True when huggingface.co answers; only asked for profile=full."""
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        return False
    try:
        socket.create_connection(("huggingface.co", 443), timeout=timeout).close()
        return True
    except OSError:
        return False

HUB = profile == "full" and hub_reachable()
if not HUB:  # smoke never touches the network; full falls back to offline when the hub is unreachable
    os.environ["HF_HUB_OFFLINE"] = "1"; os.environ["HF_DATASETS_OFFLINE"] = "1"

import numpy as np
import torch
from tqdm.auto import tqdm

random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)
torch.use_deterministic_algorithms(True)
if profile == "smoke":
    torch.set_num_threads(1)
DEVICE = torch.device(device if device != "auto" else ("cuda" if torch.cuda.is_available() else "cpu"))
os.makedirs(output_dir, exist_ok=True)

def load_local_dataset(path):
    """data_dir override: an image folder (class sub-folders) or csv/json/jsonl/parquet files -> DatasetDict."""
    import datasets, glob
    files = [f for f in glob.glob(os.path.join(path, "**", "*"), recursive=True) if os.path.isfile(f)]
    exts = {os.path.splitext(f)[1].lower() for f in files}
    if exts & {".png", ".jpg", ".jpeg", ".bmp", ".gif"}:
        return datasets.load_dataset("imagefolder", data_dir=path)
    for ext, builder in ((".csv", "csv"), (".parquet", "parquet"), (".jsonl", "json"), (".json", "json")):
        chosen = sorted(f for f in files if f.lower().endswith(ext))
        if chosen:
            splits = {}
            for f in chosen:
                name = os.path.basename(f).split(".")[0].lower()
                split = "validation" if name in ("valid", "val", "dev", "validation") else ("test" if name == "test" else "train")
                splits.setdefault(split, []).append(f)
            return datasets.load_dataset(builder, data_files=splits)
    raise FileNotFoundError(f"data_dir {path!r} holds no image folder or csv/json/jsonl/parquet files")

_reporters = []
if report_to == "tensorboard":
    from torch.utils.tensorboard import SummaryWriter
    _tb = SummaryWriter(os.path.join(output_dir, "tensorboard"))
    _reporters.append(lambda step, d: [_tb.add_scalar(k, v, step) for k, v in d.items()])
elif report_to == "wandb":
    import wandb
    wandb.init(project="mlintern", config={k: v for k, v in globals().items() if k in PARAMETER_NAMES})
    _reporters.append(lambda step, d: wandb.log(d, step=step))
elif report_to == "mlflow":
    import mlflow
    mlflow.start_run()
    _reporters.append(lambda step, d: mlflow.log_metrics(d, step=step))

def log_metrics(step, d):
    for r in _reporters:
        r(step, d)

def _version(mod):
    try:
        return __import__(mod).__version__
    except Exception:
        return None

manifest = {
    "python": sys.version.split()[0], "platform": platform.platform(),
    "libraries": {m: _version(m) for m in ("torch", "transformers", "tokenizers", "datasets", "peft", "numpy", "sklearn", "gensim")},
    "device": str(DEVICE), "cuda": torch.cuda.is_available(), "seed": seed, "profile": profile,
    "deterministic": torch.are_deterministic_algorithms_enabled(), "hub": HUB,
    "paper": PAPER, "recipe": RECIPE, "parameters": {k: v for k, v in globals().items() if k in PARAMETER_NAMES},
}
with open(os.path.join(output_dir, "environment.json"), "w") as fh:
    json.dump(manifest, fh, indent=2, default=str)
print(json.dumps({k: manifest[k] for k in ("device", "seed", "profile", "hub", "libraries")}, default=str))
'''

TRAIN = r'''
# NBVAL_IGNORE_OUTPUT
# Train: gradient accumulation, clipping, warmup + schedule; loss logged per optimizer step
import csv
loader_gen = torch.Generator().manual_seed(seed)
train_loader = torch.utils.data.DataLoader(train_ds, batch_size=batch_size, shuffle=True, generator=loader_gen,
                                           collate_fn=collate, drop_last=len(train_ds) > batch_size)
model.to(DEVICE)
trainable_params = [p for p in model.parameters() if p.requires_grad]
if optimizer_name == "sgd":
    optimizer = torch.optim.SGD(trainable_params, lr=learning_rate, momentum=momentum, weight_decay=weight_decay)
elif optimizer_name == "adam":
    optimizer = torch.optim.Adam(trainable_params, lr=learning_rate, weight_decay=weight_decay)
else:
    optimizer = torch.optim.AdamW(trainable_params, lr=learning_rate, weight_decay=weight_decay)
steps_per_epoch = max(1, len(train_loader) // grad_accum_steps)
total_steps = max_steps if max_steps > 0 else epochs * steps_per_epoch

def lr_factor(step):
    warm = min(1.0, (step + 1) / warmup_steps) if warmup_steps > 0 else 1.0
    if lr_schedule == "linear":
        return warm * max(0.0, 1.0 - step / max(1, total_steps))
    if lr_schedule == "cosine":
        return warm * 0.5 * (1 + math.cos(math.pi * min(1.0, step / max(1, total_steps))))
    if lr_schedule == "step":  # divided by 10 at 50% and 75% of training
        return warm * (0.1 ** sum(step >= f * total_steps for f in (0.5, 0.75)))
    return warm

scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factor)

def to_device(batch):
    return [b.to(DEVICE) for b in batch] if isinstance(batch, (list, tuple)) else batch.to(DEVICE)

losses, step, t_start = [], 0, time.time()
model.train()
pbar = tqdm(total=total_steps, desc="train", mininterval=2.0)
while step < total_steps:
    optimizer.zero_grad()
    running = 0.0
    for micro, batch in enumerate(train_loader):
        loss = compute_loss(model, to_device(batch))
        (loss / grad_accum_steps).backward()
        running += loss.item() / grad_accum_steps
        if (micro + 1) % grad_accum_steps:
            continue
        if max_grad_norm > 0:
            torch.nn.utils.clip_grad_norm_(trainable_params, max_grad_norm)
        optimizer.step(); scheduler.step(); optimizer.zero_grad()
        losses.append({"step": step, "loss": running, "lr": scheduler.get_last_lr()[0]})
        log_metrics(step, {"train/loss": running})
        running, step = 0.0, step + 1
        pbar.update(1)
        if step >= total_steps:
            break
pbar.close()
train_seconds = time.time() - t_start
with open(os.path.join(output_dir, "losses.csv"), "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["step", "loss", "lr"]); w.writeheader(); w.writerows(losses)
k = max(1, min(5, len(losses) // 4))
first_loss = sum(r["loss"] for r in losses[:k]) / k
last_loss = sum(r["loss"] for r in losses[-k:]) / k
print(f"{total_steps} steps in {train_seconds:.1f} s; loss (mean of {k} steps) {first_loss:.4f} -> {last_loss:.4f}")
if not math.isfinite(last_loss):
    raise FloatingPointError(f"training diverged: loss {last_loss} after {total_steps} steps "
                             f"(learning_rate={learning_rate}, max_grad_norm={max_grad_norm})")
'''

COMPARE = r'''
import re as _re
_METRIC_WORDS = (("wer", ("wer", "word error rate")), ("cer", ("cer", "character error rate")),
                 ("accuracy", ("accuracy", "acc", "top 1 accuracy")), ("error", ("error", "err", "top 1 error")),
                 ("f1", ("f1", "macro f1", "entity f1")), ("precision", ("precision",)), ("recall", ("recall",)),
                 ("map", ("map", "mean average precision")), ("iou", ("iou", "miou", "mean iou")),
                 ("bleu", ("bleu",)), ("rouge", ("rouge", "rouge l")), ("perplexity", ("perplexity", "ppl")),
                 ("loss", ("loss",)), ("return", ("return", "reward", "score")),
                 ("log_likelihood", ("log likelihood", "parzen log likelihood")), ("elbo", ("lower bound", "elbo")))
FRACTION_METRICS = {"accuracy", "error", "wer", "cer", "f1", "precision", "recall", "map", "iou", "bleu", "rouge"}

def metric_key(name):
    """One name per metric, so 'Top-1 accuracy' and 'accuracy' compare and 'accuracy' and 'F1' do not."""
    n = " ".join(_re.sub(r"[^a-z0-9]+", " ", str(name).lower()).split())
    for key, words in _METRIC_WORDS:
        if any(_re.search(rf"\b{_re.escape(w)}\b", n) for w in words):
            return key
    return n

def normalised(key, value):
    """Percent and fraction on one scale: fraction-type metrics as fractions."""
    return value / 100.0 if key in FRACTION_METRICS and value > 1.0 else value

def plausible(key, value):
    """A value its metric can take (a fraction in [0, 1], a perplexity >= 1, anything finite)."""
    if not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
        return False
    if key in FRACTION_METRICS:
        return 0.0 <= normalised(key, value) <= 1.0
    return value >= 1.0 if key == "perplexity" else True

def compare_rows(metrics, reported, same_data, dataset_name):
    """Rows (metric, measured, paper, verdict): a paper number is compared only when the metric, the dataset
    and the units match and the run used the paper's data and model size; otherwise the row says why not."""
    rows = []
    for name, value in metrics.items():
        key = metric_key(name)
        if not plausible(key, value):
            rows.append((name, "not shown", "", f"not shown: {value!r} is not a plausible {key}"))
            continue
        rep = [r for r in reported if metric_key(r.get("metric", "")) == key]
        if not rep:
            rows.append((name, f"{value:.4f}", "not reported", ""))
            continue
        for r in rep:
            paper = f"{r['value']:g} ({r.get('dataset') or '?'}, p. {r.get('page')})"
            ds = str(r.get("dataset") or "").lower()
            if not same_data:
                why = "not comparable: stand-in data / scaled model"
            elif ds and dataset_name.lower() not in ds and ds not in dataset_name.lower():
                why = f"not comparable: the paper's number is on {r.get('dataset')}"
            elif not plausible(key, r["value"]):
                why = "not comparable: the paper's number is not a plausible " + key
            else:
                why = f"difference {normalised(key, value) - normalised(key, r['value']):+.4f}" + (
                      " (percent read as fraction)" if normalised(key, r["value"]) != r["value"] else "")
            rows.append((name, f"{value:.4f}", paper, why))
    return rows
'''

RESULTS = r'''
# Results: measured metrics next to the paper's numbers — like with like only (same metric, dataset, units)
from IPython.display import Markdown, display
{compare}
results = {"metrics": metrics, "first_loss": first_loss, "last_loss": last_loss, "steps": total_steps,
           "train_seconds": train_seconds, "profile": profile, "seed": seed, "losses": [r["loss"] for r in losses]}
with open(os.path.join(output_dir, "metrics.json"), "w") as fh:
    json.dump(results, fh, indent=2)
same_data = profile == "full" and not str(globals().get("DATA_NOTE", "")).upper().startswith("STAND-IN")
rows = ["| metric | measured | paper | comparison |", "|---|---|---|---|"]
rows += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in compare_rows(metrics, REPORTED, same_data, DATASET_NAME)]
loss_fell = last_loss < first_loss
verdict = ("**Verdict.** " + ("The training loss went down" if loss_fell else "The training loss did NOT go down")
           + f" ({first_loss:.3f} -> {last_loss:.3f} over {total_steps} steps). "
           + ("This was a *smoke* run: a scaled-down model on stand-in data, so it checks that the pipeline "
              "works, not the paper's numbers." if profile == "smoke" else
              "Compare the measured metrics with the paper's above."))
display(Markdown("\n".join(rows) + "\n\n" + verdict))
'''.replace("{compare}", COMPARE.strip("\n"))

PLOT = r'''
# NBVAL_IGNORE_OUTPUT
# Loss curve (also saved as loss.png in output_dir)
import matplotlib
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot([r["step"] for r in losses], [r["loss"] for r in losses], lw=1)
ax.set_xlabel("optimizer step"); ax.set_ylabel("training loss"); ax.set_title(f"{RECIPE} ({profile})")
fig.tight_layout(); fig.savefig(os.path.join(output_dir, "loss.png"), dpi=100)
plt.show()
'''
