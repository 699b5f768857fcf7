"""Which way round a marked condition reads: a state of pressure kept in place 'as long as' or
'while' something holds is lifted only when that stops holding; in a trade, the one who gains pays
the price, so the terms are the other side's. The words are language data."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.doctext import children_of
from briefing.analysis.rules.conditions.clauses import subject_of
from briefing.lang import word_set

_HELD_PRESSURE = word_set("held_pressure_words")
_HOLDING_STATE = word_set("holding_state_verbs")
# What the holding verb keeps: its subject ('the strike will go on'), the state it stays in ('stay
# shut'), the step it keeps taking ('keep striking') or the thing it keeps so ('keep the gates shut').
_KEPT_DEPS = ("nsubj", "nsubjpass", "acomp", "oprd", "xcomp", "dobj", "ccomp")


def holds_pressure(main: Token | None) -> bool:
    """'the gates would stay shut as long as the levy remained', 'the strike will go on while the
    board refuses': the main clause keeps a state of pressure in place, so the side's terms are that
    the clause stops holding. 'Will keep its offer open as long as the talks go on' keeps no pressure:
    its terms are the clause as said."""
    if main is None:
        return False
    holders = [v for v in _with_the_verbs_it_completes(main) if v.lemma_.lower() in _HOLDING_STATE]
    return any(
        t.lemma_.lower() in _HELD_PRESSURE or t.lower_ in _HELD_PRESSURE
        for verb in holders
        for c in verb.children
        if c.dep_ in _KEPT_DEPS
        for t in (c, *(g for g in c.children if g.dep_ in ("compound", "acomp", "oprd")))
    )


def _with_the_verbs_it_completes(verb: Token) -> list[Token]:
    """'frozen' in 'will remain frozen', 'striking' in 'will keep striking': the word the marked clause
    hangs on and the holding verb it completes."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp", "oprd") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


_BENEFIT_VERBS = word_set("benefit_verbs")
_BESTOWING_VERBS = word_set("bestowing_verbs")


def gainer_in_a_trade(main: Token | None) -> Token | None:
    """'In exchange for a wage freeze, the guild would obtain two seats', 'would be given two seats in
    return for ...': the main clause's subject gains in the trade, so the price is laid on it and the
    terms are the other side's. None when the subject gives ('offered a rise in exchange for ...')."""
    if main is None:
        return None
    lemma = main.lemma_.lower()
    subjects = {c.dep_ for c in children_of(main)}
    active = "nsubj" in subjects and lemma in _BENEFIT_VERBS
    passive = "nsubjpass" in subjects and lemma in _BESTOWING_VERBS
    return subject_of(main) if active or passive else None
