"""Challenge suite (issue #25, the events class of the reader's review): a date hangs on the event it
dates, and what is only guessed or already failed is not still to come.

Invented articles, published on Tuesday 10 March 2026 (`ARTICLE_PUBLISHED`); each case failed
before its mechanism landed."""

from __future__ import annotations

from briefing.model import Event
from tests.challenge import brief_of

OPENING = "Norland and Valdoria are at odds over the fishing accord. "
CLOSING = " Valdoria said it wanted a deal. Norland said it wanted a deal too."


def events_of(text: str) -> tuple[list[Event], list[Event]]:
    brief = brief_of(text)
    return brief.upcoming, brief.background


def test_a_month_after_for_dates_the_planned_vote() -> None:
    # "pencilled in for October" is as much a date as "in October": the reading is dated, not undated
    upcoming, _ = events_of(
        OPENING
        + "The final reading of the pension reform has been pencilled in for October by the assembly's clerks."
        + CLOSING
    )
    assert any(ev.date == "2026-10" and "reading" in ev.event.lower() for ev in upcoming), upcoming


def test_a_date_after_the_event_someone_is_invited_to_dates_that_event() -> None:
    # the parse hangs "on April 2" from "asked"; the session is what it dates, and it lies ahead
    upcoming, background = events_of(
        OPENING
        + "The envoy has asked the fishing ministers to a fourth session of negotiations at the lakeside resort"
        + " on April 2."
        + CLOSING
    )
    assert any(ev.date == "2026-04-02" and "session" in ev.event.lower() for ev in upcoming), upcoming
    assert not any(ev.date and ev.date.startswith("2025") for ev in background), background


def test_a_headline_infinitive_announces_an_event_ahead() -> None:
    # "crews to walk out on Friday", told on a Tuesday: the coming Friday, not last week's
    upcoming, background = events_of(
        "Ferry crews to walk out on Friday over pay\n\n"
        "The ferry union and the operator are at odds over pay."
        " Its shop stewards accuse the company of seeking a pay freeze."
        " The operator said it wanted a deal."
    )
    assert any(ev.date == "2026-03-13" for ev in upcoming), upcoming
    assert not any(ev.date == "2026-03-06" for ev in background), background


def test_a_doubted_event_is_not_upcoming() -> None:
    upcoming, _ = events_of(
        OPENING
        + "An economist at a think tank voiced doubt that the two fleets would agree a truce by the end of the year."
        + CLOSING
    )
    assert not any("truce" in ev.event.lower() for ev in upcoming), upcoming


def test_a_guess_is_not_upcoming() -> None:
    upcoming, _ = events_of(OPENING + '"My guess is that the quota talks open in April," one analyst said.' + CLOSING)
    assert not any(ev.date == "2026-04" for ev in upcoming), upcoming


def test_a_prediction_is_not_upcoming() -> None:
    upcoming, _ = events_of(OPENING + "One analyst predicted that the fleets would sign a quota deal in May." + CLOSING)
    assert not any(ev.date == "2026-05" or "deal" in ev.event.lower() for ev in upcoming), upcoming


def test_an_event_told_as_failed_is_not_upcoming() -> None:
    upcoming, _ = events_of(
        OPENING
        + "The two capitals had aimed to use the quota summit for a deal, but it failed when one delegation"
        + " walked out."
        + CLOSING
    )
    assert not any("summit" in ev.event.lower() for ev in upcoming), upcoming
