"""Challenge suite (issue #25, class 2): classes of wrong or missing conditions a reader found.

A reporter's question sets no condition; a demand given up ('an earlier demand') is nobody's
condition; a date after 'ask ... on' is not what is asked; an obligation a standing rule lays
('under the statute, X must') is no side's; a state kept until something happens ('will stay
suspended until') is a condition; 'all is negotiable except X' is a line drawn; a thing ('its
attendance at the summit') never sets a condition: whoever tells it does; a held state's clause that
names only who acts stays whole in the stance, while a short clause with its own subject and
finite verb is a condition ('unless X pays'). Invented articles, each class on more than one wording, each negative case
with a positive control; every case fails on d92029a except the guards against over-reach (a
demand still held), the reviewer's held-state probe (it failed only on an intermediate commit) and
the short clauses kept (they fail on 5a8cda0, where a word count dropped them)."""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday over the fishing accord. "
TAIL = " Norland said it wanted a deal."


def items(sentence: str, kind: str, side: str = "Valdoria") -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == side for it in getattr(s, kind)]


QUESTIONS = [
    "Two reporters put it to the envoy whether Valdoria might sign if Norland withdrew its boats; she gave no "
    "answer but said talks would go on.",
    "Reporters wanted to know whether Valdoria would return to the table if Norland paid the fines; the envoy did "
    "not say.",
    "The envoy was asked whether Valdoria would sign if Norland withdrew its boats, and said talks would go on.",
]


@pytest.mark.parametrize("sentence", QUESTIONS, ids=["put it whether", "wanted to know whether", "was asked whether"])
def test_a_reporters_question_sets_no_condition(sentence: str) -> None:
    found = items(sentence, "preconditions")
    assert not any("boats" in t or "fines" in t for t in found), found
    assert items(sentence, "positions", "Norland"), "the rest of the brief is still there"


GIVEN_UP = [
    ("Valdoria's envoy said the cabinet had dropped its original demand for a 20% quota rise.", "20%"),
    ("Valdoria's envoy said the cabinet had abandoned an earlier demand that Norland halve its fleet.", "fleet"),
]


@pytest.mark.parametrize(("sentence", "word"), GIVEN_UP, ids=["original demand for", "earlier demand that"])
def test_a_demand_given_up_is_no_condition_now(sentence: str, word: str) -> None:
    assert not any(word in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")
    assert items(sentence, "positions"), "the side keeps its line"


STILL_HELD = [
    "Valdoria's envoy said the cabinet stood by its original demand that Norland halve its fleet.",
    "The Valdorian cabinet refused to back away from an earlier demand that Norland halve its fleet.",
    "Valdoria's ministers have backed their original demand that Norland halve its fleet, the envoy said.",
]


@pytest.mark.parametrize("sentence", STILL_HELD, ids=["stood by", "refused to back away", "backed (support)"])
def test_an_earlier_demand_still_held_stays_a_condition(sentence: str) -> None:
    assert any("fleet" in t for t in items(sentence, "preconditions")), items(sentence, "preconditions")


DATED_ASKING = [
    (
        "Valdoria's fisheries minister asked parliament on Thursday to extend the closed season by a month.",
        "parliament",
    ),
    (
        "On behalf of its crews, Valdoria wrote to the regional court and asked it on 3 April to lift the catch "
        "limits.",
        "court",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "asked"), DATED_ASKING, ids=["asked parliament on Thursday", "asked it on 3 April"]
)
def test_a_date_after_ask_on_is_not_what_is_asked(sentence: str, asked: str) -> None:
    assert items(sentence, "preconditions") == []
    assert any(asked in t for t in items(sentence, "positions")), "the asking stays a stance"


STANDING_RULES = [
    "Under the fisheries statute, catches above the quota have to be reported to the port authority, Valdoria's "
    "envoy said.",
    "Under the treaty's rules, the observers must be withdrawn before any vote is held, Valdoria's envoy said.",
]


@pytest.mark.parametrize("sentence", STANDING_RULES, ids=["have to", "must ... before"])
def test_an_obligation_a_standing_rule_lays_is_no_sides_condition(sentence: str) -> None:
    assert items(sentence, "preconditions") == []
    assert any(t.startswith("Under ") for t in items(sentence, "positions")), "the rule is still told"


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
    ("Valdoria's envoy told the talks that anything was negotiable except the quota.", "except the quota"),
    ("Valdoria's envoy said all was negotiable except the fishing quota.", "except the fishing quota"),
]


@pytest.mark.parametrize(("sentence", "kept"), ALL_BUT, ids=["anything negotiable except", "all negotiable except"])
def test_all_open_but_one_thing_draws_a_line(sentence: str, kept: str) -> None:
    found = items(sentence, "preconditions")
    assert any(kept in t for t in found), found


# The class: a condition told on a thing (an act named as a noun: support, attendance) whose owner is
# only a pronoun; the thing sets nothing, the side whose act the telling clause reports does.
THING_SUBJECTS = [
    (
        "Making clear that its attendance at the summit would depend on a halt to the tariffs, Valdoria's cabinet "
        "recalled its envoys.",
        "tariffs",
    ),
    (
        "Valdoria's envoys quit the summit early, making clear that their support for any accord would hinge on a "
        "repeal of the levy.",
        "levy",
    ),
]


@pytest.mark.parametrize(("sentence", "word"), THING_SUBJECTS, ids=["teller after", "teller before"])
def test_a_things_owner_told_by_a_pronoun_is_whoever_tells_it(sentence: str, word: str) -> None:
    found = items(sentence, "preconditions")
    assert any(word in t for t in found), found


SHORT_CLAUSES = [
    ("Norland said the treaty would stay shut until Valdoria paid.", "Norland"),
    ("Valdoria's envoy said the ports would stay shut until Norland paid.", "Valdoria"),
    # passes on d92029a (no condition then), failed once the held state was read: the reviewer's probe
    ("Norland said the treaty would stay suspended until Valdoria paid.", "Norland"),
]


@pytest.mark.parametrize(("sentence", "side"), SHORT_CLAUSES, ids=["treaty shut", "ports shut", "treaty suspended"])
def test_a_two_word_clause_stays_with_its_stance_not_a_fragment(sentence: str, side: str) -> None:
    assert items(sentence, "preconditions", side) == []
    assert any(" until " in t for t in items(sentence, "positions", side)), items(sentence, "positions", side)


SHORT_BUT_WHOLE = [
    ("Valdoria's envoy said the port stays closed to their trawlers unless Norland pays.", "Unless Norland pays"),
    ("Valdoria will ratify the quota deal only if Norland agrees.", "Only if Norland agrees"),
    ("Valdoria said its trawlers would return to the bay once Norland apologised.", "Once Norland apologised"),
]


@pytest.mark.parametrize(("sentence", "kept"), SHORT_BUT_WHOLE, ids=["unless X pays", "only if X agrees", "once"])
def test_a_short_clause_with_its_own_subject_and_verb_is_a_condition(sentence: str, kept: str) -> None:
    found = items(sentence, "preconditions")
    assert any(kept.lower() in t.lower() for t in found), found
