"""Token counts, prices and the spending ledger.

Prices are USD per 1M tokens ``{"input": x, "output": y}``. The table is
``DEFAULT_PRICES`` overlaid with ``MLIntern.llm_prices``; a model matches its
longest listed prefix (``gpt-4o-mini-2024-07-18`` -> ``gpt-4o-mini``). Local
servers (loopback / private addresses: Ollama, llama.cpp, vLLM, LM Studio on
your machine) cost 0. An unknown model on a remote endpoint is charged
``UNKNOWN_REMOTE_PRICE`` (deliberately high) so the budget cap still holds.
"""
from __future__ import annotations

import ipaddress
import json
import math
import threading
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import urlparse

from ..errors import LLMBudgetExceeded

DEFAULT_PRICES: dict[str, dict[str, float]] = {
    "gpt-4o-mini": {"input": 0.15, "output": 0.60},
    "gpt-4o": {"input": 2.50, "output": 10.00},
    "gpt-4.1-nano": {"input": 0.10, "output": 0.40},
    "gpt-4.1-mini": {"input": 0.40, "output": 1.60},
    "gpt-4.1": {"input": 2.00, "output": 8.00},
    "gpt-5-nano": {"input": 0.05, "output": 0.40},
    "gpt-5-mini": {"input": 0.25, "output": 2.00},
    "gpt-5": {"input": 1.25, "output": 10.00},
    "o3-mini": {"input": 1.10, "output": 4.40},
    "o4-mini": {"input": 1.10, "output": 4.40},
    "o3": {"input": 2.00, "output": 8.00},
    "claude-3-5-haiku": {"input": 0.80, "output": 4.00},
    "claude-sonnet-4": {"input": 3.00, "output": 15.00},
    "deepseek-chat": {"input": 0.27, "output": 1.10},
}
FREE = {"input": 0.0, "output": 0.0}
UNKNOWN_REMOTE_PRICE = {"input": 5.00, "output": 15.00}


def is_local_endpoint(base_url: str) -> bool:
    """Loopback, private-network or .local hosts: a server you run, billed at 0."""
    host = (urlparse(base_url).hostname or "").lower()
    if host in {"localhost", "host.docker.internal"} or host.endswith(".local"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private or ip.is_link_local


def price_for(model: str, base_url: str = "", overrides: dict | None = None) -> tuple[dict[str, float], bool]:
    """``(price, known)`` for ``model``; overrides (``MLIntern.llm_prices``) win over the defaults."""
    table = {**DEFAULT_PRICES, **(overrides or {})}
    name = (model or "").lower()
    for key in sorted(table, key=len, reverse=True):
        if name == key.lower() or name.startswith(key.lower()) or name.split("/")[-1].startswith(key.lower()):
            p = table[key]
            return {"input": float(p.get("input", 0.0)), "output": float(p.get("output", 0.0))}, True
    if is_local_endpoint(base_url):
        return dict(FREE), True
    return dict(UNKNOWN_REMOTE_PRICE), False


def estimate_tokens(text: str) -> int:
    """Rough count (~4 characters a token) for servers that report no usage."""
    return max(1, math.ceil(len(text or "") / 4)) if text else 0


def messages_tokens(messages: list[dict]) -> int:
    return sum(estimate_tokens(str(m.get("content", ""))) + 4 for m in messages)


@dataclass
class CallRecord:
    purpose: str  # extract | plan | repair | check
    cell: str | None
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    estimated: bool  # usage was not reported by the server
    duration_s: float
    attempts: int = 1
    streamed: bool = False
    ok: bool = True
    error: str | None = None
    at: float = field(default_factory=time.time)


class Ledger:
    """What the LLM cost, per call, per cell and per reproduction; enforces the budget cap."""

    def __init__(self, budget_usd: float | None = None):
        self.budget_usd = budget_usd
        self.calls: list[CallRecord] = []
        self._lock = threading.Lock()

    # ------------------------------------------------------------ totals
    @property
    def spent_usd(self) -> float:
        return sum(c.cost_usd for c in self.calls)

    @property
    def prompt_tokens(self) -> int:
        return sum(c.prompt_tokens for c in self.calls)

    @property
    def completion_tokens(self) -> int:
        return sum(c.completion_tokens for c in self.calls)

    @property
    def exhausted(self) -> bool:
        return self.budget_usd is not None and self.budget_usd >= 0 and self.spent_usd >= self.budget_usd

    def check(self, next_cost_usd: float = 0.0) -> None:
        """Raise :class:`LLMBudgetExceeded` if the next call would go over the cap."""
        if self.budget_usd is None or self.budget_usd < 0:
            return
        spent = self.spent_usd
        if spent >= self.budget_usd or (next_cost_usd > 0 and spent + next_cost_usd > self.budget_usd):
            raise LLMBudgetExceeded(spent, self.budget_usd)

    def add(self, record: CallRecord) -> CallRecord:
        with self._lock:
            self.calls.append(record)
        return record

    # ------------------------------------------------------------ views
    def by_cell(self) -> dict[str, dict]:
        return self._group(lambda c: c.cell or "-")

    def by_purpose(self) -> dict[str, dict]:
        return self._group(lambda c: c.purpose)

    def _group(self, key) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for c in self.calls:
            g = out.setdefault(key(c), {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0})
            g["calls"] += 1
            g["prompt_tokens"] += c.prompt_tokens
            g["completion_tokens"] += c.completion_tokens
            g["cost_usd"] = round(g["cost_usd"] + c.cost_usd, 8)
        return out

    def to_dict(self) -> dict:
        """For ``nb.metadata.mlintern.llm`` and the headless report."""
        return {"budget_usd": self.budget_usd, "spent_usd": round(self.spent_usd, 8),
                "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "calls": [asdict(c) for c in self.calls], "by_cell": self.by_cell(),
                "by_purpose": self.by_purpose()}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def summary(self) -> str:
        """One line: ``LLM: 3 calls, 1,234+210 tokens, $0.0012 of $1.00``."""
        budget = f" of ${self.budget_usd:.2f}" if self.budget_usd is not None and self.budget_usd >= 0 else ""
        return (f"LLM: {len(self.calls)} call(s), {self.prompt_tokens:,}+{self.completion_tokens:,} tokens, "
                f"${self.spent_usd:.4f}{budget}")

    def _repr_markdown_(self) -> str:
        rows = ["| cell | calls | tokens in | tokens out | USD |", "|---|---|---|---|---|"]
        for cell, g in self.by_cell().items():
            rows.append(f"| {cell} | {g['calls']} | {g['prompt_tokens']} | {g['completion_tokens']} | "
                        f"{g['cost_usd']:.4f} |")
        return self.summary() + "\n\n" + "\n".join(rows)

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()


def cost_of(prompt_tokens: int, completion_tokens: int, price: dict[str, float]) -> float:
    return (prompt_tokens * price["input"] + completion_tokens * price["output"]) / 1_000_000
