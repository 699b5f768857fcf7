"""Challenge suite (issue #25, class 2): a condition told the right way round, in the present.

A state of pressure kept in place "as long as" or "while" something holds ("the gates would stay
shut as long as the levy remained in force") sets the terms that it stops holding; an offer kept
open as long as something goes on keeps that as its terms. A condition turned round reads in the
present ("the levy no longer remains in force", "the ban is no longer in force"), never "no longer"
before a past tense. A past event told after another ("rejected the plan on 3 March, before the
accord collapsed") is no condition. Invented articles.
"""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday over the ferry line. "
TAIL = " Norland said it wanted a deal. Valdoria said it wanted a deal too."


def preconditions(sentence: str) -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for side in brief.sides for it in side.preconditions]


HELD_PRESSURE = [
    ("Valdoria said the gates would stay shut as long as the levy remained in force.", "levy"),
    ("The funds will remain frozen as long as Norland holds the crews, Valdoria's envoy said.", "crews"),
]


@pytest.mark.parametrize(("sentence", "word"), HELD_PRESSURE, ids=[c[1] for c in HELD_PRESSURE])
def test_pressure_kept_as_long_as_a_thing_holds_is_lifted_when_it_stops(sentence: str, word: str) -> None:
    found = [t for t in preconditions(sentence) if word in t.lower()]
    assert found and all("no longer" in t for t in found), preconditions(sentence)


def test_an_offer_kept_open_as_long_as_talks_go_on_keeps_them_as_its_terms() -> None:
    found = preconditions("Valdoria will keep its offer open as long as Norland keeps talking about the night shifts.")
    assert any("night shifts" in t for t in found), found
    assert not any("no longer" in t for t in found), found


TURNED_IN_THE_PRESENT = [
    ("Valdoria said the gates would stay shut as long as the levy remained in force.", "no longer remains"),
    ("Valdoria said it would not sign while the ban was in force.", "is no longer in force"),
    ("Valdoria said it would not sign while Norland's gunboats remained in the strait.", "no longer remain "),
]


@pytest.mark.parametrize(("sentence", "words"), TURNED_IN_THE_PRESENT, ids=["remained", "was", "plural"])
def test_a_condition_turned_round_reads_in_the_present(sentence: str, words: str) -> None:
    found = preconditions(sentence)
    assert any(words in t for t in found), found
    assert not any("no longer remained" in t or "no longer was" in t or "no longer is" in t for t in found), found


def test_a_past_event_told_after_another_is_no_condition() -> None:
    sentence = "Valdoria said Norland rejected the plan at the final round on 3 March, before the accord collapsed."
    assert not any("collapse" in t.lower() for t in preconditions(sentence)), preconditions(sentence)


def test_a_refusal_before_a_step_to_come_stays_a_condition() -> None:
    found = preconditions("Valdoria will not sign the accord before Norland lifts the levy, its envoy said.")
    assert any("lifts the levy" in t for t in found), found


# A marker phrase the parser splits: "As long as X, Y" hangs "As long" on the main verb and X on
# "long". The condition is X whole, and the stance Y without any piece of the phrase.
FRONTED = [
    "As long as Norland keeps its gunboats in the strait, Valdoria will not sit down with its rival, its envoy said.",
    "As long as Norland keeps its gunboats in the strait and its crews stay aboard, Valdoria will not return, "
    "its envoy said.",
]


@pytest.mark.parametrize("sentence", FRONTED, ids=["one clause", "two joined"])
def test_a_fronted_marker_phrase_leaves_no_piece_in_either_point(sentence: str) -> None:
    brief = brief_of(LEAD + sentence + TAIL)
    texts = [it.text for side in brief.sides for it in side.positions + side.preconditions]
    found = [t for side in brief.sides for t in (it.text for it in side.preconditions) if "gunboats" in t]
    assert found and all("Valdoria will not" not in t for t in found), texts
    assert not any(t.startswith("As long") or "long," in t for t in texts), texts


def test_what_was_done_to_a_demand_is_not_the_demand() -> None:
    # "a demand the board rejected on 3 March": a relative clause without 'that' tells what happened
    # to the demand, a past event, not what is demanded
    found = preconditions("Valdoria repeated a demand Norland rejected at the final round on 3 March, its envoy said.")
    assert not any("reject" in t.lower() for t in found), found


def test_a_demand_without_that_still_holds_its_bare_verb() -> None:
    found = preconditions("Valdoria repeated its demand Norland restore the night ferries, its envoy said.")
    assert any("night ferries" in t.lower() for t in found), found
