"""Who a brief goes to and how: addresses checked, the sender resolved, the server settings complete.

Everything here runs before any brief is read, so a typo in an address fails at once. Header text
is untrusted (titles come from articles): control characters are removed from it and rejected in
addresses, so no value can add a header or a recipient.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import getaddresses
from pathlib import Path

from briefing.config import SMTP_ENV, SmtpSettings
from briefing.errors import DeliveryError, OutputError, UsageProblem

MAX_SUBJECT_CHARS = 200

# Local part: RFC 5322 dot-atom characters; domain: dot-separated LDH labels with at least one dot.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*" rf"@{_LABEL}(?:\.{_LABEL})+"
)
# C0/C1 controls, DEL and the Unicode line and paragraph separators: anything a mail client might break on.
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


# ---------------------------------------------------------------- input checking


def clean_header_text(value: str, max_chars: int = MAX_SUBJECT_CHARS) -> str:
    """One harmless line: controls (CR, LF, tab, ...) become spaces, runs of space collapse."""
    text = " ".join(CONTROL_CHARS.sub(" ", value).split())
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text


def parse_addresses(values: Iterable[str], what: str) -> tuple[Address, ...]:
    """`Name <a@example.org>` or `a@example.org`, several per value if comma-separated; each kept once."""
    found: list[Address] = []
    for value in values:
        if CONTROL_CHARS.search(value):
            raise DeliveryError(f"{what} address {value!r} contains a line break or control character")
        pairs = getaddresses([value])
        if not pairs or not any(addr for _, addr in pairs):
            raise DeliveryError(f"{what} address {value!r} is not an e-mail address")
        for name, addr in pairs:
            found.append(_address(name, addr, value, what))
    return unique_addresses(found)


def _address(name: str, addr: str, original: str, what: str) -> Address:
    if not _ADDR_SPEC.fullmatch(addr):
        raise DeliveryError(f"{what} address {original!r} is not a valid address like name@example.org")
    local, domain = addr.rsplit("@", 1)
    try:
        return Address(display_name=clean_header_text(name), username=local, domain=domain)
    except (ValueError, IndexError) as exc:
        raise DeliveryError(f"{what} address {original!r} is not valid ({exc})") from None


def unique_addresses(addresses: Iterable[Address]) -> tuple[Address, ...]:
    seen: set[str] = set()
    out = []
    for a in addresses:
        if a.addr_spec.lower() not in seen:
            seen.add(a.addr_spec.lower())
            out.append(a)
    return tuple(out)


# ---------------------------------------------------------------- what to send


@dataclass(frozen=True)
class Request:
    """A validated request to deliver briefs: recipients, sender, mode and server settings."""

    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    bcc: tuple[Address, ...]
    sender: Address | None
    subject: str | None
    settings: SmtpSettings
    eml: Path | None = None
    dry_run: bool = False
    force: bool = False

    @property
    def sends(self) -> bool:
        return self.eml is None and not self.dry_run


def make_request(
    *,
    to: Sequence[str],
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    sender: str | None = None,
    subject: str | None = None,
    settings: SmtpSettings,
    eml: Path | None = None,
    dry_run: bool = False,
    force: bool = False,
) -> Request:
    """Check everything that can be checked without the briefs, so a bad address fails before any work."""
    if eml is not None and dry_run:
        raise UsageProblem("--eml and --dry-run do not go together: one writes a draft, the other shows it")
    request = Request(
        to=parse_addresses(to, "To"),
        cc=parse_addresses(cc, "Cc"),
        bcc=parse_addresses(bcc, "Bcc"),
        sender=_resolve_sender(sender, settings),
        subject=clean_header_text(subject) if subject else None,
        settings=settings,
        eml=eml,
        dry_run=dry_run,
        force=force,
    )
    if eml is None:
        if not (request.to or request.cc or request.bcc):
            raise DeliveryError("no recipient: give at least one address to send to")
        # A dry run only shows the message; the missing sender is shown as missing, not refused.
        if request.sender is None and not dry_run:
            raise DeliveryError(
                f"no sender address: use --from, set {SMTP_ENV['from']} or `from` in the config file's [smtp]"
            )
    if request.sends:
        check_server_settings(settings)
    if eml is not None and not force and eml.exists():
        raise OutputError(f"{eml} already exists; use --force to overwrite it")
    return request


def _resolve_sender(option: str | None, settings: SmtpSettings) -> Address | None:
    if option:
        return _one_address(option, "From")
    if settings.sender:
        return _one_address(settings.sender, f"From ({settings.source_of('from')})")
    # Most providers make the login name the mailbox; use it rather than ask for it twice.
    if settings.user and _ADDR_SPEC.fullmatch(settings.user):
        return _one_address(settings.user, "From (the SMTP user)")
    return None


def _one_address(value: str, what: str) -> Address:
    found = parse_addresses([value], what)
    if len(found) != 1:
        raise DeliveryError(f"{what} must be one address, not {value!r}")
    return found[0]


def check_server_settings(settings: SmtpSettings) -> None:
    if not settings.host:
        raise DeliveryError(
            f"no SMTP server configured: set {SMTP_ENV['host']} (or `host` in the config file's [smtp] "
            "table), or use --eml FILE to write a draft instead"
        )
    if settings.user and not settings.password:
        raise DeliveryError(
            f"SMTP user {settings.user!r} has no password: set {SMTP_ENV['password']} "
            "or `password` in the config file's [smtp] table (it is never taken from the command line)"
        )
