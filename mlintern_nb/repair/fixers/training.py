"""NaN/inf loss and divergence: lower the learning rate (/10), add gradient clipping, add warmup."""
from __future__ import annotations

import ast
import re

from . import _edit
from .base import Fix, Fixer, change
from .memory import add_keyword, current, set_param

LR = ("lr", "learning_rate", "base_lr", "learning_rate_init", "max_lr")


def _add_clipping(source: str) -> str | None:
    if "clip_grad" in source:
        return None
    added = add_keyword(source, ("TrainingArguments",), "max_grad_norm", "1.0")
    if added is not None:
        return added
    tree = _edit.parse(source)
    if tree is None:
        return None
    opt = next((c for c in _edit.calls_named(source, ("SGD", "Adam", "AdamW", "RMSprop", "Adagrad"))), None)
    params = None
    if opt and opt.args:
        params = ast.get_source_segment(source, opt.args[0])
    opt_var = None
    if opt is not None:
        opt_var = next((n.targets[0].id for n in ast.walk(tree) if isinstance(n, ast.Assign) and n.value is opt
                        and isinstance(n.targets[0], ast.Name)), None)
    step = next((n for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)
                 and not n.value.args and _edit.call_name(n.value).endswith(".step")
                 and (opt_var is None or _edit.call_name(n.value) == f"{opt_var}.step")), None)
    if step is None:
        return None
    if params is None:
        model = re.search(r"(\w+)\.parameters\(\)", source)
        params = f"{model.group(1)}.parameters()" if model else None
    if params is None:
        return None
    text = ast.get_source_segment(source, step)
    # clip between backward() and step(): `clip; opt.step()` is valid wherever the step statement stands
    return _edit.replace_span(source, step.lineno, step.col_offset, step.end_lineno, step.end_col_offset,
                              f"torch.nn.utils.clip_grad_norm_({params}, 1.0); {text}")


class LossFixer(Fixer):
    name = "loss"
    kinds = ("nan_loss", "divergence")

    def propose(self, source, d, ctx):
        why = d.summary
        lr = current(source, ctx, LR)
        changes, notes, constraints = [], [], {}
        new = source
        if lr and isinstance(lr[1], (int, float)) and lr[1] > 1e-7:
            name, old = lr
            new, name, old = set_param(new, ctx, LR, lambda v: float(f"{v / 10:.6g}"), "lowered: " + d.kind)
            val = float(f"{old / 10:.6g}")
            changes.append(change(name, ctx.paper_value(name, old), val, why + ": learning rate / 10"))
            constraints[name] = val
            notes.append(f"{name} {old} -> {val}")
        if "lower_lr" in ctx.steps() or not changes:
            clipped = _add_clipping(new)
            if clipped:
                new = clipped
                changes.append(change("max_grad_norm", ctx.paper_value(("max_grad_norm", "grad_clip"), None), 1.0,
                                      why + ": gradient clipping"))
                constraints["max_grad_norm"] = 1.0
                notes.append("gradient clipping at 1.0")
            elif "lower_lr" in ctx.steps():
                warm = add_keyword(new, ("TrainingArguments",), "warmup_ratio", "0.1")
                if warm:
                    new = warm
                    changes.append(change("warmup_ratio", ctx.paper_value(("warmup_ratio", "warmup_steps"), 0), 0.1,
                                          why + ": warmup"))
                    notes.append("10% warmup")
        if new == source:
            return None
        return Fix(new, "lower_lr" if lr else "clip_gradients", "; ".join(notes), changes, constraints)
