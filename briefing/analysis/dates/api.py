"""`find_dates`: the date mentions of a text, resolved against its publication date.

The public face of the date finder, for callers outside the engine (a script, the LLM engine
checking a model's dates, the TempEval measure): plain values, no spaCy objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from briefing.analysis.dates.finder import compare, find_temporals

# Vague words ("soon", "shortly") place nothing on a calendar: they are mentions without a value.
_VAGUE = frozenset({"soon"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the text names: `text[start:end] == words`.

    `value` is ISO at the precision the text gives ("2026", "2026-03", "2026-03-14"), or None for a
    vague word. `relation` places it against the publication date at that precision: "ahead",
    "before" or "same" (the same day, month or year), or, without a value, what its clause's
    tense says. `kind` names the shape that found it ("weekday", "month_day", "ago", ...).
    """

    start: int
    end: int
    words: str
    value: str | None
    relation: str
    kind: str

    @property
    def ahead(self) -> bool:
        """Whether the date lies after the publication date."""
        return self.relation == "ahead"


_TENSE_RELATION = {"future": "ahead", "past": "before", "present": "same"}


def find_dates(text: str | Doc, published: dt.date | str) -> list[DateMention]:
    """The date mentions of `text` (a string, parsed here, or a spaCy `Doc` from `briefing.nlp.parse`),
    in text order, resolved against `published` (a date or an ISO string). A dateline's date
    counts as a mention.

        >>> [(d.words, d.value, d.relation) for d in find_dates("Talks resume next Tuesday.", "2026-03-04")]
        [('next Tuesday', '2026-03-10', 'ahead')]
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if isinstance(text, str):
        from briefing.nlp import parse  # the model loads on first use only

        doc = parse(text)
    else:
        doc = text
    return [
        _mention(t.start, t.end, t.text, None if t.kind in _VAGUE else t.date, t.direction, t.kind, published)
        for t in find_temporals(doc, published, with_datelines=True)
    ]


def _mention(
    start: int, end: int, words: str, value: str | None, direction: str, kind: str, published: dt.date
) -> DateMention:
    if value is None:
        relation = _TENSE_RELATION.get(direction, "same")
    else:
        relation = {1: "ahead", -1: "before", 0: "same"}[compare(value, published)]
    return DateMention(start, end, words, value, relation, kind)
