"""briefing: turn a news article about a dispute or negotiation into a grounded policy brief."""

from __future__ import annotations

from typing import Any

# The one place the version is written: the build reads it from here (pyproject's [tool.hatch.version]),
# so `briefing --version` needs no importlib.metadata, which costs a fifth of the start-up.
__version__ = "0.1.0"

__all__ = ["__version__", "find_dates"]


def __getattr__(name: str) -> Any:
    """`briefing.find_dates` loads the date finder (and spaCy) on first use only: the package root
    stays cheap to import, so `briefing --version` never loads the model's library."""
    if name == "find_dates":
        from briefing.analysis.dates import find_dates

        return find_dates
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
