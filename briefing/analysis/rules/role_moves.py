"""Signs that a party the sides leave out is one of the dispute's own parties, not a third party:
it makes its own move in the bargain ('turned down the draft', 'raised its offer', 'is contesting
the count'), or it is the state whose organ is a side ('Norland' of "Norland's Department of Ports").
Such a party is left out of the third parties: a wrong third party is worse than a missing one."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.rules.types import Party
from briefing.lang import word_set

_BARGAINING_VERBS = word_set("bargaining_verbs")
_BARGAINING_NOUNS = word_set("bargaining_nouns")
_BRIDGING_NOUNS = word_set("bridging_nouns")
_ROLE_VERBS = word_set("role_verbs")


def bargains(mention: Span) -> bool:
    """Whether the clause the mention is the subject of is a move in the bargain: 'Arlenia and
    Portugal are contesting the count', 'Portugal raised its offer'. An offer to take a third
    party's part ('offered to host') or to bridge the sides ('offered a compromise') is no move."""
    verb = _verb_of_subject(mention.root)
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if any(c.lemma_.lower() in _ROLE_VERBS or c.lemma_.lower() in _BRIDGING_NOUNS for c in objects):
        return False
    if verb.lemma_.lower() in _BARGAINING_VERBS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _BARGAINING_NOUNS for c in objects)


def _verb_of_subject(tok: Token) -> Token | None:
    """The verb whose subject the mention is, through a coordination ('A and B rejected'), or whose
    agent it is ('the terms offered by the board')."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Portugal" of "the Portugal government"
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return tok.head


def owns_a_side(doc: Doc, party: Party, sides: list[Party]) -> bool:
    """Whether the article names a side as this party's own organ: "Norland's Department of Ports",
    when the department is a side, makes Norland that side's state, not a third party to it."""
    for start, end in party.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ != "poss":
            continue
        owned = span.root.head
        if any(_inside(owned, side) for side in sides if side is not party):
            return True
    return False


def _inside(tok: Token, side: Party) -> bool:
    return any(start <= tok.idx < end for start, end in side.mentions)


MIN_OWNED_WORDS = 2  # "People's Party" is one name, not a party owned by a people

# "Norland's Fair Trade Office": the owner written before a name is no part of what it names.
_OWNER = re.compile(r"^.+?['’]s\s+(?=\S)")


def owned_name(name: str) -> str:
    """The name without a possessive owner before it: "Norland's Fair Trade Office" -> 'Fair Trade
    Office', so a side known by its acronym ('FTO') is found under its long name too."""
    owned = _OWNER.sub("", name, count=1)
    return owned if len(owned.split()) >= MIN_OWNED_WORDS else name
