"""Challenge suite: one test of a forum, for the sides and for a third party's role
(briefing/analysis/rules/role_grammar.brought_before).

A court or board a case is taken to is where a side takes its case, not whom it fights; the sides
(`side_onlookers.is_forum`) and the roles (`role_grammar.forum`) ask the same question of the same
words, so a name joined to another forum ('at the Harbour Court and the Appeals Board') is a forum for
both. Invented sentences."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.role_grammar import brought_before
from briefing.analysis.rules.side_onlookers import is_forum
from briefing.nlp import load_model


def _word(sentence: str, word: str) -> Token:
    return next(t for t in load_model()(sentence) if t.text == word)


def test_a_forum_joined_to_another_is_a_forum_for_the_sides() -> None:
    board = _word("Kestrel Shipping challenged the fine at the Harbour Court and the Appeals Board.", "Board")
    assert is_forum(board)
    preposition = brought_before(board)
    assert preposition is not None and preposition.text == "at"


def test_a_name_the_case_is_brought_against_is_no_forum() -> None:
    # control: the one sued is the object of 'against', no preposition that brings a case before it
    board = _word("Kestrel Shipping filed a lawsuit against the Appeals Board.", "Board")
    assert not is_forum(board)
    assert brought_before(board) is None
