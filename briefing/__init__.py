"""briefing: turn a news article about a dispute or negotiation into a grounded policy brief.

The library API (the CLI is a thin layer over it)::

    from briefing import Options, generate_one
    result = generate_one("article.txt", Options(formats=("json", "pdf")))

Names are imported when first used, so `import briefing` (and `briefing --version`) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

# The one place the version is written: the build reads it from here (pyproject's [tool.hatch.version]),
# so `briefing --version` needs no importlib.metadata, which costs a fifth of the start-up.
__version__ = "0.1.0"

# name -> the module that defines it (not `render`: `briefing.render` is the subpackage of that name)
_API = {
    "Options": "briefing.pipeline",
    "Generated": "briefing.pipeline",
    "generate_one": "briefing.pipeline",
    "build_options": "briefing.pipeline",
    "load_article": "briefing.pipeline",
    "read_article": "briefing.ingest",
    "Article": "briefing.model",
    "Brief": "briefing.model",
    "analyse": "briefing.analysis",
    "AnalysisOptions": "briefing.analysis",
    "render_all": "briefing.render",
    "RenderOptions": "briefing.render",
    "Theme": "briefing.theme",
    "FORMATS": "briefing.formats",
    "find_dates": "briefing.analysis.dates",
    "BriefingError": "briefing.errors",
}

__all__ = [
    "FORMATS",
    "AnalysisOptions",
    "Article",
    "Brief",
    "BriefingError",
    "Generated",
    "Options",
    "RenderOptions",
    "Theme",
    "__version__",
    "analyse",
    "build_options",
    "find_dates",
    "generate_one",
    "load_article",
    "read_article",
    "render_all",
]


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    value = getattr(importlib.import_module(_API[name]), name)
    globals()[name] = value
    return value
