"""All configuration in one place.

``MLIntern`` is a traitlets ``Configurable``: set values with
``%config MLIntern.max_attempts = 3`` in IPython, in ``ipython_config.py`` /
``jupyter_config.py`` (``c.MLIntern.max_attempts = 3``), or through the
environment variable named in each trait's help (``MLINTERN_MAX_ATTEMPTS=3``).
Precedence: explicit config > environment variable > default.

Every trait is listed in the README's *Configuration* table; keep them in sync
(``tests/test_config.py`` checks it).
"""
from __future__ import annotations

import json
import os

from traitlets import Bool, CaselessStrEnum, Dict, Float, Int, Unicode, default
from traitlets.config import Configurable

# name -> (trait, default, help). The environment variable is MLINTERN_<NAME>; its value (parsed for the
# trait's type) is the default, and explicit config (%config, ipython_config.py) wins over both.
SETTINGS: dict[str, tuple] = {
    # engine
    "engine": (CaselessStrEnum(["offline", "llm"]), "offline",
               "offline (deterministic rules, no network) or llm (OpenAI-compatible endpoint)."),
    "profile": (CaselessStrEnum(["smoke", "full"]), "smoke",
                "smoke: minutes on a CPU, scaled-down model, real data sample; full: the paper's setting."),
    "kernel": (CaselessStrEnum(["sandbox", "local", "auto"]), "auto",
               "sandbox (Docker, isolated), local (plain ipykernel, NOT isolated) or auto (sandbox when Docker and "
               "the image are present, else local)."),
    # repair
    "max_attempts": (Int(), 5, "Repair attempts per failing cell."),
    "max_pages": (Int(), 400, "Longest PDF `mlintern parse` reads without --pages (bounds time and memory)."),
    "cell_timeout": (Float(), 1800.0, "Seconds a cell may run before it is interrupted."),
    "review": (CaselessStrEnum(["auto-accept", "stop"]), "auto-accept",
               "Headless runs: apply repairs automatically or stop for human review."),
    # sandbox
    "image": (Unicode(), "mlintern-kernel:cpu", "Sandbox kernel image."),
    "memory_limit": (Unicode(), "4g", "Container memory limit (docker syntax, e.g. 4g)."),
    "cpu_limit": (Float(), 2.0, "CPUs for the container."),
    "pids_limit": (Int(), 256, "Max processes in the container."),
    "network": (Bool(), False, "Open the network inside the sandbox (recorded in notebook metadata)."),
    "gpu": (Bool(), False, "Request GPUs for the sandbox (device_requests) when present."),
    "gateway_url": (Unicode(), "", "Kernel gateway (http[s]://host:port) whose sandbox kernel runs the notebook; "
                                   "empty: kernels start on this machine."),
    "gateway_token_env": (Unicode(), "JUPYTER_GATEWAY_AUTH_TOKEN",
                          "Name of the environment variable holding the gateway's token."),
    # LLM
    "llm_base_url": (Unicode(), "", "OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1. Empty: no LLM."),
    "llm_model": (Unicode(), "", "Model name at that endpoint."),
    "llm_api_key_env": (Unicode(), "OPENAI_API_KEY", "Name of the environment variable holding the API key."),
    "llm_timeout": (Float(), 60.0, "Seconds per LLM request."),
    "llm_max_retries": (Int(), 3, "Retries (with backoff) on 429/5xx/timeouts."),
    "llm_budget_usd": (Float(), 1.0, "Spend cap per reproduction in USD; then offline."),
    "llm_prices": (Dict(), {}, "USD per 1M tokens: {model: {'input': x, 'output': y}} (JSON)."),
}


def env_name(trait_name: str) -> str:
    return "MLINTERN_" + trait_name.upper()


def _parse(trait, raw: str):
    if isinstance(trait, Bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(trait, Int):
        return int(raw)
    if isinstance(trait, Float):
        return float(raw)
    if isinstance(trait, Dict):
        return json.loads(raw) if raw.strip() else {}
    return raw


def _build():
    attrs: dict = {"__doc__": "mlintern_nb's settings (see the module docstring and the README table).",
                   "__module__": __name__}
    for name, (trait, fallback, help_) in SETTINGS.items():
        trait.help = f"{help_} Env: {env_name(name)}"
        attrs[name] = trait.tag(config=True)

        def _default(self, _name=name, _trait=trait, _fallback=fallback):
            raw = os.environ.get(env_name(_name))
            return _fallback if raw is None else _parse(_trait, raw)

        attrs[f"_default_{name}"] = default(name)(_default)
    return type("MLIntern", (Configurable,), attrs)


MLIntern = _build()


_current: MLIntern | None = None


def get_config() -> MLIntern:
    """The process-wide configuration (the IPython extension replaces it with the shell's)."""
    global _current
    if _current is None:
        _current = MLIntern()
    return _current


def set_config(cfg: MLIntern) -> None:
    global _current
    _current = cfg


def env_var_of(trait_name: str) -> str | None:
    """The environment variable a trait reads (from its help text)."""
    import re
    trait = MLIntern.class_traits().get(trait_name)
    m = re.search(r"Env: (MLINTERN_[A-Z_]+)", trait.help if trait else "")
    return m.group(1) if m else None
