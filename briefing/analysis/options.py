"""The analysis options: which engine runs, and each engine's own settings (one frozen object)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.llm.settings import LlmSettings

DEFAULT_ENGINE = "rules"
DEFAULT_LANGUAGE = "en"  # a folder of briefing/lang/ (see briefing.lang.profile)


@dataclass(frozen=True)
class AnalysisOptions:
    """What `briefing.analysis.analyse` is asked to do. An engine adds its own fields here."""

    engine: str = DEFAULT_ENGINE
    language: str = DEFAULT_LANGUAGE
    # The llm and auto engines: the endpoint (None: not configured), and whether replies are kept
    # on disk (`--no-cache` turns it off).
    llm: LlmSettings | None = None
    cache: bool = True
