"""Challenge suite (issue #25, class 4): allegations keep their attribution.

What a side alleges, claims or accuses the other of is its claim, not a fact of the story: the
background and the roles built from it say who says so. Invented articles; each case fails until
its mechanism lands (xfail, strict)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)
LEAD = "Norland and Valdoria resumed talks on Monday. "
TAIL = " Valdoria said it wanted a deal. Norland said it wanted a deal too."


def background(sentence: str) -> list[str]:
    brief = analyse(Article(text=LEAD + sentence + TAIL, published=PUB))
    return [ev.event for ev in brief.background + brief.upcoming]


CLAIMS = [
    ("Norland claimed that Valdoria's president had lost his mandate in January.", "mandate"),
    ("Norland alleged that Valdorian troops had shelled the port of Ostel in February.", "shelled"),
]


@pytest.mark.parametrize(("sentence", "words"), CLAIMS, ids=[c[1] for c in CLAIMS])
def test_a_claim_in_the_background_says_who_claims_it(sentence: str, words: str) -> None:
    events = [e for e in background(sentence) if words in e]
    assert events, background(sentence)
    assert all("Norland" in e for e in events), events


def test_an_alleged_plan_is_not_an_upcoming_event() -> None:
    brief = analyse(
        Article(
            text=LEAD + "Norland's army spokesman alleged the planned raids would free the jailed governor." + TAIL,
            published=PUB,
        )
    )
    assert not any("planned raids" in ev.event.lower() for ev in brief.upcoming), brief.upcoming


# Cases added with the mechanism (qevents): the other verbs and nouns of alleging, and scare quotes.
MORE_CLAIMS = [
    ("Norland accused Valdoria of shelling the port of Ostel in February.", "shelling", "Norland accuses Valdoria"),
    ("Norland insinuated that Valdoria had rigged the February vote.", "rigged", "According to Norland"),
    ("Norland's foreign minister claimed in a letter that Valdoria had moved tanks in January.", "tanks", "Norland"),
]


@pytest.mark.parametrize(("sentence", "words", "who"), MORE_CLAIMS, ids=[c[1] for c in MORE_CLAIMS])
def test_an_accusation_says_who_accuses(sentence: str, words: str, who: str) -> None:
    events = [e for e in background(sentence) if words in e]
    assert events and all(who in e for e in events), background(sentence)


def test_a_plain_past_event_is_not_attributed() -> None:
    events = background("Valdorian troops shelled the port of Ostel in February.")
    assert any(e.startswith("Valdorian troops shelled") for e in events), events


def test_scare_quotes_stay_in_an_event() -> None:
    sentence = 'Valdoria will hold what Norland calls a "sham referendum" on March 22.'
    brief = analyse(Article(text=LEAD + sentence + TAIL, published=PUB))
    events = [ev.event for ev in brief.upcoming if ev.date == "2026-03-22"]
    assert events == ['Valdoria will hold what Norland calls a "sham referendum"'], brief.upcoming
