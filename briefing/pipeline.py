"""The library API the CLI is a thin layer over: ingest -> analyse -> render -> files.

`generate_one` runs one article through the stages and returns the rendered
bytes; `plan_targets` names the files; `deliver.files` writes them. Nothing
here prints or exits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from briefing.analysis.options import AnalysisOptions
from briefing.deliver.files import Target
from briefing.errors import OutputError, UsageProblem
from briefing.formats import DEFAULT_FORMATS, EXTENSIONS, FORMATS, TEXT_FORMATS
from briefing.ingest import read_article
from briefing.model import Article, Brief, dated
from briefing.render import RenderOptions, render_all
from briefing.theme import PAGE_SIZES, Theme


@dataclass(frozen=True)
class Options:
    """One options object, passed down from the CLI through every stage."""

    formats: tuple[str, ...] = DEFAULT_FORMATS
    published: dt.date | None = None
    title: str | None = None
    render: RenderOptions = field(default_factory=RenderOptions)
    analysis: AnalysisOptions = field(default_factory=AnalysisOptions)
    today: dt.date | None = None  # the fallback publication date; None means the real today


@dataclass
class Generated:
    """One article's result: the article as read, its brief and the bytes of each format."""

    source: str
    article: Article
    brief: Brief
    outputs: dict[str, bytes]


def load_article(source: str | Path, options: Options) -> Article:
    """The article as read, with its publication date decided (given, found in it, or today)."""
    return dated(read_article(source, published=options.published, title=options.title), options.today)


def generate_one(source: str | Path, options: Options) -> Generated:
    from briefing.analysis import analyse

    article = load_article(source, options)
    brief = analyse(article, options.analysis)
    outputs = render_all(brief, list(options.formats), options.render)
    return Generated(str(source), article, brief, outputs)


def plan_targets(outputs: dict[str, bytes], output: Path, *, single_file: bool, stem: str) -> list[Target]:
    """Where each format of one brief goes: `output` itself when it names one file, else a directory."""
    if single_file:
        if len(outputs) != 1:
            raise OutputError("an output file name needs exactly one --format")
        ((_, data),) = outputs.items()
        return [Target(output, data)]
    return [Target(output / f"{stem}.{EXTENSIONS[fmt]}", data) for fmt, data in outputs.items()]


def names_a_file(output: str, formats: tuple[str, ...]) -> bool:
    """`-o brief.pdf` names a file; `-o out/` or an existing directory names a directory."""
    if output == "-" or output.endswith(("/", "\\")):
        return False
    path = Path(output)
    if path.is_dir():
        return False
    return len(formats) == 1 and path.suffix.lower() == f".{formats[0]}"


def check_output(output: str, formats: tuple[str, ...], *, batch: bool) -> None:
    """Refuse, before any analysis, an output that cannot be what the user meant: standard output
    for a binary format or for several briefs, a file of another format, a file where a folder is due."""
    to_stdout = output == "-"
    if to_stdout and (len(formats) != 1 or formats[0] not in TEXT_FORMATS):
        raise UsageProblem(f"--output - needs exactly one text format ({', '.join(sorted(TEXT_FORMATS))})")
    if (to_stdout or names_a_file(output, formats)) and batch:
        raise UsageProblem("several articles need --output to be a directory")
    if to_stdout or output.endswith(("/", "\\")):
        return
    path = Path(output)
    suffix = path.suffix.lower().lstrip(".")
    if path.is_dir() or names_a_file(output, formats):
        return
    if suffix in FORMATS:
        raise UsageProblem(f"--output {output} names a .{suffix} file but the formats asked are {', '.join(formats)}")
    if path.exists():
        raise UsageProblem(f"--output {output} is an existing file, not a directory")


def build_options(
    formats: tuple[str, ...],
    *,
    published: dt.date | None = None,
    title: str | None = None,
    template: str | None = None,
    theme: Theme | None = None,
    page_size: str | None = None,
    reference_docx: Path | None = None,
) -> Options:
    """The run's options, with the template, the reference document and the theme checked before any
    analysis: a typo fails now, not after every article. Without a theme, the config file's."""
    from briefing.render.templates import resolve_template

    resolve_template(template)
    if reference_docx is not None:
        from briefing.render.docx_package import check_reference_docx

        check_reference_docx(reference_docx)
    theme = theme or configured_theme()
    if page_size:
        theme = theme.with_overrides(page_size=next(p for p in PAGE_SIZES if p.lower() == page_size.lower()))
    return Options(
        formats=formats,
        published=published,
        title=title,
        render=RenderOptions(template=template, theme=theme, reference_docx=reference_docx),
    )


def configured_theme() -> Theme:
    """The config file's [theme] table, relative paths (a logo) read from the file's folder."""
    from briefing.config import load_theme_table

    path, table = load_theme_table()
    return Theme.from_mapping(table, base_dir=path.parent) if table else Theme()
