"""Challenge suite (issue #25, class 5): a third party's role is given only where the party does, or
has done to it, what the text states as a fact (briefing/analysis/rules/role_denials.py).

A denied part is the party's role in the text's words, never the part reversed; a part told in a
condition, a proposal or an owner's relation is no role; a generic plural, a number of people or a
misread verb is no third party; a common noun that describes another body is no mention of a named
one. Invented articles, on other topics than the reviewed briefs. Each case failed before its
mechanism landed and passes now; the controls passed before and still do."""

from __future__ import annotations

import pytest

from . import third_parties

STATES = (
    "Norland and Valdoria resumed talks on Monday over the shared aquifer. Norland said it wanted a fair "
    "share of the water. Valdoria said it would not cut its pumping while the drought goes on. "
)
LABOUR = (
    "Kestrel Air and the Kestrel Pilots Union met again this week. The pilots want a pay rise. "
    "Kestrel Air said it would not raise pay while fuel costs stay high. "
)


# A party that disclaims a part has the disclaimer as its role: "backs neither camp" is no backer,
# "has no role in the negotiations" is no player in them.
DISCLAIMED = [
    (
        LABOUR,
        "The Harbour Pilots Guild said on Tuesday that it backs neither camp.",
        "Harbour Pilots Guild",
        "backs neither camp",
    ),
    (
        STATES,
        "The Lindqvist Water Fund stressed that it has no role in the negotiations.",
        "Lindqvist Water Fund",
        "has no role in the negotiations",
    ),
]


@pytest.mark.parametrize(("opening", "sentence", "name", "role"), DISCLAIMED, ids=[c[2] for c in DISCLAIMED])
def test_a_disclaimed_part_is_the_role_never_its_reverse(opening: str, sentence: str, name: str, role: str) -> None:
    found = third_parties(opening, sentence)
    assert found.get(name) == role, found


def test_a_part_disclaimed_by_the_partys_own_officer_is_its_role() -> None:
    found = third_parties(
        STATES,
        "The Lindqvist Fund lent Valdoria 2 billion euros last year. "
        '"The Fund has no role in this round," Lindqvist Fund director Ana Berg said.',
    )
    assert found.get("Lindqvist Fund") == "has no role in this round", found


def test_control_an_officers_other_words_leave_the_partys_act() -> None:
    found = third_parties(
        STATES,
        "The Lindqvist Fund lent Valdoria 2 billion euros last year. "
        '"The Fund is watching this round closely," Lindqvist Fund director Ana Berg said.',
    )
    assert found.get("Lindqvist Fund") == "lent Valdoria 2 billion euros", found


def test_control_a_party_that_backs_a_side_is_its_backer() -> None:
    found = third_parties(LABOUR, "The Harbour Pilots Guild said it backed the union.")
    assert found.get("Harbour Pilots Guild") == "backer", found


# Talks a side has only proposed are hosted by no one: their city names no host.
def test_a_proposed_venue_is_no_host() -> None:
    found = third_parties(STATES, "Valdoria has proposed talks in Geneva next month; Norland has not replied.")
    assert "Switzerland" not in found, found


def test_control_talks_held_in_a_city_are_hosted_by_its_state() -> None:
    found = third_parties(STATES, "The two delegations held talks in Geneva on Friday.")
    assert found.get("Switzerland") == "host", found


# A part told only as what may happen is a possible part: the bottom line never reads it as played.
SUPPOSED = [
    ("Analysts said Portugal could mediate if both sides asked.", "Portugal", "possible mediator"),
    ("A later round could take place in Lisbon.", "Portugal", "possible host"),
    ("If the talks fail, Portugal will host a summit.", "Portugal", "possible host"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), SUPPOSED, ids=["could-mediate", "could-take-place", "if"])
def test_a_part_told_as_possible_is_a_possible_part(sentence: str, name: str, role: str) -> None:
    found = third_parties(STATES, sentence)
    assert found.get(name) == role, found


def test_control_a_part_told_as_a_fact_keeps_its_label() -> None:
    found = third_parties(STATES, "Portugal mediated the last round in its capital.")
    assert found.get("Portugal") == "mediator", found


# An act told in a condition ("until X releases the loan") is not done: the party plays no part yet.
def test_a_part_told_in_a_condition_is_no_role() -> None:
    found = third_parties(
        STATES, "Valdoria said it would not sign the accord until the Arlenian Development Bank released its loan."
    )
    assert not any("released" in role for role in found.values()), found


def test_control_a_part_told_as_a_fact_is_the_role() -> None:
    found = third_parties(STATES, "The Arlenian Development Bank released its loan to Valdoria on Monday.")
    assert found.get("Arlenian Development Bank", "").startswith("released"), found


# A generic plural names a kind of actor, no party a brief can list.
def test_a_generic_plural_is_no_third_party() -> None:
    found = third_parties(
        STATES,
        "Valdoria's finance minister said Valdoria would not sweeten its terms until the creditors abandoned a claim "
        "lodged in Oslo. Their chairman said creditors would abandon the claim only if the terms improved.",
    )
    assert "creditors" not in found, found


# The owner of a party is part of that party: owning is no part in the dispute.
def test_an_owner_is_no_third_party_by_owning() -> None:
    found = third_parties(
        LABOUR, "Kestrel Air, owned by Marrow Capital and the Tolland Group, has lost money for two years."
    )
    assert not any(role.startswith("owned") for role in found.values()), found


OWNERS_OF_A_SIDE = [
    "Marrow Capital, which owns 40 percent of Kestrel Air, urged the carrier to settle.",
    "Marrow Capital, Kestrel Air's largest shareholder, urged the carrier to settle.",
]


@pytest.mark.parametrize("sentence", OWNERS_OF_A_SIDE, ids=["owning-clause", "shareholder"])
def test_a_part_owner_of_a_side_is_part_of_that_side(sentence: str) -> None:
    assert "Marrow Capital" not in third_parties(LABOUR, sentence)


def test_control_the_owner_of_another_firm_stays_a_third_party() -> None:
    found = third_parties(LABOUR, "Marrow Capital, which owns a rival airline, urged the carrier to settle.")
    assert "Marrow Capital" in found, found


# A role noun with a misread verb or a count before it names people some party sends, not a body.
UNNAMED_NOT_BODIES = [
    "Norland and Valdoria agreed to extend the accord, though a spat over which pumps had to be sealed first forced "
    "mediators to delay the signing.",
    "Arlenia offered on Friday to deploy as many as 40 unarmed observers if both governments requested them.",
]


@pytest.mark.parametrize("sentence", UNNAMED_NOT_BODIES, ids=["misread-verb", "counted"])
def test_a_role_noun_with_a_verb_or_a_count_is_no_third_party(sentence: str) -> None:
    found = third_parties(STATES, sentence)
    assert not any(name.endswith(("mediators", "observers")) for name in found), found


def test_control_an_unnamed_body_by_its_role_is_listed() -> None:
    found = third_parties(STATES, "International observers will watch the vote on the accord.")
    assert "International observers" in found, found


# A cut that leaves out the condition on an act turns it around: the role keeps it, or is not given.
def test_a_role_keeps_its_condition_or_is_not_given() -> None:
    found = third_parties(
        STATES,
        "The Coastal Water Agency has urged towns to demand live pump data only where health risks are shown.",
    )
    assert "Coastal Water Agency" in found, found  # the agency is still listed, whatever its role
    role = found["Coastal Water Agency"]
    assert not role or "only where" in role, found


# A common noun inside what a body's name says it is for ('Centre for Drought Studies') is no mention
# of the body: 'the drought has cost' is no act of the centre.
def test_a_word_of_what_a_body_is_for_is_no_mention_of_it() -> None:
    found = third_parties(
        STATES,
        "Ana Berg, a fellow at the Lindqvist Centre for Drought Studies, called the talks overdue. "
        "The drought has cost farmers in both countries more than 2 billion euros.",
    )
    assert not any("cost farmers" in role for role in found.values()), found


# "the county board" after a named provincial board is another body: its act is not the named one's.
def test_a_level_of_government_describes_another_body() -> None:
    found = third_parties(
        LABOUR,
        "Ana Berg, who chairs the Provincial Aviation Relations Board, tabled the offer. A one-day stoppage in "
        "Tolland was dropped after the county board voted to hire 20 extra ground staff.",
    )
    assert not any("voted to hire" in role for role in found.values()), found
