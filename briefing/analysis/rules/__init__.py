"""The offline engine: general linguistics over spaCy's parse, no network and no learned weights of
our own. `analyse` is its entry point in `briefing.analysis.engines.ENGINES`."""

from __future__ import annotations

from briefing.analysis.rules.engine import analyse, analyse_parsed

__all__ = ["analyse", "analyse_parsed"]
