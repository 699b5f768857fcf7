"""Whether a dated event is set to happen or only supposed: one judgement for every engine, made
when the brief is written, so a renderer orders its dates by the `Event.firm` field and never reads
the event's words again."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.lang import word_set
from briefing.model import Event

_UNFIRM = word_set("unfirm_event_words")
_WORD = re.compile(r"[\w'’-]+")


def is_firm(event: str) -> bool:
    """False when the event's own words leave it supposed, expected or only possible ('would take
    effect', 'a possible second round'); True otherwise."""
    return not any(w.lower() in _UNFIRM for w in _WORD.findall(event))


def judged(events: list[Event]) -> list[Event]:
    """The events with their firmness set."""
    return [replace(ev, firm=is_firm(ev.event)) for ev in events]
