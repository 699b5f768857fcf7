"""Challenge suite (issue #25, class 7): each side's central stance in the bottom line.

The same point is never given for both sides, whichever side's name it carries; a position that
tells what the other side did is not this side's stance. Invented articles; each case failed before
its mechanism landed."""

from __future__ import annotations

import datetime as dt
from functools import cache

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)

SAME = (
    "Norland and Valdoria signed a partial trade deal on Monday. In a statement, Norland said the existing duties "
    "of 20 percent on steel would stay in place. In its own statement, Valdoria said the existing duties of 20 "
    "percent on steel would stay in place for now."
)
OTHER = (
    "Norland and Valdoria resumed talks on fishing rights on Monday. Norland said it would not accept any cut "
    "to its fishing quota. Valdoria's minister said Norland had rejected the proposal on Thursday. "
    "Valdoria said it was ready to cut its own fleet by a tenth."
)


@cache
def summary(text: str) -> str:
    return analyse(Article(text=text, published=PUB)).summary


def test_one_point_is_never_given_for_both_sides() -> None:
    text = summary(SAME)
    assert text.count("stay in place") <= 1, text


def test_a_position_about_the_other_side_is_not_this_sides_stance() -> None:
    text = summary(OTHER)
    stances = text.split(". ")[1] if ". " in text else text
    valdoria = stances.split("Valdoria", 1)[-1]
    assert "Norland had rejected" not in valdoria, text


CAPTIVES = (
    "Norland and Valdoria resumed talks in Geneva on Monday. Norland said it would not agree to the release of "
    "captives without a full truce. Valdoria said the release of captives must come first."
)


def test_the_issue_keeps_what_an_action_acts_on() -> None:
    first = summary(CAPTIVES).split(". ")[0]
    assert "release of captives" in first, summary(CAPTIVES)
