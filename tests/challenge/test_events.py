"""Challenge suite: upcoming events and their dates, read from tense, modality and the event noun.

Every case is an invented sentence with its publication date (a Tuesday, 10 March 2026, unless a
case says otherwise) and what the brief's upcoming list must hold."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.analysis.feasts import islamic_to_gregorian, orthodox_easter, resolve_feast, western_easter
from briefing.model import Article

PUB = dt.date(2026, 3, 10)


def upcoming(text: str, published: dt.date = PUB) -> list[tuple[str | None, str]]:
    brief = analyse(Article(text=text, published=published))
    return [(e.date, e.event) for e in brief.upcoming]


# --- undated events still to come: the clause looks ahead ---------------------------------------
UNDATED = [
    ("A fourth session is planned.", "Fourth session"),
    ("The envoys agreed to resume talks.", "talks"),
    ("The guild and the airline agreed to draft a text and then continue negotiations.", "negotiations"),
    ("Talks will resume.", "Talks will resume"),  # the verb as told, with its auxiliary
    ("The next round of talks will take place in Port Arlen.", "Next round of talks"),
    ("The two sides are due to hold a hearing.", "hearing"),
    ("Norland is to host a summit.", "summit"),
    ("The regulator plans to hold a hearing on the merger.", "hearing on the merger"),
    ("Norland rejected the peace talks set to open in Lisbon.", "peace talks"),
    ("The envoys agreed to postpone all votes and resume talks.", "talks"),
    ("The union has promised a vote on the offer.", None),  # a promise in the perfect names no clause ahead
]


@pytest.mark.parametrize(("sentence", "words"), UNDATED, ids=[c[0][:40] for c in UNDATED])
def test_undated_event_ahead(sentence: str, words: str | None) -> None:
    found = upcoming(sentence)
    if words is None:
        assert found == []
        return
    assert found, "an event still to come"
    assert found[0][0] is None
    assert words.lower() in found[0][1].lower()


# --- nothing to expect: past, cancelled, denied, questions, the copula -----------------------------
NOTHING = [
    "The summit was cancelled.",
    "The vote has been postponed.",
    "The hearing will not take place.",
    "The strike was called off.",
    "The envoys met for talks in Geneva.",
    "Will schools stay open during the strike?",
    "This would be the first walkout in a decade.",
    "The previous round of talks ended without a deal.",
    "Norland has not agreed to resume talks.",
    "The talks were to resume, but Valdoria walked out.",
    "Norland will keep its ports closed, even if it means there will be no treaty soon.",
    "We hope we can sign soon, the miller said.",
]


@pytest.mark.parametrize("sentence", NOTHING, ids=[c[:40] for c in NOTHING])
def test_nothing_to_expect(sentence: str) -> None:
    assert upcoming(sentence) == []


# --- dated events resolved against the publication date ------------------------------------------
DATED = [
    ("The talks will resume on Friday.", "2026-03-13"),
    ("The union will strike next Monday.", "2026-03-16"),
    ("Mediators will meet both sides later this month.", "2026-03"),
    ("The regulator will rule within ten days.", "2026-03"),
    ("A vote is scheduled for 2 April.", "2026-04-02"),
    ("The board will decide by the end of the year.", "2026-12"),
    ("Envoys will meet again in May.", "2026-05"),
    ("The strike will begin on April 1 and end on April 3.", "2026-04-01"),
    ("The envoys will meet in the coming weeks.", "2026-03"),
    ("The ceasefire is to take effect on the 20th.", "2026-03-20"),
    ("The company hopes the talks will resume soon.", "2026-03"),
    ("We hope the talks will resume soon.", "2026-03"),
]


@pytest.mark.parametrize(("sentence", "date"), DATED, ids=[c[0][:40] for c in DATED])
def test_dated_event(sentence: str, date: str) -> None:
    assert date in [d for d, _ in upcoming(sentence)]


PAST_DATES = [
    "The talks collapsed on Monday.",
    "The envoys met in January.",
    "Earlier this year the union held a strike.",
    "The strike ended on 2 March.",
    "The mill halted deliveries at the end of the year.",
]


@pytest.mark.parametrize("sentence", PAST_DATES, ids=[c[:40] for c in PAST_DATES])
def test_past_dates_are_not_upcoming(sentence: str) -> None:
    assert upcoming(sentence) == []


# --- feasts, computed for any year --------------------------------------------------------------
FEASTS = [
    ("Valdoria wants a truce in place before Easter.", "2026-04-05"),
    ("The guild will strike at Christmas.", "2026-12-25"),
    ("Norland says a deal must be reached by the start of Ramadan.", "2027-02"),
    ("The two sides hope to sign the accord before Orthodox Easter.", "2026-04-12"),
]


@pytest.mark.parametrize(("sentence", "date"), FEASTS, ids=[c[0][:40] for c in FEASTS])
def test_feasts_resolve(sentence: str, date: str) -> None:
    assert date in [d for d, _ in upcoming(sentence)]


@pytest.mark.parametrize(
    ("year", "western", "orthodox"),
    [
        (2024, "2024-03-31", "2024-05-05"),
        (2025, "2025-04-20", "2025-04-20"),
        (2027, "2027-03-28", "2027-05-02"),
        (2038, "2038-04-25", "2038-04-25"),
        (2100, "2100-03-28", "2100-05-02"),
    ],
)
def test_computus(year: int, western: str, orthodox: str) -> None:
    assert western_easter(year).isoformat() == western
    assert orthodox_easter(year).isoformat() == orthodox


def test_tabular_islamic_calendar_is_within_two_days_of_the_observed_one() -> None:
    # 1 Ramadan 1445 was observed on 11 March 2024 and 1 Shawwal 1446 on 30 March 2025.
    assert abs((islamic_to_gregorian(1445, 9, 1) - dt.date(2024, 3, 11)).days) <= 2
    assert abs((islamic_to_gregorian(1446, 10, 1) - dt.date(2025, 3, 30)).days) <= 2


def test_a_past_clause_takes_the_last_feast() -> None:
    found = resolve_feast("easter", dt.date(2026, 6, 1), "past")
    assert found is not None and found.date == dt.date(2026, 4, 5)


# --- a date on an event noun dates the event, whatever the verb's tense ------------------------------
def test_a_date_on_an_event_noun_is_that_events_date() -> None:
    found = upcoming("The mediation service has invited both sides to a session on 21 March.")
    assert "2026-03-21" in [d for d, _ in found]


def test_when_a_party_spoke_is_no_event() -> None:
    brief = analyse(Article(text="The union said on Monday that the strike would go ahead.", published=PUB))
    assert not any("said" in e.event.lower() for e in brief.background)


# --- a deadline inside a condition still stands ------------------------------------------------------
DEADLINES_IN_CONDITIONS = [
    ("If the board does not improve its offer by Friday, the union will strike.", "2026-03-13"),
    ("Should the envoys not agree by Friday, the union will strike.", "2026-03-13"),
    (
        "Speaking at the rally yesterday, Lind warned should the committee charged with the wage talks fail "
        "to make progress by tomorrow, the guild will stop work.",
        "2026-03-11",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "date"), DEADLINES_IN_CONDITIONS, ids=["if not", "should not", "should, long and misparsed"]
)
def test_a_negated_deadline_inside_a_condition_is_still_a_deadline(sentence: str, date: str) -> None:
    assert date in [d for d, _ in upcoming(sentence)]


# --- an event line reads on its own: no leading pronoun ------------------------------------------------
def test_a_pronoun_opening_an_event_becomes_the_name_it_stands_for() -> None:
    brief = analyse(
        Article(
            text="The opposition disputed the authority of Jonas Lind, claiming that his term ran out in May.",
            published=dt.date(2026, 7, 10),
        )
    )
    assert [e.event for e in brief.background] == ["Jonas Lind's term ran out"]


def test_two_clauses_with_two_dates_are_two_events() -> None:
    found = upcoming(
        "The dockers will be free to strike on Friday, after giving notice that could come as early as Thursday."
    )
    assert [date for date, _event in found] == ["2026-03-12", "2026-03-13"], found


def test_the_same_moment_twice_in_one_clause_is_one_event() -> None:
    found = upcoming("The envoys will meet on Friday, March 13, in Port Arlen.")
    assert [date for date, _event in found] == ["2026-03-13"], found


def test_with_be_the_phrase_after_it_says_what_happens() -> None:
    found = upcoming("The dockers will be in a legal strike position on Friday.")
    assert found and found[0][1] == "The dockers will be in a legal strike position", found
