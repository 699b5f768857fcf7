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
    parts += [rest for part in parts if (rest := without_its_owner(part))]
    return any(_same_party(part, side) for part in parts if part for side in sides)


def named_side_of(party: Party, sides: list[Party]) -> bool:
    """Whether the party is the full name of a side the text mostly calls by its kind: with 'the
    union' a side, "the Glaziers' Alliance", a union the text names once, is that union."""
    return party.kind in _KNOWN_BY_KIND and any(
        side.name.lower() in GENERIC_PARTY_NOUNS and side.kind == party.kind for side in sides
    )


# A union is most often "the union" after its long name; "the company" or "the board" may be
# another body than a firm named once (the model also takes a labour board for a company).
_KNOWN_BY_KIND = frozenset({"union"})


MIN_OWNED_WORDS = 2  # "People's Party" is one name, not a party owned by a people

_OWNER_POSSESSIVE = re.compile(r"(?P<owner>.+?)['’]s\s+(?P<rest>\S.*)")


def without_its_owner(name: str) -> str | None:
    """The name without the possessive owner written before it, or None when it has none: the
    state that owns a body ("Norland's Markets Office" is the Markets Office, the 'NMO' side) or
    any owner of a name of two words or more ("the Kestrel Group's Port Services"). "People's
    Party" is one name: an owner that is no place, before one word, is part of the name."""
    m = _OWNER_POSSESSIVE.fullmatch(name)
    if m is None:
        return None
    rest = m.group("rest")
    return rest if lookup_place(m.group("owner")) is not None or len(rest.split()) >= MIN_OWNED_WORDS else None


MIN_ACRONYM_CHARS = 3  # two letters open too many names by chance
MIN_ALIAS_CHARS = 3  # shorter aliases ("EU" aside, kept by case) match too much inside other names


_GOVERNED_KINDS = frozenset({"state", "place"})  # a side whose own government "the government" is
_ANY_KIND = "any"  # a generic noun that may name a party of any kind ("coalition", "alliance")


def _same_party(name: str, side: Party) -> bool:
    generic = GENERIC_PARTY_NOUNS.get(name.lower())
    if generic in (side.kind, _ANY_KIND) or (generic == "government" and side.kind in _GOVERNED_KINDS):
        # "the union" when a union is a side; "the government" is a side state's own; a bare
        # "Alliance" or "Group" is the end of a side's long name ("the Glaziers' Alliance")
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
