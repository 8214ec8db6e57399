"""``LLMEngine``: the configured client + price + ledger (one per reproduction)."""
from __future__ import annotations

import logging
import time
from typing import Callable

from ..errors import LLMBudgetExceeded, LLMError
from .client import ChatResult, LLMClient
from .cost import CallRecord, Ledger, cost_of, estimate_tokens, messages_tokens, price_for

log = logging.getLogger("mlintern_nb.llm")


LLM_TRAITS = ("llm_base_url", "llm_model", "llm_api_key_env", "llm_timeout", "llm_max_retries", "llm_budget_usd",
              "llm_prices")


def read_settings(cfg) -> dict:
    """The LLM traits, validated: a bad value is one line naming its environment variable."""
    from ..config import env_var_of
    out = {}
    for name in LLM_TRAITS:
        try:
            out[name] = getattr(cfg, name)
        except Exception as exc:  # noqa: BLE001 — e.g. MLINTERN_LLM_TIMEOUT=abc, MLINTERN_LLM_PRICES='{'
            raise LLMError(f"bad LLM setting {env_var_of(name) or name}: {' '.join(str(exc).split())[:120]}",
                           setting=name) from None
    url = (out["llm_base_url"] or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        raise LLMError(f"bad LLM setting MLINTERN_LLM_BASE_URL={url!r}: it must start with http:// or https:// "
                       f"(e.g. http://127.0.0.1:11434/v1)", setting="llm_base_url")
    out["llm_base_url"] = url
    if out["llm_timeout"] <= 0 or out["llm_max_retries"] < 0:
        raise LLMError("bad LLM setting: MLINTERN_LLM_TIMEOUT must be > 0 and MLINTERN_LLM_MAX_RETRIES >= 0",
                       setting="llm_timeout")
    prices = {}
    for model, p in dict(out["llm_prices"] or {}).items():
        try:
            prices[str(model)] = {"input": float(p["input"]), "output": float(p["output"])}
        except (TypeError, KeyError, ValueError):
            raise LLMError(f"bad LLM setting MLINTERN_LLM_PRICES: {model!r} needs "
                           f"{{\"input\": usd_per_1M, \"output\": usd_per_1M}}, got {p!r}",
                           setting="llm_prices") from None
    out["llm_prices"] = prices
    return out


class LLMEngine:
    """Everything that talks to the model goes through :meth:`complete`, which enforces the budget
    and writes the ledger. Build it with :func:`mlintern_nb.llm.get_engine` (reads ``MLIntern``)."""

    def __init__(self, client: LLMClient, budget_usd: float | None = 1.0, prices: dict | None = None):
        self.client = client
        self.prices = prices or {}
        self.ledger = Ledger(budget_usd)
        self._budget_warned = False

    @classmethod
    def from_config(cls, cfg) -> "LLMEngine":
        return cls.from_settings(read_settings(cfg))

    @classmethod
    def from_settings(cls, s: dict) -> "LLMEngine":
        client = LLMClient(s["llm_base_url"], model=s["llm_model"], api_key_env=s["llm_api_key_env"],
                           timeout=s["llm_timeout"], max_retries=s["llm_max_retries"])
        return cls(client, budget_usd=s["llm_budget_usd"], prices=s["llm_prices"])

    @property
    def base_url(self) -> str:
        return self.client.base_url

    def price(self) -> tuple[dict[str, float], bool]:
        return price_for(self.client.model, self.client.base_url, self.prices)

    def describe(self) -> dict:
        price, known = self.price()
        return {"base_url": self.client.base_url, "model": self.client.model or None, "price_per_1m": price,
                "price_known": known, "budget_usd": self.ledger.budget_usd,
                "json_schema": self.client.supports_json_schema}

    # ------------------------------------------------------------------ one call
    def complete(self, messages: list[dict], *, purpose: str, cell: str | None = None,
                 json_schema: dict | None = None, stream: bool = False,
                 on_delta: Callable[[str], None] | None = None, max_tokens: int | None = None) -> ChatResult:
        """One chat completion, budget-checked and recorded. Raises ``LLMBudgetExceeded`` before
        spending when the cap is reached, ``LLMUnavailable`` / ``LLMError`` on failure."""
        price, _ = self.price()
        try:
            self.ledger.check(cost_of(messages_tokens(messages), 0, price))
        except LLMBudgetExceeded as exc:
            if not self._budget_warned:
                log.warning("%s", exc)
                self._budget_warned = True
            raise
        t0 = time.monotonic()
        try:
            res = self.client.chat(messages, json_schema=json_schema, stream=stream, on_delta=on_delta,
                                   max_tokens=max_tokens)
        except LLMError as exc:
            self.ledger.add(CallRecord(purpose=purpose, cell=cell, model=self.client.model, prompt_tokens=0,
                                       completion_tokens=0, cost_usd=0.0, estimated=True,
                                       duration_s=round(time.monotonic() - t0, 3),
                                       attempts=getattr(exc, "attempts", 1), streamed=stream, ok=False,
                                       error=str(exc)))
            raise
        price, _ = self.price()  # the model may have been resolved by the call
        self.ledger.add(CallRecord(purpose=purpose, cell=cell, model=res.model, prompt_tokens=res.prompt_tokens,
                                   completion_tokens=res.completion_tokens,
                                   cost_usd=round(cost_of(res.prompt_tokens, res.completion_tokens, price), 8),
                                   estimated=res.estimated, duration_s=round(res.duration_s, 3),
                                   attempts=res.attempts, streamed=stream))
        return res

    # ------------------------------------------------------------------ uses
    def refine_spec(self, doc, spec, **kw):
        from .extraction import refine_spec
        return refine_spec(doc, spec, engine=self, **kw)

    def plan_cell(self, spec, role: str, context: dict | None = None, **kw) -> str:
        from .planning import plan_cell
        return plan_cell(spec, role, context or {}, engine=self, **kw)

    def repair_cell(self, source: str, diagnosis, traceback, upstream=None, **kw) -> str | None:
        from .repair import repair_cell
        return repair_cell(source, diagnosis, traceback, upstream or [], engine=self, **kw)


__all__ = ["LLMEngine", "estimate_tokens"]
