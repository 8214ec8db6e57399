"""Out of memory: halve the batch (doubling gradient accumulation), then gradient checkpointing,
mixed precision (GPU only), Adafactor, a shorter max sequence length — each a recorded change."""
from __future__ import annotations

from . import _edit
from .base import Fix, Fixer, change

BATCH = ("per_device_train_batch_size", "train_batch_size", "batch_size", "bs")
ACCUM = ("gradient_accumulation_steps", "grad_accum_steps", "grad_accum", "accum_steps", "accumulation_steps")
SEQ = ("max_seq_length", "max_seq_len", "max_length", "max_len", "seq_len", "block_size")
MAX_HALVINGS = 4


def set_param(source: str, ctx, names, new_value, why: str) -> tuple[str, str | None, object]:
    """Set a parameter in the cell (its literal) or, when only upstream defines it, by an override line.

    Returns ``(source, name, old_value)``; ``name`` is None when the parameter is nowhere."""
    occ = [o for o in _edit.occurrences(source, names) if o.value is not None and not isinstance(o.value, bool)]
    if occ:
        name, old = occ[0].name, occ[0].value
        value = new_value(old) if callable(new_value) else new_value
        for o in reversed([o for o in occ if o.name == name]):
            source = _edit.replace_value(source, o, _edit.fmt(value))
        return source, name, old
    up = _edit.upstream_value(ctx.upstream, names)
    if up:
        name, old = up
        value = new_value(old) if callable(new_value) else new_value
        return _edit.prepend(source, f"{name} = {_edit.fmt(value)}  # mlintern: {why} (was {old!r})"), name, old
    return source, None, None


def current(source: str, ctx, names):
    occ = [o for o in _edit.occurrences(source, names) if isinstance(o.value, (int, float)) and not isinstance(o.value, bool)]
    if occ:
        return occ[0].name, occ[0].value
    return _edit.upstream_value(ctx.upstream, names)


def add_keyword(source: str, call_names, kw: str, value_text: str) -> str | None:
    """Add ``kw=value`` to the first call named one of ``call_names`` that lacks it."""
    for call in _edit.calls_named(source, call_names):
        if any(k.arg == kw for k in call.keywords):
            continue
        return _edit.append_argument(source, call, f"{kw}={value_text}")
    return None


class OOMFixer(Fixer):
    name = "oom"
    kinds = ("oom",)

    def propose(self, source, diagnosis, ctx):
        steps = ctx.steps()
        why = f"out of memory ({diagnosis.device})"
        batch = current(source, ctx, BATCH)
        if batch and isinstance(batch[1], int) and batch[1] > 1 and steps.count("halve_batch") < MAX_HALVINGS:
            return self._halve_batch(source, ctx, why)
        for step in ("gradient_checkpointing", "mixed_precision", "adafactor"):
            if step in steps:
                continue
            fix = getattr(self, "_" + step)(source, ctx, why)
            if fix:
                return fix
        seq = current(source, ctx, SEQ)
        if seq and isinstance(seq[1], int) and seq[1] > 16:
            new, name, old = set_param(source, ctx, SEQ, lambda v: max(16, v // 2), why)
            return Fix(new, "shorter_sequences", f"halved {name} {old} -> {max(16, old // 2)}",
                       [change(name, ctx.paper_value(name, old), max(16, old // 2), why + ": shorter sequences")],
                       {name: max(16, old // 2)})
        return None

    def _halve_batch(self, source, ctx, why):
        new, name, old = set_param(source, ctx, BATCH, lambda v: v // 2, "halved for memory")
        changes = [change(name, ctx.paper_value(name, old), old // 2, why + ": halved the batch")]
        constraints = {name: old // 2}
        acc = current(new, ctx, ACCUM)
        if acc:
            new, aname, aold = set_param(new, ctx, ACCUM, lambda v: v * 2, "doubled to keep the effective batch")
            changes.append(change(aname, ctx.paper_value(aname, aold), aold * 2,
                                  f"keeps the effective batch (batch x accumulation) at {old * aold}"))
            constraints[aname] = aold * 2
            note = f"{name} {old} -> {old // 2}, {aname} {aold} -> {aold * 2} (effective batch unchanged)"
        else:
            added = add_keyword(new, ("TrainingArguments",), "gradient_accumulation_steps", "2")
            if added:
                new = added
                changes.append(change("gradient_accumulation_steps", ctx.paper_value("gradient_accumulation_steps", 1),
                                      2, f"keeps the effective batch (batch x accumulation) at {old}"))
                constraints["gradient_accumulation_steps"] = 2
                note = f"{name} {old} -> {old // 2}, gradient_accumulation_steps 1 -> 2"
            else:
                changes[0]["why"] += f"; no gradient accumulation in this code: the effective batch is now {old // 2}"
                note = f"{name} {old} -> {old // 2} (no gradient accumulation here: effective batch halves)"
        return Fix(new, "halve_batch", note, changes, constraints)

    def _gradient_checkpointing(self, source, ctx, why):
        added = add_keyword(source, ("TrainingArguments",), "gradient_checkpointing", "True")
        if added is None:
            calls = [c for c in _edit.calls_named(source, ("from_pretrained", "from_config"))
                     if "Model" in _edit.call_name(c)]
            if not calls or "gradient_checkpointing_enable" in source:
                return None
            tree = _edit.parse(source)
            target = next((n.targets[0].id for n in tree.body if hasattr(n, "targets") and n.lineno == calls[0].lineno
                           and hasattr(n.targets[0], "id")), None)
            if not target:
                return None
            added = _edit.insert_after_statement(source, calls[0].lineno, f"{target}.gradient_checkpointing_enable()")
        return Fix(added, "gradient_checkpointing", "gradient checkpointing on (recomputes activations)",
                   [change("gradient_checkpointing", ctx.paper_value("gradient_checkpointing", False), True, why)],
                   {"gradient_checkpointing": True})

    def _mixed_precision(self, source, ctx, why):
        if ctx.device != "cuda":
            return None
        added = add_keyword(source, ("TrainingArguments",), "bf16", "True")
        if added is None:
            return None
        return Fix(added, "mixed_precision", "bf16 mixed precision on the GPU",
                   [change("mixed_precision", ctx.paper_value(("mixed_precision", "fp16"), False), "bf16", why)],
                   {"mixed_precision": "bf16"})

    def _adafactor(self, source, ctx, why):
        added = add_keyword(source, ("TrainingArguments",), "optim", "'adafactor'")
        if added is None:
            calls = _edit.calls_named(source, ("Adam", "AdamW"))
            if not calls:
                return None
            c = calls[0]
            args = [_edit.ast.get_source_segment(source, a) for a in c.args[:1]]
            lr = next((_edit.ast.get_source_segment(source, k.value) for k in c.keywords if k.arg == "lr"), None)
            if lr is None and len(c.args) > 1:
                lr = _edit.ast.get_source_segment(source, c.args[1])
            text = (f"__import__('transformers').optimization.Adafactor({args[0] if args else ''}"
                    f"{', lr=' + lr if lr else ''}, scale_parameter=False, relative_step=False)")
            added = _edit.replace_span(source, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset, text)
        return Fix(added, "adafactor", "Adafactor optimizer (factored second moments: less optimizer memory)",
                   [change("optimizer", ctx.paper_value("optimizer", "Adam"), "Adafactor", why)],
                   {"optimizer": "adafactor"})
