"""Keep model input as data and model output as checked code or validated JSON.

* Untrusted text (paper pages, tracebacks, cell sources) is wrapped in a block
  ``<<<KIND-nonce ... KIND-nonce>>>`` whose nonce is random per prompt, so text
  inside cannot close the block; the system prompt says block contents are
  data, never instructions.
* Model output is never executed on the host. Code is only returned as a
  string (for the sandbox kernel) after :func:`extract_code` (fences stripped,
  ``ast.parse`` passes) and :func:`screen_code` (no shell-outs, file
  deletion, process or network access — an ML cell needs none of them).
"""
from __future__ import annotations

import ast
import re
import secrets

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)```", re.S)


def new_nonce() -> str:
    return secrets.token_hex(4)


def data_block(kind: str, text: str, nonce: str) -> str:
    """``text`` as an inert, delimited block the model is told to treat as data."""
    tag = f"{kind.upper()}-{nonce}"
    body = (text or "").replace("<<<", "< < <").replace(">>>", "> > >")
    return f"<<<{tag}\n{body}\n{tag}>>>"


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text or "")


def truncate_middle(text: str, head: int = 1500, tail: int = 2500) -> str:
    """Head and tail of a long traceback (the call site and the actual error), middle elided."""
    text = strip_ansi(text)
    if len(text) <= head + tail + 40:
        return text
    cut = len(text) - head - tail
    return f"{text[:head]}\n... [{cut} characters elided] ...\n{text[-tail:]}"


_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.S | re.I)


def strip_reasoning(reply: str) -> str:
    """Drop ``<think>...</think>`` blocks that reasoning models (DeepSeek-R1, QwQ, ...) put before the answer."""
    text = _THINK.sub("", reply or "")
    if re.match(r"\s*<think>", text, re.I):  # unterminated: the answer never came
        return ""
    return text


def extract_code(reply: str) -> str | None:
    """The Python code in a reply: the (largest python) fenced block, else the whole reply.

    Returns ``None`` when the result does not parse with ``ast.parse``.
    """
    reply = strip_reasoning(reply)
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(reply)]
    if blocks:
        py = [b for lang, b in blocks if lang in ("python", "py", "python3", "")] or [b for _, b in blocks]
        code = max(py, key=len)
    else:
        code = (reply or "").strip()
        if code.startswith("```"):  # unterminated fence
            code = code.split("\n", 1)[1] if "\n" in code else ""
    code = code.strip("\n").rstrip() + "\n"
    if not code.strip():
        return None
    try:
        ast.parse(code)
    except SyntaxError:
        return None
    return code


# names whose call is refused in model-written cells
_BANNED_CALLS = {
    "os.system", "os.popen", "os.remove", "os.unlink", "os.rmdir", "os.removedirs", "os.kill", "os.killpg",
    "os.execv", "os.execve", "os.execvp", "os.spawnl", "os.spawnv", "os.fork", "os.chmod", "os.chown",
    "os.rename", "os.replace", "os.truncate", "shutil.rmtree", "shutil.move", "shutil.chown",
    "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen",
    "subprocess.getoutput", "subprocess.getstatusoutput", "pty.spawn", "eval", "exec", "compile", "__import__",
    "importlib.import_module", "socket.socket", "socket.create_connection", "urllib.request.urlopen",
    "requests.get", "requests.post", "ctypes.CDLL",
}
_BANNED_ATTRS = {"system", "rmtree", "unlink", "rmdir", "Popen", "getoutput", "run_line_magic", "run_cell_magic",
                 "urlopen"}
_BANNED_MODULES = {"subprocess", "socket", "ctypes", "pty", "requests", "urllib.request", "http.client",
                   "ftplib", "smtplib", "paramiko", "telnetlib"}


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    elif isinstance(node, ast.Call):
        parts.append(_dotted(node.func) + "()")
    return ".".join(reversed(parts))


def screen_code(code: str) -> list[str]:
    """Reasons this model-written code must not run (empty list: it may go to the kernel)."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return [f"syntax error: {exc.msg} (line {exc.lineno})"]
    found: list[str] = []
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
                if a.name in _BANNED_MODULES or a.name.split(".")[0] in _BANNED_MODULES:
                    found.append(f"imports {a.name}")
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if mod in _BANNED_MODULES or mod.split(".")[0] in _BANNED_MODULES:
                found.append(f"imports from {mod}")
            for a in node.names:
                aliases[a.asname or a.name] = f"{mod}.{a.name}"
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            head, _, rest = name.partition(".")
            full = f"{aliases.get(head, head)}.{rest}" if rest else aliases.get(head, head)
            if full in _BANNED_CALLS or name in _BANNED_CALLS:
                found.append(f"calls {full}()")
            elif isinstance(node.func, ast.Attribute) and node.func.attr in _BANNED_ATTRS:
                found.append(f"calls .{node.func.attr}()")
        elif isinstance(node, ast.Attribute) and node.attr in {"rmtree", "system", "Popen"}:
            found.append(f"uses .{node.attr}")
    text = code
    if re.search(r"rm\s+-[a-zA-Z]*[rf]", text):
        found.append("contains an 'rm -rf' command string")
    if "get_ipython" in text:
        found.append("drives IPython (shell escapes / magics)")
    seen, out = set(), []
    for f in found:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out
