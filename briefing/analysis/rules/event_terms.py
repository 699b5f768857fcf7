"""Terms that run out: 'handed the council a ten-day deadline', 'a 90-day window to lift
the duties', 'a further 45 days'. The term is an event ahead with no date of its own
words: it ends the span after publication, given as the text gives it (a day for days and weeks,
a month for months)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import Temporal, is_past
from briefing.analysis.dates.resolve import count, shift_iso
from briefing.analysis.doctext import evidence_for, sentences_of, span_text
from briefing.analysis.rules.event_doubts import conditioned
from briefing.analysis.rules.event_frames import clause_verb, superseded_plan
from briefing.lang import LanguageProfile, active_profile, per_language, word_keys, word_set
from briefing.model import Event

_TERM_NOUNS = word_set("term_nouns")
_CALLED_OFF = word_set("called_off_verbs")
_IF_MARKS = word_set("if_marks")
_ENDING = word_set("term_ending_verbs")
_NUMBER_WORDS = word_keys("count_words")


@per_language
def _term(profile: LanguageProfile) -> re.Pattern[str]:
    """'ten-day ultimatum', '30-day extension', 'three-month negotiation period': a count, a unit
    joined by a hyphen, at most one word, and a noun of a term."""
    numbers = "|".join(re.escape(w) for w in sorted(_NUMBER_WORDS, key=len, reverse=True) if " " not in w)
    units = profile.alternation("term_units")
    nouns = profile.alternation("term_nouns")
    return re.compile(rf"\b(?P<n>\d+|{numbers})-(?P<unit>{units})\s+(?:[\w-]+\s+)?(?P<noun>{nouns})\b", re.IGNORECASE)


def running_terms(doc: Doc, published: dt.date, temporals: list[Temporal], taken: set[int]) -> list[Event]:
    """The terms still running at publication, one per kind of term, in the article's order; not in
    a sentence that already gives an event ahead (`taken`, by first token), nor one that dates
    itself in the past, a supposition or a term called off."""
    past_sentences = {t.sent.start for t in temporals if is_past(t, published) or superseded_plan(t, doc)}
    out: list[Event] = []
    seen: set[str] = set()
    for sent in sentences_of(doc):
        if sent.start in taken or sent.start in past_sentences or span_text(sent).rstrip(' "”’').endswith("?"):
            continue
        for m in _term().finditer(span_text(sent)):
            noun = _noun_at(sent, m.start("noun"))
            kind = m.group("noun").lower()
            if noun is None or kind in seen or not _still_running(noun):
                continue
            date = shift_iso(published.isoformat(), count(m.group("n")), m.group("unit").lower())
            if date is None:
                continue
            seen.add(kind)
            words = m.group(0)
            event = active_profile().say("term_runs_out", term=words)
            out.append(Event(date, words, event[:1].upper() + event[1:], [evidence_for(sent)]))
    return out


def _supposed(verb: Token) -> bool:
    """The verb opens an 'if' clause, or heads a clause an 'if' clause conditions."""
    return _opens_if(verb) or any(c.dep_ == "advcl" and _opens_if(c) for c in verb.children)


def _opens_if(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _IF_MARKS for c in clause.children)


def _noun_at(sent: Span, offset: int) -> Token | None:
    char = sent.start_char + offset
    return next((t for t in sent if t.idx == char), None)


def _still_running(noun: Token) -> bool:
    """Not called off, ended, denied, or only supposed: 'withdrew its ten-day ultimatum', 'if the
    talks fail, it will seek a 30-day extension', 'would sign a 45-day truce extension so long as ...' and
    'had given a week's ultimatum' go."""
    verb = clause_verb(noun)
    for v in [verb, *verb.ancestors] if verb is not None else []:
        lemma = v.lemma_.lower()
        if lemma in _CALLED_OFF or lemma in _ENDING or any(c.dep_ == "neg" for c in v.children):
            return False
        if _supposed(v) or (v.dep_ == "advcl" and _supposed(v.head)) or conditioned(v):
            return False  # "would sign a 45-day truce extension so long as ...": not agreed
        if any(c.dep_.startswith("aux") and c.lower_ == "had" for c in v.children):
            return False
    return True
