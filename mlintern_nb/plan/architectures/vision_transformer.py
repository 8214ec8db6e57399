"""Vision Transformers and their relatives from torchvision's configurable classes: ViT / DeiT
(`VisionTransformer`), Swin (`SwinTransformer`), ConvNeXt (`ConvNeXt`)."""
from __future__ import annotations

from .base import Builder

# ViT Table 1 sizes and DeiT's tiny/small (layers, hidden, mlp, heads)
_VIT = {"tiny": (12, 192, 768, 3), "small": (12, 384, 1536, 6), "base": (12, 768, 3072, 12),
        "large": (24, 1024, 4096, 16), "huge": (32, 1280, 5120, 16)}


def _vit_code(cfg: dict) -> str:
    return f"""
from torchvision.models.vision_transformer import VisionTransformer
model = VisionTransformer(image_size={int(cfg['image_size'])}, patch_size={int(cfg['patch_size'])},
                          num_layers={int(cfg['num_layers'])}, num_heads={int(cfg['num_heads'])},
                          hidden_dim={int(cfg['hidden_size'])}, mlp_dim={int(cfg['ffn_size'])},
                          num_classes={int(cfg.get('num_classes', 1000))})
"""


def _vit_smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, num_layers=2, hidden_size=64, ffn_size=128, num_heads=4, image_size=32, patch_size=8)
    return out, (f"2 layers instead of {cfg['num_layers']}, width 64 instead of {cfg['hidden_size']} "
                 f"(4 heads, MLP 128), 32x32 input in 8x8 patches")


VIT = Builder(kind="vit", source="torchvision",
              variants={k: {"num_layers": v[0], "hidden_size": v[1], "ffn_size": v[2], "num_heads": v[3],
                            "patch_size": 16, "image_size": 224, "num_classes": 1000} for k, v in _VIT.items()},
              default_variant="base", code=_vit_code, smoke=_vit_smoke,
              label=lambda v, cfg: f"ViT-{v.capitalize()}/{cfg['patch_size']}")

# Swin Table (C, depths, heads)
_SWIN = {"tiny": (96, [2, 2, 6, 2], [3, 6, 12, 24]), "small": (96, [2, 2, 18, 2], [3, 6, 12, 24]),
         "base": (128, [2, 2, 18, 2], [4, 8, 16, 32]), "large": (192, [2, 2, 18, 2], [6, 12, 24, 48])}


def _swin_code(cfg: dict) -> str:
    w = int(cfg.get("window_size", 7))
    return f"""
from torchvision.models.swin_transformer import SwinTransformer
model = SwinTransformer(patch_size=[4, 4], embed_dim={int(cfg['hidden_size'])}, depths={list(cfg['depths'])},
                        num_heads={list(cfg['heads'])}, window_size=[{w}, {w}], stochastic_depth_prob=0.2,
                        num_classes={int(cfg.get('num_classes', 1000))})
"""


def _swin_smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, hidden_size=32, depths=[2, 2, 2, 2], heads=[1, 2, 4, 8], window_size=4, image_size=64)
    return out, (f"C=32 instead of {cfg['hidden_size']}, 2 blocks per stage instead of {cfg['depths']}, "
                 "window 4, 64x64 input")


SWIN = Builder(kind="swin", source="torchvision",
               variants={k: {"hidden_size": v[0], "depths": v[1], "heads": v[2], "window_size": 7,
                             "image_size": 224, "num_classes": 1000} for k, v in _SWIN.items()},
               default_variant="tiny", code=_swin_code, smoke=_swin_smoke,
               label=lambda v, cfg: f"Swin-{v[0].upper()}")

# ConvNeXt (channels, depths)
_CONVNEXT = {"tiny": ([96, 192, 384, 768], [3, 3, 9, 3]), "small": ([96, 192, 384, 768], [3, 3, 27, 3]),
             "base": ([128, 256, 512, 1024], [3, 3, 27, 3]), "large": ([192, 384, 768, 1536], [3, 3, 27, 3]),
             "xlarge": ([256, 512, 1024, 2048], [3, 3, 27, 3])}


def _convnext_code(cfg: dict) -> str:
    ch, dp = list(cfg["channels"]), list(cfg["depths"])
    stages = ", ".join(f"CNBlockConfig({c}, {ch[i + 1] if i + 1 < len(ch) else None}, {d})"
                       for i, (c, d) in enumerate(zip(ch, dp)))
    return f"""
from torchvision.models.convnext import CNBlockConfig, ConvNeXt
model = ConvNeXt([{stages}], stochastic_depth_prob=0.1, layer_scale=1e-6,
                 num_classes={int(cfg.get('num_classes', 1000))})
"""


def _convnext_smoke(cfg: dict) -> tuple[dict, str]:
    out = dict(cfg, channels=[16, 32, 64, 128], depths=[1, 1, 1, 1], image_size=64)
    return out, (f"channels 16/32/64/128 instead of {cfg['channels']}, one block per stage instead of "
                 f"{cfg['depths']}, 64x64 input")


CONVNEXT = Builder(kind="convnext", source="torchvision",
                   variants={k: {"channels": v[0], "depths": v[1], "image_size": 224, "num_classes": 1000}
                             for k, v in _CONVNEXT.items()},
                   default_variant="tiny", code=_convnext_code, smoke=_convnext_smoke,
                   label=lambda v, cfg: f"ConvNeXt-{'XL' if v == 'xlarge' else v[0].upper()}")

BUILDERS = [VIT, SWIN, CONVNEXT]
