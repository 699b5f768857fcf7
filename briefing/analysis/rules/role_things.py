"""Names of things, not actors: 'the Northgate Mine', 'the Port of Halvik', 'the Silver Line Project'.
A mine, a port or a programme takes no part in a dispute, whatever the clause it stands in says ('the
mine carries a third of the output'): it is never listed as a third party (`roles`)."""

from __future__ import annotations

from briefing.lang import word_set

_THING_NAME_WORDS = word_set("thing_name_words")
_OF_PREPOSITIONS = word_set("of_prepositions")


def names_a_thing(name: str) -> bool:
    """Whether the name's head word names a thing ('Port of Halvik', 'Northgate Mine')."""
    return head_word(name) in _THING_NAME_WORDS


def head_word(name: str) -> str:
    """A name's head word, lower case: the last word before 'of' ('port' of 'Port of Halvik', 'union' of
    'Union of Dock Pilots'), else the last word ('fund' of 'Coastal Development Fund'); a bracketed short
    form after the name is no part of it ('board' of 'Wage Board (WB)')."""
    words = name.split("(")[0].split()
    of = next((i for i, w in enumerate(words) if i and w.lower() in _OF_PREPOSITIONS), len(words))
    return words[of - 1].lower() if words else ""
