"""Organisations the model took for people: 'ASTU Metall said', 'the strike by ASTU Metall'. A
personal name never opens with an acronym and is soon shortened to the surname; a name that opens
with capitals, is always written whole and is never a 'he' or a 'she' is an organisation's."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.doctext import text_of
from briefing.analysis.rules.parties.names import speaker_pronoun_next
from briefing.analysis.rules.types import Registry

MIN_WHOLE_MENTIONS = 2  # a person named in full twice is usually shortened by then
MIN_OPENING_CAPITALS = 2  # 'GS' of 'GS Verkstad'; one capital is an initial ('J Berg')


def people_named_like_bodies(doc: Doc, reg: Registry) -> None:
    """Turn each 'person' whose name opens with an acronym, used only whole, with no title and no
    gendered pronoun after it, into an organisation."""
    text = text_of(doc)
    for surname, person in list(reg.persons.items()):
        words = person.name.split()
        if len(words) < 2 or person.title or person.gender or surname == person.name:
            continue
        first = words[0].replace(".", "")
        if len(first) < MIN_OPENING_CAPITALS or not (first.isalpha() and first.isupper()):
            continue
        mentions = sorted(set(person.mentions))
        whole = [(end - len(person.name), end) for _start, end in mentions if text[:end].endswith(person.name)]
        if len(whole) < MIN_WHOLE_MENTIONS or len(whole) < len(mentions):
            continue  # shortened to the surname somewhere: a person's way of being named
        if any(speaker_pronoun_next(doc, start) for start, _end in whole):
            continue
        del reg.persons[surname]
        party = reg.ensure_party(person.name, "org")
        for span in mentions:
            del reg.spans[span]
        for span in whole:
            party.mentions.append(span)
            party.proper_mentions += 1
            reg.note(*span, "party", party.name)
