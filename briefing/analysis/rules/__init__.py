"""The offline engine: general linguistics over spaCy's parse, no network and no learned weights of
our own. `analyse` (engine.py) is its entry point in `briefing.analysis.engines.ENGINES`; it runs
the stages of `stages.py` in order over one `context.Context`, in the language profile chosen.

Where a change goes: a cue word is a line in a list of `briefing/lang/en/`; a stage is a function
in its own module, a field of `Context` per output and a row in `stages.STAGES`; a type the stages
pass each other goes in `types.py`; a helper two stages need goes in `lexicon.py`, `grammar.py` or
`offices.py` (or `briefing/analysis/doctext.py` for reads of the parse), never in a stage's module.
"""

from __future__ import annotations

from briefing.analysis.rules.engine import analyse, analyse_parsed

__all__ = ["analyse", "analyse_parsed"]
