"""A part told as history: 'Arlenia brokered the 1987 accord', 'a grain corridor that Kestria had set up
in 2015 was abandoned'. A party that acted, brokered an accord or a truce more than a year before the
report is background, not the mediator or host of today's dispute: its mentions in such a sentence
give it no role. Talks or a round it mediated are not history (last winter's mediator may chair the
next round); a sentence that also tells the present ('on Monday', 'now') is news, and so is a
perfect ('has mediated since 2019'), which runs up to the report. A state named in a former holder's title
('former Chilean President X') gives that state no part either: the person acts for themselves."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import char_span
from briefing.analysis.rules.types import Party, Person
from briefing.lang import word_map, word_set

MIN_DAYS_BEFORE = 366  # a month that ended more than a year before publication is history
_PAST_TAGS = frozenset({"VBD", "VBN"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PRESENT_TIME_WORDS = word_set("present_time_words")
_SINCE_WORDS = word_set("since_words")
_PERFECT_AUXILIARIES = word_set("present_perfect_auxiliaries")
_TALKS_NOUNS = word_set("talks_round_nouns")
_MONTHS = word_map("months")


def current_part(doc: Doc, party: Party, published: dt.date | None) -> Party:
    """The party with only the mentions that may tell its part today (see the module's docstring)."""
    if published is None:
        return party
    mentions = [m for m in party.mentions if not told_as_history(doc, m, published) and not _a_former_office(doc, m)]
    return party if len(mentions) == len(party.mentions) else dataclasses.replace(party, mentions=mentions)


_FORMER_WORDS = word_set("former_words")
_STATE_OFFICE_TITLES = word_set("state_office_titles")


def _a_former_office(doc: Doc, mention: tuple[int, int]) -> bool:
    """'former Chilean President Lena Marquell': the state named in a former holder's title is not
    what acts; the person acts for themselves (`offices.out_of_office`)."""
    span = char_span(doc, *mention, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].lower_ in _FORMER_WORDS and doc[span.end].lower_ in _STATE_OFFICE_TITLES


def current_person(doc: Doc, person: Person, published: dt.date | None) -> Person:
    """The person with only the mentions that may tell their part today."""
    if published is None:
        return person
    mentions = [m for m in person.mentions if not told_as_history(doc, m, published)]
    return person if len(mentions) == len(person.mentions) else dataclasses.replace(person, mentions=mentions)


def told_as_history(doc: Doc, mention: tuple[int, int], published: dt.date) -> bool:
    """Whether the mention acts in a past clause, not about talks, of a sentence dated only to more
    than a year before publication."""
    span = char_span(doc, *mention, alignment_mode="expand")
    if span is None:
        return False
    verb = _governing_verb(span.root)
    if verb is None or verb.tag_ not in _PAST_TAGS or _perfect(verb) or _tells_talks(verb):
        return False
    sent = span.sent
    years = [t for t in sent if _YEAR.fullmatch(t.text) and not _after_since(t)]
    if not years or not all(_long_before(t, published) for t in years):
        return False
    return not _in_the_present(sent)


def _in_the_present(sent: Span) -> bool:
    """Whether the sentence has a word or a two-word phrase of the report's present ('now', 'this week')."""
    pairs = (f"{a.lower_} {b.lower_}" for a, b in itertools.pairwise(sent))
    return any(t.lower_ in _PRESENT_TIME_WORDS for t in sent) or any(p in _PRESENT_TIME_WORDS for p in pairs)


def _tells_talks(verb: Token) -> bool:
    """Whether what the verb tells is talks or a round, not a finished thing: its object ('mediated
    a first round'), its passive subject ('the talks were hosted by'), or the noun its relative
    clause belongs to ('the round, which Kestria mediated')."""
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        done.append(verb.head)
    return any(t.lemma_.lower() in _TALKS_NOUNS for t in done)


def _long_before(year: Token, published: dt.date) -> bool:
    """Whether a date is history: a month of a year ('in December 2025') ended more than a year
    before publication; a bare year ('in 2017') is one before publication's."""
    month = _MONTHS.get(year.doc[year.i - 1].lower_) if year.i > 0 else None
    if month is None:
        return int(year.text) < published.year
    number = int(month)
    last_day = dt.date(int(year.text), number, calendar.monthrange(int(year.text), number)[1])
    return (published - last_day).days >= MIN_DAYS_BEFORE


def _governing_verb(tok: Token) -> Token | None:
    """The verb a mention's phrase hangs from: 'brokered' of 'brokered by Arlenia'."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _perfect(verb: Token) -> bool:
    """'has mediated', 'have hosted': a perfect reaches up to the present."""
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUXILIARIES for c in verb.children)


def _after_since(year: Token) -> bool:
    """'since 2019': the year a still running part began."""
    return year.i > 0 and year.doc[year.i - 1].lower_ in _SINCE_WORDS
