"""Assemble the brief: run the stages over one parsed article and collect grounded items."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.doctext import forget_tokens
from briefing.analysis.grounding import clip_texts
from briefing.analysis.options import AnalysisOptions
from briefing.analysis.rules.attribution.statements import find_statements
from briefing.analysis.rules.condense.propositions import stance_core
from briefing.analysis.rules.condense.ranking import DUPLICATE_OVERLAP, merge_duplicates, overlap, rank
from briefing.analysis.rules.events import find_events
from briefing.analysis.rules.parties.registry import build_registry
from briefing.analysis.rules.positions import conditions_set_in_narration, items_for
from briefing.analysis.rules.roles import choose_sides, third_parties
from briefing.analysis.rules.summary import summarise, title_for
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.model import Article, Brief, Event, Item, Side, Source, dated
from briefing.nlp import parse


def analyse(article: Article, options: AnalysisOptions | None = None) -> Brief:
    """The offline engine's brief of one article (the entry point `engines.ENGINES` names)."""
    return analyse_parsed(article, parse(article.text))


def analyse_parsed(article: Article, doc: Doc) -> Brief:
    """The brief of an article the caller already parsed into `doc`."""
    try:
        return _analysed(dated(article), doc)
    finally:
        forget_tokens(doc)


def _analysed(article: Article, doc: Doc) -> Brief:
    """The brief of an article already dated and parsed."""
    published = article.published
    reg = build_registry(doc)
    statements = find_statements(doc, reg)
    parties = choose_sides(doc, reg, statements)
    narrated = conditions_set_in_narration(doc, reg, statements)
    sides = [_side(party, statements, reg, [item for p, item in narrated if p is party]) for party in parties]
    upcoming, background = find_events(doc, published)
    upcoming, background = _in_date_order(upcoming), _in_date_order(background)
    brief = Brief(
        title="",
        source=Source(
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            published=published,
            published_basis=article.published_from,
        ),
        summary="",
        sides=sides,
        third_parties=third_parties(doc, reg, parties, statements),
        upcoming=upcoming,
        background=background,
    )
    brief.title = article.title or title_for(doc, brief)
    brief.summary = summarise(doc, brief)
    return clip_texts(brief)


def _in_date_order(events: list[Event]) -> list[Event]:
    """Earliest first, undated last; events on the same date keep the article's order."""
    return sorted(events, key=lambda ev: (ev.date is None, ev.date or ""))


def _side(party: Party, statements: list[Statement], reg: Registry, narrated: list[Item]) -> Side:
    side = Side(party.name, actors=[])
    seen_positions: set[int] = set()
    said_in: dict[int, Statement] = {}
    for st in statements:
        if st.party is not party and not st.both:
            continue
        if st.speaker and st.speaker not in side.actors:
            side.actors.append(st.speaker)
        position, precondition = items_for(st, reg)
        start = st.sent.start_char
        if start in seen_positions:
            continue
        seen_positions.add(start)
        if position is not None and precondition is not None:
            position = _stance_apart_from_condition(position, precondition, st)
        if position is not None:
            side.positions.append(position)
            said_in[id(position)] = st
        if precondition is not None:
            side.preconditions.append(precondition)
    side.preconditions.extend(narrated)
    side.preconditions.sort(key=lambda item: item.evidence[0].start)
    for actor in party.actors:
        if actor not in side.actors:
            side.actors.append(actor)
    side.actors = [a for a in side.actors if a != party.name]
    side.preconditions = merge_duplicates(side.preconditions)
    side.positions = rank(merge_duplicates(side.positions), side.preconditions)
    _lower_ranks_in_brief(side, said_in)
    return side


def _lower_ranks_in_brief(side: Side, said_in: dict[int, Statement]) -> None:
    """A lower-ranked point, kept only in the JSON, is its bare stance: the evidence holds the rest."""
    for item in side.positions:
        if item.key or id(item) not in said_in:
            continue
        stance = stance_core(said_in[id(item)])
        others = [o.text for o in side.positions + side.preconditions if o is not item]
        shorter = len(stance.split()) >= MIN_STANCE_WORDS and len(stance) < len(item.text)
        if shorter and all(overlap(stance, o) < DUPLICATE_OVERLAP for o in others):
            item.text = stance


def _stance_apart_from_condition(position: Item, precondition: Item, statement: Statement) -> Item | None:
    """A statement both stance and condition reads as two points: the bare stance, and the condition.
    When the stance cannot be told apart from its condition, the condition alone says it."""
    if overlap(position.text, precondition.text) < DUPLICATE_OVERLAP:
        return position
    stance = stance_core(statement)
    if stance and overlap(stance, precondition.text) < DUPLICATE_OVERLAP:
        position.text = stance
        return position
    return None


MIN_STANCE_WORDS = 3  # a bare stance shorter than this names no stance
