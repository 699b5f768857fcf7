"""The analysis options: which engine runs, and each engine's own settings (one frozen object)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_ENGINE = "rules"
DEFAULT_LANGUAGE = "en"  # a folder of briefing/lang/ (see briefing.lang.profile)


@dataclass(frozen=True)
class AnalysisOptions:
    """What `briefing.analysis.analyse` is asked to do. An engine adds its own fields here."""

    engine: str = DEFAULT_ENGINE
    language: str = DEFAULT_LANGUAGE
