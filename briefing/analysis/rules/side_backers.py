"""Backers of a deal: a lender or funder whose money depends on the deal looks on at it from
outside ('the bank, which is lending the funds, said its money depended on the review', 'the fund
has pledged to finance half the cost', 'Kestrel Bank, the main lender to the line'). It speaks a
great deal, but the parties to the deal are the sides. A lender the text sets against another party
(it sues its borrower, the borrower refuses to pay it) is a side of that quarrel: `side_choice`
weighs a backer down only when no act of dispute joins it to another party.

Paying for one's own project is no backing: 'Norland funds the dam project' leaves Norland the owner
of the contested dam, a side. A party that pays for a thing (not money handed over, not a share of a
cost) that the clause ties to no other party, or for 'its pipeline', pays for its own; a bank or a
fund lends by trade."""

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
    lending = (_lends(head) for head in mention_heads(doc, party.mentions))
    return any(verb is not None and not _pays_for_its_own(verb, party) for verb in lending)


_OWN_POSSESSIVES = word_set("own_possessives")
_MONEY_LENDER_WORDS = word_set("money_lender_words")
_FUNDED_SHARE_NOUNS = word_set("funded_share_nouns")
_PARTY_ENTITIES = ("ORG", "GPE", "NORP", "PERSON")


def _pays_for_its_own(verb: Token, party: Party) -> bool:
    """'Norland funds the dam project', 'the firm finances its pipeline': what the verb pays for is a
    thing of the payer's own, not money handed to another ('lends 2 billion dollars', 'finance half
    the cost') nor another party's ('funds the Valdorian militia'). A bank or fund lends by trade."""
    funded = [t for c in verb.children if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree]
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for thing in _paid_for(verb) for c in thing.children):
        return True  # 'finances its pipeline'; not 'funds the militia in its war', whose 'its' is the militia's
    if any(word in _MONEY_LENDER_WORDS for word in party.name.lower().split()):
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or _money(thing) or thing.ent_type_ == "MONEY" or thing.lemma_.lower() in _FUNDED_SHARE_NOUNS:
        return False
    return not any(t.ent_type_ in _PARTY_ENTITIES and not _inside(t, party) for t in funded)


def _paid_for(verb: Token) -> list[Token]:
    """The nouns a verb of paying pays for: its objects ('finances its pipeline'), else the objects of
    its prepositions ('pays for its own dam')."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return things or [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _inside(tok: Token, party: Party) -> bool:
    return any(start <= tok.idx < end for start, end in party.mentions)


def _lends(name: Token) -> Token | None:
    """The clause, verb or noun that tells the name lends, if one does."""
    beside = [c for c in name.children if c.dep_ in ("relcl", "acl", "appos")]
    found = next((c for c in beside if _lending(c) or c.lemma_.lower() in _LENDER_NOUNS or _whose_money(c)), None)
    if found is not None:
        return found
    verb = name.head
    if name.dep_ == "nsubj":
        if _lending(verb):
            return verb
        return next((c for c in verb.children if c.dep_ == "xcomp" and _lending(c)), None)
    if name.dep_ == "pobj" and verb.lower_ in _AGENT_PREPOSITIONS and _lending(verb.head):
        return verb.head
    return None


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
