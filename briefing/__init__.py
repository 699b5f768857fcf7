"""briefing: turn a news article about a dispute or negotiation into a grounded policy brief."""

# The one place the version is written: the build reads it from here (pyproject's [tool.hatch.version]),
# so `briefing --version` needs no importlib.metadata, which costs a fifth of the start-up.
__version__ = "0.1.0"

__all__ = ["__version__"]
