"""Challenge suite (issue #25, wrong timing in dated lines): the date of what someone is asked, granted
or set to do lies after the asking, not a week before the report; a weekday that names its calendar
date ("Friday morning, March 13") is that date; "as soon as" ties an event to another one and names
no time; a statement already made is no event to come, whatever it is expected to bring.

Invented articles, published on Tuesday 10 March 2026 (`ARTICLE_PUBLISHED`); each case failed before
its mechanism landed, and each absence is checked beside a firm dated line that must stay."""

from __future__ import annotations

from briefing.model import Event
from tests.challenge import brief_of

OPENING = "Norland and Valdoria are at odds over the ferry levy. "
CLOSING = " Valdoria said it wanted a settlement. Norland said it wanted a settlement too."
# A firm event ahead that every case keeps: a guard that over-fires would drop it.
FIRM = " The ferry guild will strike on Monday."


def events_of(sentence: str) -> tuple[list[Event], list[Event]]:
    brief = brief_of(OPENING + sentence + FIRM + CLOSING)
    assert any(ev.date == "2026-03-16" and "strike" in ev.event for ev in brief.upcoming), brief.upcoming
    return brief.upcoming, brief.background


def test_what_someone_is_urged_to_do_lies_after_the_urging() -> None:
    upcoming, background = events_of(
        "The mayor urged the ferry crews to end their stoppage Wednesday and promised an inquiry."
    )
    assert any(ev.date == "2026-03-11" for ev in upcoming), upcoming
    assert not any(ev.date == "2026-03-04" for ev in background), background


def test_the_end_of_a_granted_term_lies_after_the_grant() -> None:
    upcoming, background = events_of("Fleet ministers gave the province until Thursday to sign the levy accord.")
    assert any(ev.date == "2026-03-12" for ev in upcoming), upcoming
    assert not any(ev.date == "2026-03-05" for ev in background), background


def test_a_hedged_date_set_for_a_deadline_is_ahead() -> None:
    upcoming, background = events_of("The premier chose a date of around April 20, when the permits would lapse.")
    assert any(ev.date == "2026-04-20" for ev in upcoming), upcoming
    assert not any((ev.date or "").startswith("2025") for ev in background), background


def test_a_deadline_set_in_the_present_falls_on_its_day() -> None:
    upcoming, background = events_of("The owners' final deadline is now set on Thursday, officials said.")
    assert any(ev.date == "2026-03-12" for ev in upcoming), upcoming
    assert not any(ev.date == "2026-03-05" for ev in background), background


def test_a_weekday_with_a_part_of_the_day_and_its_date_is_one_date() -> None:
    upcoming, background = events_of(
        "The owners said they hoped to avert a stoppage, which the guild has called for starting on "
        "Friday morning, March 13."
    )
    assert any(ev.date == "2026-03-13" for ev in upcoming), upcoming
    assert not any(ev.date in ("2026-03-06", "2025-03-13") for ev in background), background


def test_as_soon_as_another_event_names_no_time() -> None:
    upcoming, _ = events_of(
        "The opposition leader said his deputies would return to the chamber as soon as both jailed "
        "organisers are freed."
    )
    chamber = [ev for ev in upcoming if "chamber" in ev.event]
    assert chamber and all(ev.date is None and "soon" not in ev.when for ev in chamber), upcoming


def test_a_statement_made_today_is_no_event_to_come() -> None:
    upcoming, _ = events_of("The guild's announcement on Tuesday is set to halt the island ferries.")
    assert not any("announcement" in ev.event.lower() for ev in upcoming), upcoming


def test_a_firm_plan_told_the_same_way_stays() -> None:
    # the positive control of the statement case: an event noun set to come keeps its line
    upcoming, _ = events_of("A second round of levy talks is planned in the capital.")
    assert any("round" in ev.event.lower() or "talks" in ev.event.lower() for ev in upcoming), upcoming


def test_a_deadline_inside_a_condition_keeps_its_if() -> None:
    # "called off only if the owners sign by Thursday" is no signing on Thursday: the row is the condition
    for sentence in (
        "The guild said the stoppage would be called off only if the owners sign by Thursday.",
        "The levy accord lapses if no payment is made by Thursday.",
    ):
        upcoming, _ = events_of(sentence)
        dated = [ev for ev in upcoming if ev.date == "2026-03-12"]
        assert dated and all(ev.event.startswith("If ") for ev in dated), upcoming
