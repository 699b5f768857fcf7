"""The shapes of date expressions, as regexes, and the cheap clues that let a sentence skip them.

Each pattern opens with the letters its matches can start with, in its own case rule: the regex
engine then passes a position with one test instead of trying every alternative there. A sentence
is searched with a pattern only when it holds what the pattern needs (`PATTERN_NEEDS`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.doctext import CaseBlind, lowered_for_plain_search, phrase_alternation
from briefing.analysis.feasts import feast_names

MONTHS = {name: i for i in range(1, 13) for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
NUMBERS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
} | {"a": 1, "an": 1, "a few": 3, "few": 3, "several": 3, "a couple of": 2, "fifteen": 15, "twenty": 20}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY_CASED = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A clock time between a deadline word and its day: "until 9 a.m. EST Tuesday", "until 5 p.m. Nov. 9".
CLOCK = r"(?:\d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: [A-Z]{2,4})? |noon |midnight )"
# A count of units, in digits or words ("two", "a few", "several").
_COUNT = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|few|several|a couple of)"
# "nearly four years ago", "more than a year ago": the hedge does not move the date.
_HEDGE = r"(?:(?:nearly|almost|about|around|some|roughly|just|only|more than|less than|over|barely) )?"
_UNITS = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
_SHIFT_UNIT = r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)"

_MONTH_WORDS = "|".join(calendar.month_name[i].lower() for i in range(1, 13))
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "one" to "nineteen" in order, then the tens: the words of a year read out
SPELLED_NUMBERS = {w: i for i, w in enumerate([*_UNITS_WORDS.split("|"), *_TEENS.split("|")], start=1)} | {
    w: 10 * i for i, w in enumerate(_TENS.split("|"), start=2)
}

# Every feast name as one alternation, and the letters the names start with.
_FEAST_NAMES = "|".join(re.escape(name) for name in feast_names())
_FEAST_FIRST_LETTERS = "".join(sorted({re.escape(name[0]) for name in feast_names()}))

_LEADS = {
    "iso": "12",
    "weekday_date": "MTWFS",
    "month_day": "JFMASOND",
    "day_month": "0-9",
    "month_rel_year": "JFMASOND",
    "month_year": "JFMASOND",
    "feast": "tsbelnpc" + _FEAST_FIRST_LETTERS,
    "relative_unit": "ntcflebp",
    "ago": "0-9antofsehmlrjuby",
    "shifted": "0-9antofsehmlrjbuy",
    "spelled_year": "jfmasondt",
    "coming": "iow",
    "in_n": "iw",
    "n_left": "0-9tfsen",
    "day_word": "tyl",
    "weekday": "nltocfmwsp",
    "ordinal_day": "obuft",
    "soon": "si",
    "year": "12",
    "month": "JFMASOND",
}

_CASED = frozenset({"weekday_date", "month_day", "day_month", "month_rel_year", "month_year", "year", "month"})

_YEAR_PREFIX = (
    r"(?i:(?:in|by|until|before|after|since|of|from|through|early|late|mid|fiscal|post|pre|the year|"
    r"the end of|the start of|the beginning of|the middle of|between|during|for)[- ])?"
)
_MONTH_PREFIX = (
    r"(?i:(?:in|by|until|before|after|since|early|late|mid|next|last|this|from|end of|since early|in early|"
    r"in late|in mid|through|the end of|the start of|the beginning of|the middle of|the first of|"
    r"at the end of|at the start of|at the beginning of)[- ]?)?"
)


_BARE_YEAR = r"(?<![\w$£€#.,/])(?P<year>1[5-9]\d\d|20\d\d)(?![\w%]|[.,:/-]\d)"
_BARE_MONTH = rf"\b{_MONTH}(?! \d)\b"

# A year or a month with the word before it: the patterns above find the year or the month alone
# (a search led by a digit or a capital passes most of a sentence at once, where a pattern led by
# every preposition's first letter stops at each word); the word before is then read backwards
# from the match, and the whole is matched again from there.
LEAD_INS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "year": (
        re.compile(rf"(?<![\w$£€#.,/-]){_YEAR_PREFIX}\Z"),
        re.compile(rf"(?<![\w$£€#.,/-]){_YEAR_PREFIX}{_BARE_YEAR}"),
    ),
    "month": (re.compile(rf"\b{_MONTH_PREFIX}\Z"), re.compile(rf"\b{_MONTH_PREFIX}{_BARE_MONTH}")),
}
LEAD_IN_REACH = 30  # characters before a year or a month where the word before it may start


def _compiled(kind: str, source: str) -> re.Pattern[str] | CaseBlind:
    led = f"(?=[{_LEADS[kind]}])" + source
    return re.compile(led) if kind in _CASED else CaseBlind(led)


PATTERNS: tuple[tuple[str, re.Pattern[str] | CaseBlind], ...] = tuple(
    (kind, _compiled(kind, p))
    for kind, p in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        # "Saturday, April 25": the weekday picks the year of a date that gives none.
        ("weekday_date", rf"\b{_WEEKDAY_CASED},? {_MONTH} {_DAY}(?:,? {_YEAR})?\b"),
        ("month_day", rf"\b{_MONTH} {_DAY}(?:,? {_YEAR})?\b"),
        ("day_month", rf"\b{_DAY} (?:of )?{_MONTH}(?:,? {_YEAR})?\b"),
        ("month_rel_year", rf"\b{_MONTH},? (?P<rel>this|last|next) year\b"),
        ("month_year", rf"\b{_MONTH},? {_YEAR}\b"),
        (
            "feast",
            # "by the start of the holy month of X": the edge of the feast, then its name from the data.
            r"\b(?:(?P<mod>last|next|this|past|coming) )?"
            r"(?P<edge>(?:the )?(?:start|beginning|end) of (?:the )?(?:[\w-]+ ){0,4}?)?"
            r"(?P<feast>" + _FEAST_NAMES + r")\b",
        ),
        (
            "relative_unit",
            r"\b(?P<rel>next|this|last|past|coming|current|earlier this|later this|early next|late next"
            r"|late last|early last|end of (?:the|this)|end of next|end of last|the end of (?:the|this)"
            r"|by the end of (?:the|this))\s+(?:fiscal\s+)?(?P<unit>week|month|year|weekend)\b",
        ),
        ("ago", rf"\b{_HEDGE}{_COUNT}(?: full| whole)? {_UNITS}(?: or so)? ago\b|\b(?P<yearago>year)-ago\b"),
        (
            "shifted",
            # Counted from the date the sentence or the one before gives: "two days later", "a year
            # earlier", "later that year", "the following month", "the day before".
            rf"\b{_COUNT} {_UNITS} (?P<dir>earlier|later)\b"
            r"|\b(?P<yeardir>year)-(?P<dir2>earlier)\b"
            r"|\b(?P<dir3>earlier|later) (?:that|the same|in the) (?P<unit3>day|morning|week|month|year)\b"
            r"|\b(?:that|the same) (?P<unit4>day|week|month|year)\b"
            r"|\bthe (?P<dir5>following|previous|next|prior) (?P<unit5>day|morning|afternoon|evening|night|week|month|year)\b"
            r"|\bthe (?P<unit6>day|week|month|year) (?P<dir6>before|after)\b",
        ),
        # Years read out, as broadcast transcripts write them: "nineteen ninety-six", "January
        # nineteen ninety-seven", "the year two thousand".
        (
            "spelled_year",
            rf"\b(?:(?P<month>{_MONTH_WORDS}) )?(?P<spelled>nineteen (?:{_TEENS}|(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?)"
            r"|the year two thousand)\b",
        ),
        (
            "coming",
            r"\b(?:in|over|within) the (?:coming|next) (?P<n>few |two |three |several )?(?P<unit>days|weeks|months)\b",
        ),
        (
            "in_n",
            r"\b(?:in|within) (?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?P<unit>days?|weeks?|months?|years?)\b",
        ),
        (
            "n_left",
            r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?P<unit>days?|weeks?|months?|years?) (?:left|remaining|away|from now)\b",
        ),
        ("day_word", r"\b(?P<word>tomorrow|today|tonight|yesterday|last night|this (?:morning|afternoon|evening))\b"),
        (
            "weekday",
            r"\b(?:(?P<mod>next|last|this|on|coming|from|past|previous|preceding) )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        ),
        ("ordinal_day", r"\b(?:on |by |until |from )?the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
        ("soon", r"\b(?P<word>soon|shortly|imminently)\b"),
        # A year anywhere a noun phrase or a range can hold it: "the 1996 bombing", "between 1994
        # and 1997", "fiscal 1989", "post-1959"; counts and amounts are told apart on the parse.
        # The year itself; the word before it ("in", "fiscal", "post-") is taken by `LEAD_INS`.
        ("year", _BARE_YEAR),
        # A month alone, with or without a preposition in any case: "In January,", "the March vote".
        ("month", _BARE_MONTH),
    )
)

# The feast pattern is tried only in an article that names a feast: most name none, and a feast's
# name has no word a sentence could be tested for with a substring (the other patterns' clues are
# `PATTERN_NEEDS`, tested on each sentence).
NAMES_A_FEAST = CaseBlind(phrase_alternation(sorted(feast_names())))

# A sentence with none of these holds no date any pattern above can find (a digit, a unit of time,
# a day word, a month's first letters, in each pattern's own case rule); most sentences have none,
# and a few substring tests are cheaper than fifteen searches. Feast names are checked apart, in
# articles naming one.
_DATE_WORDS = (
    *("day", "week", "month", "year", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"),
    *("soon", "shortly", "imminently", "nineteen", "two thousand"),
)
_MONTH_START = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def maybe_a_date(clues: Clues) -> bool:
    """Whether the sentence holds a digit, a month's first letters or a date word (in any case)."""
    return clues.digit or clues.month or clues.has(*_DATE_WORDS)


@dataclass(frozen=True, slots=True)
class Clues:
    r"""What a sentence holds that a date pattern cannot match without: a digit (any script, as the
    patterns' `\d`), a month's first letters in the patterns' case, and its words lower-cased. The
    lower-cased text is None where a letter folds onto an ASCII one ('ſ' onto 's', the Kelvin sign
    onto 'k'): there every case-blind pattern is tried."""

    digit: bool
    month: bool
    lowered: str | None

    def has(self, *words: str) -> bool:
        lowered = self.lowered
        if lowered is None:
            return True
        for word in words:  # noqa: SIM110 - a loop, not any() over a generator: this runs for every pattern and sentence
            if word in lowered:
                return True
        return False


_DIGIT = re.compile(r"\d")

# For each pattern, what a sentence must hold for the pattern to match in it; a sentence with a
# date has one or two kinds of it, and a clue is a substring test where a pattern search is a scan.
PATTERN_NEEDS: dict[str, Callable[[Clues], bool]] = {
    "iso": lambda c: c.digit and c.has("-"),
    "weekday_date": lambda c: c.month and c.digit,
    "month_day": lambda c: c.month and c.digit,
    "day_month": lambda c: c.month and c.digit,
    "month_rel_year": lambda c: c.month and c.has("year"),
    "month_year": lambda c: c.month and c.digit,
    "feast": lambda c: True,  # tried only in articles that name one (`NAMES_A_FEAST`)
    "relative_unit": lambda c: c.has("week", "month", "year"),
    "ago": lambda c: c.has("ago"),
    "shifted": lambda c: (
        c.has("earlier", "later", "that ", "same ", "following ", "previous ", "next ", "prior ", "before", "after")
        and c.has(" day", " morning", " afternoon", " evening", " night", " week", " month", " year", "year-")
    ),
    "spelled_year": lambda c: c.has("nineteen", "two thousand"),
    "coming": lambda c: c.has("days", "weeks", "months"),
    "in_n": lambda c: c.has("day", "week", "month", "year"),
    "n_left": lambda c: c.has("left", "remaining", "away", "from now"),
    "day_word": lambda c: c.has(
        "tomorrow", "today", "tonight", "yesterday", "night", "morning", "afternoon", "evening"
    ),
    "weekday": lambda c: c.has("day"),
    "ordinal_day": lambda c: c.digit and c.has("the "),
    "soon": lambda c: c.has("soon", "shortly", "imminently"),
    "year": lambda c: c.digit and c.has("1", "20"),
    "month": lambda c: c.month,
}


def clues_in(text: str) -> Clues:
    lowered = lowered_for_plain_search(text)
    return Clues(_DIGIT.search(text) is not None, _MONTH_START.search(text) is not None, lowered)
