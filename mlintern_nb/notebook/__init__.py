"""mlintern_nb.notebook — headless reproduction and notebook plumbing.

- ``reproduce.py`` — ``reproduce(paper_or_planned_ipynb, out, Options)``: parse → plan → execute → report.
- ``runner.py`` — kernel choice (``resolve_kernel``) and execution with the repair loop (``execute``).
- ``engine.py`` — papermill engine ``mlintern`` (``MLInternEngine``).
- ``manifest.py`` — ``environment_manifest(...)``, ``probe_kernel(...)``.
- ``report.py`` — per-cell report and metrics vs the paper (JSON + markdown).
- ``batch.py`` — several papers in parallel with one summary table.
- ``metadata.py`` — ``nb.metadata.mlintern`` / ``cell.metadata.mlintern`` helpers, atomic writes.
- ``cli.py`` — ``mlintern reproduce``.
"""
