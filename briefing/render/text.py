"""The two writers that are text already: JSON (the brief itself) and Markdown (the template's output)."""

from __future__ import annotations

import json

from briefing.model import Brief


def write_json(markdown: str, brief: Brief, options: object) -> bytes:
    """The brief as JSON; the template plays no part, so every template gives the same JSON."""
    return brief_json(brief).encode("utf-8")


def write_markdown(markdown: str, brief: Brief, options: object) -> bytes:
    return markdown.encode("utf-8")


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
