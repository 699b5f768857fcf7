"""Challenge suite (issue #25, class 5): a role goes to the body that plays it. A state named only as
the adjective of another party ('Chilean pension funds') is not the party to their deal
(briefing/analysis/rules/role_grammar.py); a state whose region is a side is that side's state,
unless its own government acts apart from the region (role_moves.py, role_acts.py).

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

OPENING = (
    "Norland and Valdoria resumed talks on Monday over the fishing accord. Norland said it wanted a full "
    "withdrawal. Valdoria said it would not withdraw while the raids go on. "
)


def test_a_state_named_as_the_adjective_of_other_parties_is_not_their_party() -> None:
    found = third_parties(OPENING, "Valdoria signed a loan deal with four Chilean pension funds on Monday.")
    assert "Chile" not in found, found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the state's own government, and a bloc's countries, are the party to the deal
        ("Valdoria signed a customs deal with the Chilean government last year.", "Chile (Chilean government)"),
        ("Valdoria signed a customs deal with the ASEAN countries last year.", "ASEAN"),
    ],
)
def test_a_states_government_and_a_blocs_countries_are_the_party(sentence: str, name: str) -> None:
    assert third_parties(OPENING, sentence).get(name) == "party to the deal"


REGION_OPENING = (
    "Germany's southern state of Bavaria and Austria have fought for years over tolls on the Alpine motorway. "
    "Bavarian premier Ana Berg said on Tuesday the state would keep its toll until Austria drops its truck "
    "quotas. Austria said it would not lift the quotas. "
)


def test_a_state_whose_government_acts_apart_from_its_region_is_named() -> None:
    found = third_parties(REGION_OPENING, "Germany's federal government needs each state's consent to sign the deal.")
    assert found.get("Germany (federal government)", "").startswith("needs each state's consent"), found


def test_a_regions_state_is_no_third_party_when_only_the_region_acts() -> None:
    found = third_parties(REGION_OPENING, "The toll has doubled the cost of a crossing for hauliers.")
    assert "Germany" not in " ".join(found), found
