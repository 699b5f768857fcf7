"""Whether a name is one of the sides: another of its names, its acronym, one of its people, or a
description of its kind. A side is never listed as its own third party."""

from __future__ import annotations

import re

from briefing.analysis.rules.lexicon import GENERIC_PARTY_NOUNS, lookup_place
from briefing.analysis.rules.types import Party
from briefing.lang import word_set


def names_a_side(name: str, sides: list[Party]) -> bool:
    """A side is never its own third party: not by another of its names ('Kestrel Permanente' for the
    side 'Kestrel'), its acronym, one of its people, nor a description of its kind ('the union' when a
    union is a side). A person is named with their party in brackets: both parts are read."""
    base, _, bracket = name.partition(" (")
    parts = [base, bracket.rstrip(")")] if bracket else [base]
    parts += [rest for part in parts if (rest := _without_its_home(part))]
    return any(_same_party(part, side) for part in parts if part for side in sides)


_HOME_POSSESSIVE = re.compile(r"(?P<home>.+?)['’]s (?P<rest>.+)")


def _without_its_home(name: str) -> str | None:
    """'Norland's Markets Office' is the Markets Office (the 'NMO' side): the state that owns a body,
    written as a possessive before its name, is no word of the body's name."""
    m = _HOME_POSSESSIVE.fullmatch(name)
    return m.group("rest") if m and lookup_place(m.group("home")) is not None else None


MIN_ACRONYM_CHARS = 3  # two letters open too many names by chance
MIN_ALIAS_CHARS = 3  # shorter aliases ("EU" aside, kept by case) match too much inside other names


def _same_party(name: str, side: Party) -> bool:
    if GENERIC_PARTY_NOUNS.get(name.lower()) == side.kind:
        return True
    words = name_words(name)
    if not words:
        return False  # 'The', "'s": no word of a name, so the name of no side
    for alias in {side.name, *side.aliases, *side.actors} - _demonyms(side):
        other = name_words(alias)
        if not other or (len(alias) < MIN_ALIAS_CHARS and not alias.isupper()):
            continue
        if _same_by_initials(words, other) or _same_by_words(name, words, alias, other, side.kind):
            return True
    return False


def _same_by_initials(words: list[str], other: list[str]) -> bool:
    """One name is the other's acronym, or opens with it."""
    if _initials(words) == "".join(other) or _initials(other) == "".join(words):
        return True
    # "KPA Catering Services" is an arm of the Kestrel Port Authority
    return len(_initials(other)) >= MIN_ACRONYM_CHARS and words[:1] == [_initials(other)]


def _same_by_words(name: str, words: list[str], alias: str, other: list[str], kind: str) -> bool:
    """One name's words hold the other's."""
    return _contains(words, other, kind, is_place=lookup_place(name) is not None) or _contains(
        other, words, kind, is_place=lookup_place(alias) is not None
    )


def _demonyms(side: Party) -> set[str]:
    """'Norlandic' names Norland's people and things, not Norland: no alias to match names by."""
    place = lookup_place(side.name)
    return set(place.demonyms) if place is not None else set()


_NOT_NAME_WORDS = word_set("not_name_words")


def name_words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w&]+", name.replace("-", " ")) if w.lower() not in _NOT_NAME_WORDS]


def _contains(words: list[str], part: list[str], kind: str, *, is_place: bool) -> bool:
    """Whether `part` runs, word for word, inside `words`. One word alone names the same party only
    as the first word of the longer name ('Kestrel' of 'Kestrel Permanente') or as the last word of
    a state's long name, one the gazetteer knows (`is_place`: 'Congo' of 'Democratic Republic of the
    Congo'); 'Norland' in 'Air Norland' or 'Bank of Norland' is another party."""
    if not part or (len(part) >= len(words) and part != words):
        return False
    if len(part) == 1:
        return part[0] not in GENERIC_PARTY_NOUNS and (
            words[0] == part[0] or (kind in ("state", "place") and is_place and words[-1] == part[0])
        )
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words) if len(words) > 1 else ""
