"""Positions and preconditions from statements.

A statement of a side is a position. It is also a precondition when it sets
a condition: "only if", "provided", "unless", "until", "in exchange for",
"non-negotiable", a demand... A plain "if" counts only when its main clause is
about talks, a deal or peace and the condition falls on someone other than
the speaker: "warning of military action if talks fail" sets no condition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.attribution import Statement
from briefing.analysis.condense import _clause_around, condensed
from briefing.analysis.doctext import evidence_for
from briefing.analysis.lexicon import CONDITION_PATTERNS, DEAL_WORDS
from briefing.model import Item

_SELF_SUBJECTS = frozenset({"we", "i", "us", "our"})


def condition_in(sent: Span) -> tuple[str, int] | None:
    """The kind of condition a sentence sets and where its marker starts, or None."""
    text = sent.text
    for label, pattern in CONDITION_PATTERNS:
        for m in pattern.finditer(text):
            if label == "if" and not _if_sets_condition(sent, m.start()):
                continue
            if label == "require" and not _about_deal(sent):
                continue
            return label, sent.start_char + m.start()
    return None


def _if_sets_condition(sent: Span, offset: int) -> bool:
    marker = next((t for t in sent if t.idx - sent.start_char == offset), None)
    if marker is None:
        return False
    if any(t.lower_ in ("even", "as", "whether") for t in sent if t.i == marker.i - 1):
        return False
    clause_verb = marker.head
    main = clause_verb.head if clause_verb.dep_ == "advcl" else clause_verb
    subject = next((c for c in clause_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _SELF_SUBJECTS:
        return False  # "if we are to remain competitive": a condition on oneself
    main_words = {t.lemma_.lower() for t in main.subtree if not _within(t, clause_verb)}
    return bool(main_words & DEAL_WORDS) and not (main_words & {"warn", "threaten", "action", "strike"} - DEAL_WORDS)


def _within(tok: Token, root: Token) -> bool:
    return tok.i == root.i or root in tok.ancestors


def _about_deal(sent: Span) -> bool:
    return bool({t.lemma_.lower() for t in sent} & DEAL_WORDS)


# Markers that open the condition itself ("only if X"); the others close a demand ("X as a condition").
SUBORDINATING = frozenset(
    {
        "only if",
        "on condition",
        "provided",
        "as long as",
        "unless",
        "not until",
        "while",
        "before",
        "first",
        "in exchange for",
        "without",
        "if",
        "when ready",
        "until",
    }
)


def _within_clause(statement: Statement, offset: int) -> bool:
    """A condition belongs to the party whose clause holds it: in 'A said X, but B would only sign
    if Y', B sets the condition, not A. The main voice of a sentence owns all of it."""
    verb = statement.verb
    if verb is None or statement.reported or verb.dep_ == "ROOT":
        return True
    toks = list(verb.subtree)
    return toks[0].idx <= offset < toks[-1].idx + len(toks[-1].text)


def items_for(statement: Statement) -> tuple[Item | None, Item | None]:
    """(position, precondition) for one statement; the precondition only when it sets a condition."""
    if sum(ch.isalpha() for ch in statement.sent.text) < 12:
        return None, None  # a stray closing quote or a dateline is no statement
    evidence = [evidence_for(statement.sent)]
    position = Item(condensed(statement), statement.speaker, evidence)
    found = condition_in(statement.sent)
    if found is None or not _within_clause(statement, found[1]):
        return position, None
    label, marker = found
    # "only if X" starts the condition at its marker; "demanded X as a condition" is the whole demand,
    # the clause that holds the marker.
    if label in SUBORDINATING:
        text = condensed(statement, marker)
    else:
        text = condensed(statement, span=_clause_around(statement.sent, marker))
    return position, Item(text, statement.speaker, evidence)
