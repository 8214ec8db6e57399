"""An architecture paper's comparison with another network: the network the paper compares its model with,
when the claim or the paper's first comparing sentence names one the architecture registry builds ("It
outperforms the ViT / DeiT and ResNe(X)t models", "lower top-1 error than recent MobileNet"). The baseline arm
builds that network from the registry at the same profile, the same input size and number of classes, on the
same data, budget and seeds; the proposed arm builds the paper's model. Switch: ``ARCH_ARM`` ("paper" |
"baseline") in the model cell. Used by the vision recipe (:mod:`.image_classification`)."""
from __future__ import annotations

import re
import textwrap

from ..claims import baseline_sentence, claim_words

SWITCH = "ARCH_ARM"
# a title that names a training method, objective or regulariser: the paper proposes a method, not a network, and
# a comparison of networks would not test it
_METHOD_TITLE = re.compile(r"normali[sz]\w*|dropout|regulari[sz]\w*|augment\w*|distill\w*|optimi[sz]\w*|\btraining\b|"
                           r"pre-?train\w*|self-supervis\w*|contrastive|initiali[sz]\w*|minimi[sz]\w*|objective|\bloss\b|"
                           r"learning rate|schedul\w*", re.I)


def other_names(own_kind: str, kinds: tuple[str, ...]) -> str:
    """A regex of the catalogue's names for the networks of ``kinds`` other than ``own_kind`` (and the generic
    plain CNN): what an architecture paper may compare with and the registry builds."""
    from ...paper.extraction.architecture_names import CATALOGUE
    return "|".join(f"(?:{e.pattern.pattern})" for e in CATALOGUE if e.kind in kinds and e.kind not in (own_kind, "cnn"))


def _named(text: str, own_kind: str, kinds: tuple[str, ...]):
    """(kind, variant, matched text) of the first network of ``kinds`` other than the paper's that ``text`` names."""
    from ...paper.extraction.architecture_names import mentions
    found = sorted((t for t in mentions(text) if t[0].kind in kinds and t[0].kind not in (own_kind, "cnn")),
                   key=lambda t: t[2].start())
    return (found[0][0].kind, found[0][1], found[0][2].group(0)) if found else None


def baseline_network(plan, own, kinds: tuple[str, ...]):
    """(the registry architecture of the network the paper compares ``own`` with, the sentence naming it as
    ``{text, page, quote}``) or None: from the claim's words, else the paper's first sentence that compares with
    such a network (set as ``plan.claim["baseline"]`` by the caller). None where the network cannot be built, and
    for a paper whose title names a training method (its comparison is of methods, not networks)."""
    from ...paper.spec import Grounded, PaperSpec
    from ..architectures import resolve
    if _METHOD_TITLE.search(plan.spec.title or ""):
        return None
    said = claim_words(plan)
    got = _named(said, own.kind, kinds)
    where = None
    if got is None:
        pattern = other_names(own.kind, kinds)
        where = baseline_sentence(plan.spec, pattern) if pattern else None
        got = _named(where["text"], own.kind, kinds) if where else None
    if got is None:
        return None
    kind, variant, words = got
    g = Grounded(value=words, page=(where or plan.claim or {}).get("page"), quote=(where or {}).get("text") or words)
    g.kind, g.variant = kind, variant
    try:
        base = resolve(PaperSpec(title=words, architecture=g))
        if base is None:
            return None
        base.count_params("smoke", **_sizes(base, plan, "smoke"))
    except Exception:  # noqa: BLE001 - a network the registry cannot build at this size: no comparison
        return None
    return base, where


def _sizes(base, plan, profile: str) -> dict:
    """The baseline's run-time sizes: the paper's input size (where the network has one) and 10 classes in smoke."""
    arch = plan.arch_smoke if profile == "smoke" else plan.arch_full
    out = {"num_classes": 10 if profile == "smoke" else None}
    if "image_size" in base.config and arch.get("image_size"):
        out["image_size"] = int(arch["image_size"])
    return out


def arms(base, own_name: str) -> list[dict]:
    common = {"metric": "accuracy", "higher_is_better": True}
    return [dict(common, name=f"{base.name} (the network the paper compares with)", role="baseline",
                 overrides={SWITCH: "baseline"}),
            dict(common, name=f"{own_name} (the paper's model)", role="proposed", overrides={SWITCH: "paper"})]


def model_code(own_code: str, base, plan, classes: int | None) -> str:
    """The model cell's body: the paper's model, then, for the baseline arm, the network it is compared with."""
    sizes = _sizes(base, plan, plan.profile)
    sizes["num_classes"] = classes
    code = base.model_code(plan.profile, **sizes).strip()
    return (own_code + f'\nif {SWITCH} == "baseline":  # the claim cell\'s baseline arm: the network the paper '
            f"compares with\n" + textwrap.indent(code, "    "))


def note(base) -> str:
    """The model note of the baseline arm (a string literal for the model cell)."""
    return repr(f"{base.name} ({base.source}), the network the paper compares with, built from its configuration, "
                "random init")


def applies(plan) -> bool:
    return any(SWITCH in a["overrides"] for a in plan.arms or [])


