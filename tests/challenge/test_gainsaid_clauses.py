"""Challenge suite (issue #25, class 2: the right way round): a clause the speaker denies.

'Ostrin denied that her ministers had hidden the survey' says they had not: the clause alone, with
the frame taken off as for 'said that', would state the opposite of the speaker. A verb of saying
that gainsays its clause (deny, dispute, refute, rebut) stays with it, with its subject. Invented
sentences; each failed before `condense.frames` kept the gainsaying frame.
"""

from __future__ import annotations

import pytest

from tests.challenge import brief_in_a_dispute

GAINSAID = [
    (
        "Valdoria's premier Ostrin denied that her ministers had hidden the pipeline survey from the inspectors.",
        "hidden the pipeline survey",
        "denied that",
    ),
    (
        "Valdoria disputed that its trawlers had fished inside the closed zone last winter, a spokesman said.",
        "fished inside the closed zone",
        "disputed that",
    ),
    (
        "Ostrin, Valdoria's premier, has denied that the survey shows any leak and says it will be published in full.",
        "shows any leak",
        "denied that",
    ),
]


@pytest.mark.parametrize(("sentence", "clause", "frame"), GAINSAID, ids=["denied", "disputed", "denied-and-says"])
def test_a_denied_clause_keeps_its_denial(sentence: str, clause: str, frame: str) -> None:
    brief = brief_in_a_dispute(sentence)
    points = [it.text for side in brief.sides for it in side.positions + side.preconditions]
    told = [p for p in points if clause in p]
    assert told, points  # the denial is a point of the side
    assert all(frame in p for p in told), told  # never the clause alone, which says the opposite
