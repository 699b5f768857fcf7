"""Assemble the brief: run the stages over one parsed article and collect grounded items."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from briefing.analysis.attribution import Statement, find_statements
from briefing.analysis.events import find_events
from briefing.analysis.parties import Party, build_registry
from briefing.analysis.positions import items_for
from briefing.analysis.roles import choose_sides, third_parties
from briefing.analysis.summary import summarise, title_for
from briefing.model import Article, Brief, Side, Source
from briefing.nlp import load_model


def analyse(article: Article, doc: Doc | None = None) -> Brief:
    """The brief of one article; `doc` may be passed when the caller already parsed the text."""
    if doc is None:
        doc = load_model()(article.text)
    published = article.published or dt.date.today()
    reg = build_registry(doc)
    statements = find_statements(doc, reg)
    parties = choose_sides(doc, reg, statements)
    sides = [_side(party, statements) for party in parties]
    upcoming, background = find_events(doc, published)
    brief = Brief(
        title="",
        source=Source(
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            published=published.isoformat(),
        ),
        summary="",
        sides=sides,
        third_parties=third_parties(doc, reg, parties),
        upcoming=upcoming,
        background=background,
    )
    brief.title = article.title or title_for(doc, brief)
    brief.summary = summarise(doc, brief)
    return brief


def _side(party: Party, statements: list[Statement]) -> Side:
    side = Side(party.name, actors=[])
    seen_positions: set[int] = set()
    for st in statements:
        if st.party is not party and not st.both:
            continue
        if st.speaker and st.speaker not in side.actors:
            side.actors.append(st.speaker)
        position, precondition = items_for(st)
        start = st.sent.start_char
        if start in seen_positions:
            continue
        seen_positions.add(start)
        if position is not None:
            side.positions.append(position)
        if precondition is not None:
            side.preconditions.append(precondition)
    for actor in party.actors:
        if actor not in side.actors:
            side.actors.append(actor)
    side.actors = [a for a in side.actors if a != party.name]
    return side
