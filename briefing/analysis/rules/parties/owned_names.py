"""A body named with its leader's possessive: 'Harrow's Renters League', 'Brenn's KTU'. The model tags
the whole as one organisation; the body is the name after the possessive (so 'a Renters League
organiser' and 'the Renters League' are mentions of it), and the leader named in the possessive speaks
for it."""

from __future__ import annotations

import re

from briefing.analysis.rules.types import Party, Registry

_PERSON_POSSESSIVE = re.compile(r"(?P<owner>[A-Z][\w-]*)['’]s\s+(?P<rest>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def names_without_their_leader(reg: Registry) -> None:
    """Rename each organisation named '<person>'s <name>' to the name, folding it into a party of that
    name if there is one, and give the person to it."""
    for party in list(reg.parties.values()):
        if party.kind in ("state", "place", "bloc"):
            continue
        m = _PERSON_POSSESSIVE.fullmatch(party.name)
        leader = _person_named(reg, m.group("owner")) if m is not None else None
        if m is None or leader is None:
            continue
        body = _renamed(reg, party, m.group("rest"))
        person = reg.persons[leader]
        if person.party is None:
            reg.affiliate(person, body)


def _person_named(reg: Registry, word: str) -> str | None:
    """The key of the one person whose name holds `word`, if any."""
    found = [key for key, p in reg.persons.items() if word in p.name.split()]
    return found[0] if len(found) == 1 else None


def _renamed(reg: Registry, party: Party, name: str) -> Party:
    """The party under its new name (merged into one of that name), every mention moved with it."""
    del reg.parties[party.name]
    body = reg.parties.get(name)
    if body is None:
        body = Party(name, party.kind, set(), list(party.actors), [], 0)
        reg.parties[name] = body
    body.aliases |= party.aliases | {name}
    body.mentions += party.mentions
    body.proper_mentions += party.proper_mentions
    for span, (kind, key) in reg.spans.items():
        if kind == "party" and key == party.name:
            reg.spans[span] = ("party", name)
    return body
