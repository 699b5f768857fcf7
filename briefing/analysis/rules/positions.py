"""Positions and preconditions from statements, before their words.

A statement of a side is a position. It is also a precondition when its sentence sets a condition
(the conditions stage) inside the part of the sentence that side speaks: in "A said X, but B would
only sign if Y", B sets the condition, not A. A condition whose setter the narration names, where
no statement of that party holds it, is that party's precondition too. The condense stage gives
each point its words.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import sentences_of, span_text, subtree_extent, tokens_from
from briefing.analysis.rules.event_frames import clause_verb
from briefing.analysis.rules.forecasts import a_forecast, a_generalisation
from briefing.analysis.rules.grammar import clause_said_before
from briefing.analysis.rules.lexicon import a_receiving_verb
from briefing.analysis.rules.offices import people_of_their_own
from briefing.analysis.rules.types import Condition, Draft, Party, Points, Registry, Statement
from briefing.lang import word_set

MIN_STATEMENT_LETTERS = 12  # a stray closing quote or a dateline is no statement

Conditions = dict[int, Condition | None]  # the conditions stage's finding, by sentence start (token index)


def find_points(
    doc: Doc, registry: Registry, statements: list[Statement], conditions: Conditions
) -> tuple[list[Points], list[tuple[Party, Draft]]]:
    """The positions stage: the points of every statement (in the statements' order), and the
    conditions the narration sets for a party it names."""
    points = [points_of(st, conditions, registry) for st in statements]
    return _one_holder(statements, points, conditions, registry), conditions_set_in_narration(
        doc, registry, statements, conditions
    )


def _one_holder(
    statements: list[Statement], points: list[Points], conditions: Conditions, reg: Registry
) -> list[Points]:
    """One condition has one holder: 'Berg said her guild would not sign until the roster is approved'
    sets Reyl's terms, however another party came to be read into the same clause. Where statements
    of different parties hold one sentence's condition, it stays with the party the sentence names
    as its setter, else with the one that tells it (speech, not an act read from the clause); when
    neither decides, with none."""
    holders: dict[int, list[int]] = {}
    for i, (st, found) in enumerate(zip(statements, points, strict=True)):
        if found.precondition is not None and not st.both:
            holders.setdefault(st.sent.start, []).append(i)
    out = list(points)
    for start, group in holders.items():
        if len({id(statements[i].party) for i in group}) < 2:
            continue
        keep = _holding(statements, group, conditions.get(start), reg)
        for i in group:
            if i not in keep:
                # the clause read as this party's is the holder's stance told with its terms: neither
                # the terms nor the stance are this party's ("Her ministry would lift the fines,
                # Norland's minister said, provided ...")
                out[i] = Points(points[i].position, None) if keep == set() else Points()
    return out


def _holding(statements: list[Statement], group: list[int], found: Condition | None, reg: Registry) -> set[int]:
    setter = None if found is None else setter_of(found, reg)
    named = {i for i in group if setter is not None and statements[i].party is setter}
    if named:
        return named
    told = {i for i in group if statements[i].reported}  # "Norway said Ruritania must first ...": Norway's
    return told if len({id(statements[i].party) for i in told}) == 1 else set()


def _within_clause(statement: Statement, offset: int) -> bool:
    """A condition belongs to the party whose clause holds it. The main voice of a sentence owns all of it."""
    verb = statement.verb
    if verb is None or statement.reported or verb.dep_ == "ROOT":
        return True
    start, end = subtree_extent(verb)
    if start <= offset < end:
        return True
    # "she said they would be ready provided ...": the parser hung the marker beside the clause said
    marker = next(iter(tokens_from(statement.sent, offset)), None)
    said = clause_said_before(marker) if marker is not None else None
    return said is not None and said.i == verb.i  # positions, not objects: spaCy makes a Token per access


def setter_of(found: Condition, reg: Registry) -> Party | None:
    """The party the sentence names as setting the condition: 'Kestrel said the guild insists on a
    veto' is the guild's condition. None when the sentence leaves it to the speaker."""
    return None if found.setter is None else _party_of(found.setter, reg)


def _holder_unplaced(found: Condition, reg: Registry | None) -> bool:
    """'the growers' key demand', 'the cap would require X': a holder told by a common noun that the
    registry places in no party. The condition is nobody's: it never falls to whoever speaks."""
    return found.placed_holder and (reg is None or setter_of(found, reg) is None)


# 'if', 'whether': marks of a clause only supposed. A clause of time ('soon after the board tabled a
# truce on condition that ...') tells a demand that was made.
_SUPPOSING = word_set("supposition_marks")


def _demanded_in_a_hypothesis(found: Condition) -> bool:
    """'If the bloc insists on signing before Saturday, Norland will vote against it': the demand is
    what the main clause's party would answer, told inside an 'if'; it is neither the bloc's
    condition (only supposed) nor Norland's (it rejects it)."""
    if found.kind != "demand" or found.setter is None:
        return False
    return any(
        c.dep_ == "mark" and c.lower_ in _SUPPOSING
        for t in (found.setter.head, *found.setter.head.ancestors)
        for c in t.children
    )


def condition_of(statement: Statement, conditions: Conditions, reg: Registry | None = None) -> Condition | None:
    """The condition the statement's own party sets, if any."""
    found = conditions.get(statement.sent.start)  # none for a clause told apart from its sentence
    if found is None or not _within_clause(statement, found.start) or _demanded_in_a_hypothesis(found):
        return None
    if _holder_unplaced(found, reg):
        return None
    return None if reg is not None and _set_by_another(statement, found, reg) else found


def _set_by_another(statement: Statement, found: Condition, reg: Registry) -> bool:
    """A condition someone else sets (reported: it goes to its setter), or laid on the statement's own party."""
    setter = setter_of(found, reg)
    if setter is not None and statement.party is not None and setter is not statement.party:
        return True  # someone else's condition, reported: it goes to its setter
    # "Norland said Valdoria must withdraw": laid on Valdoria, set by Norland
    return found.obliged is not None and _party_of(found.obliged, reg) is statement.party


def _party_of(tok: Token, reg: Registry) -> Party | None:
    """The party a word names, with the words before it in its phrase ('the Norland government'). A
    state's demonym on people who act for themselves ('Norlandic farmers') names no party."""
    party = reg.party_at(tok.left_edge.idx, tok.idx + len(tok.text))
    if party is not None and party.kind == "state" and people_of_their_own(tok):
        return None
    return party


def condition_draft(statement: Statement, found: Condition, reg: Registry | None = None) -> Draft:
    """A marked clause starts at its marker ("only if X"); a demand is the thing demanded. An appeal
    keeps whom it calls on: only an appeal to the other side sets a condition."""
    if found.kind == "clause":
        return Draft(statement, marker=found.start, polarity=found.polarity)
    span = (_past_a_leading_preposition(statement, found.start, found.end), found.end)
    if found.appeal:
        appeal_to = None if found.obliged is None or reg is None else _party_of(found.obliged, reg)
        return Draft(statement, span=span, appeal=True, appeal_to=appeal_to)
    return Draft(statement, span=span, polarity=found.polarity)


_DEMAND_PREPOSITIONS = word_set("demand_prepositions")


def _past_a_leading_preposition(statement: Statement, start: int, end: int) -> int:
    """'insisted on keeping the ports' -> 'keeping the ports': the preposition belongs to the verb
    or noun of demand, and a point does not open with it."""
    first = next(iter(tokens_from(statement.sent, start)), None)
    if first is None or first.lower_ not in _DEMAND_PREPOSITIONS or first.i + 1 >= statement.sent.end:
        return start
    following = first.doc[first.i + 1]
    return following.idx if following.idx < end else start


def conditions_set_in_narration(
    doc: Doc, reg: Registry, statements: list[Statement], conditions: Conditions
) -> list[tuple[Party, Draft]]:
    """Conditions whose setter the sentence names, where no statement of that party holds them:
    'the guild gave the airline an ultimatum to ...', 'Norland's demand that the fleet withdraw'."""
    spoken = {(st.sent.start, id(st.party)) for st in statements}
    out = []
    for sent in sentences_of(doc):
        found = conditions[sent.start]
        if found is None or _demanded_in_a_hypothesis(found) or _setter_only_foreseen(found):
            continue
        setter = setter_of(found, reg)
        if setter is None or (sent.start, id(setter)) in spoken:
            continue
        narrated = Statement(sent, setter, None, None, (sent.start_char, sent.end_char), reported=False)
        out.append((setter, condition_draft(narrated, found, reg)))
    return out


def _setter_only_foreseen(found: Condition) -> bool:
    """'Analysts say the guild is unlikely to settle unless the fund is restored': the setter's
    clause is a commentator's forecast or a generalisation, no condition the setter sets. Nor does
    the one who would receive something ('the league would receive two seats if it backed the budget'):
    the offer, and its condition, are the giver's, whom the sentence does not name."""
    if found.setter is None:
        return False
    verb = clause_verb(found.setter)
    return verb is not None and (_only_foreseen(verb) or a_receiving_verb(verb.lemma_))


def _only_foreseen(verb: Token) -> bool:
    return a_forecast(verb) or a_generalisation(verb)


def _told_inside_the_condition(statement: Statement, found: Condition | None) -> bool:
    """'would hold off provided Norland lifted its levy', 'talks resume only if the crews withdraw':
    the act the marked clause tells is the terms laid on its doer, neither done nor its stance."""
    verb = statement.verb
    if found is None or found.kind != "clause" or verb is None or statement.reported:
        return False
    return found.start < verb.idx < found.end


def _has_letters(text: str, count: int) -> bool:
    """Whether the text holds at least `count` letters; counting stops at the last one needed."""
    return len(list(itertools.islice(filter(str.isalpha, text), count))) == count


def points_of(statement: Statement, conditions: Conditions, reg: Registry | None = None) -> Points:
    """The position of one statement, and its precondition when it sets a condition."""
    if not _has_letters(span_text(statement.sent), MIN_STATEMENT_LETTERS):
        return Points()
    if statement.verb is not None and _only_foreseen(statement.verb):
        # "The guild could strike again in May, observers said": what a commentator expects of a
        # side, or a rule of thumb about its kind, is neither its stance nor its condition
        return Points()
    if _told_inside_the_condition(statement, conditions.get(statement.sent.start)):
        return Points()
    found = condition_of(statement, conditions, reg)
    return Points(Draft(statement), None if found is None else condition_draft(statement, found, reg))
