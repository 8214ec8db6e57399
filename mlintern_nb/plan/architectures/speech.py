"""Speech encoders with a CTC head from transformers' config classes (random init, no download):
wav2vec 2.0 (``Wav2Vec2Config`` + ``Wav2Vec2ForCTC``), HuBERT (the same encoder, ``HubertForCTC``) and a
Conformer encoder on the same convolutional waveform front-end (``Wav2Vec2ConformerForCTC``, relative
positions), the generic "Conformer / CTC acoustic model".

Sizes: ``num_layers``, ``hidden_size``, ``num_heads``, ``ffn_size``, ``vocab_size`` (CTC output characters),
``conv_dim`` (channels of the waveform front-end's conv layers); the variants are the papers' BASE / LARGE
(and the Conformer's S / M / L). Smoke: the same class with 2 layers, width 64, a 32-channel front-end of the
same strides (20 ms frames) and a short positional convolution."""
from __future__ import annotations

from dataclasses import dataclass

from .base import Builder

# the waveform front-end (7 conv layers, 512 channels, stride 320 = 20 ms frames at 16 kHz)
_CONV = [512] * 7


def _v(layers, hidden, heads, ffn, **kw) -> dict:
    return {"num_layers": layers, "hidden_size": hidden, "num_heads": heads, "ffn_size": ffn, "vocab_size": 32,
            "conv_dim": list(_CONV), **kw}


@dataclass(frozen=True)
class SpeechFamily:
    kind: str
    config: str
    model: str
    variants: dict[str, dict]
    default_variant: str
    fixed: str = ""                          # config arguments every variant carries
    stable: tuple[str, ...] = ()             # variants with a layer-norm front-end and pre-LN blocks


_LARGE = "feat_extract_norm='layer', do_stable_layer_norm=True, conv_bias=True"
FAMILIES = [
    SpeechFamily("wav2vec2", "Wav2Vec2Config", "Wav2Vec2ForCTC",
                 {"base": _v(12, 768, 12, 3072), "large": _v(24, 1024, 16, 4096)}, "base",
                 stable=("large",)),
    SpeechFamily("hubert", "HubertConfig", "HubertForCTC",
                 {"base": _v(12, 768, 12, 3072), "large": _v(24, 1024, 16, 4096),
                  "xlarge": _v(48, 1280, 16, 5120)}, "base",
                 stable=("large", "xlarge")),
    # Conformer S / M / L widths and depths (convolution-augmented Transformer blocks, relative positions);
    # the front-end is the waveform conv stack at the encoder's width, not a spectrogram subsampler
    SpeechFamily("conformer", "Wav2Vec2ConformerConfig", "Wav2Vec2ConformerForCTC",
                 {"small": _v(16, 144, 4, 576, conv_dim=[144] * 7), "medium": _v(16, 256, 4, 1024, conv_dim=[256] * 7),
                  "large": _v(17, 512, 8, 2048, conv_dim=[512] * 7)}, "medium",
                 fixed="position_embeddings_type='relative', conv_depthwise_kernel_size=31"),
]

_NAMES = {"num_layers": "num_hidden_layers", "hidden_size": "hidden_size", "num_heads": "num_attention_heads",
          "ffn_size": "intermediate_size", "vocab_size": "vocab_size"}
SMOKE = {"num_layers": 2, "hidden_size": 64, "num_heads": 2, "ffn_size": 128, "conv_dim": [32] * 7}


def _args(fam: SpeechFamily, cfg: dict) -> list[str]:
    out = [f"{arg}={int(cfg[k])}" for k, arg in _NAMES.items() if cfg.get(k) is not None]
    conv = [int(c) for c in cfg.get("conv_dim") or _CONV]
    out.append(f"conv_dim={tuple(conv)!r}")
    if cfg.get("pos_conv") is not None:  # the convolutional relative position embedding (kernel, groups)
        kernel, groups = cfg["pos_conv"]
        out.append(f"num_conv_pos_embeddings={int(kernel)}, num_conv_pos_embedding_groups={int(groups)}")
    out.append("pad_token_id=0, ctc_loss_reduction='mean', ctc_zero_infinity=True")  # blank = padding = id 0
    if fam.fixed:
        out.append(fam.fixed)
    if cfg.get("stable_layer_norm"):  # LARGE: a layer-norm front-end and pre-LN blocks (stable when deep)
        out.append(_LARGE)
    return out


def _code_for(fam: SpeechFamily):
    def code(cfg: dict) -> str:
        args = ",\n    ".join(_args(fam, cfg))
        return f"""
from transformers import {fam.config}, {fam.model}
config = {fam.config}(
    {args})
model = {fam.model}(config)
"""
    return code


def _smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, **SMOKE)
    out["conv_dim"] = list(SMOKE["conv_dim"][: len(cfg.get("conv_dim") or _CONV)])
    out["pos_conv"] = (16, 4)
    what = (f"2 layers instead of {cfg.get('num_layers')}, width 64 instead of {cfg.get('hidden_size')} (2 heads, "
            f"feed-forward 128), a 32-channel waveform front-end with the same strides (20 ms frames) instead of "
            f"{(cfg.get('conv_dim') or _CONV)[0]} channels, positional convolution 16 wide")
    return out, what


def _label(fam: SpeechFamily):
    return lambda variant, cfg: f"{fam.kind}-{variant}"


def _with_variant(fam: SpeechFamily):
    # the variant's norm placement travels with its sizes
    return {v: dict(s, stable_layer_norm=v in fam.stable) for v, s in fam.variants.items()}


BUILDERS = [Builder(kind=f.kind, source="transformers", variants=_with_variant(f), default_variant=f.default_variant,
                    code=_code_for(f), smoke=_smoke, label=_label(f)) for f in FAMILIES]
