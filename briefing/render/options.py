"""The render options: everything a writer may need besides the brief.

A module of its own so that the format table (`briefing.formats`) can name the type without
importing the render package that reads the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.theme import Theme


@dataclass(frozen=True)
class RenderOptions:
    """Everything a writer may need besides the brief; passed down unchanged to every writer."""

    template: str | Path | None = None  # a built-in name or a path; None for the full brief
    theme: Theme = field(default_factory=Theme)
    reference_docx: Path | None = None
