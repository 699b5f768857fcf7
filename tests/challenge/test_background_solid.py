"""Challenge suite (issue #25, background lines): a background line tells one whole past event on its
own date, or is left out. Denied events, lines that point back ("that levy"), a clause in the present
or under a modal, and a passive cut before its agent are dropped; a solid past
event with its subject and object stays.

Invented articles, published on Tuesday 10 March 2026 (`ARTICLE_PUBLISHED`); each case failed before
its mechanism landed, and each checks a solid line that must stay beside the one it drops."""

from __future__ import annotations

import pytest

from briefing.model import Event
from tests.challenge import brief_of

OPENING = "Norland and Valdoria are at odds over the ferry levy. "
CLOSING = " Valdoria said it wanted a settlement. Norland said it wanted a settlement too."
# A solid past event every case keeps: a gate that over-fires would drop it.
SOLID = " The harbour regulator fined Valdoria's ferry operator two million crowns on March 2."


def background_of(sentence: str) -> list[Event]:
    background = brief_of(OPENING + sentence + SOLID + CLOSING).background
    assert any(ev.date == "2026-03-02" and "fined" in ev.event for ev in background), background
    return background


def test_a_denied_event_is_no_background() -> None:
    for sentence in (
        "A guild spokesman said the crews have not heard from the harbour ministry since Friday.",
        "The guild has had no word from the harbour ministry since Friday.",
    ):
        background = background_of(sentence)
        assert not any(ev.date == "2026-03-06" for ev in background), background


def test_a_line_that_points_back_is_left_out() -> None:
    background = background_of("That levy was approved by a narrow vote on March 3.")
    assert not any(ev.date == "2026-03-03" for ev in background), background


def test_a_passive_cut_before_its_agent_is_left_out() -> None:
    background = background_of("On Monday, the premier was joined by the harbour commissioner and two mayors.")
    dated = [ev for ev in background if ev.date == "2026-03-09"]
    assert all("commissioner" in ev.event for ev in dated), background


def test_a_clause_still_to_come_is_no_background() -> None:
    # the crews walk off next Monday: a weekday counted back for it makes a past event of a threat
    background = background_of("Sailings would be cut from Sunday and would end once the crews walk off on Monday.")
    assert not any("walk" in ev.event for ev in background), background


def test_a_supposed_effect_is_no_background() -> None:
    background = background_of(
        "The regulator found in February that the 2025 merger of the two ferry lines would hurt rival crews."
    )
    assert not any("would" in ev.event for ev in background), background


REFERENCE_YEARS = [
    "The river fell to its lowest level since 2009.",
    "Ferry traffic through the strait fell below its 2019 level last year.",
]


@pytest.mark.parametrize("sentence", REFERENCE_YEARS, ids=["since-a-superlative", "a-year-on-a-noun"])
def test_a_year_of_reference_is_no_event(sentence: str) -> None:
    # the year measures the fall; it is not the day anything in the clause happened
    background = background_of(sentence)
    assert not any(ev.date in ("2009", "2019") for ev in background), background
