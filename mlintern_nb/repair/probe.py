"""Facts from the live kernel: after a failure, before proposing anything, ask the same kernel (read-only).

One helper function is defined in the kernel (silently, under a private name) and called once per
attempt through ``user_expressions``; it returns plain literals only. For every name the failing
cell (and the cells that feed it) use that exists in the kernel: type, shape, dtype, device, value
range of integer tensors (labels), ``len`` of tokenizers and their pad token, the modules of a model
(names, classes, sizes, parameter dtype/device), DataFrame columns, dict entries with scalar values,
and scalars. Plus ``inspect.signature`` of the calls on the failing line, and host-side: files in
the workspace near a missing path. Every fact is recorded in the attempt (review widget, report).
"""
from __future__ import annotations

import ast
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

HELPER = r'''
def _mlintern_probe(names, calls):
    import inspect, sys
    ns = get_ipython().user_ns
    torch = sys.modules.get("torch")
    out = {}
    def tensor(v):
        d = {"type": "tensor", "shape": list(v.shape), "dtype": str(v.dtype).replace("torch.", ""),
             "device": v.device.type}
        if v.dim() <= 2 and v.numel() and not v.is_floating_point() and not v.is_complex() and v.dtype != torch.bool:
            d["min"], d["max"], d["unique"] = int(v.min()), int(v.max()), int(v.unique().numel())
        return d
    def module(v):
        d = {"type": "module", "class": type(v).__name__, "params": int(sum(p.numel() for p in v.parameters()))}
        ps = list(v.parameters())
        if ps:
            d["dtype"], d["device"] = str(ps[0].dtype).replace("torch.", ""), ps[0].device.type
        leaves = {}
        for n, m in v.named_modules():
            if not list(m.children()):
                n = n or "(self)"
                size = {k: getattr(m, k) for k in ("in_features", "out_features", "in_channels", "out_channels",
                        "num_embeddings", "embedding_dim", "nf", "num_features") if isinstance(getattr(m, k, None), int)}
                leaves[n] = [type(m).__name__, size]
            if len(leaves) >= 400:
                break
        d["leaves"] = leaves
        cfg = getattr(v, "config", None)
        if cfg is not None and hasattr(cfg, "to_dict"):
            d["config"] = {k: x for k, x in cfg.to_dict().items() if isinstance(x, (int, float, str, bool)) and
                           k in ("vocab_size", "num_labels", "hidden_size", "max_position_embeddings", "n_positions",
                                 "model_type", "pad_token_id", "n_embd", "d_model", "dim")}
        return d
    for name in names:
        if name not in ns or name.startswith("_"):
            continue
        v = ns[name]
        try:
            if torch is not None and isinstance(v, torch.Tensor):
                out[name] = tensor(v)
            elif torch is not None and isinstance(v, torch.nn.Module):
                out[name] = module(v)
            elif torch is not None and isinstance(v, torch.device):
                out[name] = {"type": "device", "value": str(v)}
            elif hasattr(v, "columns") and hasattr(v, "shape"):
                out[name] = {"type": "dataframe", "shape": list(v.shape), "columns": [str(c) for c in list(v.columns)[:200]]}
            elif hasattr(v, "dtype") and hasattr(v, "shape"):
                out[name] = {"type": "array", "shape": list(v.shape), "dtype": str(v.dtype)}
            elif hasattr(v, "convert_tokens_to_ids") and hasattr(v, "__len__"):
                out[name] = {"type": "tokenizer", "len": len(v), "vocab_size": getattr(v, "vocab_size", None),
                             "pad_token": getattr(v, "pad_token", None), "eos_token": getattr(v, "eos_token", None),
                             "pad_token_id": getattr(v, "pad_token_id", None)}
            elif isinstance(v, dict):
                out[name] = {"type": "dict", "items": {str(k): x for k, x in list(v.items())[:50]
                                                       if isinstance(x, (int, float, str, bool, type(None)))}}
            elif isinstance(v, (int, float, str, bool)) and not isinstance(v, type):
                out[name] = {"type": type(v).__name__, "value": v if not isinstance(v, str) else v[:200]}
            elif isinstance(v, (list, tuple)):
                out[name] = {"type": type(v).__name__, "len": len(v)}
            elif callable(v) and not isinstance(v, type):
                out[name] = {"type": "callable"}
        except Exception as exc:
            out[name] = {"type": "error", "error": str(exc)[:100]}
    sigs = {}
    for expr in calls:
        try:
            obj = eval(expr, ns)
            sigs[expr] = [[p.name, p.kind.name, p.default is inspect.Parameter.empty]
                          for p in inspect.signature(obj).parameters.values()]
        except Exception:
            pass
    return {"names": out, "signatures": sigs,
            "cuda": bool(torch is not None and torch.cuda.is_available())}
'''


@dataclass
class Facts:
    """What the kernel knows about the values the failing cell uses."""

    names: dict = field(default_factory=dict)        # name -> {type, shape, dtype, ...}
    signatures: dict = field(default_factory=dict)   # call expression -> [[param, kind, required], ...]
    files: list = field(default_factory=list)        # workspace files near a missing path
    cuda: bool = False
    seconds: float = 0.0

    def of(self, kind: str) -> dict:
        return {n: f for n, f in self.names.items() if f.get("type") == kind}

    def lines(self) -> list[str]:
        """One human-readable line per fact (what the report and the review widget show)."""
        out = []
        for n, f in self.names.items():
            t = f.get("type")
            if t == "tensor":
                extra = f", labels {f['min']}..{f['max']} ({f['unique']} distinct)" if "min" in f else ""
                out.append(f"{n}: tensor {f['shape']} {f['dtype']} on {f['device']}{extra}")
            elif t == "module":
                leaves = ", ".join(f"{k}={v[0]}{v[1] or ''}" for k, v in list(f.get("leaves", {}).items())[:6])
                cfg = f" config {f['config']}" if f.get("config") else ""
                out.append(f"{n}: {f['class']} ({f['params']} params, {f.get('dtype', '?')} on {f.get('device', '?')})"
                           f"{cfg}; modules {leaves}")
            elif t == "tokenizer":
                out.append(f"{n}: tokenizer len {f['len']} (vocab_size {f['vocab_size']}, pad {f['pad_token']!r})")
            elif t == "dataframe":
                out.append(f"{n}: DataFrame {f['shape']} columns {f['columns'][:8]}")
            elif t in ("dict", "device", "int", "float", "str", "bool"):
                out.append(f"{n}: {t} {f.get('items', f.get('value'))!r}"[:200])
        out += [f"signature {k}({', '.join(p[0] for p in v)})" for k, v in self.signatures.items()]
        out += [f"workspace file: {p}" for p in self.files[:10]]
        return out

    def as_dict(self) -> dict:
        return {"names": self.names, "signatures": self.signatures, "files": self.files[:20],
                "seconds": round(self.seconds, 3)}


def used_names(source: str) -> list[str]:
    """Names read or written by a cell, in order of first appearance."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    seen: dict[str, None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            seen.setdefault(node.id, None)
    return list(seen)


def call_exprs(source: str, line: int | None) -> list[str]:
    """The callable expressions of the calls on the failing line (``F.cross_entropy``, ``nn.Linear``, ...)."""
    if not line:
        return []
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and n.lineno <= line <= (n.end_lineno or n.lineno):
            seg = ast.get_source_segment(source, n.func) or ""
            if seg and "(" not in seg and seg not in out:
                out.append(seg)
    return out[:8]


def workspace_files(cwd: str, missing: str, limit: int = 400) -> list[str]:
    """Files and folders under ``cwd`` whose name resembles the missing path's last part (host side)."""
    if not missing or not cwd or not os.path.isdir(cwd):
        return []
    base = os.path.basename(missing.rstrip("/")).lower()
    stem = os.path.splitext(base)[0]
    found, n = [], 0
    for root, dirs, files in os.walk(cwd):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in dirs + files:
            n += 1
            low = name.lower()
            if low == base or os.path.splitext(low)[0] == stem:
                found.append(os.path.relpath(os.path.join(root, name), cwd))
        if n > limit:
            break
    return sorted(found, key=lambda p: (p.count(os.sep), p))


def probe(run_code, ask, source: str, upstream: list[str], line: int | None, cwd: str = "",
          missing_path: str = "") -> Facts:
    """Collect :class:`Facts`. ``run_code(code)`` executes silently in the kernel; ``ask(expr)`` evaluates one
    expression there and returns its literal value (or None)."""
    t = time.monotonic()
    names = used_names(source)
    for src in upstream[-3:]:                     # the cells that feed this one (configs, devices, data)
        names += [n for n in used_names(src) if n not in names]
    facts = Facts()
    try:
        run_code(HELPER)
        got = ask(f"_mlintern_probe({names[:80]!r}, {call_exprs(source, line)!r})")
    except Exception:  # a kernel that cannot answer: propose from the source alone
        got = None
    if isinstance(got, dict):
        facts.names, facts.signatures, facts.cuda = got.get("names", {}), got.get("signatures", {}), got.get("cuda", False)
    if missing_path:
        facts.files = workspace_files(cwd, missing_path)
    facts.seconds = time.monotonic() - t
    return facts


def parent_dirs(path: str) -> list[str]:
    p = Path(path)
    return [str(x) for x in p.parents if str(x) not in (".", "/")]
