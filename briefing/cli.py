"""Command line: a thin click layer over `briefing.pipeline` and friends.

Library errors (`BriefingError`) become one-line messages and exit 1; click's
usage errors exit 2. Nothing below prints a traceback to a user.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from briefing import __version__
from briefing.deliver.files import write_targets
from briefing.errors import BriefingError
from briefing.ingest import parse_date
from briefing.model import brief_json_schema
from briefing.pipeline import DEFAULT_FORMATS, Options, generate_one, plan_outputs
from briefing.render import FORMATS, TEXT_FORMATS, RenderOptions
from briefing.render.templates import builtin_templates, copy_template, template_description
from briefing.theme import PAGE_SIZES, Theme, load_theme

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class BriefingClickError(click.ClickException):
    exit_code = EXIT_FAILURE

    def format_message(self) -> str:
        return self.message.replace("\n", " ").strip()


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
        return parse_date(value)
    except BriefingError as exc:
        raise click.BadParameter(str(exc)) from None


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
\b
Exit status: 0 success, 1 bad input or a failed write, 2 usage error.
"""


@cli.command(epilog=GENERATE_EPILOG)
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-f", "--format", "formats", multiple=True, metavar="FMT[,FMT]",
    help=f"Output formats: {', '.join(FORMATS)} (repeatable or comma-separated; default pdf,docx).",
)
@click.option(
    "-o", "--output", default=".", show_default=True, metavar="PATH",
    help="A directory, a file name when one format is asked, or - for stdout (one text format).",
)
@click.option(
    "--published", callback=_published_callback, metavar="YYYY-MM-DD",
    help="Publication date that relative dates resolve against (default: a date in the input, else today).",
)
@click.option("--title", help="Title of the brief (default: the article's headline, else derived).")
@click.option("--template", "template", metavar="NAME|PATH", help="Built-in template name or a template file.")
@click.option("--theme", "theme_path", type=click.Path(dir_okay=False, path_type=Path), help="Theme TOML file.")
@click.option("--page-size", type=click.Choice(PAGE_SIZES, case_sensitive=False), help="Page size (default A4).")
@click.option("--force", is_flag=True, help="Overwrite existing briefs.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Say what is being done.")
def generate(
    articles: tuple[str, ...],
    formats: tuple[str, ...],
    output: str,
    published: dt.date | None,
    title: str | None,
    template: str | None,
    theme_path: Path | None,
    page_size: str | None,
    force: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Generate a brief from each ARTICLE (.txt, .md, .html, or - for stdin)."""
    fmts = parse_formats(formats)
    to_stdout = output == "-"
    if to_stdout and (len(fmts) != 1 or fmts[0] not in TEXT_FORMATS):
        raise click.UsageError("--output - needs exactly one text format (json, md or html)")
    if (to_stdout or _names_a_file(output, fmts)) and len(articles) > 1:
        raise click.UsageError("several articles need --output to be a directory")
    try:
        theme = load_theme(theme_path) if theme_path else Theme()
        if page_size:
            theme = theme.with_overrides(page_size=_canonical_page_size(page_size))
        options = Options(
            formats=fmts,
            published=published,
            title=title,
            render=RenderOptions(template=template, theme=theme),
        )
        for source in articles:
            result = generate_one(source, options)
            if result.article.published_from == "today" and not quiet:
                click.echo(
                    f"warning: {source}: no publication date given or found; resolving dates against today "
                    f"({result.article.published}). Use --published YYYY-MM-DD.",
                    err=True,
                )
            if to_stdout:
                sys.stdout.buffer.write(next(iter(result.outputs.values())))
                sys.stdout.flush()
                continue
            out = Path(output)
            targets = plan_outputs(result, out, single_file=_names_a_file(output, fmts))
            written = write_targets(targets, force=force)
            if verbose:
                click.echo(f"{source}: {len(result.brief.sides)} sides, {len(result.brief.evidence())} quotes", err=True)
            if not quiet:
                for path in written:
                    click.echo(str(path))
    except BriefingError as exc:
        raise fail(exc) from None


def _names_a_file(output: str, fmts: tuple[str, ...]) -> bool:
    """`-o brief.pdf` names a file; `-o out/` or an existing directory names a directory."""
    if output == "-" or output.endswith(("/", "\\")):
        return False
    path = Path(output)
    if path.is_dir():
        return False
    return len(fmts) == 1 and path.suffix.lower() == f".{fmts[0]}"


def _canonical_page_size(value: str) -> str:
    return next(p for p in PAGE_SIZES if p.lower() == value.lower())


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the brief's JSON form."""
    click.echo(json.dumps(brief_json_schema(), indent=2))


@cli.group(invoke_without_command=True)
@click.pass_context
def templates(ctx: click.Context) -> None:
    """List the built-in templates (or copy one to customise)."""
    if ctx.invoked_subcommand is None:
        try:
            for name, path in builtin_templates().items():
                click.echo(f"{name:12s} {template_description(path)}")
        except BriefingError as exc:
            raise fail(exc) from None


@templates.command("copy")
@click.argument("name")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def templates_copy(name: str, directory: Path) -> None:
    """Copy built-in template NAME into DIRECTORY to customise it."""
    try:
        click.echo(str(copy_template(name, directory)))
    except BriefingError as exc:
        raise fail(exc) from None


def main() -> None:
    try:
        cli.main(prog_name="briefing")
    except KeyboardInterrupt:
        click.echo("briefing: interrupted; no partial files were left", err=True)
        sys.exit(EXIT_INTERRUPTED)
