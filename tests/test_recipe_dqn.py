"""The reinforcement-learning recipe's value-based mode: an (invented) deep Q-learning paper gets the
paper's pixel Q-network from the architecture registry, frames drawn from a gymnasium environment, the
paper's ablation (experience replay + target network vs neither) as its arms, the architecture recorded in
the notebook's metadata, and a smoke notebook that runs to the end on the local kernel."""
from __future__ import annotations

import math

import pytest

from mlintern_nb.plan import plan, spec_from_dict
from mlintern_nb.plan.claims import VERDICTS, record_claim

FAMILY = "reinforcement-learning"


def _g(value, page=1):
    return {"value": value, "page": page, "quote": value}


def _spec(arch="a deep Q-network: three convolutional layers over 4 stacked 84x84 frames, then 512 rectifier units"):
    return spec_from_dict({
        "title": "Learning to act from raw screens with deep Q-learning", "task_family": FAMILY,
        "architecture": _g(arch, 3), "datasets": [_g("Atari 2600 games", 4)],
        "claim": _g("Experience replay and a target network make Q-learning with a deep network stable.", 2)})


def _cells(nb):
    return {c.metadata["mlintern"]["role"]: c.source for c in nb.cells if c.cell_type == "code"}


def test_a_value_based_paper_gets_its_pixel_q_network_and_the_replay_target_ablation():
    nb = plan(_spec(), "smoke")
    meta, cells = nb.metadata["mlintern"], _cells(nb)
    assert meta["recipe"] == FAMILY
    assert "class QNetwork" in cells["model"] and "smooth_l1_loss" in cells["model"]
    assert "class Pixels" in cells["data"] and "STAND-IN" in cells["data"]
    assert meta["claim"]["arms"] == ["no replay, no target network", "experience replay + target network (DQN)"]
    assert meta["architecture"]["name"] == "DQN convolutional Q-network" and meta["architecture"]["source"] == "cell"
    assert meta["architecture"]["params_full"] > 1_000_000 > meta["architecture"]["params_smoke"]
    assert "objective" not in meta["defaults"] and meta["defaults"]["replay"]["value"] is True


def test_a_policy_gradient_paper_keeps_the_actor_critic_and_no_architecture_entry():
    nb = plan(spec_from_dict({"title": "Clipped surrogate objectives for policy optimisation", "task_family": FAMILY,
                              "claim": _g("The clipped surrogate objective outperforms the vanilla policy gradient.")}),
              "smoke")
    meta, cells = nb.metadata["mlintern"], _cells(nb)
    assert "class ActorCritic" in cells["model"] and "replay" not in meta["defaults"]
    assert "architecture" not in meta  # the recipe's own template, not a registry architecture


@pytest.mark.slow
def test_dqn_smoke_notebook_runs_to_the_end(tmp_path, run_local_notebook):
    out = run_local_notebook(plan(_spec(), "smoke"), tmp_path)
    m = out.metadata["mlintern"].get("metrics") or {}
    claim = record_claim(out)
    assert claim["verdict"] in VERDICTS and claim["verdict"] != "no comparison"
    assert all(len(v) == 2 for v in claim["values"].values())
    assert not m or all(math.isfinite(v) for v in m.values())
