"""A date given as a point of comparison, not as the time of an event: "the worst drought since
2009", "the first talks since 2018", "hit its highest level since March 2019", "fell below its 2009
level", "lower than in 2015". The date measures a record or a level against the past; nothing the
text reports happened then, so the engine tells no event on it. Read by `finder.py`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.lang import word_set

_SINCE = word_set("since_words")
_COMPARING = word_set("comparison_prepositions")
_RANKING = word_set("ranking_words")
# How a date hangs from the noun or verb it measures against: as the object of 'since'/'than', or as
# a number or name on the noun ('its 2009 level').
_ON_A_NOUN = frozenset({"nummod", "compound", "nmod", "amod"})


def a_reference_point(span: Span) -> bool:
    """The date (its tokens `span`) is a point of comparison: after 'since' on a ranked noun or in a
    clause that ranks, or under a preposition of comparison."""
    root = span.root
    # the span may hold its preposition ("since 2009") or not ("2009", the object of 'since')
    prep = root if root.pos_ in ("ADP", "SCONJ") else root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _SINCE:
        return _ranked(prep.head)
    if root.dep_ in _ON_A_NOUN and root.head.pos_ == "NOUN":
        return _compared(root.head)  # "below its 2009 level"
    return prep is not None and _compared(prep.head)  # "than in 2015", with "in" under "than"


def _ranked(head: Token) -> bool:
    """The noun or the clause 'since' hangs from ranks a thing: a superlative or an ordinal on the
    noun ('the worst drought since', 'the first time since'), or on the verb's object or attribute
    ('hit its highest level since')."""
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ("dobj", "attr")]
    return any(ranks(m) for noun in nouns for m in noun.children if m.dep_ == "amod")


def ranks(modifier: Token) -> bool:
    """An ordinal or a superlative: 'third', 'first', 'longest', 'worst'. Read by `finder.py` too."""
    return modifier.tag_ == "JJS" or modifier.ent_type_ == "ORDINAL" or modifier.lower_ in _RANKING


def _compared(tok: Token) -> bool:
    """The word itself, or the preposition it hangs from (up to two steps), compares: 'below',
    'than', 'above'."""
    for t in (tok, tok.head, tok.head.head):
        if t.lower_ in _COMPARING:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False
