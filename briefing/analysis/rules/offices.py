"""Offices: titles that are local (a mayor, a governor: their holder does not speak for the state) and
presiding offices the text qualifies ('the summit's chair Ana Berg'). Shared by the parties,
attribution and roles stages."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.doctext import (
    token_index,
)
from briefing.analysis.rules.lexicon import (
    TITLE_WORDS,
)
from briefing.analysis.rules.types import Person
from briefing.lang import word_set

_PRESIDING_TITLES = word_set("presiding_titles")


_POSSESSIVE_CLITICS = word_set("possessive_clitics")


def holds_a_named_office(doc: Doc, person: Person) -> bool:
    """'the summit's chair Ana Berg', 'Republic President Ivo Lang', 'Forum Vice President Ana Berg': a
    presiding office the text qualifies, not a bare 'President Lang', nor 'Economy Minister Lang'."""
    for start, _end in person.mentions:
        i = token_index(doc, start)
        title_start = i
        while title_start > 0 and doc[title_start - 1].lower_.rstrip(".") in TITLE_WORDS:
            title_start -= 1
        if title_start == i or title_start == 0 or doc[i - 1].lower_ not in _PRESIDING_TITLES:
            continue
        qualifier = doc[title_start - 1]
        if qualifier.lower_ in _POSSESSIVE_CLITICS or qualifier.pos_ in ("PROPN", "ADJ", "NOUN", "NUM"):
            return True
    return False


LOCAL_TITLES = word_set("local_titles")
