"""The in-house fault-injection suite (40 real broken cells in 7 modules), kept as the repair loop's
regression suite; `mlintern bench --suite faults` and tests/test_repair_faults.py run it."""

# the fault categories, one module each (kept here so the CLI can list them without importing the harness)
MODULES = ("oom", "shape", "dtype_device", "api", "tokenizer", "training", "environment")
