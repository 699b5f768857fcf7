"""People held whose release is at stake: 'the release of Ana Berg', "Berg's detention", 'freeing
detained President Ivo Lang', 'depends on Berg and Lang being released'. A prisoner exchanged for a
debt or a deposed leader held by a junta is a third party a brief must name, though they hold no
office the text names and speak for no side (`roles._person_part`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.rules.role_grammar import name_head
from briefing.analysis.rules.types import Person
from briefing.lang import word_set

_RELEASE_WORDS = word_set("release_words")
_HOLDING_NOUNS = word_set("detention_nouns")
_HOLDING_VERBS = word_set("detaining_verbs")
_HELD_MODIFIERS = word_set("held_modifiers")
_OF_PREPOSITIONS = word_set("of_prepositions")

RELEASE_ROLE = "held; release at stake"
HELD_ROLE = "held"
RELEASED_ROLE = "released"
_DONE_AUXILIARIES = word_set("done_auxiliaries")  # "was released", "has been freed": a release told as done
_MODALS = word_set("modals")
_NEVER_WORDS = word_set("never_words")


def held(doc: Doc, person: Person) -> tuple[str, Span] | None:
    """The role of a person the text tells is held, and the mention that tells it: released when any
    mention tells the release as done (a later "was freed on Friday" ends what an earlier "the release of
    Berg" put at stake), else their release at stake when a word of release names them, else held."""
    at_stake = found = None
    for start, end in sorted(person.mentions):
        span = doc.char_span(start, end, alignment_mode="expand")
        word = _held_by(name_head(span.root)) if span is not None else None
        if word is None:
            continue
        if word == RELEASED_ROLE:
            return RELEASED_ROLE, span  # "Ana Berg was released on Monday": no longer at stake
        if word in _RELEASE_WORDS:
            at_stake = at_stake or (RELEASE_ROLE, span)
        found = found or (HELD_ROLE, span)
    return at_stake or found


def _held_by(tok: Token) -> str | None:
    """The word that holds or frees the name's phrase: its noun ("Berg's detention", 'the release of
    Berg'), its verb ('freeing Berg', 'Berg was jailed'), or a word before the name ('detained
    President Lang')."""
    first = tok
    while first.dep_ == "conj":
        first = first.head  # "Berg and Lang being released"
    governor = None
    if first.dep_ == "poss" or (first.dep_ in ("dobj", "nsubjpass") and first.head.pos_ == "VERB"):
        governor = first.head
    elif first.dep_ == "pobj" and first.head.lower_ in _OF_PREPOSITIONS:
        governor = first.head.head
    if governor is not None and _a_holding_word(governor):
        return RELEASED_ROLE if _released(governor) else governor.lemma_.lower()
    modifier = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in _HELD_MODIFIERS), None)
    return modifier.lower_ if modifier is not None else None


# "was held responsible", "was found guilty": a verb with a complement tells no detention.
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def _a_holding_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _RELEASE_WORDS or tok.lower_ in _RELEASE_WORDS:
        return True
    if tok.pos_ == "VERB":
        return lemma in _HOLDING_VERBS and not any(c.dep_ in _COMPLEMENT_DEPS for c in tok.children)
    return lemma in _HOLDING_NOUNS


def _released(verb: Token) -> bool:
    """'was released', 'have been freed': a release the text tells as done, not one a deal 'depends on
    Berg being released' nor one that 'will be' done, nor one denied ('was never freed')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RELEASE_WORDS:
        return False
    if any(c.dep_ == "neg" or c.lower_ in _NEVER_WORDS for c in verb.children):
        return False  # "was not freed", "has never been released": still held
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in _DONE_AUXILIARIES for a in auxiliaries) and not any(a in _MODALS for a in auxiliaries)
