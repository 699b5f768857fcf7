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


@pytest.mark.xfail(strict=True, reason="#25 class 4: a claim is told as a fact in the background")
@pytest.mark.parametrize(("sentence", "words"), CLAIMS, ids=[c[1] for c in CLAIMS])
def test_a_claim_in_the_background_says_who_claims_it(sentence: str, words: str) -> None:
    events = [e for e in background(sentence) if words in e]
    assert events, background(sentence)
    assert all("Norland" in e for e in events), events


@pytest.mark.xfail(strict=True, reason="#25 class 4: what is alleged of planned strikes becomes an event")
def test_an_alleged_plan_is_not_an_upcoming_event() -> None:
    brief = analyse(
        Article(
            text=LEAD + "Norland's army spokesman alleged the planned strikes were aimed at freeing the "
            "detained governor." + TAIL,
            published=PUB,
        )
    )
    assert not any("planned strikes" in ev.event.lower() for ev in brief.upcoming), brief.upcoming
