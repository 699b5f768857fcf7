"""The one registry of analysis engines: name -> "module:function", imported only when chosen.

Importing lazily keeps an engine's dependencies its own: the offline engine loads spaCy, another
engine need not. Every entry point is `analyse(article: Article, options: AnalysisOptions) -> Brief`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from briefing.analysis.options import AnalysisOptions
from briefing.errors import UsageProblem
from briefing.model import Article, Brief

Engine = Callable[[Article, AnalysisOptions], Brief]

ENGINES: dict[str, str] = {
    "rules": "briefing.analysis.rules:analyse",
    "llm": "briefing.analysis.llm:analyse",
    # The endpoint when one is configured and answers, else the offline engine (with a warning).
    "auto": "briefing.analysis.llm:analyse_auto",
}


def engine_named(name: str) -> Engine:
    """The entry point of the engine called `name`; an unknown name is the user's to fix."""
    target = ENGINES.get(name)
    if target is None:
        raise UsageProblem(f"unknown analysis engine {name!r} (known: {', '.join(sorted(ENGINES))})")
    module_name, function_name = target.split(":")
    engine: Engine = getattr(importlib.import_module(module_name), function_name)
    return engine
