"""Analyse: `Article` -> `Brief`, with every point grounded in a span of the article."""

from __future__ import annotations

from briefing.analysis.brief import analyse

__all__ = ["analyse"]
