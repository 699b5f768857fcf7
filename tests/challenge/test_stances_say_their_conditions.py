"""Challenge suite (issue #25, stances that carry a condition): a stance and the condition it holds
on read as one line, never the stance alone and never a stand-in.

'Would lift the ban' says the opposite of 'would lift the ban, provided that the catch is cut'. The
clause a stance holds on is the one the condition stage found, so every marker it knows keeps its
stance whole ('provided that', 'as soon as', 'but only if'), and
when the article's clause cannot stand in the line the condition is written in as its own line says
it ('unless the quota is raised' for 'if the quota is not raised'). A line that only points at a
condition ('only if its condition is met') tells a reader nothing: it is never written. Guards: an
unconditional stance stays as it is, and 'even if' sets no condition. Invented sentences; each case
failed on 4b7b8fe.
"""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on the fishing accord on Monday. "
TAIL = " Norland said it wanted a deal."


def lines(sentence: str, kind: str = "positions") -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == "Valdoria" for it in getattr(s, kind)]


KEPT_WHOLE = [
    (
        "Valdoria would lift the fishing ban next week, provided that Norland cuts its catch, its minister said.",
        "lift the fishing ban next week provided that Norland cuts its catch",
    ),
    (
        "Valdoria's envoy said Valdoria was ready to meet on Friday, but only if the blockade ends first.",
        "ready to meet on Friday only if the blockade ends first",
    ),
]


@pytest.mark.parametrize(("sentence", "held"), KEPT_WHOLE, ids=["provided that", "but only if"])
def test_a_stance_keeps_the_clause_the_condition_stage_found(sentence: str, held: str) -> None:
    found = lines(sentence)
    assert found, lines(sentence, "preconditions")
    assert all(held in p for p in found if "meet" in p or "lift" in p), found


def test_a_stance_never_reads_as_certain_when_its_condition_is_a_point_of_its_own() -> None:
    # the condition is listed beside it: the stance still says what it holds on
    found = lines("Valdoria's envoy said Valdoria was ready to meet on Friday, but only if the blockade ends first.")
    assert not any(p.rstrip(".").endswith("meet on Friday") for p in found), found


def test_no_line_points_at_a_condition_it_does_not_say() -> None:
    sentence = (
        "“No accord can be signed until Norland pays the fines it owes for the illegal catches of cod in the "
        "northern banks,” Valdoria's minister Ivo Ostrel said."
    )
    found = lines(sentence) + lines(sentence, "preconditions")
    assert not any("its condition" in p for p in found), found
    # too long to say with its condition in one line: a refusal stays, bare, beside the condition it holds on
    assert "No accord can be signed" in found, found
    assert any(p.startswith("Norland pays the fines") for p in lines(sentence, "preconditions")), found


def test_a_condition_listed_turned_round_is_written_in_the_way_it_reads() -> None:
    # listed as 'the quota offer is raised': the stance reads 'unless' it is, never 'if' it is
    sentence = "Valdoria's minister said the crews would strike if the quota offer is not raised."
    found = lines(sentence) + lines(sentence, "preconditions")
    assert any("strike unless the quota offer is raised" in p or "is not raised" in p for p in found), found
    assert not any("strike if the quota offer is raised" in p for p in found), found


CONTROLS = [
    ("Valdoria's minister said Valdoria will comply with the ruling.", "Valdoria will comply with the ruling"),
    (
        "Valdoria will not lift the blockade, even if Norland pays the fines, its minister said.",
        "Valdoria will not lift the blockade",
    ),
]


@pytest.mark.parametrize(("sentence", "stance"), CONTROLS, ids=["unconditional", "even if"])
def test_a_stance_on_no_condition_is_as_it_was(sentence: str, stance: str) -> None:
    found = lines(sentence)
    assert any(p.startswith(stance) for p in found), found
    assert lines(sentence, "preconditions") == []


TOO_LONG_FOR_ONE_LINE = " every fine it owes for the illegal cod catches of last winter."


def test_a_state_kept_until_its_condition_stays_bare_when_both_are_too_long_for_one_line() -> None:
    # 'would stay in place' still holds today: it reads beside the condition it waits on
    sentence = (
        "Valdoria's minister said the blockade of the northern harbours and the southern ferry ports would stay "
        "in place until Norland pays" + TOO_LONG_FOR_ONE_LINE
    )
    found = lines(sentence)
    assert any(p.endswith("would stay in place") for p in found), found
    assert not any("its condition" in p for p in found), found


def test_a_step_offered_on_terms_too_long_for_one_line_is_left_out() -> None:
    # 'stood ready to reopen the harbours' alone reads as a climb-down: left out, the condition listed
    sentence = (
        "Valdoria's minister said Valdoria stood ready to reopen the northern harbours and the southern ferry "
        "ports to Norland trawlers only if Norland pays" + TOO_LONG_FOR_ONE_LINE
    )
    assert not any("reopen" in p for p in lines(sentence)), lines(sentence)
    assert any(p.startswith("Norland pays every fine") for p in lines(sentence, "preconditions"))
