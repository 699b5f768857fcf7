"""Events still to come that the article gives no date: "a fourth session is planned", "the envoys
agreed to resume talks", "talks set to begin". An event noun that takes part in a clause that looks
ahead, or that a modifier puts ahead by itself ("the next session"), and that is not called off,
denied, failed, alleged or only guessed."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import EVENT_NOUNS, Temporal, is_past
from briefing.analysis.doctext import evidence_for, lower_lemmas_of, sentence_at, sentences_of, span_text, tagged_in
from briefing.analysis.rules.event_frames import alleger, calls_off, clause_calls_off, clause_verb, not_happening
from briefing.analysis.rules.event_reality import under_a_guess
from briefing.analysis.rules.event_wording import PARTICIPANT_DEPS, undated_description
from briefing.analysis.rules.lexicon import REPORTING_VERBS
from briefing.lang import word_set
from briefing.model import Event

FUTURE_FRAMES = word_set("future_frame_verbs")
AHEAD_MODIFIERS = word_set("ahead_modifiers")
_UNDER_WAY = word_set("under_way_modifiers")
_WILL = word_set("future_auxiliaries")
_INFINITIVE_MARKS = word_set("infinitive_marks")
# "will meet for a fourth session", "will go to a vote": the event the clause heads for. Other
# prepositions ("open during the strike") only place the clause around an event.
_GOAL_PREPOSITIONS = word_set("goal_prepositions")


def undated_future(doc: Doc, dated: set[int], temporals: list[Temporal], pub: dt.date) -> list[Event]:
    """'A fourth session is planned', 'the envoys agreed to resume talks': an event still to come
    with no date of its own. The event is a noun (round, session, talks, vote ...) that takes part
    in a clause that looks ahead, or that a modifier puts ahead by itself ("the next session").

    If the sentence's only date is the publication day itself ("rejected on Wednesday the talks
    set to begin"), the event is taken to fall on that day.
    """
    out = []
    seen = _event_nouns_dated(doc, dated)
    by_sentence: dict[int, list[Temporal]] = {}
    for t in temporals:
        by_sentence.setdefault(t.sent.start, []).append(t)  # once, not a scan of all dates per sentence
    for sent in sentences_of(doc):
        if sent.start in dated or span_text(sent).rstrip(' "”’').endswith("?"):
            continue  # a question asks about an event; it reports none
        here = by_sentence.get(sent.start, [])
        if any(is_past(t, pub) for t in here):
            continue
        noun = _future_event_noun(sent)
        if noun is None or noun.lemma_.lower() in seen:
            continue  # one event of a kind: later mentions of "the strike" are the same strike
        if _dated_on_itself(noun, here, pub):
            continue  # "a statement the guild issued today is meant to halt the ferries": made, not to come
        seen.add(noun.lemma_.lower())
        out.append(Event(_publication_day_only(here, pub), "", undated_description(noun), [evidence_for(sent)]))
    return out


def _event_nouns_dated(doc: Doc, dated: set[int]) -> set[str]:
    """The event nouns of the dated sentences: an undated mention of one is the same event."""
    lemmas = lower_lemmas_of(doc)
    seen: set[str] = set()
    for start in dated:
        sent = sentence_at(doc, start)
        seen.update(lemma for lemma in lemmas[sent.start : sent.end] if lemma in EVENT_NOUNS)
    return seen


def _dated_on_itself(noun: Token, here: list[Temporal], pub: dt.date) -> bool:
    """The noun's own phrase dates it to the publication day or before ("the statement of Monday",
    told that Monday): whatever the clause expects of it, the event itself has taken place."""
    doc = noun.doc
    for t in here:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or t.date is None or t.direction == "future" or t.date > pub.isoformat()[: len(t.date)]:
            continue
        root = span.root
        if root.head.i == noun.i or (root.head.dep_ == "prep" and root.head.head.i == noun.i):
            return True
    return False


def _publication_day_only(here: list[Temporal], pub: dt.date) -> str | None:
    """The publication day, when it is the sentence's only date ('on Wednesday', said that day)."""
    same_day = [t for t in here if t.kind in ("weekday", "day_word") and t.date == pub.isoformat()]
    return pub.isoformat() if same_day and len(same_day) == len(here) else None


def _future_event_noun(sent: Span) -> Token | None:
    return next((tok for tok in tagged_in(sent, "NOUN", "PROPN") if _event_ahead(tok)), None)


def _event_ahead(tok: Token) -> bool:
    """An event noun still to come: set or marked ahead, or taking part in a clause that looks ahead."""
    if tok.lemma_.lower() not in EVENT_NOUNS:
        return False
    verb = clause_verb(tok)
    if (verb is not None and _called_off_or_denied(verb)) or alleger(tok) is not None or under_a_guess(tok):
        return False  # called off, only alleged ("alleged the planned raids would free ...") or guessed
    if _told_failed(tok, verb):
        return False  # "the summit planned by both capitals collapsed": it is over, not to come
    if any(c.dep_ == "amod" and c.lower_ in _UNDER_WAY for c in tok.children):
        return False  # "break up the ongoing rally": it has begun, so it is not still to come
    if _set_ahead(tok):
        return True  # "rejected the talks set to begin": the plan looks ahead whatever the main verb
    if _marked_ahead(tok) and _not_told_as_past(verb):
        return True
    if verb is not None and _takes_part(tok, verb) and not tok.dep_.startswith("nsubj") and _reported_future(verb):
        return True  # "said they would keep meeting"; "Kestrel said its walkout would go on": nothing new
    return verb is not None and _takes_part(tok, verb) and _looks_ahead(verb)


_FAILING = word_set("failing_verbs")


def _told_failed(noun: Token, verb: Token | None) -> bool:
    """A verb of the noun's clause, or of a clause on the noun, or one joined to either, says the
    event failed or collapsed: it is over, not still to come."""
    clauses = [v for v in (verb, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))) if v is not None]
    joined_too = [*clauses, *(c for v in clauses for c in v.children if c.dep_ == "conj")]
    return any(v.lemma_.lower() in _FAILING or calls_off(v) for v in joined_too)


def _not_told_as_past(verb: Token | None) -> bool:
    """'the next session' under no verb, a verb not in the simple past, or one that looks ahead."""
    return verb is None or verb.tag_ != "VBD" or _looks_ahead(verb)


def _marked_ahead(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "det") and c.lower_ in AHEAD_MODIFIERS for c in noun.children)


_SETTING_FRAMES = FUTURE_FRAMES - word_set("bare_copulas")


def _set_ahead(noun: Token) -> bool:
    """'talks set to begin', 'a vote scheduled for May': a participle of planning on the noun itself."""
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _SETTING_FRAMES for c in noun.children)


def _takes_part(noun: Token, verb: Token) -> bool:
    """The noun is what the clause is about: its subject or object, or the object of its preposition."""
    if noun.head.i == verb.i and noun.dep_ in PARTICIPANT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.lower_ in _GOAL_PREPOSITIONS


def _looks_ahead(verb: Token) -> bool:
    """The clause is still to come: 'will meet', 'is to meet', 'agreed to resume', 'is planned'.
    A second verb joined to the first shares its outlook: 'agreed to draft a text and then resume talks'."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and _looks_ahead(verb.head):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
        return True
    framed = _framed_ahead(verb)
    if framed is not None:
        return framed
    return _planned(verb)


_REPORTED_FUTURE = word_set("reported_future_auxiliaries")
_HOLDING_VERBS = word_set("holding_verbs")


def _reported_future(verb: Token) -> bool:
    """'the envoy said the two capitals would continue talks': 'would' in what a speaker reports is
    the future of the report, not a supposition ('would have' is a counterfactual), when the verb
    holds or carries on the event ('would wreck the summit' is a threat, not an event)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & _REPORTED_FUTURE or "have" in auxes:
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING_VERBS and verb.lemma_.lower() in _HOLDING_VERBS


def _planned(verb: Token) -> bool:
    """'is planned', 'are scheduled': a participle of planning in the present passive."""
    if verb.lemma_.lower() in FUTURE_FRAMES and verb.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)  # "is planned"
    return False


def _framed_ahead(verb: Token) -> bool | None:
    """'is to meet', 'agreed to resume': an infinitive under a frame of the future, which decides
    (not 'was to meet'); None when no such frame holds the verb."""
    head = verb.head
    if verb.dep_ == "xcomp" and any(c.lower_ in _INFINITIVE_MARKS for c in verb.children):
        frame = head.lemma_.lower()
        if frame in FUTURE_FRAMES and not any(c.dep_ == "neg" for c in head.children):
            return frame != "be" or head.tag_ in ("VBZ", "VBP")  # "is to meet", not "was to meet"
    return None


def _called_off_or_denied(verb: Token) -> bool:
    """'The vote will not take place', 'the summit was postponed': nothing to expect."""
    # A verb joined by 'and' is an act of its own: "postpone the vote and resume talks".
    governors = (verb,) if verb.dep_ == "conj" else (verb, verb.head)
    # "will no longer take place": the negation sits on "longer"
    return any(clause_calls_off(v) or not_happening(v) or any(c.dep_ == "neg" for c in v.children) for v in governors)
