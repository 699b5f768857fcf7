"""Challenge suite (issue #25, class 2): conditions the right way round.

"Will not X while Y" sets the condition that Y stops; "X would be unacceptable", "X is our red
line" and "never X" read as "no X"; a thing a side refuses is not its demand; an appeal to a third
party is a position; a condition is never a bare noun phrase. Invented articles; each case fails
until its mechanism lands (xfail, strict)."""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday. "
TAIL = " Norland said it wanted a deal."


def items(sentence: str, kind: str, side: str = "Valdoria") -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == side for it in getattr(s, kind)]


def test_will_not_while_sets_the_end_of_what_continues() -> None:
    found = items("Valdoria will not disarm while Norland's raids continue, its envoy said.", "preconditions")
    assert found, "a condition expected"
    assert not any(text.rstrip(".").endswith("continue") for text in found), found
    assert any("raids" in text and ("stop" in text or "end" in text) for text in found), found


UNACCEPTABLE = [
    ("Valdoria's envoy said a buffer zone would be unacceptable.", "buffer zone"),
    ('"A foreign base on our soil is our red line," Valdoria\'s envoy said.', "foreign base"),
    ("Valdoria's envoy said any cut to its fishing quota was unacceptable.", "cut to"),
]


@pytest.mark.parametrize(("sentence", "thing"), UNACCEPTABLE, ids=[c[1] for c in UNACCEPTABLE])
def test_what_a_side_will_not_accept_reads_as_no_such_thing(sentence: str, thing: str) -> None:
    found = [t for t in items(sentence, "preconditions") if thing in t.lower()]
    assert found, items(sentence, "preconditions")
    assert all(t.lower().startswith("no ") for t in found), found


def test_a_red_line_named_by_a_pronoun_is_no_one_word_point() -> None:
    sentence = "Valdoria rejected a buffer zone. \"That's our red line,\" Valdoria's envoy said."
    texts = items(sentence, "positions") + items(sentence, "preconditions")
    assert all(len(t.split()) >= 3 for t in texts), texts


def test_an_appeal_to_a_third_party_is_a_position_not_a_condition() -> None:
    sentence = "Valdoria called on the Security Council to meet on the crisis."
    assert items(sentence, "preconditions") == []
    assert any("Security Council" in t for t in items(sentence, "positions"))


def test_a_condition_is_never_a_bare_noun_phrase() -> None:
    found = items("Valdoria said it would sign only after the withdrawal of Norland's tanks.", "preconditions")
    assert found
    assert all(len(t.split()) > 5 or " sign" in t for t in found), found


def test_a_refused_thing_is_not_the_refusers_demand() -> None:
    found = items("Valdoria refused to accept a six-year lease of the port.", "preconditions")
    assert not any("six-year lease" in t for t in found), found


# Invented cases of this branch's mechanisms (qcond).


def test_as_long_as_under_a_refusal_reads_as_the_clause_ending() -> None:
    found = items("Valdoria will not sign as long as the blockade of its harbours remains in place.", "preconditions")
    assert found and any("no longer" in t and "blockade" in t for t in found), found


def test_not_acceptable_reads_as_no_such_thing() -> None:
    found = items("Valdoria's minister said a toll on the canal was not acceptable.", "preconditions")
    assert found and all(t.lower().startswith("no toll") for t in found), found


def test_an_appeal_to_the_other_side_stays_a_condition() -> None:
    found = items("Valdoria called on Norland to pull its troops back from the border.", "preconditions")
    assert any("troops" in t for t in found), found


def test_a_bare_noun_phrase_after_until_keeps_its_stance() -> None:
    found = items("Valdoria said it would not reopen the border until the return of the hostages.", "preconditions")
    assert found and all(len(t.split()) > 5 for t in found), found


def test_a_refusal_while_something_does_not_happen_sets_that_it_happens() -> None:
    found = items(
        "There can be no deal as long as Norland's offer does not change, Valdoria's envoy said.", "preconditions"
    )
    assert found and any(t.endswith("offer changes") for t in found), found


def test_a_relative_obligation_is_no_subjectless_condition() -> None:
    brief = brief_of(LEAD + "Valdoria named red lines that must be met for any new accord to hold." + TAIL)
    found = [it.text for s in brief.sides for it in s.preconditions]
    assert not any(t.startswith(("Must ", "Should ")) for t in found), found


def test_a_contrasting_while_sets_no_condition() -> None:
    assert items("Valdoria will not sign the deal, while Norland says it is ready to talk.", "preconditions") == []


def test_never_accepting_a_thing_reads_as_no_such_thing() -> None:
    found = items("Valdoria said it would never accept a toll on the northern canal.", "preconditions")
    assert found and all(t.startswith("No toll") for t in found), found


def test_never_accepting_the_other_sides_offer_is_no_condition() -> None:
    assert items("Valdoria said it would never accept Norland's offer.", "preconditions") == []


def test_a_non_negotiable_thing_is_kept_not_refused() -> None:
    found = items("Valdoria said its fishing rights were non-negotiable.", "preconditions")
    assert found and not any(t.lower().startswith("no ") for t in found), found


def test_a_refused_possessive_thing_is_never_no_before_a_name() -> None:
    found = items("Valdoria said Norland's plan to annex the islands was unacceptable.", "preconditions")
    assert found and not any(t.startswith("No Norland") for t in found), found


def test_until_a_time_is_no_condition() -> None:
    assert items("Valdoria said it would not decide until Thursday night.", "preconditions") == []
