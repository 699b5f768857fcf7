"""A line that never says the thing its verb acts on is left out (issue #25, class 3; invented cases).

'The cooperative has so far refused' (refused what?) and 'the board called the claim reckless' (which
claim, whose?) are true, and a reader cannot use them: the sentence before says what was refused or
claimed, and a line cannot cite it. Controls: the same verbs with their thing named stay.
"""

from __future__ import annotations

from tests.challenge import brief_of

_OPENING = "The Valley Farmers' Cooperative and the Water Board are at odds over irrigation quotas. "
_CLOSING = " The cooperative said it wanted a fair quota. The board said it wanted a fair quota too."


def _all_points(sentences: str) -> list[str]:
    brief = brief_of(_OPENING + sentences + _CLOSING)
    return [it.text for side in brief.sides for it in side.positions + side.preconditions]


def test_a_bare_refusal_is_left_out() -> None:
    points = _all_points(
        "The Water Board has asked the cooperative to fit meters on every well by June. "
        "The cooperative has so far refused."
    )
    assert not any(p.rstrip(".").endswith("so far refused") for p in points), points


def test_a_refusal_that_says_what_stays() -> None:
    points = _all_points("The cooperative has so far refused to fit the meters.")
    assert any("refused to fit the meters" in p for p in points), points


def test_the_claim_alone_is_left_out() -> None:
    points = _all_points("Moreau said the board had hidden the reservoir figures. The board called the claim reckless.")
    assert not any("the claim" in p for p in points), points


def test_a_named_object_held_to_be_something_stays() -> None:
    points = _all_points("The board called the cooperative's audit reckless.")
    assert any("called the cooperative's audit reckless" in p for p in points), points


def test_an_act_on_the_claim_stays() -> None:
    points = _all_points(
        "The cooperative lodged the claim with the district court in Harwell on March 3, seeking damages."
    )
    assert any("lodged the claim with the district court" in p for p in points), points
