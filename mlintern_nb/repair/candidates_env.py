"""Candidates for files, memory and training-log faults: paths found in the workspace, batch sizes taken
from the allocation that failed, learning-rate changes only after the causes that need no paper change."""
from __future__ import annotations

import ast
import difflib
import os
import re

from .candidates import Candidate, _seg, _tree, read_names
from .fixers import _edit
from .fixers.base import change
from .fixers.memory import ACCUM, BATCH, set_param
from .fixers.training import LR
from .probe import Facts

MISSING = re.compile(r"No such file or directory: '([^']+)'|Parent directory (\S+) does not exist|"
                     r"Repo id must use alphanumeric[^:]*: '([^']+)'|Can't load \w+ for '([^']+)'|"
                     r"\[Errno 2\][^']*'([^']+)'")


def _walk(cwd: str, limit: int = 2000) -> list[str]:
    out = []
    for root, dirs, files in os.walk(cwd or "."):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        out += [os.path.relpath(os.path.join(root, n), cwd) + ("/" if n in dirs else "") for n in dirs + files]
        if len(out) > limit:
            break
    return out


def _string_nodes(source, text):
    tree = _tree(source)
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and (n.value == text or n.value.rstrip("/") == text.rstrip("/"))] if tree else []


def file_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    m = MISSING.search(d.evalue)
    out: list[Candidate] = []
    if m and m.group(2):
        folder = m.group(2)
        line = d.line or 1
        new = _edit.insert_before_line(source, line, f"os.makedirs({folder!r}, exist_ok=True)  # mlintern: the "
                                                     f"folder did not exist")
        if not re.search(r"^\s*import os\b", new, re.M):
            new = "import os\n" + new
        return [Candidate(new, "make_folder", f"create {folder} before writing into it")]
    missing = next((g for g in (m.groups() if m else ()) if g), "") or getattr(d, "path", "")
    if missing:
        nodes = _string_nodes(source, missing)
        if nodes:
            want = missing.strip("./").rstrip("/")
            parts = [p for p in want.split("/") if p]
            files = _walk(ctx.cwd)
            scored = []
            for p in files:
                q = p.rstrip("/")
                qp = q.split("/")
                if qp[-1] == parts[-1]:
                    # how many trailing path parts agree (a Colab/Kaggle prefix is dropped)
                    k = next((i for i in range(1, min(len(qp), len(parts)) + 1) if qp[-i] != parts[-i]),
                             min(len(qp), len(parts)) + 1) - 1
                    scored.append((0, -k, len(qp), q))
                elif qp[-1].lower() == parts[-1].lower():
                    scored.append((1, 0, len(qp), q))
                elif os.path.splitext(qp[-1])[0] == os.path.splitext(parts[-1])[0] and "." in parts[-1]:
                    scored.append((2, 0, len(qp), q))
            for j, (_, _, _, q) in enumerate(sorted(scored)[:3]):
                new = source
                for n in sorted(nodes, key=lambda n: (n.lineno, n.col_offset), reverse=True):
                    new = _edit.replace_span(new, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, repr(q))
                out.append(Candidate(new, "found_path", f"{missing} -> {q} (found in the workspace)", order=j))
    m = re.search(r"KeyError: \"\['([^']+)'\] not found in axis\"|^'([^']+)'$", f"{d.ename}: {d.evalue}") \
        if d.ename == "KeyError" else None
    if m:
        key = m.group(1) or m.group(2)
        for name, f in facts.names.items():
            if f.get("type") == "dataframe":
                close = [c for c in f["columns"] if c.lower() == key.lower()] or \
                    difflib.get_close_matches(key, f["columns"], n=1, cutoff=0.75)
                if close:
                    new = source
                    for n in sorted(_string_nodes(source, key), key=lambda n: (n.lineno, n.col_offset), reverse=True):
                        new = _edit.replace_span(new, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset,
                                                 repr(close[0]))
                    out.append(Candidate(new, "column_name", f"column {key!r} -> {close[0]!r} ({name}'s columns)"))
        if not out and d.line:   # a dict lookup of a key the mapping lacks: an unknown id
            for sub in ast.walk(_tree(source) or ast.Module([], [])):
                if isinstance(sub, ast.Subscript) and sub.lineno == d.line and isinstance(sub.value, ast.Name) \
                        and isinstance(sub.ctx, ast.Load) and not isinstance(sub.slice, ast.Constant):
                    text = f"{sub.value.id}.get({_seg(source, sub.slice)}, 0)"
                    new = _edit.replace_span(source, sub.lineno, sub.col_offset, sub.end_lineno, sub.end_col_offset,
                                             text)
                    out.append(Candidate(new, "unknown_key", f"unknown keys of {sub.value.id} map to 0", order=3))
    return out


# ----------------------------------------------------------------------------------------------- memory
def memory_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    low = f"{d.ename} {d.evalue}".lower()
    if d.kind != "oom" and "can't allocate memory" not in low and "out of memory" not in low:
        return []
    out: list[Candidate] = []
    if ".backward(" not in source and "torch.no_grad" not in source:
        body = "".join("    " + l if l.strip() else l for l in source.splitlines(True))
        out.append(Candidate("with torch.no_grad():  # mlintern: inference keeps no graph\n" + body, "no_grad",
                             "run the cell under torch.no_grad()"))
    new = re.sub(r"(\b\w*(?:running|total)\w*\s*(?:\+=|=\s*\w+\s*\+)\s*)(loss)\b(?!\.item)", r"\1\2.item()", source)
    new = re.sub(r",\s*retain_graph=True", "", new)
    if new != source:
        out.append(Candidate(new, "detach_running_loss", "accumulate loss.item(), not the graph"))
    new = re.sub(r"\(\((\w+)\[:, None, :\] - (\w+)\[None, :, :\]\) \*\* 2\)\.sum\(-1\)", r"torch.cdist(\1, \2) ** 2",
                 source)
    if new != source:
        out.append(Candidate(new, "cdist", "pairwise distances with torch.cdist (no N x M x D tensor)"))
    for k in (1, 2, 3, 4):
        c = _halve(source, facts, ctx, 2 ** k, f"out of memory ({getattr(d, 'device', 'cpu')})")
        if c is not None:
            c.order = k
            out.append(c)
    return out


def _halve(source, facts, ctx, factor, why) -> Candidate | None:
    changes = []
    occ = [o for o in _edit.occurrences(source, BATCH) if isinstance(o.value, int)]
    up = _edit.upstream_value(ctx.upstream, BATCH)
    if occ or up:
        old = occ[0].value if occ else up[1]
        if old // factor < 1:
            return None
        new, name, _ = set_param(source, ctx, BATCH, lambda v: v // factor, "smaller micro-batch for memory")
        changes.append(change(name, ctx.paper_value(name, old), old // factor, why + f": batch / {factor}"))
    else:
        new, changes = source, []
        for name in read_names(source):
            for k, v in (facts.names.get(name, {}).get("items") or {}).items():
                if k in BATCH and isinstance(v, int) and v // factor >= 1:
                    new = _edit.prepend(new, f"{name}[{k!r}] = {v // factor}  # mlintern: {why}")
                    changes.append(change(k, ctx.paper_value(k, v), v // factor, why + f": batch / {factor}"))
                    for ak, av in facts.names[name]["items"].items():
                        if ak in ACCUM and isinstance(av, int):
                            new = _edit.prepend(new, f"{name}[{ak!r}] = {av * factor}  # mlintern: same effective "
                                                     f"batch")
                            changes.append(change(ak, ctx.paper_value(ak, av), av * factor,
                                                  f"keeps the effective batch at {v * av}"))
        return Candidate(new, "halve_batch", f"batch / {factor}, accumulation x {factor}", changes) if changes else None
    acc = [o for o in _edit.occurrences(new, ACCUM) if isinstance(o.value, int)]
    aup = _edit.upstream_value(ctx.upstream, ACCUM)
    if acc or aup:
        aold = acc[0].value if acc else aup[1]
        new, aname, _ = set_param(new, ctx, ACCUM, lambda v: v * factor, "same effective batch")
        changes.append(change(aname, ctx.paper_value(aname, aold), aold * factor,
                              f"keeps the effective batch (batch x accumulation) unchanged"))
    return Candidate(new, "halve_batch", f"batch / {factor}" + (", accumulation x %d" % factor if len(changes) > 1
                                                                   else ""), changes)


# ----------------------------------------------------------------------------------------------- training
def training_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    if d.kind not in ("nan_loss", "divergence") and "nan" not in d.evalue.lower():
        return []
    out: list[Candidate] = []
    why = d.summary or d.kind
    if re.search(r"\.backward\(\)", source) and "zero_grad" not in source:
        new = re.sub(r"(\n[ \t]*)(\w+)\.backward\(\)", r"\1opt.zero_grad(); \2.backward()", source, count=1)
        out.append(Candidate(new, "zero_grad", "zero the gradients every step"))
    new = re.sub(r",\s*reduction=['\"]sum['\"]", "", source)
    if new != source:
        out.append(Candidate(new, "mean_reduction", "mean reduction (the lr is for a mean loss)"))
    new = re.sub(r"torch\.sqrt\(([^()]*(?:\([^()]*\))*[^()]*)\)", r"torch.sqrt(\1 + 1e-12)", source)
    if new != source:
        out.append(Candidate(new, "sqrt_eps", "epsilon inside sqrt (infinite gradient at 0)"))
    for o in _edit.occurrences(source, ("momentum", "beta1")):
        if isinstance(o.value, (int, float)) and o.value >= 1:
            val = float(f"{o.value / 10:.6g}")
            out.append(Candidate(_edit.replace_value(source, o, repr(val)), "momentum_below_one",
                                 f"{o.name} {o.value} -> {val} (must be < 1)",
                                 [change(o.name, ctx.paper_value(o.name, o.value), val, "momentum must be below 1")]))
    for k, f in enumerate((10, 100, 1000)):
        new, ch = _scale_lr(source, facts, ctx, f, why)
        if ch:
            out.append(Candidate(new, "lower_lr", f"learning rate / {f}", ch, order=10 + k))
    return out


def _scale_lr(source, facts, ctx, f, why):
    occ = [o for o in _edit.occurrences(source, LR) if isinstance(o.value, (int, float)) and not isinstance(o.value, bool)]
    up = _edit.upstream_value(ctx.upstream, LR)
    if occ or (up and isinstance(up[1], (int, float))):
        old = occ[0].value if occ else up[1]
        val = float(f"{old / f:.6g}")
        new, name, _ = set_param(source, ctx, LR, lambda v: float(f"{v / f:.6g}"), f"lowered: {why}")
        return new, [change(name, ctx.paper_value(name, old), val, f"{why}: learning rate / {f}")]
    for name in read_names(source):
        for k, v in (facts.names.get(name, {}).get("items") or {}).items():
            if k in LR and isinstance(v, (int, float)) and not isinstance(v, bool):
                val = float(f"{v / f:.6g}")
                return (_edit.prepend(source, f"{name}[{k!r}] = {val!r}  # mlintern: lowered ({why})"),
                        [change(k, ctx.paper_value(k, v), val, f"{why}: learning rate / {f}")])
    return source, []


def timeout_candidates(source, d, facts: Facts, ctx) -> list[Candidate]:
    if d.kind != "timeout":
        return []
    from .fixers.environment import STEPS
    out = []
    for k, f in enumerate((10, 100, 1000)):
        occ = [o for o in _edit.occurrences(source, STEPS) if isinstance(o.value, int) and o.value > 1]
        up = _edit.upstream_value(ctx.upstream, STEPS)
        old = occ[0].value if occ else (up[1] if up and isinstance(up[1], int) else None)
        if not old or old // f < 1:
            break
        new, name, _ = set_param(source, ctx, STEPS, lambda v: max(1, v // f), "cut for the time limit")
        out.append(Candidate(new, "fewer_steps", f"{name} {old} -> {old // f} (cell time limit {d.seconds or '?'} s)",
                             [change(name, ctx.paper_value(name, old), old // f,
                                     f"the cell exceeded its time limit: {f}x fewer steps")], order=k))
    return out
