"""Collect, rank and bound the candidate fixes for one attempt (facts-based generators, the rule fixers, the LLM)."""
from __future__ import annotations

import ast
import logging

from .candidates import Candidate, device_candidates, dtype_candidates
from .candidates_api import adapter_candidates, api_candidates, text_candidates
from .candidates_env import file_candidates, memory_candidates, timeout_candidates, training_candidates
from .candidates_shape import class_weight_candidates, label_candidates, loss_for_target, shape_candidates

log = logging.getLogger(__name__)
MAX_CANDIDATES = 6
GENERATORS = (device_candidates, dtype_candidates, shape_candidates, label_candidates, loss_for_target,
              class_weight_candidates,
              api_candidates, text_candidates, adapter_candidates, file_candidates, memory_candidates,
              training_candidates, timeout_candidates)


def candidates_for(source: str, diag, facts, ctx, rule=None, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Ranked, de-duplicated candidates (at most ``limit``): fewest paper changes first, then each generator's
    own order; ``rule`` is the rule fixers' or the LLM's :class:`~.proposal.Proposal` (it joins the list)."""
    found: list[Candidate] = []
    for gen in GENERATORS:
        try:
            found += gen(source, diag, facts, ctx)
        except Exception as exc:  # a generator's bug must not stop the others
            log.warning("mlintern: candidate generator %s failed: %s", gen.__name__, exc)
    if rule is not None and rule:
        found.append(Candidate(rule.new_source, rule.step or rule.fixer, rule.note, list(rule.changes),
                               dict(rule.renamed or {}), order=5,
                               origin="llm" if rule.fixer == "llm" else f"rule:{rule.fixer}"))
    seen, out = {source}, []
    for c in sorted(found, key=Candidate.rank):
        if c.source in seen or not _parses(c.source):
            continue
        seen.add(c.source)
        out.append(c)
    return out[:limit]


def _parses(source: str) -> bool:
    try:
        from IPython.core.inputtransformer2 import TransformerManager
        source = TransformerManager().transform_cell(source)   # magics are valid in a cell
    except Exception:
        pass
    try:
        ast.parse(source)
        return True
    except SyntaxError:
        return False
