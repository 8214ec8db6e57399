"""Kernel cold start and first-cell latency: the sandbox kernel (mlintern-sandbox, Docker) against a
plain local ipykernel (python3), measured in the same run, printed with the ratio (target <= 2x).

    python benchmarks/bench_kernel.py [--repeat 5] [--json]

cold start = KernelManager.start_kernel() until the client's wait_for_ready() returns;
first cell = execute("print(6 * 7)") until the reply and its output arrive;
shutdown   = shutdown_kernel() until the process / container is gone.
Medians over --repeat runs, alternating the two kernels so both see the same machine load.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time


def one(kernel_name: str, cwd: str) -> dict:
    from jupyter_client import KernelManager

    km = KernelManager(kernel_name=kernel_name)
    t0 = time.perf_counter()
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    t1 = time.perf_counter()
    out = []
    reply = kc.execute_interactive("print(6 * 7)", timeout=60,
                                   output_hook=lambda m: out.append(m["content"].get("text", "")))
    t2 = time.perf_counter()
    assert reply["content"]["status"] == "ok" and "".join(out) == "42\n", (reply, out)
    kc.stop_channels()
    km.shutdown_kernel()
    t3 = time.perf_counter()
    return {"cold_start_s": t1 - t0, "first_cell_s": t2 - t1, "shutdown_s": t3 - t2}


def report(runs: dict[str, list[dict]], base: str, other: str, args, title: str, labels: tuple[str, str],
           extra: dict) -> int:
    """Medians of ``runs[base]`` / ``runs[other]`` (each a list of :func:`one` rows), ratio other/base, printed
    as a table (or JSON with ``--json``). Shared with bench_gateway.py."""
    med = {name: {k: statistics.median(r[k] for r in runs[name]) for k in runs[name][0]} for name in (base, other)}
    total = {name: m["cold_start_s"] + m["first_cell_s"] for name, m in med.items()}
    ratio = {k: med[other][k] / med[base][k] for k in med[base]}
    ratio["start_plus_first_cell"] = total[other] / total[base]
    result = {"repeat": args.repeat, "cpus": os.cpu_count(), **extra.get("fields", {}), "median_s": med,
              extra["ratio_key"]: ratio}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    w0, w1 = max(10, len(labels[0])), max(9, len(labels[1]))
    print(f"{title}, median of {args.repeat} (seconds){'':<6} {labels[0]:>{w0}} {labels[1]:>{w1}}   ratio")
    for k, label in (("cold_start_s", "cold start (start -> ready)"), ("first_cell_s", "first cell (execute -> reply)"),
                     ("shutdown_s", "shutdown")):
        print(f"  {label:<40} {med[base][k]:>{w0}.3f} {med[other][k]:>{w1}.3f} {ratio[k]:>6.2f}x")
    print(f"  {'cold start + first cell':<40} {total[base]:>{w0}.3f} {total[other]:>{w1}.3f} "
          f"{ratio['start_plus_first_cell']:>6.2f}x{extra.get('target', '')}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from mlintern_nb.errors import MLInternError
    from mlintern_nb.sandbox import kernel_name_for

    try:
        sandbox = kernel_name_for("sandbox")
    except MLInternError as exc:
        print(f"bench_kernel: {exc}", file=sys.stderr)
        return exc.exit_code
    local = "python3"
    runs: dict[str, list[dict]] = {local: [], sandbox: []}
    with tempfile.TemporaryDirectory(prefix="bench-kernel-") as ws:
        one(sandbox, ws), one(local, ws)  # warm the page cache for both; not counted
        for _ in range(args.repeat):
            for name in (local, sandbox):
                runs[name].append(one(name, ws))
    return report(runs, local, sandbox, args, "kernel latency", ("local ipykernel", "sandbox"),
                  {"ratio_key": "ratio_sandbox_over_local", "target": "  (target <= 2x)"})


if __name__ == "__main__":
    sys.exit(main())
