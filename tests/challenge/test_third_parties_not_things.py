"""Challenge suite (issue #25, class 5): a mine, a port or a programme is a thing, not an actor, and is
never listed as a third party (briefing/analysis/rules/role_things.py); the body that runs it is. A
role whose verb is a participle that is not also a past tense keeps its 'has' (role_acts.py).

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

LABOUR = (
    "Kestrel Air and the Kestrel Pilots Union resumed talks this week. The union said it wanted a pay rise. "
    "Kestrel Air said it would not raise pay while fuel costs stay high. "
)


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        ("The Northgate Mine, which employs 900 people, ships most of the province's copper by rail.", "Mine"),
        ("The Silver Line Project has paused work on its second tunnel until spring.", "Project"),
    ],
)
def test_a_thing_is_no_third_party(sentence: str, thing: str) -> None:
    found = third_parties(LABOUR, sentence)
    assert not any(thing in name for name in found), found


def test_the_body_that_runs_a_thing_is_a_third_party() -> None:
    found = third_parties(LABOUR, "The Halvik Port Authority ordered both sides to clear the docks.")
    assert found.get("Halvik Port Authority") == "ordered both sides to clear the docks", found


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # "frozen" alone reads broken; "imposed" and "set" alone read as the past tense they also are
        ("Chile has frozen its aid to the regional airports.", "has frozen its aid to the regional airports"),
        ("Chile has imposed a cap on airport fees.", "imposed a cap on airport fees"),
        ("Chile has set a cap on airport fees.", "set a cap on airport fees"),
    ],
)
def test_an_irregular_participle_keeps_its_auxiliary(sentence: str, role: str) -> None:
    assert third_parties(LABOUR, sentence).get("Chile") == role
