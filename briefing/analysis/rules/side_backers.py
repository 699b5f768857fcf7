"""Backers of a deal: a lender or funder whose money depends on the deal looks on at it from
outside ('the bank, which is lending the funds, said its money depended on the review', 'the fund
has pledged to finance half the cost', 'Kestrel Bank, the main lender to the line'). It speaks a
great deal, but the parties to the deal are the sides. A lender the text sets against another party
(it sues its borrower, the borrower refuses to pay it) is a side of that quarrel: `side_choice`
weighs a backer down only when no act of dispute joins it to another party."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import mention_heads
from briefing.analysis.rules.types import Party
from briefing.lang import word_set

_LENDING_VERBS = word_set("lending_verbs")
_LENDER_NOUNS = word_set("lender_nouns")
_LENDING_NOUNS = word_set("lending_nouns")
_PROVIDING_VERBS = word_set("providing_verbs")
_AGENT_PREPOSITIONS = word_set("agent_prepositions")


def puts_up_the_money(doc: Doc, party: Party) -> bool:
    """Whether the text tells the party lends or funds: the subject of a verb of lending (or of a verb
    whose infinitive is one: 'pledged to finance'), the one a lending clause or an apposed lender
    noun is set beside, or the 'by' of a passive ('funded by the bank')."""
    return any(_lends(head) for head in mention_heads(doc, party.mentions))


def _lends(name: Token) -> bool:
    beside = [c for c in name.children if c.dep_ in ("relcl", "acl", "appos")]
    if any(_lending(c) or c.lemma_.lower() in _LENDER_NOUNS or _whose_money(c) for c in beside):
        return True
    verb = name.head
    if name.dep_ == "nsubj":
        return _lending(verb) or any(c.dep_ == "xcomp" and _lending(c) for c in verb.children)
    return name.dep_ == "pobj" and verb.lower_ in _AGENT_PREPOSITIONS and _lending(verb.head)


def _lending(verb: Token) -> bool:
    """'lends', 'finances', or hands over money: 'provides a loan', 'approved the bailout'."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _LENDING_VERBS:
        return True
    return lemma in _PROVIDING_VERBS and any(c.dep_ == "dobj" and _money(c) for c in verb.children)


def _whose_money(clause: Token) -> bool:
    """'whose bailout hinges on the deal': a clause on the name about the name's own money (the model
    may hang the money noun and the 'whose' on the clause's verb or on its subject)."""
    if clause.dep_ != "relcl":
        return False
    near = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "poss")]
    near += [g for c in near for g in c.children if g.dep_ in ("compound", "poss")]
    return any(_money(t) for t in near) and any(t.dep_ == "poss" and t.tag_ == "WP$" for t in near)


def _money(noun: Token) -> bool:
    return noun.lemma_.lower() in _LENDING_NOUNS or noun.lower_ in _LENDING_NOUNS
