"""The dates a quote names, read by the project's own date module against the publication date.

The model's date for an event is checked, not believed: an "upcoming" event dated before the
publication date is not upcoming, and an event the model left undated takes the date the date
module reads in its quote. The date module reads a parsed document for tense; a quote is read
here looking ahead, as an upcoming event is told.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from briefing.model import ISO_DATE_PATTERN

_ISO = re.compile(ISO_DATE_PATTERN)


def valid_iso(date: object) -> str | None:
    """The date if it is ISO 8601 at a precision the brief takes (YYYY, YYYY-MM, YYYY-MM-DD) and on the calendar."""
    if not isinstance(date, str) or not _ISO.match(date.strip()):
        return None
    date = date.strip()
    parts = [int(p) for p in date.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return date


def before(date: str, published: dt.date) -> bool:
    """Whether an ISO date, at its own precision, falls before the publication date (the date
    module's own comparison)."""
    return _compare()(date, published) < 0


def dates_ahead(text: str, published: dt.date) -> list[tuple[str, str]]:
    """(words, ISO date) of each date expression in `text`, read as looking ahead from `published`,
    with the date module's own patterns and resolvers. Its `find_dates` would parse the text with
    the spaCy model, which the LLM engine never loads: a quote is read with the patterns alone."""
    patterns, resolve = _patterns()
    found = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns:  # in the date module's order of precedence
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            resolved = resolve(kind, m, published)
            if resolved and valid_iso(resolved):
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.group(0), resolved))
    return [(words, date) for _, words, date in sorted(found)]


Resolve = Callable[[str, re.Match[str], dt.date], "str | None"]


def _patterns() -> tuple[Sequence[tuple[str, Any]], Resolve]:
    """The date module's patterns and a resolver looking ahead, wherever the module keeps them (a
    package `dates/` with a `Where`, or the single module it was)."""
    try:
        from briefing.analysis.dates.patterns import PATTERNS
        from briefing.analysis.dates.resolve import Where, resolve
    except ImportError:
        from briefing.analysis import dates

        return dates._PATTERNS, lambda kind, m, pub: dates.resolve(kind, m, pub, "future")
    return PATTERNS, lambda kind, m, pub: resolve(kind, m, Where(pub, "future"))


def _compare() -> Callable[[str, dt.date], int]:
    try:
        from briefing.analysis.dates.finder import compare
    except ImportError:
        from briefing.analysis.dates import _compare as compare
    return compare
