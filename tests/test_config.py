"""Configuration: one place (MLIntern), env vars as documented, README in sync."""
from pathlib import Path

import pytest

from mlintern_nb.config import MLIntern, env_var_of

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
TRAITS = sorted(MLIntern.class_traits(config=True))


@pytest.mark.parametrize("name", TRAITS)
def test_every_trait_has_an_env_var_and_is_in_the_readme(name):
    env = env_var_of(name)
    assert env and env.startswith("MLINTERN_"), f"{name}: help text must name its Env: variable"
    assert f"`{name}`" in README and f"`{env}`" in README


def test_env_var_sets_default_and_explicit_config_wins(monkeypatch):
    monkeypatch.setenv("MLINTERN_MAX_ATTEMPTS", "3")
    monkeypatch.setenv("MLINTERN_NETWORK", "yes")
    assert MLIntern().max_attempts == 3
    assert MLIntern().network is True
    from traitlets.config import Config
    c = Config()
    c.MLIntern.max_attempts = 7
    assert MLIntern(config=c).max_attempts == 7


def test_defaults_are_offline_and_isolated(monkeypatch):
    for name in TRAITS:
        monkeypatch.delenv(env_var_of(name), raising=False)
    m = MLIntern()
    assert m.engine == "offline" and m.llm_base_url == ""
    assert m.network is False and m.max_attempts == 5
