"""Section roles: which sections hold the paper's own training set-up. Read from the section's
title by its role (related work, ablations, baselines, side analyses), never by its topic."""
from __future__ import annotations

import re

_I = re.I
# sections whose role (not topic) says their settings are not the paper's own main set-up:
# related work, ablations and side analyses. Task words (detection, segmentation, parsing ...)
# are never here: for a detection paper the "Object detection" section IS the set-up. "Baselines"
# (plural) describes the methods compared against; a section on "the baseline" (singular) is the
# paper's own reference set-up that its experiments vary.
_SKIP_SECTION = re.compile(r"ablation|related|prior work|previous work|baselines\b|comparison|limitation|broader impact|"
                           r"additional (?:experiments|results|ablation|analy)|effect of|impact of|"
                           r"visuali[sz]", _I)
# ... unless the title also names the set-up itself ("Training details & ablation")
_SETUP_SECTION = re.compile(r"training details|implementation details|experimental set-?up|training set-?up|"
                            r"hyper-?parameters|training procedure|optimi[sz]ation details", _I)


def skip_section(title: str) -> bool:
    """A section whose role says its settings are not the paper's own main set-up."""
    return bool(_SKIP_SECTION.search(title or "")) and not _SETUP_SECTION.search(title or "")
