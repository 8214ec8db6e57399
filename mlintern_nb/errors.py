"""Typed exceptions shared across mlintern_nb.

Every error a user can meet derives from :class:`MLInternError`. Each carries
structured fields (kept as attributes) and renders to *one line a person
understands*; the CLI prints that line and exits with ``exit_code``, never a
traceback. Subpackages define their own subclasses next to the code that
raises them and re-export them here where they cross boundaries.

Exit codes are unique: no two classes define the same ``exit_code`` (tests/test_errors.py checks
it, and that the table in docs/ARCHITECTURE.md lists every one).
"""
from __future__ import annotations


class MLInternError(Exception):
    """Base class. ``exit_code`` is the CLI's exit status for this error."""

    exit_code: int = 1

    def __init__(self, message: str, **fields):
        super().__init__(message)
        self.message = message
        self.fields = fields
        for k, v in fields.items():
            setattr(self, k, v)

    def __str__(self) -> str:  # one line, always
        return " ".join(str(self.message).split())


# ---------------------------------------------------------------- paper input
class PaperReadError(MLInternError):
    """The paper could not be read. Subclasses say why."""

    exit_code = 10

    def __init__(self, path, message: str, **fields):
        super().__init__(message, path=str(path), **fields)


class PaperNotFound(PaperReadError):
    exit_code = 11

    def __init__(self, path):
        super().__init__(path, f"{path}: no such file")


class PaperIsDirectory(PaperReadError):
    exit_code = 12

    def __init__(self, path):
        super().__init__(path, f"{path}: is a directory, not a PDF file")


class NotAPDF(PaperReadError):
    exit_code = 13

    def __init__(self, path, head: bytes = b""):
        super().__init__(path, f"{path}: not a PDF (the file does not start with %PDF-)", head=head)


class CorruptPDF(PaperReadError):
    exit_code = 14

    def __init__(self, path, detail: str = ""):
        msg = f"{path}: the PDF is corrupt or truncated and could not be read"
        if detail:
            msg += f" ({detail})"
        super().__init__(path, msg, detail=detail)


class EncryptedPDF(PaperReadError):
    exit_code = 15

    def __init__(self, path, wrong_password: bool = False):
        msg = (f"{path}: the PDF is encrypted and the password given is wrong" if wrong_password
               else f"{path}: the PDF is encrypted; pass its password with --password")
        super().__init__(path, msg, wrong_password=wrong_password)


class WrongPassword(EncryptedPDF):
    """A password was given and it does not open the PDF (the paper family's codes 10-19 are taken)."""

    exit_code = 9

    def __init__(self, path):
        super().__init__(path, wrong_password=True)


class ScannedPDF(PaperReadError):
    exit_code = 16

    def __init__(self, path, pages: int = 0):
        super().__init__(path, f"{path}: no text layer on any of its {pages} page(s) — it looks scanned; "
                               f"run OCR first (e.g. `ocrmypdf in.pdf out.pdf`)", pages=pages)


class EmptyPDF(PaperReadError):
    exit_code = 17

    def __init__(self, path):
        super().__init__(path, f"{path}: the PDF has no pages")


class PageRangeError(PaperReadError):
    exit_code = 18

    def __init__(self, path, spec: str, pages: int):
        super().__init__(path, f"{path}: page range {spec!r} is not within 1-{pages}", spec=spec, pages=pages)


class PaperTooLarge(PaperReadError):
    exit_code = 19

    def __init__(self, path, pages: int, limit: int):
        super().__init__(path, f"{path}: {pages} pages is more than the limit of {limit}; "
                               f"choose the pages to read with --pages N-M", pages=pages, limit=limit)


# ---------------------------------------------------------------- planning
class PlanError(MLInternError):
    exit_code = 20


class SpecReadError(PlanError):
    exit_code = 21

    def __init__(self, path, detail: str):
        super().__init__(f"{path}: not a PaperSpec JSON ({detail})", path=str(path), detail=detail)


# ---------------------------------------------------------------- notebooks
class NotebookReadError(MLInternError):
    """A notebook given as input could not be read."""

    exit_code = 22

    def __init__(self, path, detail: str):
        super().__init__(f"{path}: not a readable notebook ({detail})", path=str(path), detail=detail)


class NotebookWriteError(MLInternError):
    """The output notebook (or its folder) could not be written."""

    exit_code = 24

    def __init__(self, path, detail: str):
        super().__init__(f"{path}: cannot write the notebook ({detail})", path=str(path), detail=detail)


# ---------------------------------------------------------------- sandbox / kernels
class SandboxError(MLInternError):
    exit_code = 30


class DockerUnavailable(SandboxError):
    """No engine, daemon down, permission denied."""

    exit_code = 31

    def __init__(self, reason: str):
        super().__init__(f"Docker is not available ({reason}); start the Docker daemon, "
                         f"or run with --kernel local (no isolation)", reason=reason)


class ImageNotFound(SandboxError):
    exit_code = 32

    def __init__(self, image: str):
        super().__init__(f"sandbox image {image!r} is not built; run `mlintern kernel build`", image=image)


class KernelDied(SandboxError):
    exit_code = 33

    def __init__(self, exit_code: int | None, container: str = "", detail: str = ""):
        msg = f"the sandbox kernel died (exit code {exit_code})"
        if detail:
            msg += f": {detail}"
        super().__init__(msg, container=container, detail=detail)
        self.exit_code_kernel = exit_code  # the container's exit status


class KernelOOMKilled(KernelDied):
    exit_code = 34

    def __init__(self, limit_bytes: int | None, container: str = "", exit_code: int | None = 137):
        lim = f"{limit_bytes / 2**30:.2f} GiB" if limit_bytes else "its"
        MLInternError.__init__(self, f"the sandbox kernel was killed for using more than {lim} of memory",
                               limit_bytes=limit_bytes, container=container, detail="OOMKilled")
        self.exit_code_kernel = exit_code


# ---------------------------------------------------------------- execution
class CellFailed(MLInternError):
    """A cell raised; mirrors papermill's PapermillExecutionError fields (not nbclient's
    ``CellExecutionError``, which the repair loop catches)."""

    exit_code = 40

    def __init__(self, cell_index: int, ename: str, evalue: str, traceback: list[str] | None = None,
                 exec_count: int | None = None, source: str = ""):
        super().__init__(f"cell {cell_index} raised {ename}: {evalue}", cell_index=cell_index, ename=ename,
                         evalue=evalue, traceback=traceback or [], exec_count=exec_count, source=source)


class CellTimeout(CellFailed):
    exit_code = 41

    def __init__(self, cell_index: int, seconds: float, source: str = ""):
        MLInternError.__init__(self, f"cell {cell_index} did not finish within {seconds:g} s",
                               cell_index=cell_index, ename="CellTimeout", evalue=f"timeout after {seconds:g} s",
                               traceback=[], exec_count=None, source=source, seconds=seconds)


class ReproductionFailed(MLInternError):
    """Headless reproduction ended with a cell still failing after the last attempt."""

    exit_code = 42


class StageFailed(MLInternError):
    """An unexpected error inside another area (parser, planner): one line, not a traceback."""

    exit_code = 44

    def __init__(self, stage: str, exc: BaseException):
        super().__init__(f"{stage} failed unexpectedly ({type(exc).__name__}: {exc}); please report it",
                         stage=stage, error=repr(exc))


class NoErrorInCell(MLInternError):
    """``mlintern fix --cell N`` on a cell without an error output."""

    exit_code = 45

    def __init__(self, index: int):
        super().__init__(f"cell {index} has no error output to repair; run it first (or use --run)", index=index)


# ---------------------------------------------------------------- LLM
class LLMError(MLInternError):
    exit_code = 50


class LLMBudgetExceeded(LLMError):
    exit_code = 51

    def __init__(self, spent_usd: float, budget_usd: float):
        super().__init__(f"LLM budget reached (${spent_usd:.4f} of ${budget_usd:.4f}); continuing offline",
                         spent_usd=spent_usd, budget_usd=budget_usd)


class LLMNotConfigured(LLMError):
    exit_code = 52

    def __init__(self, reason: str = "no LLM endpoint configured"):
        super().__init__(f"{reason}; set MLINTERN_ENGINE=llm and MLINTERN_LLM_BASE_URL "
                         f"(e.g. http://127.0.0.1:11434/v1)", reason=reason)


class LLMUnavailable(LLMError):
    """The endpoint could not be reached or kept failing after the retries."""

    exit_code = 53

    def __init__(self, base_url: str, detail: str, attempts: int = 1, status: int | None = None):
        super().__init__(f"LLM endpoint {base_url} failed after {attempts} attempt(s): {detail}",
                         base_url=base_url, detail=detail, attempts=attempts, status=status)


class LLMResponseError(LLMError):
    """The model answered, but not with valid JSON / code."""

    exit_code = 54

    def __init__(self, what: str, detail: str, excerpt: str = ""):
        super().__init__(f"the LLM's {what} was not usable: {detail}", what=what, detail=detail, excerpt=excerpt)


class LLMCodeRejected(LLMError):
    """Model-written code failed its check (syntax, safety screen, or a trial run in the kernel)."""

    exit_code = 55

    def __init__(self, role: str, reason: str, attempts: int = 1):
        super().__init__(f"LLM-written {role} cell rejected after {attempts} attempt(s): {reason}",
                         role=role, reason=reason, attempts=attempts)


class UsageError(MLInternError):
    """Bad command-line / magic arguments."""

    exit_code = 2
