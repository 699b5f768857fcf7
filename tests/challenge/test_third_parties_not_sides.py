"""Challenge suite (issue #25, class 5): a third party is never one of the dispute's own parties.
A party the sides leave out but that makes its own move in the bargain, the state whose organ is a
side, a side's long name written with an owner before it, and the end of a person's name are not
third parties (briefing/analysis/rules/role_moves.py, roles.py, role_grammar.py).

Invented articles. Each case failed before its mechanism landed and passes now; the kept cases
guard the third parties the mechanisms must leave alone."""

from __future__ import annotations

import pytest

from briefing.analysis.rules.role_grammar import a_surname_with_particles

from . import third_parties

STATES = (
    "Norland and Valdoria resumed talks on Monday. Norland's envoy said Norland wanted a full withdrawal. "
    "Valdoria said it would not withdraw while the raids go on. "
)
MINISTRY = (
    "Harbin Terminals and the Department of Ports reopened talks over the lease on Monday. "
    "The Department of Ports said the terms had to change. "
    "Harbin Terminals said it would keep the cranes idle until the review ends. "
)
REGULATOR = (
    "The FTB ordered Kestrel Media on Monday to sell its photo unit. Kestrel Media said it wanted to keep "
    "the unit. The FTB said it would not lift the order unless rivals get access. "
)


# Who turns terms down, puts its own terms forward or contests them is a party to the dispute
# (one the sides missed), never a third party to it.
OWN_MOVES = [
    "Portugal rejected the draft text on Tuesday.",
    "Portugal offered a new map of the buffer zone.",
    "Portugal raised fresh objections to the draft on Tuesday.",
    "Arlenia and Portugal are contesting the vote count before the tribunal.",
    "The truce plan offered by Portugal was turned down.",
]


@pytest.mark.parametrize("sentence", OWN_MOVES, ids=[s[:40] for s in OWN_MOVES])
def test_a_party_making_its_own_move_is_not_a_third_party(sentence: str) -> None:
    found = third_parties(STATES, sentence)
    assert "Portugal" not in found and "Arlenia" not in found, found


# An offer to take a third party's part, or to bridge the sides, and a call on them stay roles.
THIRD_PARTS = [
    ("Portugal offered to host the next round.", "Portugal"),
    ("Arlenia offered a compromise on the buffer zone.", "Arlenia"),
    ("Portugal pressed for a ceasefire before the summit.", "Portugal"),
]


@pytest.mark.parametrize(("sentence", "name"), THIRD_PARTS, ids=[c[0][:40] for c in THIRD_PARTS])
def test_an_offer_to_take_a_third_part_keeps_the_third_party(sentence: str, name: str) -> None:
    assert name in third_parties(STATES, sentence)


def test_the_state_whose_organ_is_a_side_is_not_a_third_party() -> None:
    found = third_parties(
        MINISTRY,
        "Norland, Arlenia and Portugal opened talks on shipping fees in May. "
        "A week later Norland's Department of Ports moved its deadline to July.",
    )
    assert "Norland" not in found, found
    assert found.get("Portugal") == "opened talks on shipping fees", found


def test_a_sides_long_name_with_an_owner_before_it_is_that_side() -> None:
    found = third_parties(REGULATOR, "In 2024 Norland’s Fair Trading Board fined Kestrel Media for late reports.")
    assert not any("Fair Trading Board" in name for name in found), found


def test_the_end_of_a_persons_name_after_its_particles_is_that_person() -> None:
    text = "Council chief Ana van der Molen will visit Norland. Van der Molen met both envoys in May."
    assert a_surname_with_particles(text, "Molen")
    assert a_surname_with_particles(text, "Van der Molen")
    assert not a_surname_with_particles(text, "Norland")
    assert not a_surname_with_particles("The talks moved to El Salvador in May.", "El Salvador")
