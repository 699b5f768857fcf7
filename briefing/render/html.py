"""HTML writer: a standalone, print-friendly HTML5 page around the template's output.

The body is `markup.to_html_fragment` of the same Markdown every other format
starts from; the page around it (head, styles, header with organisation and
marking, footer) comes from the `page.html.j2` shell, rendered with autoescape
on. The fragment is passed in as trusted markup: markdown-it runs with raw
HTML off and escapes all text, so article text such as `<b>` arrives as
`&lt;b&gt;`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from briefing import __version__
from briefing.errors import RenderError
from briefing.model import Brief
from briefing.render import markup
from briefing.render.context import first_sentence, source_line
from briefing.render.templates import templates_dir

if TYPE_CHECKING:
    from briefing.render.options import RenderOptions

SHELL_TEMPLATE = "page.html.j2"


def write_html(markdown: str, brief: Brief, options: RenderOptions) -> bytes:
    """The brief as a UTF-8 HTML page."""
    theme = options.theme
    fragment = Markup(markup.to_html_fragment(markdown))
    context = {
        "body": fragment,
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
