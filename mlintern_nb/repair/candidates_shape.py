"""Candidates for shape, label-count and loss faults: sizes taken from the live objects, losses from the target."""
from __future__ import annotations

import ast
import re

from .candidates import Candidate, _seg, _tree, const_int, read_names, rebind, set_name_or_key
from .fixers import _edit
from .fixers.base import change
from .probe import Facts

LABEL_WORDS = ("class", "label", "num_out", "n_out", "output", "categories")
SEQ_LAYERS = ("LSTM", "GRU", "RNN")


def _calls(source, names):
    return _edit.calls_named(source, names)


def _replace(source, node, text):
    return _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, text)


def shape_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    ev = d.evalue
    out: list[Candidate] = []
    m = re.search(r"mat1 and mat2 shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\)", ev)
    if m:
        rows, have, want, _ = map(int, m.groups())
        for call in _calls(source, ("Linear",)):
            arg = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "in_features"), None)
            if arg is None or const_int(arg, facts) != want:
                continue
            if isinstance(arg, ast.Name) and arg.id not in _assigned_here(source):
                new, ch = set_name_or_key(source, facts, ctx, lambda n, v, a=arg.id: n == a, have,
                                          f"the data has {have} features")
                out.append(Candidate(new, "fix_in_features", f"{arg.id} {want} -> {have} (the data's size)", ch))
            else:
                out.append(Candidate(_replace(source, arg, str(have)), "fix_in_features",
                                     f"Linear in_features {want} -> {have} (the input's size)"))
            if _in_sequential(source, call) and want % have == 0 and rows % (want // have) == 0:
                new = _replace(source, call, f"nn.Flatten(), {_seg(source, call)}")
                out.append(Candidate(new, "insert_flatten", "flatten the conv output before the Linear", order=1))
        out += _cat_dim(source)
    m = re.search(r"weight of size \[([\d, ]+)\], expected input\[([\d, ]+)\] to have (\d+) channels, but got (\d+)", ev)
    if m:
        want_c = int(m.group(3))
        for name in read_names(source):
            f = facts.names.get(name) or {}
            shape = f.get("shape") or []
            if f.get("type") != "tensor" or len(shape) < 2:
                continue
            if want_c == 1 and len(shape) == 3:
                out.append(Candidate(rebind(source, name, f"{name}.unsqueeze(1)", "add the channel axis"),
                                     "unsqueeze_channels", f"{name} {shape} -> channel axis added"))
            if len(shape) == 3 and shape[2] == want_c:
                out.append(Candidate(rebind(source, name, f"{name}.transpose(1, 2)", "channels first"),
                                     "channels_first", f"{name} {shape} -> (batch, channels, length)"))
    m = re.search(r"expected input batch_size \((\d+)\) to match target batch_size \((\d+)\)", ev, re.I)
    if m:
        for call in _calls(source, SEQ_LAYERS):
            if not any(k.arg == "batch_first" for k in call.keywords):
                new = _edit.replace_span(source, call.end_lineno, call.end_col_offset - 1, call.end_lineno,
                                         call.end_col_offset - 1, ", batch_first=True")
                out.append(Candidate(new, "batch_first", f"{_edit.call_name(call)}(batch_first=True): inputs are "
                                                         f"(batch, seq, features)"))
        out += _cat_dim(source)
    m = re.search(r"shape '\[([-\d, ]+)\]' is invalid for input of size (\d+)", ev)
    if m:
        out += _view_fix(source, d, facts, [int(x) for x in m.group(1).split(",")], int(m.group(2)))
    if "0D or 1D target tensor expected" in ev:
        for name in read_names(source):
            f = facts.names.get(name) or {}
            if f.get("type") == "tensor" and len(f.get("shape", [])) == 2 and f["shape"][1] == 1:
                out.append(Candidate(rebind(source, name, f"{name}.squeeze(1)", "class indices are 1-D"),
                                     "squeeze_target", f"{name} {f['shape']} -> 1-D"))
    if "Size mismatch between tensors" in ev:
        ts = {n: f["shape"][0] for n in read_names(source) for f in [facts.names.get(n) or {}]
              if f.get("type") == "tensor" and f.get("shape")}
        if len(set(ts.values())) == 2:
            short = min(ts.values())
            for n, size in ts.items():
                if size > short:
                    out.append(Candidate(rebind(source, n, f"{n}[:{short}]", f"match the {short} samples of the "
                                                                             f"features"), "align_lengths",
                                         f"{n}: {size} -> {short} rows (the other tensors' length)"))
    if "Expected more than 1 value per channel when training" in ev and d.line:
        mods = [n for n in line_names_of(source, d.line) if (facts.names.get(n) or {}).get("type") == "module"]
        for n in mods[:1]:
            new = _edit.insert_before_line(source, d.line, f"{n}.eval()  # mlintern: predict in eval mode")
            out.append(Candidate(new, "eval_mode", f"{n}.eval() before predicting one sample"))
    return out


def line_names_of(source, line):
    from .candidates import line_names
    return line_names(source, line)


def _assigned_here(source) -> set:
    tree = _tree(source)
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} if tree else set()


def _in_sequential(source, call) -> bool:
    pos = (call.lineno, call.col_offset)
    return any(pos in {(a.lineno, a.col_offset) for a in c.args} for c in _calls(source, ("Sequential",)))


def _cat_dim(source) -> list[Candidate]:
    out = []
    for call in _calls(source, ("cat", "concat", "concatenate")):
        if len(call.args) == 1 and not call.keywords:
            new = _edit.replace_span(source, call.end_lineno, call.end_col_offset - 1, call.end_lineno,
                                     call.end_col_offset - 1, ", dim=1")
            out.append(Candidate(new, "cat_features", "concatenate along the feature axis (dim=1)"))
    return out


def _view_fix(source, d, facts, dims, total) -> list[Candidate]:
    out = []
    for call in _edit.calls_on_line(source, d.line) or []:
        fn = _edit.call_name(call).split(".")[-1]
        if fn not in ("view", "reshape") or not call.args:
            continue
        args = call.args[0].elts if len(call.args) == 1 and isinstance(call.args[0], (ast.Tuple, ast.List)) else call.args
        obj = _seg(source, call.func.value) if isinstance(call.func, ast.Attribute) else ""
        lits = [a for a in args if isinstance(a, ast.Constant) and isinstance(a.value, int)]
        if args and isinstance(args[0], ast.Constant) and args[0].value > 0 and obj:
            out.append(Candidate(_replace(source, args[0], f"{obj}.size(0)"), "batch_from_tensor",
                                 f"view's batch dimension from {obj}.size(0) (the last batch is smaller)"))
        if len(args) == 4 and -1 in dims and len(lits) >= 2:
            src_name = next((n for n in ast.walk(call.func) if isinstance(n, ast.Name)), None)
            f = facts.names.get(src_name.id, {}) if src_name is not None else {}
            per = f.get("shape", [0, 0])[-1] if f.get("type") == "tensor" else 0
            ch = args[1].value if isinstance(args[1], ast.Constant) else 1
            side = int(round((per / max(ch, 1)) ** 0.5)) if per else 0
            if side and side * side * ch == per:
                new = source
                for a in sorted(args[2:], key=lambda a: a.col_offset, reverse=True):
                    new = _replace(new, a, str(side))
                out.append(Candidate(new, "spatial_from_data", f"spatial size {side}x{side} from the data"))
    return out


# ----------------------------------------------------------------------------------------------- labels
def label_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    m = re.search(r"Target (-?\d+) is out of bounds", d.evalue)
    if not m and d.kind != "label_count":
        return []
    bad = int(m.group(1)) if m else (d.target or 0)
    labels = {n: f for n, f in facts.names.items() if _label_like(n, f, bad)}
    read = [n for n in read_names(source) if n in labels]
    named = [n for n in labels if LABEL_NAME.match(n)]
    used = [n for n in read if n in named] or read or named or sorted(labels, key=lambda n: labels[n]["max"])[:1]
    n_cls = max([labels[n]["max"] + 1 for n in used] + [bad + 1])
    outs = _head_sizes(source, facts)
    out: list[Candidate] = []
    why = f"the labels run up to {n_cls - 1}: {n_cls} classes"
    for n in used:
        f = labels[n]
        if f["min"] == 1 and f["max"] in outs:
            out.append(Candidate(rebind(source, n, f"{n} - 1", "labels start at 1; classes are 0-based"),
                                 "shift_labels", f"{n} 1..{f['max']} -> 0..{f['max'] - 1}", order=0))
    if 1 in outs and n_cls == 2:
        out += loss_for_target(source, d, facts, ctx, binary=True)
    small = set(outs) | {bad}
    new, ch = set_name_or_key(source, facts, ctx, lambda k, v: (any(w in k.lower() for w in LABEL_WORDS)
                                                                 or k.isupper()) and v in small and v < n_cls,
                              n_cls, why, None)
    if ch:
        out.append(Candidate(new, "num_labels", f"class count -> {n_cls}", ch, order=1))
    for call in _calls(source, ("BertConfig", "AutoConfig", "Config")) + [c for c in ast.walk(_tree(source) or ast.Module([], []))
                                                                         if isinstance(c, ast.Call) and _edit.call_name(c).endswith("Config")]:
        kw = next((k for k in call.keywords if k.arg == "num_labels"), None)
        if kw is not None:
            new = _replace(source, kw.value, str(n_cls))
            old = _edit._literal(kw.value)
        else:
            new = _edit.append_argument(source, call, f"num_labels={n_cls}")
            old = 2
        out.append(Candidate(new, "num_labels", f"num_labels {old} -> {n_cls}",
                             [change("num_labels", ctx.paper_value("num_labels", old), n_cls, why)], order=1))
        break
    out += _builder_num_labels(source, n_cls, why, ctx)
    tree = _tree(source)
    for node in (tree.body if tree else []):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and "max" in _seg(source, node.value) \
                and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            new = _replace(source, node.value, f"{_seg(source, node.value)} + 1")
            out.append(Candidate(new, "count_from_max", f"{node.targets[0].id}: max label + 1 classes", order=0))
    for call in _calls(source, ("Linear",)):
        if len(call.args) >= 2 and const_int(call.args[1], facts) in small and const_int(call.args[1], facts) < n_cls:
            old = const_int(call.args[1], facts)
            out.append(Candidate(_replace(source, call.args[1], str(n_cls)), "num_labels", f"output layer {old} -> "
                                 f"{n_cls}", [change("num_labels", ctx.paper_value(("num_labels", "num_classes"), old),
                                                     n_cls, why)], order=2))
    return out


def _builder_num_labels(source, n_cls, why, ctx) -> list[Candidate]:
    """``model = build(...)`` in the failing cell, the built object then called: pass the class count to the
    builder (``num_labels=`` / ``num_classes=``) where it does not say one; a builder that takes neither fails
    its validation run and is dropped."""
    tree = _tree(source)
    called = {_edit.call_name(c) for c in ast.walk(tree) if isinstance(c, ast.Call)} if tree else set()
    out = []
    for node in (tree.body if tree else []):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)) or node.targets[0].id not in called:
            continue
        call = node.value
        if _edit.call_name(call).endswith(("Config", "Linear", "tensor", "Tensor")) or any(
                k.arg in ("num_labels", "num_classes", "n_classes", "out_features") for k in call.keywords):
            continue
        for k, kw in enumerate(("num_labels", "num_classes")):
            new = _edit.append_argument(source, call, f"{kw}={n_cls}")
            out.append(Candidate(new, "num_labels", f"{_edit.call_name(call)}(..., {kw}={n_cls})",
                                 [change(kw, ctx.paper_value(("num_labels", "num_classes"), None), n_cls, why)],
                                 order=2 + k))
        break
    return out


def class_weight_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    """A class-weight vector whose length is not the class count: size it to the count the error names (a
    vector of ones is resized; a written list is padded with weight 1 for the classes it does not list)."""
    m = re.search(r"weight tensor should be defined either for all (\d+) classes or no classes but got weight "
                  r"tensor of shape: \[(\d+)\]", d.evalue)
    if not m:
        return []
    n_cls, have = int(m.group(1)), int(m.group(2))
    why = f"the loss sees {n_cls} classes; the class weights have {have} entries"
    out = []
    for call in [c for c in ast.walk(_tree(source) or ast.Module([], [])) if isinstance(c, ast.Call)]:
        kw = next((k for k in call.keywords if k.arg in ("weight", "pos_weight")), None)
        if kw is None or not isinstance(kw.value, ast.Call):
            continue
        w = kw.value
        name = _edit.call_name(w).split(".")[-1]
        if name in ("ones", "full", "empty") and w.args and const_int(w.args[0], facts) == have:
            new = _replace(source, w.args[0], str(n_cls))
        elif name in ("tensor", "as_tensor", "Tensor", "FloatTensor") and w.args and isinstance(w.args[0], ast.List) \
                and len(w.args[0].elts) == have:
            items = [_seg(source, e) for e in w.args[0].elts] + ["1.0"] * (n_cls - have)
            new = _replace(source, w.args[0], "[" + ", ".join(items) + "]")
        else:
            continue
        out.append(Candidate(new, "class_weight_length", f"class weights for all {n_cls} classes",
                             [change("class_weight", ctx.paper_value("class_weight", f"{have} entries"),
                                     f"{n_cls} entries", why)], order=0))
    return out


LABEL_NAME = re.compile(r"^(y|y_\w*|y\d\w*|\w*labels?\w*|\w*targets?\w*|\w*tags?|\w*topics?|\w*class\w*|\w*cls\w*)$", re.I)


def _label_like(name, f, bad) -> bool:
    """An integer tensor whose values are dense class ids (not row indices or token ids) and include ``bad``."""
    if f.get("type") != "tensor" or "max" not in f or len(f.get("shape", [])) > 2 or f["max"] < bad:
        return False
    span = f["max"] - f["min"] + 1
    return f["unique"] >= 0.5 * span and f["max"] < 10000


def _head_sizes(source, facts) -> list[int]:
    sizes = []
    for n in read_names(source) + list(facts.names):
        f = facts.names.get(n) or {}
        if f.get("type") == "module":
            lin = [v[1].get("out_features") for v in f.get("leaves", {}).values() if v[0] == "Linear"]
            if lin and lin[-1]:
                sizes.append(lin[-1])
            if f.get("config", {}).get("num_labels"):
                sizes.append(f["config"]["num_labels"])
    return sizes


# ----------------------------------------------------------------------------------------------- losses
LOSS_TEXT = re.compile(r"Target size \(torch\.Size\(\[\d+\]\)\) must be the same as input size \(torch\.Size\(\[\d+, \d+\]\)\)|"
                       r"size of tensor a \(\d+\) must match the size of tensor b|all elements of input should be between "
                       r"0 and 1|with class probabilities, got Long|Target \d+ is out of bounds")


BROADCAST_CLASSES = re.compile(r"target size \(torch\.Size\(\[(\d+)\]\)\) that is different to the input size "
                               r"\(torch\.Size\(\[(\d+), (\d+)\]\)\)")


def _class_scores_vs_indices(evalue: str) -> bool:
    """A loss broadcast a [N, C] prediction (C > 1: one score per class) against a [N] target of class ids."""
    m = BROADCAST_CLASSES.search(evalue)
    return bool(m) and m.group(1) == m.group(2) and int(m.group(3)) > 1


def loss_for_target(source, d, facts, ctx, binary: bool = False) -> list[Candidate]:
    """Choose the loss from the target's dtype and shape (class indices -> cross-entropy; one logit -> BCE)."""
    if not binary and not LOSS_TEXT.search(d.evalue) and not _class_scores_vs_indices(d.evalue):
        return []
    out = []
    calls = [c for c in ast.walk(_tree(source) or ast.Module([], [])) if isinstance(c, ast.Call)
             and re.search(r"(cross_entropy|CrossEntropyLoss|BCE\w*Loss|binary_cross_entropy\w*|mse_loss|MSELoss)",
                           _edit.call_name(c) + ("" if not isinstance(c.func, ast.Call) else _edit.call_name(c.func)))]
    for c in calls:
        name = _edit.call_name(c) or (_edit.call_name(c.func) if isinstance(c.func, ast.Call) else "")
        if len(c.args) < 2:
            continue
        inp, tgt = _seg(source, c.args[0]), _seg(source, c.args[1])
        if binary or ("cross_entropy" in name and "binary" not in name):
            if binary:
                text = f"F.binary_cross_entropy_with_logits({inp}.squeeze(-1), {tgt}.float())"
                out.append(Candidate(_replace(source, c, text), "bce_for_one_logit",
                                     "one output unit: binary cross-entropy on the logit"))
            elif "probabilities" in d.evalue:
                out.append(Candidate(_replace(source, c.args[1], f"{tgt}.argmax(1)"), "onehot_to_index",
                                     "one-hot target -> class index"))
        elif "binary_cross_entropy" in name and "logits" not in name and "between 0 and 1" in d.evalue:
            out.append(Candidate(_replace(source, c.func, _seg(source, c.func) + "_with_logits"), "bce_with_logits",
                                 "the model outputs logits: BCE with logits"))
        else:
            text = f"F.cross_entropy({inp}, {tgt})"
            out.append(Candidate(_replace(source, c, text), "cross_entropy_for_indices",
                                 "integer class targets: cross-entropy"))
    if out and not re.search(r"^\s*import torch\.nn\.functional as F|^\s*from torch\.nn import functional as F",
                             source, re.M) and "F" not in facts.names:
        for c in out:
            c.source = _edit.prepend(c.source, "import torch.nn.functional as F")
    return out
