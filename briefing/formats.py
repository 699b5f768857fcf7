"""The output formats, in one table: name, extension, media type, whether binary, its writer.

Everything that lists or picks a format reads this table: the CLI's choices and help, the batch's
file names, the e-mail's attachment types, and `render`, which calls the writer. Adding a format is
one writer module and one line here. Writers are named, not imported: a `--help` or a JSON-only run
never loads ReportLab or python-docx.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Brief
    from briefing.render.options import RenderOptions

Writer = Callable[[str, "Brief", "RenderOptions"], bytes]


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    media_type: str
    binary: bool
    label: str  # how an e-mail names an attachment of this kind
    writer: str  # "module:function", taking (template output, brief, render options) -> bytes

    def write(self, markdown: str, brief: Brief, options: RenderOptions) -> bytes:
        module, function = self.writer.split(":")
        write: Writer = getattr(importlib.import_module(module), function)
        return write(markdown, brief, options)


REGISTRY: dict[str, Format] = {
    f.name: f
    for f in (
        Format("pdf", "pdf", "application/pdf", True, "PDF", "briefing.render.pdf:write_pdf"),
        Format(
            "docx",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            True,
            "Word document",
            "briefing.render.docx:write_docx",
        ),
        Format("json", "json", "application/json", False, "JSON", "briefing.render.json:write_json"),
        Format("md", "md", "text/markdown", False, "Markdown", "briefing.render.md:write_markdown"),
        Format("html", "html", "text/html", False, "HTML", "briefing.render.html:write_html"),
        Format("txt", "txt", "text/plain", False, "plain text", "briefing.render.txt:write_txt"),
    )
}

FORMATS = tuple(REGISTRY)
TEXT_FORMATS = frozenset(name for name, f in REGISTRY.items() if not f.binary)
DEFAULT_FORMATS = ("pdf", "docx")
EXTENSIONS = {name: f.extension for name, f in REGISTRY.items()}
MEDIA_TYPES = {name: f.media_type for name, f in REGISTRY.items()}
