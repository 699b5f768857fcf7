"""Names of things, not actors: 'the Northgate Mine', 'the Port of Halvik', 'the Silver Line Project'.
A mine, a port or a programme takes no part in a dispute, whatever the clause it stands in says ('the
mine carries a third of the output'): it is never listed as a third party (`roles`)."""

from __future__ import annotations

from briefing.lang import word_set

_THING_NAME_WORDS = word_set("thing_name_words")
_OF_PREPOSITIONS = word_set("of_prepositions")


def names_a_thing(name: str) -> bool:
    """Whether the name's head word names a thing: the last word, or the last before 'of' ('Port of
    Halvik')."""
    words = name.split("(")[0].split()
    of = next((i for i, w in enumerate(words) if w.lower() in _OF_PREPOSITIONS), len(words))
    head = words[:of][-1:] if of else []
    return bool(head) and head[0].lower() in _THING_NAME_WORDS
