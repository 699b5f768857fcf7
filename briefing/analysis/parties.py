"""Parties and the people who speak for them, read from the text.

A *party* is a state, bloc or organisation; a *person* is a named speaker.
Mentions of the same party under different names (Russia, Moscow, the
Kremlin, Russian) collapse into one party through the gazetteer; organisations
collapse through acronyms ("Rapid Support Forces (RSF)") and generic
descriptions ("the union"). A person belongs to the party named in their title
or apposition ("Ukrainian Foreign Minister Dmytro Kuleba", "X, President Y's
press secretary", "Y of the China State Council").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import (
    GENERIC_PARTY_NOUNS,
    ORG_KINDS,
    TITLE_WORDS,
    is_news_source,
    lookup_place,
    normalise_name,
    place_pattern,
)

# A state's own institutions speak for the state; other organisations that carry a demonym
# ("Syrian Democratic Forces") are parties of their own.
_STATE_BODY_WORDS = frozenset(
    """
    ministry ministries government cabinet council office presidency parliament embassy mission
    defense defence army navy military armed administration department treasury foreign interior
    state national security agency delegation negotiators team officials kremlin
    """.split()
)
_AMBIGUOUS_PLACE_NAMES = frozenset({"Georgia", "Jordan", "Chad", "Niger", "Guinea", "Lima", "Victoria"})
_PLACE_RE = place_pattern()
_ACRONYM_RE = re.compile(r"^(?P<name>.+?)\s*\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,9})\)$")


@dataclass
class Party:
    name: str
    kind: str  # state, bloc, body, union, company, armed, movement, government, org
    aliases: set[str] = field(default_factory=set)
    actors: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    proper_mentions: int = 0  # by name, not only through a demonym

    @property
    def first(self) -> int:
        return min((s for s, _ in self.mentions), default=10**9)

    def add_actor(self, actor: str) -> None:
        if actor not in self.actors and normalise_name(actor) != normalise_name(self.name):
            self.actors.append(actor)


@dataclass
class Person:
    name: str  # the fullest form seen
    surname: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    party: str | None = None
    title: str = ""


@dataclass
class Registry:
    """Everything known about who is who in one article."""

    parties: dict[str, Party] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)  # by surname
    # char offset of a mention start -> (kind, key); kind is "party" or "person"
    spans: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)

    def party_at(self, start: int, end: int) -> Party | None:
        for (s, e), (kind, key) in self.spans.items():
            if s < end and start < e:
                if kind == "party":
                    return self.parties[key]
                person = self.persons[key]
                return self.parties.get(person.party) if person.party else None
        return None

    def person_at(self, start: int, end: int) -> Person | None:
        for (s, e), (kind, key) in self.spans.items():
            if kind == "person" and s < end and start < e:
                return self.persons[key]
        return None

    def parties_in(self, start: int, end: int) -> list[Party]:
        found: list[Party] = []
        for (s, e), (kind, key) in sorted(self.spans.items()):
            if kind == "party" and start <= s and e <= end and self.parties[key] not in found:
                found.append(self.parties[key])
        return found

    def ensure_party(self, name: str, kind: str) -> Party:
        if name not in self.parties:
            self.parties[name] = Party(name, kind, {name})
        return self.parties[name]

    def note(self, start: int, end: int, kind: str, key: str) -> None:
        self.spans[(start, end)] = (kind, key)


def build_registry(doc: Doc) -> Registry:
    reg = Registry()
    _place_mentions(doc, reg)
    _org_mentions(doc, reg)
    _person_mentions(doc, reg)
    _affiliate_persons(doc, reg)
    _generic_mentions(doc, reg)
    return reg


def _place_mentions(doc: Doc, reg: Registry) -> None:
    text = doc.text
    person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for m in _PLACE_RE.finditer(text):
        surface = m.group(0)
        if surface in _AMBIGUOUS_PLACE_NAMES and any(s <= m.start() < e for s, e in person_spans):
            continue
        place = lookup_place(surface)
        if place is None:
            continue
        party = reg.ensure_party(place.name, place.kind)
        party.aliases.add(surface)
        party.mentions.append((m.start(), m.end()))
        if surface not in place.demonyms:
            party.proper_mentions += 1
        reg.note(m.start(), m.end(), "party", place.name)


def _org_mentions(doc: Doc, reg: Registry) -> None:
    acronyms: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP") or ent.label_ == "NORP" and lookup_place(ent.text):
            continue
        name = _clean_org_name(ent.text)
        if not name or is_news_source(name) or lookup_place(name):
            continue
        if any(s <= ent.start_char and ent.end_char <= e for (s, e), _ in reg.spans.items() if e - s >= len(name)):
            continue
        start, end = ent.start_char, ent.end_char
        state = _state_of_body(ent, reg)
        acr = _acronym_after(doc, ent)
        if state is not None:
            state.add_actor(name)
            state.aliases.add(name)
            state.mentions.append((start, end))
            state.proper_mentions += 1
            reg.note(start, end, "party", state.name)
            continue
        key = acronyms.get(name, name)
        if key not in reg.parties:
            # An acronym seen alone later ("RSF") finds its long form through `acronyms`.
            key = next((k for k, p in reg.parties.items() if name in p.aliases), key)
        party = reg.ensure_party(key, _org_kind(key))
        party.aliases.add(name)
        party.mentions.append((start, end))
        party.proper_mentions += 1
        reg.note(start, end, "party", key)
        if acr:
            acronyms[acr] = key
            party.aliases.add(acr)


def _clean_org_name(text: str) -> str:
    text = text.replace("’", "'").strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"'s?$", "", text).strip(" .,")
    return text


def _acronym_after(doc: Doc, ent: Span) -> str | None:
    """'Rapid Support Forces (RSF)': the acronym in brackets right after a name."""
    tail = doc.text[ent.end_char : ent.end_char + 14]
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,9})\)", tail)
    return m.group(1) if m else None


def _state_of_body(ent: Span, reg: Registry) -> Party | None:
    """'Ukrainian Foreign Ministry', 'China State Council' -> the state; 'Syrian Democratic Forces' -> None."""
    words = {t.lower_ for t in ent}
    inner = [(s, e) for (s, e), (kind, _) in reg.spans.items() if kind == "party" and ent.start_char <= s < ent.end_char]
    if not inner or not words & _STATE_BODY_WORDS:
        return None
    kind, key = reg.spans[inner[0]]
    party = reg.parties[key]
    return party if party.kind == "state" else None


def _org_kind(name: str) -> str:
    for word in reversed(re.findall(r"[A-Za-z]+", name.lower())):
        if word in ORG_KINDS:
            return ORG_KINDS[word]
    return "org"


def _person_mentions(doc: Doc, reg: Registry) -> None:
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if any(s <= ent.start_char < e for (s, e) in reg.spans):
            continue  # already a place ("Kyiv" tagged as a person)
        tokens = [t for t in ent if t.text not in ("’s", "'s") and t.lower_.rstrip(".") not in TITLE_WORDS]
        if not tokens or not tokens[-1].text[:1].isupper():
            continue
        name = " ".join(t.text for t in tokens)
        surname = tokens[-1].text
        person = reg.persons.get(surname)
        if person is None:
            person = reg.persons[surname] = Person(name, surname)
        elif len(name) > len(person.name):
            person.name = name
        person.mentions.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        reg.note(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "person", surname)


def _affiliate_persons(doc: Doc, reg: Registry) -> None:
    """Read each person's party from the title and apposition around their first mentions."""
    possessive_links: list[tuple[Person, Person]] = []
    for person in reg.persons.values():
        for start, end in person.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            party, boss, title = _affiliation_from_context(span, reg)
            if title and not person.title:
                person.title = title
            if party is not None and person.party is None:
                person.party = party.name
            if boss is not None and boss is not person:
                possessive_links.append((person, boss))
            if person.party:
                break
    # "X, President Y's press secretary": X speaks for Y's side.
    for person, boss in possessive_links:
        if person.party is None and boss.party is not None:
            person.party = boss.party
    for person in reg.persons.values():
        if person.party:
            reg.parties[person.party].add_actor(person.name)


def _title_tokens(span: Span) -> list[Token]:
    """Tokens that describe a person: left modifiers, appositions, and 'of/from' phrases."""
    root = span.root
    out: list[Token] = [t for t in root.subtree if t.i < span.start]
    for child in root.children:
        if child.dep_ == "appos":
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("of", "from", "at"):
            out.extend(child.subtree)
    if root.dep_ == "appos":
        head = root.head
        out.append(head)
        for child in head.children:
            if child is root or child.i > root.i and child.dep_ == "punct":
                continue
            if child.dep_ == "prep" and child.lower_ not in ("of", "from", "at"):
                continue  # "envoy to Sudan": the envoy does not speak for Sudan
            if child.dep_ != "appos":
                out.extend(child.subtree)
    return out


def _affiliation_from_context(span: Span, reg: Registry) -> tuple[Party | None, Person | None, str]:
    tokens = _title_tokens(span)
    title = " ".join(t.text for t in tokens if t.lower_.rstrip(".") in TITLE_WORDS)
    party = None
    boss = None
    for tok in sorted(tokens, key=lambda t: t.i):
        p = reg.party_at(tok.idx, tok.idx + len(tok.text))
        other = reg.person_at(tok.idx, tok.idx + len(tok.text))
        if other is not None and tok.dep_ in ("poss",) or (other is not None and tok.head.dep_ == "poss"):
            boss = other
        if p is not None and party is None and not _is_target_of_role(tok):
            if other is None:
                party = p
    return party, boss, title


def _is_target_of_role(tok: Token) -> bool:
    """'special envoy to Sudan': the place after 'to' is where the role points, not who holds it."""
    return any(a.dep_ == "prep" and a.lower_ in ("to", "for", "on", "with") for a in tok.ancestors if a.i < tok.i)


def _generic_mentions(doc: Doc, reg: Registry) -> None:
    """'the union', 'the company', 'the group': refer back to the latest party of that kind."""
    for tok in doc:
        kind = GENERIC_PARTY_NOUNS.get(tok.lower_)
        if kind is None or tok.pos_ != "NOUN":
            continue
        if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            continue
        if any(s <= tok.idx < e for (s, e) in reg.spans):
            continue
        target = _latest_party_of_kind(reg, kind, tok.idx, doc, tok)
        if target is None:
            continue
        phrase = doc.text[min(c.idx for c in tok.subtree if c.i <= tok.i) : tok.idx + len(tok.text)]
        target.aliases.add(phrase)
        target.mentions.append((tok.idx, tok.idx + len(tok.text)))
        reg.note(tok.idx, tok.idx + len(tok.text), "party", target.name)


def _latest_party_of_kind(reg: Registry, kind: str, before: int, doc: Doc, tok: Token) -> Party | None:
    candidates: Counter[str] = Counter()
    for (s, _e), (k, key) in reg.spans.items():
        if k != "party" or s >= before:
            continue
        party = reg.parties[key]
        if kind == "any" and party.kind not in ("state", "bloc", "body") or party.kind == kind:
            candidates[key] += 1
        elif kind == "armed" and party.kind == "state" and _has_modifier_place(tok, reg):
            candidates[key] += 1
    if kind == "government" or kind == "armed":
        modifier_party = _has_modifier_place(tok, reg)
        if modifier_party is not None:
            return modifier_party
    if not candidates:
        if kind in ("union", "company"):
            # "the machinists union" with no named union yet: the description itself names the party.
            words = [t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
            name = " ".join(words)
            return reg.ensure_party(name, kind)
        return None
    return reg.parties[candidates.most_common(1)[0][0]]


def _has_modifier_place(tok: Token, reg: Registry) -> Party | None:
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss"):
            p = reg.party_at(child.idx, child.idx + len(child.text))
            if p is not None:
                return p
    return None
