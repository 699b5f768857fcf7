"""Challenge suite (issue #25, dates no one has set): a commentator's forecast, an amount only supposed
to change, a side's readiness, an event denied by its subject ("neither capital can ...") and a clause
someone declined to confirm name no upcoming event; the same event told firmly by a side stays.

Invented articles, published on Tuesday 10 March 2026 (`ARTICLE_PUBLISHED`); each case failed before
its mechanism landed, and each absence is checked beside a firm dated line that must stay."""

from __future__ import annotations

import pytest

from briefing.model import Event
from tests.challenge import brief_of

OPENING = "Norland and Valdoria are at odds over the ferry levy. "
CLOSING = " Valdoria said it wanted a settlement. Norland said it wanted a settlement too."
FIRM = " The ferry guild will strike on Monday."


def upcoming_of(sentence: str) -> list[Event]:
    upcoming = brief_of(OPENING + sentence + FIRM + CLOSING).upcoming
    assert any(ev.date == "2026-03-16" and "strike" in ev.event for ev in upcoming), upcoming
    return upcoming


UNSET = [
    ("Analysts expect the island stoppage to go ahead on Thursday.", "2026-03-12"),
    ("Fares on the island routes could rise by June, one economist warned.", "2026-06"),
    ("Neither capital can back down before June, a diplomat said.", "2026-06"),
    ("The guild is ready to meet the shipowners tomorrow.", "2026-03-11"),
    ("The ministry declined to confirm that the levy would be reviewed in April.", "2026-04"),
    ("Household ferry bills would rise within three years under the levy.", "2029"),
]


@pytest.mark.parametrize(
    ("sentence", "date"), UNSET, ids=["forecast", "economist", "neither", "ready", "unconfirmed", "supposed-rise"]
)
def test_a_date_no_one_has_set_names_no_event(sentence: str, date: str) -> None:
    upcoming = upcoming_of(sentence)
    assert not any(ev.date == date for ev in upcoming), upcoming


FIRM_CONTROLS = [
    ("The guild said the island stoppage would go ahead on Thursday.", "2026-03-12"),
    ("The shipowners are now getting ready to apply the new pay scale from April 1.", "2026-04-01"),
    ("Crew health premiums will rise next year, the insurer said.", "2027"),
]


@pytest.mark.parametrize(("sentence", "date"), FIRM_CONTROLS, ids=["said-by-a-side", "getting-ready", "set-rise"])
def test_the_same_event_told_firmly_stays(sentence: str, date: str) -> None:
    assert any(ev.date == date for ev in upcoming_of(sentence))
