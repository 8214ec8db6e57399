"""Candidate fixes, not one guess: every diagnosis yields several small edits, ranked, each validated by running it.

A candidate rewrites the failing cell. Where the offending value was created in an earlier cell
(found from the notebook's def/use chain and the kernel's facts) the edit re-binds it at the top
of the failing cell — cast at the source, not at the symptom. Ranking: fewest paper settings
changed first, then the generator's own order. The rule fixers' proposal and the LLM engine's (when
configured) join the list and go through the same validation.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from .fixers import _edit
from .fixers.base import change
from .probe import Facts

AVAILABLE = '("cuda" if torch.cuda.is_available() else "cpu")'
FLOAT_LIKE = ("float64", "double", "int64", "long", "int32", "int", "bool", "uint8", "int16", "float16", "half")


@dataclass
class Candidate:
    source: str
    step: str
    note: str
    changes: list = field(default_factory=list)
    renamed: dict = field(default_factory=dict)
    order: int = 0                                   # the generator's own preference (lower first)
    origin: str = "facts"                            # facts | rule:<fixer> | llm

    def rank(self) -> tuple:
        return (len(self.changes), self.order)

    def summary(self) -> dict:
        return {"step": self.step, "note": self.note, "origin": self.origin, "changes": len(self.changes)}


def _seg(source: str, node) -> str:
    return ast.get_source_segment(source, node) or ""


def _tree(source: str):
    try:
        return ast.parse(source)
    except SyntaxError:
        return None


def rebind(source: str, name: str, expr: str, why: str) -> str:
    """Re-bind ``name`` in the failing cell: right after the cell's own assignment of it, else at its top."""
    tree = _tree(source)
    if tree is not None:
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, (ast.AnnAssign, ast.AugAssign)) else []
            names = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
            if name in names:
                return _edit.insert_after_statement(source, node.lineno, f"{name} = {expr}  # mlintern: {why}")
            if isinstance(node, ast.For) and name in {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}:
                return _edit.insert_before_line(source, node.body[0].lineno, f"{name} = {expr}  # mlintern: {why}")
    return _edit.prepend(source, f"{name} = {expr}  # mlintern: {why}")


def read_names(source: str) -> list[str]:
    tree = _tree(source)
    if tree is None:
        return []
    seen: dict = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load):
            seen.setdefault(n.id, None)
    return list(seen)


def line_names(source: str, line: int | None) -> list[str]:
    if not line:
        return []
    tree = _tree(source)
    if tree is None:
        return []
    return list(dict.fromkeys(n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
                              and getattr(n, "lineno", 0) <= line <= getattr(n, "end_lineno", 0)))


# ----------------------------------------------------------------------------------------------- dtype
CAST = {"float": ".float()", "long": ".long()"}


def _wanted_dtype(ev: str) -> tuple[str, set]:
    """(cast to, dtypes that are wrong) from the error text."""
    low = ev.lower()
    if "indices" in low and ("long" in low or "int" in low):
        return "long", {"float32", "float64", "float16"}
    if re.search(r"expected (?:target dtype to be|scalar type) long", low) or "with class probabilities, got long" in low:
        return ("long", {"float32", "float64"}) if "probabilities" not in low else ("float", {"int64"})
    if "can't be cast to the desired output type long" in low or "found dtype long but expected float" in low:
        return "float", {"int64", "int32", "bool"}
    m = re.search(r"must have the same dtype, but got (\w+) and (\w+)", ev)
    if m:
        return "float", {_tname(m.group(1))}
    return "float", {"float64", "int64", "int32", "bool", "uint8"}


def _tname(t: str) -> str:
    return {"double": "float64", "float": "float32", "long": "int64", "int": "int32", "bool": "bool",
            "half": "float16", "byte": "uint8"}.get(t.lower(), t.lower())


def dtype_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    ev = f"{d.ename}: {d.evalue}"
    if d.kind != "dtype_mismatch" and not re.search(r"dtype|scalar type|Input type \(\w+\) and bias|result type \w+ can.t be cast", ev):
        return []
    to, wrong = _wanted_dtype(d.evalue)
    m = re.search(r"Input type \((\w+)\) and bias type \((\w+)\)", d.evalue)
    if m:
        to, wrong = "float", {_tname(m.group(1))}
    out: list[Candidate] = []
    on_line = set(line_names(source, d.line))
    names = [n for n in read_names(source) + list(facts.names) if n in facts.names]
    for k, name in enumerate(dict.fromkeys(names)):
        f = facts.names[name]
        if f.get("type") == "tensor" and f.get("dtype") in wrong:
            why = f"{name} is {f['dtype']}; cast where it comes from"
            out.append(Candidate(rebind(source, name, f"{name}{CAST[to]}", why), "cast_source",
                                 f"{name} ({f['dtype']}) -> {to} at its source", order=0 if name in on_line else 1))
        if f.get("type") == "module" and f.get("dtype") == "float64" and "float64" not in wrong | {"int64"}:
            why = f"{name}'s parameters are float64; the data and the paper are float32"
            out.append(Candidate(rebind(source, name, f"{name}.float()", why), "model_float32",
                                 f"{name}.float()", order=0))
    tree = _tree(source)   # tensors built from numpy in this cell: ask for float32 there
    if tree is not None and to == "float":
        for c in ast.walk(tree):
            if isinstance(c, ast.Call) and _edit.call_name(c).split(".")[-1] in ("tensor", "from_numpy", "as_tensor") \
                    and not any(k.arg == "dtype" for k in c.keywords) and c.args:
                new = _edit.replace_span(source, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset,
                                         f"{_seg(source, c)}.float()")
                out.append(Candidate(new, "cast_source", f"{_seg(source, c)[:40]} -> float32", order=2))
    return out


# ----------------------------------------------------------------------------------------------- device
CUDA_TEXT = re.compile(r"not compiled with cuda|no nvidia driver|no cuda gpus|aten_cuda|cuda generator|"
                       r"expected all tensors to be on the same device|is not on the expected device|cuda", re.I)


def device_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    if d.kind != "device_mismatch" and not CUDA_TEXT.search(f"{d.ename} {d.evalue}"):
        return []
    if facts.cuda:
        return []
    new = _all_spellings(source)
    pre = []
    for name in read_names(source):
        f = facts.names.get(name) or {}
        if f.get("type") == "device" and "cuda" in f.get("value", ""):
            pre.append(f"{name} = torch.device{AVAILABLE}")
        elif f.get("type") == "str" and str(f.get("value", "")).startswith("cuda"):
            pre.append(f"{name} = {AVAILABLE}")
        elif f.get("type") == "dict":
            pre += [f"{name}[{k!r}] = {AVAILABLE}" for k, v in f.get("items", {}).items()
                    if isinstance(v, str) and re.fullmatch(r"cuda(:\d+)?", v)]
    for line in reversed(pre):
        new = _edit.prepend(new, line + "  # mlintern: no GPU in this kernel")
    if new == source:
        return []
    if not re.search(r"^\s*import torch\b", new, re.M):
        new = "import torch\n" + new
    ch = [change("device", ctx.paper_value("device", "cuda"), "cuda if available else cpu",
                 "this kernel has no GPU: every spelling of the device moved to the available one")]
    return [Candidate(new, "use_available_device", "every .cuda()/'cuda'/device= -> the available device", ch)]


def _all_spellings(source: str) -> str:
    tree = _tree(source)
    if tree is None:
        return source
    edits = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "cuda" \
                and not (isinstance(n.func.value, ast.Name) and n.func.value.id == "torch"):
            kws = [k for k in n.keywords if k.arg == "non_blocking"]
            extra = "".join(f", {_seg(source, k)}" for k in kws)
            edits.append((n, f"{_seg(source, n.func.value)}.to({AVAILABLE}{extra})"))
        elif isinstance(n, ast.Call) and _edit.call_name(n) in ("torch.cuda.synchronize", "torch.cuda.empty_cache"):
            edits.append((n, f"({_seg(source, n)} if torch.cuda.is_available() else None)"))
        elif isinstance(n, ast.Constant) and isinstance(n.value, str) and re.fullmatch(r"cuda(:\d+)?", n.value):
            edits.append((n, AVAILABLE))
    edits = [e for e in edits if not any(o is not e[0] and _inside(e[0], o) for o, _ in edits)]
    for node, text in sorted(edits, key=lambda e: (e[0].lineno, e[0].col_offset), reverse=True):
        source = _edit.replace_span(source, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, text)
    return source


def _inside(a, b) -> bool:
    return (b.lineno, b.col_offset) <= (a.lineno, a.col_offset) and \
        (a.end_lineno, a.end_col_offset) <= (b.end_lineno, b.end_col_offset)


# ----------------------------------------------------------------------------------------------- generic helpers
def const_int(node, facts: Facts | None = None, env: dict | None = None):
    """The int value of a literal/arithmetic expression (names from ``env``/facts), else None."""
    try:
        names = {k: f["value"] for k, f in (facts.names.items() if facts else []) if f.get("type") == "int"}
        names.update(env or {})
        code = compile(ast.Expression(node), "<expr>", "eval")
        val = eval(code, {"__builtins__": {}}, names)   # noqa: S307 - names are ints only, no builtins
        return val if isinstance(val, int) and not isinstance(val, bool) else None
    except Exception:
        return None


def set_name_or_key(source: str, facts: Facts, ctx, pred, value, why: str, param: str | None = None):
    """Re-bind every variable / dict entry the cell reads whose name or key satisfies ``pred(name, fact_value)``;
    returns (source, changes)."""
    changes = []
    for name in read_names(source):
        f = facts.names.get(name) or {}
        if f.get("type") == "int" and pred(name, f["value"]):
            source = rebind(source, name, _edit.fmt(value), why)
            changes.append(change(param or name, ctx.paper_value(name, f["value"]), value, why))
        elif f.get("type") == "dict":
            for k, v in f.get("items", {}).items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and pred(k, v):
                    source = _edit.prepend(source, f"{name}[{k!r}] = {_edit.fmt(value)}  # mlintern: {why}")
                    changes.append(change(param or k, ctx.paper_value(k, v), value, why))
    return source, changes
