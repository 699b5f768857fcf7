"""Dates ahead that no one has set: a commentator's forecast ("analysts expect the stoppage to go ahead
on Monday", "fares could rise by April, one economist warned"), an amount only supposed to change
("bills would rise within three years"), a readiness ("the guild is ready to resume bargaining on
Monday": willing, not scheduled) and a clause someone declined to confirm ("the ministry
declined to confirm that the levy would be reviewed in April"). A minister who reads such a line as
a date to plan for is misled on timing, so the date names no upcoming event."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from briefing.analysis.dates import Temporal
from briefing.analysis.rules.event_frames import clause_verb
from briefing.analysis.rules.forecasts import a_forecast, frames_above
from briefing.lang import word_set

_SUPPOSING = word_set("hypothetical_modals")
_CHANGING = word_set("quantity_change_verbs")
_READINESS = word_set("readiness_adjectives")
_COPULAS = word_set("copulas")
_CONFIRMING = word_set("confirming_verbs")
_DECLINING = word_set("turning_down_verbs")


def unset_date(t: Temporal, doc: Doc) -> bool:
    """The date ahead is only forecast by a commentator, only a readiness, or unconfirmed."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None:
        return False
    frames = frames_above(verb)
    return a_forecast(verb) or _only_ready(verb) or _unconfirmed(frames) or _supposed_change(verb)


def _supposed_change(verb: Token) -> bool:
    """'household bills would rise within three years', 'prices may climb in the coming months': an
    amount supposed to change forecasts a trend; 'premiums will rise next year' is told as set."""
    modal = any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in verb.children)
    return modal and verb.lemma_.lower() in _CHANGING


def _only_ready(verb: Token) -> bool:
    """'is ready to resume bargaining on Monday', 'remain willing to talk on Friday': the infinitive
    under an adjective of readiness says a side would act, not that anything is set."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ != "ADJ" or head.lemma_.lower() not in _READINESS:
        return False
    # "are getting ready to apply the new scale from May 1" prepares what is set; only a state of
    # readiness told with a copula ("is ready to", "remain willing to") is no more than a willingness
    return head.head.lemma_.lower() in _COPULAS


def _unconfirmed(frames: list[Token]) -> bool:
    """'declined to confirm that ...', 'would not say whether ...': a verb that would vouch for the
    clause is denied or turned down."""
    for below, verb in itertools.pairwise(frames):
        if verb.lemma_.lower() not in _CONFIRMING or _a_sentence_apart(below, verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINING:
            return True
    return False


_CLAUSE_BREAKS = frozenset({";", ":"})


def _a_sentence_apart(below: Token, verb: Token) -> bool:
    """'Norland has proposed a meeting on June 20; Valdoria has not said whether it will attend': the
    parse hangs the first clause on the second's verb, but a clause before a semicolon is none of what
    the verb after it says or denies."""
    return below.i < verb.i and any(t.text in _CLAUSE_BREAKS for t in below.doc[below.i : verb.i])
