"""E-mail at the command line: the options `generate` and `send` share, and the `send` command.

Addresses are checked before any brief is made, so a typo fails at once; the message is built and
sent by `briefing.deliver.email`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefing.cli_common import fail
from briefing.errors import BriefingError
from briefing.terminal import shown

if TYPE_CHECKING:
    from briefing.batch import Outcome
    from briefing.config import SmtpSettings
    from briefing.deliver import email as mail
    from briefing.render import RenderOptions


@dataclass(frozen=True)
class EmailOptions:
    """The e-mail options as given on the command line, before validation."""

    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    subject: str | None = None
    sender: str | None = None
    eml: Path | None = None
    dry_run: bool = False

    @property
    def requested(self) -> bool:
        return bool(self.to or self.cc or self.bcc or self.eml or self.dry_run)


def _email_option_list(to_flag: str) -> list[Callable[[Callable[..., Any]], Callable[..., Any]]]:
    return [
        click.option(
            to_flag,
            "email_to",
            multiple=True,
            metavar="ADDR",
            help="E-mail the briefs to ADDR (repeatable, or comma-separated).",
        ),
        click.option("--cc", "email_cc", multiple=True, metavar="ADDR", help="Copy to ADDR (repeatable)."),
        click.option(
            "--bcc",
            "email_bcc",
            multiple=True,
            metavar="ADDR",
            help="Blind copy to ADDR (repeatable): not in a sent message's headers; an --eml draft keeps a Bcc: line.",
        ),
        click.option(
            "--subject",
            "email_subject",
            metavar="TEXT",
            help="Subject (default: 'Brief: <title>', or 'Briefs: N articles').",
        ),
        click.option(
            "--from",
            "email_from",
            metavar="ADDR",
            help="Sender (default: BRIEFING_FROM or `from` in the config file's [smtp]).",
        ),
        click.option(
            "--eml",
            "email_eml",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="PATH",
            help="Write the e-mail as an .eml draft to PATH instead of sending it.",
        ),
        click.option(
            "--dry-run",
            "email_dry_run",
            is_flag=True,
            help="Show the e-mail's envelope, headers and attachments instead of sending it.",
        ),
    ]


def email_options(to_flag: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The e-mail options shared by `generate` and `send`, handed to the command as one `email_opts`."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            email_opts = EmailOptions(
                to=kwargs.pop("email_to"),
                cc=kwargs.pop("email_cc"),
                bcc=kwargs.pop("email_bcc"),
                subject=kwargs.pop("email_subject"),
                sender=kwargs.pop("email_from"),
                eml=kwargs.pop("email_eml"),
                dry_run=kwargs.pop("email_dry_run"),
            )
            return command(*args, email_opts=email_opts, **kwargs)

        for option in reversed(_email_option_list(to_flag)):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def email_request(opts: EmailOptions, force: bool, *, to_stdout: bool = False) -> mail.Request | None:
    """Validate the e-mail options up front, so a typo in an address fails before any brief is generated."""
    from briefing.deliver import email as mail

    if not opts.requested:
        if opts.subject or opts.sender:
            raise click.UsageError("--subject and --from need a recipient, --eml or --dry-run")
        return None
    if to_stdout:
        raise click.UsageError("e-mailing briefs needs them written to files, not --output -")
    try:
        return mail.make_request(
            to=opts.to,
            cc=opts.cc,
            bcc=opts.bcc,
            sender=opts.sender,
            subject=opts.subject,
            settings=smtp_settings(),
            eml=opts.eml,
            dry_run=opts.dry_run,
            force=force,
        )
    except BriefingError as exc:
        raise fail(exc) from None


def smtp_settings() -> SmtpSettings:
    from briefing.config import load_config

    return load_config().smtp


def deliver_email(outcomes: list[Outcome], request: mail.Request, render: RenderOptions, *, quiet: bool) -> None:
    """One message carrying every brief this run wrote, its body made from the briefs themselves."""
    from briefing.deliver import email as mail

    briefed = [outcome for outcome in outcomes if outcome.ok and outcome.written]
    paths = [path for outcome in briefed for path in outcome.written]
    digests = [
        mail.digest_for(outcome.brief, outcome.written, render)
        if outcome.brief is not None
        else mail.digests_for_files(outcome.written)[0]
        for outcome in briefed
    ]
    try:
        _deliver(request, digests, paths, quiet=quiet)
    except BriefingError as exc:
        raise fail(exc) from None


def _deliver(request: mail.Request, digests: list[mail.BriefDigest], paths: list[Path], *, quiet: bool) -> None:
    """Deliver, then say what was done: the draft's path, the dry run, or where the message went."""
    from briefing.deliver import email as mail

    done = mail.deliver(request, digests, paths)
    for line in done.described:
        click.echo(shown(line))
    if quiet:
        return
    if done.eml is not None:
        click.echo(shown(str(done.eml)))
    elif done.server:
        click.echo(f"e-mailed {done.files} file(s) to {done.recipients} recipient(s) via {done.server}", err=True)


SEND_EPILOG = """\b
Examples:
  briefing send brief.pdf brief.docx brief.json --to analyst@example.org
  briefing send out/*.pdf --to desk@example.org --cc chief@example.org --subject "Morning briefs"
  briefing send brief.pdf --to analyst@example.org --eml draft.eml
  briefing send brief.pdf --to analyst@example.org --dry-run
\b
The server comes from BRIEFING_SMTP_* variables or the config file: see `briefing config show`.
The password is never taken from the command line.
\b
Exit status: 0 sent, 1 not sent (the error names the server and the reason), 2 usage error.
"""


@click.command(epilog=SEND_EPILOG)
@click.argument(
    "files",
    nargs=-1,
    required=True,
    metavar="FILE...",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@email_options("--to")
@click.option("--force", is_flag=True, help="Overwrite an existing --eml file.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def send(files: tuple[Path, ...], email_opts: EmailOptions, force: bool, quiet: bool) -> None:
    """E-mail briefs that exist already, as attachments of one message.

    A .json brief of the same name next to a file supplies the title and bottom line for the body.
    """
    from briefing.deliver import email as mail

    if not email_opts.requested:
        raise click.UsageError("give a recipient with --to (or --eml PATH to write a draft)")
    request = email_request(email_opts, force)
    assert request is not None
    paths = list(dict.fromkeys(files))
    try:
        _deliver(request, mail.digests_for_files(paths), paths, quiet=quiet)
    except BriefingError as exc:
        raise fail(exc) from None
