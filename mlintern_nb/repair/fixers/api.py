"""API misuse: keywords renamed to the installed signature's closest match; names moved between modules."""
from __future__ import annotations

import ast
import difflib
import importlib
import inspect

from . import _edit
from .base import Fix, Fixer, change

# renames that difflib alone would not find (old -> new), by callable or anywhere ("*")
ALIASES = {
    "*": {"learning_rate": "lr", "lr": "learning_rate", "batchsize": "batch_size", "no_cuda": "use_cpu",
          "evaluation_strategy": "eval_strategy", "num_workers_": "num_workers", "momentum_": "momentum"},
}
SEARCH_MODULES = ("transformers", "torch.utils.data", "torch.optim", "torch.optim.lr_scheduler", "torch.nn", "torch",
                  "datasets", "peft", "accelerate", "sklearn.model_selection", "sklearn.linear_model", "numpy")
MOVED = {  # (module, name) -> replacement import line
    ("transformers", "AdamW"): "from torch.optim import AdamW",
    ("transformers", "get_linear_schedule_with_warmup_"): "",
    ("torch.utils.data", "SequentialSampler_"): "",
    ("sklearn.cross_validation", "train_test_split"): "from sklearn.model_selection import train_test_split",
    ("transformers.optimization", "AdamW"): "from torch.optim import AdamW",
}


def local_parameters(name: str) -> list[str] | None:
    short = name.split(".")[-1] if "." in name and name.split(".")[-1] != "__init__" else name.split(".")[0]
    if name.endswith(".__init__"):
        short = name.split(".")[-2]
    for mod in SEARCH_MODULES:
        try:
            obj = getattr(importlib.import_module(mod), short, None)
        except Exception:
            continue
        if obj is not None:
            try:
                return list(inspect.signature(obj).parameters)
            except (TypeError, ValueError):
                return None
    return None


def _remove_keyword(source: str, call: ast.Call, kw: ast.keyword) -> str:
    lines = source.splitlines(True)
    start = _edit._offset(lines, kw.lineno, kw.col_offset)
    end = _edit._offset(lines, kw.value.end_lineno, kw.value.end_col_offset)
    rest = source[end:]
    stripped = rest.lstrip(" \t")
    if stripped.startswith(","):
        end += len(rest) - len(stripped) + 1
        while end < len(source) and source[end] in " \t":
            end += 1
    else:  # last argument: eat the comma before it
        j = start
        while j > 0 and source[j - 1] in " \t\n":
            j -= 1
        if j > 0 and source[j - 1] == ",":
            start = j - 1
    return source[:start] + source[end:]


class APIFixer(Fixer):
    name = "api"
    kinds = ("api_misuse",)

    def propose(self, source, d, ctx):
        if d.problem != "unexpected_keyword" or not d.keyword:
            return None
        cls = d.callable.split(".")[-2] if d.callable.endswith(".__init__") else d.callable.split(".")[-1]
        calls = [c for c in _edit.calls_named(source, (cls,)) if any(k.arg == d.keyword for k in c.keywords)]
        if not calls:
            calls = [c for c in _edit.calls_on_line(source, d.line) if any(k.arg == d.keyword for k in c.keywords)]
        if not calls:
            return None
        call = calls[0]
        expr = _edit.call_name(call)
        params = ctx.ask(f"list(__import__('inspect').signature({expr}).parameters)") or local_parameters(d.callable)
        if not params:
            return None
        kw = next(k for k in call.keywords if k.arg == d.keyword)
        used = {k.arg for k in call.keywords}
        target = None
        for table in (ALIASES.get(cls, {}), ALIASES["*"]):
            if table.get(d.keyword) in params and table.get(d.keyword) not in used:
                target = table[d.keyword]
                break
        if target is None:
            close = [m for m in difflib.get_close_matches(d.keyword, params, n=3, cutoff=0.75) if m not in used]
            target = close[0] if close else None
        where = f"installed {expr}()"
        if target:
            new = _edit.replace_span(source, kw.lineno, kw.col_offset, kw.lineno, kw.col_offset + len(kw.arg), target)
            return Fix(new, "rename_keyword", f"{d.keyword}= -> {target}= (the {where} signature)",
                       renamed={d.keyword: target})
        value = _edit._literal(kw.value)
        new = _remove_keyword(source, call, kw)
        return Fix(new, "drop_keyword", f"dropped {d.keyword}= ({where} has no such argument nor a close match)",
                   [change(d.keyword, ctx.paper_value(d.keyword, value if value is not None else
                                                      ast.get_source_segment(source, kw.value)), None,
                           f"{where} does not accept {d.keyword}=; dropped")])


class ImportNameFixer(Fixer):
    """``from M import X`` where X moved or was renamed in the installed version."""

    name = "import_name"
    kinds = ("missing_module",)

    def applies(self, d):
        return d.kind == "missing_module" and bool(d.module) and bool(d.name)

    def propose(self, source, d, ctx):
        tree = _edit.parse(source)
        if tree is None:
            return None
        node = next((n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == d.module
                     and any(a.name == d.name for a in n.names)), None)
        if node is None:
            return None
        repl = MOVED.get((d.module, d.name))
        if not repl:
            try:
                names = dir(importlib.import_module(d.module))
            except Exception:
                names = []
            close = difflib.get_close_matches(d.name, names, n=1, cutoff=0.8)
            if not close:
                return None
            alias = next(a for a in node.names if a.name == d.name)
            repl = f"from {d.module} import {close[0]} as {alias.asname or d.name}"
        keep = [a for a in node.names if a.name != d.name]
        lines = []
        if keep:
            lines.append(ast.unparse(ast.ImportFrom(module=node.module, names=keep, level=node.level)))
        lines.append(repl + f"  # mlintern: {d.module} has no {d.name} in the installed version")
        indent = source.splitlines()[node.lineno - 1][:node.col_offset]
        new = _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                                 ("\n" + indent).join(lines))
        return Fix(new, "moved_import", f"{d.name}: {repl}")
