"""Challenge suite (issue #25, class 3): a point that had to be shortened still reads whole.

Fitting a long clause into a point drops its optional parts, never what completes a word: a bare
noun keeps its 'of' phrase ('the notion of a ceiling'), what is asked keeps the clause that defines
it ('a salary that matches rents'), a verb keeps the clause after a phrase that only says when
('promised in January to lift ...'), and a phrase on the main verb goes after the phrases inside its
arguments ('charged the coast guard with preparing ...'), and what is left of a clause whose head
went with the frame ('which [he said] would ...') goes first. A clause dropped with its 'and' leaves no
'and' behind, and a name the point has just said is not put again for 'she'. Invented sentences;
the first cases failed before these mechanisms, the guards after them hold what must not change.
"""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.gate import cut_short
from briefing.nlp import parse

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday. "
TAIL = " Norland said it wanted a deal."


def points(sentence: str) -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == "Valdoria" for it in s.positions + s.preconditions]


KEPT_WHOLE = [
    (
        "Valdorian transport minister Ivo Ostrel dismissed the notion of a permanent ceiling on the number of "
        "lorries crossing the border each month.",
        "dismissed the notion of a permanent ceiling",
    ),
    (
        "Valdoria had promised in January to lift its duties on Norland's steel for two years on standard terms.",
        "promised in January to lift its duties",
    ),
    (
        "The Valdorian seafarers' guild is asking for a salary that matches the cost of housing and a pledge that "
        "no terminal will shut, its leader Ana Brisk said.",
        "asking for a salary that matches the cost of housing",
    ),
    (
        "Valdoria's interior ministry has charged the coast guard with preparing a scheme to clear the mines from "
        "the bay before the autumn storms arrive.",
        "with preparing a scheme to clear the mines",
    ),
    (
        "Valdoria's trade minister Ivo Ostrel rejected the notion of a yearly ceiling, which he said would leave "
        "Valdoria paying for every bad harvest in the south.",
        "rejected the notion of a yearly ceiling",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    KEPT_WHOLE,
    ids=["noun-of", "verb-after-when", "defining-clause", "main-phrase-last", "clause-left-by-its-frame"],
)
def test_a_shortened_point_keeps_what_completes_its_words(sentence: str, whole: str) -> None:
    found = points(sentence)
    assert any(whole in t for t in found), found


def test_a_dropped_joined_clause_takes_its_and_and_the_name_is_said_once() -> None:
    found = points(
        "Valdoria's envoy Lena Sarov said on Friday that she had urged Norland to “stop stalling and start "
        "talking,” and that her government would weigh new tariffs if the border stayed shut."
    )
    said = [t for t in found if "urged Norland" in t]
    assert said, found
    for text in said:
        assert text.count("Sarov") == 1, text
        assert text.count("“") == text.count("”") == 1, text
        assert not text.rstrip('”"').endswith(" and"), text


GUARDS = [
    # a participle only adds to its noun: it goes first
    (
        "Valdoria rejected a quota table prepared by the Estor commission after three months of surveys along "
        "its coast.",
        "Valdoria rejected a quota table",
    ),
    # a clause on a noun that no verb of asking takes only adds to it
    (
        "Valdoria will not open its grain depots to inspectors under any scheme that the Norland government has "
        "drafted in recent months.",
        "Valdoria will not open its grain depots",
    ),
    # the phrase after a bare 'be' is what it says: the condition keeps it
    (
        "The Valdorian army is ready to discuss a ceasefire and the hostages, but only once the artillery is in "
        "the hands of the observers.",
        "The artillery is in the hands of the observers",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS, ids=["participle", "under-any", "be-phrase"])
def test_what_only_adds_may_still_go(sentence: str, expected: str) -> None:
    found = points(sentence)
    assert expected in found, found
    assert all(len(t.split()) <= 20 for t in found), found


def test_a_preposition_is_cut_short_without_the_one_it_takes() -> None:
    """'according' without 'to the ministry', 'ahead' without 'of the vote': the second word completes
    the first, so fitting keeps it and the gate counts it missing."""
    doc = parse("The Valdorian dockers asked for time to study the offer, according to the ministry.")
    upto = next(t.i for t in doc if t.lower_ == "according")
    cut = [t for t in doc if t.i <= upto and not t.is_punct]
    assert [c.lower_ for c in cut_short(cut)] == ["to"]


def test_a_point_fitted_from_the_whole_sentence_drops_its_frame() -> None:
    """A quoted sentence whose frameless clause, once fitted, reads cut falls back to the whole
    sentence fitted around its frame: the frame goes once it is fitted, never left as ', X said'."""
    text = (
        "Harbour workers of the Valdoria Dockers Union walked out on Monday at Norland Shipping terminals. "
        "Union leader Ivo Ostrel spoke to reporters. “Given how grave this labour gap is, harbour crews are "
        "prepared to sit down with Norland Shipping managers the moment those managers agree to negotiate "
        "honestly about durable answers so that crews can stay safe and take the breaks owed to them — this "
        "week and the next,” Ostrel said. Norland Shipping said it wanted a deal."
    )
    brief = brief_of(text)
    said = [it.text for s in brief.sides for it in s.positions + s.preconditions if "sit down" in it.text]
    assert said, "the crews' readiness to meet is a point"
    assert not any(p.rstrip(" .").endswith("said") for p in said), said
