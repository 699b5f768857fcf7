"""`briefing serve`: a local web desk over the library, where every line of a brief shows its words.

Paste or drop an article, get the brief beside it; hovering or clicking a point lights up the
sentence it rests on. Downloads, e-mail and a short history as in the CLI. The web stack
(Starlette on uvicorn) is the optional extra `briefing[serve]`; this module imports it only when
the server starts, so the rest of the CLI never needs it.

    app.py       the routes and pages
    desk.py      briefs made, kept, rendered and mailed (the analysis on a thread of its own)
    evidence.py  the brief pane's points and the article pane's marked spans
    security.py  headers, token, sessions and CSRF, the size cap
"""

from __future__ import annotations

import socket
import webbrowser
from collections.abc import Callable

from briefing.errors import UsageProblem
from briefing.serve.security import is_loopback, new_token

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def address(host: str, port: int, token: str | None) -> str:
    """The address to open: with the token in it when the server needs one."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("localhost" if host == "::" else host)
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def run(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    open_browser: bool = False,
    say: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted. A non-loopback host gets a fresh token, printed with the address.
    "ready" is said once the model is loaded and the port is open; `open_browser` opens it then."""
    try:
        import uvicorn

        from briefing.serve.app import create_app
    except ImportError as exc:
        raise UsageProblem(f"briefing serve needs the web extra: pip install 'briefing[serve]' ({exc})") from None
    local = is_loopback(host)
    token = None if local else new_token()
    url = address(host, port, token)

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)  # the app's start-up (the model) first, then the port
            if self.started:
                say(f"ready: {url}")
                if open_browser:
                    webbrowser.open(url)

    config = uvicorn.Config(
        create_app(token=token, local=local),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
        lifespan="on",
    )
    say(f"briefing desk: {url}")
    if token:
        say(f"listening on {host}: anyone who can reach it needs the token above ({token})")
    say("loading the language model... (Ctrl-C stops the server)")
    Server(config).run()
