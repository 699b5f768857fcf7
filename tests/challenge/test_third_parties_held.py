"""Challenge suite (issue #25, class 5): a person held whose release is at stake is a third party a
brief must name, though they hold no office the text names and speak for no side (a prisoner traded
for a debt, a deposed leader a junta holds): briefing/analysis/rules/role_held.py.

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

OPENING = (
    "Norland and Valdoria resumed talks on Monday over the fishing accord. Norland said it wanted a full "
    "withdrawal. Valdoria said it would not withdraw while the raids go on. "
)


HELD = [
    # a word of release names the person: their release is at stake
    ("Norland says the release of Ana Berg, an engineer held since 2023, is close.", "Ana Berg", "release at stake"),
    (
        "Valdorian rebels seized a ferry last week in a bid to free jailed commander Tarek Osei.",
        "Tarek Osei",
        "release at stake",
    ),
    # held, with no word of release
    ("Tomas Vik has been jailed since May.", "Tomas Vik", "held"),
    # a release told as done is no longer at stake
    ("Ana Berg was also released, Norland said.", "Ana Berg", "released"),
    # a release denied is no release: the person is still held and their release still at stake
    (
        "A year after her arrest, the courier Lena Hoff has not been freed, her lawyer told reporters.",
        "Lena Hoff",
        "release at stake",
    ),
    (
        "The courier Lena Hoff was never released from the camp, guards say.",
        "Lena Hoff",
        "release at stake",
    ),
    # a release told as done at a later mention ends what an earlier one put at stake
    (
        "Norland pressed for the release of the courier Lena Hoff. At dawn on Sunday Hoff was freed, her lawyer said.",
        "Lena Hoff",
        "released",
    ),
    # control: a later mention that only tells her held keeps the release at stake
    (
        "Norland pressed for the release of the courier Lena Hoff. Hoff has been jailed at the camp since March.",
        "Lena Hoff",
        "release at stake",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "role"), HELD)
def test_a_person_held_is_named_with_their_state(sentence: str, name: str, role: str) -> None:
    found = third_parties(OPENING, sentence)
    assert found.get(name, "").endswith(role), found


NOT_HELD = [
    # "held responsible" is no detention
    "Norland's premier Ana Berg was held responsible for the failure, Valdoria said.",
    # a side's own envoy, held by the other side, is that side's: never its third party
    "Valdoria has jailed Norland's envoy Ivo Lang since May.",
]


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_no_one_else_is_named_as_held(sentence: str) -> None:
    found = third_parties(OPENING, sentence)
    # the person is no third party at all: neither held, released nor anything else
    assert "Ana Berg" not in found and "Ivo Lang" not in found, found
