"""Stance verbs: when a verb, a noun, a modal or a predicate adjective takes a stance ('faulted that',
'decided to stop', 'would sign', 'is ready to talk'), and when it is a plain action or the
reporter's own voice."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.lexicon import (
    STATEMENT_VERBS,
    a_receiving_verb,
    pronouns,
)
from briefing.lang import word_set

_FIRST_PERSON_SUBJECTS = pronouns("first-person subjects", lambda p: p.person == "1" and "subject" in p.forms)


def the_writer_acting(verb: Token, subject: Token) -> bool:
    """'We have reopened talks with the lenders' outside any quote: a statement written by a party
    (a press release, an open letter) says what the party does, and all of it is its position. Not
    'we' inside a subordinate clause, where the main clause has its say."""
    if subject.lower_ not in _FIRST_PERSON_SUBJECTS or verb.pos_ != "VERB":
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


NON_STANCE_VERBS = word_set("non_stance_verbs")


STANCE_NOUNS = word_set("stance_nouns")


DEMAND_NOUNS = word_set("demand_nouns")  # a demand is a condition, and conditions.py reads it
_STANCE_OR_DEMAND_NOUNS = STANCE_NOUNS | DEMAND_NOUNS


def states_or_stands(verb: Token, subject: Token) -> bool:
    """A verb of speech or stance, in any of the ways a party takes one."""
    lemma = verb.lemma_.lower()
    return lemma in STATEMENT_VERBS or is_copular_stance(verb) or takes_a_stance(verb, subject)


# Refusal, readiness, agreement and holding out: the same words that make a clause hold a condition.
COMMITMENT_VERBS = word_set("condition_predicates")


_COMMITTING_MODALS = word_set("committing_modals")


def _committed(verb: Token) -> bool:
    """'would sign on conditions', 'will not attend': a modal commits the party, and a refusal does so
    even for a plain action; 'will meet on Tuesday' only schedules one."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if _COMMITTING_MODALS.isdisjoint(auxes):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.lemma_.lower() in COMMITMENT_VERBS


PLAIN = word_set("plain_adjectives")


_MAKING_VERBS = word_set("making_verbs")


def takes_a_stance(verb: Token, subject: Token) -> bool:
    """Any verb whose subject acts on a proposition takes a stance: 'faulted the board for ...',
    'decided to stop supplying', 'voted to authorise a strike', 'launched an appeal'. A plain action
    ('met', 'signed', 'travelled') or a passive ('is expected to') does not."""
    if verb.pos_ != "VERB" or subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if _stance_by_its_object(verb) or _committed(verb):
        return True
    return verb.lemma_.lower() not in NON_STANCE_VERBS and _acts_on_a_proposition(verb)


def _stance_by_its_object(verb: Token) -> bool:
    """Even a light verb takes a stance with a stance noun or 'plain' as its object."""
    if a_receiving_verb(verb.lemma_):
        return False  # "received criticism from drivers": the drivers' stance, not the receiver's
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _STANCE_OR_DEMAND_NOUNS for c in verb.children):
        return True  # even a light verb: "made an offer", "has concerns", "set a precondition"
    # "made it clear that ...", "made plain its opposition"
    return verb.lemma_.lower() in _MAKING_VERBS and any(c.lemma_.lower() in PLAIN for c in verb.children)


_STANCE_PREPOSITIONS = word_set("stance_prepositions")


_INFINITIVE_MARKS = word_set("infinitive_marks")
_WAITING_VERBS = word_set("waiting_verbs")


def _acts_on_a_proposition(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return True  # a clause: "faulted that the offer ignores pensions"
        if _infinitive_clause(child):
            return True  # an infinitive: "decided to stop supplying", "voted to authorise a strike"
        if child.dep_ == "prep" and child.lower_ in _STANCE_PREPOSITIONS and verb.lemma_.lower() not in _WAITING_VERBS:
            return any(g.dep_ in ("pobj", "pcomp") for g in child.children)
    return False


def _infinitive_clause(child: Token) -> bool:
    return child.dep_ == "xcomp" and any(g.lower_ in _INFINITIVE_MARKS for g in child.children)


def is_copular_stance(tok: Token) -> bool:
    """'X is ready to talk', 'X remains firm', 'X is opposed to the sale': a stance with no stance verb."""
    if tok.lemma_ not in _COPULAS:
        return False
    return any(
        c.dep_ == "acomp" and (c.lemma_.lower() in STANCE_ADJECTIVES or c.lower_ in STANCE_ADJECTIVES)
        for c in tok.children
    )


_COPULAS = word_set("copulas")


STANCE_ADJECTIVES = word_set("stance_adjectives")


_SILENCE_WORDS = word_set("silence_words")  # respond, comment, reply
_DECLINING_VERBS = word_set("declining_verbs")
_NEGATIONS = word_set("negation_words")
_NO_ONE_WORDS = word_set("no_one_subject_words")


def says_nothing(verb: Token) -> bool:
    """'did not respond to a request', 'declined to comment', 'neither the guild nor the board has
    commented': a silence, which tells no stance of the one who kept it."""
    lemma = verb.lemma_.lower()
    if lemma in _DECLINING_VERBS:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _SILENCE_WORDS for c in verb.children)
    if lemma not in _SILENCE_WORDS:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINING_VERBS:
        return True  # "declined to comment", read from the word of speech
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children) or any(
        g.lower_ in _NO_ONE_WORDS for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree
    )
