"""Positions and preconditions from statements.

A statement of a side is a position. It is also a precondition when it sets
a condition: "only if", "provided", "unless", "until", "in exchange for",
"non-negotiable", a demand... A plain "if" counts only when its main clause is
about talks, a deal or peace and the condition falls on someone other than
the speaker: "warning of military action if talks fail" sets no condition.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefing.analysis.attribution import Statement
from briefing.analysis.doctext import dateline_spans, evidence_for, text_of
from briefing.analysis.lexicon import CONDITION_PATTERNS, DEAL_WORDS
from briefing.model import Item

MAX_POINT_WORDS = 28
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


def condensed(statement: Statement, marker: int | None = None, span: tuple[int, int] | None = None) -> str:
    """The point in a few words: the clause from the condition marker, a given span, or what was said."""
    text = text_of(statement.sent.doc)
    if marker is not None:
        start, end = marker, statement.sent.end_char
    else:
        start, end = span or statement.content
    end = min(end, _attribution_start(statement, start))
    for s, e in dateline_spans(text):
        if s <= start < e:
            start = e
    point = _tidy(text[start:end])
    if len(point.split()) < 4:
        point = _tidy(statement.sent.text)
    return _shorten(point)


def _attribution_start(statement: Statement, content_start: int) -> int:
    """Where a trailing ', Trade Minister X said on Tuesday' begins, so the point leaves it out."""
    verb = statement.verb
    if verb is None or verb.dep_ != "ROOT" or verb.idx <= content_start:
        return statement.sent.end_char
    subject = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    first = min([verb.idx, *(t.idx for t in subject)])
    return first if first > content_start else statement.sent.end_char


_ATTRIBUTION_TAIL = re.compile(r"[,.!?]?\s*[\"”’]\s*,?\s+[^\"“”]{0,80}$")


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    tail = _ATTRIBUTION_TAIL.search(text)
    if tail and re.search(r"\b(?:said|says|told|added|stated|wrote|noted|read|reads)\b", tail.group(0)):
        text = text[: tail.start()]  # '... our cities," Traoré told state television' -> the words only
    text = text.strip(" ,;:—–-")
    text = re.sub(r"^(?:that|to)\s+", "", text)
    text = text.strip("“”\"'‘’ ")
    text = text.rstrip(".,;:")
    return text[:1].upper() + text[1:] if text else text


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_POINT_WORDS:
        return text
    cut = " ".join(words[:MAX_POINT_WORDS])
    return cut.rstrip(".,;:") + " …"


_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "parataxis"})


def _clause_around(sent: Span, offset: int) -> tuple[int, int]:
    """The clause (a verb with its subject) holding a character offset: where a demand is stated."""
    tok = next((t for t in sent if t.idx <= offset < t.idx + len(t.text) + 1), sent.root)
    for head in (tok, *tok.ancestors):
        if (
            head.pos_ in ("VERB", "AUX")
            and head.dep_ in _CLAUSE_HEADS
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        ):
            toks = list(head.subtree)
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return sent.start_char, sent.end_char


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
