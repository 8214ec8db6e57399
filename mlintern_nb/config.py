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

import os

from traitlets import Bool, CaselessStrEnum, Dict, Float, Int, Unicode, default
from traitlets.config import Configurable

_ENV = {}  # trait name -> environment variable


def _env(name: str, trait_name: str):
    _ENV[trait_name] = name
    return name


class MLIntern(Configurable):
    # -------------------------------------------------------------- engine
    engine = CaselessStrEnum(["offline", "llm"], config=True,
                             help="offline (deterministic rules, no network) or llm (OpenAI-compatible endpoint). "
                                  "Env: MLINTERN_ENGINE")
    profile = CaselessStrEnum(["smoke", "full"], config=True,
                              help="smoke: minutes on a CPU, scaled-down model, real data sample; full: the paper's "
                                   "setting. Env: MLINTERN_PROFILE")
    kernel = CaselessStrEnum(["sandbox", "local", "auto"], config=True,
                             help="sandbox (Docker, isolated), local (plain ipykernel, NOT isolated) or auto "
                                  "(sandbox when Docker and the image are present, else local). Env: MLINTERN_KERNEL")
    # -------------------------------------------------------------- repair
    max_attempts = Int(config=True, help="Repair attempts per failing cell. Env: MLINTERN_MAX_ATTEMPTS")
    max_pages = Int(config=True, help="Longest PDF `mlintern parse` reads without --pages (bounds time and "
                                      "memory). Env: MLINTERN_MAX_PAGES")
    cell_timeout = Float(config=True, help="Seconds a cell may run before it is interrupted. "
                                           "Env: MLINTERN_CELL_TIMEOUT")
    review = CaselessStrEnum(["auto-accept", "stop"], config=True,
                             help="Headless runs: apply repairs automatically or stop for human review. "
                                  "Env: MLINTERN_REVIEW")
    # -------------------------------------------------------------- sandbox
    image = Unicode(config=True, help="Sandbox kernel image. Env: MLINTERN_IMAGE")
    memory_limit = Unicode(config=True, help="Container memory limit (docker syntax, e.g. 4g). "
                                             "Env: MLINTERN_MEMORY_LIMIT")
    cpu_limit = Float(config=True, help="CPUs for the container. Env: MLINTERN_CPU_LIMIT")
    pids_limit = Int(config=True, help="Max processes in the container. Env: MLINTERN_PIDS_LIMIT")
    network = Bool(config=True, help="Open the network inside the sandbox (recorded in notebook metadata). "
                                     "Env: MLINTERN_NETWORK")
    gpu = Bool(config=True, help="Request GPUs for the sandbox (device_requests) when present. Env: MLINTERN_GPU")
    gateway_url = Unicode(config=True, help="Kernel gateway (http[s]://host:port) whose sandbox kernel runs the "
                                            "notebook; empty: kernels start on this machine. Env: MLINTERN_GATEWAY_URL")
    gateway_token_env = Unicode(config=True, help="Name of the environment variable holding the gateway's token. "
                                                  "Env: MLINTERN_GATEWAY_TOKEN_ENV")
    # -------------------------------------------------------------- LLM
    llm_base_url = Unicode(config=True, help="OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1. "
                                             "Empty: no LLM. Env: MLINTERN_LLM_BASE_URL")
    llm_model = Unicode(config=True, help="Model name at that endpoint. Env: MLINTERN_LLM_MODEL")
    llm_api_key_env = Unicode(config=True, help="Name of the environment variable holding the API key. "
                                                "Env: MLINTERN_LLM_API_KEY_ENV")
    llm_timeout = Float(config=True, help="Seconds per LLM request. Env: MLINTERN_LLM_TIMEOUT")
    llm_max_retries = Int(config=True, help="Retries (with backoff) on 429/5xx/timeouts. "
                                            "Env: MLINTERN_LLM_MAX_RETRIES")
    llm_budget_usd = Float(config=True, help="Spend cap per reproduction in USD; then offline. "
                                             "Env: MLINTERN_LLM_BUDGET_USD")
    llm_prices = Dict(config=True, help="USD per 1M tokens: {model: {'input': x, 'output': y}}. "
                                        "Env: MLINTERN_LLM_PRICES (JSON)")

    # defaults read the environment ------------------------------------------------
    @default("engine")
    def _d_engine(self):
        return os.environ.get(_env("MLINTERN_ENGINE", "engine"), "offline")

    @default("profile")
    def _d_profile(self):
        return os.environ.get(_env("MLINTERN_PROFILE", "profile"), "smoke")

    @default("kernel")
    def _d_kernel(self):
        return os.environ.get(_env("MLINTERN_KERNEL", "kernel"), "auto")

    @default("max_pages")
    def _d_max_pages(self):
        return int(os.environ.get(_env("MLINTERN_MAX_PAGES", "max_pages"), "400"))

    @default("max_attempts")
    def _d_max_attempts(self):
        return int(os.environ.get(_env("MLINTERN_MAX_ATTEMPTS", "max_attempts"), "5"))

    @default("cell_timeout")
    def _d_cell_timeout(self):
        return float(os.environ.get(_env("MLINTERN_CELL_TIMEOUT", "cell_timeout"), "1800"))

    @default("review")
    def _d_review(self):
        return os.environ.get(_env("MLINTERN_REVIEW", "review"), "auto-accept")

    @default("image")
    def _d_image(self):
        return os.environ.get(_env("MLINTERN_IMAGE", "image"), "mlintern-kernel:cpu")

    @default("memory_limit")
    def _d_memory_limit(self):
        return os.environ.get(_env("MLINTERN_MEMORY_LIMIT", "memory_limit"), "4g")

    @default("cpu_limit")
    def _d_cpu_limit(self):
        return float(os.environ.get(_env("MLINTERN_CPU_LIMIT", "cpu_limit"), "2"))

    @default("pids_limit")
    def _d_pids_limit(self):
        return int(os.environ.get(_env("MLINTERN_PIDS_LIMIT", "pids_limit"), "256"))

    @default("network")
    def _d_network(self):
        return os.environ.get(_env("MLINTERN_NETWORK", "network"), "0").lower() in {"1", "true", "yes"}

    @default("gpu")
    def _d_gpu(self):
        return os.environ.get(_env("MLINTERN_GPU", "gpu"), "0").lower() in {"1", "true", "yes"}

    @default("gateway_url")
    def _d_gateway_url(self):
        return os.environ.get(_env("MLINTERN_GATEWAY_URL", "gateway_url"), "")

    @default("gateway_token_env")
    def _d_gateway_token_env(self):
        return os.environ.get(_env("MLINTERN_GATEWAY_TOKEN_ENV", "gateway_token_env"), "JUPYTER_GATEWAY_AUTH_TOKEN")

    @default("llm_base_url")
    def _d_llm_base_url(self):
        return os.environ.get(_env("MLINTERN_LLM_BASE_URL", "llm_base_url"), "")

    @default("llm_model")
    def _d_llm_model(self):
        return os.environ.get(_env("MLINTERN_LLM_MODEL", "llm_model"), "")

    @default("llm_api_key_env")
    def _d_llm_api_key_env(self):
        return os.environ.get(_env("MLINTERN_LLM_API_KEY_ENV", "llm_api_key_env"), "OPENAI_API_KEY")

    @default("llm_timeout")
    def _d_llm_timeout(self):
        return float(os.environ.get(_env("MLINTERN_LLM_TIMEOUT", "llm_timeout"), "60"))

    @default("llm_max_retries")
    def _d_llm_max_retries(self):
        return int(os.environ.get(_env("MLINTERN_LLM_MAX_RETRIES", "llm_max_retries"), "3"))

    @default("llm_budget_usd")
    def _d_llm_budget_usd(self):
        return float(os.environ.get(_env("MLINTERN_LLM_BUDGET_USD", "llm_budget_usd"), "1.0"))

    @default("llm_prices")
    def _d_llm_prices(self):
        import json
        raw = os.environ.get(_env("MLINTERN_LLM_PRICES", "llm_prices"), "")
        return json.loads(raw) if raw else {}


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
