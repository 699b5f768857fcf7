"""Clipped names: 'Norcom' for the 'Northern Commerce Board', 'Minfin' for a 'Ministry of Finance'.
A one-word name spelled by the openings of another party's words, in order, is that party written
short; the story's own body under its long name speaks for the same side."""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.rules.parties.names import merge_party
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set

MIN_CLIPPED_CHARS = 4  # 'Mofa'-like clips; three letters are plain initials, read elsewhere
MAX_CLIPPED_CHARS = 10
MAX_CLIP_CHARS = 4  # each word gives its first few letters: 'Com' of 'Commerce', never the whole of a long word
_WORD = re.compile(r"[^\W\d_]+")
# 'of' and 'the' may give letters ('Minofag' of a Ministry of Agriculture) or none ('Mintrade' of the Ministry of Trade)
_SKIPPABLE = word_set("of_prepositions") | word_set("definite_articles") | word_set("and_words")


def clipped_names(reg: Registry) -> None:
    """Merge each one-word organisation whose name is clipped from another party's longer name into it."""
    for short in sorted(reg.parties.values(), key=lambda p: p.name):
        if not _clip_shaped(short):
            continue
        owner = next((p for p in reg.parties.values() if p is not short and _clipped_from_any(short.name, p)), None)
        if owner is not None:
            merge_party(reg, short, owner)


def _clip_shaped(party: Party) -> bool:
    """One word of letters, capitalised, not all capitals (an acronym of initials is read elsewhere)."""
    name = party.name
    return (
        party.kind == "org"
        and MIN_CLIPPED_CHARS <= len(name) <= MAX_CLIPPED_CHARS
        and name.isalpha()
        and name[:1].isupper()
        and not name.isupper()
    )


def _clipped_from_any(word: str, party: Party) -> bool:
    names = {party.name, *party.aliases, *party.actors}
    clipped = word.lower()
    return any(
        len(words) >= 2 and _spelled(clipped, tuple(words)) and not _initials_of(clipped, words)
        for words in (_words(n) for n in names)
    )


def _initials_of(word: str, words: list[str]) -> bool:
    """'Knut' of the 'Kestrel National Union of Tutors': one letter a word is an acronym, read as one
    elsewhere, not a clip; a word of initials may belong to a body the text files under a state."""
    return len(word) <= len(words) and all(w[0] in word for w in words if w not in _SKIPPABLE)


def _words(name: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(name)]


@cache
def _spelled(word: str, words: tuple[str, ...]) -> bool:
    """Whether `word` is the openings of `words`, in order, each word giving one to MAX_CLIP_CHARS
    letters ('mofcom' is 'm' + 'of' + 'com' of 'ministry of commerce'), a joining word perhaps none."""
    if not words:
        return not word
    first, rest = words[0], words[1:]
    if first in _SKIPPABLE and _spelled(word, rest):
        return True
    return any(
        word.startswith(first[:n]) and _spelled(word[n:], rest) for n in range(1, min(len(first), MAX_CLIP_CHARS) + 1)
    )
