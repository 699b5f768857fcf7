"""The data that flows through the pipeline: `Article` in, `Brief` out.

`Brief` is the only contract between analysis and rendering. Its JSON form is
the one described in BRIEF_JSON.md (schema_version 1); `brief_json_schema()`
describes the same shape as a JSON Schema, and `Brief.from_dict` reads it back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1
MAX_QUOTE_CHARS = 600


@dataclass(frozen=True)
class Article:
    """One input article after ingest: plain text plus what we know about where it came from."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    name: str = "article"  # input file stem (or "stdin"); keeps batch outputs traceable
    published_from: str = "unknown"  # "option", "document", "text" or "today"


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of the article: `article.text[start:end] == quote`."""

    quote: str
    start: int
    end: int


@dataclass
class Item:
    """A position or precondition: the point in a few words, who voiced it, and its grounding."""

    text: str
    speaker: str | None
    evidence: list[Evidence]
    key: bool = True  # shown in the brief; False for a side's lower-ranked points, kept in the JSON only


@dataclass
class Side:
    name: str
    actors: list[str] = field(default_factory=list)
    positions: list[Item] = field(default_factory=list)
    preconditions: list[Item] = field(default_factory=list)


@dataclass
class ThirdParty:
    name: str
    role: str
    evidence: list[Evidence]


@dataclass
class Event:
    """A dated event; `date` is ISO 8601 at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD)."""

    date: str | None
    when: str
    event: str
    evidence: list[Evidence]


@dataclass
class Source:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass
class Brief:
    title: str
    source: Source
    summary: str
    sides: list[Side] = field(default_factory=list)
    third_parties: list[ThirdParty] = field(default_factory=list)
    upcoming: list[Event] = field(default_factory=list)
    background: list[Event] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        # schema_version leads, as in the contract, so a reader sees it first.
        return {"schema_version": data.pop("schema_version"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        def evidence(items: list[dict[str, Any]]) -> list[Evidence]:
            return [Evidence(e["quote"], e["start"], e["end"]) for e in items]

        def item(d: dict[str, Any]) -> Item:
            return Item(d["text"], d.get("speaker"), evidence(d["evidence"]), bool(d.get("key", True)))

        def event(d: dict[str, Any]) -> Event:
            return Event(d.get("date"), d.get("when", ""), d["event"], evidence(d["evidence"]))

        return cls(
            title=data["title"],
            source=Source(**data.get("source", {})),
            summary=data.get("summary", ""),
            sides=[
                Side(
                    s["name"],
                    list(s.get("actors", [])),
                    [item(i) for i in s.get("positions", [])],
                    [item(i) for i in s.get("preconditions", [])],
                )
                for s in data.get("sides", [])
            ],
            third_parties=[
                ThirdParty(t["name"], t.get("role", ""), evidence(t.get("evidence", [])))
                for t in data.get("third_parties", [])
            ],
            upcoming=[event(e) for e in data.get("upcoming", [])],
            background=[event(e) for e in data.get("background", [])],
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )

    def evidence(self) -> list[Evidence]:
        """Every cited span once, in order of appearance in the article (the numbered quotes)."""
        spans: set[Evidence] = set()
        for side in self.sides:
            for it in side.positions + side.preconditions:
                spans.update(it.evidence)
        for tp in self.third_parties:
            spans.update(tp.evidence)
        for ev in self.upcoming + self.background:
            spans.update(ev.evidence)
        return sorted(spans, key=lambda e: (e.start, e.end))


def brief_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of `Brief.to_dict()`."""
    evidence = {
        "type": "object",
        "required": ["quote", "start", "end"],
        "properties": {
            "quote": {"type": "string", "minLength": 1, "maxLength": MAX_QUOTE_CHARS},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 1},
        },
        "additionalProperties": False,
    }
    evidence_list = {"type": "array", "items": {"$ref": "#/$defs/evidence"}, "minItems": 1}
    item = {
        "type": "object",
        "required": ["text", "speaker", "evidence"],
        "properties": {
            "text": {"type": "string"},
            "speaker": {"type": ["string", "null"]},
            "evidence": evidence_list,
            "key": {"type": "boolean", "description": "shown in the brief; false for lower-ranked points"},
        },
    }
    event = {
        "type": "object",
        "required": ["date", "when", "event", "evidence"],
        "properties": {
            "date": {
                "type": ["string", "null"],
                "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            },
            "when": {"type": "string"},
            "event": {"type": "string"},
            "evidence": evidence_list,
        },
    }
    nullable = {"type": ["string", "null"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Brief",
        "type": "object",
        "required": ["schema_version", "title", "source", "summary", "sides", "third_parties", "upcoming"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "title": {"type": "string"},
            "source": {
                "type": "object",
                "properties": {"title": nullable, "url": nullable, "outlet": nullable, "published": nullable},
            },
            "summary": {"type": "string"},
            "sides": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "actors", "positions", "preconditions"],
                    "properties": {
                        "name": {"type": "string"},
                        "actors": {"type": "array", "items": {"type": "string"}},
                        "positions": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                        "preconditions": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                    },
                },
            },
            "third_parties": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "role", "evidence"],
                    "properties": {
                        "name": {"type": "string"},
                        "role": {"type": "string"},
                        "evidence": evidence_list,
                    },
                },
            },
            "upcoming": {"type": "array", "items": {"$ref": "#/$defs/event"}},
            "background": {"type": "array", "items": {"$ref": "#/$defs/event"}},
        },
        "$defs": {"evidence": evidence, "item": item, "event": event},
    }
