"""The shapes of date expressions, as regexes, and the cheap clues that let a sentence skip them.

The patterns are language data: the active profile's `date_patterns.tsv` (kind, first letters, case
rule, regex), built from the pieces of `date_fragments.tsv` and the month, weekday and number words
of `months.tsv`, `weekdays.tsv`, `count_words.tsv` and `year_number_words.tsv`; what a sentence must
hold for each pattern is `date_pattern_clues.tsv`. `date_patterns()` compiles them once per profile.

Each pattern opens with the letters its matches can start with, in its own case rule: the regex
engine then passes a position with one test instead of trying every alternative there. A sentence
is searched with a pattern only when it holds what the pattern needs (`DatePatterns.needs`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.doctext import CaseBlind, lowered_for_plain_search, phrase_alternation
from briefing.analysis.feasts import feast_names
from briefing.lang import LanguageProfile, per_language

Pattern = re.Pattern[str] | CaseBlind
LEAD_IN_REACH = 30  # characters before a year or a month where the word before it may start
# A year or a month with the word before it: the patterns find the year or the month alone (a
# search led by a digit or a capital passes most of a sentence at once, where a pattern led by every
# preposition's first letter stops at each word); the word before is then read backwards from the
# match (the fragment `<kind>_prefix`), and the whole is matched again from there.
_LEAD_IN_KINDS = {"year": (r"(?<![\w$£€#.,/-])", "bare_year"), "month": (r"\b", "bare_month")}
_PIECE = re.compile(r"@(\w+)@")


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


Need = Callable[[Clues], bool]
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DatePatterns:
    """One language's date patterns and words, compiled once per profile (`date_patterns()`)."""

    patterns: tuple[tuple[str, Pattern], ...]  # in the order they are tried
    needs: dict[str, Need]  # what a sentence must hold for each pattern to match in it
    lead_ins: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]  # "year", "month": the word before, the whole
    names_a_feast: CaseBlind | None  # any feast name: the feast pattern is tried only in articles naming one
    month_start: re.Pattern[str] | None  # a month's first letters, as the cased patterns spell them
    date_words: tuple[str, ...]  # a sentence with none of these (nor a digit or a month) holds no date
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]  # words that count units of time
    spelled_numbers: dict[str, int]  # the words of a year read out
    clock: str  # a clock time, as a regex piece ("until 9 a.m. Tuesday")

    def clues_in(self, text: str) -> Clues:
        month = self.month_start is not None and self.month_start.search(text) is not None
        return Clues(_DIGIT.search(text) is not None, month, lowered_for_plain_search(text))

    def maybe_a_date(self, clues: Clues) -> bool:
        """Whether the sentence holds a digit, a month's first letters or a date word (in any case)."""
        return clues.digit or clues.month or clues.has(*self.date_words)


def _numbers(profile: LanguageProfile, name: str) -> dict[str, int]:
    return {word: int(number) for word, number in profile.table(name).items()}


def _computed_pieces(profile: LanguageProfile, spelled: dict[str, int]) -> dict[str, str]:
    """The pieces a pattern may name that come from word lists, not from `date_fragments.tsv`."""
    names = feast_names()
    full_names: dict[int, str] = {}
    for word, number in _numbers(profile, "months").items():
        full_names.setdefault(number, word)  # each month's name comes first, its abbreviations after
    return {
        "month_words": "|".join(full_names.values()),
        "units_words": "|".join(w for w, n in spelled.items() if n < 10),  # units, teens, tens
        "teens": "|".join(w for w, n in spelled.items() if 10 <= n < 20),
        "tens": "|".join(w for w, n in spelled.items() if n >= 20),
        "feast": "|".join(re.escape(name) for name in names),
        "feast_letters": "".join(sorted({re.escape(name[0]) for name in names})),
    }


def _filled(source: str, pieces: dict[str, str]) -> str:
    return _PIECE.sub(lambda m: pieces[m.group(1)], source)


# Each shape of rule (a digit?, a month?, how many word clues) as one plain function: the test runs
# for every pattern and sentence, where a chain of small calls would cost several.
_SHAPES: dict[tuple[bool, bool, int], Callable[[list[tuple[str, ...]]], Need]] = {
    (False, False, 0): lambda _w: lambda _c: True,
    (True, False, 0): lambda _w: lambda c: c.digit,
    (False, True, 0): lambda _w: lambda c: c.month,
    (True, True, 0): lambda _w: lambda c: c.month and c.digit,
    (False, False, 1): lambda w: lambda c, a=w[0]: c.has(*a),
    (True, False, 1): lambda w: lambda c, a=w[0]: c.digit and c.has(*a),
    (False, True, 1): lambda w: lambda c, a=w[0]: c.month and c.has(*a),
    (False, False, 2): lambda w: lambda c, a=w[0], b=w[1]: c.has(*a) and c.has(*b),
}


def _need(rule: str) -> Need:
    """'digit & has:a|b' -> a test of a sentence's clues."""
    clues = rule.split(" & ")  # "has:the " keeps its space
    words = [tuple(c[len("has:") :].split("|")) for c in clues if c.startswith("has:")]
    shape = ("digit" in clues, "month" in clues, len(words))
    known = {"digit", "month", "always"}
    if shape not in _SHAPES or any(c not in known and not c.startswith("has:") for c in clues):
        raise ValueError(f"unknown clue in date_pattern_clues: {rule!r}")
    return _SHAPES[shape](words)


@per_language
def date_patterns(profile: LanguageProfile) -> DatePatterns:
    """The active language's date patterns, compiled from its profile once."""
    spelled = _numbers(profile, "year_number_words")
    pieces: dict[str, str] = {}
    for name, source in (row.split("\t", 1) for row in profile.rows("date_fragments")):
        pieces[name.strip()] = _filled(source, pieces)  # a piece may name the pieces above it
    pieces |= _computed_pieces(profile, spelled)
    patterns: list[tuple[str, Pattern]] = []
    for row in profile.rows("date_patterns"):
        kind, leads, case, source = row.split("\t", 3)
        if kind == "feast" and not pieces["feast"]:
            continue  # a language that names no feast
        led = f"(?=[{_filled(leads, pieces)}])" + _filled(source, pieces)
        patterns.append((kind, re.compile(led) if case == "cased" else CaseBlind(led)))
    lead_ins = {
        kind: (
            re.compile(rf"{before}{pieces[kind + '_prefix']}\Z"),
            re.compile(rf"{before}{pieces[kind + '_prefix']}{pieces[bare]}"),
        )
        for kind, (before, bare) in _LEAD_IN_KINDS.items()
        if kind + "_prefix" in pieces
    }
    names = sorted(feast_names())
    months = _numbers(profile, "months")
    starts = dict.fromkeys(name[:3].capitalize() for name in months)
    return DatePatterns(
        patterns=tuple(patterns),
        needs={kind: _need(rule) for kind, rule in (row.split("\t", 1) for row in profile.rows("date_pattern_clues"))},
        lead_ins=lead_ins,
        names_a_feast=CaseBlind(phrase_alternation(names)) if names else None,
        month_start=re.compile("|".join(starts)) if starts else None,
        date_words=profile.rows("date_words"),
        months=months,
        weekdays=_numbers(profile, "weekdays"),
        numbers=_numbers(profile, "count_words"),
        spelled_numbers=spelled,
        clock=pieces.get("clock", "(?!)"),
    )


def clues_in(text: str) -> Clues:
    """What `text` holds that the active language's date patterns need."""
    return date_patterns().clues_in(text)


def maybe_a_date(clues: Clues) -> bool:
    return date_patterns().maybe_a_date(clues)


_VIEWS: dict[str, Callable[[DatePatterns], object]] = {
    "PATTERNS": lambda p: p.patterns,
    "PATTERN_NEEDS": lambda p: p.needs,
    "LEAD_INS": lambda p: p.lead_ins,
    "NAMES_A_FEAST": lambda p: p.names_a_feast,
    "MONTHS": lambda p: p.months,
    "WEEKDAYS": lambda p: p.weekdays,
    "NUMBERS": lambda p: p.numbers,
    "SPELLED_NUMBERS": lambda p: p.spelled_numbers,
    "CLOCK": lambda p: p.clock,
}


def __getattr__(name: str) -> object:
    """`PATTERNS`, `MONTHS` and the rest: the active language's, read when asked for."""
    view = _VIEWS.get(name)
    if view is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return view(date_patterns())
