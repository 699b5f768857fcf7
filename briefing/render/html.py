"""HTML writer: a standalone, print-friendly HTML5 page around the template's output.

The body is the blocks `markup.parse` reads from the same Markdown every other format starts
from (the PDF, DOCX and text writers read the same blocks), written out as HTML here; the page
around it (head, styles, header with organisation and marking, footer) comes from the
`page.html.j2` shell, rendered with autoescape on. The body is built from escaped text only:
the markup has raw HTML off, so article text such as `<b>` arrives as `&lt;b&gt;`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import groupby
from typing import TYPE_CHECKING

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from briefing import __version__
from briefing.errors import RenderError
from briefing.model import Brief
from briefing.render import markup
from briefing.render.context import first_sentence, source_line
from briefing.render.markup import Block, Heading, ListBlock, Paragraph, Rule, Span, Table
from briefing.render.templates import templates_dir

if TYPE_CHECKING:
    from briefing.render.options import RenderOptions

SHELL_TEMPLATE = "page.html.j2"
QUOTES_CLASS = "quotes"  # item N of an ordered list in this div is anchor `qN`, as in the PDF and DOCX


def write_html(markdown: str, brief: Brief, options: RenderOptions) -> bytes:
    """The brief as a UTF-8 HTML page."""
    theme = options.theme
    context = {
        "body": Markup(html_body(markup.parse(markdown))),
        "brief": brief,
        "theme": theme,
        "source_line": source_line(brief),
        "description": first_sentence(brief.summary) or "Policy brief",
        "keywords": ", ".join(side.name for side in brief.sides),
        "generator": f"briefing {__version__}",
        "page_size": "letter" if theme.page_size == "Letter" else "A4",
    }
    try:
        page = _shell().render(**context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"the HTML page template {SHELL_TEMPLATE} failed: {exc}") from None
    return page.encode("utf-8")


def html_body(blocks: list[Block]) -> str:
    """The blocks as HTML: divs keep their class (`<div class="bluf">`) and item N of the `quotes`
    list gets `id="qN"`, so the `#qN` citation links land on their quote."""
    return "".join(_block(block, in_quotes=False) for block in blocks)


def _block(block: Block, in_quotes: bool) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{_spans(block.spans)}</h{block.level}>\n"
    if isinstance(block, Paragraph):
        return f"<p>{_spans(block.spans)}</p>\n"
    if isinstance(block, ListBlock):
        return _list(block, anchored=in_quotes and block.ordered)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Rule):
        return "<hr />\n"
    tag = "blockquote" if block.cls == "blockquote" else "div"
    opening = "<blockquote>" if tag == "blockquote" else f'<div class="{_escape(block.cls)}">'
    inner = "".join(_block(child, block.cls == QUOTES_CLASS) for child in block.blocks)
    return f"{opening}\n{inner}</{tag}>\n"


def _list(block: ListBlock, anchored: bool) -> str:
    tag = "ol" if block.ordered else "ul"
    start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
    items = []
    for number, spans in enumerate(block.items, start=block.start):
        anchor = f' id="q{number}"' if anchored else ""
        items.append(f"<li{anchor}>{_spans(spans)}</li>\n")
    return f"<{tag}{start}>\n{''.join(items)}</{tag}>\n"


def _table(block: Table) -> str:
    def row(cells: list[list[Span]], cell: str) -> str:
        return "<tr>\n" + "".join(f"<{cell}>{_spans(spans)}</{cell}>\n" for spans in cells) + "</tr>\n"

    head = f"<thead>\n{row(block.header, 'th')}</thead>\n" if block.header else ""
    body = f"<tbody>\n{''.join(row(cells, 'td') for cells in block.rows)}</tbody>\n" if block.rows else ""
    return f"<table>\n{head}{body}</table>\n"


# Inline formatting nests outermost first: a link holds bold runs, bold holds italic, italic holds code.
_LAYERS: tuple[tuple[Callable[[Span], object], Callable[[object], tuple[str, str]]], ...] = (
    (lambda s: s.href, lambda href: (f'<a href="{_escape(str(href))}">', "</a>") if href else ("", "")),
    (lambda s: s.bold, lambda on: ("<strong>", "</strong>") if on else ("", "")),
    (lambda s: s.italic, lambda on: ("<em>", "</em>") if on else ("", "")),
    (lambda s: s.code, lambda on: ("<code>", "</code>") if on else ("", "")),
)


def _spans(spans: list[Span], layer: int = 0) -> str:
    if layer == len(_LAYERS):
        return "".join(_escape(s.text) for s in spans)
    key, tags = _LAYERS[layer]
    return "".join(_wrapped(tags(value), _spans(list(run), layer + 1)) for value, run in groupby(spans, key=key))


def _wrapped(tags: tuple[str, str], inner: str) -> str:
    return f"{tags[0]}{inner}{tags[1]}"


def _escape(text: str) -> str:
    """As markdown-it escapes text: `&`, `<`, `>` and `"`."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@functools.cache
def _shell() -> jinja2.Template:
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        return env.get_template(SHELL_TEMPLATE)
    except jinja2.TemplateError as exc:
        raise RenderError(f"the HTML page template {SHELL_TEMPLATE} cannot be loaded: {exc}") from None
