"""`mlintern bench`: the reproduction table users compare us on.

Suites (each a module with ``run(opts) -> list[dict]`` rows):
- ``papers``    — parse time, extraction F1 vs ground truth, plan produced, optional smoke run
- ``reference`` — BERT/SST-2, ResNet/CIFAR-10, GPT-2/WikiText-2, LoRA + one per other family:
                  first-attempt success, success after repair, attempts, time, loss decrease
- ``faults``    — the repair loop's fault-injection suite: repair rate per category
- ``overhead``  — share of wall time spent outside user code per reproduction
"""
SUITES = ("papers", "reference", "faults", "overhead")


def group_by(rows: list[dict], key: str) -> dict[str, list[dict]]:
    """Rows grouped by ``row[key]``, in first-seen order (per task / per category summaries)."""
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out
