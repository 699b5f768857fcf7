"""The Brief contract read from its dataclasses: schema, JSON round trip, evidence walk, clipping."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

import jsonschema
import pytest

from briefing.analysis import analyse
from briefing.analysis.grounding import clip
from briefing.model import (
    MAX_NAME_CHARS,
    MAX_POINT_CHARS,
    Article,
    Brief,
    Evidence,
    Item,
    Side,
    Source,
    brief_json_schema,
    clip_fields,
    dated,
)


@pytest.fixture(scope="module")
def brief(article_text: str) -> Brief:
    return analyse(Article(text=article_text, published=dt.date(2026, 3, 3)))


def test_every_object_in_the_schema_requires_every_field_it_has() -> None:
    schema = brief_json_schema()
    objects = [schema, *schema["$defs"].values()]
    assert len(objects) == 7  # the brief, source, side, item, evidence, third party, event
    for obj in objects:
        assert sorted(obj["required"]) == sorted(obj["properties"]), obj["required"]
        assert obj["additionalProperties"] is False


def test_the_schema_lists_every_section_of_the_brief() -> None:
    properties = brief_json_schema()["properties"]
    assert set(Brief.SECTIONS) <= set(properties)
    assert {f.name for f in fields(Brief)} == set(properties)


def test_a_real_brief_validates_and_survives_the_json_round_trip(brief: Brief) -> None:
    data = brief.to_dict()
    jsonschema.validate(data, brief_json_schema())
    assert Brief.from_dict(data) == brief
    assert next(iter(data)) == "schema_version"


def test_the_evidence_walk_reaches_every_section(brief: Brief) -> None:
    cited = set(brief.evidence())
    assert brief.third_parties and brief.upcoming and brief.sides
    for section in Brief.SECTIONS:
        for entry in getattr(brief, section):
            items = [*entry.positions, *entry.preconditions] if isinstance(entry, Side) else [entry]
            for item in items:
                assert set(item.evidence) <= cited


def test_a_missing_field_with_a_default_is_filled_and_one_without_is_an_error() -> None:
    evidence = {"quote": "The union said no.", "start": 0, "end": 18}
    data = {
        "title": "T",
        "source": {},
        "summary": "S",
        "sides": [{"name": "Guild", "positions": [{"text": "No", "evidence": [evidence]}]}],
    }
    brief = Brief.from_dict(data)
    assert brief.sides[0].positions[0] == Item("No", None, [Evidence("The union said no.", 0, 18)], key=True)
    assert brief.sides[0].actors == [] and brief.upcoming == [] and brief.source == Source()
    with pytest.raises(KeyError):
        Brief.from_dict({"source": {}, "summary": "S"})


def test_clipping_shortens_every_limited_text_and_leaves_quotes_whole() -> None:
    word = "x" * 2000
    brief = Brief(
        title=word,
        source=Source(),
        summary=word,
        sides=[Side(word, [word], [Item(word, word, [Evidence(word, 0, 2000)])])],
    )
    clip_fields(brief, clip)
    side = brief.sides[0]
    assert len(side.name) <= MAX_NAME_CHARS and len(side.actors[0]) <= MAX_NAME_CHARS
    assert len(side.positions[0].text) <= MAX_POINT_CHARS and len(side.positions[0].speaker or "") <= MAX_NAME_CHARS
    assert len(brief.title) < 2000 and len(brief.summary) < 2000
    assert side.positions[0].evidence[0].quote == word


def test_the_publication_date_is_decided_once_with_its_basis() -> None:
    today = dt.date(2026, 3, 10)
    undated = dated(Article(text="The union said no."), today)
    assert (undated.published, undated.published_from) == (today, "today")
    given = Article(text="The union said no.", published=dt.date(2026, 1, 2))
    assert dated(given, today) is given and given.published_from == "given"
    brief = analyse(undated)
    assert brief.source.published == today and brief.source.published_basis == "today"
    data = brief.to_dict()
    assert data["source"]["published"] == "2026-03-10" and data["source"]["published_basis"] == "today"
    assert Brief.from_dict(data).source.published == today
