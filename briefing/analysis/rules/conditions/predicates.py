"""A demand noun said of a thing across a copula: 'a levy cut is the guild's key demand', 'scrapping the
levy is the chief demand of the dockers', 'a pay rise is among the preconditions', 'fresh polls remain one of
the opposition's demands'. The thing the copula's subject names is the demand; whose demand it is comes
from the noun's own phrase ('the guild's', 'of the dockers'), never from the subject, which is the
thing demanded. The words are language data."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.doctext import children_of
from briefing.analysis.rules.conditions.clauses import negated
from briefing.analysis.rules.lexicon import pronouns
from briefing.lang import word_set

_DEMAND_COPULAS = word_set("demand_copulas")
_MEMBER_PREPOSITIONS = word_set("member_prepositions")
_PART_OF_WORDS = word_set("part_of_words")
_OF_PREPOSITIONS = word_set("of_prepositions")
_POSSESSIVES = pronouns("possessives", lambda p: "possessive" in p.forms)
# The subject a copula says a thing of: a noun phrase, a passive one, or a clause ('scrapping the levy').
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def predicate_copula(noun: Token) -> Token | None:
    """The copula a demand noun is the predicate of: 'is the demand', 'is among the demands', 'remains
    one of the demands'. None when the noun is no predicate or the copula is negated ('is not among')."""
    copula = _copula_over(noun)
    if copula is None or copula.lemma_.lower() not in _DEMAND_COPULAS or negated(copula):
        return None
    return copula


def _copula_over(noun: Token) -> Token | None:
    if noun.dep_ == "attr":
        return noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    preposition = noun.head
    if preposition.lower_ in _MEMBER_PREPOSITIONS:
        return preposition.head  # "is among the demands"
    part = preposition.head
    if preposition.lower_ in _OF_PREPOSITIONS and part.lower_ in _PART_OF_WORDS and part.dep_ == "attr":
        return part.head  # "remains one of the demands"
    return None


def subject_said_of(copula: Token) -> list[Token]:
    """The words of the thing the copula speaks of, when it stands before the copula (not a question)."""
    subjects = [c for c in children_of(copula) if c.dep_ in _SUBJECT_DEPS and c.i < copula.i]
    return [t for c in subjects for t in c.subtree]


def predicate_holder(noun: Token) -> Token | None:
    """Whose demand the predicate names: 'the guild's demand', 'a demand of the dockers'; None leaves
    it to the speaker. A possessive pronoun ('our demand') is the speaker's."""
    possessor = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if possessor is not None:
        return None if possessor.lower_ in _POSSESSIVES else possessor
    of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in _OF_PREPOSITIONS), None)
    return None if of is None else next((c for c in children_of(of) if c.dep_ == "pobj"), None)


def unnamed_holder(holder: Token | None) -> bool:
    """'the chief demand of the growers', 'the growers' demand': a holder told by a common noun, no
    name. A point read from it is bound to its holder only where the registry places that noun in a
    party (positions.py asks it); it never falls to whoever speaks."""
    return holder is not None and holder.pos_ == "NOUN" and not holder.ent_type_


def counted_without_holder(noun: Token) -> bool:
    """'a pay rise is among the demands, the board said': counted among demands nobody is said to hold,
    the thing may be the other side's demand that the speaker reports. 'Among our demands', 'among its
    demands' and 'among the guild's demands' say whose."""
    if noun.dep_ != "pobj":
        return False  # "a full withdrawal is the precondition": the subject is the speaker's demand
    return not any(c.dep_ == "poss" for c in children_of(noun)) and predicate_holder(noun) is None
