"""Read what went wrong in a cell: error reply, streams, kernel death, timeout, training log.

``diagnose(...)`` returns one :class:`~mlintern_nb.repair.diagnosis.Diagnosis`
subclass; rules are tried in order, the first that matches wins.
"""
from __future__ import annotations

import math
import re
from typing import Any, Iterable

from . import diagnosis as D

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
CELL_FRAME = re.compile(r"(?:Cell In\s*\[(\d+)\]|Input In \[(\d+)\]|<ipython-input-(\d+)-[0-9a-f]+>)"
                        r"(?:,\s*line\s*(\d+))?")
ARROW_LINE = re.compile(r"^-*>\s*(\d+)\s", re.M)
LOSS = re.compile(r"\bloss['\"]?\s*[:=]?\s*([-+]?(?:nan|inf|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?))", re.I)
SIGKILL_CODES = {-9, 137}


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


# ---------------------------------------------------------------------------- inputs
def _error_fields(error: Any) -> tuple[str, str, list[str]]:
    if error is None:
        return "", "", []
    if isinstance(error, dict):
        return str(error.get("ename", "")), str(error.get("evalue", "")), list(error.get("traceback") or [])
    ename = getattr(error, "ename", None)
    if ename is not None:  # nbclient CellExecutionError / our CellExecutionError
        tb = getattr(error, "traceback", None)
        tb = tb if isinstance(tb, list) else (str(tb).splitlines() if tb else [])
        return str(ename), str(getattr(error, "evalue", "")), tb
    if isinstance(error, BaseException):
        import traceback as _tb
        return type(error).__name__, str(error), _tb.format_exception(error)
    return "", str(error), []


def pinned_line(traceback: list[str], exec_count: int | None = None) -> int | None:
    """1-based line of the failing cell that the traceback points at (the deepest frame in that cell)."""
    line = None
    for frame in traceback:
        text = strip_ansi(frame)
        m = CELL_FRAME.search(text)
        if not m:
            continue
        count = next((int(g) for g in m.groups()[:3] if g), None)
        if exec_count is not None and count is not None and count != exec_count:
            continue
        if m.group(4):
            line = int(m.group(4))
        else:
            arrow = ARROW_LINE.search(text)
            if arrow:
                line = int(arrow.group(1))
    return line


def losses_in(text: str) -> list[float]:
    out = []
    for m in LOSS.finditer(text):
        try:
            out.append(float(m.group(1)))
        except ValueError:
            pass
    return out


def stream_text(outputs: Iterable[dict] | None) -> str:
    parts = []
    for o in outputs or []:
        if o.get("output_type") == "stream":
            t = o.get("text", "")
            parts.append("".join(t) if isinstance(t, list) else str(t))
        elif o.get("output_type") in ("execute_result", "display_data"):
            t = (o.get("data") or {}).get("text/plain", "")
            parts.append("".join(t) if isinstance(t, list) else str(t))
    return "".join(parts)


def error_output(outputs: Iterable[dict] | None) -> dict | None:
    for o in outputs or []:
        if o.get("output_type") == "error":
            return dict(o)
    return None


# ---------------------------------------------------------------------------- main entry
def diagnose(error: Any = None, *, outputs: list[dict] | None = None, source: str = "",
             exec_count: int | None = None, death: Any = None, timeout: float | None = None,
             check_log: bool = True) -> D.Diagnosis:
    """Diagnose a failed (or silently broken) cell.

    ``error``: an nbclient ``CellExecutionError``, an error-output dict, an exception, or None;
    ``outputs``: the cell's outputs (streams are read for NaN/divergence and warnings);
    ``death``: a ``KernelDied``/``KernelOOMKilled`` (from ``sandbox.death_of``) or an exit code;
    ``timeout``: seconds, when the cell was interrupted for running too long.
    """
    if error is None and outputs:
        error = error_output(outputs)
    ename, evalue, tb = _error_fields(error)
    lines = source.splitlines()
    line = pinned_line(tb, exec_count) if tb else None
    base = dict(ename=ename, evalue=" ".join(evalue.split())[:2000], line=line,
                code_line=lines[line - 1].strip() if line and 0 < line <= len(lines) else "")

    if timeout is not None or ename in ("CellTimeoutError", "CellTimeout"):
        secs = timeout if timeout is not None else getattr(error, "seconds", None)
        return D.Timeout(**base, source="timeout", seconds=secs,
                         summary=f"the cell ran longer than {secs:g} s and was interrupted" if secs else
                         "the cell ran too long and was interrupted")
    if death is not None or ename in ("DeadKernelError", "KernelDied", "KernelOOMKilled"):
        return _kernel_death(death if death is not None else error, base)
    if ename:
        d = _from_error(ename, evalue, tb, base, source)
        if d is not None:
            return d
    if check_log:
        d = _from_warnings(warning_text(outputs), base) or _from_log(stream_text(outputs), base)
        if d is not None:
            return d
    if not ename:
        return D.Unknown(**base, source="log", summary="no error found")
    return D.Unknown(**base, summary=f"{ename}: {base['evalue'][:160]}")


def _kernel_death(death: Any, base: dict) -> D.Diagnosis:
    from ..errors import KernelOOMKilled, KernelDied
    if isinstance(death, KernelOOMKilled):
        return D.OutOfMemory(**base | {"source": "kernel"}, device="kernel", limit_bytes=death.limit_bytes,
                             summary=str(death))
    code = death.exit_code_kernel if isinstance(death, KernelDied) else (death if isinstance(death, int) else None)
    if code in SIGKILL_CODES:
        return D.OutOfMemory(**base | {"source": "kernel"}, device="kernel",
                             summary=f"the kernel was killed (SIGKILL, exit {code}): most likely out of memory")
    return D.KernelDeath(**base | {"source": "kernel"}, exit_code=code,
                         summary=f"the kernel died (exit code {code})")


def _ints(text: str) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", text)]


def _from_error(ename: str, evalue: str, tb: list[str], base: dict, source: str) -> D.Diagnosis | None:
    ev = evalue
    low = ev.lower()
    # ----- memory
    if ename in ("OutOfMemoryError",) or "cuda out of memory" in low:
        m = re.search(r"tried to allocate ([\d.]+)\s*(g|m|k)?i?b", low)
        req = int(float(m.group(1)) * {"g": 2**30, "m": 2**20, "k": 2**10, None: 1}[m.group(2)]) if m else None
        return D.OutOfMemory(**base, device="cuda", requested_bytes=req,
                             summary="CUDA out of memory" + (f" (tried to allocate {m.group(0)[17:]})" if m else ""))
    if ename == "MemoryError" or "defaultcpuallocator: can't allocate" in low or "cannot allocate memory" in low:
        m = re.search(r"allocate (\d+) bytes", ev)
        return D.OutOfMemory(**base, device="cpu", requested_bytes=int(m.group(1)) if m else None,
                             summary="out of CPU memory" + (f" (tried to allocate {int(m.group(1)) / 2**30:.1f} GiB)"
                                                            if m else ""))
    # ----- device
    if "torch not compiled with cuda" in low or "found no nvidia driver" in low or "no cuda gpus are available" in low:
        return D.DeviceMismatch(**base, wanted="cuda", available="cpu",
                                summary="the code asks for CUDA, but this kernel has no GPU")
    m = re.search(r"tensor on device (\w+) is not on the expected device (\w+)|expected all tensors to be on the same "
                  r"device.*?(\w+)(?::\d+)? and (\w+)", low)
    if m or "meta tensor" in low:
        wanted = (m.group(1) or m.group(3)) if m else "meta"
        return D.DeviceMismatch(**base, wanted=wanted, available="cpu",
                                summary=f"tensors on different devices ({wanted} vs cpu)")
    # ----- dtype
    m = re.search(r"mat1 and mat2 must have the same dtype, but got (\w+) and (\w+)", ev)
    if m:
        return D.DtypeMismatch(**base, got=m.group(1).lower(), expected=m.group(2).lower(), role="input",
                               summary=f"input is {m.group(1)} but the weights are {m.group(2)}")
    m = re.search(r"expected target dtype to be (\w+)", ev) or re.search(r"expected scalar type (\w+) but found (\w+)", ev)
    if m:
        return D.DtypeMismatch(**base, expected=m.group(1).lower(), got=(m.group(2).lower() if m.lastindex > 1 else ""),
                               role="target", summary=f"the target must be {m.group(1)}")
    if "'indices'" in ev and "scalar types" in ev:
        return D.DtypeMismatch(**base, expected="long", got="float", role="indices",
                               summary="embedding indices must be integers (Long)")
    # ----- shape
    m = re.search(r"mat1 and mat2 shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\)", ev)
    if m:
        a, b, c, d = map(int, m.groups())
        return D.ShapeMismatch(**base, tensors=["mat1", "mat2"], sizes=[[a, b], [c, d]], op="matmul",
                               summary=f"input has {b} features but the layer expects {c}")
    m = re.search(r"shape '\[([-\d, ]+)\]' is invalid for input of size (\d+)", ev)
    if m:
        return D.ShapeMismatch(**base, tensors=["view"], sizes=[_ints_signed(m.group(1)), [int(m.group(2))]], op="view",
                               summary=f"cannot reshape {m.group(2)} elements to [{m.group(1)}]")
    m = re.search(r"weight of size \[([\d, ]+)\], expected input\[([\d, ]+)\] to have (\d+) channels, but got (\d+)", ev)
    if m:
        return D.ShapeMismatch(**base, tensors=["weight", "input"], sizes=[_ints(m.group(1)), _ints(m.group(2))],
                               op="conv", summary=f"conv expects {m.group(3)} input channels, got {m.group(4)}")
    m = re.search(r"expected input batch_size \((\d+)\) to match target batch_size \((\d+)\)", low)
    if m:
        return D.ShapeMismatch(**base, tensors=["input", "target"], sizes=[[int(m.group(1))], [int(m.group(2))]],
                               op="batch", summary=f"input batch {m.group(1)} vs target batch {m.group(2)}")
    m = re.search(r"target (-?\d+) is out of bounds", low)
    if m:
        return D.LabelCountMismatch(**base, target=int(m.group(1)),
                                    summary=f"label {m.group(1)} is out of range for the classifier's outputs")
    # ----- tokenizer
    if "padding token" in low or "pad_token" in low and "tokenizer" in low:
        return D.TokenizerIssue(**base, problem="missing_pad_token",
                                summary="the tokenizer has no padding token")
    # ----- API misuse
    m = re.search(r"([\w.]+)\(\) got an unexpected keyword argument '(\w+)'", ev)
    if ename == "TypeError" and m:
        return D.APIMisuse(**base, callable=m.group(1), keyword=m.group(2),
                           summary=f"{m.group(1)}() has no keyword argument {m.group(2)!r} in the installed version")
    m = re.search(r"([\w.]+)\(\) (takes|missing) ", ev)
    if ename == "TypeError" and m:
        return D.APIMisuse(**base, callable=m.group(1),
                           problem="positional_count" if m.group(2) == "takes" else "missing_argument",
                           summary=f"{m.group(1)}() was called with the wrong arguments")
    m = re.search(r"cannot import name '(\w+)' from '([\w.]+)'", ev)
    if ename == "ImportError" and m:
        return D.MissingModule(**base, module=m.group(2), name=m.group(1),
                               summary=f"{m.group(2)} (installed version) has no {m.group(1)}")
    # ----- missing module / import
    if ename == "ModuleNotFoundError":
        m = re.search(r"No module named '([\w.]+)'", ev)
        mod = m.group(1) if m else ""
        return D.MissingModule(**base, module=mod, summary=f"module {mod!r} is not installed in the kernel")
    if ename == "NameError":
        m = re.search(r"name '(\w+)' is not defined", ev)
        return D.MissingModule(**base, name=m.group(1) if m else "",
                               summary=f"{m.group(1) if m else 'a name'} is not defined (missing import?)")
    # ----- network / hub / data
    if ("couldn't connect to" in low or "offline mode" in low or "hf_hub_offline" in low
            or "we couldn't connect" in low) and ("huggingface" in low or "hub" in low or "offline" in low):
        m = re.search(r"(?:load|find) (?:the )?(?:files|file|dataset|model)?\s*(?:for\s+)?'?([\w./-]+)'?", ev)
        ds = "dataset" in low and ename not in ("OSError",)
        if ds:
            name = _quoted(ev)
            return D.DataNotFound(**base, dataset=name, summary=f"dataset {name!r} needs the Hub, which is offline")
        return D.NetworkBlocked(**base, model_id=_quoted(ev), url="https://huggingface.co",
                                summary="the Hugging Face Hub is not reachable (offline sandbox)")
    if ename in ("URLError", "ConnectionError", "ConnectTimeout", "gaierror", "ConnectionRefusedError", "MaxRetryError",
                 "NewConnectionError", "timeout") or "name or service not known" in low or \
            "temporary failure in name resolution" in low or "network is unreachable" in low:
        m = re.search(r"https?://[^\s'\"]+", ev + " " + " ".join(strip_ansi(t) for t in tb))
        return D.NetworkBlocked(**base, url=m.group(0) if m else "",
                                summary="network access is blocked in the sandbox")
    if ename in ("FileNotFoundError", "DatasetNotFoundError", "EmptyDatasetError") or "no such file" in low:
        m = re.search(r"'([^']+)'", ev) or re.search(r"([\w./~-]+\.\w{1,8})\b", ev)
        if ename == "DatasetNotFoundError" or "dataset" in low and ename != "FileNotFoundError":
            return D.DataNotFound(**base, dataset=_quoted(ev), summary=f"dataset {_quoted(ev)!r} not found offline")
        path = m.group(1) if m else ""
        return D.DataNotFound(**base, path=path, summary=f"file not found: {path}")
    # ----- losses raised as errors
    if re.search(r"\bloss\b.*\b(nan|inf)\b|\b(nan|inf)\b.*\bloss\b", low):
        return D.NaNLoss(**base, summary="the loss became NaN/inf")
    return None


def _quoted(text: str) -> str:
    m = re.search(r"'([^']+)'", text) or re.search(r'"([^"]+)"', text)
    return m.group(1) if m else ""


def _ints_signed(text: str) -> list[int]:
    return [int(x) for x in re.findall(r"-?\d+", text)]


NAN_LINE = re.compile(r"^.*\bloss\b.*?(?<![\w.])(nan|inf|-inf)(?![\w])", re.I | re.M)


def _from_log(text: str, base: dict) -> D.Diagnosis | None:
    losses = losses_in(text)
    if not losses:
        m = NAN_LINE.search(text)   # e.g. "loss (mean of 5 steps) 2.31 -> nan"
        if m:
            return D.NaNLoss(**base | {"source": "log"}, summary=f"the loss became {m.group(1)}: {m.group(0)[:120]}")
        return None
    bad = [i for i, v in enumerate(losses) if math.isnan(v) or math.isinf(v)]
    if bad:
        return D.NaNLoss(**base | {"source": "log"}, losses=_finite(losses[:12]), step=bad[0],
                         summary=f"the loss became {losses[bad[0]]} (printed value #{bad[0] + 1})")
    if len(losses) >= 3:
        first, last, low = losses[0], losses[-1], min(losses)
        if last >= first or (low > 0 and last > 10 * low):
            return D.Divergence(**base | {"source": "log"}, losses=losses[:12],
                                summary=f"the loss did not decrease ({first:.4g} -> {last:.4g})")
    return None


def _finite(xs: list[float]) -> list:
    return [x if math.isfinite(x) else str(x) for x in xs]


BROADCAST = re.compile(r"Using a target size \(torch\.Size\(\[([\d, ]*)\]\)\) that is different to the input "
                       r"size \(torch\.Size\(\[([\d, ]*)\]\)\)")


def _from_warnings(text: str, base: dict) -> D.Diagnosis | None:
    """Warnings that mean the results are wrong although nothing raised."""
    m = BROADCAST.search(text)
    if m:
        target, inp = _ints(m.group(1)), _ints(m.group(2))
        return D.ShapeMismatch(**base | {"source": "warning", "ename": "UserWarning", "evalue": m.group(0)},
                               tensors=["target", "input"], sizes=[target, inp], op="broadcast",
                               summary=f"the loss broadcasts a {inp} prediction against a {target} target "
                                       f"(silently wrong)")
    return None


def warning_text(outputs: Iterable[dict] | None) -> str:
    return "".join("".join(o.get("text", "")) if isinstance(o.get("text"), list) else str(o.get("text", ""))
                   for o in outputs or [] if o.get("output_type") == "stream" and o.get("name") == "stderr")


def training_ok(outputs: list[dict] | None) -> D.Diagnosis | None:
    """A diagnosis when a cell that ran without error printed NaN or non-decreasing losses, or a warning
    that makes its results wrong (a loss broadcasting prediction against target)."""
    base = dict(ename="", evalue="", line=None, code_line="")
    return _from_warnings(warning_text(outputs), base) or _from_log(stream_text(outputs), base)
