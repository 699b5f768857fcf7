"""The dates a quote names, read by the project's own date module against the publication date.

The model's date for an event is checked, not believed: an "upcoming" event dated before the
publication date is not upcoming, and an event the model left undated takes the date the date
module reads in its quote. The date module reads a parsed document for tense; a quote is read
here looking ahead, as an upcoming event is told.
"""

from __future__ import annotations

import datetime as dt
import re

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
    """Whether an ISO date, at its own precision, falls before the publication date."""
    return date < published.isoformat()[: len(date)]


def dates_ahead(text: str, published: dt.date) -> list[tuple[str, str]]:
    """(words, ISO date) of each date expression in `text`, read as looking ahead from `published`."""
    from briefing.analysis import dates

    found = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in dates._PATTERNS:  # the date module's own patterns, in its order of precedence
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            resolved = dates.resolve(kind, m, published, "future")
            if resolved:
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.group(0), resolved))
    return [(words, date) for _, words, date in sorted(found)]
