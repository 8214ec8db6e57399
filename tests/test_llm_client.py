"""The LLM client, ledger and budget, against a real HTTP server on 127.0.0.1 (the real openai SDK)."""
from __future__ import annotations

import json
import socket
import time

import pytest

from fake_openai_server import Reply, fake_openai, llm_env  # noqa: F401 (fixtures)
from mlintern_nb.errors import LLMBudgetExceeded, LLMNotConfigured, LLMUnavailable
from mlintern_nb.llm import get_engine
from mlintern_nb.llm.cost import Ledger, estimate_tokens, is_local_endpoint, price_for

HI = [{"role": "user", "content": "hello there"}]


# ------------------------------------------------------------------ offline: no network at all
@pytest.fixture
def no_network(monkeypatch):
    def refuse(self, *a, **k):
        raise AssertionError(f"network access attempted: {a}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("engine,url", [("offline", ""), ("llm", ""), ("offline", "http://127.0.0.1:9/v1")])
def test_get_engine_none_without_endpoint_and_opens_no_socket(engine, url, monkeypatch, no_network):
    import mlintern_nb.config as config
    import mlintern_nb.llm as llm
    monkeypatch.setenv("MLINTERN_ENGINE", engine)
    monkeypatch.setenv("MLINTERN_LLM_BASE_URL", url)
    monkeypatch.setattr(config, "_current", None)
    monkeypatch.setattr(llm, "_cached", None)
    assert get_engine() is None
    from mlintern_nb.paper.document import Document, Page
    from mlintern_nb.paper.spec import PaperSpec
    doc = Document(path="p.pdf", sha256="0", pages=[Page(1, "We train with a learning rate of 0.1 for 90 epochs.")],
                   num_pages=1)
    spec = PaperSpec(title="T")
    out, stats = llm.refine_spec(doc, spec)
    assert out is spec and stats["engine"] == "offline" and stats["fallback"] == "no LLM endpoint configured"
    assert llm.repair_cell("x = 1/0\n", "ZeroDivisionError", "Traceback...") is None
    with pytest.raises(LLMNotConfigured):
        llm.plan_cell(spec, "model")


def test_get_engine_configured_by_env_without_touching_network(llm_env, no_network):
    engine = get_engine()
    assert engine is not None and engine.base_url == llm_env.base_url
    assert engine.client.model == "fake-model" and engine.client.timeout == 3 and engine.client.max_retries == 2
    assert get_engine() is engine  # one ledger per reproduction
    assert engine.client._sdk.api_key == "sk-test-123"
    assert llm_env.requests == []


# ------------------------------------------------------------------ calls
def test_plain_chat_usage_and_cost(llm_env):
    llm_env.push(Reply("pong", usage={"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}))
    engine = get_engine()
    res = engine.complete(HI, purpose="check", cell="c1")
    assert res.text == "pong" and not res.estimated and res.attempts == 1
    assert (res.prompt_tokens, res.completion_tokens) == (120, 30)
    # prices from MLINTERN_LLM_PRICES: 1000 / 2000 USD per 1M tokens
    assert engine.ledger.spent_usd == pytest.approx(120 * 1e-3 + 30 * 2e-3)
    req = llm_env.chat_requests[0]
    assert req["body"]["model"] == "fake-model" and req["body"]["messages"] == HI
    assert req["body"]["temperature"] == 0 and req["headers"]["authorization"] == "Bearer sk-test-123"


def test_streaming_collects_deltas_and_usage(llm_env):
    text = "a streamed reply that spans several SSE chunks"
    llm_env.push(Reply(text, usage={"prompt_tokens": 10, "completion_tokens": 11, "total_tokens": 21}))
    engine = get_engine()
    seen: list[str] = []
    res = engine.complete(HI, purpose="check", stream=True, on_delta=seen.append)
    assert res.text == text and len(seen) > 3 and "".join(seen) == text
    assert res.streamed and (res.prompt_tokens, res.completion_tokens) == (10, 11) and not res.estimated
    assert llm_env.chat_requests[0]["body"]["stream"] is True


def test_usage_estimated_when_server_sends_none(llm_env):
    llm_env.push(Reply("x" * 400, usage=None))
    res = get_engine().complete(HI, purpose="check")
    assert res.estimated and res.completion_tokens == estimate_tokens("x" * 400) == 100 and res.prompt_tokens > 0
    assert get_engine().ledger.calls[0].estimated


def test_models_endpoint_and_model_resolved_when_unset(llm_env, monkeypatch):
    import mlintern_nb.config as config
    monkeypatch.setenv("MLINTERN_LLM_MODEL", "")
    monkeypatch.setattr(config, "_current", None)
    llm_env.models = ["llama3.2:1b", "other"]
    engine = get_engine(fresh=True)
    assert engine.client.models() == ["llama3.2:1b", "other"]
    engine.complete(HI, purpose="check")
    assert llm_env.chat_requests[-1]["body"]["model"] == "llama3.2:1b"


# ------------------------------------------------------------------ retries / timeouts
def test_429_then_success_honours_retry_after(llm_env):
    llm_env.push(Reply(status=429, headers={"retry-after-ms": "20"}), Reply("ok after 429"))
    res = get_engine().complete(HI, purpose="check")
    assert res.text == "ok after 429" and res.attempts == 2 and len(llm_env.chat_requests) == 2


def test_500_then_success_backs_off_exponentially(llm_env):
    llm_env.push(Reply(status=500), Reply(status=503), Reply("ok after 5xx"))
    t0 = time.monotonic()
    res = get_engine().complete(HI, purpose="check")
    took = time.monotonic() - t0
    assert res.text == "ok after 5xx" and res.attempts == 3
    # backoff 0.5 s then 1.0 s, each with up to 25 % jitter
    assert 0.5 * 0.75 + 1.0 * 0.75 <= took < 5


def test_timeout_then_success(llm_env, monkeypatch):
    import mlintern_nb.config as config
    monkeypatch.setenv("MLINTERN_LLM_TIMEOUT", "0.5")
    monkeypatch.setattr(config, "_current", None)
    llm_env.push(Reply("too late", delay=1.5), Reply("in time"))
    res = get_engine().complete(HI, purpose="check")
    assert res.text == "in time" and res.attempts == 2


def test_persistent_failure_is_one_readable_line(llm_env, monkeypatch):
    import mlintern_nb.config as config
    monkeypatch.setenv("MLINTERN_LLM_MAX_RETRIES", "1")
    monkeypatch.setattr(config, "_current", None)
    llm_env.default = Reply(status=500, error="upstream exploded")
    engine = get_engine()
    with pytest.raises(LLMUnavailable) as ei:
        engine.complete(HI, purpose="check")
    msg = str(ei.value)
    assert "\n" not in msg and "2 attempt(s)" in msg and "HTTP 500" in msg and "upstream exploded" in msg
    assert ei.value.status == 500 and len(llm_env.chat_requests) == 2
    assert engine.ledger.calls[-1].ok is False


def test_auth_error_not_retried_and_names_key_variable(llm_env):
    llm_env.push(Reply(status=401, error="invalid api key"))
    with pytest.raises(LLMUnavailable) as ei:
        get_engine().complete(HI, purpose="check")
    assert "$MLINTERN_TEST_KEY" in str(ei.value) and len(llm_env.chat_requests) == 1


def test_connection_refused_is_llm_unavailable(monkeypatch):
    import mlintern_nb.config as config
    import mlintern_nb.llm as llm
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    monkeypatch.setenv("MLINTERN_ENGINE", "llm")
    monkeypatch.setenv("MLINTERN_LLM_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("MLINTERN_LLM_MODEL", "m")
    monkeypatch.setenv("MLINTERN_LLM_MAX_RETRIES", "0")
    monkeypatch.setattr(config, "_current", None)
    monkeypatch.setattr(llm, "_cached", None)
    with pytest.raises(LLMUnavailable, match="cannot connect"):
        get_engine().complete(HI, purpose="check")


def test_json_schema_refused_then_plain_and_remembered(llm_env):
    llm_env.supports_json_schema = False
    llm_env.push('{"a": 1}', '{"b": 2}')
    engine = get_engine()
    res = engine.complete(HI, purpose="extract", json_schema={"type": "object"})
    assert res.text == '{"a": 1}' and not res.used_json_schema and engine.client.supports_json_schema is False
    engine.complete(HI, purpose="extract", json_schema={"type": "object"})
    bodies = [r["body"] for r in llm_env.chat_requests]
    assert "response_format" in bodies[0] and "response_format" not in bodies[1] and "response_format" not in bodies[2]


def test_json_schema_sent_when_supported(llm_env):
    llm_env.push('{"a": 1}')
    res = get_engine().complete(HI, purpose="extract", json_schema={"type": "object"}, )
    rf = llm_env.chat_requests[0]["body"]["response_format"]
    assert res.used_json_schema and rf["type"] == "json_schema" and rf["json_schema"]["schema"] == {"type": "object"}


# ------------------------------------------------------------------ budget and prices
def test_budget_cap_stops_calls_before_spending(llm_env, monkeypatch):
    import mlintern_nb.config as config
    monkeypatch.setenv("MLINTERN_LLM_BUDGET_USD", "0.5")
    monkeypatch.setattr(config, "_current", None)
    engine = get_engine()
    llm_env.push(Reply("a", usage={"prompt_tokens": 300, "completion_tokens": 100, "total_tokens": 400}))
    engine.complete(HI, purpose="repair", cell="3")  # 0.3 + 0.2 = 0.5 USD: the cap is reached
    n = len(llm_env.chat_requests)
    with pytest.raises(LLMBudgetExceeded) as ei:
        engine.complete(HI, purpose="repair", cell="3")
    assert len(llm_env.chat_requests) == n  # nothing was sent
    assert str(ei.value) == "LLM budget reached ($0.5000 of $0.5000); continuing offline"
    assert engine.ledger.exhausted
    # repair falls back to offline: None, no request
    from mlintern_nb.llm import repair_cell
    assert repair_cell("x = 1\n", "d", "tb") is None and len(llm_env.chat_requests) == n


def test_ledger_views(llm_env):
    engine = get_engine()
    u = {"prompt_tokens": 1000, "completion_tokens": 500, "total_tokens": 1500}
    llm_env.push(Reply("a", usage=u), Reply("b", usage=u), Reply("c", usage=u))
    engine.complete(HI, purpose="repair", cell="4")
    engine.complete(HI, purpose="repair", cell="4")
    engine.complete(HI, purpose="plan", cell="model")
    d = engine.ledger.to_dict()
    assert d["by_cell"]["4"]["calls"] == 2 and d["by_cell"]["4"]["cost_usd"] == pytest.approx(4.0)
    assert d["by_purpose"]["plan"]["prompt_tokens"] == 1000 and d["spent_usd"] == pytest.approx(6.0)
    json.dumps(d)  # serialisable for notebook metadata
    assert engine.ledger.summary() == "LLM: 3 call(s), 3,000+1,500 tokens, $6.0000 of $100.00"
    assert "| 4 | 2 |" in engine.ledger._repr_markdown_()


def test_price_table():
    assert price_for("gpt-4o-mini-2024-07-18", "https://api.openai.com/v1") == ({"input": 0.15, "output": 0.6}, True)
    assert price_for("gpt-4o", "https://api.openai.com/v1")[0]["input"] == 2.5
    assert price_for("openai/gpt-4.1-mini", "https://openrouter.ai/api/v1")[0]["output"] == 1.6
    assert price_for("llama3.2:1b", "http://127.0.0.1:11434/v1") == ({"input": 0.0, "output": 0.0}, True)
    assert price_for("qwen", "http://192.168.1.5:8000/v1")[0] == {"input": 0.0, "output": 0.0}
    assert price_for("mystery", "https://example.com/v1")[1] is False
    assert price_for("mystery", "https://example.com/v1", {"mystery": {"input": 1, "output": 2}}) == (
        {"input": 1.0, "output": 2.0}, True)
    assert is_local_endpoint("http://localhost:1234/v1") and not is_local_endpoint("https://api.openai.com/v1")
    led = Ledger(budget_usd=-1)  # negative: no cap
    led.check(1e9)


# ------------------------------------------------------------------ CLI
def test_cli_llm_check_and_models(llm_env, capsys):
    from mlintern_nb.cli import main
    llm_env.push(Reply("OK", usage={"prompt_tokens": 20, "completion_tokens": 1, "total_tokens": 21}))
    assert main(["llm", "check", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["reply"] == "OK" and rep["model"] == "fake-model" and rep["models"] == ["fake-model"]
    assert rep["prompt_tokens"] == 20 and rep["cost_usd"] == pytest.approx(0.022)
    assert main(["llm", "models"]) == 0
    assert capsys.readouterr().out.split() == ["fake-model"]


def test_cli_llm_check_unconfigured_is_one_line(monkeypatch, capsys, no_network):
    import mlintern_nb.config as config
    from mlintern_nb.cli import main
    monkeypatch.setenv("MLINTERN_LLM_BASE_URL", "")
    monkeypatch.setattr(config, "_current", None)
    assert main(["llm", "check"]) == 52
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "MLINTERN_LLM_BASE_URL" in err and "Traceback" not in err


def test_cli_llm_check_server_down_is_one_line(llm_env, capsys):
    from mlintern_nb.cli import main
    llm_env.stop()
    assert main(["llm", "check"]) == 53
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot connect" in err


def test_refused_optional_fields_are_dropped_and_remembered(llm_env):
    llm_env.reject_params = {"seed", "stream_options"}
    engine = get_engine()
    llm_env.push(Reply("one", usage=None), "two")
    res = engine.complete(HI, purpose="check", stream=True)
    assert res.text == "one" and res.estimated  # no stream_options: the server sends no usage
    assert engine.client.unsupported == {"seed", "stream_options"}
    assert engine.complete(HI, purpose="check", stream=True).text == "two"
    bodies = [r["body"] for r in llm_env.chat_requests]
    assert len(bodies) == 4 and not ({"seed", "stream_options"} & set(bodies[-1]))


def test_bad_request_without_optional_fields_is_llm_error(llm_env):
    from mlintern_nb.errors import LLMError
    llm_env.reject_params = {"messages"}
    with pytest.raises(LLMError, match="rejected the request: Unrecognized request argument supplied: messages"):
        get_engine().client.chat(HI, seed=None)


@pytest.mark.parametrize("var,value,needle", [
    ("MLINTERN_LLM_TIMEOUT", "soon", "bad LLM setting MLINTERN_LLM_TIMEOUT"),
    ("MLINTERN_LLM_PRICES", "{not json", "bad LLM setting MLINTERN_LLM_PRICES"),
    ("MLINTERN_LLM_PRICES", '{"m": 5}', "MLINTERN_LLM_PRICES: 'm' needs"),
    ("MLINTERN_LLM_BASE_URL", "127.0.0.1:11434/v1", "must start with http:// or https://"),
    ("MLINTERN_LLM_MAX_RETRIES", "-1", "MLINTERN_LLM_MAX_RETRIES >= 0"),
])
def test_bad_settings_are_one_line(llm_env, monkeypatch, capsys, no_network, var, value, needle):
    import mlintern_nb.config as config
    from mlintern_nb.cli import main
    monkeypatch.setenv(var, value)
    monkeypatch.setattr(config, "_current", None)
    assert main(["llm", "check"]) == 50
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err and "Traceback" not in err


def test_reasoning_blocks_and_cut_off_replies(llm_env):
    from mlintern_nb.llm.parsing import parse_json_object
    from mlintern_nb.llm.safety import extract_code
    assert parse_json_object('<think>maybe {"a": 0}?</think>\n{"a": 1}') == {"a": 1}
    assert extract_code("<think>\nlet me think: x = {\n</think>\n```python\nx = 1\n```") == "x = 1\n"
    assert extract_code("<think>\nstill thinking x = 1") is None
    from mlintern_nb.llm import refine_spec
    from mlintern_nb.paper.document import Document, Page
    from mlintern_nb.paper.spec import PaperSpec
    llm_env.push(Reply('{"training": {"a": {"epochs": {"value": 3', finish_reason="length"))
    doc = Document(path="p.pdf", sha256="0", pages=[Page(1, "We train for 3 epochs.")], num_pages=1)
    spec, stats = refine_spec(doc, PaperSpec())
    assert stats["engine"] == "offline" and "cut off at the model's output limit" in stats["fallback"]
