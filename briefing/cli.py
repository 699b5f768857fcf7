"""Command line: a thin click layer over `briefing.pipeline` and friends.

Library errors (`BriefingError`) become one-line messages and exit 1; click's
usage errors exit 2. Nothing below prints a traceback to a user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import signal
import sys
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from briefing import __version__
from briefing.cli_common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    BriefingClickError,
    exit_after_interrupt,
    fail,
)
from briefing.cli_email import EmailOptions, deliver_email, email_options, email_request, send
from briefing.cli_report import STDOUT_LOSS, Report, undated_warning
from briefing.errors import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    BriefingError,
    how_stopped,
    raise_terminated,
    stopped_line,
)
from briefing.formats import DEFAULT_FORMATS, FORMATS
from briefing.terminal import guard_closed_descriptors, shown, silence_stdout
from briefing.theme import PAGE_SIZES, load_theme

if TYPE_CHECKING:
    from briefing.analysis.options import AnalysisOptions
    from briefing.batch import Inputs, Outcome
    from briefing.pipeline import Options

# The analysis, the writers and e-mail are imported where a command uses them: `--version`,
# `--help` and `config show` start in a fraction of the time.

ENGINE_NAMES = ("rules", "llm", "auto")  # briefing.analysis.engines.ENGINES, named here without importing it


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
failed), 2 usage error, 130 interrupted, 143 terminated (SIGTERM).
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
    email = email_request(email_opts, force, to_stdout=to_stdout)
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
    report = Report(quiet=quiet, verbose=verbose)
    try:
        failed = _write_briefs(
            inputs, options, output, force=force, jobs=jobs, report=report, keep_briefs=email is not None
        )
        if email is not None:
            deliver_email(report.outcomes, email, options.render, quiet=quiet)
        if failed:
            click.get_current_context().exit(EXIT_FAILURE)
    except KeyboardInterrupt as stop:
        report.close()
        how, status = how_stopped(stop)
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
    inputs: Inputs, options: Options, output: str, *, force: bool, jobs: int | None, report: Report, keep_briefs: bool
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
        click.echo(shown(undated_warning(source, str(result.article.published))), err=True)
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
    report: Report,
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


cli.add_command(send)


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
    guard_closed_descriptors()
    try:
        # From here on, `timeout`, CI and systemd stop us like Ctrl-C; inside the `try`, so a SIGTERM
        # that comes at once still ends in the one-line message.
        signal.signal(signal.SIGTERM, raise_terminated)
        code = cli.main(prog_name="briefing", standalone_mode=False)
        sys.stdout.flush()  # a full disk shows only when buffered output is written
    except (click.exceptions.Abort, KeyboardInterrupt) as stop:
        _stopped(stop)
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
    if "lost" in STDOUT_LOSS:
        # The briefs are written; the list of them that stdout was to carry is not: say so once
        # (nothing when its reader stopped early, as with `| head -n1`).
        if STDOUT_LOSS["lost"]:
            click.echo(f"Error: cannot write to standard output: {STDOUT_LOSS['lost']}", err=True)
        sys.exit(EXIT_FAILURE)
    _exit(code if isinstance(code, int) else EXIT_OK)


def _stopped(stop: BaseException) -> NoReturn:
    """Ctrl-C or SIGTERM that no command reported: one line, then the bounded exit. click turns an
    interrupt it sees (one before a command's own handling) into Abort."""
    how, status = how_stopped(stop)
    click.echo(stopped_line(how), err=True)
    exit_after_interrupt(status)


def _exit(code: int) -> NoReturn:
    if code in (EXIT_INTERRUPTED, EXIT_TERMINATED):
        exit_after_interrupt(code)  # a command reported its interrupt; its exit is bounded all the same
    sys.exit(code)


_STDOUT_ERRORS = frozenset({errno.ENOSPC, errno.EBADF, errno.EIO, errno.EPIPE})


if __name__ == "__main__":  # `python -m briefing.cli` runs the command line as `briefing` does
    main()
