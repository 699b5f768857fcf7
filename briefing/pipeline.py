"""The library API the CLI is a thin layer over: ingest -> analyse -> render -> files.

`generate_one` runs one article through the stages and returns the rendered
bytes; `plan_targets` names the files; `deliver.files` writes them. Nothing
here prints or exits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from briefing.deliver.files import Target
from briefing.errors import OutputError
from briefing.formats import DEFAULT_FORMATS, EXTENSIONS
from briefing.ingest import read_article
from briefing.model import Article, Brief, dated
from briefing.render import RenderOptions, render_all


@dataclass(frozen=True)
class Options:
    """One options object, passed down from the CLI through every stage."""

    formats: tuple[str, ...] = DEFAULT_FORMATS
    published: dt.date | None = None
    title: str | None = None
    render: RenderOptions = field(default_factory=RenderOptions)
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
    # Imported here, not at the top: spaCy takes most of a second to import, and the commands and
    # processes that never analyse (--help, schema, send, a batch's parent) should not pay for it.
    from briefing.analysis import analyse

    article = load_article(source, options)
    brief = analyse(article)
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
