"""JSON: the brief itself, its contract form; the template plays no part."""

from __future__ import annotations

import json

from briefing.model import Brief


def write_json(markdown: str, brief: Brief, options: object) -> bytes:
    """The brief as JSON; the template plays no part, so every template gives the same JSON."""
    return brief_json(brief).encode("utf-8")


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
