"""A line whose object only points back is left out (issue #25, class 3; invented cases).

'The board cannot leave that decision to a cooperative' is true, and tells a reader nothing of what
is decided: a phrase of to whom or when after the pointed object does not say it either. Controls: an
object that names its thing stays, as does the line before it.
"""

from __future__ import annotations

from tests.challenge import brief_of

_OPENING = "The Valley Farmers' Cooperative and the Water Board are at odds over irrigation quotas. "
_CLOSING = " The cooperative said it wanted a fair quota. The board said it wanted a fair quota too."
_SPEAKER = "Water Board chair Ana Lindqvist said the board would keep the spring quotas in place. "


def _all_points(sentences: str) -> list[str]:
    brief = brief_of(_OPENING + sentences + _CLOSING)
    return [it.text for side in brief.sides for it in side.positions + side.preconditions]


def test_a_pointed_object_followed_by_a_phrase_of_whom_is_left_out() -> None:
    points = _all_points(_SPEAKER + '"The board cannot leave that decision to a cooperative," Lindqvist said.')
    assert not any("that decision" in p for p in points), points
    assert any("keep the spring quotas in place" in p for p in points), points


def test_an_object_that_names_its_thing_stays() -> None:
    points = _all_points(
        _SPEAKER + '"The board cannot leave the timing of the spring quotas to a cooperative," Lindqvist said.'
    )
    assert any("timing of the spring quotas" in p for p in points), points
