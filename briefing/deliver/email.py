"""Sending briefs by e-mail: one message, a short readable body, every brief attached.

The message is `multipart/mixed`: a `multipart/alternative` body (plain text
and HTML, from `templates/email.*.j2`) followed by the brief files as
attachments. It can be sent over SMTP (STARTTLS by default, certificates
verified), written as an `.eml` draft, or described without connecting.

Everything that goes into a header is untrusted (titles come from articles,
file names from disk): control characters are removed from header text and
rejected in addresses, so no value can add a header or a recipient. The
briefs are written before any of this runs and are never touched here.
"""

from __future__ import annotations

import json
import mimetypes
import re
import shlex
import smtplib
import socket
import ssl
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.config import SMTP_ENV, SmtpSettings
from briefing.deliver.email_body import Attachment, BriefDigest, bodies, megabytes, one_line
from briefing.deliver.files import write_atomic
from briefing.deliver.request import (
    CONTROL_CHARS,
    MAX_SUBJECT_CHARS,
    Request,
    check_server_settings,
    clean_header_text,
    make_request,
    parse_addresses,
    unique_addresses,
)
from briefing.errors import DeliveryError, OutputError
from briefing.formats import EXTENSIONS, MEDIA_TYPES, TEXT_FORMATS
from briefing.model import Brief

if TYPE_CHECKING:
    from briefing.render import RenderOptions

# The e-mail API callers use; who-and-how checks live in `deliver.request` and are named here too.
__all__ = [
    "MAX_SUBJECT_CHARS",
    "BriefDigest",
    "Delivered",
    "PartialDeliveryError",
    "Prepared",
    "Request",
    "UnusableFile",
    "build_message",
    "clean_header_text",
    "deliver",
    "describe",
    "digest_for",
    "digests_for_files",
    "make_request",
    "parse_addresses",
    "send",
    "write_eml",
]

# 18 MB of files is about 24.7 MB once base64-encoded: under the 25 MB most mail services accept.
MAX_ATTACHMENTS_BYTES = 18_000_000
# A plain `name="..."` for clients that predate RFC 2231 must fit on one folded header line,
# or the generator splits it into RFC 2231 continuations those clients cannot read either.
MAX_ASCII_NAME = 60

_MEDIA_BY_SUFFIX = {f".{ext}": MEDIA_TYPES[fmt] for fmt, ext in EXTENSIONS.items()}
_UTF8_TEXT_SUFFIXES = {f".{EXTENSIONS[fmt]}" for fmt in TEXT_FORMATS}


class UnusableFile(DeliveryError):
    """A file given to attach cannot be one (a device, a pipe, unreadable): nothing was sent, and
    no "the briefs are saved" hint applies, since the file itself is the problem."""


def digest_for(brief: Brief, paths: Iterable[Path], render: RenderOptions | None = None) -> BriefDigest:
    return BriefDigest(brief.title, brief, tuple(_display_name(p) for p in paths), render)


def digests_for_files(paths: Sequence[Path]) -> list[BriefDigest]:
    """Group files by stem (`x.pdf` and `x.docx` are one brief); a sibling `x.json` supplies the brief."""
    groups: dict[Path, list[Path]] = {}
    for path in paths:
        groups.setdefault(path.with_suffix(""), []).append(path)
    digests = []
    for stem, group in groups.items():
        brief = _read_brief(stem.with_suffix(".json"))
        title = brief.title if brief else stem.name
        digests.append(BriefDigest(title, brief, tuple(_display_name(p) for p in group)))
    return digests


MAX_BRIEF_JSON_BYTES = 50_000_000  # the JSON of the longest article's brief is a few MB


def _read_brief(path: Path) -> Brief | None:
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BRIEF_JSON_BYTES + 1)
        if len(raw) > MAX_BRIEF_JSON_BYTES:
            return None
        return Brief.from_dict(json.loads(raw.decode("utf-8")))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # not a brief's JSON after all: the body falls back to file names


def attachments_for(paths: Sequence[Path]) -> list[Attachment]:
    """Describe the files and refuse, before anything is read or sent, a set too large for one e-mail."""
    found = []
    for path in paths:
        try:
            status = path.stat()
        except OSError as exc:
            raise UnusableFile(f"cannot attach {path}: {exc.strerror or exc}") from None
        if not stat.S_ISREG(status.st_mode):
            # A pipe or a device reports size 0 and may never end ("send /dev/zero"): only files attach.
            raise UnusableFile(f"cannot attach {path}: not a regular file")
        size = status.st_size
        name = _display_name(path)
        found.append(Attachment(path, name, ascii_file_name(name), media_type_for(path), size))
    total = sum(a.size for a in found)
    if total > MAX_ATTACHMENTS_BYTES:
        raise DeliveryError(
            f"the attachments total {megabytes(total)}, over the {megabytes(MAX_ATTACHMENTS_BYTES)} one e-mail can "
            "carry; send fewer briefs per message or fewer formats (e.g. -f pdf)"
        )
    return found


def media_type_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _MEDIA_BY_SUFFIX:
        return _MEDIA_BY_SUFFIX[suffix]
    guessed, _ = mimetypes.guess_type(path.name, strict=False)
    return guessed or "application/octet-stream"


def _display_name(path: Path) -> str:
    return CONTROL_CHARS.sub("_", path.name) or "brief"


def ascii_file_name(name: str, max_chars: int = MAX_ASCII_NAME) -> str:
    """'Gespräche über – 2024.pdf' -> 'Gesprache uber - 2024.pdf': transliterated, quote-safe, short."""
    path = Path(name)
    stem = _ascii_part(path.stem).strip(" ._-") or "brief"
    suffix = "." + _ascii_part(path.suffix[1:]).strip(" ._") if path.suffix else ""
    suffix = "" if suffix == "." else suffix
    room = max(1, max_chars - len(suffix))
    if len(stem) > room:
        # Keep the end too: generated names end in the publication date, which tells briefs apart.
        tail = stem[-11:] if room > 30 else ""
        head = stem[: room - len(tail) - (1 if tail else 0)].rstrip(" _-.")
        stem = f"{head}~{tail}" if tail else head
    return stem + suffix


def _ascii_part(text: str) -> str:
    text = text.replace("–", "-").replace("—", "-")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9._()+, -]+", "_", text)
    return re.sub(r"\s+", " ", text)


# ---------------------------------------------------------------- the message


@dataclass(frozen=True)
class Prepared:
    """The message as it will leave: headers, body and the exact bytes, plus the SMTP envelope."""

    message: EmailMessage
    data: bytes
    mail_from: str | None
    rcpt_to: tuple[str, ...]
    bcc: tuple[str, ...]
    attachments: list[Attachment] = field(default_factory=list)


def default_subject(digests: Sequence[BriefDigest]) -> str:
    if len(digests) == 1:
        return clean_header_text(f"Brief: {digests[0].title}")
    return f"Briefs: {len(digests)} articles"


def build_message(request: Request, digests: Sequence[BriefDigest], paths: Sequence[Path]) -> Prepared:
    attachments = attachments_for(paths)
    subject = request.subject or default_subject(digests)
    msg = EmailMessage(policy=_POLICY)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=_message_id_domain(request))
    if request.sender is not None:
        msg["From"] = request.sender
    if request.to:
        msg["To"] = request.to
    if request.cc:
        msg["Cc"] = request.cc
    # A sent message carries Bcc in the envelope only: a header would show every recipient who got
    # it. A draft is not sent: the mail program sends it, and needs the Bcc header to know to whom.
    if request.bcc and request.eml is not None:
        msg["Bcc"] = request.bcc
    msg["Subject"] = subject
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = f"briefing {__version__}"
    if request.eml is not None:
        msg["X-Unsent"] = "1"  # Outlook opens such a file as a draft, ready to send

    text, html = bodies(subject, digests, attachments)
    # Quoted-printable keeps the body 7-bit, so no server needs 8BITMIME for a non-ASCII title.
    msg.set_content(text, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for att in attachments:
        _attach(msg, att)

    rcpt = unique_addresses([*request.to, *request.cc, *request.bcc])
    return Prepared(
        message=msg,
        data=msg.as_bytes(policy=_POLICY),
        mail_from=request.sender.addr_spec if request.sender else None,
        rcpt_to=tuple(a.addr_spec for a in rcpt),
        bcc=tuple(a.addr_spec for a in request.bcc),
        attachments=attachments,
    )


# RFC 5322's hard limit: at the recommended 78 a subject made of one long word (a file name) is
# folded straight after "Subject:", which some mail programs show as an empty subject line.
_POLICY = policy.SMTP.clone(max_line_length=998)


def _message_id_domain(request: Request) -> str:
    if request.sender is not None:
        return request.sender.domain
    return "briefing.invalid"  # a draft without a sender; the mail client assigns its own on sending


def _attach(msg: EmailMessage, att: Attachment) -> None:
    try:
        with att.path.open("rb") as fh:
            # Bounded by the bytes read, not by the size the file reported when it was checked.
            data = fh.read(MAX_ATTACHMENTS_BYTES + 1)
    except OSError as exc:
        raise UnusableFile(f"cannot attach {att.path}: {exc.strerror or exc}") from None
    if len(data) > MAX_ATTACHMENTS_BYTES:
        limit = megabytes(MAX_ATTACHMENTS_BYTES)
        raise UnusableFile(f"cannot attach {att.path}: it grew past {limit} while being read")
    maintype, subtype = att.media_type.split("/", 1)
    params = {"name": att.ascii_name}
    if att.path.suffix.lower() in _UTF8_TEXT_SUFFIXES:
        params = {"charset": "utf-8", **params}
    # Bytes are always base64 here, text/* included: the file arrives byte for byte, line endings and all.
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att.name, params=params)


# ---------------------------------------------------------------- delivery


def write_eml(prepared: Prepared, path: Path, *, force: bool) -> None:
    """The draft as an RFC 5322 file (CRLF line ends); never half-written, never clobbered without force."""
    write_atomic(path, prepared.data, force=force)


def describe(prepared: Prepared, settings: SmtpSettings) -> list[str]:
    """What a send would do, for --dry-run: server, envelope, headers and attachments."""
    lines = [f"Server:      {_server_line(settings)}"]
    sender = f"<{prepared.mail_from}>" if prepared.mail_from else f"(none set: --from or {SMTP_ENV['from']})"
    lines.append(f"MAIL FROM:   {sender}")
    for rcpt in prepared.rcpt_to:
        lines.append(f"RCPT TO:     <{rcpt}>" + ("  (bcc)" if rcpt in prepared.bcc else ""))
    lines.append("Headers:")
    for name, value in prepared.message.items():
        if name.lower() not in ("content-type", "content-transfer-encoding"):
            lines.append(f"  {name}: {value}")
    lines.append(f"Attachments: {len(prepared.attachments)}")
    for a in prepared.attachments:
        lines.append(f"  {a.name}  {a.media_type}  {a.size} bytes")
    lines.append(f"Message size: {len(prepared.data)} bytes (not sent: dry run)")
    return lines


def _server_line(settings: SmtpSettings) -> str:
    if not settings.host:
        return f"(none set: {SMTP_ENV['host']})"
    tls = {"starttls": "STARTTLS", "ssl": "implicit TLS", "none": "no encryption"}[settings.security]
    login = f", login as {settings.user}" if settings.user else ", no login"
    verify = "" if settings.verify or settings.security == "none" else ", certificate NOT verified"
    return f"{settings.server} ({tls}{login}{verify})"


class PartialDeliveryError(DeliveryError):
    """The server took the message for some recipients and refused others."""

    def __init__(self, message: str, refused: dict[str, tuple[int, str]]):
        super().__init__(message)
        self.refused = refused


def send(prepared: Prepared, settings: SmtpSettings) -> None:
    """Send over SMTP; any failure is one DeliveryError naming the server and what went wrong."""
    check_server_settings(settings)
    if prepared.mail_from is None or not prepared.rcpt_to:
        raise DeliveryError("the message has no sender or no recipient")
    try:
        with _connect(settings) as smtp:
            _secure(smtp, settings)
            if settings.user:
                _login(smtp, settings)
            _check_size_limit(smtp, len(prepared.data), settings.server)
            refused = smtp.sendmail(prepared.mail_from, list(prepared.rcpt_to), prepared.data)
    except DeliveryError:
        raise
    except OSError as exc:  # smtplib's and ssl's errors are OSErrors too
        raise DeliveryError(_explain(exc, prepared, settings)) from None
    if refused:
        raise PartialDeliveryError(
            f"{settings.server} accepted the message for {len(prepared.rcpt_to) - len(refused)} "
            f"recipient(s) but refused {_refusals(refused)}",
            {addr: (code, _text(msg)) for addr, (code, msg) in refused.items()},
        )


def _explain(exc: OSError, prepared: Prepared, settings: SmtpSettings) -> str:
    """One line naming the server and the reason, in the user's terms rather than the library's."""
    server = settings.server
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return f"{server} refused every recipient: {_refusals(exc.recipients)}"
    if isinstance(exc, smtplib.SMTPSenderRefused | smtplib.SMTPDataError):
        reply = _reply(exc.smtp_code, exc.smtp_error)
        if exc.smtp_code == 552:
            return f"{server} refused the message as too large ({len(prepared.data)} bytes): {reply}"
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return f"{server} refused the sender <{prepared.mail_from}>: {reply}"
        return f"{server} refused the message: {reply}"
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, TimeoutError):
        # smtplib reports a server that accepts the connection and then never speaks as "closed"
        return f"{server} accepted the connection but did not answer within {settings.timeout:g} s (timed out)"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{server} closed the connection unexpectedly ({one_line(exc) or 'no reason given'})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{server} answered with an error: {_reply(exc.smtp_code, exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPException):
        return f"sending via {server} failed: {one_line(exc)}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (
            f"TLS certificate of {server} failed verification ({exc.verify_message or exc.reason}); "
            f"if the server uses a private CA, set {SMTP_ENV['cafile']} (or `cafile` in [smtp])"
        )
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {server} failed ({exc.reason or one_line(exc)})"
    if isinstance(exc, TimeoutError):
        return f"{server} did not answer within {settings.timeout:g} s (timed out)"
    if isinstance(exc, ConnectionRefusedError):
        return f"cannot connect to {server}: connection refused (no SMTP server there?)"
    if isinstance(exc, socket.gaierror):
        return f"cannot connect to {server}: unknown host ({exc.strerror or exc})"
    return f"cannot connect to {server}: {exc.strerror or one_line(exc)}"


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.cafile is not None:
        context.load_verify_locations(cafile=str(settings.cafile))  # added to the system CAs, not instead
    if not settings.verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    # The EHLO name: the bare host name, not getfqdn(), whose reverse lookup can stall for seconds.
    helo = socket.gethostname() or "localhost"
    if not re.fullmatch(r"[A-Za-z0-9.-]+", helo):
        helo = "localhost"
    assert settings.host is not None
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            local_hostname=helo,
            timeout=settings.timeout,
            context=_tls_context(settings),
        )
    return smtplib.SMTP(settings.host, settings.port, local_hostname=helo, timeout=settings.timeout)


def _secure(smtp: smtplib.SMTP, settings: SmtpSettings) -> None:
    smtp.ehlo()
    if settings.security != "starttls":
        return
    if not smtp.has_extn("starttls"):
        raise DeliveryError(
            f"{settings.server} does not offer STARTTLS; set {SMTP_ENV['security']}=ssl if it expects "
            "implicit TLS (usually port 465)"
        )
    smtp.starttls(context=_tls_context(settings))
    smtp.ehlo()


def _login(smtp: smtplib.SMTP, settings: SmtpSettings) -> None:
    assert settings.user is not None and settings.password is not None
    if not smtp.has_extn("auth"):
        hint = "" if settings.security != "none" else f" over a plain connection; set {SMTP_ENV['security']}"
        raise DeliveryError(f"{settings.server} does not offer authentication (AUTH){hint}")
    try:
        smtp.login(settings.user, settings.password)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{settings.server} refused the login for user {settings.user!r}: {_reply(exc.smtp_code, exc.smtp_error)}"
        ) from None


def _check_size_limit(smtp: smtplib.SMTP, size: int, server: str) -> None:
    limit = smtp.esmtp_features.get("size", "").strip()
    if limit.isdigit() and int(limit) > 0 and size > int(limit):
        raise DeliveryError(
            f"the message ({megabytes(size)}) is over {server}'s size limit of {megabytes(int(limit))}; "
            "send fewer briefs or formats per message"
        )


def _text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(CONTROL_CHARS.sub(" ", text).split())


def _reply(code: int, message: bytes | str) -> str:
    return f"{code} {_text(message)}".strip()


def _refusals(recipients: dict[str, tuple[int, bytes | str]]) -> str:
    return "; ".join(f"<{addr}> ({_reply(code, msg)})" for addr, (code, msg) in recipients.items())


def retry_command(
    paths: Sequence[Path],
    request: Request,
    *,
    only: Iterable[str] | None = None,
) -> str:
    """The `briefing send` command that retries this delivery (only the refused addresses when given)."""
    keep = {a.lower() for a in only} if only is not None else None

    def wanted(addresses: tuple[Address, ...]) -> list[str]:
        return [a.addr_spec for a in addresses if keep is None or a.addr_spec.lower() in keep]

    words = ["briefing", "send", *(str(p) for p in paths)]
    for flag, addresses in (("--to", request.to), ("--cc", request.cc), ("--bcc", request.bcc)):
        for addr in wanted(addresses):
            words += [flag, addr]
    if request.sender is not None:
        words += ["--from", request.sender.addr_spec]
    if request.subject:
        words += ["--subject", request.subject]
    if request.eml is not None:
        words += ["--eml", str(request.eml)]
    if request.force and request.eml is not None:
        words.append("--force")  # the draft was to replace a file: so is the retry's
    return shlex.join(words)


@dataclass(frozen=True)
class Delivered:
    """What `deliver` did, for the caller to report: a draft written, a dry run's lines, or a send."""

    eml: Path | None = None
    described: tuple[str, ...] = ()
    recipients: int = 0  # the message went to this many addresses
    files: int = 0
    server: str = ""


def deliver(request: Request, digests: Sequence[BriefDigest], paths: Sequence[Path]) -> Delivered:
    """Build the message, then write it as a draft, describe it (a dry run) or send it. A failure
    raises DeliveryError saying where the briefs are and the command that retries."""
    if not paths:
        raise DeliveryError("no brief was written, so there is nothing to e-mail")
    try:
        if request.eml is not None and any(request.eml.resolve() == p.resolve() for p in paths):
            raise OutputError(f"--eml {request.eml} is one of the briefs to attach; name another file")
        prepared = build_message(request, digests, paths)
        if request.eml is not None:
            write_eml(prepared, request.eml, force=request.force)
            return Delivered(eml=request.eml, files=len(paths))
        if request.dry_run:
            return Delivered(described=tuple(describe(prepared, request.settings)), files=len(paths))
        send(prepared, request.settings)
        return Delivered(recipients=len(prepared.rcpt_to), files=len(paths), server=request.settings.server)
    except UnusableFile:
        raise
    except (DeliveryError, OutputError) as exc:
        only = exc.refused.keys() if isinstance(exc, PartialDeliveryError) else None
        folders = ", ".join(dict.fromkeys(str(p.parent) for p in paths))
        retry = retry_command(list(paths), request, only=only)
        raise DeliveryError(f"{exc}. The briefs are saved in {folders}; to retry: {retry}") from None
