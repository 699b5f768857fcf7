"""Challenge suite (issue #25, class 3, cuts that change the meaning): a stance never reads as certain.

'Would keep the harbours closed' says the opposite of 'would keep the harbours closed until the survey
is out'. A position keeps the clause its verb holds on ('if', 'until', 'unless', 'as long as', 'while'
on a negated verb): fitting never prunes it, and a line that cannot keep it is left out. When the
condition is a point of its own beside the stance, the stance says it holds on it: with the clause in
the article's words when that still reads as another point than the condition, else with the
condition written in (test_stances_say_their_conditions.py), never by a pointer that says nothing.
Invented sentences; each case failed before, the guards hold what must not change.
"""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.gate import condition_of
from briefing.nlp import parse

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on the fishing accord on Monday. "
TAIL = " Norland said it wanted a deal."


def points(sentence: str) -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == "Valdoria" for it in s.positions]


HELD_ON = [
    (
        # the condition is no point of its own: the position keeps it, fitting prunes around it
        "Valdoria's fisheries ministry said the coast guard should be ready to board Norland trawlers if the talks "
        "on the quotas for the northern banks fail before the winter season begins.",
        "should be ready to board Norland trawlers if the talks fail",
    ),
    (
        # the condition is a point of its own, and the clause still reads as another point: it stays
        "Valdoria's minister Ivo Ostrel said Valdoria would reopen its harbours only if Norland pays the fines "
        "it owes.",
        "would reopen its harbours only if Norland pays the fines",
    ),
]


@pytest.mark.parametrize(("sentence", "held"), HELD_ON)
def test_a_stance_keeps_what_it_holds_on(sentence: str, held: str) -> None:
    found = points(sentence)
    assert any(held in p for p in found), found


def test_a_stance_whose_clause_says_the_condition_again_never_points_to_it() -> None:
    # the clause would say the condition again: a refusal stays bare beside its condition, never a pointer
    found = points(
        "“No accord can be signed until Norland pays the fines it owes for the illegal catches of cod in the "
        "northern banks,” Valdoria's minister Ivo Ostrel said."
    )
    assert not any("its condition is met" in p for p in found), found


def test_a_stance_on_an_unmet_condition_never_reads_the_other_way() -> None:
    # 'strike if the offer is not raised': no stand-in may turn it into 'strike only if its condition is met'
    found = points(
        "Valdoria's minister Ivo Ostrel threatened to close the harbours if the quota offer for the spring season "
        "is not raised by a fifth."
    )
    assert not any("its condition is met" in p for p in found), found


def test_a_word_the_stance_and_its_clause_share_is_said_once() -> None:
    found = points("Valdoria's minister Ivo Ostrel said Valdoria would sign, but only as long as the quotas hold.")
    assert any("would sign, but only as long as the quotas hold" in p for p in found), found


def test_a_stance_that_holds_on_nothing_is_as_it_was() -> None:
    found = points("Valdoria's minister Ivo Ostrel said Valdoria would reopen its harbours to Norland trawlers.")
    assert any(p.endswith("would reopen its harbours to Norland trawlers") for p in found), found


# The check itself, on parses: which clauses a verb holds on, and which only add to it.
HELD = [
    ("The guild will comply only if the court orders it.", "comply", "orders"),
    ("The wardens are keen to parley at noon, but solely if the dredging halts beforehand.", "are", "halts"),
    ("The union will not disarm while attacks continue.", "disarm", "continue"),
    ("The guild will keep striking so long as the wage offer stays frozen.", "keep", "stays"),
    ("As long as the sluices remain shut, no talks can take place.", "take", "long"),
]


@pytest.mark.parametrize(("sentence", "verb", "clause"), HELD)
def test_the_clauses_a_verb_holds_on(sentence: str, verb: str, clause: str) -> None:
    doc = parse(sentence)
    head = next(t for t in doc if t.text == verb)
    assert [c.text for c in head.children if condition_of(head, c)] == [clause]


NOT_HELD = [
    "Norland wants a deal, while Valdoria waits for the survey.",  # 'while' of contrast
    "The guild met the owners when the talks resumed.",  # a time, not a condition
    "The guild will strike until Friday.",  # a date, not a clause
    "Valdoria will not give up its quotas, even if that means no accord is signed.",  # a concession
]


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_a_clause_that_only_adds_is_no_condition(sentence: str) -> None:
    doc = parse(sentence)
    assert not [c for t in doc for c in t.children if condition_of(t, c)]
