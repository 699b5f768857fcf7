"""A stance that holds only on a condition never reads as certain.

A statement that is both stance and condition reads as two points (sides.py): the condition, and the
stance apart from it. 'The fleet stays in port' alone says the opposite of 'the fleet stays in
port till the survey is out'. So the stance keeps the clause it holds on, in the article's
words, when that still reads as another point than the condition; otherwise it says that it holds on
its condition, which the side's conditions list beside it ('would reopen the port only if its condition
is met'). Which way such a pointer reads depends on negations in both clauses: a condition clause that
is itself negated ('will strike if the wage is not raised') is listed turned round ('the wage is
raised'), and a pointer would then read the wrong way, so such a stance is left out instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.doctext import tokens_in
from briefing.analysis.rules.condense.gate import condition_of, lacking, paired, words_of
from briefing.analysis.rules.condense.ranking import MAX_ITEM_WORDS
from briefing.analysis.rules.condense.wording import render
from briefing.lang import word_map, word_set

_POINTERS = word_map("condition_pointers")
_NEGATIONS = word_set("negation_words")
_DEFAULT_POINTER = word_set("condition_pointer_default")

# A stance with its condition may run a little past one point's length; the reader takes it as one
MAX_HELD_OVERRUN = 4
# Two points of a side sharing this share of their words read as one said twice (brevity's measure)
SAME_POINT_SHARE = 0.6


def held_on(stance: str, condition: str, statement) -> str:
    """The stance with what it holds on: its condition clause in the article's words, or, when that
    would say the condition again, a pointer to it ('The fleet stays in port until its condition is
    met'), or "" (leave the stance out) when the clause is negated and a pointer could read the wrong
    way. A stance that holds on nothing, or that keeps its clause already, is as it was."""
    clause = _condition_clause(statement)
    if clause is None or not stance:
        return stance
    words = [t for t in clause.subtree if not t.is_punct or t.i != clause.right_edge.i]
    mark = _mark_of(clause)
    if mark in words_of(stance):
        return stance  # 'Valdoria will not sign while X': the stance says it already
    bare = stance.rstrip(" ,.;:")
    said = render(words, statement)
    if words_of(said)[:1] == words_of(bare)[-1:]:
        said = said.split(" ", 1)[-1]  # 'but only (only) as long as ...': the word once
    whole = f"{bare} {said[:1].lower() + said[1:] if said[:1].isupper() and _opens_on_mark(words) else said}"
    fits = len(words_of(whole)) <= MAX_ITEM_WORDS + MAX_HELD_OVERRUN and _share(whole, condition) < SAME_POINT_SHARE
    if fits and _whole_clause(clause, words) and paired(whole):
        return whole
    if {t.lower_ for t in words} & _NEGATIONS:
        return ""  # 'strike if the wage is not raised': its condition is listed as 'the wage is raised'
    pointer = _pointer(mark, negated=bool(set(words_of(stance)) & _NEGATIONS))
    first, _, rest = pointer.partition(" ")
    if first in words_of(stance) and rest:
        pointer = rest  # 'will only sign (only) if its condition is met'
    return f"{bare} {pointer}"


def _condition_clause(statement) -> Token | None:
    """The first clause the statement's words hold on ('until ...', 'as long as ...')."""
    start, end = statement.content
    inside = [t for t in tokens_in(statement.sent) if start <= t.idx < end]
    return next((c for t in inside for c in t.children if condition_of(t, c) and start <= c.idx < end), None)


def _whole_clause(clause: Token, words: list[Token]) -> bool:
    """The clause as the parse gives it reads whole: it ends where the article's clause ends (at a
    comma, a full stop, the end), and no word it keeps lacks what it needs ('unless the words phase
    out' of a clause the parse cut short)."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    ends = after >= len(doc) or (doc[after].is_punct and not doc[after].is_quote) or doc[after].is_space
    return ends and not lacking(words)


def _mark_of(clause: Token) -> str:
    if clause.dep_ == "advmod":  # 'as long as'
        return clause.lower_
    return next((c.lower_ for c in clause.children if c.dep_ == "mark"), "")


def _opens_on_mark(words: list[Token]) -> bool:
    return bool(words) and (words[0].dep_ in ("mark", "advmod"))


def _pointer(mark: str, negated: bool) -> str:
    """'until its condition is met'; a negated stance holds until its condition is met or unless it
    is ('will not sign if X' is 'will not sign unless X stops')."""
    found = _POINTERS.get(f"{mark} no") if negated else None
    return found or _POINTERS.get(mark) or next(iter(sorted(_DEFAULT_POINTER)))


def _share(a: str, b: str) -> float:
    wa, wb = set(words_of(a)), set(words_of(b))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0
