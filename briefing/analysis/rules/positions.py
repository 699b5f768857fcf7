"""Positions and preconditions from statements.

A statement of a side is a position. It is also a precondition when its sentence sets a condition
(briefing/analysis/conditions.py) inside the part of the sentence that side speaks: in "A said X,
but B would only sign if Y", B sets the condition, not A.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import evidence_for, sentences_of, span_text, subtree_extent, tokens_from
from briefing.analysis.rules.condense.propositions import condensed
from briefing.analysis.rules.conditions.finder import find_condition
from briefing.analysis.rules.types import Condition, Party, Registry, Statement
from briefing.model import Item

MIN_STATEMENT_LETTERS = 12  # a stray closing quote or a dateline is no statement


def _within_clause(statement: Statement, offset: int) -> bool:
    """A condition belongs to the party whose clause holds it. The main voice of a sentence owns all of it."""
    verb = statement.verb
    if verb is None or statement.reported or verb.dep_ == "ROOT":
        return True
    start, end = subtree_extent(verb)
    return start <= offset < end


def setter_of(found: Condition, reg: Registry) -> Party | None:
    """The party the sentence names as setting the condition: 'Kestrel said the guild insists on a
    veto' is the guild's condition. None when the sentence leaves it to the speaker."""
    return None if found.setter is None else _party_of(found.setter, reg)


def condition_of(statement: Statement, reg: Registry | None = None) -> Condition | None:
    """The condition the statement's own party sets, if any."""
    found = find_condition(statement.sent)
    if found is None or not _within_clause(statement, found.start):
        return None
    setter = setter_of(found, reg) if reg is not None else None
    if setter is not None and statement.party is not None and setter is not statement.party:
        return None  # someone else's condition, reported: it goes to its setter
    if reg is not None and found.obliged is not None and _party_of(found.obliged, reg) is statement.party:
        return None  # "Norland said Valdoria must withdraw": laid on Valdoria, set by Norland
    return found


def _party_of(tok: Token, reg: Registry) -> Party | None:
    """The party a word names, with the words before it in its phrase ('the Norland government')."""
    return reg.party_at(tok.left_edge.idx, tok.idx + len(tok.text))


def condition_item(statement: Statement, found: Condition) -> Item:
    """A marked clause starts at its marker ("only if X"); a demand is the thing demanded."""
    if found.kind == "clause":
        text = condensed(statement, found.start)
    else:
        text = condensed(statement, span=(_past_a_leading_preposition(statement, found.start, found.end), found.end))
    return Item(text, statement.speaker, [evidence_for(statement.sent)])


_DEMAND_PREPOSITIONS = frozenset({"on", "upon", "for", "of", "regarding", "about", "over", "concerning"})


def _past_a_leading_preposition(statement: Statement, start: int, end: int) -> int:
    """'insisted on keeping the ports' -> 'keeping the ports': the preposition belongs to the verb
    or noun of demand, and a point does not open with it."""
    first = next(iter(tokens_from(statement.sent, start)), None)
    if first is None or first.lower_ not in _DEMAND_PREPOSITIONS or first.i + 1 >= statement.sent.end:
        return start
    following = first.doc[first.i + 1]
    return following.idx if following.idx < end else start


def conditions_set_in_narration(doc: Doc, reg: Registry, statements: list[Statement]) -> list[tuple[Party, Item]]:
    """Conditions whose setter the sentence names, where no statement of that party holds them:
    'the guild gave the airline an ultimatum to ...', 'Norland's demand that the fleet withdraw'."""
    spoken = {(st.sent.start, id(st.party)) for st in statements}
    out = []
    for sent in sentences_of(doc):
        found = find_condition(sent)
        if found is None:
            continue
        setter = setter_of(found, reg)
        if setter is None or (sent.start, id(setter)) in spoken:
            continue
        narrated = Statement(sent, setter, None, None, (sent.start_char, sent.end_char), reported=False)
        out.append((setter, condition_item(narrated, found)))
    return out


def _has_letters(text: str, count: int) -> bool:
    """Whether the text holds at least `count` letters; counting stops at the last one needed."""
    return len(list(itertools.islice(filter(str.isalpha, text), count))) == count


def items_for(statement: Statement, reg: Registry | None = None) -> tuple[Item | None, Item | None]:
    """(position, precondition) for one statement; the precondition only when it sets a condition."""
    if not _has_letters(span_text(statement.sent), MIN_STATEMENT_LETTERS):
        return None, None
    evidence = [evidence_for(statement.sent)]
    position = Item(condensed(statement), statement.speaker, evidence)
    found = condition_of(statement, reg)
    if found is None:
        return position, None
    return position, condition_item(statement, found)
