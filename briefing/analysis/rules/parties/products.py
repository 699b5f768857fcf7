"""Products the model took for parties: 'its pill Velmor', "Velt Pharma's drug Velmor", 'Orvo, a
painkiller made by Velt Pharma', 'the Dart, built by Brisk Motors'. A product may be the subject of
a great many sentences ('Velmor caused liver damage'), but it is a thing its maker sells, never a
side or a third party: the maker speaks and is contested. A name the text sets once beside a noun of
a product, or ties to a maker by a participle of making, is dropped from the parties."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import mention_heads
from briefing.analysis.rules.parties.names import whole_word_occurrences
from briefing.analysis.rules.types import Registry
from briefing.lang import word_set

_PRODUCT_NOUNS = word_set("product_nouns")
_MADE_BY_VERBS = word_set("made_by_verbs")
_AGENT_PREPOSITIONS = word_set("agent_prepositions")
# a 'place' may be a brand the model took for a town ('its pill Dormina' tagged GPE): only its words tell
_NEVER_PRODUCTS = ("state", "bloc", "body", "government", "union", "workforce")


def products_named_as_parties(doc: Doc, reg: Registry) -> None:
    """Drop each party (never a state, bloc or union) and each 'person' that some mention names as a product."""
    for name, party in list(reg.parties.items()):
        if party.kind in _NEVER_PRODUCTS:
            continue
        # every place the name is written, not only where the model tagged it an organisation: the one
        # sentence that says what it is ('its drug Velmor') is often tagged otherwise
        if _named_as_a_product(doc, [*party.mentions, *whole_word_occurrences(doc.text, name)], person=False):
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
    apposition), 'its heart drug Velmor' (the name in apposition to a product noun: the parser makes
    the noun the head), 'the Dart, built by Brisk Motors' (a participle of making with its maker) and,
    for a name the model took for a person, 'the Dart sedan' (the name compounded into a product noun)."""
    if name.dep_ == "appos" and _product_noun(name.head):
        return True
    if _object_beside_a_product_noun(name):
        return True
    for child in name.children:
        if child.dep_ in ("compound", "appos") and _product_noun(child):
            return True
        if child.dep_ == "acl" and _made_by(child):
            return True
    head = name.head
    return person and name.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in _PRODUCT_NOUNS


def _object_beside_a_product_noun(name: Token) -> bool:
    """'its pill Dormina' parsed as two objects of one verb: the product noun written right before the
    name, both hung on the same word. A name that acts ('the pill Velmar sells', 'the drug Orvo makes')
    is the subject of its own clause, a maker, never the product."""
    if name.i == 0 or name.dep_ in _ACTING_DEPS:
        return False
    before = name.doc[name.i - 1]
    return _product_noun(before) and before.dep_ != "compound" and before.head.i == name.head.i


_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _product_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _PRODUCT_NOUNS


def _made_by(verb: Token) -> bool:
    """'built by Brisk Motors': a participle of making with its 'by'."""
    if verb.lemma_.lower() not in _MADE_BY_VERBS or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "agent" or c.lower_ in _AGENT_PREPOSITIONS for c in verb.children)
