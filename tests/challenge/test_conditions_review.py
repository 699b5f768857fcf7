"""Challenge suite (issue #25, class 2): classes of wrong or missing conditions a reader found.

A reporter's question sets no condition; a demand given up ('an earlier demand') is nobody's
condition; a date after 'ask ... on' is not what is asked; an obligation a standing rule lays
('under the statute, X must') is no side's; a state kept until something happens ('will stay
suspended until') is a condition; 'all is negotiable except X' is a line drawn; a thing ('their
return to the table') never sets a condition: whoever tells it does. Invented articles, each class
on more than one wording; every case fails on d92029a."""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday over the fishing accord. "
TAIL = " Norland said it wanted a deal."


def items(sentence: str, kind: str, side: str = "Valdoria") -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == side for it in getattr(s, kind)]


QUESTIONS = [
    "The envoy was asked whether Valdoria would sign if Norland withdrew its boats, and said talks would go on.",
    "Pressed on whether Valdoria would sign the accord if Norland withdrew its boats, the envoy said only that talks "
    "would go on.",
    "Reporters wanted to know whether Valdoria would return to the table if Norland paid the fines; the envoy did "
    "not say.",
]


@pytest.mark.parametrize("sentence", QUESTIONS, ids=["asked whether", "pressed on whether", "wanted to know whether"])
def test_a_reporters_question_sets_no_condition(sentence: str) -> None:
    found = items(sentence, "preconditions")
    assert not any("boats" in t or "fines" in t for t in found), found


GIVEN_UP = [
    ("Valdoria's envoy said the cabinet had dropped its original demand for a 20% quota rise.", "20%"),
    ("Valdoria's envoy said the cabinet had abandoned an earlier demand that Norland halve its fleet.", "fleet"),
]


@pytest.mark.parametrize(("sentence", "word"), GIVEN_UP, ids=["original demand for", "earlier demand that"])
def test_a_demand_given_up_is_no_condition_now(sentence: str, word: str) -> None:
    assert not any(word in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")


DATED_ASKING = [
    "Lawyers for Valdoria asked the maritime tribunal on Tuesday to freeze the new quota while its appeal runs.",
    "Valdoria will ask the tribunal on 2 April to strike down the quota rules.",
]


@pytest.mark.parametrize("sentence", DATED_ASKING, ids=["asked on Tuesday", "will ask on 2 April"])
def test_a_date_after_ask_on_is_not_what_is_asked(sentence: str) -> None:
    assert not any("tribunal" in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")


STANDING_RULES = [
    "Under the fisheries statute, catches above the quota have to be reported to the port authority, Valdoria's "
    "envoy said.",
    "Under the treaty's rules, the observers must be withdrawn before any vote is held, Valdoria's envoy said.",
]


@pytest.mark.parametrize("sentence", STANDING_RULES, ids=["have to", "must ... before"])
def test_an_obligation_a_standing_rule_lays_is_no_sides_condition(sentence: str) -> None:
    assert items(sentence, "preconditions") == []


HELD_STATES = [
    (
        "Norland's fishing licences will stay suspended until the fines are paid in full, Valdoria's envoy said.",
        "fines are paid",
    ),
    ("Valdoria's envoy said the joint patrols would stay suspended until the boats are withdrawn.", "boats are"),
]


@pytest.mark.parametrize(("sentence", "terms"), HELD_STATES, ids=["will stay suspended", "would stay suspended"])
def test_a_state_kept_until_something_happens_is_a_condition(sentence: str, terms: str) -> None:
    found = items(sentence, "preconditions")
    assert any(terms in t for t in found), found


ALL_BUT = [
    ("Valdoria's envoy said all was negotiable except the fishing quota.", "except the fishing quota"),
    ('"Anything is open for discussion except the quota," Valdoria\'s envoy said.', "except the quota"),
]


@pytest.mark.parametrize(("sentence", "kept"), ALL_BUT, ids=["all negotiable except", "anything open except"])
def test_all_open_but_one_thing_draws_a_line(sentence: str, kept: str) -> None:
    found = items(sentence, "preconditions")
    assert any(kept in t for t in found), found


THING_SUBJECTS = [
    "Valdoria's delegates left the hall, making clear that their return to the table would depend on an end to "
    "the raids.",
    "The Valdorian delegates left the hall, making it plain that their return to the table depends on an end to "
    "the raids.",
]


@pytest.mark.parametrize("sentence", THING_SUBJECTS, ids=["would depend", "depends"])
def test_a_things_owner_told_by_a_pronoun_is_whoever_tells_it(sentence: str) -> None:
    found = items(sentence, "preconditions")
    assert any("raids" in t for t in found), found
