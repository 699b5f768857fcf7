"""Dates that a line would turn into a set event though the text sets none.

- A day word inside someone's words that only pictures a time ("provided the hands who crew the boat
  today are the hands who crew it tomorrow"): a figure of speech, not a plan. A quoted plan ("we will
  walk out tomorrow") still dates its event.
- A term that holds only under a condition ("would sign a 45-day truce extension so long as the fleet
  keeps out of the bay"): the term has not been agreed, so its end is no date to plan for.
- A clause under a condition that is itself only foreseen ("forecast the pact would unravel unless monitors
  were posted by June 25"): the condition is part of the forecast.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.dates import Temporal
from briefing.analysis.doctext import char_span
from briefing.analysis.rules.event_frames import clause_verb, marked_condition
from briefing.analysis.rules.quoting import inside_quotes
from briefing.lang import word_set

_DAY_WORDS = word_set("pictured_day_words")
_AS_LONG = word_set("as_long_words")


def pictured_day(t: Temporal, doc: Doc) -> bool:
    """A relative day word in quoted speech that describes a noun ('the hands who crew it tomorrow')
    or is set against another day word of the same sentence ('today ... tomorrow'): it pictures a time,
    it dates no event."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    if span is None or not t.text.strip() or " ".join(t.text.lower().split()) not in _DAY_WORDS:
        return False
    if not inside_quotes(span.root):
        return False  # the writer's own "tomorrow" is the day after publication
    verb = clause_verb(span.root)
    if verb is not None and verb.dep_ == "relcl":
        return True
    others = [tok for tok in t.sent if tok.lower_ in _DAY_WORDS and not span.start <= tok.i < span.end]
    return any(tok.lower_ != span.root.lower_ for tok in others)


def conditioned(verb: Token) -> bool:
    """The verb's clause holds only under a condition: an 'if', 'unless' or 'provided' clause hangs on
    it, or a 'so long as' or 'as long as' clause, which the parse hangs on 'long'."""
    for child in verb.children:
        if child.dep_ == "advcl" and marked_condition(child):
            return True
        if child.dep_ == "advmod" and child.lower_ in _AS_LONG and any(c.dep_ == "advcl" for c in child.children):
            return True
    return False


def condition_of_a_frame(clause: Token) -> Token | None:
    """The verb a condition clause conditions ('unravel' of 'would unravel unless monitors came'),
    when `clause` is one; None otherwise."""
    if clause.dep_ != "advcl":
        return None
    if marked_condition(clause):
        return clause.head
    if clause.head.lower_ in _AS_LONG and clause.head.dep_ == "advmod":
        return clause.head.head
    return None
