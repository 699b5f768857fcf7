"""Temporal expressions, resolved against the publication date with attention to tense.

In the manner of HeidelTime: a bare month or weekday is resolved in the
direction of its clause's tense ("talks will resume in March" -> the next
March; "talks collapsed in March" -> the last one). Explicit dates keep the
precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    CaseBlind,
    dateline_spans,
    lowered_for_plain_search,
    phrase_alternation,
    sentence_of,
    sentences_of,
    span_text,
    text_of,
    tokens_in,
)
from briefing.analysis.feasts import feast_names, resolve_feast
from briefing.lang import word_set

MONTHS = {name: i for i in range(1, 13) for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_NUMBERS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Every feast name as one alternation, and the letters the names start with.
_FEAST_NAMES = "|".join(re.escape(name) for name in feast_names())
_FEAST_FIRST_LETTERS = "".join(sorted({re.escape(name[0]) for name in feast_names()}))

# Each pattern opens with the letters its matches can start with, in its own case rule: the engine
# then passes a position with one test instead of trying every alternative there (half the time).
_LEADS = {
    "iso": "12",
    "month_day": "JFMASOND",
    "day_month": "0-9",
    "month_year": "JFMASOND",
    "feast": "tsbe" + _FEAST_FIRST_LETTERS,
    "relative_unit": "ntcfleb",
    "coming": "iow",
    "in_n": "iw",
    "n_left": "0-9tfsen",
    "day_word": "ty",
    "weekday": "nltocfmws",
    "ordinal_day": "obuft",
    "soon": "si",
    "year": "ibuasofelm",
    "month": "ibuaselmntf",
}

_CASED = frozenset({"month_day", "day_month", "month_year", "month"})  # "May", never "may"


def _compiled(kind: str, source: str) -> re.Pattern[str] | CaseBlind:
    led = f"(?=[{_LEADS[kind]}])" + source
    return re.compile(led) if kind in _CASED else CaseBlind(led)


_PATTERNS: tuple[tuple[str, re.Pattern[str] | CaseBlind], ...] = tuple(
    (kind, _compiled(kind, p))
    for kind, p in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        ("month_day", rf"\b{_MONTH} {_DAY}(?:,? {_YEAR})?\b"),
        ("day_month", rf"\b{_DAY} (?:of )?{_MONTH}(?:,? {_YEAR})?\b"),
        ("month_year", rf"\b{_MONTH},? {_YEAR}\b"),
        (
            "feast",
            # "by the start of the holy month of X": the edge of the feast, then its name from the data.
            r"\b(?P<edge>(?:the )?(?:start|beginning|end) of (?:the )?(?:[\w-]+ ){0,4}?)?"
            r"(?P<feast>" + _FEAST_NAMES + r")\b",
        ),
        (
            "relative_unit",
            r"\b(?P<rel>next|this|coming|following|later this|early next|late next|end of (?:the|this)|end of next|the end of (?:the|this)|by the end of (?:the|this))\s+(?P<unit>week|month|year|weekend)\b",
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
        ("day_word", r"\b(?P<word>tomorrow|today|tonight|yesterday|this (?:morning|afternoon|evening))\b"),
        (
            "weekday",
            r"\b(?:(?P<mod>next|last|this|on|coming|from) )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        ),
        ("ordinal_day", r"\b(?:on |by |until |from )?the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
        ("soon", r"\b(?P<word>soon|shortly|imminently)\b"),
        ("year", r"\b(?:in|by|until|before|after|since|of|from|early|late|mid-?) ?(?P<year>(?:19|20)\d\d)\b"),
        (
            "month",
            rf"\b(?:in|by|until|before|after|since|early|late|mid-?|next|last|this|from|end of|since early|in early|in late|in mid-) ?{_MONTH}(?! \d)\b",
        ),
    )
)

# The feast pattern is tried only in an article that names a feast: most name none, and a feast's
# name has no word a sentence could be tested for with a substring (the other patterns' clues are
# `_PATTERN_NEEDS`, tested on each sentence).
_NAMES_A_FEAST = CaseBlind(phrase_alternation(sorted(feast_names())))

# A sentence with none of these holds no date any pattern above can find (a digit, a unit of time,
# a day word, a month's first letters, in each pattern's own case rule); most sentences have none,
# and a few substring tests are cheaper than fifteen searches. Feast names are checked apart, in
# articles naming one.
_DATE_WORDS = (
    *("day", "week", "month", "year", "tomorrow", "tonight", "morning", "afternoon", "evening"),
    *("soon", "shortly", "imminently"),
)
_MONTH_START = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _maybe_a_date(clues: _Clues) -> bool:
    """Whether the sentence holds a digit, a month's first letters or a date word (in any case)."""
    return clues.digit or clues.month or clues.has(*_DATE_WORDS)


@dataclass(frozen=True, slots=True)
class _Clues:
    r"""What a sentence holds that a date pattern cannot match without: a digit (any script, as the
    patterns' `\d`), a month's first letters in the patterns' case, and its words lower-cased. The
    lower-cased text is None where a letter folds onto an ASCII one ('ſ' onto 's', the Kelvin sign
    onto 'k'): there every case-blind pattern is tried."""

    digit: bool
    month: bool
    lowered: str | None

    def has(self, *words: str) -> bool:
        return self.lowered is None or any(word in self.lowered for word in words)


_DIGIT = re.compile(r"\d")

# For each pattern, what a sentence must hold for the pattern to match in it; a sentence with a
# date has one or two kinds of it, and a clue is a substring test where a pattern search is a scan.
_PATTERN_NEEDS: dict[str, Callable[[_Clues], bool]] = {
    "iso": lambda c: c.digit and c.has("-"),
    "month_day": lambda c: c.month and c.digit,
    "day_month": lambda c: c.month and c.digit,
    "month_year": lambda c: c.month and c.digit,
    "feast": lambda c: True,  # tried only in articles that name one (`_NAMES_A_FEAST`)
    "relative_unit": lambda c: c.has("week", "month", "year"),
    "coming": lambda c: c.has("days", "weeks", "months"),
    "in_n": lambda c: c.has("day", "week", "month", "year"),
    "n_left": lambda c: c.has("left", "remaining", "away", "from now"),
    "day_word": lambda c: c.has("tomorrow", "today", "tonight", "yesterday", "morning", "afternoon", "evening"),
    "weekday": lambda c: c.has("day"),
    "ordinal_day": lambda c: c.digit and c.has("the "),
    "soon": lambda c: c.has("soon", "shortly", "imminently"),
    "year": lambda c: c.digit and c.has("19", "20"),
    "month": lambda c: c.month,
}


def _clues_in(text: str) -> _Clues:
    lowered = lowered_for_plain_search(text)
    return _Clues(_DIGIT.search(text) is not None, _MONTH_START.search(text) is not None, lowered)


EVENT_NOUNS = word_set("event_nouns")


@dataclass
class Temporal:
    start: int
    end: int
    text: str
    date: str | None  # ISO at the text's precision
    direction: str  # "future", "past" or "present"
    sent: Span
    kind: str = ""  # which pattern found it: "weekday", "month_day", ...


def find_temporals(doc: Doc, published: dt.date) -> list[Temporal]:
    found: list[Temporal] = []
    text = text_of(doc)
    skip = dateline_spans(text)
    patterns = [(kind, p) for kind, p in _PATTERNS if kind != "feast" or _NAMES_A_FEAST.search(text)]
    for sent in sentences_of(doc):
        in_sentence = _in_sentence(doc, sent, published, patterns)
        found.extend(t for t in in_sentence if not any(s <= t.start < e for s, e in skip))
    return sorted(found, key=lambda t: t.start)


_ABSOLUTE = frozenset({"iso", "month_day", "day_month", "month_year"})
_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s*$", re.IGNORECASE)


def _in_sentence(
    doc: Doc, sent: Span, published: dt.date, patterns: list[tuple[str, re.Pattern[str] | CaseBlind]]
) -> list[Temporal]:
    """Temporal expressions of one sentence; later ones may lean on earlier ones.

    "from March 3 to May 31": the end of a range follows its start. "agreed on
    2 April 2025 to finish within six weeks": a relative span counts from the
    date the sentence gives, not from the publication date.
    """
    out: list[Temporal] = []
    anchor: dt.date | None = None
    previous: Temporal | None = None
    for start, end, kind, m in _pattern_hits(sent, patterns):
        # "three weeks left", "two weeks away" look ahead whatever the clause's tense.
        direction = "future" if kind == "n_left" else tense_at(doc, start, end)
        reference = anchor if kind in ("in_n", "n_left") and anchor is not None else published
        date = resolve(kind, m, reference, direction)
        if previous is not None and previous.date and date and _RANGE_GAP.match(text_of(doc)[previous.end : start]):
            date, direction = _range_end(previous.date, kind, m, date), "present"
        if date is None and kind != "soon":
            continue
        t = Temporal(start, end, m.group(0), date, direction, sent, kind)
        out.append(t)
        previous = t
        if kind in _ABSOLUTE and date and len(date) == 10:
            anchor = dt.date.fromisoformat(date)
    return out


def _pattern_hits(
    sent: Span, patterns: list[tuple[str, re.Pattern[str] | CaseBlind]]
) -> list[tuple[int, int, str, re.Match[str]]]:
    """(start, end, kind, match) of each pattern's matches in the sentence, in text order; where two
    overlap, the pattern listed first keeps its match."""
    sent_text = span_text(sent)
    clues = _clues_in(sent_text)
    if not _maybe_a_date(clues) and not any(k == "feast" and p.search(sent_text) for k, p in patterns):
        return []
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in patterns:
        if not _PATTERN_NEEDS[kind](clues):
            continue
        for m in pattern.finditer(sent_text):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if any(s < end and start < e for s, e, _, _ in hits):
                continue
            hits.append((start, end, kind, m))
    return sorted(hits, key=lambda h: h[0])


def _range_end(start_iso: str, kind: str, m: re.Match[str], resolved: str) -> str:
    """The end of 'from <start> to <end>' falls on or after the start, in the start's year if it can."""
    if kind not in ("month_day", "day_month") or m.groupdict().get("year"):
        return resolved
    start = dt.date.fromisoformat(start_iso[:10]) if len(start_iso) == 10 else None
    if start is None:
        return resolved
    end = _safe_date(start.year, _month(m.group("month")), int(m.group("day")))
    if end is None:
        return resolved
    if end < start:
        end = _safe_date(start.year + 1, end.month, end.day) or end
    return end.isoformat()


_END_OF = re.compile(r"(?:at |by )?the end of (?:the|this) (?:week|month|year)", re.IGNORECASE)


def tense_at(doc: Doc, start: int, end: int) -> str:
    """'future', 'past' or 'present' for the clause that governs the span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    if any(t.lower_ in ("next", "upcoming", "coming", "later") for t in tokens_in(span)):
        return "future"  # "said on Tuesday, ahead of talks later this week": the phrase looks ahead itself
    if _END_OF.match(text_of(doc)[start:end]):
        # "by the end of the month" looks ahead, unless the verb is past: "halted at the end of the
        # year", told in January, is the year just ended.
        verb = _governing_verb(span.root)
        return "past" if verb is not None and _told_in_the_past(verb) else "future"
    if _dates_an_event_noun(span.root):
        return "present"  # "invited both sides to a session on 21 October": the session's date, not the invitation's
    verb = _deciding_verb(span.root)
    return "present" if verb is None else _tense_of_clause(verb, doc, start, end)


def _deciding_verb(tok: Token) -> Token | None:
    """'will strike for three days starting Monday': the strike's tense decides, not the gerund's."""
    verb = _governing_verb(tok)
    while verb is not None and verb.tag_ == "VBG" and not any(c.dep_.startswith("aux") for c in verb.children):
        head = _governing_verb(verb.head) if verb.head.i != verb.i else None
        if head is None or head.i == verb.i:
            break
        verb = head
    return verb


_FUTURE_FRAME = re.compile(
    r"\b(?:set|due|expected|scheduled|slated|planned|planning|plans?|poised|to be|aims?|aiming) to\b"
    r"|\baim(?:ed|ing|s)? at\b"
)
_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|set|slated|planned|due|penciled|pencilled)\b[^.;]{0,40}\b(?:for|on)\b")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|before|ahead of)\s+(?:the\s+)?$")


def _tense_of_clause(verb: Token, doc: Doc, start: int, end: int) -> str:
    """The tense a date's clause tells, from its auxiliaries, the words around it and the verb's form."""
    left = doc[max(sentence_of(verb).start, verb.i - 4) : verb.i]
    window = {t.lower_ for t in verb.children} | {verb.lower_} | {t.lower_ for t in left}
    text_around = text_of(doc)[max(sentence_of(verb).start_char, start - 40) : end].lower()
    if window & {"will", "shall", "'ll", "would", "going"} or _FUTURE_FRAME.search(text_around):
        return "future"
    if _DEADLINE_BEFORE.search(text_of(doc)[max(0, start - 12) : start].lower()):
        return "future" if verb.tag_ not in ("VBD",) else "past"
    if window & {"can", "could", "may", "might", "must", "should"} and not window & {"have", "has", "had"}:
        return "future"
    if _SCHEDULED_FOR.search(text_around):
        return "future"
    return _tense_of_form(verb, window)


def _tense_of_form(verb: Token, window: set[str]) -> str:
    if verb.tag_ == "VBN" and window & {"is", "are", "am", "'s", "being"}:
        return "present"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    return "present"


def _told_in_the_past(verb: Token) -> bool:
    """A simple past, or a gerund or infinitive under one ('halted deliveries at the end of the year')."""
    for t in [verb, *verb.ancestors]:
        if t.tag_ == "VBD":
            return True
        if t.dep_ not in ("xcomp", "pcomp") and t.tag_ != "VBG":
            return False
    return False


def _dates_an_event_noun(tok: Token) -> bool:
    """The date hangs from an event noun ('a session on 21 October', 'a deadline of 30 April')
    before any verb: it dates the event, whatever the tense of the verb around it."""
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS:
            return True
    return False


def _governing_verb(tok: Token) -> Token | None:
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def resolve(kind: str, m: re.Match[str], pub: dt.date, direction: str) -> str | None:
    """The ISO date (at the text's precision) an expression of `kind` names, told on `pub`."""
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        return None
    try:
        return resolver(m.groupdict(), m, pub, direction)
    except (ValueError, KeyError, OverflowError):  # a date outside the calendar resolves to nothing
        return None


Groups = dict[str, Any]  # a match's named groups


def _iso(g: Groups, _m: re.Match[str], _pub: dt.date, _direction: str) -> str | None:
    return dt.date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat()


def _month_and_day(g: Groups, _m: re.Match[str], pub: dt.date, direction: str) -> str | None:
    month, day = _month(g["month"]), int(g["day"])
    if g.get("year"):
        return dt.date(int(g["year"]), month, day).isoformat()
    return _nearest_month_day(pub, month, day, direction).isoformat()


def _month_and_year(g: Groups, _m: re.Match[str], _pub: dt.date, _direction: str) -> str | None:
    return f"{int(g['year']):04d}-{_month(g['month']):02d}"


def _month_alone(g: Groups, m: re.Match[str], pub: dt.date, direction: str) -> str | None:
    month = _month(g["month"])
    text = m.group(0).lower()
    if text.startswith("next"):
        direction = "future"
    elif text.startswith("last"):
        direction = "past"
    return f"{_nearest_month_year(pub, month, direction):04d}-{month:02d}"


def _weekday_named(g: Groups, _m: re.Match[str], pub: dt.date, direction: str) -> str | None:
    return _weekday(pub, WEEKDAYS[g["wd"].lower()], (g.get("mod") or "").lower(), direction).isoformat()


def _day_word(g: Groups, _m: re.Match[str], pub: dt.date, _direction: str) -> str | None:
    delta = {"tomorrow": 1, "yesterday": -1}.get(g["word"].lower(), 0)
    return (pub + dt.timedelta(days=delta)).isoformat()


def _relative(g: Groups, _m: re.Match[str], pub: dt.date, direction: str) -> str | None:
    rel, unit = g["rel"].lower(), g["unit"].lower()
    resolved = _relative_unit(pub, rel, unit)
    if direction == "past" and resolved and resolved > pub.isoformat()[: len(resolved)] and "end of" in rel:
        # "halted at the end of the year", told in January: the year just ended
        return _relative_unit(dt.date(pub.year - 1, 12, 31), rel, unit)
    return resolved


def _coming(g: Groups, _m: re.Match[str], pub: dt.date, _direction: str) -> str | None:
    """'in the coming days' is this month; 'weeks' reaches two weeks on; 'months' this year, unless late in it."""
    unit = g["unit"].lower()
    if unit == "days":
        return f"{pub:%Y-%m}"
    if unit == "weeks":
        return f"{(pub + dt.timedelta(days=14)):%Y-%m}"
    return str(pub.year) if pub.month <= LAST_MONTH_FOR_COMING_MONTHS else None


LAST_MONTH_FOR_COMING_MONTHS = 9  # "in the coming months" told from October on may run into next year


_RESOLVERS: dict[str, Callable[[Groups, re.Match[str], dt.date, str], str | None]] = {
    "iso": _iso,
    "month_day": _month_and_day,
    "day_month": _month_and_day,
    "month_year": _month_and_year,
    "month": _month_alone,
    "year": lambda g, _m, _pub, _d: g["year"],
    "weekday": _weekday_named,
    "day_word": _day_word,
    "ordinal_day": lambda g, _m, pub, d: _ordinal_day(pub, int(g["day"]), d),
    "relative_unit": _relative,
    "coming": _coming,
    "in_n": lambda g, _m, pub, _d: _in_n(pub, g["n"], g["unit"].lower()),
    "n_left": lambda g, _m, pub, _d: _in_n(pub, g["n"], g["unit"].lower()),
    "feast": lambda g, _m, pub, d: _feast(g["feast"], g.get("edge") or "", pub, d),
    "soon": lambda _g, _m, pub, _d: f"{pub:%Y-%m}",
}


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _nearest_month_year(pub: dt.date, month: int, direction: str) -> int:
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


def _nearest_month_day(pub: dt.date, month: int, day: int, direction: str) -> dt.date:
    this_year = dt.date(pub.year, month, day)
    if direction == "future":
        return this_year if this_year >= pub else dt.date(pub.year + 1, month, day)
    if direction == "past":
        return this_year if this_year <= pub else dt.date(pub.year - 1, month, day)
    return dt.date(_nearest_month_year(pub, month, direction), month, day)


def _weekday(pub: dt.date, weekday: int, mod: str, direction: str) -> dt.date:
    diff = (weekday - pub.weekday()) % 7
    if mod == "next" or (direction == "future" and mod != "last"):
        if diff == 0:
            return pub if mod != "next" else pub + dt.timedelta(days=7)
        return pub + dt.timedelta(days=diff)
    if diff == 0:
        return pub  # news style: "on Wednesday" in a Wednesday report is the same day
    if mod == "last" or direction in ("past", "present"):
        return pub - dt.timedelta(days=(7 - diff))
    return pub + dt.timedelta(days=diff)


def _ordinal_day(pub: dt.date, day: int, direction: str) -> str | None:
    if not 1 <= day <= 31:
        return None
    if direction == "past" or (direction == "present" and day < pub.day):
        target = _safe_date(pub.year, pub.month, day) if day <= pub.day else _shift_month(pub, -1, day)
    else:
        target = _safe_date(pub.year, pub.month, day) if day >= pub.day else _shift_month(pub, 1, day)
    return target.isoformat() if target else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_month(pub: dt.date, months: int, day: int) -> dt.date | None:
    total = pub.year * 12 + pub.month - 1 + months
    return _safe_date(total // 12, total % 12 + 1, day)


def _add_months(pub: dt.date, months: int) -> tuple[int, int]:
    total = pub.year * 12 + pub.month - 1 + months
    return total // 12, total % 12 + 1


def _relative_unit(pub: dt.date, rel: str, unit: str) -> str | None:
    if unit in ("week", "weekend"):
        offset = 7 if rel in ("next", "coming", "following", "early next", "late next") else 0
        return f"{(pub + dt.timedelta(days=offset)):%Y-%m}"
    if unit == "month":
        if "next" in rel or rel in ("coming", "following"):
            y, mth = _add_months(pub, 1)
            return f"{y:04d}-{mth:02d}"
        return f"{pub:%Y-%m}"
    if unit == "year":
        if "end of" in rel and "next" not in rel:
            return f"{pub.year:04d}-12"
        if "next" in rel or rel in ("coming", "following"):
            return str(pub.year + 1)
        return str(pub.year)
    return None


def _in_n(pub: dt.date, n_text: str, unit: str) -> str | None:
    n = int(n_text) if n_text.isdigit() else _NUMBERS.get(n_text.lower(), 1)
    if unit.startswith("day"):
        return (pub + dt.timedelta(days=n)).isoformat() if n <= 3 else f"{(pub + dt.timedelta(days=n)):%Y-%m}"
    if unit.startswith("week"):
        return f"{(pub + dt.timedelta(weeks=n)):%Y-%m}"
    if unit.startswith("month"):
        y, mth = _add_months(pub, n)
        return f"{y:04d}-{mth:02d}"
    return str(pub.year + n)


def _feast(name: str, edge: str, pub: dt.date, direction: str) -> str | None:
    """A feast's date; 'the end of X' is its own entry in the data when it has a date of its own."""
    key = name.lower()
    if "end" in edge.lower() and f"the end of {key}" in feast_names():
        key = f"the end of {key}"
    found = resolve_feast(key, pub, direction)
    if found is None:
        return None
    return found.date.isoformat() if found.precise else f"{found.date:%Y-%m}"


def is_upcoming(t: Temporal, pub: dt.date) -> bool:
    """Still to come on the publication date: the same day counts when the clause looks ahead."""
    if t.date is None:
        return t.direction == "future"
    if t.direction == "past":
        return False
    return _compare(t.date, pub) > 0 or (_compare(t.date, pub) == 0 and t.direction == "future")


def _compare(iso: str, pub: dt.date) -> int:
    """-1, 0 or 1: the date against the publication date at the date's own precision."""
    pub_iso = pub.isoformat()[: len(iso)]
    return (iso > pub_iso) - (iso < pub_iso)


def is_past(t: Temporal, pub: dt.date) -> bool:
    return t.date is not None and _compare(t.date, pub) < 0
