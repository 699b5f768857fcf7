"""The analysis options: which engine runs, and each engine's own settings (one frozen object)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_ENGINE = "rules"


@dataclass(frozen=True)
class AnalysisOptions:
    """What `briefing.analysis.analyse` is asked to do. An engine adds its own fields here."""

    engine: str = DEFAULT_ENGINE
