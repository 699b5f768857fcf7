"""Challenge suite (issue #25, class 6): an upcoming line is a real event still to come.

A year to picture ("the harbour of 2040") or a promise's term ("no closures until 2031") is no
event; nor is a span counted from an event the text does not date ("within thirty days of its
signature"), a rule for any case of a kind, or "as soon as possible". A possibility under a
condition is told with its condition, or left out. A modal inside a relative clause does not put
its main clause ahead. Invented articles, told on Tuesday 10 March 2026; each case failed before
`briefing/analysis/rules/event_reality.py` and the clause-bound window of `dates/tense.py`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)
LEAD = "Talks between the Orvane dock guild and Baltra Terminals stalled this month. "
TAIL = " The guild said it wanted a fair offer. Baltra said it wanted the guild back at work."


def upcoming(sentence: str) -> list[tuple[str | None, str]]:
    brief = analyse(Article(text=LEAD + sentence + TAIL, published=PUB))
    return [(ev.date, ev.event) for ev in brief.upcoming]


NOT_AN_EVENT = [
    ('"Nobody can promise that the harbour of 2040 will feel like the harbour we grew up in," Baltra said.', "2040"),
    ("The guild is asking for a raise of 6% and a signed promise of no site closures until 2031.", "2031"),
    ("Baltra said crane crews would be retrained within nine weeks of a final accord.", "2026-05"),
    ("Under the guild's rules, a branch that rejects an accord must hold a second ballot within ten days.", "2026-03"),
]


@pytest.mark.parametrize(("sentence", "date"), NOT_AN_EVENT, ids=["vision", "term", "counted", "rule"])
def test_a_date_that_names_no_event_is_not_upcoming(sentence: str, date: str) -> None:
    assert not any(found == date for found, _ in upcoming(sentence)), upcoming(sentence)


STILL_EVENTS = [
    ("Baltra plans to shut the last coal-fired crane by 2031.", "2031"),
    ("The guild's present contract will run until 2029.", "2029"),
    ("Baltra has bond repayments of 40 million euros due in 2028.", "2028"),
    ("The guild will put the offer to a ballot within nine weeks.", "2026-05"),
    ("A ballot of the guild's members is scheduled for Thursday.", "2026-03-12"),
]


@pytest.mark.parametrize(("sentence", "date"), STILL_EVENTS, ids=["target-verb", "expiry", "due", "span", "scheduled"])
def test_a_real_event_ahead_stays(sentence: str, date: str) -> None:
    assert any(found == date for found, _ in upcoming(sentence)), upcoming(sentence)


# A firm event put after each sentence whose test only checks that something is absent: it must
# still be found, so that an empty upcoming list cannot pass those tests.
FIRM = " A ballot of the guild's members is scheduled for Thursday."
FIRM_DATE = "2026-03-12"


def test_a_possibility_opening_on_its_condition_is_left_out() -> None:
    found = upcoming("If the mediation breaks down, a strike ballot could follow in May." + FIRM)
    assert not any(date == "2026-05" for date, _ in found), found
    assert any(date == FIRM_DATE for date, _ in found), found


def test_a_possibility_is_told_with_its_condition() -> None:
    found = upcoming("The guild's council can meet the owners on Friday if Baltra withdraws the lockout notice.")
    dated = [event for date, event in found if date == "2026-03-13"]
    assert dated and all(" if " in event for event in dated), found


def test_a_modal_in_a_relative_clause_leaves_a_past_visit_past() -> None:
    sentence = (
        "The harbour master, whose office may be asked to step in unless a deal can be struck, "
        "toured both terminals on Monday."
    )
    found = upcoming(sentence + FIRM)
    assert not any("toured" in event.lower() or date == "2026-03-16" for date, event in found), found
    assert any(date == FIRM_DATE for date, _ in found), found


def test_a_bare_present_joined_to_a_past_is_told_in_the_past() -> None:
    found = upcoming("On Monday, the two envoys travel to Port Arlen and opened a round of shuttle talks." + FIRM)
    assert not any(date == "2026-03-16" for date, _ in found), found
    assert any(date == FIRM_DATE for date, _ in found), found


def test_a_present_joined_to_a_future_still_looks_ahead() -> None:
    found = upcoming("On Monday, the two envoys travel to Port Arlen and will open a round of shuttle talks.")
    assert any(date == "2026-03-16" for date, _ in found), found


def test_an_event_under_way_is_not_still_to_come() -> None:
    found = upcoming("Mediators intend to break up the ongoing rally outside the terminal gates." + FIRM)
    assert not any("rally" in event.lower() for _, event in found), found
    assert any(date == FIRM_DATE for date, _ in found), found


def test_the_word_that_ties_an_event_to_its_date_stays_with_the_date() -> None:
    brief = analyse(Article(text=LEAD + "The mediation round is scheduled to run until Friday." + TAIL, published=PUB))
    assert [ev.when for ev in brief.upcoming if ev.date == "2026-03-13"] == ["until Friday"], brief.upcoming


def test_a_threat_keeps_its_particle_and_its_condition() -> None:
    found = upcoming(
        "Crane drivers at the northern berths will walk out on March 23 unless the owners raise their offer."
    )
    dated = [event for date, event in found if date == "2026-03-23"]
    assert dated and all("walk out" in event and "unless the owners" in event for event in dated), found


def test_as_soon_as_possible_leaves_the_event_without_a_date() -> None:
    found = upcoming("The guild will put the revised offer to its members as soon as possible.")
    assert found and all(date is None for date, _ in found), found
