"""The LLM engine: a brief from any OpenAI-compatible model, every line checked against the article.

`analyse` is the engine's entry point (registered in `briefing/analysis/engines.py`); `analyse_auto`
uses the endpoint when one is configured and the offline engine when there is none or it fails.
The work is in `engine.py`, imported on first use: the options and settings of a run that never
asks a model cost no import of the client, the locator or the date module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.analysis.llm.engine import RunReport
    from briefing.model import Article, Brief


def analyse(article: Article, options: Any) -> Brief:
    """The brief of one article from the configured endpoint, grounded in its text."""
    from briefing.analysis.llm.engine import analyse as run

    return run(article, options)


def analyse_auto(article: Article, options: Any) -> Brief:
    """The endpoint's brief when one is configured and answers; else the offline engine's, with a warning."""
    from briefing.analysis.llm.engine import analyse_auto as run

    return run(article, options)


def last_report() -> RunReport | None:
    """What the last LLM run of this thread cost and dropped (for -v); None after an offline run."""
    from briefing.analysis.llm.engine import last_report as report

    return report()
