"""Command line: a thin click layer over `briefing.pipeline` and friends.

Library errors (`BriefingError`) become one-line messages and exit 1; click's
usage errors exit 2. Nothing below prints a traceback to a user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import functools
import signal
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefing import __version__
from briefing.errors import (
    BriefingError,
    Terminated,
    raise_terminated,
)
from briefing.formats import DEFAULT_FORMATS, FORMATS
from briefing.terminal import guard_closed_descriptors, shown, silence_stdout
from briefing.theme import PAGE_SIZES, load_theme

if TYPE_CHECKING:
    from briefing.analysis.options import AnalysisOptions
    from briefing.batch import Inputs, Outcome
    from briefing.config import SmtpSettings
    from briefing.deliver import email as mail
    from briefing.pipeline import Options
    from briefing.render import RenderOptions

# The analysis, the writers and e-mail are imported where a command uses them: `--version`,
# `--help` and `config show` start in a fraction of the time.

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
ENGINE_NAMES = ("rules", "llm", "auto")  # briefing.analysis.engines.ENGINES, named here without importing it


class BriefingClickError(click.ClickException):
    exit_code = EXIT_FAILURE

    def format_message(self) -> str:
        return shown(self.message.replace("\n", " ").strip())


def fail(exc: BriefingError) -> BriefingClickError:
    err = BriefingClickError(str(exc))
    err.exit_code = exc.exit_code
    return err


def parse_formats(values: tuple[str, ...]) -> tuple[str, ...]:
    """`-f pdf -f docx` and `-f pdf,docx` alike; order kept, duplicates dropped."""
    formats: list[str] = []
    for value in values or (",".join(DEFAULT_FORMATS),):
        for part in value.split(","):
            fmt = part.strip().lower()
            if not fmt:
                continue
            if fmt not in FORMATS:
                raise click.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
            if fmt not in formats:
                formats.append(fmt)
    if not formats:
        raise click.BadParameter("no format given", param_hint="--format")
    return tuple(formats)


def _published_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        from briefing.ingest import parse_date

        return parse_date(value)
    except BriefingError as exc:
        # One line, like every other bad input (click's BadParameter adds a usage block); still exit 2.
        err = BriefingClickError(f"--published: {exc}")
        err.exit_code = EXIT_USAGE
        raise err from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefing")
def cli() -> None:
    """Turn a news article about a dispute or negotiation into a grounded policy brief.

    Every point in the brief cites the exact words of the article it rests on.
    """


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


GENERATE_EPILOG = """\b
Examples:
  briefing generate article.txt
  briefing generate article.md -f pdf,docx,json -o out/
  briefing generate - --published 2024-07-27 -f json -o - < article.txt
  briefing generate article.txt -f pdf -o brief.pdf --title "Talks resume" --force
  briefing generate article.txt --template condensed --theme org.toml
  briefing generate article.txt -f pdf,docx --email-to analyst@example.org
  briefing generate inbox/ -f pdf,docx -o briefs/ --jobs 4
  briefing generate 'wires/*.html' monday.txt -o briefs/
\b
A folder, a glob or several articles make a batch: each brief is named after
its input file (a.txt -> briefs/a.pdf), the run goes on past an article that
fails and ends with a summary of what failed and why.
\b
Exit status: 0 success, 1 bad input or a failed write (in a batch: any article
failed), 2 usage error, 130 interrupted.
"""


@cli.command(epilog=GENERATE_EPILOG)
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    metavar="FMT[,FMT]",
    help=f"Output formats: {', '.join(FORMATS)} (repeatable or comma-separated; default pdf,docx).",
)
@click.option(
    "-o",
    "--output",
    default=".",
    show_default=True,
    metavar="PATH",
    help="A directory, a file name when one format is asked, or - for stdout (one text format).",
)
@click.option(
    "--published",
    callback=_published_callback,
    metavar="YYYY-MM-DD",
    help="Publication date that relative dates resolve against (default: a date in the input, else today).",
)
@click.option("--title", help="Title of the brief (default: the article's headline, else derived).")
@click.option("--template", "template", metavar="NAME|PATH", help="Built-in template name or a template file.")
@click.option("--theme", "theme_path", type=click.Path(dir_okay=False, path_type=Path), help="Theme TOML file.")
@click.option("--page-size", type=click.Choice(PAGE_SIZES, case_sensitive=False), help="Page size (default A4).")
@click.option(
    "--reference-docx",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Word file whose styles, page setup, header and footer the DOCX brief uses (like pandoc's).",
)
@click.option("--force", is_flag=True, help="Overwrite existing briefs.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Articles analysed in parallel (default: the number of CPUs; 1 runs without worker processes).",
)
@click.option("--recursive", is_flag=True, help="Also read articles in subfolders of a folder.")
@click.option(
    "--engine",
    type=click.Choice(ENGINE_NAMES),
    help="rules (offline, default), llm (the BRIEFING_LLM_URL endpoint), auto (llm if set, else rules).",
)
@click.option("--no-cache", is_flag=True, help="Ask the LLM endpoint again instead of reusing kept replies.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Say what is being done.")
@email_options("--email-to")
def generate(
    articles: tuple[str, ...],
    formats: tuple[str, ...],
    output: str,
    published: dt.date | None,
    title: str | None,
    template: str | None,
    theme_path: Path | None,
    page_size: str | None,
    reference_docx: Path | None,
    force: bool,
    jobs: int | None,
    recursive: bool,
    engine: str | None,
    no_cache: bool,
    quiet: bool,
    verbose: bool,
    email_opts: EmailOptions,
) -> None:
    """Generate a brief from each ARTICLE (.txt, .md, .html, or - for stdin)."""
    from briefing.pipeline import build_options

    fmts = parse_formats(formats)
    to_stdout = output == "-"
    inputs = _checked_inputs(articles, fmts, output, recursive=recursive)
    email = _email_request(email_opts, force, to_stdout=to_stdout)
    if reference_docx is not None and "docx" not in fmts and not quiet:
        click.echo("warning: --reference-docx only shapes the DOCX brief, and no DOCX is asked for", err=True)
    try:
        options = build_options(
            fmts,
            published=published,
            title=title,
            template=template,
            theme=load_theme(theme_path) if theme_path else None,
            page_size=page_size,
            reference_docx=reference_docx,
        )
        options = dataclasses.replace(options, analysis=_analysis_options(engine, no_cache=no_cache, quiet=quiet))
        if to_stdout:
            _generate_to_stdout(inputs.sources[0], options, quiet, verbose)
            return
    except BriefingError as exc:
        raise fail(exc) from None
    report = _Report(quiet=quiet, verbose=verbose)
    try:
        failed = _write_briefs(
            inputs, options, output, force=force, jobs=jobs, report=report, keep_briefs=email is not None
        )
        if email is not None:
            _deliver_email(report.outcomes, email, options.render, quiet=quiet)
        if failed:
            click.get_current_context().exit(EXIT_FAILURE)
    except KeyboardInterrupt as stop:
        report.close()
        how, status = (
            ("terminated", EXIT_TERMINATED) if isinstance(stop, Terminated) else ("interrupted", EXIT_INTERRUPTED)
        )
        click.echo(f"briefing: {how}; the briefs written are complete, no partial files left", err=True)
        click.get_current_context().exit(status)


def _analysis_options(engine: str | None, *, no_cache: bool, quiet: bool) -> AnalysisOptions:
    """The engine asked for (else the config file's), checked before any article is read: `--engine
    llm` without an endpoint is a usage error naming what to set."""
    from briefing.analysis.llm.settings import check_engine
    from briefing.analysis.options import AnalysisOptions
    from briefing.config import load_engine_settings

    (configured, _), settings = load_engine_settings()
    engine = engine or configured
    check_engine(engine, settings)
    if engine == "rules":
        return AnalysisOptions(engine=engine)
    if settings.configured and not quiet:
        for warning in settings.warnings():
            click.echo(f"warning: {warning}", err=True)
    return AnalysisOptions(engine=engine, llm=settings, cache=not no_cache)


def _checked_inputs(articles: tuple[str, ...], fmts: tuple[str, ...], output: str, *, recursive: bool) -> Inputs:
    """The articles to read, once the output and formats are known to fit them."""
    from briefing.batch import collect_inputs
    from briefing.pipeline import check_output

    inputs = collect_inputs(articles, recursive=recursive)
    try:
        check_output(output, fmts, batch=inputs.is_batch)
    except BriefingError as exc:
        raise fail(exc) from None
    if inputs.is_batch and "-" in inputs.sources:
        raise click.UsageError("- (standard input) cannot be read as part of a batch")
    if not inputs.sources:
        raise BriefingClickError("; ".join(f"{arg}: {reason}" for arg, reason in inputs.problems))
    return inputs


def _write_briefs(
    inputs: Inputs, options: Options, output: str, *, force: bool, jobs: int | None, report: _Report, keep_briefs: bool
) -> bool:
    """Every brief written; True when some article failed in a batch (one article failing raises)."""
    from briefing.batch import Job, run_batch
    from briefing.pipeline import names_a_file

    if inputs.is_batch:
        return _generate_batch(
            inputs, options, Path(output), force=force, jobs=jobs, report=report, keep_briefs=keep_briefs
        )
    job = Job(0, inputs.sources[0], stem=None)
    (outcome,) = run_batch(
        [job],
        options,
        output=Path(output),
        force=force,
        workers=1,
        on_outcome=report.outcome,
        single_file=names_a_file(output, options.formats),
        keep_briefs=keep_briefs,
    )
    if not outcome.ok:
        raise _failed(outcome)
    return False


def _generate_to_stdout(source: str, options: Options, quiet: bool, verbose: bool) -> None:
    from briefing.batch import engine_note
    from briefing.pipeline import generate_one

    try:
        with warnings.catch_warnings(record=True) as caught:  # a bad byte, a missing glyph: one line each
            warnings.simplefilter("always")
            result = generate_one(source, options)
    except BriefingError:
        raise
    except Exception as exc:  # a bug must still end in one line, as it does in a batch
        raise BriefingClickError(f"{source}: internal error {type(exc).__name__}: {exc}") from None
    if not quiet:
        for line in dict.fromkeys(" ".join(str(w.message).split()) for w in caught):
            click.echo(shown(f"warning: {source}: {line}"), err=True)
    if result.article.published_from == "today" and not quiet:
        click.echo(shown(_undated_warning(source, str(result.article.published))), err=True)
    if verbose and (note := engine_note(options)):
        click.echo(shown(f"{source}: {note}"), err=True)
    sys.stdout.buffer.write(next(iter(result.outputs.values())))
    sys.stdout.flush()


def _generate_batch(
    inputs: Inputs,
    options: Options,
    output: Path,
    *,
    force: bool,
    jobs: int | None,
    report: _Report,
    keep_briefs: bool,
) -> bool:
    """Every article in turn or in parallel, and a summary on stderr; True if any article failed."""
    from briefing.batch import Job, available_cpus, batch_stems, default_jobs, run_batch

    stems = batch_stems(inputs.sources)
    batch = [Job(i, src, stem) for i, (src, stem) in enumerate(zip(inputs.sources, stems, strict=True))]
    workers = jobs or default_jobs(len(batch))
    cpus = available_cpus()
    if jobs and jobs > cpus and len(batch) > cpus and not report.quiet and options.analysis.engine == "rules":
        # Each worker loads the model (about a second of CPU); past the CPU count they only queue.
        # (An LLM engine's workers mostly wait on the endpoint: more of them than CPUs do help.)
        click.echo(f"warning: --jobs {jobs} on {cpus} CPU(s): workers past {cpus} add no speed", err=True)
    started = time.monotonic()
    report.start(len(batch))
    outcomes = run_batch(
        batch, options, output=output, force=force, workers=workers, on_outcome=report.outcome, keep_briefs=keep_briefs
    )
    report.close()
    failures = [(o.source, o.error or "") for o in outcomes if not o.ok] + list(inputs.problems)
    report.summary(outcomes, failures, output, time.monotonic() - started)
    return bool(failures)


def _failed(outcome: Outcome) -> BriefingClickError:
    message = outcome.error or "failed"
    source = outcome.source if outcome.source != "-" else "standard input"
    err = BriefingClickError(message if message.startswith(source) else f"{source}: {message}")
    err.exit_code = outcome.exit_code or EXIT_FAILURE
    return err


def _undated_warning(source: str, today: str) -> str:
    return (
        f"warning: {source}: no publication date given or found; resolving dates against today "
        f"({today}). Use --published YYYY-MM-DD."
    )


class _Report:
    """What a run tells its user: files written on stdout, progress, warnings and failures on stderr.

    The progress bar shows only on a terminal; on a terminal it also replaces the list of files
    (the two would garble each other), which a pipe still gets, one path a line, for scripts.
    """

    def __init__(self, *, quiet: bool, verbose: bool) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.bar: click.progressbar | None = None  # type: ignore[type-arg]
        self.batch = False
        self.undated: list[Outcome] = []
        self.held: list[str] = []  # warnings that would break the progress bar, shown after it
        self.stdout_gone = False  # stdout stopped taking paths: the briefs are still all written
        self.outcomes: list[Outcome] = []  # every article's, for the e-mail sent after the run

    def start(self, total: int) -> None:
        self.batch = True
        if not self.quiet and sys.stderr.isatty() and total > 1:
            self.bar = click.progressbar(
                length=total, label=f"Briefing {total} articles", file=sys.stderr, show_pos=True, show_eta=True
            )
            self.bar.render_progress()

    def outcome(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        if self.bar is not None:
            self.bar.update(1)
        if outcome.undated and outcome.ok:  # a failed article's dates are moot
            self.undated.append(outcome)
            if not self.batch and not self.quiet:
                click.echo(shown(_undated_warning(outcome.source, str(outcome.published))), err=True)
        if not self.quiet:
            for warning in outcome.warnings:
                line = f"warning: {outcome.source}: {warning}"
                if self.bar is not None:
                    self.held.append(line)
                else:
                    click.echo(shown(line), err=True)
        if self.verbose and self.bar is None:
            if outcome.ok and outcome.note:
                click.echo(shown(f"{outcome.source}: {outcome.note}"), err=True)
            if outcome.detail:
                click.echo("\n".join(shown(line) for line in outcome.detail.rstrip().split("\n")), err=True)
        if not self.quiet and not self.stdout_gone and not (self.bar is not None and sys.stdout.isatty()):
            for path in outcome.written:
                self._print_path(path)

    def _print_path(self, path: Path) -> None:
        """A written brief's path on stdout. The briefs never depend on it: if stdout is closed, full
        or its reader stopped (`| head -n1`), the paths are dropped and the batch goes on."""
        try:
            click.echo(shown(path))
            sys.stdout.flush()
        except OSError as exc:
            self.stdout_gone = True
            silence_stdout()
            if not isinstance(exc, BrokenPipeError):
                _REPORT_STDOUT_LOSS["lost"] = f"{exc.strerror or exc}; the briefs were written"
            else:
                _REPORT_STDOUT_LOSS.setdefault("lost", "")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()
            self.bar = None
        for line in self.held:
            click.echo(shown(line), err=True)
        self.held = []

    def summary(self, outcomes: list[Outcome], failures: list[tuple[str, str]], output: Path, seconds: float) -> None:
        done = sum(o.ok for o in outcomes)
        if self.undated and not self.quiet:
            names = ", ".join(shown(o.source) for o in self.undated[:3]) + (", ..." if len(self.undated) > 3 else "")
            click.echo(
                f"warning: {len(self.undated)} article(s) had no publication date; their dates resolve "
                f"against today ({self.undated[0].published}): {names}. Use --published YYYY-MM-DD.",
                err=True,
            )
        if failures or not self.quiet:
            counts = f"{done} briefed, {len(failures)} failed"
            click.echo(shown(f"briefing: {counts}, in {seconds:.1f} s -> {output}"), err=True)
        for source, reason in failures:
            click.echo(shown(f"{source}: {reason}"), err=True)


@cli.command()
@click.option("--llm", "for_llm", is_flag=True, help="Print the schema sent to an LLM endpoint instead.")
def schema(for_llm: bool) -> None:
    """Print the JSON Schema of the brief's JSON form."""
    import json

    if for_llm:
        from briefing.analysis.llm.prompt import schema_json

        click.echo(schema_json())
        return
    from briefing.model import brief_json_schema

    click.echo(json.dumps(brief_json_schema(), indent=2))


@cli.group(invoke_without_command=True)
@click.pass_context
def templates(ctx: click.Context) -> None:
    """List the built-in templates (or copy one to customise)."""
    from briefing.render.templates import builtin_templates, template_description

    if ctx.invoked_subcommand is None:
        try:
            for name, path in builtin_templates().items():
                click.echo(f"{name:12s} {template_description(path)}")
        except BriefingError as exc:
            raise fail(exc) from None


@templates.command("copy")
@click.argument("name")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite a template of the same name in DIRECTORY.")
def templates_copy(name: str, directory: Path, force: bool) -> None:
    """Copy built-in template NAME into DIRECTORY to customise it."""
    from briefing.render.templates import copy_template

    try:
        click.echo(shown(str(copy_template(name, directory, force=force))))
    except BriefingError as exc:
        raise fail(exc) from None


# ---------------------------------------------------------------------------------------------
# E-mail: `generate --email-to`, `send`, `config show`


def _email_request(opts: EmailOptions, force: bool, *, to_stdout: bool = False) -> mail.Request | None:
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
            settings=_smtp_settings(),
            eml=opts.eml,
            dry_run=opts.dry_run,
            force=force,
        )
    except BriefingError as exc:
        raise fail(exc) from None


def _smtp_settings() -> SmtpSettings:
    from briefing.config import load_config

    return load_config().smtp


def _deliver_email(outcomes: list[Outcome], request: mail.Request, render: RenderOptions, *, quiet: bool) -> None:
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


@cli.command(epilog=SEND_EPILOG)
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
    request = _email_request(email_opts, force)
    assert request is not None
    paths = list(dict.fromkeys(files))
    try:
        _deliver(request, mail.digests_for_files(paths), paths, quiet=quiet)
    except BriefingError as exc:
        raise fail(exc) from None


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (non-local: token).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the desk in a web browser.")
def serve(host: str, port: int, open_browser: bool) -> None:
    """A local web desk: paste an article, read the brief beside it (needs briefing[serve])."""
    from briefing.serve import run  # the web stack loads only for this command

    try:
        run(host, port, open_browser=open_browser, say=lambda line: click.echo(line, err=True))
    except BriefingError as exc:
        raise fail(exc) from None


@cli.group("config")
def config_group() -> None:
    """Settings: the SMTP server for e-mail and the default theme."""


@config_group.command("show")
def config_show() -> None:
    """Print the effective settings and where each comes from (the password masked)."""
    try:
        from briefing.config import load_config

        config = load_config()
    except BriefingError as exc:
        raise fail(exc) from None
    click.echo(shown(f"config file: {config.path} ({'found' if config.file_found else 'not found'})"))
    from briefing.analysis.llm.settings import describe as describe_llm
    from briefing.config import describe as describe_config
    from briefing.config import load_engine_settings

    try:
        engine, llm = load_engine_settings()
    except BriefingError as exc:
        raise fail(exc) from None
    rows = describe_config(config) + describe_llm(llm, engine)
    width = max(len(name) for name, _, _ in rows)
    value_width = min(40, max(len(value) for _, value, _ in rows))
    for name, value, source in rows:
        click.echo(shown(f"{name:{width}s}  {value:{value_width}s}  ({source})"))
    for warning in config.warnings:
        click.echo(shown(f"warning: {warning}"), err=True)


def main() -> None:
    # Not click's standalone mode: it reports Ctrl-C as "Aborted!" with exit 1, and we promise 130.
    signal.signal(signal.SIGTERM, raise_terminated)  # `timeout`, CI and systemd stop us like Ctrl-C
    guard_closed_descriptors()
    try:
        code = cli.main(prog_name="briefing", standalone_mode=False)
        sys.stdout.flush()  # a full disk shows only when buffered output is written
    except Terminated:
        click.echo("briefing: terminated; no partial files were left", err=True)
        sys.exit(EXIT_TERMINATED)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("briefing: interrupted; no partial files were left", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # `briefing schema | head`: the reader has all it wanted. End quietly, but not as a success:
        # what was asked for was not all delivered.
        silence_stdout()
        sys.exit(EXIT_FAILURE)
    except OSError as exc:
        silence_stdout()
        if exc.filename is None and exc.errno in _STDOUT_ERRORS:
            click.echo(f"Error: cannot write to standard output: {exc.strerror or exc}", err=True)
        else:
            click.echo(shown(f"Error: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")), err=True)
        sys.exit(EXIT_FAILURE)
    except Exception as exc:  # a bug still ends in one line, never a traceback
        click.echo(shown(f"Error: internal error {type(exc).__name__}: {exc}"), err=True)
        sys.exit(EXIT_FAILURE)
    if "lost" in _REPORT_STDOUT_LOSS:
        # The briefs are written; the list of them that stdout was to carry is not: say so once
        # (nothing when its reader stopped early, as with `| head -n1`).
        if _REPORT_STDOUT_LOSS["lost"]:
            click.echo(f"Error: cannot write to standard output: {_REPORT_STDOUT_LOSS['lost']}", err=True)
        sys.exit(EXIT_FAILURE)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


EXIT_TERMINATED = 128 + 15  # the status a shell reports for a process ended by SIGTERM
_STDOUT_ERRORS = frozenset({errno.ENOSPC, errno.EBADF, errno.EIO, errno.EPIPE})
# Set when stdout stopped taking the list of written briefs ("" for a reader that left, which
# ends quietly): the run goes on, and ends with status 1.
_REPORT_STDOUT_LOSS: dict[str, str] = {}


if __name__ == "__main__":  # `python -m briefing.cli` runs the command line as `briefing` does
    main()
