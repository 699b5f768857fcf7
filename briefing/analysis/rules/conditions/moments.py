"""A moment that sets terms: 'the day the ban is lifted, we sign', 'the moment the fines are dropped,
we are back at the table'. A fronted noun of a moment with a clause of its own, on a main clause still
to come that signs, talks or holds out, makes that clause the condition, set by the main clause's
subject. Told of the past ('the day the talks began, the guild walked out') it is a time. The words
are language data."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import children_of, tagged_in
from briefing.analysis.rules.conditions.clauses import subject_of
from briefing.analysis.rules.conditions.markers import CONDITION_PREDICATES, DEAL_WORDS
from briefing.analysis.rules.types import Condition
from briefing.lang import word_set

MOMENT_NOUNS = word_set("moment_nouns")
_TABLE_WORDS = word_set("table_words")
_ARTICLES = word_set("articles")
_PAST_TAGS = frozenset({"VBD", "VBN"})


def moment_clause(sent: Span) -> Condition | None:
    for noun in tagged_in(sent, "NOUN"):
        clause = _the_moment_when(noun)
        if clause is None or not _still_to_come(noun.head) or not _deals_or_holds_out(noun.head, clause):
            continue
        words = sorted(clause.subtree, key=lambda t: t.i)
        words = [t for t in words if not t.is_punct]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        return Condition("demand", start, end, noun.lemma_.lower(), subject_of(noun.head))
    return None


def _the_moment_when(noun: Token) -> Token | None:
    """'The day the ban is lifted, ...': a moment noun fronted before its main clause, with 'the'
    and a clause of its own (a subject and a verb) that tells the moment."""
    if noun.lemma_.lower() not in MOMENT_NOUNS or noun.dep_ != "npadvmod" or noun.i > noun.head.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in children_of(noun)):
        return None
    clause = next((c for c in children_of(noun) if c.dep_ == "relcl"), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return None
    return clause


def _still_to_come(main: Token) -> bool:
    """A present or future main clause: 'we sign', 'we will sign', 'we are back'; not 'walked out'."""
    if main.tag_ in _PAST_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST_TAGS for c in children_of(main))


def _deals_or_holds_out(main: Token, clause: Token) -> bool:
    """The main clause signs, talks, returns or holds out ('we sign', 'we are back at the table')."""
    told = {t.i for t in clause.subtree}
    words = {t.lemma_.lower() for t in main.subtree if t.i not in told}
    return bool(words & (CONDITION_PREDICATES | DEAL_WORDS | _TABLE_WORDS))
