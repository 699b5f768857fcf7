"""Challenge suite (issue #25, class 6): upcoming means still to come.

An event reported called off, postponed or collapsed is not upcoming; a bare date resolves against
the tense of its frame; a qualifier stays with its date. Invented articles; each case fails until
its mechanism lands (xfail, strict)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)
LEAD = "Norland and Valdoria held talks on Monday. "
TAIL = " Valdoria said it wanted a deal. Norland said it wanted a deal too."


def upcoming(sentence: str) -> list[tuple[str | None, str]]:
    brief = analyse(Article(text=LEAD + sentence + TAIL, published=PUB))
    return [(ev.date, ev.event) for ev in brief.upcoming]


CALLED_OFF = [
    ("A summit between the two leaders scheduled for March 15 was called off on Monday.", "summit"),
    ("A second round planned for next week has been postponed indefinitely.", "round"),
    ("Norland had planned to start ramping up its patrols on Sunday evening, before the deal.", "patrols"),
    ("The fishing accord had been set to expire on March 31 but was extended through June.", "expire"),
]


def test_a_plan_reported_not_called_off_is_still_upcoming() -> None:
    found = upcoming("The summit set for March 15 has not been cancelled, officials said.")
    assert any(date == "2026-03-15" for date, _ in found), found


@pytest.mark.parametrize(("sentence", "key"), CALLED_OFF, ids=[c[1] for c in CALLED_OFF])
def test_an_event_that_will_not_happen_is_not_upcoming(sentence: str, key: str) -> None:
    assert not any(key in event.lower() for _, event in upcoming(sentence)), upcoming(sentence)


def test_a_bare_date_in_a_past_frame_is_not_next_year() -> None:
    found = upcoming("The summit, scheduled for March 8, collapsed on the eve of the meeting.")
    assert not any(date and date.startswith("2027") for date, _ in found), found


def test_a_qualifier_stays_with_its_date() -> None:
    found = upcoming("Valdoria warned of possible renewed strikes before the election in November.")
    assert any(date == "2026-11" and "election" in event for date, event in found), found


# Cases added with the mechanism (qevents).
NOT_TO_COME = [
    ("The vote set for March 18 was cancelled on Monday.", "vote"),
    ("Without the deal, the fishing accord would have expired on March 31.", "expire"),
    ("The border crossing planned for April was scrapped after the clashes.", "crossing"),
]


@pytest.mark.parametrize(("sentence", "key"), NOT_TO_COME, ids=[c[1] for c in NOT_TO_COME])
def test_a_cancelled_or_counterfactual_event_is_not_upcoming(sentence: str, key: str) -> None:
    assert not any(key in event.lower() for _, event in upcoming(sentence)), upcoming(sentence)


def test_a_postponed_event_keeps_its_new_date() -> None:
    found = upcoming("The strike planned for Friday was postponed until March 20.")
    assert [date for date, _ in found] == ["2026-03-20"], found


def test_what_a_date_waits_for_stays_with_it() -> None:
    found = upcoming("Norland said it would keep its troops in place ahead of the vote in November.")
    assert any(date == "2026-11" and "ahead of the vote" in event for date, event in found), found


def test_a_planned_event_still_to_come_stays() -> None:
    found = upcoming("A summit between the two leaders is scheduled for March 15.")
    assert any(date == "2026-03-15" for date, _ in found), found


# --- a weekday without a tense, near ahead; "not until"; "won't be able to ... before" ---------------
# Told on Tuesday 10 March 2026.
NEAR_AHEAD = [
    ("The two unions have summoned their councils for a meeting in the capital Thursday.", "2026-03-12"),
    ("Envoys are trying to persuade the rebels to sign the accord in the capital on Wednesday.", "2026-03-11"),
    ("The list of plants won't be published until Thursday evening, the union said.", "2026-03-12"),
]


@pytest.mark.parametrize(("sentence", "date"), NEAR_AHEAD, ids=[c[1] + "-" + str(i) for i, c in enumerate(NEAR_AHEAD)])
def test_a_weekday_nothing_pulls_back_is_the_coming_one(sentence: str, date: str) -> None:
    assert any(found == date for found, _ in upcoming(sentence)), upcoming(sentence)


def test_what_cannot_happen_before_a_day_is_no_event_that_day() -> None:
    found = upcoming('"We won\'t be able to ratify it before Thursday," the minister told the radio.')
    assert not any(date == "2026-03-12" for date, _ in found), found


# --- a plan moved to another date: the new date is the event, the old one none ------------------------
MOVED = [
    (
        "The ministers' meeting initially set for today has been adjourned to Friday, March 13.",
        "2026-03-13",
        "2026-03-10",
    ),
    ("The regulator has extended the deadline for the sale from March 20 to April 30.", "2026-04-30", "2026-03-20"),
]


@pytest.mark.parametrize(("sentence", "new", "old"), MOVED, ids=[c[1] for c in MOVED])
def test_a_plan_moved_to_a_date_is_upcoming_then_not_before(sentence: str, new: str, old: str) -> None:
    dates = [date for date, _ in upcoming(sentence)]
    assert new in dates and old not in dates, upcoming(sentence)
