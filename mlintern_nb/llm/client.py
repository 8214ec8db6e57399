"""One chat client for any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server,
LM Studio, routers), over the ``openai`` package.

The SDK's own retries are switched off (``max_retries=0``) and replaced by
:meth:`LLMClient._with_retries` so that every attempt is counted in the
ledger: 429, 408/409, 5xx, time-outs and dropped connections are retried
``max_retries`` times with exponential backoff (``backoff_s * 2**n``, capped,
with jitter), honouring a server's ``Retry-After``/``Retry-After-Ms``.
Structured output is asked for with ``response_format={"type": "json_schema"}``;
a server that refuses it (400/422) is asked again without it and remembered.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable

from ..errors import LLMError, LLMUnavailable
from .cost import estimate_tokens, messages_tokens

log = logging.getLogger("mlintern_nb.llm")

RETRYABLE_STATUS = {408, 409, 429}
MAX_RETRY_AFTER_S = 30.0


@dataclass
class ChatResult:
    text: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    estimated: bool  # token counts are estimates (server sent no usage)
    attempts: int
    streamed: bool
    finish_reason: str | None
    duration_s: float
    used_json_schema: bool = False


class LLMClient:
    def __init__(self, base_url: str, model: str = "", api_key_env: str = "OPENAI_API_KEY",
                 timeout: float = 60.0, max_retries: int = 3, backoff_s: float = 0.5, max_backoff_s: float = 8.0):
        import openai

        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key_env = api_key_env
        self.timeout = timeout
        self.max_retries = max(0, int(max_retries))
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.supports_json_schema: bool | None = None  # learnt on first structured request
        self.unsupported: set[str] = set()  # optional request fields the server refused (seed, stream_options)
        # Local servers ignore the key; the SDK insists on a non-empty one.
        key = os.environ.get(api_key_env or "", "") or "not-needed"
        self._openai = openai
        self._sdk = openai.OpenAI(base_url=self.base_url, api_key=key, timeout=timeout, max_retries=0)

    # ------------------------------------------------------------------ models
    def models(self) -> list[str]:
        page = self._with_retries(lambda: self._sdk.models.list())[0]
        return [m.id for m in page.data]

    def resolve_model(self) -> str:
        """The configured model, else the first the server lists (Ollama/llama.cpp serve one)."""
        if not self.model:
            names = self.models()
            if not names:
                raise LLMError(f"{self.base_url} lists no models; set MLINTERN_LLM_MODEL")
            self.model = names[0]
        return self.model

    # ------------------------------------------------------------------ chat
    def chat(self, messages: list[dict], *, json_schema: dict | None = None, schema_name: str = "reply",
             stream: bool = False, on_delta: Callable[[str], None] | None = None,
             max_tokens: int | None = None, temperature: float = 0.0, seed: int | None = 0) -> ChatResult:
        """One completion. Optional features a server refuses with HTTP 400 (``response_format``,
        ``stream_options``, ``seed``) are dropped one at a time, remembered, and the request re-sent."""
        model = self.resolve_model()
        kwargs: dict = {"model": model, "messages": messages, "temperature": temperature}
        if seed is not None and "seed" not in self.unsupported:
            kwargs["seed"] = seed
        if max_tokens:
            kwargs["max_tokens"] = max_tokens
        if json_schema is not None and self.supports_json_schema is not False:
            kwargs["response_format"] = {"type": "json_schema",
                                         "json_schema": {"name": schema_name, "schema": json_schema, "strict": False}}
        if stream:
            kwargs["stream"] = True
            if "stream_options" not in self.unsupported:
                kwargs["stream_options"] = {"include_usage": True}
        t0 = time.monotonic()
        attempts = 0
        while True:
            try:
                (text, usage, finish), n = self._with_retries(lambda: self._once(kwargs, stream, on_delta))
                attempts += n
                break
            except self._openai.BadRequestError as exc:
                attempts += 1
                optional = [k for k in ("response_format", "stream_options", "seed") if k in kwargs]
                if not optional:
                    raise LLMError(f"{self.base_url} rejected the request: {_detail(exc)}", status=400) from None
                detail = _detail(exc)
                drop = next((k for k in optional if k in detail or k.split("_")[0] in detail), optional[0])
                log.info("%s refused %s (%s); asking without it", self.base_url, drop, detail)
                kwargs.pop(drop)
                if drop == "response_format":
                    self.supports_json_schema = False
                else:
                    self.unsupported.add(drop)
        use_schema = "response_format" in kwargs
        if use_schema:
            self.supports_json_schema = True
        if usage and usage[0] is not None:
            pt, ct, est = int(usage[0]), int(usage[1] or 0), False
        else:
            pt, ct, est = messages_tokens(messages), estimate_tokens(text), True
        return ChatResult(text=text, model=model, prompt_tokens=pt, completion_tokens=ct, estimated=est,
                          attempts=attempts, streamed=stream, finish_reason=finish,
                          duration_s=time.monotonic() - t0, used_json_schema=use_schema)

    def _once(self, kwargs: dict, stream: bool, on_delta):
        if not stream:
            resp = self._sdk.chat.completions.create(**kwargs)
            if not resp.choices:
                raise LLMError(f"{self.base_url} returned no choices")
            choice = resp.choices[0]
            u = resp.usage
            usage = (u.prompt_tokens, u.completion_tokens) if u is not None else None
            return choice.message.content or "", usage, choice.finish_reason
        parts: list[str] = []
        usage, finish = None, None
        events = self._sdk.chat.completions.create(**kwargs)
        for chunk in events:
            if getattr(chunk, "usage", None) is not None:
                usage = (chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
            for choice in chunk.choices or []:
                delta = choice.delta.content if choice.delta is not None else None
                if delta:
                    parts.append(delta)
                    if on_delta:
                        on_delta(delta)
                if choice.finish_reason:
                    finish = choice.finish_reason
        return "".join(parts), usage, finish

    # ------------------------------------------------------------------ retries
    def _with_retries(self, fn):
        """``(fn(), attempts)``; retries transient failures, then raises :class:`LLMUnavailable`."""
        oa = self._openai
        attempt = 0
        while True:
            attempt += 1
            try:
                return fn(), attempt
            except oa.APIStatusError as exc:
                status = exc.status_code
                if status == 400:
                    raise
                if status in (401, 403):
                    raise LLMUnavailable(self.base_url, f"HTTP {status} {_detail(exc)} — is ${self.api_key_env} "
                                                        f"set to a valid key?", attempt, status) from None
                if status == 404:
                    raise LLMUnavailable(self.base_url, f"HTTP 404 {_detail(exc)} — check the base URL (most "
                                                        f"servers end in /v1) and the model name", attempt,
                                         status) from None
                if not (status in RETRYABLE_STATUS or status >= 500) or attempt > self.max_retries:
                    raise LLMUnavailable(self.base_url, f"HTTP {status} {_detail(exc)}", attempt, status) from None
                delay = self._delay(attempt, exc.response.headers if exc.response is not None else None)
                log.info("LLM HTTP %s; retry %d/%d in %.2fs", status, attempt, self.max_retries, delay)
            except oa.APITimeoutError:
                if attempt > self.max_retries:
                    raise LLMUnavailable(self.base_url, f"no answer within {self.timeout:g}s", attempt) from None
                delay = self._delay(attempt, None)
                log.info("LLM timed out; retry %d/%d in %.2fs", attempt, self.max_retries, delay)
            except oa.APIConnectionError as exc:
                if attempt > self.max_retries:
                    raise LLMUnavailable(self.base_url, f"cannot connect ({_detail(exc)})", attempt) from None
                delay = self._delay(attempt, None)
                log.info("LLM connection failed; retry %d/%d in %.2fs", attempt, self.max_retries, delay)
            time.sleep(delay)

    def _delay(self, attempt: int, headers) -> float:
        if headers is not None:
            for name, div in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
                raw = headers.get(name)
                if raw is None:
                    continue
                try:
                    val = float(raw) / div
                except ValueError:
                    continue
                if 0 <= val <= MAX_RETRY_AFTER_S:
                    return val
        base = min(self.backoff_s * (2 ** (attempt - 1)), self.max_backoff_s)
        return base * (1 - 0.25 * random.random())


def _detail(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = err.get("message") if isinstance(err, dict) else err
        if msg:
            return " ".join(str(msg).split())[:200]
    return " ".join(str(exc).split())[:200]
