"""Challenge suite (issue #25, class 6): an event pushed back is not upcoming on its old date.

"Pushed back" and "put back" postpone a plan as "called off" cancels it; the parser often gives
their particle as an adverb, so the phrase counts when the verb moves a thing ("was pushed back",
"pushed the vote back"), not in "pushed back against the plan", which opposes it. The date an event
was moved to stays. Invented articles; the "postponed" cases failed before (the old date was shown as
upcoming), the guards keep the mechanism from over-firing."""

from __future__ import annotations

import pytest

from tests.challenge import brief_in_a_dispute


def upcoming_dates(sentence: str) -> list[str | None]:
    return [ev.date for ev in brief_in_a_dispute(sentence).upcoming]


POSTPONED = [
    ("A hearing planned for late June was pushed back at Norland's request.", "2026-06"),
    ("Valdoria pushed the June 20 vote back by a week.", "2026-06-20"),
    ("The June 20 vote was put back after the storm.", "2026-06-20"),
]


@pytest.mark.parametrize(("sentence", "date"), POSTPONED, ids=[c[0].split()[1] for c in POSTPONED])
def test_a_date_pushed_back_from_is_not_upcoming(sentence: str, date: str) -> None:
    assert date not in upcoming_dates(sentence)


def test_the_date_it_was_pushed_back_to_stays() -> None:
    assert "2026-07-03" in upcoming_dates("The hearing, set for June 20, was pushed back to July 3.")


def test_pushing_back_against_a_plan_does_not_call_it_off() -> None:
    assert "2026-06-20" in upcoming_dates("Norland pushed back against the plan to hold the vote on June 20.")
