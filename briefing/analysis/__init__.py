"""Analyse: `Article` -> `Brief`, with every point grounded in a span of the article.

`analyse` is the one entry point; it runs the engine `options.engine` names (see `engines.py`).
"""

from __future__ import annotations

from briefing.analysis.engines import ENGINES, engine_named
from briefing.analysis.options import AnalysisOptions
from briefing.model import Article, Brief

__all__ = ["ENGINES", "AnalysisOptions", "analyse"]


def analyse(article: Article, options: AnalysisOptions | None = None) -> Brief:
    """The brief of one article, by the engine the options choose (the offline one by default)."""
    options = options or AnalysisOptions()
    return engine_named(options.engine)(article, options)
