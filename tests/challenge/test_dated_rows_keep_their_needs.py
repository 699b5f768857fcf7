"""Challenge suite (issue #25, class 3, garbled rows): an upcoming or background row keeps what its
verb needs, and no remnant of a clause it left out.

A row is the clause that holds its date, without the date. Its verb keeps what it is about ('will meet
with the owners', 'was joined by the envoy') when the row still fits; words after the verb whose own
clause verb was left out ('..., in which the envoy') go, and a row never ends on a word that leads on.
Invented sentences; the first cases failed before, the guard holds what must not change.
"""

from __future__ import annotations

import pytest

from . import brief_in_a_dispute


def rows(sentence: str) -> list[str]:
    brief = brief_in_a_dispute(sentence)
    return [e.event for e in [*brief.upcoming, *brief.background]]


KEPT = [
    (
        "Valdoria's fisheries minister Ivo Ostrel will meet with the Norland fleet owners and their lawyers on Friday.",
        "will meet with the Norland fleet owners",
    ),
    ("On Monday, Ostrel was joined by the Norland trade envoy and two harbour chiefs.", "was joined by the Norland"),
]


@pytest.mark.parametrize(("sentence", "kept"), KEPT)
def test_a_row_keeps_what_its_verb_needs(sentence: str, kept: str) -> None:
    found = rows(sentence)
    assert any(kept in r for r in found), found


def test_a_row_without_a_lost_part_is_as_it_was() -> None:
    found = rows("The envoys will report to the council on Thursday.")
    assert "The envoys will report to the council" in found, found
