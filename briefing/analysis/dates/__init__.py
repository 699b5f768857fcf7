"""Dates: the date expressions of a text, resolved against its publication date.

`find_dates` is the public finder (`api`); the engine reads `find_temporals` (`finder`), which
keeps the spaCy sentence of each date. The shapes of expressions are in `patterns`, the direction
a date points in `tense`, the calendar arithmetic in `resolve`, feasts in `briefing.analysis.feasts`.
"""

from __future__ import annotations

from briefing.analysis.dates.api import DateMention, find_dates
from briefing.analysis.dates.finder import Temporal, find_temporals, is_past, is_upcoming
from briefing.analysis.dates.patterns import MONTHS, WEEKDAYS
from briefing.analysis.dates.tense import EVENT_NOUNS, tense_at

__all__ = [
    "EVENT_NOUNS",
    "MONTHS",
    "WEEKDAYS",
    "DateMention",
    "Temporal",
    "find_dates",
    "find_temporals",
    "is_past",
    "is_upcoming",
    "tense_at",
]
