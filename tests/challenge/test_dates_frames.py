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
        "The owners fear a stoppage, which the ferry crews have called for starting on Friday morning.",
        "on Friday",
        "2026-03-06",
        PUB,
    ),
    ("The ministry has directed the re-opening of all the clinics on Friday.", "on Friday", "2026-03-06", PUB),
    # told in the simple past, the act urged is the nearest day: tomorrow, not last week's
    ("The governor urged the bus drivers to end their stoppage Thursday.", "Thursday", "2026-03-05", PUB),
]

# Controls: the same verbs where the date is the putting forward's own, or lies before a past moment.
PUT_FORWARD_CONTROLS: list[Case] = [
    ("The envoy had invited the two delegations to talks on Monday.", "on Monday", "2026-03-02", PUB),
    ("The governor urged the bus drivers on Monday to end their stoppage.", "on Monday", "2026-03-02", PUB),
    ("The pilots called on the airline to resume talks on Saturday.", "on Saturday", "2026-02-28", PUB),
    ("The ferry crews went on strike on Monday.", "on Monday", "2026-03-02", PUB),
]


@run(PUT_FORWARD + PUT_FORWARD_CONTROLS)
def test_a_date_on_an_act_put_forward_is_the_acts(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


def test_an_act_urged_soon_stays_a_plea() -> None:
    """'as soon as possible' under a verb of urging places nothing on a calendar, nor points ahead."""
    found = find_dates("We urge the other side to resume as soon as possible the talks in the capital.", PUB)
    assert [(d.value, d.relation) for d in found] == [(None, "same")]


# --- a deadline or event the clause sets, named as its subject -----------------------------------------
SET_SUBJECTS: list[Case] = [
    ("A fresh deadline is set on Thursday.", "on Thursday", "2026-03-05", PUB),
    # control: told in the simple past, 'on Thursday' may say when the setting was done
    ("A fresh deadline was set on Thursday.", "on Thursday", "2026-02-26", PUB),
]


@run(SET_SUBJECTS)
def test_a_deadline_set_in_the_present_lies_ahead(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- a rounded date after a deadline word --------------------------------------------------------------
ROUNDED: list[Case] = [
    ("The owner said he set a date of around March 30 for the closure.", "March 30", "2026-03-30", PUB),
    # control: the rounding word alone dates nothing ahead
    ("The plant closed around Feb. 20 after the strike.", "Feb. 20", "2026-02-20", PUB),
]


@run(ROUNDED)
def test_a_rounded_date_still_dates_its_deadline(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- the day a thing was said is not the day it happens ------------------------------------------------
SAID_ON: list[Case] = [
    ("The tribunal said on Thursday it would rule on the appeal.", "on Thursday", "2026-02-26", PUB),
    ("The tribunal said on Thursday that it would rule on the appeal.", "on Thursday", "2026-02-26", PUB),
    # control: a date after the reported clause's verb is the ruling's
    ("The tribunal said it would rule on the appeal on Thursday.", "on Thursday", "2026-03-05", PUB),
]


@run(SAID_ON)
def test_a_date_before_the_reported_clause_is_the_sayings(
    sentence: str, words: str, value: str | None, published: str
) -> None:
    assert value_of(sentence, words, published) == value
