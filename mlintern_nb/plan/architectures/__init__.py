"""The paper's own architecture, built from maintained implementations.

API (recipes paste the model cell from here):

``resolve(spec) -> Architecture | None``
    The architecture ``spec.architecture`` names (a catalogue kind and variant read by
    :mod:`mlintern_nb.paper.extraction.architecture`, or any text naming a catalogue model), sized by
    the variant's library sizes overridden by the sizes the paper states (``spec.architecture_params``).
    ``None`` when the spec names no architecture the registry knows.

``for_setup(spec, setup) -> PaperSpec | None``
    The spec with the architecture the chosen training set-up uses (``spec.architecture_by_setup``) where
    that variant takes another input size than the paper-wide one (the planner calls it once it has chosen
    the set-up); None when the paper-wide one serves.

``Architecture``
    ``name`` (e.g. "bert-base", "ResNet-110 (CIFAR, 6n+2)"), ``kind`` (builder key), ``source``
    ("torchvision" | "timm" | "transformers" | "cell": where the model class comes from),
    ``config`` ({size: :class:`Size`}: value with the paper's page/quote, or the note
    "default: not stated in paper (...)"), ``smoke_scaling`` (what smoke scales down, for the cell header),
    ``model_code(profile="full"|"smoke", **overrides) -> str`` (the model cell body: a commented header,
    imports, and the statement building ``model``; offline, random init, no downloads; ``overrides`` such
    as ``vocab_size=`` / ``num_classes=`` / ``num_labels=`` replace sizes after scaling),
    ``count_params(profile) -> int`` (``model_code`` executed under ``torch.device("meta")``: no memory,
    tied weights counted once), ``build(profile, device=None)`` (the model itself) and ``metadata()``
    (``nb.metadata.mlintern.architecture``: name, source, params_full, params_smoke, smoke_scaling, config).

Smoke is always the same class as full, scaled down (fewer layers/blocks, narrower, smaller input and
vocabulary), never a different model. The cells import torchvision/transformers plainly: where PyPI's
CUDA-linked torchvision sits beside CPU torch, the ``mlintern_nb_torchvision.pth`` start-up hook
(:mod:`mlintern_nb.vision_compat`, in setup.sh and the kernel image) makes that import work;
``ensure_torchvision_importable()`` arms it in a process started without the hook.

Builders, one module per kind: ``vision_cnn`` (ResNet incl. CIFAR 6n+2, wide ResNets: torchvision's
WRN-50-2/101-2 and the CIFAR WRN-d-k cell for any d = 6N+4, VGG, DenseNet, AlexNet, a plain CNN), ``vision_mobile`` (torchvision's MobileNet/EfficientNet/ShuffleNet v2,
ShuffleNet v1 with g groups written in the cell), ``vision_transformer`` (ViT/DeiT, Swin, ConvNeXt), ``text``
(transformers configs: BERT, RoBERTa, ALBERT, DistilBERT, ELECTRA, DeBERTa, XLNet, GPT, GPT-2/3, LLaMA,
Mistral, T5, BART, the original Transformer; GPT / GPT-2 build their sequence-classification class when
``num_labels`` is given), ``detection`` (Faster R-CNN, torchvision's Mask R-CNN, RetinaNet and SSD300, U-Net, YOLO),
``speech`` (wav2vec 2.0, HuBERT and a Conformer encoder with a CTC head, transformers),
``small`` (LSTM encoder-decoder and sequence models, GAN and VAE MLPs, the DCGAN conv G/D, the DQN convolutional
Q-network, RL policy MLP), ``graph`` (dense-adjacency graph networks: the two-layer GCN, GAT and GraphSAGE-mean
layers, GIN-0 / GIN-ε), ``recurrent`` (an RNN encoder-decoder
with additive attention, the switch ``attention`` giving the fixed-context encoder-decoder it is compared with),
``conv_seq2seq`` (ConvS2S: GLU convolution blocks, multi-step attention), ``memory_blocks`` (the original
LSTM: memory cell blocks with input and output gates, no forget gate, gradients truncated to the cell states),
``mixture_density`` (stacked LSTM over pen offsets with a bivariate Gaussian mixture output and an optional soft
window over one-hot characters, the handwriting networks; LSTM cells with or without layer normalisation). A builder's ``parse_variant``
sizes a variant named outside its list (e.g. "WRN-34-3").
"""
from __future__ import annotations

from ...paper.spec import Grounded, PaperSpec
from . import (conv_seq2seq, detection, graph, memory_blocks, mixture_density, recurrent, small, speech, text, vision_cnn, vision_mobile,
               vision_transformer)
from .base import (
    DEFAULT_NOTE,
    Architecture,
    ArchitectureBuildError,
    Builder,
    Size,
    count,
    default,
    ensure_torchvision_importable,
)

REGISTRY: dict[str, Builder] = {b.kind: b
                                for m in (vision_cnn, vision_mobile, vision_transformer, text, speech, detection, small, graph,
                                          recurrent, conv_seq2seq, memory_blocks, mixture_density)
                                for b in m.BUILDERS}

# spec.architecture_params names -> the builder's config names, where they differ
_ALIASES = {"hidden_units": ("hidden_size",), "window": ("window", "window_size")}
_INT_KEYS = {"attention_size", "maxout_size", "num_layers", "hidden_size", "num_heads", "ffn_size", "vocab_size", "num_kv_heads", "embedding_size",
             "image_size", "patch_size", "depth", "growth_rate", "window", "window_size", "num_classes",
             "src_vocab_size", "input_size", "output_size", "latent_size", "head_dim", "mixture_components",
             "window_components", "alphabet_size"}


def _kind_variant(spec: PaperSpec) -> tuple[str, str | None] | None:
    a = spec.architecture
    if a is None:
        return None
    kind = getattr(a, "kind", None) or (a.model_extra or {}).get("kind")
    if kind in REGISTRY:
        return kind, getattr(a, "variant", None) or (a.model_extra or {}).get("variant")
    from ...paper.extraction.architecture import identify
    for words in (str(a.value), a.note or "", a.quote or ""):
        got = identify(words)
        if got and got[0] in REGISTRY:
            return got
    return None


def _variant_sizes(builder: Builder, variant: str | None, probe: dict) -> tuple[str | None, dict | None]:
    """The builder's variant (named by the paper's sizes ``probe`` where the builder reads variants from sizes,
    e.g. depth 110 -> CIFAR's ``cifar-110``) and its library sizes, or None when the builder has no such variant."""
    if builder.variant_of is not None:
        probe = dict(probe)
        if variant and variant.isdigit():
            probe.setdefault("depth", int(variant))
        variant = builder.variant_of(probe) or variant
    sizes = builder.variants.get(variant) if variant else None
    if sizes is None and builder.parse_variant and variant:
        sizes = builder.parse_variant(variant)
    return variant, sizes


def _input_size(kind: str, variant: str | None):
    """The input size a builder's variant is built at by default (224 for ImageNet's ResNet-101, 32 for the
    CIFAR ResNet-110), or None."""
    builder = REGISTRY.get(kind)
    return None if builder is None else (_variant_sizes(builder, variant, {})[1] or {}).get("image_size")


def for_setup(spec: PaperSpec, setup: str | None) -> PaperSpec | None:
    """The spec whose architecture is the one the training set-up ``setup`` uses, when its section names
    another variant of the paper's architecture built for another input size (the paper-wide ResNet-101 is
    ImageNet's; the CIFAR-10 section trains ResNet-110 on 32x32 images); sizes read for the paper-wide
    variant are dropped, those that do not depend on the model size (input size, vocabulary) kept. None when
    the paper-wide architecture serves that set-up."""
    from ...paper.extraction.architecture import SIZE_INDEPENDENT
    from ...paper.extraction.setups import base_name
    g = spec.architecture_by_setup.get(base_name(setup))
    got = _kind_variant(spec)
    if g is None or got is None or getattr(g, "kind", None) != got[0]:
        return None
    here, there = _input_size(*got), _input_size(got[0], getattr(g, "variant", None))
    if here is None or there is None or here == there:
        return None
    params = {k: v for k, v in spec.architecture_params.items() if k in SIZE_INDEPENDENT}
    variant = getattr(g, "variant", None)
    if variant and variant.isdigit():  # "ResNet 110": the depth is stated where the variant is named
        params["depth"] = Grounded(value=g.value, page=g.page, quote=g.quote, numbers=[float(variant)])
    return spec.model_copy(update={"architecture": g, "architecture_params": params})


def _size(g: Grounded) -> Size:
    if g.numbers and len(g.numbers) > 1:  # a list of sizes (channels per layer)
        return Size([int(x) if float(x).is_integer() else x for x in g.numbers], page=g.first_page, quote=g.quote,
                    note=g.note)
    v = g.numbers[0] if g.numbers else g.value
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return Size(v, page=g.first_page, quote=g.quote, note=g.note)


def _variant_from_sizes(builder: Builder, paper: dict[str, Size]) -> str | None:
    """The library variant whose sizes match the paper's stated ones (all that both name)."""
    best, hits = None, 0
    for name, sizes in builder.variants.items():
        common = [k for k in paper if k in sizes and isinstance(sizes[k], (int, float))]
        if common and all(abs(float(paper[k].value) - sizes[k]) < 1e-6 for k in common) and len(common) > hits:
            best, hits = name, len(common)
    return best


def _scale_with_width(config: dict[str, Size], sizes: dict, label: str) -> None:
    """A paper that states its width but not its feed-forward size keeps the variant's ratio
    (4 x hidden in most Transformers) instead of the variant's absolute feed-forward size."""
    hidden, ffn = config.get("hidden_size"), config.get("ffn_size")
    if hidden is None or ffn is None or not hidden.from_paper or ffn.from_paper:
        return
    if isinstance(sizes.get("ffn_size"), int) and isinstance(sizes.get("hidden_size"), int):
        ratio = sizes["ffn_size"] / sizes["hidden_size"]
        config["ffn_size"] = Size(int(round(hidden.value * ratio)),
                                  note=f"{DEFAULT_NOTE} ({ratio:g} x the paper's hidden size, as in {label})")


def resolve(spec: PaperSpec) -> Architecture | None:
    """The architecture the spec names, with the paper's sizes where it states them (see module doc)."""
    got = _kind_variant(spec)
    if got is None:
        return None
    kind, variant = got
    builder = REGISTRY[kind]
    paper: dict[str, Size] = {}
    for key, g in (spec.architecture_params or {}).items():
        for k in _ALIASES.get(key, (key,)):
            paper.setdefault(k, _size(g))
    variant, sizes = _variant_sizes(builder, variant, {k: s.value for k, s in paper.items()})
    if sizes is None:
        variant = _variant_from_sizes(builder, paper) or builder.default_variant
        sizes = builder.variants[variant]
    label = builder.label(variant, sizes)
    config: dict[str, Size] = {}
    for k, v in sizes.items():
        s = paper.get(k)
        ok = s is not None and (isinstance(s.value, list) == isinstance(v, list)) and (
            k not in _INT_KEYS or isinstance(s.value, (int, float)))
        config[k] = s if ok else Size(v, note=f"{DEFAULT_NOTE} ({label} size)")
    _scale_with_width(config, sizes, label)
    name = builder.label(variant, {k: s.value for k, s in config.items()})
    source = builder.source_of(sizes) if builder.source_of else builder.source
    return Architecture(name=name, kind=kind, source=source, config=config, builder=builder,
                        variant=variant, evidence=_size(spec.architecture) if spec.architecture else None)


__all__ = [
    "REGISTRY",
    "Architecture",
    "ArchitectureBuildError",
    "Builder",
    "Size",
    "count",
    "default",
    "ensure_torchvision_importable",
    "for_setup",
    "resolve",
]
