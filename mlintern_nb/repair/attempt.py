"""One repair attempt with validation: probe the kernel, rank candidates, run each from a clean state, keep the
first that passes the failing cell and its dependent cells — preferring the fewest paper changes."""
from __future__ import annotations

import time

from ..nbmeta import Attempt, source_of, unified_diff
from .probe import probe
from .search import candidates_for
from .validate import Validator, out_of_memory

BUDGET_CELL_TIMEOUTS = 8          # seconds spent validating one attempt: at most this many cell time limits


def _missing_path(diag) -> str:
    import re
    m = re.search(r"No such file or directory: '([^']+)'|Repo id[^:]*: '([^']+)'|Can't load \w+ for '([^']+)'",
                  diag.evalue or "")
    return next((g for g in (m.groups() if m else ()) if g), "") or getattr(diag, "path", "")


def validated_attempt(run, i: int, source: str, diag, ctx, prop, number: int, failure):
    """Returns ``(record, accepted, next_source, next_failure)``; ``next_failure`` None: nothing more to try."""
    t0 = time.monotonic()
    upstream = [source_of(c) for c in run.nb.cells[:i] if c.cell_type == "code"]
    facts = probe(run._silent, run._safe_probe, source, upstream, diag.line, cwd=run.cwd,
                  missing_path=_missing_path(diag))
    cands = candidates_for(source, diag, facts, ctx, rule=prop)
    if prop is None or prop.fixer != "llm":      # the LLM engine (when configured) proposes one more candidate
        from .candidates import Candidate
        from .proposal import _llm
        llm = _llm(source, diag, getattr(failure, "error", None), ctx, i)
        if llm and llm not in {c.source for c in cands}:
            cands.append(Candidate(llm, "llm", "rewritten by the LLM engine", order=9, origin="llm"))
    val = Validator(run, i, exhausted=diag.kind == "oom" or out_of_memory(run.failure_text(failure, run.nb.cells[i])))
    budget = BUDGET_CELL_TIMEOUTS * run._timeout_of(run.nb.cells[i])
    trials, accepted = [], None
    for k, cand in enumerate(cands):
        if val.seconds > budget:
            break
        tr = val.trial(k, cand.source)
        trials.append(tr)
        if tr.ok:
            accepted = (cand, tr)
            break
    tried = [c.summary() | t.as_dict() for c, t in zip(cands, trials)]
    extra = {"facts": facts.lines(), "kernel_facts": facts.as_dict(), "candidates": tried,
             "probe_s": round(facts.seconds, 3), "validate_s": round(val.seconds, 3)}
    cell = run.nb.cells[i]
    if accepted is not None:
        cand, tr = accepted
        for j, ran in tr.outputs:               # the kernel now holds exactly this run: keep its outputs
            run.nb.cells[j].outputs = ran.get("outputs", [])
            run.nb.cells[j].execution_count = ran.get("execution_count")
            if j != i:
                run._done.add(j)
        cell.source = cand.source
        rec = Attempt(number, diag.as_dict(), cand.origin + ":" + cand.step, unified_diff(source, cand.source),
                      "fixed", round(time.monotonic() - t0, 3), cand.changes,
                      {"step": cand.step, "note": cand.note, "renamed": cand.renamed, **extra}).to_dict()
        return rec, True, cand.source, None
    # nothing passed: keep the candidate that got furthest (a different error is progress), from a clean state
    val.restore()
    orig_err = run.failure_text(failure, cell)
    best = max(((c, t) for c, t in zip(cands, trials) if t.cell_ok or t.error.split(":")[0] != orig_err.split(":")[0]
                or t.error != orig_err), key=lambda ct: ct[1].score(), default=None)
    same = bool(trials) and all(not t.cell_ok and t.error == orig_err for t in trials)
    outcome = "no_fix" if not cands else "doom_loop" if same else "failed"   # doom loop: every fix, same error
    if best is not None and best[1].cell_ok:
        # the failing cell runs but a later cell that reads its names failed in validation: apply it as the
        # one-guess loop did and let that cell run (and fail, and be reviewed) in its own turn
        cand = best[0]
        cell.source = cand.source
        nxt = run._execute(i)
        rec = Attempt(number, diag.as_dict(), cand.origin + ":" + cand.step, unified_diff(source, cand.source),
                      "fixed" if nxt is None else "failed", round(time.monotonic() - t0, 3), cand.changes,
                      {"step": cand.step, "note": cand.note + " (a dependent cell failed in validation)",
                       "renamed": cand.renamed, **extra}).to_dict()
        return rec, nxt is None, cand.source, nxt
    if best is None or best[0].source in run._tried_sources:
        rec = Attempt(number, diag.as_dict(), None if not cands else "candidates", "", outcome,
                      round(time.monotonic() - t0, 3), [], extra).to_dict()
        return rec, False, source, None
    cand = best[0]
    run._tried_sources.add(cand.source)
    cell.source = cand.source
    nxt = run._execute(i)
    rec = Attempt(number, diag.as_dict(), cand.origin + ":" + cand.step, unified_diff(source, cand.source), "failed",
                  round(time.monotonic() - t0, 3), cand.changes,
                  {"step": cand.step, "note": cand.note, "renamed": cand.renamed, **extra}).to_dict()
    return rec, False, cand.source, nxt
