"""A real OpenAI-compatible HTTP server on loopback for the LLM engine's tests (our own code).

`LlmServer` listens on 127.0.0.1 on a free port and answers `POST /v1/chat/completions` from a
script: a function of (request body, request number) that returns a `Scripted` answer: a reply,
an HTTP error, or silence (a server that never answers). It records every request, headers
included, and the most requests it held at once. The real `openai` client talks to it through a
real socket; `benchmarks/llm_replay.py` uses it too.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Scripted:
    """One answer: a chat reply with `content`, or `status` with an error body, or no answer at all."""

    content: str | None = None
    status: int = 200
    error: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    silent: bool = False  # never answer (until the server stops)
    finish_reason: str = "stop"


Script = Callable[[dict[str, Any], int], Scripted]


def reply(content: str | dict[str, Any]) -> Scripted:
    return Scripted(content=content if isinstance(content, str) else json.dumps(content))


def error(status: int, message: str, **headers: str) -> Scripted:
    return Scripted(status=status, error=message, headers=headers)


@dataclass
class Received:
    body: dict[str, Any]
    headers: dict[str, str]
    path: str


class LlmServer:
    """Start with `with LlmServer(script) as server:`; `server.url` is the base URL (…/v1)."""

    def __init__(self, script: Script, *, hold_until: int = 0, hold_seconds: float = 0.0, port: int = 0) -> None:
        self.script = script
        self.requests: list[Received] = []
        self.in_flight = 0
        self.most_in_flight = 0
        # Concurrency check: hold each request until `hold_until` have arrived (or `hold_seconds` pass):
        # a client that asks one at a time then shows one in flight at most.
        self.hold_until, self.hold_seconds = hold_until, hold_seconds
        self._lock = threading.Condition()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> LlmServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        with self._lock:
            self._lock.notify_all()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _answer(self, body: dict[str, Any], headers: dict[str, str], path: str) -> Scripted:
        with self._lock:
            self.requests.append(Received(body, headers, path))
            number = len(self.requests)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            self._lock.notify_all()
            deadline = time.monotonic() + self.hold_seconds
            while len(self.requests) < self.hold_until and time.monotonic() < deadline and not self._stopping.is_set():
                self._lock.wait(timeout=max(0.0, deadline - time.monotonic()))
        try:
            return self.script(body, number)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet in test output
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                answer = server._answer(body, {k.lower(): v for k, v in self.headers.items()}, self.path)
                if answer.silent:
                    server._stopping.wait()
                    return
                if answer.status != 200:
                    self._send(answer.status, {"error": {"message": answer.error, "type": "test"}}, answer.headers)
                    return
                content = answer.content or ""
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{len(server.requests)}",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", ""),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": content},
                                "finish_reason": answer.finish_reason,
                            }
                        ],
                        "usage": {
                            "prompt_tokens": sum(len(m.get("content", "")) // 4 for m in body.get("messages", [])),
                            "completion_tokens": len(content) // 4,
                            "total_tokens": 0,
                        },
                    },
                )

            def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler
