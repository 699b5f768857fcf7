"""`briefing serve` driven over HTTP: a real server on a loopback port, the real model, real SMTP.

Paste and upload, each download, e-mail and `.eml` drafts, the errors the page shows, the token of
a non-local server, CSRF and size refusals, escaping of hostile article text, the history, and
that many requests load the model once while the server keeps answering.
"""

from __future__ import annotations

import email
import html
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from email import policy
from pathlib import Path

import httpx
import pytest
from desk_server import RunningDesk, csrf_of, error_of, make_brief, running_desk
from llm_replies import ARTICLE_PATH, good
from llm_server import LlmServer, reply
from pypdf import PdfReader
from smtp_server import PASSWORD, USER, CertAuthority, free_port, make_cert_authority, smtp_server

from briefing.config import SMTP_ENV
from briefing.deliver.files import output_stem
from briefing.formats import FORMATS, MEDIA_TYPES
from briefing.ingest import MAX_INPUT_BYTES
from briefing.model import Brief
from briefing.nlp import load_model
from briefing.render.templates import builtin_templates
from briefing.serve.desk import Desk, available_engines
from briefing.serve.security import CSP

FIXTURES = Path(__file__).parent / "fixtures"
SENDER = "desk@example.com"
HOSTILE = (
    "Eastport and Westhaven trade threats\n\n"
    "EASTPORT, May 4, 2026 (Wire) - Eastport said on Monday it would not resume talks with Westhaven "
    "unless Westhaven lifts its blockade of the harbour. <script>window.pwned = 1</script>\n\n"
    'Westhaven\'s mayor, Lena Ortiz, said the blockade would stay "until {{ 7*7 }} ships are inspected". '
    '<img src=x onerror="window.pwned = 2"> [see the map](javascript:window.pwned=3) javascript:alert(1)\n\n'
    "Nordia, which hosts the talks, said the next round would open on May 20.\n"
)


@pytest.fixture(scope="module")
def desk() -> Iterator[RunningDesk]:
    with running_desk() as running:
        yield running


@pytest.fixture()
def client(desk: RunningDesk) -> Iterator[httpx.Client]:
    with desk.client() as c:
        yield c


@pytest.fixture(autouse=True)
def clean_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting of the machine leaks in (SMTP, an LLM endpoint); the config file and the cache are
    per-test paths."""
    for var in [*SMTP_ENV.values(), *(v for v in os.environ if v.startswith("BRIEFING_"))]:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def made(desk: RunningDesk, article_text: str) -> tuple[str, str]:
    """One brief of the shared article, made once: its page path and page HTML."""
    with desk.client() as c:
        path = make_brief(c, article_text, published="2026-03-03")
        return path, c.get(path).text


def ids_in(page: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', page))


# ------------------------------------------------------------------ the page


def test_the_empty_page_offers_the_form_with_strict_headers(client: httpx.Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe" not in CSP and "style-src 'self'" in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    page = response.text
    # No inline script or style: every script has a source, no <style> element, no style attribute.
    assert re.findall(r"<script\b[^>]*>", page) == ['<script src="/static/desk.js?v=' + _version() + '" defer>']
    assert "<style" not in page and " style=" not in page
    assert not re.search(r"<[^>]+\son[a-z]+=", page)  # no event-handler attributes either
    for field in ('name="text"', 'name="file"', 'name="published"', 'name="title"', 'name="template"', 'name="engine"'):
        assert field in page
    assert re.findall(r'<option value="([^"]+)"', page) == [*builtin_templates(), *available_engines()]
    assert 'type="hidden" name="csrf"' in page
    assert "This session" in page


def _version() -> str:
    from briefing import __version__

    return __version__


def test_static_files_are_served_and_nothing_else_from_disk(client: httpx.Client) -> None:
    assert client.get("/static/desk.js").status_code == 200
    assert client.get("/static/desk.css").headers["content-type"].startswith("text/css")
    for probe in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/brief/..%2f..%2fetc%2fpasswd"):
        response = client.get(probe)
        assert response.status_code == 404, probe
        assert "create_app" not in response.text


# ------------------------------------------------------------------ paste and upload


def test_pasted_article_gives_the_brief_beside_it(
    client: httpx.Client, made: tuple[str, str], article_text: str
) -> None:
    path, page = made
    json_brief = Brief.from_dict(client.get(f"{path}/download/json").json())
    assert html.escape(json_brief.title, quote=False) in page
    assert 'class="pane brief-pane"' in page and 'class="pane article-pane"' in page
    # Every point's evidence attribute names spans of the article that are quotes of the brief.
    quotes = {(e.start, e.end): e.quote for e in json_brief.evidence()}
    points = re.findall(r'class="[^"]*\bpoint\b[^"]*" tabindex="0" data-q="([\d ]+)" data-evidence="([\d\- ]+)"', page)
    assert len(points) >= 4
    for _, spans in points:
        for span in spans.split():
            start, end = map(int, span.split("-"))
            assert quotes[(start, end)] == article_text[start:end]
    # Every citation link lands on an anchor in the article, every backlink on a point of the brief.
    ids = ids_in(page)
    cites = re.findall(r'<a href="#(ev-\d+)" class="cite"', page)
    backlinks = re.findall(r'<a class="backlink" href="#([^"]+)"', page)
    assert cites and backlinks
    assert set(cites) <= ids and set(backlinks) <= ids
    # The article pane holds the article's own words, each cited span marked once per quote number.
    article_pane = page.split('class="article-text"', 1)[1]
    plain = html.unescape(re.sub(r"<sup.*?</sup>|<[^>]+>", "", article_pane))
    assert " ".join(article_text.split()) in " ".join(plain.split())


def test_the_page_says_how_the_date_was_decided(client: httpx.Client, made: tuple[str, str], article_text: str) -> None:
    assert "published 3 March 2026 (as set in the form)" in made[1]
    page = client.get(make_brief(client, article_text)).text
    assert "(not found: today&#39;s date)" in page  # the fixture's dateline has no year


def test_uploaded_markdown_and_html_files(client: httpx.Client, article_text: str) -> None:
    token = csrf_of(client)
    markdown = "---\ntitle: Border talks to resume\ndate: 2026-03-03\n---\n\n" + article_text.split("\n", 2)[2]
    response = client.post(
        "/brief", data={"csrf": token}, files={"file": ("talks.md", markdown.encode(), "text/markdown")}
    )
    assert response.status_code == 303, error_of(response.text)
    page = client.get(response.headers["location"]).text
    assert "<h1>Border talks to resume</h1>" in page
    assert "published 3 March 2026 (found in the article)" in page

    page_bytes = (FIXTURES / "article.html").read_bytes()
    response = client.post("/brief", data={"csrf": token}, files={"file": ("page.html", page_bytes, "text/html")})
    assert response.status_code == 303, error_of(response.text)
    page = client.get(response.headers["location"]).text
    assert "published 17 April 2025 (found in the article)" in page
    assert "Subscribe for unlimited access" not in page  # navigation left out, as by the CLI


def test_a_file_wins_over_pasted_text_and_other_kinds_are_refused(client: httpx.Client, article_text: str) -> None:
    token = csrf_of(client)
    response = client.post(
        "/brief",
        data={"csrf": token, "text": "ignored"},
        files={"file": ("talks.txt", article_text.encode(), "text/plain")},
    )
    assert response.status_code == 303
    response = client.post(
        "/brief", data={"csrf": token}, files={"file": ("../../etc/passwd.pdf", b"%PDF-1.4", "application/pdf")}
    )
    assert response.status_code == 400
    assert error_of(response.text) == "passwd.pdf: not a .txt, .md or .html file"


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "   "}, "nothing to brief: paste an article or drop a .txt, .md or .html file"),
        ({"text": "Too short."}, "the pasted text: no article text found"),
        ({"text": "x", "published": "2026-13-45"}, "invalid publication date '2026-13-45': expected YYYY-MM-DD"),
        ({"text": "x", "published": "1800-01-01"}, "publication date '1800-01-01' is outside 1900-2100"),
        ({"text": "x" * 100, "template": "../../etc/passwd"}, None),
        ({"text": "x" * 100, "engine": "cloud"}, "unknown engine 'cloud' (available: rules)"),
    ],
)
def test_bad_input_shows_one_line_error_and_keeps_the_form(
    client: httpx.Client, fields: dict[str, str], message: str | None
) -> None:
    before = len(client.get("/").text)
    response = client.post("/brief", data={"csrf": csrf_of(client), **fields})
    assert response.status_code == 400
    shown = error_of(response.text)
    assert shown is not None and "\n" not in shown and "Traceback" not in response.text
    if message is not None:
        assert shown == message
    else:
        assert shown.startswith("no template '../../etc/passwd': choose one of brief")
    assert 'id="brief-form"' in response.text and before > 0


def test_the_cli_gives_the_same_message_for_the_same_input(client: httpx.Client, tmp_path: Path) -> None:
    binary = bytes(range(256)) * 40
    response = client.post("/brief", data={"csrf": csrf_of(client)}, files={"file": ("scan.txt", binary, "text/plain")})
    shown = error_of(response.text)
    (tmp_path / "scan.txt").write_bytes(binary)
    cli = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "generate", "scan.txt", "-f", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert cli.returncode == 1
    assert shown is not None and cli.stderr.strip() == f"Error: {shown}"


def test_unknown_brief_and_format_are_404(client: httpx.Client, made: tuple[str, str]) -> None:
    assert client.get("/brief/nope").status_code == 404
    assert "keeps the most recent briefs only" in (error_of(client.get("/brief/nope").text) or "")
    assert client.get(f"{made[0]}/download/exe").status_code == 404
    assert client.get(f"{made[0]}/download/..%2f..%2fpyproject.toml").status_code == 404


# ------------------------------------------------------------------ downloads


def test_each_download(client: httpx.Client, made: tuple[str, str]) -> None:
    path = made[0]
    brief = Brief.from_dict(client.get(f"{path}/download/json").json())
    stem = output_stem(brief.title, brief.source.published.isoformat() if brief.source.published else None)
    bodies = {}
    for fmt in FORMATS:
        response = client.get(f"{path}/download/{fmt}")
        assert response.status_code == 200, fmt
        assert response.headers["content-type"].split(";")[0] == MEDIA_TYPES[fmt]
        assert response.headers["content-disposition"] == f'attachment; filename="{stem}.{fmt}"'
        bodies[fmt] = response.content
    assert PdfReader(io.BytesIO(bodies["pdf"])).pages[0].extract_text().count(brief.title.split()[0]) >= 1
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(bodies["docx"])).namelist()
    assert json.loads(bodies["json"])["title"] == brief.title
    assert bodies["md"].decode().startswith(f"# {brief.title}")
    assert bodies["txt"].decode().lstrip().startswith(brief.title.upper()[:20]) or brief.title in bodies["txt"].decode()
    assert bodies["html"].startswith(b"<!DOCTYPE html>")


# ------------------------------------------------------------------ e-mail


def use_smtp(monkeypatch: pytest.MonkeyPatch, port: int, **extra: str) -> None:
    monkeypatch.setenv("BRIEFING_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("BRIEFING_SMTP_PORT", str(port))
    monkeypatch.setenv("BRIEFING_SMTP_SECURITY", extra.pop("security", "none"))
    monkeypatch.setenv("BRIEFING_FROM", SENDER)
    for key, value in extra.items():
        monkeypatch.setenv(SMTP_ENV[key], value)


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> CertAuthority:
    return make_cert_authority(tmp_path_factory.mktemp("ca"))


def test_email_through_a_real_smtp_server_and_the_password_never_shown(
    client: httpx.Client, made: tuple[str, str], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = made[0]
    with smtp_server(starttls=ca, auth=True) as (server, recorder):
        use_smtp(monkeypatch, server.port, security="starttls", cafile=str(ca.ca_file), user=USER, password=PASSWORD)
        form = {
            "csrf": csrf_of(client, path),
            "to": "ana@example.org",
            "cc": "",
            "formats": ["pdf", "json"],
            "action": "send",
        }
        response = client.post(f"{path}/email", data=form)
    assert response.status_code == 200, error_of(response.text)
    assert f"e-mailed 2 file(s) to 1 recipient(s) via 127.0.0.1:{server.port}" in response.text
    (received,) = recorder.messages
    assert received.authenticated and received.rcpt_tos == ["ana@example.org"]
    message = email.message_from_bytes(received.data, policy=policy.default)
    names = sorted(part.get_filename() for part in message.iter_attachments())
    assert [n.rsplit(".", 1)[1] for n in names] == ["json", "pdf"]
    assert message["Subject"].startswith("Brief: ")
    for page_path in ("/", path, f"{path}/download/html", "/static/desk.js"):
        assert PASSWORD not in client.get(page_path).text


def test_email_errors_are_briefing_sends_messages(
    client: httpx.Client, made: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = made[0]
    token = csrf_of(client, path)
    response = client.post(f"{path}/email", data={"csrf": token, "to": "not an address", "formats": "pdf"})
    assert response.status_code == 400
    assert error_of(response.text) == "To address 'not an address' is not a valid address like name@example.org"
    response = client.post(f"{path}/email", data={"csrf": token, "to": "ana@example.org", "formats": "pdf"})
    assert (
        error_of(response.text)
        == "no sender address: use --from, set BRIEFING_FROM or `from` in the config file's [smtp]"
    )
    response = client.post(
        f"{path}/email", data={"csrf": token, "to": "ana@example.org", "from": SENDER, "formats": "pdf"}
    )
    assert (error_of(response.text) or "").startswith("no SMTP server configured: set BRIEFING_SMTP_HOST")
    port = free_port()
    use_smtp(monkeypatch, port)
    response = client.post(f"{path}/email", data={"csrf": token, "to": "ana@example.org", "formats": "pdf"})
    assert response.status_code == 502  # the mail server failed, not the form
    assert error_of(response.text) == f"cannot connect to 127.0.0.1:{port}: connection refused (no SMTP server there?)"
    assert 'value="ana@example.org"' in response.text  # the form keeps what was typed
    response = client.post(f"{path}/email", data={"csrf": token, "to": "ana@example.org"})
    assert error_of(response.text) == "choose at least one format to attach"


def test_eml_draft_download(client: httpx.Client, made: tuple[str, str]) -> None:
    path = made[0]
    form = {
        "csrf": csrf_of(client, path),
        "to": "ana@example.org",
        "bcc": "chief@example.org",
        "formats": ["pdf", "docx"],
        "action": "draft",
    }
    response = client.post(f"{path}/email", data=form)
    assert response.status_code == 200, error_of(response.text)
    assert response.headers["content-type"] == "message/rfc822"
    assert response.headers["content-disposition"].endswith('.eml"')
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["X-Unsent"] == "1" and message["Bcc"] == "chief@example.org"
    assert sorted(p.get_filename().rsplit(".", 1)[1] for p in message.iter_attachments()) == ["docx", "pdf"]


# ------------------------------------------------------------------ safety


def test_csrf_refusals(client: httpx.Client, desk: RunningDesk, made: tuple[str, str], article_text: str) -> None:
    before = len(desk.desk.recent())
    for data in ({"text": article_text}, {"text": article_text, "csrf": "0" * 64}, {"text": article_text, "csrf": "é"}):
        response = client.post("/brief", data=data)
        assert response.status_code == 403
        assert (
            error_of(response.text)
            == "This form has expired or did not come from this page: reload the page and try again."
        )
    with desk.client() as other:  # another browser's token does not work in this session
        response = client.post("/brief", data={"text": article_text, "csrf": csrf_of(other)})
        assert response.status_code == 403
    assert client.post(f"{made[0]}/email", data={"to": "a@example.org", "formats": "pdf"}).status_code == 403
    assert client.post("/inspect", data={"text": article_text}).status_code == 403
    assert len(desk.desk.recent()) == before


def test_oversize_uploads_are_refused(client: httpx.Client) -> None:
    token = csrf_of(client)
    too_big = b"a" * (MAX_INPUT_BYTES + 70_000)
    response = client.post("/brief", data={"csrf": token}, files={"file": ("big.txt", too_big, "text/plain")})
    assert response.status_code == 413
    assert "larger than the 8 MB input limit" in response.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap counts the bytes as they come
        yield b'--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
        for _ in range(90):
            yield b"a" * 100_000

    response = client.post("/brief", content=chunks(), headers={"content-type": "multipart/form-data; boundary=x"})
    assert response.status_code == 413
    # Just over the CLI's limit inside the cap: the CLI's own message.
    response = client.post(
        "/brief", data={"csrf": token}, files={"file": ("big.txt", b"a" * (MAX_INPUT_BYTES + 1), "text/plain")}
    )
    assert response.status_code == 400
    assert error_of(response.text) == "big.txt: larger than the 8 MB input limit"
    response = client.post("/brief", data={"csrf": token, "text": "a" * (MAX_INPUT_BYTES + 1)})
    assert error_of(response.text) == "the pasted text: larger than the 8 MB input limit"


def test_hostile_article_text_stays_text(client: httpx.Client) -> None:
    page = client.get(make_brief(client, HOSTILE)).text
    assert len(re.findall(r"<script\b", page)) == 1  # the desk's own, with a source
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert "<img" not in page and "javascript:" not in re.sub(r">[^<]*<", "><", page)
    assert "{{ 7*7 }}" in page and "49 ships" not in page
    assert not re.search(r'href="\s*javascript:', page, re.I)


def test_only_loopback_host_names_reach_a_local_server(desk: RunningDesk) -> None:
    with desk.client(headers={"host": f"attacker.example:{desk.port}"}) as c:
        assert c.get("/").status_code == 400
    with desk.client(headers={"host": f"localhost:{desk.port}"}) as c:
        assert c.get("/").status_code == 200


def test_a_non_local_server_needs_its_token() -> None:
    with running_desk(token="s3cret-token", local=False) as running:
        with running.client() as c:
            assert c.get("/").status_code == 403
            assert c.get("/static/desk.js").status_code == 403
            assert c.get("/?token=wrong").status_code == 403
            assert c.get("/?token=%C3%A9").status_code == 403  # a non-ASCII token is refused, not a 500
            assert c.get("/?token=s3cret-token").status_code == 200
            assert c.get("/").status_code == 200  # the cookie it set carries the token from now on
        with running.client(headers={"authorization": "token s3cret-token"}) as c:
            assert c.get("/").status_code == 200


def test_the_command_prints_its_address_and_a_token_for_a_non_local_host() -> None:
    for host, needs_token in (("127.0.0.1", False), ("0.0.0.0", True)):
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing.cli", "serve", "--host", host, "--port", str(port)],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        try:
            lines = []
            assert process.stderr is not None
            for line in process.stderr:
                lines.append(line.strip())
                if line.startswith("ready: "):
                    break
            url = lines[-1].removeprefix("ready: ")
            assert lines[0] == f"briefing desk: {url}"
            assert ("?token=" in url) is needs_token
            with httpx.Client(timeout=30) as c:
                bare = f"http://127.0.0.1:{port}/"
                assert c.get(bare).status_code == (403 if needs_token else 200)
                assert c.get(url).status_code == 200
        finally:
            process.terminate()
            process.wait(timeout=20)


# ------------------------------------------------------------------ the model, history, responsiveness


def test_many_requests_load_the_model_once_and_the_server_keeps_answering(article_text: str) -> None:
    load_model.cache_clear()  # the process's model cache, emptied so this server's loads count
    with running_desk(desk=Desk(history_size=3)) as running:
        outcomes: list[tuple[str, int]] = []

        def brief(n: int) -> None:
            with running.client() as c:
                response = c.post(
                    "/brief", data={"csrf": csrf_of(c), "text": article_text.replace("Monday", f"day {n}")}
                )
                outcomes.append(("brief", response.status_code))

        workers = [threading.Thread(target=brief, args=(n,)) for n in range(4)]
        for w in workers:
            w.start()
        with running.client() as c:
            deadline = time.monotonic() + 60
            while not running.desk.busy and time.monotonic() < deadline:
                time.sleep(0.005)
            assert c.get("/").status_code == 200
            assert running.desk.busy  # answered while briefs were still being made
        for w in workers:
            w.join()
        assert sorted(outcomes) == [("brief", 303)] * 4
        assert load_model.cache_info().misses == 1
        # The history keeps the newest three; the oldest is gone.
        with running.client() as c:
            listed = re.findall(r'<li><a href="(/brief/[^"]+)">', c.get("/").text)
            assert len(listed) == 3
            assert all(c.get(p).status_code == 200 for p in listed)


def test_the_llm_engine_is_offered_and_used_when_an_endpoint_is_configured(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert re.findall(r'<select name="engine".*?</select>', client.get("/").text, re.S)[0].count("<option") == 1
    key = "sk-desk-secret-7"
    with LlmServer(lambda body, n: reply(good())) as server:
        monkeypatch.setenv("BRIEFING_LLM_URL", server.url)
        monkeypatch.setenv("BRIEFING_LLM_MODEL", "test-7b")
        monkeypatch.setenv("BRIEFING_LLM_API_KEY", key)
        home = client.get("/").text
        assert f'<option value="llm">LLM (test-7b at {server.url})</option>' in home
        text = ARTICLE_PATH.read_text(encoding="utf-8")
        page = client.get(make_brief(client, text, engine="llm", published="2026-04-14")).text
        assert len(server.requests) == 1  # the brief came from the endpoint
    assert "LLM (test-7b" in page and key not in page + home
    spans = re.findall(r'data-evidence="([\d\- ]+)"', page)
    assert spans
    for span in " ".join(spans).split():
        start, end = map(int, span.split("-"))
        assert 0 <= start < end <= len(text)
