"""The ``%mlintern`` / ``%%mlintern`` magics: dispatch only; parsing in args.py, outputs in display.py."""
from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path

from IPython.core.magic import Magics, line_cell_magic, magics_class
from IPython.display import display

from .. import nbmeta
from ..errors import MLInternError, UsageError
from ..notebook import pipeline
from ..notebook.runner import execute, resolve_kernel
from ..repair import repair_cell
from . import args as A
from .display import AttemptsTable, ErrorLine, Note, PlannedCells, ProposalView, SpecTable, replay, unified_diff
from ..nbmeta import add_header
from .isolate import SandboxCellFailed, notebook_isolated, where_cells_run


class NothingToFix(UsageError):
    def __init__(self, what: str = "no failing cell recorded in this session"):
        super().__init__(f"%mlintern fix: {what}; run the failing cell first or pass its number (In[N])")


def _plain(obj):
    """Dataclass / pydantic / plain object -> JSON-able dict."""
    import dataclasses
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if dataclasses.is_dataclass(obj):
        d = {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        kind = getattr(obj, "kind", None)
        if kind is not None:
            d.setdefault("kind", kind)
        return d
    if hasattr(obj, "model_dump"):
        return _plain(obj.model_dump(mode="json"))
    if hasattr(obj, "__dict__"):
        return {k: _plain(v) for k, v in vars(obj).items() if not k.startswith("_")}
    return repr(obj)


@magics_class
class MLInternMagics(Magics):
    def __init__(self, shell, cfg):
        super().__init__(shell)
        self.cfg = cfg
        self.spec = None          # PaperSpec of the last %mlintern load
        self.planned = None       # planned NotebookNode
        self.planned_path = None  # where it was written
        self.paper_path = None
        self.last_error = None    # {ename, evalue, traceback, source, execution_count}
        self.current_source = ""  # the cell being run (pre_run_cell event)
        self.current_count: int | None = None
        self.errors: dict[int, dict] = {}  # execution count -> the error that cell raised
        self.history: list[dict] = []
        self.session = None       # the notebook's sandbox session (%%mlintern sandbox), started on first use

    # ------------------------------------------------------------------ plumbing
    @line_cell_magic
    def mlintern(self, line: str = "", cell: str | None = None):
        """%mlintern load|fix|status|history|spec|kernel|help …, %%mlintern run|fix (see %mlintern help)."""
        t0 = time.monotonic()
        cmd = (line.split() or ["help"])[0]
        try:
            ns = A.parse(line, cell=cell is not None)
            cmd = ns.command
            result = getattr(self, f"_cmd_{ns.command}")(ns, cell)
            self._log(cmd, line, "ok", t0)
            return result
        except A.HelpRequested as h:
            print(h.text)
        except SandboxCellFailed as exc:  # the cell ends in error (Run All stops), shown as its one line
            self._log(cmd, line, f"error: {exc}", t0)
            raise
        except MLInternError as exc:
            self._log(cmd, line, f"error: {exc}", t0)
            display(ErrorLine(str(exc)))
        except KeyboardInterrupt:
            self._log(cmd, line, "interrupted", t0)
            display(ErrorLine("interrupted"))
        except Exception as exc:  # a bug of ours must still be one line in the user's notebook
            self._log(cmd, line, f"internal error: {exc!r}", t0)
            display(ErrorLine(f"internal error ({type(exc).__name__}: {exc}); "
                              f"please report it with `%mlintern status`"))
        return None

    def _log(self, cmd, line, outcome, t0):
        self.history.append({"at": time.strftime("%H:%M:%S"), "command": cmd, "line": line.strip(),
                             "outcome": outcome, "seconds": round(time.monotonic() - t0, 2)})

    def record_error(self, etype, evalue, tb):
        """Remember the last exception of the user's code (for ``%mlintern fix``)."""
        import traceback as tbmod
        if isinstance(evalue, SandboxCellFailed):
            return  # the sandbox's own error was recorded by %%mlintern sandbox
        self.last_error = {"ename": etype.__name__, "evalue": str(evalue),
                           "traceback": tbmod.format_exception(etype, evalue, tb),
                           "source": self.current_source, "execution_count": self.current_count}
        if self.current_count is not None:
            self.errors[self.current_count] = self.last_error

    def pre_run_cell(self, info) -> None:
        """IPython event: remember the source of the cell about to run (for record_error)."""
        self.current_source = getattr(info, "raw_cell", "") or ""
        # In[N] of this cell: the shell has already advanced its counter when pre_run_cell fires
        self.current_count = self.shell.execution_count - 1 if getattr(info, "store_history", False) else None

    def _lab_extension_inserts(self) -> bool:
        """True when a JupyterLab / Notebook 7 front end with the mlintern lab extension is (very likely)
        showing this kernel: the extension inserts the planned cells, so set_next_input would add the
        first one twice. VS Code, Colab, the terminal and nbclient runs get set_next_input."""
        if "__vsc_ipynb_file__" in self.shell.user_ns or os.environ.get("VSCODE_PID") or "google.colab" in sys.modules:
            return False
        if not os.environ.get("JPY_SESSION_NAME"):  # set by jupyter_server for the notebooks it opens
            return False
        from jupyter_core.paths import jupyter_path
        return any((Path(d) / "mlintern-nb" / "package.json").exists() for d in jupyter_path("labextensions"))

    def _notebook_dir(self) -> Path:
        vsc = self.shell.user_ns.get("__vsc_ipynb_file__")
        if vsc:
            return Path(vsc).parent
        sess = os.environ.get("JPY_SESSION_NAME")
        if sess and sess.endswith(".ipynb") and Path(sess).parent.is_dir():
            return Path(sess).parent
        return Path.cwd()

    # ------------------------------------------------------------------ commands
    def _cmd_help(self, ns, cell):
        print(A.help_text().rstrip() + "\n\nConfigure with %config MLIntern.<trait> = value "
              "(e.g. %config MLIntern.max_attempts = 3); see %mlintern status.")

    def _cmd_load(self, ns, cell):
        paper = Path(os.path.expanduser(ns.paper))
        if ns.engine:
            self.cfg.engine = ns.engine
        profile = ns.profile or self.cfg.profile
        out = Path(os.path.expanduser(ns.out)) if ns.out else self._notebook_dir() / f"{paper.stem}.repro.ipynb"
        if out.suffix.lower() != ".ipynb":
            raise UsageError(f"%mlintern load: --out must end in .ipynb (got {out.name})")
        if paper.suffix.lower() == ".ipynb":
            raise UsageError("%mlintern load: give a paper PDF (a planned notebook is opened, not loaded)")
        prep = pipeline.prepare(paper, profile, self.cfg.engine, pages=ns.pages)
        spec, nb, spec_json = prep.spec, prep.nb, prep.spec_json
        self.spec, self.paper_path = spec, paper
        display(SpecTable(spec))
        choice, via_session, line = where_cells_run(ns.kernel or self.cfg.kernel)
        if line:
            display(Note(line))
        pipeline.stamp_kernel(nb, choice.name)
        out = _unique(out.resolve())  # never overwrite a notebook (it may be this one, or hold someone's edits)
        nbmeta.write_notebook(nb, out)
        self.planned, self.planned_path = nb, out
        kernel = {"isolated": notebook_isolated(), "session": via_session, "sandbox": choice.kind == "sandbox",
                  "kernel_name": choice.name}
        header = add_header if via_session else None
        display(PlannedCells(nb, spec_json, out, uuid.uuid4().hex, kernel=kernel, header=header))
        first = next((c for c in nb.cells if c.cell_type == "code"), None)
        if first is not None and self.shell is not None and not self._lab_extension_inserts():
            self.shell.set_next_input(header(first.source) if header else first.source, replace=False)
        return None

    def _cmd_run(self, ns, cell):
        import nbformat

        body = cell or ""
        if not body.strip():
            raise UsageError("%%mlintern run: the cell is empty")
        nb = nbformat.v4.new_notebook()
        if ns.context:
            if self.planned is None:
                raise UsageError("%%mlintern run --context: load a paper first (%mlintern load paper.pdf)")
            for c in self.planned.cells:
                c2 = nbformat.from_dict(json.loads(json.dumps(c)))
                if c2.cell_type == "code":
                    c2.outputs, c2.execution_count = [], None
                nb.cells.append(c2)
        user = nbformat.v4.new_code_cell(body)
        user.metadata["mlintern"] = {"role": "user", "generated_sha": None}
        nb.cells.append(user)
        remote = None
        if self.cfg.gateway_url and not ns.kernel:  # %mlintern kernel use remote URL
            from ..notebook.runner import KernelChoice
            from ..sandbox.gateway_run import RemoteRun
            remote = RemoteRun(self.cfg.gateway_url, self._notebook_dir())
            choice = KernelChoice(remote.kernel_name, "remote", remote.info)
        else:
            choice = resolve_kernel(ns.kernel or self.cfg.kernel)
        if choice.warning:
            display(Note(choice.warning))
        nbmeta.offline_env()

        def on_cell(i, c, phase):
            role = nbmeta.role_of(c) or f"cell {i}"
            print(f"[mlintern] {role}: {phase}", flush=True)

        from .stream import OutputStreamer
        with OutputStreamer(nb, cells=[len(nb.cells) - 1]):  # the body's stdout/stderr, live
            try:
                record = execute(nb, choice.name, str(self._notebook_dir()),
                                 max_attempts=ns.max_attempts or self.cfg.max_attempts,
                                 timeout=ns.timeout or self.cfg.cell_timeout, review=self.cfg.review, on_cell=on_cell,
                                 **(remote.execute_kwargs() if remote else {}))
            finally:
                if remote is not None:
                    remote.close(probe=False)  # outputs back into the notebook's directory, kernel shut down
        if remote is not None and remote.lost() is not None:
            raise remote.lost()
        self._show_run(nb, record, body, "%%mlintern run", MLInternError)
        return None

    def _show_run(self, nb, record: dict, body: str, what: str, failed=MLInternError, table: bool = True,
                  wrap=None) -> None:
        """After a run of ``nb`` (the body last): its non-stream outputs, the attempts, a proposal for a
        repaired body (``wrap`` puts a header back on it), and one error line (``failed``) when it still fails."""
        wrap = wrap or (lambda src: src)
        final = nb.cells[-1]
        for out in final.get("outputs", []):
            if out.get("output_type") != "stream":  # streams were shown live
                replay(out)
        if table or record["status"] != "ok" or record.get("attempts_total"):
            display(AttemptsTable(nb, record))
        next_input = table or not self._lab_extension_inserts()  # in JupyterLab the panel holds the proposal
        new_src = nbmeta.source_of(final)
        if new_src != body:
            diff = unified_diff(body, new_src, "cell", "repaired")
            display(ProposalView({"new_source": wrap(new_src), "diff": diff, "fixer": "repair loop",
                                  "diagnosis": (nbmeta.attempts_of(final)[-1].get("diagnosis")
                                                if nbmeta.attempts_of(final) else None)}))
            if next_input:
                self.shell.set_next_input(wrap(new_src), replace=False)
        last = (nbmeta.attempts_of(final) or [{}])[-1]
        if last.get("outcome") == "proposed" and last.get("new_source"):  # MLIntern.review = "stop"
            display(ProposalView({k: last.get(k) for k in ("new_source", "diff", "fixer", "diagnosis", "changes")}
                                 | {"new_source": wrap(last["new_source"])}))
            if next_input:
                self.shell.set_next_input(wrap(last["new_source"]), replace=False)
        if record.get("interrupted"):
            raise failed(f"{what}: interrupted; the outputs so far are above")
        if record["status"] != "ok":
            err = nbmeta.error_output(final) or {}
            self.last_error = {"ename": err.get("ename", "Error"), "evalue": err.get("evalue", ""),
                               "traceback": err.get("traceback", []), "source": new_src,
                               "execution_count": self.shell.execution_count}
            raise failed(f"{what}: still failing after {len(nbmeta.attempts_of(final))} attempt(s): "
                         f"{err.get('ename', '')}: {err.get('evalue', record.get('error', {}).get('message'))}")

    def _cmd_sandbox(self, ns, cell):
        from .sandbox_cmd import run_in_session, session_action
        if cell is None:
            return session_action(self, ns.action)
        return run_in_session(self, ns, cell)

    def _cmd_fix(self, ns, cell):
        if cell is not None and cell.strip():
            source = cell
            error = self._error_of(source)
        elif ns.cell is not None:
            ih = self.shell.user_ns.get("_ih") or []
            if not 0 < ns.cell < len(ih):
                raise UsageError(f"%mlintern fix: no cell In[{ns.cell}] in this session (1-{len(ih) - 1})")
            source = ih[ns.cell]
            error = self.errors.get(ns.cell)  # never re-run a past cell (it may train for an hour)
            if error is None:
                raise NothingToFix(f"In[{ns.cell}] did not raise in this session")
        else:
            if not self.last_error:
                raise NothingToFix()
            source, error = self.last_error["source"], self.last_error
        if error is None:
            raise NothingToFix("that cell runs without an error")
        proposal = _plain(repair_cell(source, error, self._repair_context(source)))
        if not proposal or not proposal.get("new_source") or proposal.get("new_source") == source:
            raise MLInternError(f"%mlintern fix: no fix found for {error.get('ename')}: {error.get('evalue')}")
        if not proposal.get("diff"):
            proposal["diff"] = unified_diff(source, proposal["new_source"], "cell", "fixed")
        display(ProposalView(proposal))
        self.shell.set_next_input(proposal["new_source"], replace=False)
        return None

    def _repair_context(self, source: str) -> dict:
        """What a fixer may know (repair.RepairContext fields): the cells run before, the paper's values,
        and a probe that evaluates an expression in this kernel — where the error happened."""
        ih = [s for s in (self.shell.user_ns.get("_ih") or []) if s and s.strip() != source.strip()]
        paper = {}
        if self.spec is not None:
            for setup in self.spec.training.values():
                for name, g in setup.items():
                    paper.setdefault(name, g.value)

        def probe(expr: str):
            try:
                return eval(expr, self.shell.user_ns)  # noqa: S307 - the user's own kernel, fixers' inspect calls
            except Exception:
                return None

        return {"upstream": ih[-50:], "probe": probe, "paper": paper, "cwd": os.getcwd(),
                "original_source": source}

    def _error_of(self, source: str) -> dict | None:
        """The recorded error when it is this source's, else run the source once here to get it."""
        if self.last_error and self.last_error.get("source", "").strip() == source.strip():
            return self.last_error
        before = self.last_error
        res = self.shell.run_cell(source, store_history=False, silent=False)
        if res.error_in_exec is None:
            self.last_error = before
            return None
        e = res.error_in_exec
        import traceback as tbmod
        return {"ename": type(e).__name__, "evalue": str(e),
                "traceback": tbmod.format_exception(type(e), e, e.__traceback__), "source": source}

    def _cmd_status(self, ns, cell):
        from .._version import __version__
        try:
            ch = resolve_kernel(self.cfg.kernel)
            kernel = f"{ch.name} ({ch.kind}{', isolated' if ch.info.get('isolated') else ', NOT isolated'})"
        except Exception as exc:  # status must always answer
            kernel = f"unavailable: {exc}"
        traits = {k: getattr(self.cfg, k) for k in sorted(self.cfg.trait_names()) if self.cfg.traits()[k].metadata.get(
            "config")}
        traits.pop("llm_prices", None)
        from .sandbox_cmd import session_line
        here = "isolated (the sandbox)" if notebook_isolated() else "NOT isolated (runs as you, network open)"
        lines = [f"mlintern_nb {__version__}", f"kernel: {kernel}", f"this notebook's kernel: {here}",
                 session_line(self),
                 f"paper: {self.paper_path or '(none loaded)'}",
                 f"planned notebook: {self.planned_path or '(none)'}",
                 "last error: " + (f"{self.last_error['ename']}: {self.last_error['evalue']}" if self.last_error
                                   else "(none)"),
                 "config: " + ", ".join(f"{k}={v!r}" for k, v in traits.items())]
        print("\n".join(lines))

    def _cmd_history(self, ns, cell):
        if not self.history:
            print("(no %mlintern commands yet)")
        for h in self.history:
            print(f"{h['at']}  {h['command']:<8} {h['outcome']:<10.60}  {h['seconds']} s  {h['line']}")

    def _cmd_spec(self, ns, cell):
        if self.spec is None:
            raise UsageError("%mlintern spec: no paper loaded; use %mlintern load paper.pdf")
        if ns.json:
            print(self.spec.to_json())
        else:
            display(SpecTable(self.spec))

    def _cmd_kernel(self, ns, cell):
        if ns.action == "ls":
            from jupyter_client.kernelspec import KernelSpecManager
            specs = KernelSpecManager().get_all_specs()
            for name, s in sorted(specs.items()):
                spec = s.get("spec", {})
                prov = (spec.get("metadata") or {}).get("kernel_provisioner", {}).get("provisioner_name", "local")
                print(f"{name:<24} {spec.get('display_name', ''):<32} provisioner: {prov}")
            return None
        if ns.action == "use" and ns.kind == "remote":  # %%mlintern run then runs on that gateway
            from ..sandbox.gateway_run import use_remote
            print(use_remote(self.cfg, ns.url))
            return None
        if ns.action == "info" and self.cfg.gateway_url:
            print(f"kernel: remote, the sandbox of the kernel gateway at {self.cfg.gateway_url}")
            return None
        if ns.action == "use":
            if not ns.kind:
                raise UsageError("%mlintern kernel use: say which: sandbox, local, auto or remote URL")
            choice = resolve_kernel(ns.kind)  # sandbox raises a one-line error when Docker can't run it
            self.cfg.kernel = ns.kind
            self.cfg.gateway_url = ""
        else:
            choice = resolve_kernel(self.cfg.kernel)
        if choice.warning:
            display(Note(choice.warning))
        from .sandbox_cmd import session_line
        print(f"kernel: {choice.name} ({choice.kind}) " + json.dumps(choice.info, default=str))
        print(session_line(self))


def _unique(path: Path) -> Path:
    if not path.exists():
        return path
    for n in range(2, 1000):
        cand = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not cand.exists():
            return cand
    raise UsageError(f"{path}: too many planned notebooks with this name; pass --out")
