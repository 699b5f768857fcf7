"""Conditions a party sets, read from clause structure.

A condition is one of:

- a clause opened by a marker ("only if", "unless", "until", "in exchange for" ...) and attached
  to a main clause. Strong markers make a condition on their own; weak ones ("if", "until",
  "once", "before") only when the main clause refuses, is negated or modal, or states readiness,
  agreement or holding out: "Valdoria will not sign until the checkpoints go" is a condition,
  "If the strike goes ahead, flights will be cut" is a forecast;
- what a demand noun holds: "its demand that the fleet withdraw", "a 48-hour ultimatum to
  resume talks", "grants are our red line";
- what a line-drawing predicate judges: "a cap that relies on pledges would not be acceptable";
- the complement of a demand verb: "the guild insists on a veto", "calls on the board to resign";
- a bare obligation laid on someone else: "All drone bases must go, Norland's envoy said";
- a step set before talks or a deal (sequence.py): 'withdraw the notice first, then we talk';
- terms without a marker (terms.py): what a stance depends on, what a side asks for or wants of
  someone else, and an ultimatum given by a verb ("gave the board until Friday to withdraw").

Small plain functions over the parse; the words they look for are language data.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from briefing.analysis.doctext import (
    lower_lemmas_of,
    lower_words_of,
    sentences_of,
    stage_cache,
)
from briefing.analysis.rules.conditions.demands import (
    DEMAND_VERBS,
    OBLIGATION_MODALS,
    demand_noun,
    demand_verb,
    obligation,
)
from briefing.analysis.rules.conditions.lines import ACCEPTABILITY, line_drawn, never_accepted
from briefing.analysis.rules.conditions.markers import DEMAND_NOUNS, marked_clause
from briefing.analysis.rules.conditions.moments import MOMENT_NOUNS, moment_clause
from briefing.analysis.rules.conditions.sequence import FIRST_STEP_WORDS, first_then
from briefing.analysis.rules.conditions.terms import (
    ASKING_FOR,
    CONDITIONAL_ADJECTIVES,
    DEPENDING_VERBS,
    EXCEPT_WORDS,
    GIVING,
    WANTING,
    all_but,
    asked_for,
    depends_on,
    only_by,
    ruled_out,
    ultimatum_given,
    wanted,
)
from briefing.analysis.rules.headline import headline_end
from briefing.analysis.rules.types import Condition
from briefing.lang import word_set


def find_conditions(doc: Doc) -> dict[int, Condition | None]:
    """The conditions stage: the first condition each sentence sets, by the sentence's first token."""
    return {sent.start: find_condition(sent) for sent in sentences_of(doc)}


def find_condition(sent: Span) -> Condition | None:
    """The first condition a sentence sets, or None. Kept on the Doc: every side's statements and
    the narration ask about the same sentences."""
    known: dict[int, Condition | None] = stage_cache(sent.doc, "conditions")
    if sent.start not in known:
        known[sent.start] = _first_condition(sent)
    return known[sent.start]


def _first_condition(sent: Span) -> Condition | None:
    doc = sent.doc
    if sent.start_char < _headline_end(doc):
        # "Port firm vows to keep cranes running until ruling": the desk squeezes a story into a few
        # words and names sides loosely; the body tells any condition in full, with its holder
        return None
    words = {*lower_words_of(doc)[sent.start : sent.end], *lower_lemmas_of(doc)[sent.start : sent.end]}
    for finder, needs in _FINDERS:
        if needs is not None and words.isdisjoint(needs):
            continue  # none of the words it starts from: no need to walk the sentence and its parse
        found = finder(sent)
        if found is not None:
            return found
    return None


def _headline_end(doc: Doc) -> int:
    """Where the headline ends, found once per article (each sentence asks)."""
    known: dict[str, int] = stage_cache(doc, "headline")
    if "end" not in known:
        known["end"] = headline_end(doc)
    return known["end"]


# --- clauses opened by a marker -------------------------------------------------------------------


# --- demand nouns, line-drawing predicates, demand verbs, obligations ---------------------------


# Each finder, in the order a sentence is tried, with the words (lower case) or lemmas it cannot
# find a condition without; a sentence holding none of them skips the walk over its words and their
# parse. A marked clause may open with a phrase ("as long as"): its own search finds those.
_FINDERS: tuple[tuple[Callable[[Span], Condition | None], frozenset[str] | None], ...] = (
    (marked_clause, None),
    (moment_clause, MOMENT_NOUNS),
    (demand_noun, DEMAND_NOUNS | word_set("red_line_words")),
    (line_drawn, ACCEPTABILITY),
    (never_accepted, word_set("never_words") | word_set("negation_words")),
    (demand_verb, DEMAND_VERBS | word_set("calling_verbs")),
    (obligation, OBLIGATION_MODALS | word_set("modals_without_to")),
    (depends_on, DEPENDING_VERBS | CONDITIONAL_ADJECTIVES),
    (only_by, word_set("only_words")),
    (ruled_out, word_set("never_words") | word_set("no_determiners")),
    (all_but, EXCEPT_WORDS),
    (ultimatum_given, GIVING),
    (asked_for, ASKING_FOR),
    (wanted, WANTING),
    (first_then, FIRST_STEP_WORDS),
)


# --- who sets it ----------------------------------------------------------------------------------
