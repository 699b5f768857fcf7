"""Markdown: the template's output as it is (the one source every other document format parses)."""

from __future__ import annotations

from briefing.model import Brief


def write_markdown(markdown: str, brief: Brief, options: object) -> bytes:
    return markdown.encode("utf-8")
