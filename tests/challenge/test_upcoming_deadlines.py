"""Challenge suite (issue #25, class 6): a deadline inside an "if" clause stands, clock time or not.

"If no deal is reached by Friday, the crews will strike" keeps Friday as a deadline while a date
inside a supposition ("if the guild strikes before Saturday") is no event to expect. The deadline
word may sit before a clock time ("by 6 p.m. on Friday"); the review of the change found that form
dropped. Invented articles; the clock-time case failed before."""

from __future__ import annotations

from tests.challenge import brief_in_a_dispute


def upcoming_dates(sentence: str) -> list[str | None]:
    return [ev.date for ev in brief_in_a_dispute(sentence).upcoming]


def test_a_clock_time_deadline_inside_an_if_clause_stands() -> None:
    dates = upcoming_dates("The crews said that if no deal is reached by 6 p.m. on Friday, they will strike.")
    assert "2026-06-12" in dates


def test_a_date_inside_a_supposition_is_still_no_event() -> None:
    dates = upcoming_dates("If the guild strikes before Saturday, the board will sue it.")
    assert "2026-06-13" not in dates
