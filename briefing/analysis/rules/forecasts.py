"""A forecast: a commentator's expectation of what will happen, not a side's stance or an event anyone
has set. "Fares could rise by April, one economist warned", "the board will probably settle for a
smaller cut, according to a consultant", "analysts expect the ban to stay".

The clause is told as a likelihood (a modal of supposition, 'probably', 'likely', 'expect') and its
speaker stands outside the dispute: the subject of the clause or of a verb that frames it, or the one
it is 'according to', is a commentator (a professor, an analyst, an observer) or, told as a likelihood,
a consultant or adviser. A firm "the union will strike on Monday" is no forecast, and neither is a
side's own "we could sign on Friday".

A generalisation is told of a kind of actor, not of one: a bare plural subject with a word of habit or
a modal of mere supposition ("courts seldom overturn such awards", "regulators may step in"). It is the
writer's or a commentator's rule of thumb: no party's act, role or stance.

The shared predicates are read by the events stage (`event_forecasts.py`: no upcoming row), the
positions stage (a forecast or a generalisation is no position or condition of a side) and the roles'
acts (`role_acts.py`: no third party's role).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.event_frames import clause_verb
from briefing.lang import word_set

COMMENTATORS = word_set("commentator_nouns") | word_set("forecaster_nouns")
_HIRED = word_set("hired_commentator_nouns")
_SUPPOSING = word_set("hypothetical_modals")
_LIKELIHOOD = word_set("likelihood_words")
_ACCORDING = word_set("according_words")
_SUBJECTS = word_set("grammar/subject_deps")  # the profile's subject labels, one list for every stage
# How a clause hangs on the verb that tells or frames it: "analysts say [fares would rise]".
_FRAMED = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
MAX_FRAMES_UP = 4  # "one analyst warned [that fares could rise [by April]]": a few clauses up at most


def frames_above(verb: Token) -> list[Token]:
    """The verb and the verbs above it that frame its clause, nearest first."""
    out = [verb]
    while len(out) <= MAX_FRAMES_UP and out[-1].dep_ in _FRAMED and out[-1].head.i != out[-1].i:
        above = clause_verb(out[-1].head)
        if above is None or above.i == out[-1].i:
            break
        out.append(above)
    return out


def a_forecast(verb: Token) -> bool:
    """The clause of `verb` is a commentator's forecast (see the module's note)."""
    if verb.pos_ not in _CLAUSE_TAGS:
        return False  # a stance noun ("Norland's refusal") frames no clause
    frames = frames_above(verb)
    if told_by_a_commentator(frames, COMMENTATORS):
        return True  # a professor's or an analyst's words are commentary whatever their mood
    return told_as_likely(frames) and told_by_a_commentator(frames, COMMENTATORS | _HIRED)


def told_as_likely(frames: list[Token]) -> bool:
    """A modal of supposition or a word of likelihood on the clause or a verb that frames it."""
    for verb in frames:
        if verb.lemma_.lower() in _LIKELIHOOD:
            return True  # "analysts expect the ban to stay"
        if any(c.dep_ in ("aux", "advmod", "acomp") and c.lower_ in _SUPPOSING | _LIKELIHOOD for c in verb.children):
            return True
    return False


def told_by_a_commentator(frames: list[Token], nouns: frozenset[str]) -> bool:
    """One of `nouns` (or a name described by one) is the subject of a frame, or the one it is
    'according to'."""
    for verb in frames:
        for c in verb.children:
            if c.dep_ in _SUBJECTS and _described_by(c, nouns):
                return True
            if c.lower_ in _ACCORDING and any(_described_by(p, nouns) for p in _objects_of_according(c)):
                return True
    return False


def _objects_of_according(tok: Token) -> list[Token]:
    """The one the clause is according to: the object of 'to' (or of 'according' itself)."""
    preps = [tok, *(g for g in tok.children if g.dep_ == "prep")]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _described_by(who: Token, nouns: frozenset[str]) -> bool:
    """The word is one of `nouns`, or a name with one as its title or apposition ('Ana Ruiz, a
    professor', 'bank analyst Tomas Hale'); not a noun a named body owns ('the carrier's chief
    analyst of fares, Eli Dorn'): that is the body's own officer, who speaks for it."""
    if who.lemma_.lower() in nouns:
        return not owned_by_a_name(who)
    return any(
        c.dep_ in ("appos", "compound") and c.lemma_.lower() in nouns and not owned_by_a_name(c) for c in who.children
    )


def owned_by_a_name(noun: Token) -> bool:
    """'Brantley's analyst', 'the Norland ministry's economist': a possessor that is a name (or holds
    one), the body the person works for."""
    return any(c.dep_ == "poss" and any(t.pos_ == "PROPN" for t in c.subtree) for c in noun.children)


_HABIT_ADVERBS = word_set("habit_adverbs")
# 'might', 'may': a modal of supposition that is no undertaking ('could', 'would' may be one:
# "members would walk out if ...").
_MERELY_SUPPOSING = _SUPPOSING - word_set("committing_modals")
_CLAUSE_TAGS = ("VERB", "AUX")


def a_generalisation(verb: Token) -> bool:
    """'Courts seldom overturn such awards', 'regulators may step in': a kind of actor (a bare
    plural subject) told with a word of habit or a modal of supposition (see the module's note)."""
    if verb.pos_ not in _CLAUSE_TAGS:
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not _a_kind_of_actor(subject):
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS) or (c.dep_ == "aux" and c.lower_ in _MERELY_SUPPOSING)
        for c in verb.children
    )


def _a_kind_of_actor(subject: Token) -> bool:
    """A plural common noun with no determiner, owner or name: 'courts', 'foreign investors'."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS" or subject.ent_type_:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or c.pos_ == "PROPN" for c in subject.children)
