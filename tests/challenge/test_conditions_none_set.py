"""Challenge suite (issue #25, class 2): clauses that look like terms and set none.

A party's own aim told in a supposition ("if they want to block the sale, they will have to go to
court": a dare, not terms), an obligation only supposed ("could flare up if the mayor has to use
emergency powers"), a marker that takes a deadline ("will not approve it before a Monday deadline")
and words held back while something lasts ("would not comment while the case was pending") give no
side a precondition. Each has a positive control where the guard must not fire. Invented articles.
"""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday over the ferry line. "
TAIL = " Norland said it wanted a deal. Valdoria said it wanted a deal too."


def preconditions(sentence: str) -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for side in brief.sides for it in side.preconditions]


NONE_SET = [
    ('"If they want to block the sale, they will have to go to court," Valdoria\'s envoy said.', "court"),
    (
        "Valdoria's envoy said a lockout notice must be filed by Friday if Norland wants to shut the yards.",
        "notice",
    ),
    (
        "Valdoria's envoy said the row could flare up again if Norland's mayor has to use emergency powers.",
        "emergency powers",
    ),
    ("Valdoria will not approve the pact before a Monday deadline set by Norland, its premier said.", "deadline"),
    ("Valdoria's ministry would not comment while the case was pending.", "case"),
    ("Valdoria's ministry said it would not comment until the audit of the ferry line is published.", "audit"),
]


@pytest.mark.parametrize(("sentence", "word"), NONE_SET, ids=[c[1] for c in NONE_SET])
def test_a_clause_that_sets_no_terms_is_no_precondition(sentence: str, word: str) -> None:
    found = preconditions(sentence)
    assert not any(word in text.lower() for text in found), found


# Positive controls: the same shapes that do set terms.
TERMS_SET = [
    ('"If Norland wants to resume talks, it must first free the crews," Valdoria\'s envoy said.', "free the crews"),
    ("Valdoria's envoy said Norland has to withdraw the levy before talks can start.", "withdraw the levy"),
    ("Valdoria will not approve the pact before the levy is dropped, its premier said.", "levy"),
    ("Valdoria will not resume talks while the lockout of its crews lasts, its premier said.", "lockout"),
]


@pytest.mark.parametrize(("sentence", "words"), TERMS_SET, ids=[c[1] for c in TERMS_SET])
def test_the_same_shapes_still_set_terms(sentence: str, words: str) -> None:
    found = preconditions(sentence)
    assert any(words in text.lower() for text in found), found


# A precondition named by its noun: "X's precondition of only doing Y" holds Y, whatever the
# sentence then says of it ("is now the main hurdle" judges the condition, it is not the condition).
NAMED_BY_ITS_NOUN = [
    "Valdoria's precondition of only signing a pact that ends the port levy is now the main hurdle.",
    "Valdoria's pre-condition of only signing a pact that ends the port levy is now the main hurdle.",
]


@pytest.mark.parametrize("sentence", NAMED_BY_ITS_NOUN, ids=["precondition", "hyphenated"])
def test_a_precondition_of_only_doing_a_thing_holds_that_thing(sentence: str) -> None:
    found = preconditions(sentence)
    assert any("signing a pact" in text.lower() for text in found), found
    assert not any("hurdle" in text.lower() for text in found), found


def test_what_a_precondition_is_still_reads_across_the_copula() -> None:
    found = preconditions("Valdoria's precondition of joining talks is a truce on the border.")
    assert any("truce on the border" in text.lower() for text in found), found


# "provided X does Y" without 'that': the parser reads 'provided' as a participle ('a fine provided
# by X'); it still opens the condition X does Y, set by the side whose step waits on it.
PROVIDED = [
    ("Norland would sign the pact provided Valdoria drops the levy, its envoy said.", "valdoria drops the levy"),
    ("Norland will sign provided that Valdoria drops the levy, its envoy said.", "valdoria drops the levy"),
]


@pytest.mark.parametrize(("sentence", "words"), PROVIDED, ids=["bare", "that"])
def test_provided_opens_a_condition_however_the_parser_reads_it(sentence: str, words: str) -> None:
    brief = brief_of(LEAD + sentence + TAIL)
    found = [it.text for side in brief.sides if side.name == "Norland" for it in side.preconditions]
    assert any(words in t.lower() for t in found), found


def test_a_participle_provided_with_a_thing_opens_no_condition() -> None:
    found = preconditions("The ferry fund provided the crews with food and fuel, Norland said.")
    assert not any("crews" in t.lower() for t in found), found


def test_a_demand_told_by_a_relative_clause_is_what_the_copula_names() -> None:
    # the control of the case above: a clause on "which" describes the requirement; what it 'is' holds it
    sentence = (
        "Valdoria said the sole requirement which has been put forward by its crews is the return of the night ferries."
    )
    found = preconditions(sentence)
    assert any("night ferries" in t.lower() for t in found), found
    assert not any("put forward" in t.lower() for t in found), found
