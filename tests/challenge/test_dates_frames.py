"""Challenge suite: which frame decides a date's year or day when the verb nearest it is not the
one whose time it tells. Every sentence is invented; the publication date is a Wednesday, 4 March
2026, unless a case says otherwise."""

from __future__ import annotations

import pytest

from briefing import find_dates

PUB = "2026-03-04"  # a Wednesday

Case = tuple[str, str, str | None, str]  # sentence, words, value, publication date


def value_of(text: str, words: str, published: str = PUB) -> str | None:
    found = [d for d in find_dates(text, published) if d.words.lower().endswith(words.lower())]
    assert len(found) == 1, (words, [(d.words, d.value) for d in find_dates(text, published)])
    return found[0].value


def run(cases: list[Case]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("sentence", "words", "value", "published"), cases, ids=[c[0][:40] for c in cases])


# --- an act put forward by a verb of inviting, proposing, calling for or directing -------------------
# The perfect of the verb ('has proposed') says the proposal stands; the date is the act's, still ahead.
PUT_FORWARD: list[Case] = [
    ("The river board has proposed meeting the growers at the spring fair on March 18.", "March 18", "2026-03-18", PUB),
    ("The ferry crews have called for a stoppage starting on Thursday.", "on Thursday", "2026-03-05", PUB),
    (
        "The owners fear the stoppage, which dockers have lately called for beginning on Friday morning.",
        "on Friday",
        "2026-03-06",
        PUB,
    ),
    ("The health board has directed a fresh inspection of its wards on Friday.", "on Friday", "2026-03-06", PUB),
    # told in the simple past, the act urged is the nearest day: tomorrow, not last week's
    ("The governor urged the bus drivers to end their stoppage Thursday.", "Thursday", "2026-03-05", PUB),
    ("The dockers called a strike beginning on Nov. 9.", "Nov. 9", "2026-11-09", "2026-05-10"),
]

# Controls: the same verbs where the date is the putting forward's own, or lies before a past moment.
PUT_FORWARD_CONTROLS: list[Case] = [
    ("The envoy had invited the two delegations to talks on Monday.", "on Monday", "2026-03-02", PUB),
    ("The governor urged the bus drivers on Monday to end their stoppage.", "on Monday", "2026-03-02", PUB),
    ("The pilots called on the airline to resume talks on Saturday.", "on Saturday", "2026-02-28", PUB),
    ("The ferry crews went on strike on Monday.", "on Monday", "2026-03-02", PUB),
    # a date on the past verb itself tells when it was said, however far back
    ("The pilots demanded the return of the licences on Feb. 20.", "Feb. 20", "2026-02-20", "2026-09-10"),
]


@run(PUT_FORWARD + PUT_FORWARD_CONTROLS)
def test_a_date_on_an_act_put_forward_is_the_acts(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


def test_an_act_urged_soon_stays_a_plea() -> None:
    """'as soon as possible' under a verb of urging places nothing on a calendar, nor points ahead."""
    found = find_dates("We urge the growers to reopen the quota talks in the capital as soon as possible.", PUB)
    assert [(d.value, d.relation) for d in found] == [(None, "same")]


# --- a deadline or event the clause sets, named as its subject -----------------------------------------
SET_SUBJECTS: list[Case] = [
    ("The new deadline for bids is now set on Thursday.", "on Thursday", "2026-03-05", PUB),
    # control: told in the simple past, 'on Thursday' may say when the setting was done
    ("The new deadline for bids was set on Thursday.", "on Thursday", "2026-02-26", PUB),
]


@run(SET_SUBJECTS)
def test_a_deadline_set_in_the_present_lies_ahead(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- a rounded date after a deadline word --------------------------------------------------------------
ROUNDED: list[Case] = [
    ("The mill's owner told staff he picked a date of around March 30 for the closure.", "March 30", "2026-03-30", PUB),
    # control: the rounding word alone dates nothing ahead
    ("The plant closed around Feb. 20 after the strike.", "Feb. 20", "2026-02-20", PUB),
]


@run(ROUNDED)
def test_a_rounded_date_still_dates_its_deadline(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- the day a thing was said is not the day it happens ------------------------------------------------
SAID_ON: list[Case] = [
    ("The wage panel said on Thursday it would issue its verdict.", "on Thursday", "2026-02-26", PUB),
    ("The wage panel said on Thursday that it would issue its verdict.", "on Thursday", "2026-02-26", PUB),
    # control: a date after the reported clause's verb is the ruling's
    ("The wage panel said it would issue its verdict on Thursday.", "on Thursday", "2026-03-05", PUB),
]


@run(SAID_ON)
def test_a_date_before_the_reported_clause_is_the_sayings(
    sentence: str, words: str, value: str | None, published: str
) -> None:
    assert value_of(sentence, words, published) == value


# --- a bare date on an event a simple past tells as held -------------------------------------------------
# Told in September, a February event the clause reports held is last February's, not next year's.
LATE_PUB = "2026-09-10"
HELD: list[Case] = [
    ("The carriers spurned the wage offer at a meeting on Feb. 11.", "Feb. 11", "2026-02-11", LATE_PUB),
    ("The session on Feb. 11 ended without a deal.", "Feb. 11", "2026-02-11", LATE_PUB),
    ("The strike on Feb. 11 paralysed the ports.", "Feb. 11", "2026-02-11", LATE_PUB),
    # a bare past participle on the event tells it held
    ("The opposition disputes the result of the election held on Nov. 9.", "Nov. 9", "2025-11-09", "2026-05-10"),
    ("The vote held on Nov. 9 was disputed.", "Nov. 9", "2025-11-09", "2026-05-10"),
]
# Controls: an event still to be held, or one the past sets, plans or calls off, keeps the nearest.
HELD_CONTROLS: list[Case] = [
    ("The two sides will meet at a summit on Feb. 11.", "Feb. 11", "2027-02-11", LATE_PUB),
    ("The talks on Feb. 11 were postponed.", "Feb. 11", "2027-02-11", LATE_PUB),
    ("The envoy invited the two camps to a meeting on Feb. 11.", "Feb. 11", "2027-02-11", LATE_PUB),
    ("The vote to be held on Nov. 9 is disputed.", "Nov. 9", "2026-11-09", "2026-05-10"),
    ("The vote planned for Nov. 9 was called off.", "Nov. 9", "2026-11-09", "2026-05-10"),
]


@run(HELD + HELD_CONTROLS)
def test_a_date_on_an_event_told_held_counts_back(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- a date given as a point of comparison is no event's time -------------------------------------------
def _reference_points(sentence: str) -> list[tuple[str, bool]]:
    import datetime as dt

    from briefing.analysis.dates import find_temporals
    from briefing.nlp import parse

    return [(t.text, t.reference) for t in find_temporals(parse(sentence), dt.date.fromisoformat(PUB))]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The valley faces the worst drought since 2009.", "since 2009"),
        ("River flow fell below its 2011 level.", "2011"),
        ("Grain prices hit their highest level since March 2019.", "March 2019"),
        ("The two envoys met for the first time since 2018.", "since 2018"),
        ("Exports were lower than in 2015.", "in 2015"),
    ],
)
def test_a_point_of_comparison_is_a_reference(sentence: str, words: str) -> None:
    assert _reference_points(sentence) == [(words, True)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The dockers have stayed out on strike since 2019.", "since 2019"),
        ("The 2019 accord still binds both capitals.", "2019"),
        ("It was the first strike in 2019.", "in 2019"),
    ],
)
def test_a_span_since_a_date_or_a_dated_thing_is_no_reference(sentence: str, words: str) -> None:
    assert _reference_points(sentence) == [(words, False)]


# --- a weekday on a noun that 'this week', 'next week' or 'last week' owns ----------------------------------
WEEK_OWNED: list[Case] = [
    (
        "The delegates spoke of this week's summit, on Friday, as a last chance.",
        "Friday",
        "2026-03-06",
        PUB,
    ),
    ("The envoys will talk before next week's vote on Wednesday.", "Wednesday", "2026-03-11", PUB),
    ("The board will review this week's talks, on Monday, at its next meeting.", "Monday", "2026-03-02", PUB),
]
# Control: with no week owning the noun, the clause's tense decides.
WEEK_OWNED_CONTROLS: list[Case] = [
    ("Delegates walked out of the summit on Friday.", "Friday", "2026-02-27", PUB),
]


@run(WEEK_OWNED + WEEK_OWNED_CONTROLS)
def test_a_weekday_on_a_noun_a_week_owns_is_that_weeks(
    sentence: str, words: str, value: str | None, published: str
) -> None:
    assert value_of(sentence, words, published) == value


# --- a span counted from the day its sentence names, not from publication -----------------------------------
COUNTED_FROM_THE_DAY: list[Case] = [
    ("The panel ruled on Monday and will publish its reasons within two days.", "within two days", "2026-03-04", PUB),
    ("The round broke up on Friday; a new one must open within three days.", "within three days", "2026-03-02", PUB),
]
# Control: with no day named before it, the span counts from publication.
COUNTED_FROM_THE_DAY_CONTROLS: list[Case] = [
    ("The panel will publish its reasons within two days.", "within two days", "2026-03-06", PUB),
]


@run(COUNTED_FROM_THE_DAY + COUNTED_FROM_THE_DAY_CONTROLS)
def test_a_span_counts_from_the_day_its_sentence_names(
    sentence: str, words: str, value: str | None, published: str
) -> None:
    assert value_of(sentence, words, published) == value
