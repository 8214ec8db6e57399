"""Shape, dtype, device and label-count fixes on the line the traceback pins."""
from __future__ import annotations

import ast
import re

from . import _edit
from .base import Fix, Fixer, change

AVAILABLE_DEVICE = '("cuda" if torch.cuda.is_available() else "cpu")'
LABEL_PARAMS = ("num_labels", "num_classes", "n_classes", "n_labels", "out_features")


def _seg(source, node) -> str:
    return ast.get_source_segment(source, node) or ""


def _wrap(source: str, node, suffix: str) -> str:
    text = _seg(source, node)
    simple = isinstance(node, (ast.Name, ast.Attribute, ast.Subscript, ast.Call))
    return _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                              f"{text}{suffix}" if simple else f"({text}){suffix}")


def _replace_node(source: str, node, text: str) -> str:
    return _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, text)


def _outer_call_with_arg(source: str, line: int | None, min_args: int = 1):
    calls = [c for c in _edit.calls_on_line(source, line) if len(c.args) >= min_args
             and not isinstance(c.args[0], ast.Starred)]
    # outermost first (the model / loss call), skipping casts we already added
    calls.sort(key=lambda c: (c.lineno, c.col_offset, -(c.end_col_offset)))
    return calls


def _assigned_name(source: str, name: str):
    for o in _edit.occurrences(source, [name]):
        if o.kind == "assign" and isinstance(o.value, int):
            return o
    return None


class ShapeFixer(Fixer):
    name = "shape"
    kinds = ("shape_mismatch",)

    def propose(self, source, d, ctx):
        why = d.summary
        if d.op == "matmul":
            (a, b), (c, _) = d.sizes
            if c > b and c % b == 0 and d.line:
                for call in _outer_call_with_arg(source, d.line):
                    arg = call.args[0]
                    if isinstance(arg, (ast.Name, ast.Attribute, ast.Subscript)):
                        new = _wrap(source, arg, ".flatten(1)")
                        return Fix(new, "flatten_input", f"flattened {_seg(source, arg)} to (batch, {c}) features")
            return self._layer_arg(source, ("Linear",), 0, c, b, "in_features", why, ctx)
        if d.op == "conv":
            weight, inp = d.sizes
            return self._layer_arg(source, ("Conv1d", "Conv2d", "Conv3d"), 0, weight[1], inp[1], "in_channels", why, ctx)
        if d.op == "broadcast" and len(d.sizes) == 2:
            target, inp = d.sizes
            pos = 0 if inp == target + [1] else 1 if target == inp + [1] else None
            if pos is None:
                return None
            for call in _edit.calls_named(source, ("mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss")) or [
                    c for c in _edit.calls_named(source, ("criterion", "loss_fn", "loss_fct", "mse"))]:
                if len(call.args) >= 2 and not _seg(source, call.args[pos]).endswith(".squeeze(-1)"):
                    arg = call.args[pos]
                    return Fix(_wrap(source, arg, ".squeeze(-1)"), "squeeze",
                               f"{_seg(source, arg)}.squeeze(-1): prediction and target now both {target}")
            return None
        if d.op == "view" and d.line:
            for call in _edit.calls_on_line(source, d.line):
                fn = _edit.call_name(call).split(".")[-1]
                if fn in ("view", "reshape") and call.args:
                    shape_args = call.args
                    if len(call.args) == 1 and isinstance(call.args[0], (ast.Tuple, ast.List)):
                        shape_args = call.args[0].elts
                    if any(isinstance(a, ast.UnaryOp) and _seg(source, a).replace(" ", "") == "-1" for a in shape_args):
                        continue
                    lits = [a for a in shape_args if isinstance(a, ast.Constant) and isinstance(a.value, int)]
                    if lits:
                        tgt = lits[-1]
                        return Fix(_replace_node(source, tgt, "-1"), "infer_dim",
                                   f"let {fn}() infer the dimension that was {tgt.value}")
        return None

    def _layer_arg(self, source, layer_names, pos, wrong, right, param, why, ctx):
        for call in _edit.calls_named(source, layer_names):
            if len(call.args) <= pos:
                continue
            arg = call.args[pos]
            if isinstance(arg, ast.Constant) and arg.value == wrong:
                return Fix(_replace_node(source, arg, str(right)), f"fix_{param}",
                           f"{_edit.call_name(call)} {param} {wrong} -> {right} (the data's size)")
            if isinstance(arg, ast.Name):
                occ = _assigned_name(source, arg.id)
                if occ and occ.value == wrong:
                    return Fix(_edit.replace_value(source, occ, str(right)), f"fix_{param}",
                               f"{arg.id} {wrong} -> {right} (the data's size)",
                               [change(arg.id, ctx.paper_value(arg.id, wrong), right, why)]
                               if arg.id in ctx.paper else [])
        return None


class DtypeFixer(Fixer):
    name = "dtype"
    kinds = ("dtype_mismatch",)
    CAST = {"float": ".float()", "double": ".float()", "half": ".float()", "long": ".long()", "int": ".long()",
            "byte": ".long()", "bfloat16": ".float()"}

    def propose(self, source, d, ctx):
        if not d.line:
            return None
        suffix = self.CAST.get(d.expected.lower(), ".float()")
        pos = 1 if d.role == "target" else 0
        for call in _outer_call_with_arg(source, d.line, min_args=pos + 1):
            if _edit.call_name(call).split(".")[-1] in ("float", "long", "to", "print", "len", "range"):
                continue
            arg = call.args[pos]
            if _seg(source, arg).endswith(suffix):
                continue
            new = _wrap(source, arg, suffix)
            return Fix(new, "cast", f"cast {_seg(source, arg)} with {suffix} ({d.summary})")
        return None


class DeviceFixer(Fixer):
    name = "device"
    kinds = ("device_mismatch",)

    def propose(self, source, d, ctx):
        wanted = d.wanted or "cuda"
        pat = re.compile(r"""(?P<q>['"])(?:%s)(?::\d+)?(?P=q)""" % re.escape(wanted))
        tree = _edit.parse(source)
        if tree is None:
            return None
        lits = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                       and pat.fullmatch(_seg(source, n) or "")), key=lambda n: (n.lineno, n.col_offset), reverse=True)
        new = source
        for n in lits:
            new = _replace_node(new, n, AVAILABLE_DEVICE)
        if new == source:
            if not re.search(r"\bdevice\b", source):
                return None
            new = _edit.prepend(source, f"device = torch.device{AVAILABLE_DEVICE}  # mlintern: {wanted} is not "
                                        f"available here")
        if not re.search(r"^\s*import torch\b", new, re.M):
            new = "import torch\n" + new
        return Fix(new, "use_available_device", f"{wanted!r} -> the available device (CUDA when present, else CPU)",
                   [change("device", ctx.paper_value("device", wanted), "cuda if available else cpu", d.summary)]
                   if wanted == "cuda" else [])


LABEL_PROBE = ("max([int(_v.max()) for _k, _v in list(globals().items()) if not _k.startswith('_') "
               "and _k.lower().startswith(('y', 'label', 'target')) and hasattr(_v, 'max') and hasattr(_v, 'dtype') "
               "and getattr(_v, 'ndim', 0) == 1 and 'int' in str(_v.dtype)] + [-1])")


class LabelCountFixer(Fixer):
    name = "label_count"
    kinds = ("label_count",)

    def propose(self, source, d, ctx):
        seen = ctx.ask(LABEL_PROBE, -1)
        n = max(int(seen) + 1 if isinstance(seen, int) else 0, (d.target or 0) + 1)
        why = f"the data has labels up to {n - 1}: {n} outputs needed"
        occ = [o for o in _edit.occurrences(source, LABEL_PARAMS) if isinstance(o.value, int)]
        if occ:
            o = occ[0]
            new = source
            for x in reversed([x for x in occ if x.name == o.name]):
                new = _edit.replace_value(new, x, str(n))
            return Fix(new, "num_labels", f"{o.name} {o.value} -> {n}",
                       [change(o.name, ctx.paper_value(o.name, o.value), n, why)], {o.name: n})
        layers = [c for c in _edit.calls_named(source, ("Linear",)) if len(c.args) >= 2
                  and isinstance(c.args[1], ast.Constant) and isinstance(c.args[1].value, int)]
        if layers:
            arg = layers[-1].args[1]
            return Fix(_replace_node(source, arg, str(n)), "num_labels", f"output layer {arg.value} -> {n} classes",
                       [change("num_labels", ctx.paper_value(("num_labels", "num_classes"), arg.value), n, why)],
                       {"num_labels": n})
        up = _edit.upstream_value(ctx.upstream, LABEL_PARAMS)
        if up:
            name, old = up
            return Fix(_edit.prepend(source, f"{name} = {n}  # mlintern: {why} (was {old})"), "num_labels",
                       f"{name} {old} -> {n}", [change(name, ctx.paper_value(name, old), n, why)], {name: n})
        return None
