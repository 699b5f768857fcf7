"""Challenge suite (issue #25, class 3, garbled cuts): every head a point keeps keeps what it needs.

A point fitted to its length may lose asides, never what a kept word needs after it: an adjective of
judgement keeps what it judges ('is gloomy about the harvest'), a verb its particle ('come back') and
the only phrase that says what it is about ('cannot count on the courts'), a noun the clause that says
what it holds ('faced a charge that ...'), and a verb of saying what it said ('..., the leaders
announced at a rally'). What cannot be put back within the length sends the point to its lightly
trimmed clause, or leaves it out. Invented sentences; each case failed before the gate checked the
heads, the guards hold what must not change.
"""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.gate import lacking
from briefing.nlp import parse

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on the fishing accord on Monday. "
TAIL = " Norland said it wanted a deal."


def points(sentence: str) -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == "Valdoria" for it in s.positions + s.preconditions]


KEPT_WITH_WHAT_THEY_NEED = [
    (
        # an adjective of judgement keeps what it judges, and an aside after it goes first
        "“We are deeply gloomy about the state of our trawlers, our harbours and our canneries after three poor "
        "seasons on the northern banks and two long strikes at the ports,” the Valdorian fisheries minister Ivo "
        "Ostrel said.",
        "gloomy about the state of",
    ),
    (
        # a verb keeps the only phrase that says what it is about
        "Valdoria's fleet owners said they could not rely on the courts to halt the sale of the northern quotas "
        "to foreign trawler firms before the autumn.",
        "rely on the courts",
    ),
]


@pytest.mark.parametrize(("sentence", "needed"), KEPT_WITH_WHAT_THEY_NEED)
def test_a_kept_head_keeps_what_it_needs(sentence: str, needed: str) -> None:
    found = points(sentence)
    assert any(needed in p for p in found), found


# The check itself, on parses: what it finds lost, and what it leaves alone.
LOST = [
    ("The guild can rely on the courts to stop the sale.", "The guild can rely", "on"),
    ("The owners want to come back to the table next week.", "The owners want to come", "back"),
    ("The minister is anxious about the cost of the new quays.", "The minister is anxious", "about"),
]


@pytest.mark.parametrize(("sentence", "kept", "lost"), LOST)
def test_the_gate_finds_what_a_head_lost(sentence: str, kept: str, lost: str) -> None:
    doc = parse(sentence)
    tokens = [t for t in doc if t.i < len(kept.split())]
    assert [t.text for t in lacking(tokens)][:1] == [lost]


WHOLE = [
    ("The talks collapsed in the capital on Friday.", "The talks collapsed"),  # a place is no complement
    ("The guild agreed a signing bonus of four hundred crowns.", "The guild agreed a signing bonus"),
    ("The accord was signed by President Ana Brisk of Valdoria.", "The accord was signed by President Ana Brisk"),
]


@pytest.mark.parametrize(("sentence", "kept"), WHOLE)
def test_the_gate_leaves_a_whole_point_alone(sentence: str, kept: str) -> None:
    doc = parse(sentence)
    tokens = [t for t in doc if t.i < len(kept.split())]
    assert lacking(tokens) == []


# A point keeps its main clause: a cut that takes the subject and 'be' ('Possible to meet ...', 'Hard
# issues, and ...') leaves words with no verb on top; such a point falls back to its whole clause.
MAIN_CLAUSE_KEPT = [
    ("Valdoria's minister Ivo Ostrel said it was possible to meet the Norland envoys.", "it was possible to meet"),
    (
        "“These are hard issues, and they need a firm pledge from both capitals,” Valdoria's minister Ivo Ostrel said.",
        "these are hard issues",
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), MAIN_CLAUSE_KEPT)
def test_a_point_keeps_its_main_clause(sentence: str, kept: str) -> None:
    found = points(sentence)
    assert found
    assert all(kept in p for p in found), found


# A verb follows the name put for 'we': each verb the subject governs agrees with it, a joined one too;
# a verb joined under a shared auxiliary keeps its form.
AGREEING = [
    (
        "“We continue to bargain in good faith and have presented a fair offer on the quotas,” Valdoria's "
        "minister Ivo Ostrel said.",
        "continues to bargain in good faith and has presented a fair offer",
    ),
    (
        "“We will try and do more to police the northern banks,” Valdoria's minister Ivo Ostrel said.",
        "will try and do more",
    ),
]


@pytest.mark.parametrize(("sentence", "agreeing"), AGREEING)
def test_each_verb_agrees_with_the_name(sentence: str, agreeing: str) -> None:
    found = points(sentence)
    assert any(agreeing in p for p in found), found
