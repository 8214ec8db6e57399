"""Environment: missing imports/modules, files and datasets not found, the Hub offline, timeouts."""
from __future__ import annotations

import ast
import difflib
import importlib.util
import os
import pkgutil
import re
from pathlib import Path

from . import _edit
from .base import Fix, Fixer, change
from .memory import set_param

IMPORTS = {
    "np": "import numpy as np", "numpy": "import numpy", "torch": "import torch", "nn": "from torch import nn",
    "F": "import torch.nn.functional as F", "optim": "from torch import optim", "pd": "import pandas as pd",
    "plt": "import matplotlib.pyplot as plt", "math": "import math", "os": "import os", "time": "import time",
    "random": "import random", "json": "import json", "re": "import re", "sys": "import sys",
    "DataLoader": "from torch.utils.data import DataLoader", "TensorDataset": "from torch.utils.data import TensorDataset",
    "Dataset": "from torch.utils.data import Dataset", "tqdm": "from tqdm.auto import tqdm",
    "load_digits": "from sklearn.datasets import load_digits",
    "train_test_split": "from sklearn.model_selection import train_test_split",
    "load_dataset": "from datasets import load_dataset", "transformers": "import transformers",
}
TRACKERS = {"wandb", "mlflow", "comet_ml", "neptune", "tensorboardX", "clearml", "aim"}
PIP_NAMES = {"sklearn": "scikit-learn", "cv2": "opencv-python-headless", "PIL": "pillow", "yaml": "pyyaml",
             "skimage": "scikit-image"}
STEPS = ("num_train_epochs", "max_steps", "epochs", "num_epochs", "n_epochs", "steps", "num_steps", "n_steps",
         "iterations", "n_iter", "max_iter", "max_iters", "train_steps")
TEXT_STANDINS = {"imdb", "sst2", "sst-2", "glue", "rotten_tomatoes", "yelp_polarity", "amazon_polarity", "sst",
                 "stanfordnlp/imdb", "stanfordnlp/sst2", "cornell-movie-review-data/rotten_tomatoes"}
STANDIN_DEF = '''def _mlintern_offline_text_dataset(name, *args, **kwargs):
    """Offline stand-in for a sentiment dataset: gensim's 200 Pang & Lee movie-review sentences."""
    from datasets import Dataset, DatasetDict
    from gensim.test.utils import datapath
    rows = [l.split(" ", 1) for l in open(datapath("pang_lee_polarity.cor"), encoding="latin-1").read().splitlines() if l]
    data = {"text": [r[1].strip() for r in rows], "label": [int(r[0] == "__label__pos") for r in rows]}
    ds = Dataset.from_dict(data).shuffle(seed=0).train_test_split(test_size=0.2, seed=0)
    return DatasetDict(train=ds["train"], test=ds["test"], validation=ds["test"])'''


def _installed_modules() -> list[str]:
    return sorted({m.name for m in pkgutil.iter_modules()})


class MissingModuleFixer(Fixer):
    name = "missing_module"
    kinds = ("missing_module",)

    def applies(self, d):
        return d.kind == "missing_module" and not (d.module and d.name)

    def propose(self, source, d, ctx):
        if d.name:  # NameError
            line = IMPORTS.get(d.name)
            if line is None and importlib.util.find_spec("transformers") is not None:
                import transformers
                if d.name in getattr(transformers, "__all__", []) or hasattr(transformers, d.name):
                    line = f"from transformers import {d.name}"
            if line is None:
                return None
            return Fix(_edit.prepend(source, line), "add_import", f"added `{line}`")
        top = d.module.split(".")[0]
        tree = _edit.parse(source)
        if tree is None:
            return None
        if top in TRACKERS:
            node = next((n for n in tree.body if isinstance(n, ast.Import) and any(a.name.split(".")[0] == top
                                                                                      for a in n.names)), None)
            if node is None:
                return None
            alias = next(a.asname or a.name for a in node.names if a.name.split(".")[0] == top)
            stub = (f"class _MLInternNoOpTracker:  # mlintern: {top} is not installed (no network in the sandbox);"
                    f" logging to it is off\n"
                    f"    def __getattr__(self, name):\n"
                    f"        return lambda *a, **k: None\n"
                    f"{alias} = _MLInternNoOpTracker()")
            new = _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, stub)
            return Fix(new, "stub_tracker", f"{top} is an experiment tracker that is not installed: replaced by a no-op")
        installed = ctx.ask("sorted({m.name for m in __import__('pkgutil').iter_modules()})") or _installed_modules()
        close = difflib.get_close_matches(top, installed, n=1, cutoff=0.8)
        if close and close[0] != top:
            new = re.sub(rf"\b{re.escape(top)}\b", close[0], source)
            return Fix(new, "fix_module_name", f"module {top!r} -> installed {close[0]!r}")
        d.suggestion = f"pip install {PIP_NAMES.get(top, top)}"
        return None


class DataFixer(Fixer):
    name = "data"
    kinds = ("data_not_found", "network_blocked")

    def propose(self, source, d, ctx):
        if d.kind == "network_blocked":  # load_dataset() that needs the Hub: an offline stand-in
            return self._standin(source, d, ctx)
        if getattr(d, "path", ""):
            return self._moved_file(source, d, ctx)
        if d.dataset:
            return self._standin(source, d, ctx)
        return None

    def _moved_file(self, source, d, ctx):
        base = os.path.basename(d.path)
        roots = [Path(p) for p in (ctx.data_dir, ctx.cwd) if p]
        for root in roots:
            if not root.is_dir():
                continue
            for i, cand in enumerate(root.rglob(base)):
                if i > 50:
                    break
                if cand.is_file():
                    rel = os.path.relpath(cand, ctx.cwd) if ctx.cwd else str(cand)
                    tree = _edit.parse(source)
                    lits = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                            and (n.value == d.path or n.value.endswith(base))] if tree else []
                    if not lits:
                        return None
                    new = source
                    for n in sorted(lits, key=lambda n: (n.lineno, n.col_offset), reverse=True):
                        new = _edit.replace_span(new, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, repr(rel))
                    return Fix(new, "found_file", f"{d.path} -> {rel} (found under {root})")
        return None

    def _standin(self, source, d, ctx):
        calls = [c for c in _edit.calls_named(source, ("load_dataset",)) if c.args
                 and isinstance(c.args[0], ast.Constant)]
        for c in calls:
            name = str(c.args[0].value)
            if name.lower() in TEXT_STANDINS or name.split("/")[-1].lower() in TEXT_STANDINS:
                new = _edit.replace_span(source, c.func.lineno, c.func.col_offset, c.func.end_lineno,
                                         c.func.end_col_offset, "_mlintern_offline_text_dataset")
                new = _edit.prepend(new, STANDIN_DEF)
                return Fix(new, "offline_standin", f"{name} is not available offline: gensim's Pang & Lee polarity "
                                                   f"sentences stand in",
                           [change("dataset", ctx.paper_value("dataset", name), "pang_lee_polarity (offline stand-in)",
                                   f"{name} cannot be downloaded in the sandbox; set the notebook's data_dir parameter "
                                   f"to use a local copy")])
        return None


MODEL_TYPES = ("distilbert", "roberta", "deberta", "albert", "electra", "bert", "gpt2", "gpt_neo", "opt", "llama",
               "mistral", "t5", "bart", "vit", "resnet")


def model_type_of(model_id: str) -> str | None:
    base = model_id.split("/")[-1].lower().replace("-", "_")
    for t in MODEL_TYPES:
        if base.startswith(t) or base.startswith(t.replace("_", "")):
            return t
    return None


class HubFixer(Fixer):
    """``from_pretrained("id")`` with the Hub unreachable: the same architecture from its config, random init."""

    name = "hub_offline"
    kinds = ("network_blocked",)

    def propose(self, source, d, ctx):
        calls = [c for c in _edit.calls_named(source, ("from_pretrained",)) if c.args
                 and isinstance(c.args[0], ast.Constant) and isinstance(c.args[0].value, str)]
        calls = [c for c in calls if "Tokenizer" not in _edit.call_name(c)]
        if not calls:
            return None
        new, changes = source, []
        for c in sorted(calls, key=lambda c: (c.lineno, c.col_offset), reverse=True):
            mid = c.args[0].value
            mtype = model_type_of(mid)
            if not mtype:
                continue
            owner = _edit.call_name(c).rsplit(".", 1)[0]
            kws = ", ".join(ast.get_source_segment(source, k) for k in c.keywords)
            cfg = f"__import__('transformers').AutoConfig.for_model({mtype!r}{', ' + kws if kws else ''})"
            given = next((k for k in c.keywords if k.arg == "config"), None)
            if owner.split(".")[-1].endswith("Config"):
                text = cfg
            elif given is not None:
                text = f"{owner}.from_config({ast.get_source_segment(source, given.value)})"
            else:
                text = f"{owner}.from_config({cfg})"
            new = _edit.replace_span(new, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset, text)
            changes.append(change("pretrained_weights", ctx.paper_value("pretrained_weights", mid),
                                  f"{mtype} architecture, random init",
                                  "the Hugging Face Hub is unreachable from the sandbox: same architecture, "
                                  "no pretrained weights"))
        if not changes:
            return None
        return Fix(new, "config_only", "built from the architecture's config (no pretrained weights offline)", changes)


class TimeoutFixer(Fixer):
    name = "timeout"
    kinds = ("timeout",)

    def propose(self, source, d, ctx):
        new, name, old = set_param(source, ctx, STEPS, lambda v: max(1, v // 10), "cut for the time limit")
        if name is None or not isinstance(old, int) or old <= 1:
            return None
        val = max(1, old // 10)
        return Fix(new, "fewer_steps", f"{name} {old} -> {val} (cell timeout {d.seconds or '?'} s)",
                   [change(name, ctx.paper_value(name, old), val,
                           f"the cell exceeded its time limit ({d.seconds or '?'} s): 10x fewer steps")], {name: val})
