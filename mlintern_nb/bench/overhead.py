"""Suite `overhead`: the share of a reproduction's wall time spent outside user code — parsing,
planning, kernel/container start, diagnosis and repair bookkeeping."""
from __future__ import annotations

import time
from pathlib import Path


def default_papers() -> list[Path]:
    return sorted((Path.cwd() / "examples" / "papers").glob("*.pdf"))[:1]


def run(papers: list[Path] | None = None, kernel: str = "local", progress=None) -> list[dict]:
    from ..notebook.pipeline import plan_spec
    from ..paper import parse
    from .runner import run_notebook
    rows = []
    for pdf in papers or default_papers():
        t0 = time.perf_counter()
        spec = parse(pdf)
        t1 = time.perf_counter()
        nb = plan_spec(spec, "smoke", pdf)
        t2 = time.perf_counter()
        res = run_notebook(nb, name=Path(pdf).stem, kernel=kernel)
        wall = (t2 - t0) + res["run_s"]
        user = res["user_code_s"]
        row = {"suite": "overhead", "paper": Path(pdf).name, "kernel": res["kernel"], "ok": res["ok"],
               "parse_s": round(t1 - t0, 3), "plan_s": round(t2 - t1, 3), "run_s": res["run_s"],
               "user_code_s": user, "wall_s": round(wall, 2),
               "overhead_s": round(wall - user, 2), "overhead_share": round((wall - user) / wall, 3) if wall else None}
        rows.append(row)
        if progress:
            progress(row)
    return rows
