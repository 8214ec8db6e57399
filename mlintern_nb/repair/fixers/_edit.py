"""Small source-editing helpers for the fixers (ast positions, no regex surgery on code)."""
from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass
class Occurrence:
    name: str
    kind: str            # assign | keyword
    lineno: int          # 1-based
    col: int
    end_lineno: int
    end_col: int
    value: object        # the literal value (int/float/str/bool) or None when not a literal
    text: str            # the value's source text


def parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except SyntaxError:
        return None


def _literal(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        return None


def occurrences(source: str, names) -> list[Occurrence]:
    """Literal-valued assignments (``name = 8``, ``name: int = 8``) and keywords (``f(name=8)``) of ``names``."""
    names = set(names)
    tree = parse(source)
    out: list[Occurrence] = []
    if tree is None:
        return out
    for node in ast.walk(tree):
        targets, value = [], None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        for t in targets:
            if isinstance(t, ast.Name) and t.id in names:
                out.append(_occ(source, t.id, "assign", value))
            elif (isinstance(t, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List))
                  and len(t.elts) == len(value.elts)):   # batch_size, lr = 32, 1e-3: one occurrence per name
                for te, ve in zip(t.elts, value.elts):
                    if isinstance(te, ast.Name) and te.id in names:
                        out.append(_occ(source, te.id, "assign", ve))
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg in names:
                    out.append(_occ(source, kw.arg, "keyword", kw.value))
    return sorted(out, key=lambda o: (o.lineno, o.col))


def _occ(source, name, kind, value) -> Occurrence:
    return Occurrence(name, kind, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset,
                      _literal(value), ast.get_source_segment(source, value) or "")


def _offset(lines: list[str], lineno: int, col: int) -> int:
    # ast columns are utf-8 byte offsets
    prefix = sum(len(l) for l in lines[:lineno - 1])
    return prefix + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "ignore"))


def replace_span(source: str, lineno: int, col: int, end_lineno: int, end_col: int, text: str) -> str:
    lines = source.splitlines(True)
    a, b = _offset(lines, lineno, col), _offset(lines, end_lineno, end_col)
    return source[:a] + text + source[b:]


def append_argument(source: str, call: ast.Call, text: str) -> str:
    """Add ``text`` (``"kw=value"``) as the last argument of ``call``."""
    return replace_span(source, call.end_lineno, call.end_col_offset - 1, call.end_lineno, call.end_col_offset - 1,
                        (", " if call.args or call.keywords else "") + text)


def replace_value(source: str, occ: Occurrence, text: str) -> str:
    return replace_span(source, occ.lineno, occ.col, occ.end_lineno, occ.end_col, text)


def upstream_value(upstream: list[str], names) -> tuple[str, object] | None:
    """The last literal assignment of one of ``names`` in the upstream cells: ``(name, value)``."""
    found = None
    for src in upstream:
        for o in occurrences(src, names):
            if o.kind == "assign" and o.value is not None:
                found = (o.name, o.value)
    return found


def prepend(source: str, line: str) -> str:
    """Insert ``line`` after the cell's leading comments / magics / imports."""
    lines = source.splitlines(True)
    i = 0
    tree = parse(source)
    if tree is not None:
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)) or (
                    isinstance(node, ast.Expr) and isinstance(getattr(node, "value", None), ast.Constant)):
                i = node.end_lineno
            else:
                break
    while i < len(lines) and lines[i].lstrip().startswith(("#", "%")) and i == 0:
        i += 1
    if lines and not lines[-1].endswith("\n") and i >= len(lines):
        lines[-1] += "\n"
    return "".join(lines[:i] + [line.rstrip("\n") + "\n"] + lines[i:])


def insert_before_line(source: str, lineno: int, text: str) -> str:
    """Insert ``text`` (one or more lines) before 1-based ``lineno``, with that line's indentation."""
    lines = source.splitlines(True)
    target = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    indent = target[:len(target) - len(target.lstrip())]
    block = "".join(indent + t + "\n" for t in text.splitlines())
    return "".join(lines[:lineno - 1] + [block] + lines[lineno - 1:])


def insert_after_statement(source: str, lineno: int, text: str) -> str:
    """Insert after the (possibly multi-line) statement that contains 1-based ``lineno``."""
    tree = parse(source)
    end = lineno
    if tree is not None:
        for node in ast.walk(tree):
            if isinstance(node, ast.stmt) and node.lineno <= lineno <= (node.end_lineno or node.lineno) \
                    and not isinstance(node, (ast.For, ast.While, ast.With, ast.If, ast.FunctionDef, ast.Try,
                                              ast.ClassDef, ast.AsyncFunctionDef)):
                end = max(end, node.end_lineno or lineno)
    lines = source.splitlines(True)
    if end <= len(lines) and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    target = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    indent = target[:len(target) - len(target.lstrip())]
    block = "".join(indent + t + "\n" for t in text.splitlines())
    return "".join(lines[:end] + [block] + lines[end:])


def calls_on_line(source: str, lineno: int | None) -> list[ast.Call]:
    tree = parse(source)
    if tree is None or not lineno:
        return []
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno <= lineno <= n.end_lineno]


def call_name(call: ast.Call) -> str:
    f = call.func
    parts = []
    while isinstance(f, ast.Attribute):
        parts.append(f.attr)
        f = f.value
    if isinstance(f, ast.Name):
        parts.append(f.id)
    return ".".join(reversed(parts))


def calls_named(source: str, short_names) -> list[ast.Call]:
    tree = parse(source)
    if tree is None:
        return []
    short_names = set(short_names)
    return sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call) and call_name(n).split(".")[-1] in short_names),
                  key=lambda n: (n.lineno, n.col_offset))


def fmt(value) -> str:
    if isinstance(value, float):
        return repr(float(f"{value:.6g}"))
    return repr(value)
