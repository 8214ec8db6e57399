"""Tokenizer issues: a GPT-2-style tokenizer has no pad token -> use EOS, or add a [PAD]."""
from __future__ import annotations

import ast

from . import _edit
from .base import Fix, Fixer


def _tokenizer_name(source: str, line: int | None) -> str | None:
    calls = _edit.calls_on_line(source, line) if line else []
    calls += _edit.calls_named(source, ("DataCollatorWithPadding", "DataCollatorForLanguageModeling"))
    for c in calls:
        for k in c.keywords:
            if k.arg in ("tokenizer", "processing_class") and isinstance(k.value, ast.Name):
                return k.value.id
    for c in calls:
        f = c.func
        if isinstance(f, ast.Name) and "tok" in f.id.lower():
            return f.id
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and "tok" in f.value.id.lower():
            return f.value.id
    tree = _edit.parse(source)
    names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and "tok" in n.id.lower()}) if tree else []
    return names[0] if names else None


def _statement_start(source: str, line: int) -> int:
    tree = _edit.parse(source)
    best = None
    for n in ast.walk(tree) if tree else []:
        if isinstance(n, ast.stmt) and n.lineno <= line <= (n.end_lineno or n.lineno):
            if best is None or n.lineno >= best.lineno:
                best = n
    return best.lineno if best else line


class PadTokenFixer(Fixer):
    name = "pad_token"
    kinds = ("tokenizer",)

    def propose(self, source, d, ctx):
        tok = _tokenizer_name(source, d.line)
        if not tok or f"{tok}.pad_token =" in source:
            return None
        block = (f"if {tok}.pad_token is None:  # mlintern: no pad token (GPT-2 style); pad with EOS, else add [PAD]\n"
                 f"    if {tok}.eos_token is not None:\n"
                 f"        {tok}.pad_token = {tok}.eos_token\n"
                 f"    else:\n"
                 f"        {tok}.add_special_tokens({{'pad_token': '[PAD]'}})")
        line = _statement_start(source, d.line) if d.line else None
        if line:
            new = _edit.insert_before_line(source, line, block)
        else:
            new = source.rstrip("\n") + "\n" + block + "\n"
        return Fix(new, "pad_token", f"{tok}.pad_token = {tok}.eos_token (or a new [PAD] token)")
