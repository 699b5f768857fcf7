"""Clauses that look like terms and set none: what a party must do for its own aim, an obligation
only supposed, a marker that takes a deadline, and words held back while something lasts. Each is a
reading of the parse; the words they look for are language data."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.conditions.clauses import negated, refuses, with_governors
from briefing.lang import word_set

_AIM_VERBS = word_set("aim_verbs")
# What a party may want of the other side: talks or a deal. "If Norland wants talks to resume, it
# must free the crews" sets terms; "if the guild means to strike lawfully" does not.
_TALKS_OR_DEAL = word_set("deal_nouns") | word_set("talking_words") | word_set("talks_round_nouns")
_SUPPOSITION_MARKS = word_set("supposition_marks")
_DEADLINE_WORDS = word_set("deadline_words")
_WITHHELD_SPEECH = word_set("withheld_speech_verbs")


def for_its_own_aim(clause: Token) -> bool:
    """'if the board wants to close the yards lawfully, a notice must be filed', 'if they hope to block
    the sale they will have to sue': a supposed clause that sets out a party's own aim ('wants to' a
    step of its own), so the main clause tells what that party would have to do for it, not terms
    another side sets. An aim that is talks or a deal with the other side ('if Norland wants talks to
    resume') is left to the terms it may carry."""
    if clause.lemma_.lower() not in _AIM_VERBS:
        return False
    steps = [c for c in clause.children if c.dep_ in ("xcomp", "ccomp") and any(g.tag_ == "TO" for g in c.children)]
    if not steps:
        return False  # "if they want a deal": a thing wanted of someone, read as the sentence goes on
    return not any(t.lemma_.lower() in _TALKS_OR_DEAL for step in steps for t in step.subtree)


def serves_an_aim(verb: Token) -> bool:
    """'If they hope to block the sale they will have to sue': an obligation told as what a party
    must do for an aim of its own that a supposed clause on it sets out."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _SUPPOSITION_MARKS for m in c.children)
        and for_its_own_aim(c)
        for v in with_governors(verb)
        for c in v.children
    )


def only_supposed(verb: Token) -> bool:
    """'the row could flare up if the mayor has to use emergency powers': an obligation inside a clause
    opened by 'if' or 'whether' is imagined, not laid on anyone."""
    return any(c.dep_ == "mark" and c.lower_ in _SUPPOSITION_MARKS for v in with_governors(verb) for c in v.children)


def a_deadline_object(marker: Token) -> bool:
    """'will not approve the pact before a Monday deadline': the marker takes a deadline, a time to
    meet or miss, not a condition."""
    objects = [c for c in marker.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in _DEADLINE_WORDS for o in objects)


def words_held_back(main: Token) -> bool:
    """'would not comment while the inquiry runs', 'declined to elaborate until the audit is out': a
    side that holds back its words sets no terms, whatever the clause that times it."""
    chain = with_governors(main)
    if not any(v.lemma_.lower() in _WITHHELD_SPEECH for v in chain):
        return False
    return negated(main) or refuses(main)


_AWAITED_PROCEEDINGS = word_set("awaited_proceedings")
_UNTIL_MARKS = word_set("time_limit_marks")


def lasts_until_a_ruling(marker: Token, main: Token) -> bool:
    """'will keep its buses running until the tribunal has ruled', 'vows to keep sailing until verdict', 'the
    blockade will continue until the court rules': how long a side goes on with its own act, waiting
    on a proceeding, sets no terms on anyone. A refusal that waits ('will not sign until the court
    rules') and a clause some party must act in ('until the firm puts its pledge in writing') still may."""
    if marker.lower_ not in _UNTIL_MARKS or negated(main) or refuses(main):
        return False
    clause = marker.head if marker.dep_ == "mark" else marker
    actor = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if actor is not None:
        return _a_proceeding(actor)
    awaited = [c for c in clause.children if c.dep_ in ("nsubjpass", "pobj", "pcomp")]
    return any(_a_proceeding(t) for t in awaited)


def _a_proceeding(tok: Token) -> bool:
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in _AWAITED_PROCEEDINGS or w.lower_ in _AWAITED_PROCEEDINGS for w in words)
