"""A step set before another: 'withdraw the notice first, then we talk'. The step put first is the
condition of the step that follows, when that one is talks or a deal ('talk', 'sign', 'resume');
'we will consult first, then decide' is a side's own plan, not terms. The words are language data."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import tokens_in
from briefing.analysis.rules.conditions.clauses import edges
from briefing.analysis.rules.conditions.markers import DEAL_WORDS, FIRST_PERSON
from briefing.analysis.rules.types import Condition
from briefing.lang import word_set

FIRST_STEP_WORDS = word_set("first_step_words")
_THEN_WORDS = word_set("then_words")
_STEP_DEPS = ("ccomp", "conj", "advcl", "parataxis")


def first_then(sent: Span) -> Condition | None:
    """'Withdraw the notice first, then we talk', 'the fleet leaves first and then talks resume': the
    first step, without the step that follows it."""
    for tok in tokens_in(sent):
        if tok.lower_ not in FIRST_STEP_WORDS or tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        step = tok.head
        following = _then_step(step)
        if following is None or _own_step(step):
            continue
        later = {t.i for t in following.subtree} if step not in following.subtree else set()
        words = [t for t in step.subtree if t.i not in later and not t.is_punct and t.i != following.i]
        if words:
            return Condition("demand", *edges(words), tok.lower_)
    return None


def _then_step(step: Token) -> Token | None:
    """The step told after 'then' next to this one, when it is talks or a deal."""
    near = [step.head, *(c for c in step.children if c.dep_ in _STEP_DEPS)]
    for verb in near:
        if verb.i <= step.i or verb.pos_ not in ("VERB", "AUX"):  # the step told after the first
            continue
        timed = any(c.dep_ == "advmod" and c.lower_ in _THEN_WORDS for c in verb.children)
        if timed and (verb.lemma_.lower() in DEAL_WORDS or _deal_subject(verb)):
            return verb
    return None


def _deal_subject(verb: Token) -> bool:
    """'then talks resume': the step's subject names the talks or the deal."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DEAL_WORDS for c in verb.children)


def _own_step(step: Token) -> bool:
    """'we will consult first': a first step the speaker's own side takes sets no terms."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON for c in step.children)
