"""Render: `Brief` + template -> bytes, one writer per format.

JSON is the brief's own contract form. Every other format starts from the
same template output (Markdown with a few conventions, see `markup.py`): the
Markdown writer returns it as is, and the HTML, PDF and DOCX writers parse it
into blocks and lay those out. Editing one template changes all of them.
"""

from __future__ import annotations

from briefing.errors import RenderError
from briefing.formats import EXTENSIONS, FORMATS, MEDIA_TYPES, REGISTRY, TEXT_FORMATS
from briefing.model import Brief
from briefing.render.context import template_context
from briefing.render.json import brief_json
from briefing.render.options import RenderOptions
from briefing.render.templates import render_template, resolve_template

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "MEDIA_TYPES",
    "TEXT_FORMATS",
    "RenderOptions",
    "brief_json",
    "brief_markdown",
    "render",
    "render_all",
]


def brief_markdown(brief: Brief, options: RenderOptions) -> str:
    """The template's output for this brief: the one source of every document format."""
    template = resolve_template(options.template)
    return render_template(template, template_context(brief, options.theme))


def render(brief: Brief, fmt: str, options: RenderOptions | None = None) -> bytes:
    """The brief in one format, as bytes ready to write."""
    return render_all(brief, [fmt], options)[fmt]


def render_all(brief: Brief, formats: list[str], options: RenderOptions | None = None) -> dict[str, bytes]:
    """Several formats from one template run: the Markdown is rendered once and every writer reads it."""
    options = options or RenderOptions()
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise RenderError(f"unknown format {unknown[0]!r} (known: {', '.join(FORMATS)})")
    markdown = brief_markdown(brief, options) if set(formats) - {"json"} else ""
    return {fmt: _write(fmt, markdown, brief, options) for fmt in formats}


def _write(fmt: str, markdown: str, brief: Brief, options: RenderOptions) -> bytes:
    return REGISTRY[fmt].write(markdown, brief, options)
