"""Voices and actors the text names but places in no party: the premier's office, a body the model
tagged that the registry does not hold. A description or a pronoun that follows ('the statement
said', 'it also wants') takes up that voice, not a party named further back: a line bound to the
nearest party named is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from briefing.analysis.rules.attribution.speakers import resolve_speaker
from briefing.analysis.rules.lexicon import REPORTING_VERBS, is_news_source
from briefing.analysis.rules.side_names import name_words
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set

_SUBJECTS = word_set("grammar/subject_deps")
_RELATIVE_WORDS = word_set("relative_words")
# Entity kinds that name a body of its own ('the Corvel Institute', 'the Velikans', a breakaway
# region the model takes for a place or a product); a person's name the model mistags is most often
# a work of art or no entity, and stays the speaker context's.
_NAMED_BODIES = ("ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT")
MIN_SHARED_WORD = 3  # letters of a word two names share that may make them one ('Greens', 'Green Party')


def an_unplaced_name(who: Token, reg: Registry) -> bool:
    """The subject is a body's name, or a body a name owns ('Premier Ada Venn's office'), and neither it
    nor anything in its phrase is a party or a placed person. A person is left to the speaker context
    (she may be placed later); a name that shares a word with a party's may be that party."""
    if who.pos_ == "PRON" or who.lower_ in _RELATIVE_WORDS or _a_person(who, reg):
        return False
    owners = [t for c in who.children if c.dep_ == "poss" for t in c.subtree]
    if not (who.ent_type_ in _NAMED_BODIES or any(t.pos_ == "PROPN" for t in owners)):
        return False  # a bare proper noun the model tags as no body is as often a person's name
    if is_news_source(_entity_text(who)):
        return False  # "the wire service reports": it relays a voice, it is none
    if any(_placed_person(t, reg) for t in owners) or resolve_speaker(who, reg, None, None)[0] is not None:
        return False
    return not _words(who.subtree) & {w for party in reg.parties.values() for w in _party_words(party)}


def _entity_text(who: Token) -> str:
    """The whole name the word stands in ('Wire Press' for 'Press'), else the word."""
    entity = next((e for e in who.doc.ents if e.start <= who.i < e.end), None) if who.ent_type_ else None
    return who.text if entity is None else entity.text


def _a_person(who: Token, reg: Registry) -> bool:
    return who.ent_type_ == "PERSON" or reg.person_at(who.idx, who.idx + len(who.text)) is not None


def _placed_person(tok: Token, reg: Registry) -> bool:
    person = reg.person_at(tok.idx, tok.idx + len(tok.text))
    return person is not None and bool(person.party)


_ARTICLES = word_set("articles")


def _stem(word: str) -> str:
    return word.lower().rstrip("'’").removesuffix("s")


def _long_enough(word: str) -> bool:
    return len(word) >= MIN_SHARED_WORD and word.lower() not in _ARTICLES


def _words(tokens: Iterable[Token]) -> set[str]:
    """The phrase's capitalised words, stemmed: 'The Greens' -> {'green'}."""
    return {_stem(t.text) for t in tokens if t.text[:1].isupper() and _long_enough(t.text)}


def _party_words(party: Party) -> set[str]:
    """The words of the party's names, as the sides read them (`side_names.name_words`), stemmed."""
    return {_stem(w) for name in (party.name, *party.aliases) for w in name_words(name) if _long_enough(w)}


def subject_unplaced(sent: Span, reg: Registry) -> bool:
    """The subject of the sentence's main verb is an unplaced name ('The Corvel Front is also calling
    for ...'): a following 'it' is that body, not the party named before."""
    return any(c.dep_ in _SUBJECTS and an_unplaced_name(c, reg) for c in sent.root.children)


def voiced_by_no_party(sent: Span, reg: Registry) -> bool:
    """A verb of saying in the sentence has an unplaced name as its subject ('Premier Ada Venn's
    office said the walkout was unlawful'): a quote with no speaker that follows is that voice's."""
    return any(
        tok.dep_ in _SUBJECTS and tok.head.lemma_.lower() in REPORTING_VERBS and an_unplaced_name(tok, reg)
        for tok in sent
    )
