"""A real desk server on a loopback port for the tests: uvicorn in a thread of the test process.

In the test process, so the tests can look inside (how often the model was loaded) and share the
model the other tests already loaded; the CLI's own `briefing serve` is started as a process too,
by the tests of its start-up line and its token.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import uvicorn
from smtp_server import free_port

from briefing.serve.app import create_app
from briefing.serve.desk import Desk

START_SECONDS = 60  # the model loads before the server answers


@dataclass
class RunningDesk:
    url: str
    desk: Desk
    port: int

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120, **kwargs)  # type: ignore[arg-type]


@contextlib.contextmanager
def running_desk(*, token: str | None = None, local: bool = True, desk: Desk | None = None) -> Iterator[RunningDesk]:
    port = free_port()
    desk = desk or Desk()
    config = uvicorn.Config(
        create_app(token=token, local=local, desk=desk),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"desk-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the desk server did not start")
        time.sleep(0.05)
    try:
        yield RunningDesk(f"http://127.0.0.1:{port}", desk, port)
    finally:
        server.should_exit = True
        thread.join(timeout=15)


_CSRF = re.compile(r'<meta name="csrf-token" content="([0-9a-f]+)">')


def csrf_of(client: httpx.Client, path: str = "/") -> str:
    """The CSRF token of this client's session, as the page embeds it."""
    response = client.get(path)
    response.raise_for_status()
    found = _CSRF.search(response.text)
    assert found, "the page carries no CSRF token"
    return found.group(1)


def error_of(html: str) -> str | None:
    """The one-line error a page shows, unescaped."""
    found = re.search(r'<p class="message error" role="alert" id="error">(.*?)</p>', html, re.S)
    if not found:
        return None
    import html as html_module

    return html_module.unescape(found.group(1))


def make_brief(client: httpx.Client, text: str, **fields: str) -> str:
    """Paste `text`, return the brief page's path."""
    response = client.post("/brief", data={"csrf": csrf_of(client), "text": text, **fields})
    assert response.status_code == 303, error_of(response.text) or response.status_code
    return response.headers["location"]
