"""Candidates for API misuse, text/tokenizer and adapter faults: arguments from the kernel's variables,
signatures of the installed versions, module names of the live model."""
from __future__ import annotations

import ast
import difflib
import re

from .candidates import Candidate, _seg, _tree, read_names
from .fixers import _edit
from .fixers.base import change
from .probe import Facts

ROLE = {  # a required parameter -> what kind of value fills it, and names it is often bound to
    "params": ("module", ()), "target": ("tensor", ("yb", "y_batch", "targets", "target", "labels", "label", "y")),
    "input": ("tensor", ("xb", "x", "inputs", "X")),
    "num_embeddings": ("int", ("vocab_size", "n_vocab", "num_tokens", "vocab")),
    "num_training_steps": ("int", ("total_steps", "num_steps", "max_steps", "train_steps", "n_steps")),
}
RENAMES = {"tokenizer": "processing_class"}     # documented renames difflib cannot see (transformers 5 Trainer)
LINEAR_LEAVES = ("Linear", "Conv1D", "Conv1d", "Conv2d", "NonDynamicallyQuantizableLinear")
GROUPS = [("q_proj", "query", "q_lin", "q", "to_q", "wq"), ("k_proj", "key", "k_lin", "k", "to_k", "wk"),
          ("v_proj", "value", "v_lin", "v", "to_v", "wv"), ("o_proj", "out_proj", "out_lin", "o", "to_out", "wo"),
          ("query_key_value", "c_attn", "qkv", "wqkv", "in_proj", "qkv_proj"),
          ("fc1", "c_fc", "up_proj", "gate_proj", "lin1", "wi", "intermediate"),
          ("fc2", "c_proj", "down_proj", "lin2", "output")]
HEADS = ("classifier", "score", "lm_head", "head", "out", "qa_outputs", "pooler")


def _fillers(param: str, source: str, facts: Facts) -> list[str]:
    """Expressions that could fill a missing argument, best first: a variable of that name, of the right
    kind with a conventional name, then names that resemble it and hold a value of a plausible type."""
    kind, usual = ROLE.get(param, (None, ()))
    names = facts.names
    out = []
    if param in names:
        out.append(param)
    if kind == "module":
        out += [f"{n}.parameters()" for n in read_names(source) if names.get(n, {}).get("type") == "module"][:2]
    for n in usual:
        if names.get(n, {}).get("type") == kind or (n in read_names(source) and n in _assigned(source)):
            out.append(n)
    ints = [n for n, f in names.items() if f.get("type") == "int"]
    want_int = re.search(r"steps|size|features|classes|labels|embeddings|dim|num_|n_", param)
    pool = ints if want_int else list(names)
    out += difflib.get_close_matches(param, pool, n=3, cutoff=0.5)
    words = set(re.split(r"[_\W]+", param)) - {"num", "n", "of", ""}
    out += [n for n in pool if words & set(re.split(r"[_\W]+", n.lower())) and n not in out][:3]
    if param == "num_embeddings":
        out += [f"len({n})" for n, f in names.items() if f.get("type") == "tokenizer"]
    if param == "out_features":
        out += [n for n in ints if re.search(r"class|label", n, re.I)]
    return list(dict.fromkeys(out))


def _assigned(source) -> set:
    tree = _tree(source)
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} if tree else set()


def api_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    ev, out = d.evalue, []
    m = re.search(r"([\w.]+)\(\) missing \d+ required positional arguments?: (.+)", ev)
    if m:
        short = m.group(1).split(".")[-2] if m.group(1).endswith("__init__") else m.group(1).split(".")[-1]
        params = re.findall(r"'(\w+)'", m.group(2))
        calls = [c for c in _edit.calls_named(source, (short,))] or _edit.calls_on_line(source, d.line)
        for call in calls[:1]:
            for k, fill in enumerate(_fillers(params[0], source, facts)[:4]):
                out.append(Candidate(_edit.append_argument(source, call, f"{params[0]}={fill}"), "fill_argument",
                                     f"{short}({params[0]}={fill}) from the kernel's variables", order=k))
    m = re.search(r"([\w.]+)\(\) got an unexpected keyword argument '(\w+)'", ev)
    if m:
        out += _renamed_keyword(source, d, facts, m.group(1), m.group(2), ctx)
    if "Can't call numpy() on Tensor that requires grad" in ev:
        out.append(Candidate(re.sub(r"(?<!detach\(\))\.numpy\(\)", ".detach().numpy()", source), "detach",
                             ".detach() before .numpy()"))
    if "grad can be implicitly created only for scalar outputs" in ev:
        out.append(Candidate(re.sub(r"(\b\w+)\.backward\(\)", r"\1.mean().backward()", source), "reduce_loss",
                             "mean of the per-sample losses before backward()", order=1))
        tree = _tree(source)
        for n in (ast.walk(tree) if tree else []):   # reduce where the per-sample loss is made
            if isinstance(n, ast.Assign) and "reduction" in _seg(source, n.value) and "'none'" in _seg(source, n.value) \
                    .replace('"', "'"):
                out.append(Candidate(_edit.replace_span(source, n.value.lineno, n.value.col_offset, n.value.end_lineno,
                                                        n.value.end_col_offset, f"{_seg(source, n.value)}.mean()"),
                                     "reduce_loss", "mean of the per-sample losses where they are computed"))
    if "modified by an inplace operation" in ev:
        tree = _tree(source)
        new = source
        for n in sorted((n for n in ast.walk(tree) if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)),
                        key=lambda n: (n.lineno, n.col_offset), reverse=True) if tree else []:
            op = {ast.Mult: "*", ast.Add: "+", ast.Sub: "-", ast.Div: "/"}.get(type(n.op))
            if op:
                new = _edit.replace_span(new, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset,
                                         f"{n.target.id} = {n.target.id} {op} ({_seg(source, n.value)})")
        if new != source:
            out.append(Candidate(new, "out_of_place", "in-place updates of autograd tensors made out-of-place"))
    if "backward through the graph a second time" in ev:
        out += _move_into_loop(source, facts)
    if "Weights only load failed" in ev:
        for call in _edit.calls_named(source, ("load",)):
            if _edit.call_name(call).startswith("torch") and not any(k.arg == "weights_only" for k in call.keywords):
                out.append(Candidate(_edit.append_argument(source, call, "weights_only=False"), "trusted_checkpoint",
                                     "torch.load(weights_only=False): a checkpoint this notebook wrote (trusted)"))
    if re.search(r"not supported between instances of '\w+' and 'str'", ev):
        out += _float_from_str(source, d, facts)
    return out


def _renamed_keyword(source, d, facts, fn, kw, ctx) -> list[Candidate]:
    sig = next((v for k, v in facts.signatures.items() if k.split(".")[-1] in fn.split(".")), None)
    params = [p[0] for p in sig] if sig else []
    if not params:
        from .fixers.api import local_parameters
        params = local_parameters(fn) or []
    calls = [c for c in ast.walk(_tree(source) or ast.Module([], [])) if isinstance(c, ast.Call)
             and any(k.arg == kw for k in c.keywords)]
    if not calls or not params:
        return []
    call = calls[0]
    k = next(k for k in call.keywords if k.arg == kw)
    from .fixers.api import ALIASES
    guesses = [ALIASES["*"].get(kw), RENAMES.get(kw)] + difflib.get_close_matches(kw, params, n=3, cutoff=0.6)
    guesses += [p for p in params if len(p) <= 3 and kw.startswith(p)]              # rank -> r
    guesses += [p for p in params if p.endswith("_" + kw.split("_")[-1]) or p.startswith(kw.split("_")[0] + "_")]
    out = []
    for j, g in enumerate(dict.fromkeys(g for g in guesses if g and g in params
                                        and g not in {x.arg for x in call.keywords})):
        new = _edit.replace_span(source, k.lineno, k.col_offset, k.lineno, k.col_offset + len(kw), g)
        out.append(Candidate(new, "rename_keyword", f"{kw}= -> {g}= (installed signature)", renamed={kw: g}, order=j))
    return out


def _move_into_loop(source, facts) -> list[Candidate]:
    tree = _tree(source)
    if tree is None:
        return []
    out = []
    for i, loop in enumerate(tree.body):
        if not isinstance(loop, ast.For):
            continue
        used = {n.id for n in ast.walk(loop) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        for st in tree.body[:i]:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                    and st.targets[0].id in used and any(isinstance(n, ast.Call) for n in ast.walk(st.value)):
                lines = source.splitlines(True)
                text = "".join(lines[st.lineno - 1:st.end_lineno])
                rest = "".join(lines[:st.lineno - 1] + lines[st.end_lineno:])
                shift = st.end_lineno - st.lineno + 1
                new = _edit.insert_before_line(rest, loop.body[0].lineno - shift, text.strip())
                out.append(Candidate(new, "recompute_in_loop",
                                     f"{st.targets[0].id} recomputed every step (its graph is freed by backward)"))
    return out


def _float_from_str(source, d, facts) -> list[Candidate]:
    out = []
    for call in _edit.calls_on_line(source, d.line) or []:
        for k in call.keywords:
            if isinstance(k.value, ast.Subscript) and isinstance(k.value.value, ast.Name):
                f = facts.names.get(k.value.value.id) or {}
                key = _edit._literal(k.value.slice)
                if isinstance(f.get("items", {}).get(key), str):
                    new = _edit.replace_span(source, k.value.lineno, k.value.col_offset, k.value.end_lineno,
                                             k.value.end_col_offset, f"float({_seg(source, k.value)})")
                    out.append(Candidate(new, "float_from_str", f"{k.arg}: the string {f['items'][key]!r} -> float"))
    return out


# ----------------------------------------------------------------------------------------------- text
UNKNOWN_KEYS = ("<unk>", "[UNK]", "<UNK>", "UNK", "unk", "<oov>", "[OOV]")


def unknown_key_candidates(source, d, facts: Facts) -> list[Candidate]:
    """A KeyError from looking a token up in a vocabulary (a dict of ids in the kernel): unseen tokens get the
    vocabulary's unknown id (its ``<unk>``-style entry, else the id 0 when the ids start at 1: reserved)."""
    if d.ename != "KeyError":
        return []
    try:
        missing = ast.literal_eval(d.evalue.strip())
    except (ValueError, SyntaxError):
        return []
    out, tree = [], _tree(source)
    for node in (ast.walk(tree) if tree else []):
        if not (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)):
            continue
        name = node.value.id
        items = (facts.names.get(name) or {}).get("items") or {}
        ids = [v for v in items.values() if isinstance(v, int) and not isinstance(v, bool)]
        if not ids or len(ids) < len(items) or str(missing) in items:
            continue
        unk = next((k for k in UNKNOWN_KEYS if k in items), None)
        default = f"{name}[{unk!r}]" if unk else "0" if min(ids) >= 1 else None
        if default is None:
            continue
        new = _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                                 f"{name}.get({_seg(source, node.slice)}, {default})")
        out.append(Candidate(new, "unknown_token", f"tokens missing from {name} map to {default} (unknown)"))
    return out


def text_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    ev, out = d.evalue, []
    out += unknown_key_candidates(source, d, facts)
    toks = {n: f for n, f in facts.names.items() if f.get("type") == "tokenizer"}
    tok = next((n for n in read_names(source) if n in toks), next(iter(toks), None))
    if "index out of range in self" in ev and tok:
        tree = _tree(source)
        for node in (tree.body if tree else []):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Call):
                name = node.targets[0].id
                f = facts.names.get(name) or {}
                if f.get("type") == "module" and f.get("config"):
                    new = _edit.insert_after_statement(source, node.lineno,
                                                       f"{name}.resize_token_embeddings(len({tok}))  # mlintern: "
                                                       f"the tokenizer has {toks[tok]['len']} tokens")
                    out.append(Candidate(new, "resize_embeddings", f"{name}'s embeddings resized to len({tok})"))
        for call in ast.walk(tree) if tree else []:
            if isinstance(call, ast.Call):
                for k in call.keywords:
                    if k.arg == "vocab_size":
                        out.append(Candidate(_edit.replace_span(source, k.value.lineno, k.value.col_offset,
                                                                k.value.end_lineno, k.value.end_col_offset,
                                                                f"len({tok})"), "vocab_from_tokenizer",
                                             f"vocab_size = len({tok})"))
    m = re.search(r"expanded size of the tensor \((\d+)\) must match the existing size \((\d+)\)", ev)
    if m:
        need = int(m.group(1))
        for call in ast.walk(_tree(source) or ast.Module([], [])):
            if isinstance(call, ast.Call):
                for k in call.keywords:
                    if k.arg in ("max_position_embeddings", "n_positions"):
                        old = _edit._literal(k.value)
                        new = _edit.replace_span(source, k.value.lineno, k.value.col_offset, k.value.end_lineno,
                                                 k.value.end_col_offset, str(need))
                        out.append(Candidate(new, "positions_cover_inputs", f"{k.arg} {old} -> {need}",
                                             [change(k.arg, ctx.paper_value(k.arg, old), need,
                                                     f"inputs are {need} tokens long")]))
        if tok:
            limit = int(m.group(2))
            for call in _tok_calls(source, toks):
                if not any(k.arg == "truncation" for k in call.keywords):
                    out.append(Candidate(_edit.append_argument(source, call, f"truncation=True, max_length={limit}"), "truncate",
                                         f"truncate to the model's {limit} positions",
                                         [change("max_length", ctx.paper_value(("max_length", "max_seq_length"), None),
                                                 limit, f"inputs cut to the model's {limit} positions")], order=1))
    if "activate truncation and/or padding" in ev or "only integer tensors of a single element" in ev:
        for call in _tok_calls(source, toks):
            kws = {k.arg for k in call.keywords}
            extra = [t for t, a in (("padding=True", "padding"), ("truncation=True", "truncation"),
                                    ("return_tensors='pt'", "return_tensors")) if a not in kws]
            if extra:
                out.append(Candidate(_edit.append_argument(source, call, ", ".join(extra)), "batch_encoding",
                                     f"tokenizer call with {', '.join(extra)}"))
    if "Padding_idx must be within num_embeddings" in ev:
        for call in _edit.calls_named(source, ("Embedding",)):
            k = next((k for k in call.keywords if k.arg == "padding_idx"), None)
            if k is not None:
                val = f"{tok}.pad_token_id" if tok else "0"
                out.append(Candidate(_edit.replace_span(source, k.value.lineno, k.value.col_offset, k.value.end_lineno,
                                                        k.value.end_col_offset, val), "padding_idx",
                                     f"padding_idx = {val}"))
    return out


def _tok_calls(source, toks) -> list[ast.Call]:
    return [c for c in ast.walk(_tree(source) or ast.Module([], [])) if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Name) and c.func.id in toks]


# ----------------------------------------------------------------------------------------------- adapters
def adapter_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    if not re.search(r"Target modules .* not found|No modules were targeted", d.evalue):
        return []
    calls = _edit.calls_named(source, ("LoraConfig", "IA3Config", "AdaLoraConfig", "LoHaConfig", "LoKrConfig"))
    peft = _edit.calls_named(source, ("get_peft_model", "inject_adapter_in_model"))
    if not calls or not peft or not peft[0].args:
        return []
    kw = next((k for k in calls[0].keywords if k.arg == "target_modules"), None)
    base = _seg(source, peft[0].args[0])
    f = facts.names.get(base) or {}
    leaves = f.get("leaves", {})
    if kw is None or not leaves:
        return []
    wanted = _edit._literal(kw.value)
    wanted = [wanted] if isinstance(wanted, str) else list(wanted or [])
    short = {n.split(".")[-1]: v[0] for n, v in leaves.items() if v[0] in LINEAR_LEAVES}
    mapped = []
    for w in wanted:
        w0 = w.split(".")[-1].lower()
        group = next((g for g in GROUPS if w0 in g), None)
        hits = [s for s in short if group and s.lower() in group]
        if not hits and group and group[0] in ("q_proj", "k_proj", "v_proj"):
            hits = [s for s in short if s.lower() in GROUPS[4]]
        mapped += [h for h in hits if h not in mapped]
    attn = [s for s in short if any(s.lower() in g for g in GROUPS[:5])]
    body = [s for s in short if s.lower() not in HEADS and not any(s.lower().startswith(h) for h in HEADS)]
    out = []
    for j, names in enumerate(x for x in (mapped, attn, body) if x):
        new = _edit.replace_span(source, kw.value.lineno, kw.value.col_offset, kw.value.end_lineno,
                                 kw.value.end_col_offset, repr(sorted(dict.fromkeys(names))))
        if all(c.source != new for c in out):
            out.append(Candidate(new, "adapter_targets", f"target_modules {wanted} -> {sorted(set(names))} "
                                 f"(the model's own module names)", order=j))
    return out
