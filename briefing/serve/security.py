"""What keeps the desk safe by default: headers, the access token, sessions and CSRF, the size cap.

- Every response carries a strict Content-Security-Policy: scripts and styles only from the
  server's own static files, nothing inline, no frames, no form posts elsewhere.
- Bound to a loopback address the server answers only requests addressed to a loopback name (a
  page elsewhere cannot reach it through DNS rebinding). Bound to any other address it needs the
  token printed at start: `?token=...` once, then a cookie, or an `Authorization: token ...` header.
- Each browser gets a session cookie; every form carries a CSRF token derived from it, and a POST
  without the right one is refused before anything is read from it.
- A request body larger than the CLI's input limit (plus room for the form's other fields) is
  refused with 413 before it is parsed.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from markupsafe import escape

from briefing.ingest import MAX_INPUT_BYTES

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FORM_ROOM = 64_000  # the form's other fields and the multipart framing, on top of the article itself
MAX_BODY_BYTES = MAX_INPUT_BYTES + FORM_ROOM
STATIC_PREFIX = "/static/"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
LOOPBACK_NAMES = frozenset({"localhost"})
MIN_SESSION_CHARS = 16  # a shorter session cookie was not made here: a new one is issued


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: addresses only this machine can reach."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """The one ASGI middleware around the app: size cap, host check, token, session, headers."""

    def __init__(self, app: ASGIApp, *, token: str | None, local: bool, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.token = token
        self.local = local
        self.max_body = max_body
        self.secret = secrets.token_bytes(32)  # signs CSRF tokens; a restart invalidates old forms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        refusal, set_cookies = self._admit(scope, headers)
        if refusal is not None:
            await _refuse(send, *refusal)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = _with_headers(message.get("headers", []), set_cookies, scope["path"])
            await send(message)

        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _refuse(send, 413, _too_large())

    def _admit(self, scope: Scope, headers: dict[str, str]) -> tuple[tuple[int, str] | None, list[str]]:
        """Whether to refuse the request (status and reason), and the cookies to set if not. Puts
        the session's CSRF token in `scope["state"]`."""
        port = scope["server"][1] if scope.get("server") else 0
        cookies = _cookies(headers.get("cookie", ""))
        set_cookies: list[str] = []
        if self.local and not is_loopback(_host_name(headers.get("host", ""))):
            return (400, "This server answers only requests addressed to this machine (localhost)."), []
        if self.token is not None:
            given = self._token_given(scope, headers, cookies, port)
            if given is None:
                return (403, "This server needs its access token: open the address it printed when it started."), []
            if given == "query":
                set_cookies.append(_cookie(f"briefing_token_{port}", self.token))
        session = cookies.get(f"briefing_session_{port}", "")
        if len(session) < MIN_SESSION_CHARS:
            session = secrets.token_urlsafe(18)
            set_cookies.append(_cookie(f"briefing_session_{port}", session))
        scope.setdefault("state", {})
        scope["state"]["csrf"] = self.csrf_for(session)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            return (413, _too_large()), []
        return None, set_cookies

    def csrf_for(self, session: str) -> str:
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()

    def _token_given(self, scope: Scope, headers: dict[str, str], cookies: dict[str, str], port: int) -> str | None:
        """How the request showed the token ("query", "cookie", "header"), or None if it did not."""
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        assert self.token is not None
        if any(_same(v, self.token) for v in query.get("token", [])):
            return "query"
        if _same(cookies.get(f"briefing_token_{port}", ""), self.token):
            return "cookie"
        scheme, _, value = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "token" and _same(value.strip(), self.token):
            return "header"
        return None


class BodyTooLarge(Exception):
    """The request body ran past the cap while it was being read."""


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and _same(expected, str(given))


def _with_headers(headers: list[tuple[bytes, bytes]], set_cookies: list[str], path: str) -> list[tuple[bytes, bytes]]:
    """A response's headers plus the security headers and the cookies. Pages and downloads hold
    article text and are never stored; the static files are kept and checked again on each use."""
    extra = [*HEADERS, *((b"set-cookie", c.encode("latin-1")) for c in set_cookies)]
    if not any(name.lower() == b"cache-control" for name, _ in headers):
        extra.append((b"cache-control", b"no-cache" if path.startswith(STATIC_PREFIX) else b"no-store"))
    return [*headers, *extra]


def _too_large() -> str:
    return f"The upload is larger than the {MAX_INPUT_BYTES // 1_000_000} MB input limit."


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _host_name(host: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1', '[::1]:8000' -> '::1'."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header from some other site's cookie: ignore it
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def _cookie(name: str, value: str) -> str:
    return f"{name}={value}; Path=/; HttpOnly; SameSite=Strict"


async def _refuse(send: Send, status: int, text: str) -> None:
    body = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>briefing desk</title></head>'
        f'<body><p role="alert">{escape(text)}</p></body></html>'
    ).encode()
    headers = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    headers += [*HEADERS, (b"cache-control", b"no-store")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _same(given: str, expected: str) -> bool:
    """A constant-time comparison that takes any text a client sends: compare_digest refuses str with
    non-ASCII characters (a 500 for a token of 'é'), so both sides are compared as UTF-8 bytes."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))
