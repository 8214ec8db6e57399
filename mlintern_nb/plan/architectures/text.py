"""Language models from transformers' config classes (random init, no download): encoders (BERT, RoBERTa,
ALBERT, DistilBERT, ELECTRA, DeBERTa, XLNet), decoders (GPT, GPT-2, LLaMA, Mistral) and encoder-decoders
(T5, BART, the original Transformer as Marian's architecture).

A family maps the common size names (num_layers, hidden_size, num_heads, ffn_size, vocab_size,
max_positions, num_kv_heads, embedding_size) to its config's own argument names."""
from __future__ import annotations

from dataclasses import dataclass

from .base import Builder


@dataclass(frozen=True)
class Family:
    kind: str
    config: str
    model: str
    names: dict[str, str]        # common size name -> config argument
    variants: dict[str, dict]
    default_variant: str
    fixed: str = ""              # config arguments every variant carries (source text)
    head: str = ""               # "classification": num_labels is passed
    classifier: str = ""         # a decoder's sequence-classification class, built when num_labels is given
    smoke_ffn_ratio: bool = False  # smoke keeps the variant's feed-forward / hidden ratio (else feed-forward 128)


def _v(layers, hidden, heads, ffn, **kw) -> dict:
    return {"num_layers": layers, "hidden_size": hidden, "num_heads": heads, "ffn_size": ffn, **kw}


_ENC = {"num_layers": "num_hidden_layers", "hidden_size": "hidden_size", "num_heads": "num_attention_heads",
        "ffn_size": "intermediate_size", "vocab_size": "vocab_size", "max_positions": "max_position_embeddings"}
_BERT_SIZES = {"tiny": _v(2, 128, 2, 512), "mini": _v(4, 256, 4, 1024), "small": _v(4, 512, 8, 2048),
               "medium": _v(8, 512, 8, 2048), "base": _v(12, 768, 12, 3072), "large": _v(24, 1024, 16, 4096)}
_DEC_LLAMA = {"num_layers": "num_hidden_layers", "hidden_size": "hidden_size", "num_heads": "num_attention_heads",
              "ffn_size": "intermediate_size", "vocab_size": "vocab_size", "num_kv_heads": "num_key_value_heads",
              "max_positions": "max_position_embeddings"}
_GPT2 = {"num_layers": "n_layer", "hidden_size": "n_embd", "num_heads": "n_head", "vocab_size": "vocab_size",
         "max_positions": "n_positions"}
_S2S = {"hidden_size": "d_model", "vocab_size": "vocab_size", "max_positions": "max_position_embeddings"}

FAMILIES = [
    Family("bert", "BertConfig", "BertForSequenceClassification", _ENC,
           {k: dict(v, vocab_size=30522, max_positions=512) for k, v in _BERT_SIZES.items()}, "base",
           head="classification", smoke_ffn_ratio=True),  # BERT's 4 x hidden: smoke learns as the recipe's template
    # a Transformer encoder the paper sizes itself (no named pre-trained model): BERT's encoder
    Family("transformer_encoder", "BertConfig", "BertForSequenceClassification", _ENC,
           {"base": _v(12, 768, 12, 3072, vocab_size=30522, max_positions=512)}, "base", head="classification",
           smoke_ffn_ratio=True),
    Family("roberta", "RobertaConfig", "RobertaForSequenceClassification", _ENC,
           {k: dict(_BERT_SIZES[k], vocab_size=50265, max_positions=514) for k in ("base", "large")}, "base",
           head="classification"),
    Family("albert", "AlbertConfig", "AlbertForSequenceClassification", dict(_ENC, embedding_size="embedding_size"),
           {"base": _v(12, 768, 12, 3072, embedding_size=128, vocab_size=30000, max_positions=512),
            "large": _v(24, 1024, 16, 4096, embedding_size=128, vocab_size=30000, max_positions=512),
            "xlarge": _v(24, 2048, 32, 8192, embedding_size=128, vocab_size=30000, max_positions=512),
            "xxlarge": _v(12, 4096, 64, 16384, embedding_size=128, vocab_size=30000, max_positions=512)},
           "base", head="classification"),
    Family("distilbert", "DistilBertConfig", "DistilBertForSequenceClassification",
           {"num_layers": "n_layers", "hidden_size": "dim", "num_heads": "n_heads", "ffn_size": "hidden_dim",
            "vocab_size": "vocab_size", "max_positions": "max_position_embeddings"},
           {"base": _v(6, 768, 12, 3072, vocab_size=30522, max_positions=512)}, "base", head="classification"),
    Family("electra", "ElectraConfig", "ElectraForSequenceClassification", dict(_ENC, embedding_size="embedding_size"),
           {"small": _v(12, 256, 4, 1024, embedding_size=128, vocab_size=30522, max_positions=512),
            "base": _v(12, 768, 12, 3072, embedding_size=768, vocab_size=30522, max_positions=512),
            "large": _v(24, 1024, 16, 4096, embedding_size=1024, vocab_size=30522, max_positions=512)},
           "base", head="classification"),
    Family("deberta", "DebertaV2Config", "DebertaV2ForSequenceClassification", _ENC,
           {"base": _v(12, 768, 12, 3072, vocab_size=128100, max_positions=512),
            "large": _v(24, 1024, 16, 4096, vocab_size=128100, max_positions=512),
            "xlarge": _v(24, 1536, 24, 6144, vocab_size=128100, max_positions=512),
            "xxlarge": _v(48, 1536, 24, 6144, vocab_size=128100, max_positions=512)},
           "base", fixed="relative_attention=True, position_biased_input=False", head="classification"),
    Family("xlnet", "XLNetConfig", "XLNetForSequenceClassification",
           {"num_layers": "n_layer", "hidden_size": "d_model", "num_heads": "n_head", "ffn_size": "d_inner",
            "vocab_size": "vocab_size"},
           {"base": _v(12, 768, 12, 3072, vocab_size=32000), "large": _v(24, 1024, 16, 4096, vocab_size=32000)},
           "large", head="classification"),
    Family("gpt", "OpenAIGPTConfig", "OpenAIGPTLMHeadModel", _GPT2,
           {"base": _v(12, 768, 12, 3072, vocab_size=40478, max_positions=512)}, "base",
           classifier="OpenAIGPTForSequenceClassification"),
    Family("gpt2", "GPT2Config", "GPT2LMHeadModel", dict(_GPT2, ffn_size="n_inner"),
           {"small": _v(12, 768, 12, 3072, vocab_size=50257, max_positions=1024),
            "medium": _v(24, 1024, 16, 4096, vocab_size=50257, max_positions=1024),
            "large": _v(36, 1280, 20, 5120, vocab_size=50257, max_positions=1024),
            "xl": _v(48, 1600, 25, 6400, vocab_size=50257, max_positions=1024),
            "gpt3-175b": _v(96, 12288, 96, 49152, vocab_size=50257, max_positions=2048)}, "small",
           classifier="GPT2ForSequenceClassification",
           smoke_ffn_ratio=True),  # smoke with GPT-2's 4 x hidden feed-forward learns as the recipes' template
    Family("llama", "LlamaConfig", "LlamaForCausalLM", _DEC_LLAMA,
           {"7b": _v(32, 4096, 32, 11008, vocab_size=32000, num_kv_heads=32, max_positions=2048),
            "13b": _v(40, 5120, 40, 13824, vocab_size=32000, num_kv_heads=40, max_positions=2048),
            "33b": _v(60, 6656, 52, 17920, vocab_size=32000, num_kv_heads=52, max_positions=2048),
            "65b": _v(80, 8192, 64, 22016, vocab_size=32000, num_kv_heads=64, max_positions=2048)}, "7b"),
    Family("mistral", "MistralConfig", "MistralForCausalLM", dict(_DEC_LLAMA, window="sliding_window"),
           {"7b": _v(32, 4096, 32, 14336, vocab_size=32000, num_kv_heads=8, max_positions=32768, window=4096)},
           "7b"),
    Family("t5", "T5Config", "T5ForConditionalGeneration",
           {"num_layers": "num_layers", "hidden_size": "d_model", "num_heads": "num_heads", "ffn_size": "d_ff",
            "vocab_size": "vocab_size", "head_dim": "d_kv"},
           {"small": _v(6, 512, 8, 2048, vocab_size=32128, head_dim=64),
            "base": _v(12, 768, 12, 3072, vocab_size=32128, head_dim=64),
            "large": _v(24, 1024, 16, 4096, vocab_size=32128, head_dim=64),
            "3b": _v(24, 1024, 32, 16384, vocab_size=32128, head_dim=128),
            "11b": _v(24, 1024, 128, 65536, vocab_size=32128, head_dim=128)}, "base"),
    Family("bart", "BartConfig", "BartForConditionalGeneration",
           dict(_S2S, num_layers=("encoder_layers", "decoder_layers"),
                num_heads=("encoder_attention_heads", "decoder_attention_heads"),
                ffn_size=("encoder_ffn_dim", "decoder_ffn_dim")),
           {"base": _v(6, 768, 12, 3072, vocab_size=50265, max_positions=1024),
            "large": _v(12, 1024, 16, 4096, vocab_size=50265, max_positions=1024)}, "large"),
    # "Attention is all you need": Marian's architecture is that Transformer (sinusoidal positions, shared
    # source/target embeddings tied with the output layer, post-LayerNorm)
    Family("transformer", "MarianConfig", "MarianMTModel",
           dict(_S2S, num_layers=("encoder_layers", "decoder_layers"),
                num_heads=("encoder_attention_heads", "decoder_attention_heads"),
                ffn_size=("encoder_ffn_dim", "decoder_ffn_dim")),
           {"base": _v(6, 512, 8, 2048, vocab_size=37000, max_positions=512),
            "big": _v(6, 1024, 16, 4096, vocab_size=37000, max_positions=512)}, "base",
           fixed="activation_function='relu', scale_embedding=True, share_encoder_decoder_embeddings=True, "
                 "pad_token_id=0, decoder_start_token_id=0"),
]


def _args(fam: Family, cfg: dict) -> list[str]:
    out = []
    for common, arg in fam.names.items():
        if common not in cfg or cfg[common] is None:
            continue
        for a in (arg if isinstance(arg, tuple) else (arg,)):
            out.append(f"{a}={int(cfg[common])}")
    if fam.head == "classification" or (fam.classifier and cfg.get("num_labels") is not None):
        out.append(f"num_labels={int(cfg.get('num_labels', 2))}")
    if fam.classifier and cfg.get("num_labels") is not None:  # the last non-padding token's state is classified
        out.append("pad_token_id=0")
    if fam.fixed:
        out.append(fam.fixed)
    return out


def _code_for(fam: Family):
    def code(cfg: dict) -> str:
        args = ",\n    ".join(_args(fam, cfg))
        cls = fam.classifier if fam.classifier and cfg.get("num_labels") is not None else fam.model
        return f"""
from transformers import {fam.config}, {cls}
config = {fam.config}(
    {args})
model = {cls}(config)
"""
    return code


def _smoke_for(fam: Family):
    def smoke(cfg: dict) -> tuple[dict, str]:
        out = dict(cfg, num_layers=2, hidden_size=64, num_heads=4, ffn_size=128)
        if fam.smoke_ffn_ratio and cfg.get("ffn_size") and cfg.get("hidden_size"):
            out["ffn_size"] = max(64, int(round(64 * int(cfg["ffn_size"]) / int(cfg["hidden_size"]))))
        if "num_kv_heads" in cfg:
            ratio = max(1, int(cfg["num_heads"]) // max(1, int(cfg["num_kv_heads"])))
            out["num_kv_heads"] = max(1, 4 // ratio)
        if "embedding_size" in cfg:
            out["embedding_size"] = 32
        if "head_dim" in cfg:
            out["head_dim"] = 16
        if "window" in cfg:
            out["window"] = 32
        if "max_positions" in cfg:
            out["max_positions"] = min(int(cfg["max_positions"]), 512)
        out["vocab_size"] = min(int(cfg.get("vocab_size", 1000)), 1000)
        what = (f"2 layers instead of {cfg.get('num_layers')}, hidden size 64 instead of {cfg.get('hidden_size')} "
                f"(4 heads, feed-forward {out['ffn_size']}), vocabulary {out['vocab_size']} instead of {cfg.get('vocab_size')}")
        return out, what
    return smoke


def _label(fam: Family):
    return lambda variant, cfg: f"{fam.kind}-{variant}"


BUILDERS = [Builder(kind=f.kind, source="transformers", variants=f.variants, default_variant=f.default_variant,
                    code=_code_for(f), smoke=_smoke_for(f), label=_label(f)) for f in FAMILIES]
