"""The fault corpus: its cases are sound (broken fails, the stated fix passes its check), the split is frozen
by rule, and a sample of dev and validation cases is repaired by the loop with the checks passing."""
from __future__ import annotations

import hashlib

import pytest

from mlintern_nb.bench.corpus import all_cases, cases, split
from mlintern_nb.bench.corpus.harness import repair_case, verify

SAMPLE = [("dtype", "float64_from_numpy"), ("device", "device_from_earlier_cell"), ("shape", "concat_wrong_dim"),
          ("dtype", "float64_from_pandas"), ("device", "device_in_config_dict"), ("files", "kaggle_input_path")]


def _case(module, name):
    common, cs = cases(module)
    return common, next(c for c in cs if c["name"] == name)


def test_corpus_size_split_and_fields():
    everything = all_cases()
    assert len(everything) >= 100
    val = [c for _, c in everything if c["split"] == "validation"]
    assert len(val) >= 30
    for _, c in everything:
        assert c["split"] == ("validation" if int(hashlib.sha256(f"corpus:{c['name']}".encode()).hexdigest(), 16) % 3 == 0
                              else "dev") == split(c["name"])
        for key in ("kind", "broken", "fixed", "check", "fix", "preserve", "source"):
            assert c.get(key), (c["name"], key)
    assert len({c["name"] for _, c in everything}) == len(everything)


@pytest.mark.slow
@pytest.mark.parametrize("module,name", [("labels", "labels_one_indexed"), ("training", "momentum_typo"),
                                         ("api", "backward_twice_stale_graph")])
def test_case_is_sound(module, name):
    common, c = _case(module, name)
    row = verify(common, c)
    assert row["broken_fails"], row["broken_error"]
    assert row["fixed_passes"], row["fixed_error"]


@pytest.mark.slow
@pytest.mark.parametrize("module,name", SAMPLE)
def test_sample_repaired_with_checks_passing(module, name):
    common, c = _case(module, name)
    r = repair_case(common, c)
    assert r.repaired and r.checked, f"{name}: {r.error}"
    assert r.attempts <= 5 and not r.unrecorded, r.unrecorded
    assert r.facts, "the repair records the kernel facts it used"
    assert r.candidates >= 1 and len(r.tried) == r.candidates and r.tried[-1].endswith(": accepted"), r.tried
