"""Challenge suite (issue #25, class 6, qevents): the frame a date sits in decides whether it is
still to come.

A date resolves against the clause that really governs it, not the one a parse hangs it from; a
stretch of time back ("the third time in eight months") or a day that names what happened ("the
June 4 shootings") is no event ahead; a deadline or a ceremony a side will not accept or attend
still stands; what a side wants done on a day is ahead. Invented sentences; each case failed before
its mechanism landed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)  # a Tuesday
LEAD = "Norland and Valdoria held talks on Monday. "
TAIL = " Valdoria said it wanted a deal. Norland said it wanted a deal too."


def upcoming(text: str) -> list[tuple[str | None, str]]:
    brief = analyse(Article(text=text, published=PUB))
    return [(ev.date, ev.event) for ev in brief.upcoming]


def upcoming_in(sentence: str) -> list[tuple[str | None, str]]:
    return upcoming(LEAD + sentence + TAIL)


NOT_AHEAD = [
    # a bare weekday after a verb told in the simple past dates the act, not a plan it sets
    (
        "The Kestrel pilots' guild moved nearer to a strike Tuesday, advising crews that a ballot will follow.",
        "act-dated",
    ),
    # the date opens the sentence, so it cannot belong to the clause "before" opens after it
    (
        "On Friday, a few days before NATO envoys debate the quarrel, the Valdoria Queen returned to harbour.",
        "subordinator-after",
    ),
    # "in eight months" under a ranked noun measures a stretch back to now
    ("This is the fourth stoppage in eight months that Kestrel drivers have staged.", "ranked-stretch"),
    # a day before a plural noun names what happened that day
    ("Valdoria gave Norland a week to open an inquiry into the June 4 shootings.", "day-names-a-thing"),
]


@pytest.mark.parametrize(("sentence", "key"), NOT_AHEAD, ids=[c[1] for c in NOT_AHEAD])
def test_a_date_that_is_not_ahead_makes_no_upcoming_event(sentence: str, key: str) -> None:
    assert upcoming_in(sentence) == [], key


def test_later_than_an_undated_moment_dates_nothing() -> None:
    text = (
        "The premier refused to meet the movement's leaders. Barely three weeks later, the premier"
        " signed a decree banning the movement. Norland said it wanted a deal."
    )
    assert upcoming(text) == []


def test_a_deadline_stands_whatever_a_side_refuses() -> None:
    found = upcoming_in(
        "Valdoria will not ratify the fishing accord ahead of the Friday deadline the bloc imposed, its premier said."
    )
    assert [(date, "deadline" in event.lower()) for date, event in found] == [("2026-03-13", True)], found


def test_a_ceremony_a_side_will_not_attend_still_takes_place() -> None:
    found = upcoming_in(
        "Norland's envoy will not attend the treaty ceremony in the capital on Friday, which heads of state are to"
        " attend."
    )
    assert [(date, "ceremony" in event.lower()) for date, event in found] == [("2026-03-13", True)], found


def test_an_event_a_side_will_not_hold_is_not_upcoming() -> None:
    assert upcoming_in("Norland said it would not hold talks on Friday.") == []


def test_what_a_side_wants_done_on_a_day_is_ahead_and_says_who_wants_it() -> None:
    found = upcoming_in(
        "Valdoria wants the bloc's ministers to endorse the draft in a joint communique on Monday, officials said."
    )
    assert [date for date, _ in found] == ["2026-03-16"], found
    assert found[0][1].startswith("Valdoria wants"), found


def test_what_a_side_wanted_may_be_done() -> None:
    assert upcoming_in("Valdoria wanted the ministers to endorse the draft on Monday.") == []


def test_a_date_inside_an_if_clause_is_a_supposition() -> None:
    assert upcoming_in("If the council decides to vote on Thursday, Norland will abstain.") == []


def test_a_deadline_inside_an_if_clause_stands() -> None:
    found = upcoming_in("If no deal is reached by Friday, the dockers will strike.")
    assert [date for date, _ in found] == ["2026-03-13"], found


OVERTAKEN = [
    (
        "Kestrel's wage deal, which was originally due to run out on Friday, was stretched by another month.",
        "first-plan",
    ),
    ("The premier said he was scrapping the new levies that were due to take effect from Sunday.", "scrapped-noun"),
    ("The storm disrupted the planned negotiations.", "disrupted"),
]


@pytest.mark.parametrize(("sentence", "key"), OVERTAKEN, ids=[c[1] for c in OVERTAKEN])
def test_a_plan_overtaken_scrapped_or_disrupted_is_not_upcoming(sentence: str, key: str) -> None:
    assert upcoming_in(sentence) == [], key


UNDATED_AHEAD = [
    # "would" in reported speech is the future of the report
    ("The envoy said the two capitals would continue talks on the fishing quotas.", "talks"),
    # "proceed with" heads for the event as "go to" does
    ("The Harborline porters will proceed with a walkout vote across the region.", "vote"),
]


@pytest.mark.parametrize(("sentence", "key"), UNDATED_AHEAD, ids=[c[1] for c in UNDATED_AHEAD])
def test_an_event_a_side_says_it_will_hold_is_upcoming_without_a_date(sentence: str, key: str) -> None:
    found = upcoming_in(sentence)
    assert [(date, key in event.lower()) for date, event in found] == [(None, True)], found


NOT_AN_EVENT_AHEAD = [
    ("Norland and Valdoria said they would derail the summit unless the text changed.", "threat"),
    ("Kestrel's porters insisted the strike at the depots would continue through the winter.", "goes-on"),
]


@pytest.mark.parametrize(("sentence", "key"), NOT_AN_EVENT_AHEAD, ids=[c[1] for c in NOT_AN_EVENT_AHEAD])
def test_a_reported_would_that_holds_no_event_adds_none(sentence: str, key: str) -> None:
    assert upcoming_in(sentence) == [], key


TERMS = [
    ("Norland handed the Kestrel council a ten-day ultimatum to reopen the pass.", "2026-03-20", "ten-day ultimatum"),
    ("Norland will give Valdoria a 90-day window to lift the duties.", "2026-06-08", "90-day window"),
]


@pytest.mark.parametrize(("sentence", "date", "term"), TERMS, ids=[c[2] for c in TERMS])
def test_a_term_counted_from_now_ends_ahead(sentence: str, date: str, term: str) -> None:
    found = upcoming_in(sentence)
    assert [(d, term in event) for d, event in found] == [(date, True)], found


TERMS_NOT_RUNNING = [
    ("Norland withdrew its ten-day ultimatum.", "withdrawn"),
    ("If the talks fail, Norland will seek a 60-day extension.", "supposed"),
    ("In 2019 Norland handed the Kestrel council a ten-day ultimatum to reopen the pass.", "dated-past"),
    ("Norland had handed the Kestrel council a ten-day ultimatum before the flood.", "past-perfect"),
]


@pytest.mark.parametrize(("sentence", "key"), TERMS_NOT_RUNNING, ids=[c[1] for c in TERMS_NOT_RUNNING])
def test_a_term_ended_supposed_or_past_is_not_upcoming(sentence: str, key: str) -> None:
    assert upcoming_in(sentence) == [], key


def test_a_deadline_on_those_who_have_not_acted_stands() -> None:
    found = upcoming_in("The guild plans walkouts at any studio that has not signed a contract by 6 p.m. on Thursday.")
    assert found == [("2026-03-12", "Deadline for any studio that has not signed a contract")], found


# The line reads as a whole phrase: the short phrase that completes the verb stays; a relative
# pronoun gives way to the noun it stands for.
WORDED = [
    (
        "Norland said the new levies will come into force next week.",
        "The new levies will come into force",
    ),
    (
        "The accord creates an interim council before the early poll which shall take place on May 9.",
        "Early poll shall take place",
    ),
]


@pytest.mark.parametrize(("sentence", "line"), WORDED, ids=["bound-phrase", "relative-pronoun"])
def test_an_event_line_reads_as_a_whole_phrase(sentence: str, line: str) -> None:
    assert [event for _, event in upcoming_in(sentence)] == [line]


def test_an_explicit_date_with_its_year_ahead_is_upcoming_whatever_the_tense() -> None:
    found = upcoming_in("The pact provided for the caretaker cabinet to be sworn in on 2 February 2027.")
    assert [date for date, _ in found] == ["2027-02-02"], found


def test_a_passive_infinitive_on_a_noun_looks_ahead_and_names_the_noun() -> None:
    found = upcoming_in("The parties signed a pact on fresh polls to be staged on May 3.")
    assert found == [("2026-05-03", "Fresh polls to be staged")], found


def test_a_participle_after_the_event_called_for_dates_the_event() -> None:
    found = upcoming_in(
        "The pilots' guild called for a strike covering ferries and tugboats for 36 hours, starting at 5 am "
        "on Thursday."
    )
    assert found == [("2026-03-12", "A strike covering ferries and tugboats for 36 hours")], found


def test_a_participle_after_a_meeting_held_dates_nothing_ahead() -> None:
    assert upcoming_in("The dockers' union met the port authority, starting at 6 am on Thursday.") == []
