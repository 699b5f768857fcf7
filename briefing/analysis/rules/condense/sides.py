"""The condense stage: each side's points in words, merged and ranked.

A point's words are built from the parse of its statement (propositions.py); a statement that is
both stance and condition reads as two points, the bare stance and the condition; points of a side
that say the same thing are merged and ranked (ranking.py).
"""

from __future__ import annotations

from briefing.analysis.doctext import evidence_for
from briefing.analysis.rules.condense.gate import MIN_POINT_WORDS_SHOWN, words_of
from briefing.analysis.rules.condense.held import conditions_unread, held_on
from briefing.analysis.rules.condense.propositions import condensed, lightly_trimmed, stance_core
from briefing.analysis.rules.condense.ranking import DUPLICATE_OVERLAP, merge_duplicates, overlap, rank
from briefing.analysis.rules.types import Draft, Party, Points, Statement
from briefing.model import Item, Side

MIN_STANCE_WORDS = 3  # a bare stance shorter than this names no stance
# Two points of a side sharing this share of their words read as the same point said twice.
REPEATED_OVERLAP = 0.6


def condense_sides(
    side_parties: list[Party],
    statements: list[Statement],
    points: list[Points],
    narrated: list[tuple[Party, Draft]],
    acts: list[Statement],
) -> list[Side]:
    """The sides of the brief, in the order the roles stage chose them. A side's act the narration
    tells is a position of that side (the acts stage found it in a sentence none of its statements holds)."""
    statements = [*statements, *acts]
    points = [*points, *(Points(Draft(act)) for act in acts)]
    narrated_items = [
        (party, item)
        for party, draft in narrated
        if _sets_terms(draft, side_parties) and (item := _shown(item_of(draft))) is not None
    ]
    points = [
        p if p.precondition is None or _sets_terms(p.precondition, side_parties) else Points(p.position, None)
        for p in points
    ]
    return [
        _side(
            party,
            _not_told_by_another_side(party, statements, side_parties),
            points,
            [item for p, item in narrated_items if p is party],
        )
        for party in side_parties
    ]


def _not_told_by_another_side(party: Party, statements: list[Statement], side_parties: list[Party]) -> list[Statement]:
    """'The guild said the company refused to propose a raise' is the guild's grievance, not the company's
    stance: a statement another side tells of this party stays out of its points (kept in place, so
    statements and points still pair up; a None party belongs to no side)."""
    return [
        Statement(st.sent, None, st.speaker, st.verb, st.content, st.reported)
        if st.party is party and st.told_by is not None and st.told_by is not party and st.told_by in side_parties
        else st
        for st in statements
    ]


def _sets_terms(draft: Draft, side_parties: list[Party]) -> bool:
    """An appeal ('called on the Security Council to meet') is a condition only when it calls on
    another side; calling on a third party is a position."""
    return not draft.appeal or any(draft.appeal_to is p for p in side_parties)


def item_of(draft: Draft, conditioned: bool = True) -> Item:
    """A point in words, citing its statement's sentence. A position whose statement sets no
    condition keeps any 'if' or 'without' clause it holds: no precondition says it instead."""
    statement = draft.statement
    text = condensed(statement, draft.marker, draft.span, draft.polarity, conditioned)
    return Item(text, statement.speaker, [evidence_for(statement.sent)])


def _items(found: Points) -> tuple[Item | None, Item | None]:
    """A statement's position and precondition in words. A condition that reads as no point of its
    own leaves the position to keep its clause: no line may read the stance as certain."""
    precondition = None if found.precondition is None else _shown(item_of(found.precondition))
    position = None if found.position is None else _shown(item_of(found.position, precondition is not None))
    if position is not None and precondition is None and not _keeps_its_marker(position, found.precondition):
        return None, None  # "will reopen the quays bit by bit, and only once ...": never read as certain
    return position, precondition


def _keeps_its_marker(position: Item, draft: Draft | None) -> bool:
    """Whether a stance whose condition could not be told as a point of its own still says it: the
    condition's marker word ('only when', 'provided') is in its words."""
    if draft is None or draft.marker is None:
        return True
    sent = draft.statement.sent
    marker = next((t for t in sent if t.idx >= draft.marker), None)
    return marker is None or marker.lower_ in words_of(position.text.lower())


def _shown(item: Item) -> Item | None:
    """A point with fewer words than a point needs, after the gate's fallback, is no point: the
    sentence was all frame ('X tweeted.') or all aside."""
    return item if len(words_of(item.text)) >= MIN_POINT_WORDS_SHOWN else None


def _side(party: Party, statements: list[Statement], points: list[Points], narrated: list[Item]) -> Side:
    side = Side(party.name, actors=[])
    seen_positions: set[int] = set()
    said_in: dict[int, Statement] = {}
    for st, found in zip(statements, points, strict=True):
        if st.party is not party and not st.both:
            continue
        if st.speaker and st.speaker not in side.actors:
            side.actors.append(st.speaker)
        position, precondition = _items(found)
        start = st.sent.start_char
        if start in seen_positions:
            continue
        seen_positions.add(start)
        _add_points(side, st, position, precondition, said_in, found.precondition)
    side.preconditions.extend(narrated)
    side.preconditions.sort(key=lambda item: item.evidence[0].start)
    _add_party_actors(side, party)
    side.preconditions = merge_duplicates(side.preconditions)
    spoken = [st.sent for st in statements if st.party is party or st.both]
    side.conditions_unread = not side.preconditions and conditions_unread(spoken)
    side.positions = rank(merge_duplicates(side.positions), side.preconditions)
    _lower_ranks_in_brief(side, said_in)
    return side


def _add_points(
    side: Side,
    st: Statement,
    position: Item | None,
    precondition: Item | None,
    said_in: dict[int, Statement],
    draft: Draft | None = None,
) -> None:
    """A statement's stance and condition on the side, the stance told apart from the condition."""
    if position is not None and precondition is not None:
        position = _stance_apart_from_condition(position, precondition, st)
        if position is not None:
            marker, polarity = (None, "") if draft is None else (draft.marker, draft.polarity)
            position.text, precondition.text = held_on(position.text, precondition.text, st, marker, polarity)
            position = position if position.text else None  # a stance that cannot keep its clause is left out
    if position is not None:
        side.positions.append(position)
        said_in[id(position)] = st
    if precondition is not None:
        side.preconditions.append(precondition)


def _add_party_actors(side: Side, party: Party) -> None:
    """The party's own actors after its speakers, each once, never the party itself."""
    for actor in party.actors:
        if actor not in side.actors:
            side.actors.append(actor)
    side.actors = [a for a in side.actors if a != party.name]


def _lower_ranks_in_brief(side: Side, said_in: dict[int, Statement]) -> None:
    """A lower-ranked point, kept only in the JSON, is its bare stance: the evidence holds the rest."""
    for item in side.positions:
        if item.key or id(item) not in said_in:
            continue
        others = [o.text for o in side.positions + side.preconditions if o is not item]
        # the stance with the complement it needs first; the bare one when that says another point again
        for stance in (stance_core(said_in[id(item)]), stance_core(said_in[id(item)], complete=False)):
            if any(overlap(stance, o) >= DUPLICATE_OVERLAP for o in others):
                continue
            if len(stance.split()) >= MIN_STANCE_WORDS and len(stance) < len(item.text):
                item.text = stance
            break


def _stance_apart_from_condition(position: Item, precondition: Item, statement: Statement) -> Item | None:
    """A statement both stance and condition reads as two points: the bare stance, and the condition.
    When the stance cannot be told apart from its condition, the condition alone says it."""
    if overlap(position.text, precondition.text) < DUPLICATE_OVERLAP:
        return position
    # "is insisting on X": no stance without its complement, so the condition alone says it; the
    # same words twice under one side read as a slip to the reader. The stance completed ('demanded
    # the repeal of the law') may say the condition again: then the bare one, unless it is cut before
    # a word it needs; then the whole clause; a cut stance only when nothing else tells the two apart.
    bare = stance_core(statement, complete=False)
    for stance in (stance_core(statement), stance_core(statement, complete=False, cut=False)):
        if stance and overlap(stance, precondition.text) < DUPLICATE_OVERLAP:
            position.text = stance
            return position
    # "gave the board until Friday to withdraw the plan": the stance is the whole clause, kept when it
    # does not read as the condition said twice
    for whole in (position.text, lightly_trimmed(statement) or ""):
        if whole and overlap(whole, precondition.text) < REPEATED_OVERLAP:
            position.text = whole
            return position
    if bare and overlap(bare, precondition.text) < DUPLICATE_OVERLAP:
        position.text = bare
        return position
    return None
