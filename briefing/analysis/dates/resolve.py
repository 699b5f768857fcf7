"""From a matched expression to an ISO date at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD).

A resolver reads the match's groups and a `Where`: the date relative words count from (the
publication date, or the dateline's), the direction of the clause, and the anchor, the latest
date the sentence or the one before it gives ("two days later", "the following year").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.analysis.dates.patterns import date_patterns
from briefing.analysis.feasts import feast_names, resolve_feast
from briefing.lang import LanguageProfile, per_language, word_map, word_set


@dataclass(frozen=True, slots=True)
class Where:
    pub: dt.date  # what relative words count from
    direction: str  # "future", "past" or "present"
    anchor: str | None = None  # the ISO date the sentence or the one before gives, if any
    day: str | None = None  # the latest full date the text has named so far ("the previous Friday" counts back from it)
    lean: bool = False  # a date without a tense in a clause not told in the past: the nearest, ahead or back


Groups = dict[str, Any]  # a match's named groups
Resolver = Callable[[Groups, re.Match[str], Where], str | None]


def resolve(kind: str, m: re.Match[str], where: Where) -> str | None:
    """The ISO date (at the text's precision) an expression of `kind` names, told as `where` says."""
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        return None
    try:
        return resolver(m.groupdict(), m, where)
    except (ValueError, KeyError, OverflowError):  # a date outside the calendar resolves to nothing
        return None


def _iso(g: Groups, _m: re.Match[str], _w: Where) -> str | None:
    return dt.date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat()


def _month_and_day(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    month, day = month_number(g["month"]), int(g["day"])
    if g.get("year"):
        return dt.date(int(g["year"]), month, day).isoformat()
    return nearest_month_day(w.pub, month, day, w.direction).isoformat()


def _weekday_and_date(g: Groups, m: re.Match[str], w: Where) -> str | None:
    """'Monday, Oct. 26': of the years around publication, the one where the day is that weekday."""
    if g.get("year"):
        return _month_and_day(g, m, w)
    month, day, weekday = month_number(g["month"]), int(g["day"]), date_patterns().weekdays[g["wd"].lower()]
    fits = [d for y in (w.pub.year, w.pub.year - 1, w.pub.year + 1) if (d := safe_date(y, month, day))]
    fits = [d for d in fits if d.weekday() == weekday] or fits
    return min(fits, key=lambda d: abs((d - w.pub).days)).isoformat() if fits else None


def _month_and_year(g: Groups, _m: re.Match[str], _w: Where) -> str | None:
    return f"{int(g['year']):04d}-{month_number(g['month']):02d}"


_RELATIVE_YEAR_SHIFTS = word_map("relative_year_shifts")


def _month_of_relative_year(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    """'January this year', 'July last year', 'April next year'."""
    shift = int(_RELATIVE_YEAR_SHIFTS[g["rel"].lower()])
    return f"{w.pub.year + shift:04d}-{month_number(g['month']):02d}"


def _month_alone(g: Groups, m: re.Match[str], w: Where) -> str | None:
    month = month_number(g["month"])
    text = m.group(0).lower()
    direction = w.direction
    if text.startswith("next"):
        direction = "future"
    elif text.startswith("last"):
        # "last March" told in March or April is a year back: this month would be "this March", the
        # month just ended "last month"; in January the December just ended is last year's anyway
        return f"{w.pub.year - (month >= w.pub.month - 1):04d}-{month:02d}"
    return f"{nearest_month_year(w.pub, month, direction):04d}-{month:02d}"


_NEXT_WORDS = word_set("next_words")


def _weekday_named(g: Groups, m: re.Match[str], w: Where) -> str | None:
    weekday, mod = date_patterns().weekdays[g["wd"].lower()], (g.get("mod") or "").lower()
    week = _WEEK_AFTER.match(m.string, m.end())
    if week:
        # "on Monday last week", "Friday next week": that day of the week before or after this one
        step = 7 if week.group(1).lower() in _NEXT_WORDS else -7
        return (w.pub + dt.timedelta(days=step + weekday - w.pub.weekday())).isoformat()
    owner = _week_owning(m)
    if owner is not None:
        # "this week's ballot, on Friday", "next week's hearing on Tuesday": that day of the week named
        step = 7 * int(_RELATIVE_YEAR_SHIFTS[owner])
        return (w.pub + dt.timedelta(days=step + weekday - w.pub.weekday())).isoformat()
    if mod in _BEFORE_THE_ANCHOR:
        # "3% below the previous Friday": the one before the day the text has just named
        day = dt.date.fromisoformat(w.day) if w.day else w.pub
        return (day - dt.timedelta(days=(day.weekday() - weekday) % 7 or 7)).isoformat()
    return weekday_date(w.pub, weekday, mod, w.direction, lean=w.lean).isoformat()


_BEFORE_THE_ANCHOR = word_set("before_anchor_words")
# How far before a weekday a week that owns its noun may stand: "next week's harbour ballot, on Monday".
WEEK_OWNER_REACH = 40


@per_language
def _week_owner(_profile: LanguageProfile) -> re.Pattern[str]:
    """'this week's <noun>,' right before a weekday: the week whose day the weekday names."""
    shifts = "|".join(re.escape(w) for w in _RELATIVE_YEAR_SHIFTS)
    week = "|".join(re.escape(w) for w in word_set("week_words"))
    return re.compile(rf"\b({shifts}) (?:{week})(?:'s|’s) [^,.;:!?]{{1,{WEEK_OWNER_REACH}}}?,? $", re.IGNORECASE)


def _week_owning(m: re.Match[str]) -> str | None:
    """The word ('this', 'next', 'last') of a week whose noun the weekday dates, or None."""
    found = _week_owner().search(m.string, max(0, m.start() - WEEK_OWNER_REACH - 20), m.start())
    return found.group(1).lower() if found else None


_WEEK_AFTER = re.compile(r"\s+(last|next) week\b", re.IGNORECASE)


_DAY_WORD_SHIFTS = word_map("day_word_shifts")


def _day_word(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    delta = int(_DAY_WORD_SHIFTS.get(g["word"].lower(), 0))
    return (w.pub + dt.timedelta(days=delta)).isoformat()


def _relative(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    rel, unit = " ".join(g["rel"].lower().split()), g["unit"].lower()
    resolved = relative_unit(w.pub, rel, unit)
    if w.direction == "past" and resolved and resolved > w.pub.isoformat()[: len(resolved)] and "end of" in rel:
        # "halted at the end of the year", told in January: the year just ended
        return relative_unit(dt.date(w.pub.year - 1, 12, 31), rel, unit)
    return resolved


def _coming(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    """'in the coming days' is this month; 'weeks' reaches two weeks on; 'months' this year, unless late in it."""
    unit = g["unit"].lower()
    if unit == "days":
        return f"{w.pub:%Y-%m}"
    if unit == "weeks":
        return f"{(w.pub + dt.timedelta(days=14)):%Y-%m}"
    return str(w.pub.year) if w.pub.month <= LAST_MONTH_FOR_COMING_MONTHS else None


LAST_MONTH_FOR_COMING_MONTHS = 9  # "in the coming months" told from October on may run into next year


def _ago(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    """'two weeks ago', 'almost four years ago', 'year-ago results': always from the publication date."""
    if g.get("yearago"):
        return str(w.pub.year - 1)
    return shift_iso(w.pub.isoformat(), -count(g["n"]), g["unit"].lower())


_LATER_WORDS = word_set("later_words")
_WEEK_UNITS = word_set("week_units")


def _shifted(g: Groups, m: re.Match[str], w: Where) -> str | None:
    """'two days later', 'a year earlier', 'later that year', 'the following month', 'the day
    before': counted from the anchor. Without one, a count ("a year earlier") counts from the
    publication date, and a phrase that points back ("that year", "the following month") has no value."""
    anchor = w.anchor or w.pub.isoformat()
    g = g | {"shift_text": m.group(0).lower()}  # "earlier in the year" is this year, with or without an anchor
    if g.get("dir"):
        later = g["dir"].lower() in _LATER_WORDS
        if later and w.anchor is None:
            return None  # "two weeks later, he signed": later than a moment the text has not dated
        n = count(g["n"]) * (1 if later else -1)
        return shift_iso(anchor, n, g["unit"].lower())
    if g.get("yeardir"):
        # "the year-earlier results" compares with the period the report is about, which is the
        # publication's year, not the last date the text named ("Last year ... the year-earlier figure")
        return shift_iso(w.pub.isoformat(), -1, "year")
    return _shifted_by_unit(g, w, anchor)


def _shifted_by_unit(g: Groups, w: Where, anchor: str) -> str | None:
    """'that year', 'the following month', 'the day before': the unit the phrase names, stepped from the anchor."""
    for unit_group, dir_group in (("unit3", None), ("unit4", None), ("unit5", "dir5"), ("unit6", "dir6")):
        unit = g.get(unit_group)
        if unit and w.anchor is None and " in the " not in f" {g['shift_text']} ":
            return None  # "that year", "the following month" point back to a date the text has not given
        if unit:
            step = int(_STEPS.get((g.get(dir_group) or "").lower(), 0)) if dir_group else 0
            shifted = shift_iso(anchor, step, unit.lower())
            # "the following week" names a week, which a day would overstate: its month
            return shifted[:7] if shifted and unit.lower() in _WEEK_UNITS else shifted
    return None


_STEPS = word_map("sequence_steps")


def _spelled_year(g: Groups) -> str | None:
    """'nineteen ninety-six' is 1996, 'the year two thousand' 2000; with a month, 'January nineteen
    ninety-seven' is 1997-01."""
    words = g["spelled"].lower().replace("-", " ").split()
    if words[0] == "the":
        year = 2000
    else:
        spelled = date_patterns().spelled_numbers
        year = 1900 + sum(spelled[w] for w in words[1:])
    return f"{year:04d}-{month_number(g['month']):02d}" if g.get("month") else str(year)


_FEAST_DIRECTIONS = word_map("feast_directions")


def _feast(g: Groups, _m: re.Match[str], w: Where) -> str | None:
    """A feast's date; 'the end of X' is its own entry in the data when it has a date of its own."""
    key, edge, mod = g["feast"].lower(), (g.get("edge") or "").lower(), (g.get("mod") or "").lower()
    if "end" in edge and f"the end of {key}" in feast_names():
        key = f"the end of {key}"
    direction = _FEAST_DIRECTIONS.get(mod, w.direction)
    found = resolve_feast(key, w.pub, direction)
    if found is None:
        return None
    return found.date.isoformat() if found.precise else f"{found.date:%Y-%m}"


_RESOLVERS: dict[str, Resolver] = {
    "iso": _iso,
    "weekday_date": _weekday_and_date,
    "month_day": _month_and_day,
    "day_month": _month_and_day,
    "month_rel_year": _month_of_relative_year,
    "month_year": _month_and_year,
    "month": _month_alone,
    "year": lambda g, _m, _w: g["year"],
    "weekday": _weekday_named,
    "day_word": _day_word,
    "ordinal_day": lambda g, _m, w: ordinal_day(w.pub, int(g["day"]), w.direction),
    "relative_unit": _relative,
    "coming": _coming,
    "in_n": lambda g, _m, w: in_n(w.pub, g["n"], g["unit"].lower()),
    "n_left": lambda g, _m, w: in_n(w.pub, g["n"], g["unit"].lower()),
    "spelled_year": lambda g, _m, _w: _spelled_year(g),
    "ago": _ago,
    "shifted": _shifted,
    "feast": _feast,
    "soon": lambda _g, _m, w: f"{w.pub:%Y-%m}",
}


def month_number(name: str) -> int:
    return date_patterns().months[name.lower().rstrip(".")[:3]]


def count(text: str) -> int:
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else date_patterns().numbers.get(text, 1)


def shift_iso(iso: str, n: int, unit: str) -> str | None:
    """`iso` moved by n units, at the precision the unit gives and the anchor allows: years give a
    year, months a month, weeks and days a day. A unit finer than the anchor keeps the anchor
    ("two days later", after "in March", is still March as far as the text tells)."""
    unit = unit.rstrip("s")
    year = int(iso[:4])
    if unit == "decade":
        return str(year + 10 * n)
    if unit == "year":
        return str(year + n)
    if len(iso) < 7:
        return iso
    month = int(iso[5:7])
    if unit == "month":
        y, mth = divmod(year * 12 + month - 1 + n, 12)
        return f"{y:04d}-{mth + 1:02d}"
    days = {"week": 7, "weekend": 7}.get(unit, 1) * n
    if len(iso) < 10:
        return iso
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def nearest_month_year(pub: dt.date, month: int, direction: str) -> int:
    if direction == "future":
        return pub.year if month >= pub.month else pub.year + 1
    if direction == "past":
        return pub.year if month <= pub.month else pub.year - 1
    # Present tense: the occurrence within six months either way.
    diff = month - pub.month
    if diff > 6:
        return pub.year - 1
    if diff < -6:
        return pub.year + 1
    return pub.year


# A deadline a few days gone is still the one meant ("had until Jan. 14", told on Jan. 15), not
# next year's.
JUST_PASSED = dt.timedelta(days=7)


def nearest_month_day(pub: dt.date, month: int, day: int, direction: str) -> dt.date:
    this_year = dt.date(pub.year, month, day)
    if direction == "future":
        return this_year if this_year >= pub - JUST_PASSED else dt.date(pub.year + 1, month, day)
    if direction == "past":
        return this_year if this_year <= pub else dt.date(pub.year - 1, month, day)
    return dt.date(nearest_month_year(pub, month, direction), month, day)


_LAST_WORDS = word_set("last_words")


def weekday_date(pub: dt.date, weekday: int, mod: str, direction: str, *, lean: bool = False) -> dt.date:
    """The day a weekday names, told on `pub`; `lean`: the clause is not told in the past, so a
    weekday without a tense ("present") is the nearest one, ahead by up to `NEAREST_AHEAD` days."""
    diff = (weekday - pub.weekday()) % 7
    if mod in _NEXT_WORDS or (direction == "future" and mod not in _LAST_WORDS):
        return _weekday_ahead(pub, diff, mod)
    if diff == 0:
        # News style: "on Wednesday" in a Wednesday report is the same day; "last Wednesday" never is.
        return pub - dt.timedelta(days=7) if mod in _LAST_WORDS else pub
    if lean and direction == "present" and mod not in _LAST_WORDS and diff <= NEAREST_AHEAD:
        # "a meeting in the capital Monday", told on a Saturday: neither tense nor word points back,
        # and the Monday two days on is nearer than the one five days gone
        return pub + dt.timedelta(days=diff)
    return pub - dt.timedelta(days=(7 - diff))


def _weekday_ahead(pub: dt.date, diff: int, mod: str) -> dt.date:
    """The coming weekday `diff` days on; the same day is today, unless 'next' names it."""
    if diff == 0:
        return pub if mod not in _NEXT_WORDS else pub + dt.timedelta(days=7)
    return pub + dt.timedelta(days=diff)


NEAREST_AHEAD = 2  # a weekday told without a tense is the coming one when it is at most this many days on


def ordinal_day(pub: dt.date, day: int, direction: str) -> str | None:
    if not 1 <= day <= 31:
        return None
    if direction == "past" or (direction == "present" and day < pub.day):
        target = safe_date(pub.year, pub.month, day) if day <= pub.day else _shift_month(pub, -1, day)
    else:
        target = safe_date(pub.year, pub.month, day) if day >= pub.day else _shift_month(pub, 1, day)
    return target.isoformat() if target else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_month(pub: dt.date, months: int, day: int) -> dt.date | None:
    total = pub.year * 12 + pub.month - 1 + months
    return safe_date(total // 12, total % 12 + 1, day)


def _add_months(pub: dt.date, months: int) -> tuple[int, int]:
    total = pub.year * 12 + pub.month - 1 + months
    return total // 12, total % 12 + 1


_BACK = word_set("unit_back_words")
_AHEAD = word_set("unit_ahead_words")


def relative_unit(pub: dt.date, rel: str, unit: str) -> str | None:
    """'next week', 'last month', 'this year', 'by the end of the year', told on `pub`."""
    step = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
    if unit in _WEEK_UNITS:
        return f"{(pub + dt.timedelta(days=7 * step)):%Y-%m}"
    if unit == "month":
        y, mth = _add_months(pub, step)
        return f"{y:04d}-{mth:02d}"
    if unit == "year":
        if "end of" in rel:
            return f"{pub.year + step:04d}-12"
        return str(pub.year + step)
    return None


def in_n(pub: dt.date, n_text: str, unit: str) -> str | None:
    n = count(n_text)
    if unit.startswith("day"):
        return (pub + dt.timedelta(days=n)).isoformat() if n <= 3 else f"{(pub + dt.timedelta(days=n)):%Y-%m}"
    if unit.startswith("week"):
        return f"{(pub + dt.timedelta(weeks=n)):%Y-%m}"
    if unit.startswith("month"):
        y, mth = _add_months(pub, n)
        return f"{y:04d}-{mth:02d}"
    return str(pub.year + n)
