"""Products the model took for parties: 'its pill Velmor', "Velt Pharma's drug Velmor", 'Orvo, a
painkiller made by Velt Pharma', 'the Dart, built by Brisk Motors'. A product may be the subject of
a great many sentences ('Velmor caused liver damage'), but it is a thing its maker sells, never a
side or a third party: the maker speaks and is contested. A name the text sets once beside a noun of
a product, or ties to a maker by a participle of making, is dropped from the parties."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import mention_heads
from briefing.analysis.rules.types import Registry
from briefing.lang import word_set

_PRODUCT_NOUNS = word_set("product_nouns")
_MADE_BY_VERBS = word_set("made_by_verbs")
_AGENT_PREPOSITIONS = word_set("agent_prepositions")
_NEVER_PRODUCTS = ("state", "place", "bloc", "body", "government", "union", "workforce")


def products_named_as_parties(doc: Doc, reg: Registry) -> None:
    """Drop each party (never a state, bloc or union) and each 'person' that some mention names as a product."""
    for name, party in list(reg.parties.items()):
        if party.kind not in _NEVER_PRODUCTS and _named_as_a_product(doc, party.mentions, person=False):
            del reg.parties[name]
            _forget(reg, "party", name)
    for surname, person in list(reg.persons.items()):
        if _named_as_a_product(doc, person.mentions, person=True):
            del reg.persons[surname]
            _forget(reg, "person", surname)


def _forget(reg: Registry, kind: str, key: str) -> None:
    for span, value in list(reg.spans.items()):
        if value == (kind, key):
            del reg.spans[span]


def _named_as_a_product(doc: Doc, mentions: list[tuple[int, int]], *, person: bool) -> bool:
    return any(_product_name(name, person=person) for name in mention_heads(doc, mentions))


def _product_name(name: Token, *, person: bool) -> bool:
    """'its pill Velmor' (a product noun compounded into the name), 'Velmor, a painkiller' (one in
    apposition), 'the Dart, built by Brisk Motors' (a participle of making with its maker) and, for a
    name the model took for a person, 'the Dart sedan' (the name compounded into a product noun)."""
    for child in name.children:
        if child.dep_ in ("compound", "appos") and child.lemma_.lower() in _PRODUCT_NOUNS and child.pos_ == "NOUN":
            return True
        if child.dep_ == "acl" and _made_by(child):
            return True
    head = name.head
    return person and name.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in _PRODUCT_NOUNS


def _made_by(verb: Token) -> bool:
    """'built by Brisk Motors': a participle of making with its 'by'."""
    if verb.lemma_.lower() not in _MADE_BY_VERBS or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "agent" or c.lower_ in _AGENT_PREPOSITIONS for c in verb.children)
