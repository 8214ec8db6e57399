"""Hardware suggestion for the full profile: parameter count, memory estimate, launch commands."""
from __future__ import annotations

_RESNET_IMAGENET = {18: 11.7e6, 34: 21.8e6, 50: 25.6e6, 101: 44.5e6, 152: 60.2e6}


def param_count(family: str, arch: dict) -> int:
    """Analytic estimate (weights only) of the full-profile model."""
    L, H, V = int(arch.get("num_layers", 12)), int(arch.get("hidden_size", 768)), int(arch.get("vocab_size", 30000))
    if family == "image-classification":
        bb = arch.get("backbone", "resnet")
        if bb == "resnet":
            if arch.get("image_size", 32) > 64 and L in _RESNET_IMAGENET:
                return int(_RESNET_IMAGENET[L])
            w = int(arch.get("width", 16))
            n = max(1, (L - 2) // 6)
            return int(sum(2 * n * 9 * (w * 2 ** i) ** 2 for i in range(3)) + 64 * w * 10)
        if bb == "vit":
            return int(12 * L * H * H + (arch.get("patch_size", 16) ** 2) * 3 * H)
        return int(sum(9 * (int(arch.get("width", 32)) * 2 ** i) ** 2 for i in range(L)))
    per_layer = 12 * H * H
    if family == "seq2seq":
        return int(L * per_layer + L * 16 * H * H + V * H)
    return int(L * per_layer + V * H)


def suggestion(family: str, arch: dict, batch_size: int | None, seq_len: int | None, lora: bool = False) -> dict:
    n = param_count(family, arch)
    trainable = n * 0.005 if lora else n
    # fp32 weights (4 B) + grads and AdamW states (12 B) for what trains, + activations (rough)
    state = 4 * n + 12 * trainable
    if family == "image-classification" and arch.get("backbone") != "vit":
        # fp32 feature maps kept for backward: batch x pixels x width x depth, ~3 tensors per conv layer
        act = (batch_size or 128) * int(arch.get("image_size", 32)) ** 2 * int(arch.get("width", 16)) \
            * int(arch.get("num_layers", 20)) * 4 * 3
    else:
        tokens = (batch_size or 32) * (seq_len or 128) if family != "image-classification" else \
            (batch_size or 128) * (int(arch.get("image_size", 224)) // int(arch.get("patch_size", 16))) ** 2
        act = tokens * int(arch.get("hidden_size", 256)) * int(arch.get("num_layers", 12)) * 34
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
