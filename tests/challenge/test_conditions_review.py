"""Challenge suite (issue #25, class 2): what a reader took for a wrong condition, and conditions
a reader found missing.

A reporter's question sets no condition; a demand given up ('an earlier demand') is nobody's
condition; a date after 'ask ... on' is not what is asked; a held state ('will stay suspended
until X') is a condition; 'everything is negotiable except X' is a line drawn. Invented articles."""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday over the fishing accord. "
TAIL = " Norland said it wanted a deal."


def items(sentence: str, kind: str, side: str = "Valdoria") -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == side for it in getattr(s, kind)]


QUESTIONS = [
    "The envoy was asked whether Valdoria would sign if Norland withdrew its boats, and said talks would go on.",
    "Pressed on whether Valdoria would sign the accord if Norland withdrew its boats, the envoy said only that talks "
    "would go on.",
]


@pytest.mark.parametrize("sentence", QUESTIONS, ids=["asked whether", "pressed on whether"])
def test_a_reporters_question_sets_no_condition(sentence: str) -> None:
    assert not any("boats" in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")


def test_an_earlier_demand_is_no_condition_now() -> None:
    sentence = "Valdoria's negotiators have cut their ask to 8%, well below a previous demand of 15% for the crews."
    assert not any("15%" in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")


def test_a_date_after_ask_on_is_not_what_is_asked() -> None:
    sentence = "Valdoria's lawyers asked the maritime tribunal on Tuesday to freeze the quota while the appeal runs."
    assert not any("tribunal" in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")


def test_a_state_held_until_something_stops_is_a_condition() -> None:
    sentence = "The grazing accord will stay suspended until Norland's border raids are stopped, Valdoria's envoy said."
    found = items(sentence, "preconditions")
    assert any("raids" in t and "stop" in t for t in found), found


def test_everything_negotiable_but_one_thing_draws_a_line() -> None:
    sentence = '"Everything is negotiable except the fishing quota," Valdoria\'s envoy said.'
    found = items(sentence, "preconditions")
    assert any("except the fishing quota" in t for t in found), found
