"""Hardware suggestion for the full profile: parameter count, memory estimate, launch commands.
The model-specific parts (parameter count, activations) come from the family's recipe."""
from __future__ import annotations


def suggestion(recipe, arch: dict, batch_size: int | None, seq_len: int | None, lora: bool | None = None,
               params: int | None = None) -> dict:
    """``recipe``: a Recipe or a family name. ``lora`` overrides the recipe's trainable fraction; ``params``
    is the counted size of the model the notebook builds (else the recipe's analytic estimate)."""
    if isinstance(recipe, str):
        from .registry import get
        family, recipe = recipe, get(recipe)
        if recipe is None:
            from ..errors import PlanError
            raise PlanError(f"no recipe for {family!r}: no hardware estimate", family=family)
    n = int(params) if params else recipe.param_count(arch)
    frac = recipe.trainable_fraction if lora is None else (0.005 if lora else 1.0)
    trainable = n * frac if frac != 1.0 else n
    # fp32 weights (4 B) + grads and AdamW states (12 B) for what trains, + activations (rough)
    state = 4 * n + 12 * trainable
    act = recipe.activation_bytes(arch, batch_size, seq_len)
    total_gb = (state + act) / 2 ** 30
    if total_gb <= 20:
        fit = "single GPU (>= 24 GB)"
        cmd = "papermill repro.ipynb out.ipynb -p profile full"
    elif total_gb <= 8 * 70:
        fit = "one node, several GPUs (accelerate / notebook_launcher, DDP or FSDP)"
        cmd = ("jupyter nbconvert --to script repro.ipynb && accelerate launch --multi_gpu --num_processes 8 repro.py  "
               "# or, in the notebook: from accelerate import notebook_launcher")
    else:
        fit = "several nodes (FSDP / DeepSpeed ZeRO-3)"
        cmd = ("jupyter nbconvert --to script repro.ipynb && torchrun --nnodes 4 --nproc_per_node 8 "
               "--rdzv_backend c10d --rdzv_endpoint $HEAD:29500 repro.py")
    return {"params": n, "trainable": int(trainable), "memory_gb": round(total_gb, 1), "fits": fit, "command": cmd}


def markdown(s: dict) -> str:
    return (f"**Hardware for `full`.** about {_count(s['params'])} parameters ({_count(s['trainable'])} trained); "
            f"training memory estimate ≈ {s['memory_gb']} GB "
            f"(fp32 weights + AdamW states + activations at the paper's batch). Suggested: {s['fits']}.\n\n"
            f"```bash\n{s['command']}\n```\n\nThe smoke profile runs on one CPU core in about a minute.")


def _count(n: int) -> str:
    return f"{n / 1e9:,.1f} B" if n >= 1e9 else (f"{n / 1e6:,.1f} M" if n >= 1e6 else f"{n / 1e3:,.1f} k")
