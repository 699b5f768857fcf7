"""The data that flows through the pipeline: `Article` in, `Brief` out.

`Brief` is the only contract between analysis and rendering. Its JSON form
(schema_version 1) is described in the README's "The JSON contract"; `brief_json_schema()`
derives the same shape as a JSON Schema from the dataclasses, and `Brief.from_dict` reads it back.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Callable, Iterator
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass, replace
from typing import Any, ClassVar, Union, get_args, get_origin, get_type_hints

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
    published_from: str = "given"  # the basis of `published`, one of PUBLISHED_BASES (see `dated`)


# How a brief's publication date was decided: given (with --published, or by a library caller), found
# in the input (front matter, page metadata or a dateline), or taken to be the day the brief was made.
PUBLISHED_BASES = ("given", "document", "today")


def dated(article: Article, today: dt.date | None = None) -> Article:
    """The article with its publication date decided: its own, else `today` (the real one by default).
    The one place the fallback is made, for the pipeline and for a library caller alike."""
    if article.published is not None:
        return article
    return replace(article, published=today or dt.date.today(), published_from="today")


# The longest line a brief shows for each kind of text: an article may hold a 10,000-character "word".
MAX_NAME_CHARS = 120
MAX_POINT_CHARS = 300
MAX_TITLE_CHARS = 160
MAX_SUMMARY_CHARS = 900
ISO_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _meta(max_chars: int | None = None, **schema: Any) -> dict[str, Any]:
    """A field's place in the contract: how long its text may run in the brief (`max_chars`, applied
    by the analysis), and what the JSON Schema adds to its type."""
    return {"max_chars": max_chars, "schema": schema}


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of the article: `article.text[start:end] == quote`."""

    quote: str = field(metadata=_meta(minLength=1, maxLength=MAX_QUOTE_CHARS))
    start: int = field(metadata=_meta(minimum=0))
    end: int = field(metadata=_meta(minimum=1))


_GROUNDED = _meta(minItems=1)  # every point cites the article


@dataclass
class Item:
    """A position or precondition: the point in a few words, who voiced it, and its grounding."""

    text: str = field(metadata=_meta(MAX_POINT_CHARS))
    speaker: str | None = field(metadata=_meta(MAX_NAME_CHARS))
    evidence: list[Evidence] = field(metadata=_GROUNDED)
    key: bool = field(default=True, metadata=_meta(description="shown in the brief; false for lower-ranked points"))


@dataclass
class Side:
    name: str = field(metadata=_meta(MAX_NAME_CHARS))
    actors: list[str] = field(default_factory=list, metadata=_meta(MAX_NAME_CHARS))
    positions: list[Item] = field(default_factory=list)
    preconditions: list[Item] = field(default_factory=list)
    conditions_unread: bool = field(
        default=False,
        metadata=_meta(
            description="no precondition found, yet the side's lines hold a word that may open one: the brief "
            "does not claim that none is stated"
        ),
    )


@dataclass
class ThirdParty:
    name: str = field(metadata=_meta(MAX_NAME_CHARS))
    role: str = field(metadata=_meta(MAX_NAME_CHARS))
    evidence: list[Evidence] = field(metadata=_GROUNDED)


@dataclass
class Event:
    """A dated event; `date` is ISO 8601 at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD)."""

    date: str | None = field(metadata=_meta(pattern=ISO_DATE_PATTERN))
    when: str = field(metadata=_meta(MAX_NAME_CHARS))
    event: str = field(metadata=_meta(MAX_POINT_CHARS))
    evidence: list[Evidence] = field(metadata=_GROUNDED)
    firm: bool = field(
        default=True, metadata=_meta(description="set to happen; false when only expected, likely or possible")
    )
    whole: bool = field(
        default=True, metadata=_meta(description="told whole; false for a cut line ('Will be', one ending on 'to')")
    )
    named: bool = field(
        default=False, metadata=_meta(description="names an event of a dispute (a vote, a hearing, a strike)")
    )


# The precision of an ISO date, by its length: '2024-11-05' a day, '2024-11' a month, '2024' a year.
DAY, MONTH, YEAR = "day", "month", "year"
_PRECISION_BY_LENGTH = {len("2024-11-05"): DAY, len("2024-11"): MONTH, len("2024"): YEAR}


def date_precision(iso: str | None) -> str | None:
    """DAY, MONTH or YEAR for an ISO date (YYYY-MM-DD, YYYY-MM, YYYY); None for no date. The one
    place a date's precision is read, for the engine and the renderers alike."""
    return _PRECISION_BY_LENGTH.get(len(iso)) if iso else None


@dataclass
class Source:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None  # written as YYYY-MM-DD
    published_basis: str | None = field(default=None, metadata=_meta(enum=[*PUBLISHED_BASES, None]))

    @classmethod
    def of(cls, article: Article) -> Source:
        """Where a brief of `article` comes from: every engine cites its source the same way."""
        return cls(article.title, article.url, article.outlet, article.published, article.published_from)


@dataclass
class Brief:
    """The brief: a title, its source, the bottom line, and its sections.

    The schema, the JSON round trip, the evidence walk and the clipping of long texts all read the
    fields below, so a new section is a field here (listed in SECTIONS) plus its template lines."""

    title: str = field(metadata=_meta(MAX_TITLE_CHARS))
    source: Source
    summary: str = field(metadata=_meta(MAX_SUMMARY_CHARS))
    sides: list[Side] = field(default_factory=list)
    third_parties: list[ThirdParty] = field(default_factory=list)
    upcoming: list[Event] = field(default_factory=list)
    background: list[Event] = field(default_factory=list)
    schema_version: int = field(default=SCHEMA_VERSION, metadata=_meta(const=SCHEMA_VERSION))

    SECTIONS: ClassVar[tuple[str, ...]] = ("sides", "third_parties", "upcoming", "background")

    def to_dict(self) -> dict[str, Any]:
        data = _json_ready(asdict(self))
        # schema_version leads, as in the contract, so a reader sees it first.
        return {"schema_version": data.pop("schema_version"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        """The brief a `to_dict()` (or a JSON file of one) holds. A field with a default may be missing;
        any other missing field raises KeyError, a value of the wrong shape TypeError or ValueError."""
        return _load(cls, data)

    def evidence(self) -> list[Evidence]:
        """Every cited span once, in order of appearance in the article (the numbered quotes)."""
        spans = {e for section in self.SECTIONS for e in _evidence_in(getattr(self, section))}
        return sorted(spans, key=lambda e: (e.start, e.end))


# --- one walk over the fields, for every use of the contract ---------------------------------------


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    """A dataclass's field types, resolved once: the JSON round trip asks for them at every item."""
    return get_type_hints(cls)


def _optional(tp: Any) -> Any | None:
    """`X` for `X | None`, else None."""
    if get_origin(tp) in (Union, types.UnionType):
        rest = [a for a in get_args(tp) if a is not type(None)]
        return rest[0] if len(rest) == 1 else None
    return None


def _load(tp: Any, value: Any) -> Any:
    if is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"{tp.__name__}: expected an object")
        hints = _field_types(tp)
        kwargs = {f.name: _load(hints[f.name], value[f.name]) for f in fields(tp) if f.name in value}
        for f in fields(tp):
            if f.name not in kwargs and f.default is MISSING and f.default_factory is MISSING:
                if _optional(hints[f.name]) is None:
                    raise KeyError(f.name)
                kwargs[f.name] = None
        return tp(**kwargs)
    inner = _optional(tp)
    if inner is not None:
        return None if value is None else _load(inner, value)
    if get_origin(tp) is list:
        (element,) = get_args(tp)
        return [_load(element, v) for v in value]
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    return bool(value) if tp is bool else value


def _json_ready(value: Any) -> Any:
    """Dates as YYYY-MM-DD; everything else as `asdict` gives it."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    return value


def _evidence_in(value: Any) -> Iterator[Evidence]:
    if isinstance(value, Evidence):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _evidence_in(v)
    elif is_dataclass(value):
        for f in fields(value):
            yield from _evidence_in(getattr(value, f.name))


def clip_fields(value: Any, clip: Callable[[str, int], str]) -> None:
    """Apply `clip(text, max_chars)` to every text field (and list of texts) that has a length limit."""
    if isinstance(value, list):
        for v in value:
            clip_fields(v, clip)
        return
    if not is_dataclass(value) or isinstance(value, Evidence):
        return  # evidence quotes stay whole: they are capped at MAX_QUOTE_CHARS where they are cut
    for name, limit in _text_limits(type(value)):
        current = getattr(value, name)
        if limit and isinstance(current, str):
            setattr(value, name, clip(current, limit))
        elif limit and isinstance(current, list):
            setattr(value, name, [clip(v, limit) if isinstance(v, str) else v for v in current])
        else:
            clip_fields(current, clip)


@functools.cache
def _text_limits(cls: type) -> tuple[tuple[str, int | None], ...]:
    """Each field of a dataclass with its length limit: asked for every item of every brief."""
    return tuple((f.name, f.metadata.get("max_chars")) for f in fields(cls))


_JSON_TYPES = {str: "string", int: "integer", bool: "boolean", dt.date: "string"}
_FORMATS = {dt.date: "date"}


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if is_dataclass(tp):
        name = tp.__name__.lower()
        if name not in defs:
            defs[name] = {}  # placeholder: a class that holds itself stops here
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    inner = _optional(tp)
    if inner is not None:
        return {**_schema_of(inner, defs), "type": [_JSON_TYPES[inner], "null"]}
    if get_origin(tp) is list:
        (element,) = get_args(tp)
        return {"type": "array", "items": _schema_of(element, defs)}
    return {"type": _JSON_TYPES[tp], **({"format": _FORMATS[tp]} if tp in _FORMATS else {})}


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = _field_types(cls)
    properties = {}
    for f in fields(cls):
        schema = _schema_of(hints[f.name], defs)
        extra = dict(f.metadata.get("schema", {}))
        if "const" in extra:
            schema = {}
        if schema.get("type") == "array" and "minItems" in extra:
            schema["minItems"] = extra.pop("minItems")
        properties[f.name] = {**schema, **extra}
    return {
        "type": "object",
        "required": [f.name for f in fields(cls)],
        "properties": properties,
        "additionalProperties": False,
    }


def brief_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of `Brief.to_dict()`, read from the dataclasses above."""
    defs: dict[str, Any] = {}
    root = _object_schema(Brief, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Brief", **root, "$defs": defs}
