"""Render: `Brief` + template -> bytes, one writer per format.

JSON is the brief's own contract form. Every other format starts from the
same template output (Markdown with a few conventions, see `markup.py`): the
Markdown writer returns it as is, and the HTML, PDF and DOCX writers parse it
into blocks and lay those out. Editing one template changes all of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import RenderError
from briefing.model import Brief
from briefing.render.context import template_context
from briefing.render.templates import render_template, resolve_template
from briefing.theme import Theme

FORMATS = ("pdf", "docx", "json", "md", "html")
TEXT_FORMATS = frozenset({"json", "md", "html"})
EXTENSIONS = {"pdf": "pdf", "docx": "docx", "json": "json", "md": "md", "html": "html"}
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "json": "application/json",
    "md": "text/markdown",
    "html": "text/html",
}


@dataclass(frozen=True)
class RenderOptions:
    """Everything a writer may need besides the brief; passed down unchanged to every writer."""

    template: str | Path | None = None  # a built-in name or a path; None for the full brief
    theme: Theme = field(default_factory=Theme)
    reference_docx: Path | None = None


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
    # Writers are imported on first use: a JSON-only run never loads ReportLab or python-docx.
    if fmt == "json":
        return brief_json(brief).encode("utf-8")
    if fmt == "md":
        return markdown.encode("utf-8")
    if fmt == "html":
        from briefing.render.html import write_html

        return write_html(markdown, brief, options)
    if fmt == "pdf":
        from briefing.render.pdf import write_pdf

        return write_pdf(markdown, brief, options)
    from briefing.render.docx import write_docx

    return write_docx(markdown, brief, options)


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
