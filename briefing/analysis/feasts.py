"""Dates of feasts for any year, computed rather than listed.

A deadline is often set by a feast ("a truce before Easter", "a deal by the start of Ramadan").
Which feasts the text may name, and how each is computed, is language data
(`briefing/lang/<lang>/feasts.tsv`); the arithmetic lives here:

- Western Easter by the anonymous Gregorian computus (Meeus/Jones/Butcher), Orthodox Easter by
  the Julian computus (Meeus), both as given in J. Meeus, *Astronomical Algorithms*, ch. 8.
- Holidays set by a rule of weekdays ("the fourth Thursday of November") by counting weekdays
  from the start or the end of the month.
- Islamic dates by the tabular (arithmetical) Islamic calendar, as in E. G. Richards, "Calendars",
  *Explanatory Supplement to the Astronomical Almanac* (3rd ed.), §15.9. The observed calendar can
  differ by a day or two, so callers resolve such feasts to the month only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.lang import word_map

_FEAST_RULES: dict[str, str] = word_map("feasts")

# The Julian day number of 1 Muharram AH 1 (16 July 622, Julian), the tabular calendar's epoch.
_ISLAMIC_EPOCH_JDN = 1948440
# The proleptic Gregorian ordinal of a date is its Julian day number minus this.
_JDN_OF_ORDINAL_ZERO = 1721425
_DAYS_IN_TABULAR_YEAR = 354
_TABULAR_CYCLE_YEARS = 30
_LEAP_DAYS_PER_CYCLE = 11


@dataclass(frozen=True)
class FeastDate:
    date: dt.date
    precise: bool  # False when only the month can be trusted


def feast_names() -> tuple[str, ...]:
    """Every feast name the language data knows, longest first (for matching)."""
    return tuple(sorted(_FEAST_RULES, key=len, reverse=True))


def western_easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    # The Julian calendar runs behind the Gregorian by 13 days from 1900 to 2099, 14 from 2100.
    return julian + dt.timedelta(days=year // 100 - year // 400 - 2)


def nth_weekday(year: int, month: int, weekday: int, nth: int, shift: int = 0) -> dt.date:
    """The `nth` `weekday` (Monday 0) of the month, counted from its end when `nth` is negative,
    moved by `shift` days: (11, 3, 4) is the fourth Thursday of November; (11, 0, 1, 1) the
    Tuesday after the first Monday."""
    if nth > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    return day + dt.timedelta(days=shift)


def islamic_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a day in the tabular Islamic calendar."""
    jdn = (
        day
        + (295 * (month - 1) + 9) // 10  # 30 and 29 days in turn, rounded up: ceil(29.5 * (month - 1))
        + (year - 1) * _DAYS_IN_TABULAR_YEAR
        + (3 + _LEAP_DAYS_PER_CYCLE * year) // _TABULAR_CYCLE_YEARS
        + _ISLAMIC_EPOCH_JDN
        - 1
    )
    return dt.date.fromordinal(jdn - _JDN_OF_ORDINAL_ZERO + 1)


def _islamic_years_around(gregorian_year: int) -> range:
    approx = round((gregorian_year - 622) * 33 / 32)
    return range(approx - 1, approx + 3)


def occurrences(name: str, gregorian_year: int) -> list[FeastDate]:
    """The feast's dates that fall in one Gregorian year (an Islamic feast can fall twice)."""
    rule = _FEAST_RULES.get(name.lower())
    if rule is None:
        return []
    kind, *args = rule.split(":")
    numbers = [int(a) for a in args]
    if kind == "islamic":
        dates = (islamic_to_gregorian(y, numbers[0], numbers[1]) for y in _islamic_years_around(gregorian_year))
        return [FeastDate(d, False) for d in dates if d.year == gregorian_year]
    day = _solar_date(kind, numbers, gregorian_year)
    if day is None:
        raise ValueError(f"feasts data: unknown rule {rule!r} for {name!r}")
    return [FeastDate(day, True)]


def _solar_date(kind: str, numbers: list[int], gregorian_year: int) -> dt.date | None:
    """The date of a feast fixed by the Gregorian (or Julian) calendar; None for a rule of another kind."""
    if kind == "easter":
        return western_easter(gregorian_year) + dt.timedelta(days=numbers[0])
    if kind == "orthodox":
        return orthodox_easter(gregorian_year) + dt.timedelta(days=numbers[0])
    if kind == "fixed":
        return dt.date(gregorian_year, numbers[0], numbers[1])
    if kind == "nth":
        return nth_weekday(gregorian_year, numbers[0], numbers[1], numbers[2], *numbers[3:])
    return None


def resolve_feast(name: str, published: dt.date, direction: str) -> FeastDate | None:
    """The occurrence the clause points to: the next one for a future or present clause, the
    last one for a past clause. A feast begun within the last few days still counts as current."""
    current_grace = dt.timedelta(days=3)
    years = (published.year - 1, published.year, published.year + 1)
    found = sorted((f for y in years for f in occurrences(name, y)), key=lambda f: f.date)
    if direction == "past":
        past = [f for f in found if f.date <= published]
        return past[-1] if past else None
    ahead = [f for f in found if f.date >= published - current_grace]
    return ahead[0] if ahead else None
