"""mlintern_nb.repair — read the error, rewrite the failing cell (≤ 5 times), then hand it to the human.

>>> report = run_with_repair(nb, "python3", cwd=".")      # executes + repairs, metadata records every attempt
>>> proposal = repair_cell(source, error_output, context)  # one proposal (for %mlintern fix / the review widget)
"""
from .diagnose import diagnose
from .diagnosis import KINDS, Diagnosis
from .fixers import Fix, Fixer, RepairContext, register, registry
from .loop import RepairRun, run_with_repair
from .proposal import Proposal, repair_cell
from .records import CellReport, RepairReport, unrecorded_changes

__all__ = ["CellReport", "Diagnosis", "Fix", "Fixer", "KINDS", "Proposal", "RepairContext", "RepairReport",
           "RepairRun", "diagnose", "register", "registry", "repair_cell", "run_with_repair", "unrecorded_changes"]
