"""A real HTTP server on 127.0.0.1 speaking the OpenAI chat API, with scripted replies.

Implements ``GET /v1/models`` and ``POST /v1/chat/completions`` (plain JSON and streaming SSE).
Tests push :class:`Reply` objects; each chat request consumes one (or ``default`` when the script is
empty). Every request body is recorded in ``server.requests``.

Fixtures: ``fake_openai`` (a running server) and ``llm_env`` (MLIntern configured through the
environment to use it; config and engine caches reset).
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Reply:
    content: str = "OK"
    status: int = 200
    usage: dict | str | None = "auto"  # "auto": counted; None: no usage field; dict: as given
    delay: float = 0.0  # seconds to sleep before answering (timeouts)
    headers: dict = field(default_factory=dict)
    error: str = "scripted error"
    finish_reason: str = "stop"


class FakeOpenAI:
    def __init__(self, models=("fake-model",)):
        self.models = list(models)
        self.script: deque[Reply] = deque()
        self.default = Reply()
        self.requests: list[dict] = []
        self.supports_json_schema = True
        self.reject_params: set[str] = set()  # request fields answered with HTTP 400 (like strict servers)
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # ------------------------------------------------------------- script
    def push(self, *replies: Reply | str) -> "FakeOpenAI":
        for r in replies:
            self.script.append(Reply(content=r) if isinstance(r, str) else r)
        return self

    def _next(self) -> Reply:
        with self._lock:
            return self.script.popleft() if self.script else self.default

    @property
    def chat_requests(self) -> list[dict]:
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    # ------------------------------------------------------------- server
    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeOpenAI":
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def _send(self, status: int, payload: dict, headers: dict | None = None):
                body = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, str(v))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                server.requests.append({"path": self.path, "method": "GET",
                                        "headers": {k.lower(): v for k, v in self.headers.items()}})
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in server.models]})
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                server.requests.append({"path": self.path, "method": "POST", "body": body,
                                        "headers": {k.lower(): v for k, v in self.headers.items()}})
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._send(404, {"error": {"message": f"no route {self.path}"}})
                if "response_format" in body and not server.supports_json_schema:
                    return self._send(400, {"error": {"message": "response_format json_schema is not supported",
                                                      "type": "invalid_request_error"}})
                refused = sorted(server.reject_params & set(body))
                if refused:
                    return self._send(400, {"error": {"message": f"Unrecognized request argument supplied: "
                                                                 f"{refused[0]}", "type": "invalid_request_error"}})
                r = server._next()
                if r.delay:
                    time.sleep(r.delay)
                if r.status != 200:
                    return self._send(r.status, {"error": {"message": r.error, "type": "server_error"}}, r.headers)
                prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4 + 1
                usage = ({"prompt_tokens": prompt, "completion_tokens": len(r.content) // 4 + 1,
                          "total_tokens": prompt + len(r.content) // 4 + 1} if r.usage == "auto" else r.usage)
                model = body.get("model", "fake-model")
                if body.get("stream"):
                    return self._stream(r, model, usage, body)
                payload = {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                           "model": model, "choices": [{"index": 0, "finish_reason": r.finish_reason,
                                                        "message": {"role": "assistant", "content": r.content}}]}
                if usage is not None:
                    payload["usage"] = usage
                self._send(200, payload, r.headers)

            def _stream(self, r: Reply, model: str, usage, body):
                def event(obj) -> bytes:
                    return b"data: " + json.dumps(obj).encode() + b"\n\n"

                base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                        "model": model}
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(event({**base, "choices": [{"index": 0, "delta": {"role": "assistant"},
                                                                 "finish_reason": None}]}))
                    for i in range(0, len(r.content), 7):
                        self.wfile.write(event({**base, "choices": [{"index": 0, "delta": {
                            "content": r.content[i:i + 7]}, "finish_reason": None}]}))
                        self.wfile.flush()
                    self.wfile.write(event({**base, "choices": [{"index": 0, "delta": {},
                                                                 "finish_reason": r.finish_reason}]}))
                    if usage is not None and (body.get("stream_options") or {}).get("include_usage"):
                        self.wfile.write(event({**base, "choices": [], "usage": usage}))
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai",
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None


@pytest.fixture
def fake_openai():
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def llm_env(fake_openai, monkeypatch):
    """Configure MLIntern for the fake server the way a user would: environment variables only."""
    import mlintern_nb.config as config
    import mlintern_nb.llm as llm

    monkeypatch.setenv("MLINTERN_ENGINE", "llm")
    monkeypatch.setenv("MLINTERN_LLM_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("MLINTERN_LLM_MODEL", "fake-model")
    monkeypatch.setenv("MLINTERN_LLM_API_KEY_ENV", "MLINTERN_TEST_KEY")
    monkeypatch.setenv("MLINTERN_TEST_KEY", "sk-test-123")
    monkeypatch.setenv("MLINTERN_LLM_TIMEOUT", "3")
    monkeypatch.setenv("MLINTERN_LLM_MAX_RETRIES", "2")
    monkeypatch.setenv("MLINTERN_LLM_PRICES", json.dumps({"fake-model": {"input": 1000.0, "output": 2000.0}}))
    monkeypatch.setenv("MLINTERN_LLM_BUDGET_USD", "100")
    monkeypatch.setattr(config, "_current", None)
    monkeypatch.setattr(llm, "_cached", None)
    return fake_openai
