"""Challenge suite (issue #25, class 5): a third party's role reads whole and true. A role the label's
length would cut before its point keeps its words up to a fuller length (briefing/analysis/rules/
role_text.py); a meeting still to come is never told as one held (role_grammar.py).

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

OPENING = (
    "Norland and Valdoria resumed talks on Monday over the fishing accord. Norland said it wanted a full "
    "withdrawal. Valdoria said it would not withdraw while the raids go on. "
)


CUT_BEFORE_THE_POINT = [
    # a list cut after its first member names one of two as the whole
    (
        "Kestria's prime minister Ola Strand chaired a meeting between the fleet owners and the net makers on Sunday.",
        "Kestria",
        "the net makers",
    ),
    (
        "Arlenian President Tomas Vik hosted a round of talks between Norland and Valdoria in March.",
        "Tomas Vik",
        "Valdoria",
    ),
    # a verb's complement stays; a short name in brackets does not come between the words
    (
        "After a year-long audit of the raids, the Kestrian Audit Office on Thursday found the Harbour League’s "
        "(HL) treasurer Ivo Marsh guilty of fraud.",
        "Kestrian Audit Office",
        "League’s treasurer Ivo Marsh guilty of fraud",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "words"), CUT_BEFORE_THE_POINT)
def test_a_role_is_not_cut_before_its_point(sentence: str, name: str, words: str) -> None:
    found = third_parties(OPENING, sentence)
    assert words in found.get(name, ""), found


CLEAN_CUTS = [
    # an adjunct left out whole leaves a role that reads alone: it stays a short label
    (
        "The Kestrian Harbour Authority opened a second inquiry into the collision of two trawlers off the "
        "northern cape in January.",
        "Kestrian Harbour Authority",
        "opened a second inquiry",
    ),
    (
        "The Arlenian Red Cross delivered blankets and tents to the flooded villages near the northern border "
        "last week.",
        "Arlenian Red Cross",
        "delivered blankets and tents",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "role"), CLEAN_CUTS)
def test_a_clean_cut_stays_a_short_label(sentence: str, name: str, role: str) -> None:
    assert third_parties(OPENING, sentence).get(name) == role


MEETINGS = [
    # still to come: the future stays in the role
    ("On Thursday, Norland's premier will meet with Finnish Foreign Minister Anna Virtanen.", "Finland", "will meet"),
    ("Valdoria's envoy is expected to meet with Polish Premier Jan Nowak next week.", "Poland", "is to meet"),
    (
        "Norland's premier, who is due to meet with Finnish President Anna Virtanen, wants a deal.",
        "Finland",
        "is to meet",
    ),
    # held: the positive control
    ("Valdoria's envoy met with German Chancellor Karl Weber on May 4.", "Germany", "met"),
]


@pytest.mark.parametrize(("sentence", "name", "tense"), MEETINGS)
def test_a_meeting_keeps_its_tense(sentence: str, name: str, tense: str) -> None:
    role = third_parties(OPENING, sentence).get(name, "")
    assert role.startswith(tense + " "), role


WRITTEN_ON_THE_NAME = [
    # a part written onto the name says what it is played on
    ("Chilean-backed peace talks in Valdoria's capital were postponed.", "Chile", "backed the peace talks"),
    ("Valdoria's Chilean-backed government rejected the offer.", "Chile", "backed Valdoria's government"),
    ("Years of Saudi-led air strikes left the port in ruins.", "Saudi Arabia", "led the air strikes"),
    # a mediator keeps its label, which the bottom line reads
    ("The accord came out of two years of Finnish-led mediation.", "Finland", "mediator"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), WRITTEN_ON_THE_NAME)
def test_a_part_written_onto_the_name_says_what_it_is_played_on(sentence: str, name: str, role: str) -> None:
    assert third_parties(OPENING, sentence).get(name) == role
