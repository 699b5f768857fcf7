"""How an event is told, judged once for every engine when the brief is written: whether it is set
to happen or only supposed (`Event.firm`), told whole or cut (`Event.whole`), and whether it names
an event of a dispute (`Event.named`). The condensed page orders its dates by these fields and never
reads the event's words again."""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.doctext import WORD
from briefing.lang import word_set
from briefing.model import Event

_UNFIRM = word_set("unfirm_event_words")
_EVENT_NOUNS = word_set("event_nouns")
_CLOSING_FUNCTION_WORDS = word_set("closing_function_words")
FRAGMENT_WORDS = 2  # an event told in this many words or fewer ("Will be") reads as a fragment


def _words(event: str) -> list[str]:
    return [w.lower() for w in WORD.findall(event)]


def is_firm(event: str) -> bool:
    """False when the event's own words leave it supposed, expected or only possible ('would take
    effect', 'a possible second round'); True otherwise."""
    return not any(w in _UNFIRM for w in _words(event))


def is_whole(event: str) -> bool:
    """False for a line cut short: two words or fewer, or one ending on a function word."""
    words = _words(event)
    return len(words) > FRAGMENT_WORDS and words[-1] not in _CLOSING_FUNCTION_WORDS


def names_an_event(event: str) -> bool:
    """True when the line names an event of a dispute (a vote, a hearing, a strike) rather than another act."""
    return any(w in _EVENT_NOUNS for w in _words(event))


def judged(events: list[Event]) -> list[Event]:
    """The events with how they are told set; an event the engine already knows is only possible
    (`firm` false from the parse) stays so."""
    return [
        replace(ev, firm=ev.firm and is_firm(ev.event), whole=is_whole(ev.event), named=names_an_event(ev.event))
        for ev in events
    ]
