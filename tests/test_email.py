"""E-mail delivery end to end: the CLI on real articles, a real SMTP server on loopback, messages parsed.

Every received message is parsed with the standard library and every
attachment compared byte for byte with the file on disk. Failures are checked
by their effects (exit status, what the server got, files left on disk) and by
the facts the one-line error must carry (the server, the address, the retry).
"""

from __future__ import annotations

import email
import importlib.util
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from smtp_server import (
    PASSWORD,
    USER,
    CertAuthority,
    RawListener,
    Recorder,
    free_port,
    make_cert_authority,
    smtp_server,
)

from briefing.cli import cli
from briefing.config import SMTP_ENV, load_config
from briefing.deliver import email as mail
from briefing.render import MEDIA_TYPES

SENDER = "briefs@example.com"
DOC_FORMATS = "json,pdf" if importlib.util.find_spec("briefing.render.pdf") else "json,md"


# ------------------------------------------------------------------ fixtures and helpers


@pytest.fixture(autouse=True)
def clean_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No BRIEFING_* setting leaks in from the machine; the config file is a per-test path."""
    for var in [*SMTP_ENV.values(), "BRIEFING_CONFIG"]:
        monkeypatch.delenv(var, raising=False)
    config = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    return config


@pytest.fixture(scope="session")
def ca(tmp_path_factory: pytest.TempPathFactory) -> CertAuthority:
    return make_cert_authority(tmp_path_factory.mktemp("ca"))


def use_server(monkeypatch: pytest.MonkeyPatch, port: int, security: str = "none", **extra: str) -> None:
    monkeypatch.setenv("BRIEFING_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("BRIEFING_SMTP_PORT", str(port))
    monkeypatch.setenv("BRIEFING_SMTP_SECURITY", security)
    monkeypatch.setenv("BRIEFING_FROM", SENDER)
    for key, value in extra.items():
        monkeypatch.setenv(SMTP_ENV[key], value)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def generate(article: Path, out: Path, *extra: str, formats: str = DOC_FORMATS) -> Result:
    return run("generate", str(article), "-f", formats, "-o", str(out), "--published", "2024-03-03", *extra)


@pytest.fixture()
def briefs(article_file: Path, tmp_path: Path) -> list[Path]:
    """Briefs on disk, for `send`: the files `generate` wrote."""
    result = generate(article_file, tmp_path / "out")
    assert result.exit_code == 0, result.output
    return sorted((tmp_path / "out").iterdir())


def parse(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def mime_tree(msg: EmailMessage) -> list:
    if msg.is_multipart():
        return [msg.get_content_type(), [mime_tree(part) for part in msg.iter_parts()]]
    return msg.get_content_type()


def assert_carries(msg: EmailMessage, files: list[Path]) -> None:
    """multipart/mixed > multipart/alternative(text/plain, text/html) + one attachment per file, identical."""
    assert msg.get_content_type() == "multipart/mixed"
    parts = list(msg.iter_parts())
    assert mime_tree(parts[0]) == ["multipart/alternative", ["text/plain", "text/html"]]
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f.name for f in files]
    for part, path in zip(attachments, files, strict=True):
        assert part.get_content_disposition() == "attachment"
        assert part.get_payload(decode=True) == path.read_bytes()
        fmt = path.suffix.lstrip(".")
        assert part.get_content_type() == MEDIA_TYPES.get(fmt, part.get_content_type())


def only_message(recorder: Recorder) -> EmailMessage:
    assert len(recorder.messages) == 1
    return parse(recorder.messages[0].data)


def header_block(data: bytes) -> str:
    return data.split(b"\r\n\r\n", 1)[0].decode("ascii")


@pytest.fixture()
def silent_port() -> Iterator[RawListener]:
    """A port that takes connections and says nothing: counts whether anything connected."""
    listener = RawListener(hang_up=False)
    yield listener
    listener.close()


# ------------------------------------------------------------------ plain SMTP, the whole path


def test_generate_sends_one_message_with_every_written_file(
    article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port)
        out = tmp_path / "out"
        result = generate(
            article_file,
            out,
            "--email-to",
            "Ana Analyst <ana@example.org>",
            "--cc",
            "chief@example.org",
            "--bcc",
            "archive@example.org",
        )
    assert result.exit_code == 0, result.output
    files = sorted(out.iterdir())
    assert len(files) == len(DOC_FORMATS.split(","))

    got = recorder.messages[0]
    assert got.mail_from == SENDER
    assert sorted(got.rcpt_tos) == ["ana@example.org", "archive@example.org", "chief@example.org"]
    msg = only_message(recorder)
    written_order = [out / name for name in (p.name for p in files)]
    assert_carries(msg, sorted(written_order, key=lambda p: DOC_FORMATS.split(",").index(p.suffix[1:])))

    assert msg["From"] == SENDER
    assert msg["To"].addresses[0].addr_spec == "ana@example.org"
    assert msg["Cc"] == "chief@example.org"
    assert msg["Bcc"] is None and b"archive@example.org" not in got.data
    assert msg["Subject"] == "Brief: Northland and Southland agree to resume border talks in Geneva"
    assert msg["MIME-Version"] == "1.0"
    assert msg["Date"].datetime is not None
    assert re.fullmatch(r"<[^@<>]+@example\.com>", msg["Message-ID"])
    # The body carries the brief itself: title, bottom line and each side.
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    for body in (text, html):
        assert "Northland and Southland agree to resume border talks in Geneva" in body
        assert "Northland" in body and "Southland" in body
    assert "Bottom line" in text and "Bottom line" in html
    # The text part is the brief's own plain-text rendering, exactly what `-f txt` writes.
    txt = run("generate", str(article_file), "-f", "txt", "-o", "-", "--published", "2024-03-03").output
    assert text.replace("\r\n", "\n") == txt
    assert "<html" in html.lower() and "Cited quotes" in html


def test_send_reads_title_and_summary_from_the_sibling_json(
    briefs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    others = [p for p in briefs if p.suffix != ".json"]
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port)
        result = run("send", *map(str, others), "--to", "ana@example.org", "--subject", "Monday")
    assert result.exit_code == 0, result.output
    msg = only_message(recorder)
    assert_carries(msg, others)
    assert msg["Subject"] == "Monday"
    assert "Northland and Southland agree to resume border talks in Geneva" in msg.get_body(("plain",)).get_content()


def test_send_without_json_names_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    note = tmp_path / "talks-memo.md"
    note.write_bytes(b"# Memo\r\n\r\nmixed\nline endings\n")
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port)
        result = run("send", str(note), "--to", "ana@example.org")
    assert result.exit_code == 0, result.output
    msg = only_message(recorder)
    assert_carries(msg, [note])
    assert msg["Subject"] == "Brief: talks-memo"
    assert "talks-memo.md" in msg.get_body(("plain",)).get_content()


def test_several_briefs_make_one_message(tmp_path: Path, article_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(article_text, encoding="utf-8")
    (articles / "b.txt").write_text(article_text.replace("Geneva", "Vienna"), encoding="utf-8")
    out = tmp_path / "out"
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port)
        result = run(
            "generate",
            str(articles / "a.txt"),
            str(articles / "b.txt"),
            "-f",
            "json,md",
            "-o",
            str(out),
            "--published",
            "2024-03-03",
            "-j",
            "1",
            "--email-to",
            "ana@example.org",
        )
    assert result.exit_code == 0, result.output
    msg = only_message(recorder)
    assert msg["Subject"] == "Briefs: 2 articles"
    assert sorted(a.get_filename() for a in msg.iter_attachments()) == sorted(p.name for p in out.iterdir())
    assert len(list(msg.iter_attachments())) == 4


# ------------------------------------------------------------------ TLS and authentication


def test_starttls_verified_against_the_test_ca_with_login(
    briefs: list[Path], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(starttls=ca, auth=True) as (server, recorder):
        use_server(monkeypatch, server.port, "starttls", cafile=str(ca.ca_file), user=USER, password=PASSWORD)
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 0, result.output
    assert recorder.messages[0].authenticated
    assert_carries(only_message(recorder), briefs)


def test_implicit_tls_verified_against_the_test_ca(
    briefs: list[Path], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(implicit_tls=ca) as (server, recorder):
        use_server(monkeypatch, server.port, "ssl", cafile=str(ca.ca_file))
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 0, result.output
    assert_carries(only_message(recorder), briefs)


def test_untrusted_certificate_is_refused_naming_the_server(
    briefs: list[Path], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(starttls=ca) as (server, recorder):
        use_server(monkeypatch, server.port, "starttls")  # no cafile: the system store does not know our CA
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert f"127.0.0.1:{server.port}" in result.output and "certificate" in result.output
    assert recorder.messages == []


def test_verification_can_be_switched_off_explicitly(
    briefs: list[Path], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(starttls=ca) as (server, recorder):
        use_server(monkeypatch, server.port, "starttls", verify="0")
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 0, result.output
    assert len(recorder.messages) == 1


def test_wrong_password_is_refused_naming_server_and_user(
    briefs: list[Path], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(starttls=ca, auth=True) as (server, recorder):
        use_server(monkeypatch, server.port, "starttls", cafile=str(ca.ca_file), user=USER, password="Not-Th3-Pa55")
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert f"127.0.0.1:{server.port}" in result.output and "login" in result.output and USER in result.output
    assert "Not-Th3-Pa55" not in result.output
    assert recorder.messages == []


def test_login_over_a_plain_connection_when_the_server_allows_it(
    briefs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(auth=True, auth_require_tls=False) as (server, recorder):
        use_server(monkeypatch, server.port, "none", user=USER, password=PASSWORD)
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 0, result.output
    assert recorder.messages[0].authenticated


def test_user_without_password_fails_before_connecting(
    briefs: list[Path], monkeypatch: pytest.MonkeyPatch, silent_port: RawListener
) -> None:
    use_server(monkeypatch, silent_port.port, "none", user=USER)
    result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert "BRIEFING_SMTP_PASSWORD" in result.output
    assert silent_port.connections == 0


# ------------------------------------------------------------------ failures: named, one line, briefs kept


def test_refused_recipient_is_named_and_the_retry_covers_only_it(
    briefs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(refuse_rcpt={"gone@example.org"})
    with smtp_server(recorder=recorder) as (server, _):
        use_server(monkeypatch, server.port)
        result = run("send", *map(str, briefs), "--to", "ana@example.org", "--to", "gone@example.org")
    assert result.exit_code == 1
    message = result.output.strip()
    assert "\n" not in message
    assert "gone@example.org" in message and "550" in message and f"127.0.0.1:{server.port}" in message
    retry = message.split("to retry: ", 1)[1]
    assert "--to gone@example.org" in retry and "ana@example.org" not in retry
    assert recorder.messages[0].rcpt_tos == ["ana@example.org"]  # the others got it


def test_every_recipient_refused(briefs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(refuse_rcpt={"gone@example.org"})
    with smtp_server(recorder=recorder) as (server, _):
        use_server(monkeypatch, server.port)
        result = run("send", *map(str, briefs), "--to", "gone@example.org")
    assert result.exit_code == 1
    assert "refused every recipient" in result.output and "gone@example.org" in result.output
    assert recorder.messages == []


def test_connection_refused_keeps_the_briefs_and_says_how_to_retry(
    article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    use_server(monkeypatch, port)
    out = tmp_path / "out"
    result = generate(article_file, out, "--email-to", "ana@example.org")
    assert result.exit_code == 1
    error = result.output.strip().splitlines()[-1]
    assert f"127.0.0.1:{port}" in error and "connection refused" in error
    files = sorted(out.iterdir())
    assert len(files) == len(DOC_FORMATS.split(","))  # written before any connection, and still there
    assert str(out) in error
    assert "briefing send" in error and all(str(f) in error for f in files) and "--to ana@example.org" in error


def test_silent_server_times_out(briefs: list[Path], monkeypatch: pytest.MonkeyPatch, silent_port: RawListener) -> None:
    use_server(monkeypatch, silent_port.port, timeout="0.5")
    result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert f"127.0.0.1:{silent_port.port}" in result.output and "did not answer within 0.5 s" in result.output
    assert "closed the connection" not in result.output  # a silent server is not one that hung up


def test_server_hanging_up_is_reported(briefs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    listener = RawListener(hang_up=True)
    try:
        use_server(monkeypatch, listener.port, timeout="5")
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    finally:
        listener.close()
    assert result.exit_code == 1
    assert f"127.0.0.1:{listener.port}" in result.output and "closed the connection" in result.output


def test_message_over_the_servers_advertised_size_is_not_sent(
    briefs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(data_size_limit=2000) as (server, recorder):
        use_server(monkeypatch, server.port)
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert "size limit" in result.output and f"127.0.0.1:{server.port}" in result.output
    assert recorder.messages == []


def test_server_refusing_the_message_as_too_large(briefs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(data_reply="552 5.3.4 Message size exceeds fixed limit")
    with smtp_server(recorder=recorder) as (server, _):
        use_server(monkeypatch, server.port)
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert "too large" in result.output and "552" in result.output


def test_attachments_over_18_mb_are_refused_before_connecting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, silent_port: RawListener
) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.truncate(mail.MAX_ATTACHMENTS_BYTES + 1)
    use_server(monkeypatch, silent_port.port)
    result = run("send", str(big), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert "18.0 MB" in result.output
    assert silent_port.connections == 0


def test_missing_host_names_the_setting_and_generates_nothing(
    article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_FROM", SENDER)
    result = generate(article_file, tmp_path / "out", "--email-to", "ana@example.org")
    assert result.exit_code == 1
    assert "BRIEFING_SMTP_HOST" in result.output and "host" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "address",
    ["not-an-address", "ana@localhost", "ana@example.org\r\nBcc: evil@example.net", "a b@example.org"],
)
def test_bad_addresses_are_refused_before_any_work(
    address: str, article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_server(monkeypatch, free_port())
    result = generate(article_file, tmp_path / "out", "--email-to", address)
    assert result.exit_code == 1
    assert "address" in result.output
    assert not (tmp_path / "out").exists()


def test_no_password_option_exists() -> None:
    for command in ("generate", "send"):
        help_text = run(command, "--help").output
        assert "password" not in help_text.lower().replace("the password is never taken", "")


# ------------------------------------------------------------------ untrusted text in headers


def test_title_with_crlf_cannot_add_a_header_or_a_recipient(
    article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port)
        result = generate(
            article_file,
            tmp_path / "out",
            "--title",
            "Talks resume\r\nBcc: evil@example.net\x00\x1b",
            "--email-to",
            "ana@example.org",
        )
    assert result.exit_code == 0, result.output
    got = recorder.messages[0]
    assert got.rcpt_tos == ["ana@example.org"]
    headers = header_block(got.data)
    assert not re.search(r"(?im)^bcc:", headers)
    msg = parse(got.data)
    assert msg["Subject"] == "Brief: Talks resume Bcc: evil@example.net"
    assert len(msg.get_all("Subject")) == 1 and msg["Bcc"] is None


def test_subject_option_is_cleaned_too(briefs: list[Path], tmp_path: Path) -> None:
    eml = tmp_path / "draft.eml"
    result = run(
        "send",
        *map(str, briefs),
        "--to",
        "ana@example.org",
        "--subject",
        "A\nX-Evil: 1\rB",
        "--eml",
        str(eml),
    )
    assert result.exit_code == 0, result.output
    msg = parse(eml.read_bytes())
    assert msg["Subject"] == "A X-Evil: 1 B" and msg["X-Evil"] is None


def test_non_ascii_file_name_is_rfc2231_encoded_with_an_ascii_fallback(tmp_path: Path) -> None:
    brief = tmp_path / "Gespräche über Grenzen – Genf.md"
    brief.write_text("# Gespräche\n", encoding="utf-8")
    eml = tmp_path / "draft.eml"
    result = run("send", str(brief), "--to", "ana@example.org", "--eml", str(eml))
    assert result.exit_code == 0, result.output
    data = eml.read_bytes()
    assert b"filename*=utf-8''Gespr%C3%A4che" in data or b"filename*0*=utf-8''Gespr%C3%A4che" in data
    assert b'name="Gesprache uber Grenzen - Genf.md"' in data  # plain, for clients without RFC 2231
    (part,) = parse(data).iter_attachments()
    assert part.get_filename() == brief.name
    assert part.get_param("name") == "Gesprache uber Grenzen - Genf.md"
    assert part.get_content_type() == "text/markdown"
    assert part.get_payload(decode=True) == brief.read_bytes()


def test_long_ascii_fallback_stays_one_plain_parameter() -> None:
    name = "northland-and-southland-agree-to-resume-border-talks-in-geneva-after-months-2024-03-03.docx"
    fallback = mail.ascii_file_name(name)
    assert len(fallback) <= mail.MAX_ASCII_NAME and fallback.endswith(".docx")
    assert mail.ascii_file_name("«Итоги».pdf") == "brief.pdf"


# ------------------------------------------------------------------ drafts and dry runs


def test_eml_draft_is_written_and_parses_back(
    article_file: Path, tmp_path: Path, silent_port: RawListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_server(monkeypatch, silent_port.port)
    eml = tmp_path / "drafts" / "brief.eml"
    out = tmp_path / "out"
    result = generate(
        article_file, out, "--email-to", "ana@example.org", "--bcc", "archive@example.org", "--eml", str(eml)
    )
    assert result.exit_code == 0, result.output
    assert silent_port.connections == 0
    data = eml.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # RFC 5322 line ends throughout
    msg = parse(data)
    assert msg["X-Unsent"] == "1"
    # A draft keeps its Bcc: the mail program that sends it needs to know to whom.
    assert msg["To"] == "ana@example.org" and msg["Bcc"] == "archive@example.org"
    assert mime_tree(msg)[1][0] == ["multipart/alternative", ["text/plain", "text/html"]]
    files = [out / a.get_filename() for a in msg.iter_attachments()]
    assert sorted(files) == sorted(out.iterdir())
    assert_carries(msg, files)
    assert not list(eml.parent.glob("*.part"))


def test_eml_without_sender_or_server_is_a_valid_draft(briefs: list[Path], tmp_path: Path) -> None:
    eml = tmp_path / "draft.eml"
    result = run("send", *map(str, briefs), "--eml", str(eml))
    assert result.exit_code == 0, result.output
    msg = parse(eml.read_bytes())
    assert msg["From"] is None and msg["To"] is None and msg["Message-ID"]
    assert_carries(msg, briefs)


def test_eml_is_not_overwritten_without_force(briefs: list[Path], tmp_path: Path) -> None:
    eml = tmp_path / "draft.eml"
    eml.write_bytes(b"keep me")
    result = run("send", *map(str, briefs), "--to", "ana@example.org", "--eml", str(eml))
    assert result.exit_code == 1 and "already exists" in result.output
    assert eml.read_bytes() == b"keep me"
    result = run("send", *map(str, briefs), "--to", "ana@example.org", "--eml", str(eml), "--force")
    assert result.exit_code == 0
    assert parse(eml.read_bytes())["X-Unsent"] == "1"


def test_dry_run_shows_the_envelope_and_connects_nothing(
    briefs: list[Path], silent_port: RawListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_server(monkeypatch, silent_port.port)
    result = run("send", *map(str, briefs), "--to", "ana@example.org", "--bcc", "archive@example.org", "--dry-run")
    assert result.exit_code == 0, result.output
    assert silent_port.connections == 0
    out = result.output
    assert f"MAIL FROM:   <{SENDER}>" in out
    assert "RCPT TO:     <ana@example.org>" in out and "RCPT TO:     <archive@example.org>  (bcc)" in out
    assert "Bcc:" not in out and "Subject: Brief: Northland" in out
    for path in briefs:
        assert f"{path.name}  {MEDIA_TYPES[path.suffix[1:]]}  {path.stat().st_size} bytes" in out


# ------------------------------------------------------------------ settings


def test_config_show_masks_the_password_and_env_wins(clean_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clean_settings.parent.mkdir(parents=True)
    clean_settings.write_text(
        '[smtp]\nhost = "file.example.org"\nuser = "ana"\npassword = "hunter2-secret"\nsecurity = "ssl"\n'
        'from = "ana@example.org"\ntimeout = 7\n\n[theme]\norganisation = "Policy Unit"\n',
        encoding="utf-8",
    )
    clean_settings.chmod(0o600)
    monkeypatch.setenv("BRIEFING_SMTP_HOST", "env.example.org")
    result = run("config", "show")
    assert result.exit_code == 0, result.output
    assert "hunter2-secret" not in result.output and "********" in result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.startswith(("smtp.", "theme"))}
    assert "env.example.org" in lines["smtp.host"] and "env BRIEFING_SMTP_HOST" in lines["smtp.host"]
    assert "file.example.org" not in result.output
    assert "465" in lines["smtp.port"] and "default for ssl" in lines["smtp.port"]
    assert "config file" in lines["smtp.user"] and "7 s" in lines["smtp.timeout"]

    config = load_config()
    assert config.smtp.host == "env.example.org" and config.smtp.password == "hunter2-secret"
    assert config.smtp.timeout == 7 and config.smtp.security == "ssl"
    assert config.theme == {"organisation": "Policy Unit"}
    assert "hunter2" not in repr(config.smtp)


def test_config_defaults_and_errors(clean_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config()
    assert (config.smtp.host, config.smtp.port, config.smtp.security) == (None, 587, "starttls")
    assert config.smtp.verify and config.smtp.timeout == 20 and config.theme is None

    monkeypatch.setenv("BRIEFING_SMTP_SECURITY", "tls-please")
    result = run("config", "show")
    assert result.exit_code == 1 and "BRIEFING_SMTP_SECURITY" in result.output and "starttls" in result.output
    monkeypatch.delenv("BRIEFING_SMTP_SECURITY")

    clean_settings.parent.mkdir(parents=True)
    clean_settings.write_text("[smtp]\nhots = 'typo'\n", encoding="utf-8")
    result = run("config", "show")
    assert result.exit_code == 1 and "hots" in result.output and str(clean_settings) in result.output


def test_readable_config_file_with_password_warns(clean_settings: Path) -> None:
    clean_settings.parent.mkdir(parents=True)
    clean_settings.write_text('[smtp]\npassword = "x"\n', encoding="utf-8")
    clean_settings.chmod(0o644)
    assert any("chmod 600" in w for w in load_config().warnings)


def test_article_text_is_escaped_in_the_html_body(article_file: Path, tmp_path: Path) -> None:
    eml = tmp_path / "draft.eml"
    title = '<script>alert("x")</script> & <b>talks</b>'
    result = generate(
        article_file,
        tmp_path / "out",
        "--title",
        title,
        "--email-to",
        "a@example.org, b@example.org",
        "--eml",
        str(eml),
        formats="json",
    )
    assert result.exit_code == 0, result.output
    msg = parse(eml.read_bytes())
    assert [a.addr_spec for a in msg["To"].addresses] == ["a@example.org", "b@example.org"]
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; &lt;b&gt;talks" in html
    assert title in msg.get_body(("plain",)).get_content()  # plain text is not HTML: no entities there


def test_server_without_starttls_is_not_used_in_the_clear(briefs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port, "starttls")  # the default; this server offers no STARTTLS
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert f"127.0.0.1:{server.port} does not offer STARTTLS" in result.output
    assert recorder.messages == []


def test_implicit_tls_against_a_plain_server_is_a_tls_failure(
    briefs: list[Path], ca: CertAuthority, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server() as (server, recorder):
        use_server(monkeypatch, server.port, "ssl", cafile=str(ca.ca_file), timeout="5")
        result = run("send", *map(str, briefs), "--to", "ana@example.org")
    assert result.exit_code == 1
    assert f"TLS with 127.0.0.1:{server.port} failed" in result.output
    assert recorder.messages == []


def test_generate_without_json_still_puts_the_bottom_line_in_the_body(article_file: Path, tmp_path: Path) -> None:
    eml = tmp_path / "brief.eml"
    result = run(
        "generate", str(article_file), "-o", str(tmp_path / "out"), "-f", "pdf", "--published", "2026-03-03",
        "--email-to", "ana@example.org", "--eml", str(eml),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    body = parse(eml.read_bytes()).get_body(("plain",)).get_content()
    assert "BOTTOM LINE" in body.upper() and "Northland" in body


def test_a_dry_run_needs_no_sender_and_says_none_is_set(briefs: list[Path]) -> None:
    # The README's example, as written: a dry run shows the message, it sends nothing.
    result = run("send", *map(str, briefs), "--to", "desk@example.org", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "MAIL FROM:   (none set" in result.output and "RCPT TO:     <desk@example.org>" in result.output


def test_a_long_one_word_subject_is_not_folded_after_its_colon(briefs: list[Path], tmp_path: Path) -> None:
    eml = tmp_path / "draft.eml"
    subject = "Brief: " + "dockworkers-and-port-operator-resume-talks-as-strike-" * 2
    result = run("send", *map(str, briefs), "--to", "ana@example.org", "--subject", subject, "--eml", str(eml))
    assert result.exit_code == 0, result.output
    lines = eml.read_bytes().split(b"\r\n")
    line = next(x for x in lines if x.startswith(b"Subject:"))
    assert line.strip() != b"Subject:" and line.startswith(b"Subject: Brief: dockworkers")
    assert parse(eml.read_bytes())["Subject"] == subject.strip()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_only_regular_files_attach(kind: str, tmp_path: Path) -> None:
    import os

    if kind == "fifo":
        target = tmp_path / "pipe.pdf"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    result = run("send", str(target), "--to", "ana@example.org", "--dry-run")
    assert result.exit_code != 0
    assert "not a regular file" in result.output and "Traceback" not in result.output
