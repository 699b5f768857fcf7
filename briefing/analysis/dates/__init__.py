"""Dates: the date expressions of a text, resolved against its publication date.

`find_dates` is the public finder (`api`); the engine reads `find_temporals` (`finder`), which
keeps the spaCy sentence of each date. The shapes of expressions are in `patterns`, the direction
a date points in `tense`, the calendar arithmetic in `resolve`, feasts in `briefing.analysis.feasts`.
"""

from __future__ import annotations

from briefing.analysis.dates.api import DateMention, find_dates
from briefing.analysis.dates.dated_nouns import EVENT_NOUNS
from briefing.analysis.dates.finder import Temporal, find_temporals, is_past, is_upcoming
from briefing.analysis.dates.patterns import date_patterns
from briefing.analysis.dates.tense import DEADLINE_WORDS, tense_at

__all__ = [
    "DEADLINE_WORDS",
    "EVENT_NOUNS",
    "MONTHS",
    "WEEKDAYS",
    "DateMention",
    "Temporal",
    "date_patterns",
    "find_dates",
    "find_temporals",
    "is_past",
    "is_upcoming",
    "tense_at",
]


def __getattr__(name: str) -> object:
    """`MONTHS` and `WEEKDAYS`: the active language's month and weekday numbers, read when asked for."""
    if name == "MONTHS":
        return date_patterns().months
    if name == "WEEKDAYS":
        return date_patterns().weekdays
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
