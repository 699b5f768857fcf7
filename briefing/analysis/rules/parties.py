"""Parties and the people who speak for them, read from the text.

A *party* is a state, bloc or organisation; a *person* is a named speaker.
Mentions of the same party under different names (Norland, Velika, the
palace, Norlandic) collapse into one party through the gazetteer; organisations
collapse through acronyms ("Tamari Liberation Front (TLF)") and generic
descriptions ("the union"). A person belongs to the party named in their title
or apposition ("Valdorian Foreign Minister Jonas Lind", "X, President Y's
press secretary", "Y of the State Council of Norland").
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    dateline_spans,
    entities_of,
    lower_words_of,
    sentence_at,
    sentence_of,
    text_of,
    tokens_in,
    tokens_of,
    tokens_tagged,
)
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    ORG_KINDS,
    STATEMENT_VERBS,
    TITLE_WORDS,
    is_news_source,
    lookup_place,
    normalise_name,
    place_pattern,
    without_possessive,
)
from briefing.lang import word_map, word_set

# A state's own institutions speak for the state; other organisations that carry a demonym
# ("Norlandic Workers Front") are parties of their own.
_STATE_BODY_WORDS = word_set("state_body_words")
# Words that mark a movement or an insurgency even when its name carries a state's name
# ("Revolutionary Front of Valdoria").
_NON_STATE_WORDS = word_set("non_state_words")
_INSTITUTION_WORDS = word_set("institution_words")
# A legislature's chamber named alone belongs to a title or a setting; its members' parties are the actors.
_CHAMBERS = word_set("chambers")
_AMBIGUOUS_PLACE_NAMES = frozenset({"Georgia", "Jordan", "Chad", "Niger", "Guinea", "Lima", "Victoria"})
_PLACE_RE = place_pattern()


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

    def named_before(self, offset: int) -> bool:
        """`first < offset`, stopping at the first mention before it: a party of a long article has
        thousands of mentions, and it is asked at every word that may refer back to it."""
        return any(s < offset for s, _ in self.mentions)

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
    gender: str = ""  # "m", "f" or "" when the text does not tell


class SpanIndex:
    """Mentions by character range, sorted by start: the range queries the analysis makes on every
    token stay logarithmic, so long articles cost time in proportion to their length."""

    def __init__(self) -> None:
        self._values: dict[tuple[int, int], tuple[str, str]] = {}
        self._keys: list[tuple[int, int]] = []
        self._longest = 0

    def __setitem__(self, key: tuple[int, int], value: tuple[str, str]) -> None:
        if key not in self._values:
            bisect.insort(self._keys, key)
            self._longest = max(self._longest, key[1] - key[0])
        self._values[key] = value

    def __getitem__(self, key: tuple[int, int]) -> tuple[str, str]:
        return self._values[key]

    def __delitem__(self, key: tuple[int, int]) -> None:
        del self._values[key]
        del self._keys[bisect.bisect_left(self._keys, key)]

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def items(self) -> list[tuple[tuple[int, int], tuple[str, str]]]:
        return [(k, self._values[k]) for k in self._keys]

    def overlapping(self, start: int, end: int) -> list[tuple[tuple[int, int], tuple[str, str]]]:
        lo = bisect.bisect_left(self._keys, (start - self._longest, -1))
        hi = bisect.bisect_left(self._keys, (end, -1))
        return [(k, self._values[k]) for k in self._keys[lo:hi] if k[1] > start]

    def within(self, start: int, end: int) -> list[tuple[tuple[int, int], tuple[str, str]]]:
        lo = bisect.bisect_left(self._keys, (start, -1))
        hi = bisect.bisect_left(self._keys, (end, -1))
        return [(k, self._values[k]) for k in self._keys[lo:hi] if k[1] <= end]

    def covers(self, offset: int) -> bool:
        return bool(self.overlapping(offset, offset + 1))

    def backwards_from(self, offset: int) -> Iterator[tuple[tuple[int, int], tuple[str, str]]]:
        """Mentions starting before `offset`, nearest first: a search for the latest one stops early."""
        for i in range(bisect.bisect_left(self._keys, (offset, -1)) - 1, -1, -1):
            key = self._keys[i]
            yield key, self._values[key]

    def forwards_from(self, offset: int) -> Iterator[tuple[tuple[int, int], tuple[str, str]]]:
        for i in range(bisect.bisect_left(self._keys, (offset, -1)), len(self._keys)):
            key = self._keys[i]
            yield key, self._values[key]

    def last_before(self, offset: int, kind: str) -> tuple[int, str] | None:
        for key in reversed(self._keys[: bisect.bisect_left(self._keys, (offset, -1))]):
            if self._values[key][0] == kind:
                return key[0], self._values[key][1]
        return None


@dataclass
class Registry:
    """Everything known about who is who in one article."""

    parties: dict[str, Party] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)  # by surname
    # char offset of a mention start -> (kind, key); kind is "party" or "person"
    spans: SpanIndex = field(default_factory=SpanIndex)
    # Party mentions that are part of someone's title ("Valdorian President Lind").
    title_spans: set[tuple[int, int]] = field(default_factory=set)
    # aide -> boss, from "X, President Y's press secretary": they share a side.
    bosses: dict[str, str] = field(default_factory=dict)

    def affiliate(self, person: Person, party: Party) -> None:
        """Give a person a side, and the same side to whoever they work for (or who works for them)."""
        for p in (person, *self._colleagues(person)):
            if p.party is None:
                p.party = party.name
                party.add_actor(p.name)

    def _colleagues(self, person: Person) -> list[Person]:
        linked = [self.persons[b] for a, b in self.bosses.items() if a == person.surname and b in self.persons]
        linked += [self.persons[a] for a, b in self.bosses.items() if b == person.surname and a in self.persons]
        return linked

    def party_at(self, start: int, end: int) -> Party | None:
        """The party of the widest mention over this range: 'Norlandic Workers Front' over 'Norlandic'."""
        overlapping = [(e - s, kind, key) for (s, e), (kind, key) in self.spans.overlapping(start, end)]
        if not overlapping:
            return None
        _, kind, key = max(overlapping)
        if kind == "party":
            return self.parties[key]
        person = self.persons[key]
        return self.parties.get(person.party) if person.party else None

    def person_at(self, start: int, end: int) -> Person | None:
        for _, (kind, key) in self.spans.overlapping(start, end):
            if kind == "person":
                return self.persons[key]
        return None

    def parties_in(self, start: int, end: int) -> list[Party]:
        found: list[Party] = []
        for _, (kind, key) in self.spans.within(start, end):
            if kind == "party" and self.parties[key] not in found:
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
    _person_mentions(doc, reg)
    _org_mentions(doc, reg)
    _unnamed_entity_subjects(doc, reg)
    _groups_named_by_members(doc, reg)
    _unlisted_states(doc, reg)
    _persons_that_are_orgs(reg)
    _orgs_that_are_persons(doc, reg)
    _employers_of_titled_people(doc, reg)
    _alias_mentions(doc, reg)
    _generic_mentions(doc, reg)
    _country_groups(doc, reg)
    _persons_that_are_orgs(reg)  # again: "the Tamlin union" may only now be a party
    _affiliate_persons(doc, reg)
    _person_genders(doc, reg)
    return reg


_HONORIFICS = word_map("honorifics")
_PRONOUN_GENDER = word_map("gendered_pronouns")


def _person_genders(doc: Doc, reg: Registry) -> None:
    """What the text tells of a person's gender: an honorific ('Ms. Kos'), or the first personal
    pronoun after a mention in its sentence with no other person between ('Kos said her ...').
    The text's own usage, never a guess from the first name."""
    person_starts = sorted(s for (s, _e), (kind, _k) in reg.spans.items() if kind == "person")
    for person in reg.persons.values():
        for start, end in sorted(person.mentions):
            gender = _honorific_before(doc, start) or _pronoun_after(doc, end, person_starts)
            if gender:
                person.gender = gender
                break


def _honorific_before(doc: Doc, start: int) -> str:
    index = _token_index(doc, start)
    token = next((t for t in doc[max(0, index - 1) : index]), None)
    return _HONORIFICS.get(token.lower_, "") if token is not None else ""


def _token_index(doc: Doc, offset: int) -> int:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _pronoun_after(doc: Doc, end: int, person_starts: list[int]) -> str:
    index = _token_index(doc, max(0, end - 1))
    sent = sentence_of(doc[index])
    later = bisect.bisect_left(person_starts, end)  # the next person named after this one
    next_person = person_starts[later] if later < len(person_starts) else None
    for tok in doc[index + 1 : sent.end]:
        if next_person is not None and tok.idx >= next_person:
            return ""
        if tok.lower_ in _PRONOUN_GENDER:
            return _PRONOUN_GENDER[tok.lower_]
    return ""


def _place_mentions(doc: Doc, reg: Registry) -> None:
    text = text_of(doc)
    datelines = dateline_spans(text)
    person_spans = [(e.start_char, e.end_char) for e in entities_of(doc) if e.label_ == "PERSON"]
    for m in _PLACE_RE.finditer(text):
        surface = m.group(0)
        if surface in _AMBIGUOUS_PLACE_NAMES and any(s <= m.start() < e for s, e in person_spans):
            continue
        place = lookup_place(surface)
        if place is None or any(s <= m.start() < e for s, e in datelines):
            continue  # "CHICAGO (AP) —" tells where the report was filed, not who is involved
        token = _token_at(doc, m.start())
        last = _token_at(doc, m.end() - 1)
        if surface in place.demonyms and token is not None and _region_before(token):
            continue  # "South American", "West African": a region's people, not the state's
        if last is not None and place.kind == "state" and surface in place.names and _inside_a_longer_name(last):
            _longer_name_party(doc, reg, token, last)  # "Norland Forward Alliance" is its own party, not Norland
            continue
        party = reg.ensure_party(place.name, place.kind)
        party.aliases.add(surface)
        party.mentions.append((m.start(), m.end()))
        if surface not in place.demonyms:
            party.proper_mentions += 1
        reg.note(m.start(), m.end(), "party", place.name)


def _region_before(token: Token) -> bool:
    """A capitalised word, neither a title nor a place, right before a demonym inside a sentence."""
    if token.i == sentence_of(token).start:
        return False
    prev = token.doc[token.i - 1]
    if not prev.is_alpha or not prev.text[:1].isupper() or prev.i == sentence_of(prev).start:
        return False
    return prev.lower_ not in TITLE_WORDS and lookup_place(prev.text) is None and prev.ent_type_ != "PERSON"


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _longer_name_party(doc: Doc, reg: Registry, token: Token, last: Token) -> None:
    head = last
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    start, end = token.idx, head.idx + len(head.text)
    if not reg.spans.covers(start):
        _note_org(doc, reg, start, end)


def _inside_a_longer_name(token: Token) -> bool:
    """'Norland Forward Alliance': the state's name opens a longer proper name that is no title."""
    head = token.head
    if token.dep_ != "compound" or head.pos_ != "PROPN" or head.i < token.i or lookup_place(head.text):
        return False
    rest = {t.lower_.rstrip(".") for t in token.doc[token.i + 1 : head.i + 1]}
    # "Norland State Council", "Norland Foreign Minister": a body or a title of the state itself.
    return not rest & (TITLE_WORDS | _INSTITUTION_WORDS | _STATE_BODY_WORDS)


def _org_mentions(doc: Doc, reg: Registry) -> None:
    acronyms: dict[str, str] = {}
    datelines = dateline_spans(text_of(doc))
    for ent in entities_of(doc):
        if ent.label_ != "ORG" and not _named_like_an_org(ent):
            continue
        if any(s <= ent.start_char < e for s, e in datelines):
            continue  # "PORT ARLEN, Norland − Envoys met ...": the dateline runs into the lead
        name = _clean_org_name(ent.text)
        if not name or not _an_organisation(ent, name, reg, acronyms):
            continue
        start = ent.start_char
        acr = _acronym_after(doc, ent)
        name, end = _with_coordinated_remainder(doc, ent, name)
        state = _state_of_body(ent, reg)
        if state is not None:
            state.add_actor(name)
            _add_mention(reg, state, name, start, end)
            continue
        _forget_places_within(reg, start, end)  # "Pilots Guild of Norland" is no mention of Norland
        key = acronyms.get(name, name)
        if key not in reg.parties:
            # An acronym seen alone later ("TLF") finds its long form through `acronyms`, or by its
            # initials ("AMPTP" for the Alliance of Motion Picture and Television Producers).
            key = next((k for k, p in reg.parties.items() if name in p.aliases), None) or _expansion(name, reg) or key
        party = reg.ensure_party(key, _org_kind(key))
        _add_mention(reg, party, name, start, end)
        if acr:
            acronyms[acr] = key
            party.aliases.add(acr)


def _an_organisation(ent: Span, name: str, reg: Registry, acronyms: dict[str, str]) -> bool:
    """Not a news outlet, a place, a person, a document, a title, a credential after a name ("Ana
    Berg, RN"), nor inside a longer name known."""
    if is_news_source(name) or lookup_place(name) or _names_a_person(ent, reg):
        return False
    if name.lower().replace(".", "") in _POSTNOMINALS:
        return False
    if _names_a_document(name) or _names_a_document(acronyms.get(name, "")):
        return False
    if all(w.lower().rstrip(".") in TITLE_WORDS | _CHAMBERS for w in name.split()):
        return False  # "Interior Minister", "Senate Majority Leader", "House Speaker": part of a title
    return not any(
        s <= ent.start_char and ent.end_char <= e and e - s >= len(name)
        for (s, e), _ in reg.spans.overlapping(ent.start_char, ent.end_char)
    )


def _add_mention(reg: Registry, party: Party, name: str, start: int, end: int) -> None:
    party.aliases.add(name)
    party.mentions.append((start, end))
    party.proper_mentions += 1
    reg.note(start, end, "party", party.name)


_DOCUMENT_WORDS = word_set("document_words")
_POSTNOMINALS = word_set("postnominals")


def _names_a_document(name: str) -> bool:
    """'Non-Disclosure Agreements', 'the MoU', 'the MOU': a document the parties sign, not a party."""
    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return False
    last = words[-1].lower()
    if len(words) == 1:
        return last in _DOCUMENT_WORDS
    return last in _DOCUMENT_WORDS or (last.endswith("s") and last[:-1] in _DOCUMENT_WORDS)


def _with_coordinated_remainder(doc: Doc, ent: Span, name: str) -> tuple[str, int]:
    """'Ministry of Justice and Public Order': the model often ends the name at 'and', making the
    remainder an organisation of its own. A capitalised remainder with no body word of its own
    ('Public Order') belongs to the institution before it; 'Ministry of Justice and the
    Velika Dockworkers Union' stays two bodies."""
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return name, ent.end_char
    after = doc[ent.end + 1]
    length = _ent_length(after) if after.ent_type_ == "ORG" else 0
    rest = doc[after.i : after.i + length] if length else None
    if rest is None or _org_kind(name) != "government" or _org_kind(rest.text) != "org":
        return name, ent.end_char
    if any(t.lower_ in ORG_KINDS for t in rest) or not all(t.text[:1].isupper() for t in rest):
        return name, ent.end_char
    return _clean_org_name(text_of(doc)[ent.start_char : rest.end_char]), rest.end_char


def _unnamed_entity_subjects(doc: Doc, reg: Registry) -> None:
    """'Allina Health, which runs two hospitals, said ...': a capitalised name the model did not tag,
    acting as a subject, is an organisation (people's names are tagged far more reliably)."""
    for tok in tokens_tagged(doc, "PROPN"):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_:
            continue
        if _acronym_acting(tok, reg):
            _note_org(doc, reg, tok.idx, tok.idx + len(tok.text))
            continue
        words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
        if not words or any(w.ent_type_ for w in words) or reg.spans.covers(tok.idx):
            continue
        start = words[0].idx
        name = text_of(doc)[start : tok.idx + len(tok.text)]
        acts = tok.head.lemma_.lower() in STATEMENT_VERBS
        # Only names that end like an organisation's ("... Health", "... Motors"): an untagged
        # "Vice Premier Li Ana" is a person, not a company.
        if not acts or tok.lower_ not in ORG_KINDS or not all(w[:1].isupper() for w in name.split()):
            continue
        _note_org(doc, reg, start, tok.idx + len(tok.text))


MIN_ACRONYM, MAX_ACRONYM = 3, 7


def _acronym_acting(tok: Token, reg: Registry) -> bool:
    """'The KDGU has refused': an untagged acronym speaking or acting is an organisation."""
    text = tok.text
    return (
        MIN_ACRONYM <= len(text) <= MAX_ACRONYM
        and text.isupper()
        and text.isalpha()
        and tok.head.lemma_.lower() in _SPEAKING_OR_ACTING
        and not reg.spans.covers(tok.idx)
        and lookup_place(text) is None
    )


_ACTING_VERBS = word_set("acting_verbs")
_SPEAKING_OR_ACTING = STATEMENT_VERBS | _ACTING_VERBS


def _note_org(doc: Doc, reg: Registry, start: int, end: int) -> None:
    """A mention of an organisation: of a party already known by that name, its acronym or a longer
    form of it ("Norland Forward" within "Norland Forward Alliance"), else of a new party."""
    name = text_of(doc)[start:end]
    key = (
        next((k for k, p in reg.parties.items() if name in p.aliases), None)
        or _expansion(name, reg)
        or next((k for k in reg.parties if k.startswith(name + " ") or name.startswith(k + " ")), None)
        or name
    )
    party = reg.ensure_party(key, _org_kind(key))
    party.aliases.add(name)
    party.mentions.append((start, end))
    party.proper_mentions += 1
    reg.note(start, end, "party", party.name)


def _employers_of_titled_people(doc: Doc, reg: Registry) -> None:
    """'Harborline's chief executive', 'the Guild's general secretary': a proper name the model did
    not tag, owning a title, is the body that title serves, a party of its own. So is a lone word the
    model called a person that no first name or title ever came with ("Tamlin's general secretary")."""
    for tok in tokens_tagged(doc, "PROPN"):
        if tok.dep_ != "poss" or tok.ent_type_ in ("GPE", "LOC", "NORP"):
            continue
        if tok.ent_type_ == "PERSON" and not (tok.ent_iob_ == "B" and _ent_length(tok) == 1):
            continue
        if tok.head.lemma_.lower() not in TITLE_WORDS or reg.spans.covers(tok.idx) or lookup_place(tok.text):
            continue
        if reg.person_at(tok.idx, tok.idx + len(tok.text)) is not None or not tok.text[:1].isupper():
            continue
        words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
        start = words[0].idx if words else tok.idx
        name = text_of(doc)[start : tok.idx + len(tok.text)]
        if is_news_source(name):
            continue
        _note_org(doc, reg, start, tok.idx + len(tok.text))


_COUNTRY_GROUP_NOUNS = word_map("country_group_nouns")
_GROUP_WRAPPERS = word_set("group_wrappers")
# Modifiers that pick no group out: "other countries", "all nations", "the two countries" (the sides).
_UNSPECIFIC = frozenset({"other", "all", "such", "both", "these", "those", "the", "their", "its", "our", "some"})
_GROUP_MODIFIER_DEPS = frozenset({"nummod", "amod", "compound", "quantmod", "npadvmod"})


def _country_groups(doc: Doc, reg: Registry) -> None:
    """'more than 80 nations want a catch limit', 'a handful of fishing nations resist it': a
    group of countries that acts in a forum story is a party, a bloc named by its description.
    The same description under another head word ('nations', 'countries') is the same group."""
    for tok, word in zip(tokens_of(doc), lower_words_of(doc), strict=True):
        label = _COUNTRY_GROUP_NOUNS.get(word)
        if label is None or tok.tag_ != "NNS" or reg.spans.covers(tok.idx):
            continue
        mods = [c for c in tok.children if c.dep_ in _GROUP_MODIFIER_DEPS and c.i < tok.i]
        wrapper = _group_wrapper(tok)
        acting = wrapper if wrapper is not None else tok
        if not mods or not _acts(acting):
            continue
        first = min(t.i for m in mods for t in m.subtree)
        name = doc[first : tok.i + 1].text
        start = (wrapper.left_edge if wrapper is not None else doc[first]).idx
        key = _group_key(name, label)
        party = next((p for p in reg.parties.values() if p.kind == "bloc" and _group_key(p.name, label) == key), None)
        if party is None and _is_unspecific(tok, mods, wrapper):
            continue  # "the two countries", "other nations"; "the fishing nations" refers to a group already met
        party = party or reg.ensure_party(name, "bloc")
        party.aliases.add(name)
        party.mentions.append((start, tok.idx + len(tok.text)))
        party.proper_mentions += 1
        reg.note(start, tok.idx + len(tok.text), "party", party.name)


def _group_wrapper(tok: Token) -> Token | None:
    """'a coalition of 30 island states' -> 'coalition'."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _GROUP_WRAPPERS:
        return prep.head
    return None


def _acts(tok: Token) -> bool:
    """A subject, or the subject of an absolute clause ('with 80 nations seeking a limit')."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
        return True  # "a draft backed by 80 countries"
    return any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in tok.children)


def _is_unspecific(tok: Token, mods: list[Token], wrapper: Token | None) -> bool:
    determiners = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "predet")]
    if wrapper is not None:
        determiners = [c.lower_ for c in wrapper.children if c.dep_ in ("det", "poss", "predet")]
    if any(d in _UNSPECIFIC for d in determiners) or any(m.lower_ in _UNSPECIFIC for m in mods):
        return True
    return any(m.dep_ == "nummod" and m.like_num and m.text.isdigit() and int(m.text) < 3 for m in mods)


def _group_key(name: str, label: str) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[\w-]+", name.lower()) if w not in ("more", "than", "a", "of", "over")]
    return (*sorted(w for w in words[:-1]), label)


def _ent_length(tok: Token) -> int:
    """The length of the entity a token opens, read off the IOB tags (Doc.ents builds every span)."""
    if tok.ent_iob_ != "B":
        return 0
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end - tok.i


def _groups_named_by_members(doc: Doc, reg: Registry) -> None:
    """'Greens will block the bill', 'the Tamaris said': a plural group name used as a noun is a
    party (a movement); the same word as an adjective ('a Republican bill') is its mention."""
    plural = {
        e.text
        for e in entities_of(doc)
        if e.label_ == "NORP" and e.root.tag_ in ("NNPS", "NNS") and not lookup_place(e.text)
    }
    for ent in entities_of(doc):
        if ent.label_ != "NORP" or lookup_place(ent.text) or reg.spans.covers(ent.start_char):
            continue
        name = ent.text if ent.text in plural else next((p for p in plural if p.rstrip("s") == ent.text), None)
        if name is None:
            continue
        party = reg.ensure_party(name, "movement")
        party.aliases.add(ent.text)
        party.mentions.append((ent.start_char, ent.end_char))
        party.proper_mentions += 1
        reg.note(ent.start_char, ent.end_char, "party", name)


def _unlisted_states(doc: Doc, reg: Registry) -> None:
    """A country the gazetteer lacks: a place the model tags GPE at least twice, or as a possessor
    or subject, with its demonym ('Ruritania', 'Ruritanian') folded in. Towns named once stay scenery."""
    counts = _unlisted_place_counts(doc)
    for ent in entities_of(doc):
        if ent.label_ != "GPE" or ent.text not in counts or reg.spans.covers(ent.start_char):
            continue
        name = _clean_org_name(ent.text)
        if not name or not (counts[ent.text] >= 2 or _acting_place(ent) or name in reg.parties):
            continue
        party = reg.ensure_party(name, "place")  # a state or a town: only its conduct will tell
        party.aliases.add(name)
        party.mentions.append((ent.start_char, ent.end_char))
        party.proper_mentions += 1
        reg.note(ent.start_char, ent.end_char, "party", name)
    _fold_in_demonyms(doc, reg)


def _unlisted_place_counts(doc: Doc) -> Counter[str]:
    """Mentions of each place the gazetteer lacks, outside datelines; "Ruritanian" counts for Ruritania."""
    datelines = dateline_spans(text_of(doc))
    counts = Counter(
        e.text
        for e in entities_of(doc)
        if e.label_ == "GPE" and lookup_place(e.text) is None and not any(s <= e.start_char < t for s, t in datelines)
    )
    for norp in (e.text.lower() for e in entities_of(doc) if e.label_ == "NORP"):
        for place in counts:
            if len(place) > 4 and norp.startswith(place[:-1].lower()):
                counts[place] += 1
    return counts


def _acting_place(ent: Span) -> bool:
    """A place that is a subject or a possessor acts: 'Ruritania said', 'Ruritania's envoy'."""
    root = ent.root.head if ent.root.dep_ == "conj" else ent.root
    return root.dep_ in ("nsubj", "nsubjpass", "poss") or ent.doc[ent.end - 1].text in ("’s", "'s")


def _fold_in_demonyms(doc: Doc, reg: Registry) -> None:
    """'Ruritanian' is a mention of Ruritania."""
    stems = {p.name[:-1].lower(): p for p in reg.parties.values() if p.kind == "place" and len(p.name) > 4}
    for ent in entities_of(doc):
        if ent.label_ != "NORP" or lookup_place(ent.text) or reg.spans.covers(ent.start_char):
            continue
        owner = next((p for stem, p in stems.items() if ent.text.lower().startswith(stem)), None)
        if owner is not None:
            owner.aliases.add(ent.text)
            owner.mentions.append((ent.start_char, ent.end_char))
            reg.note(ent.start_char, ent.end_char, "party", owner.name)


def _persons_that_are_orgs(reg: Registry) -> None:
    """'Harborline Terminals' tagged as a person while 'Harborline' is an organisation, or 'Tamlin' while
    the text speaks of 'the Tamlin union': it is the organisation."""
    single_word_orgs = {
        name: party
        for party in reg.parties.values()
        if party.kind not in ("state", "bloc", "body")
        for alias in sorted(party.aliases)
        if (name := _single_word_name(alias))
    }
    for surname, person in list(reg.persons.items()):
        owner = next((single_word_orgs[w] for w in person.name.split() if w in single_word_orgs), None)
        if owner is None:
            continue
        del reg.persons[surname]
        owner.aliases.add(person.name)
        for span, value in list(reg.spans.items()):
            if value == ("person", surname):
                reg.spans[span] = ("party", owner.name)
                owner.mentions.append(span)


def _single_word_name(alias: str) -> str | None:
    """'Harborline' -> 'Harborline'; 'the Tamlin union' -> 'Tamlin': the name a party goes by alone."""
    words = _clean_org_name(alias).split()
    if len(words) == 1:
        return words[0]
    if len(words) == 2 and words[1].lower() in ORG_KINDS and words[0][:1].isupper():
        return words[0]
    return None


Mentions = list[tuple[int, int]]


def _mentions_just_before(party: Party, start: int, in_order: dict[str, Mentions]) -> Mentions:
    """The party's mentions that start within TITLE_REACH_CHARS before `start`: a bisection of its
    sorted mentions, since a state named thousands of times in a long article is asked at every name."""
    mentions = in_order.get(party.name)
    if mentions is None:
        mentions = in_order[party.name] = sorted(party.mentions)
    low = bisect.bisect_right(mentions, (start - TITLE_REACH_CHARS, sys.maxsize))
    return mentions[low : bisect.bisect_left(mentions, (start, -sys.maxsize))]


def _orgs_that_are_persons(doc: Doc, reg: Registry) -> None:
    """'..., Ramos stated. "...," she said.': a one-word 'organisation' that speaks and is then
    taken up by 'she said' or 'he said', with no other speaker between, is a person; an
    organisation is never 'she'. Surnames used alone are common once a story has named someone."""
    for name, party in list(reg.parties.items()):
        if party.kind != "org" or " " in name or name.isupper() or name.lower() in ORG_KINDS:
            continue
        for start, _end in sorted(party.mentions):
            gender = _speaker_pronoun_next(doc, start)
            if gender:
                _party_to_person(reg, party, gender)
                break


_SPEAKER_PRONOUN_SENTENCES = 2  # 'she said' in the same or the next sentence takes up the speaker


def _speaker_pronoun_next(doc: Doc, start: int) -> str:
    """The gender of a 'he/she' that next speaks after a name speaking at `start`, else ''."""
    tok = doc[_token_index(doc, start)]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in STATEMENT_VERBS:
        return ""
    sents = [sentence_of(tok)]
    while len(sents) < _SPEAKER_PRONOUN_SENTENCES and sents[-1].end < len(doc):
        sents.append(sentence_of(doc[sents[-1].end]))  # the next sentence, without walking the rest of the article
    for later in (t for sent in sents for t in tokens_in(sent) if t.i > tok.i):
        if later.dep_ != "nsubj" or later.head.lemma_.lower() not in STATEMENT_VERBS:
            continue
        if later.lower_ in ("he", "she"):
            return _PRONOUN_GENDER.get(later.lower_, "")
        return ""  # another speaker first
    return ""


def _party_to_person(reg: Registry, party: Party, gender: str) -> None:
    del reg.parties[party.name]
    person = reg.persons.setdefault(party.name, Person(party.name, party.name))
    person.gender = gender
    for span in sorted(party.mentions):
        person.mentions.append(span)
        reg.spans[span] = ("person", party.name)


def _alias_mentions(doc: Doc, reg: Registry) -> None:
    """Every later use of an organisation's name or acronym ("the TLF said"), which the model
    does not always tag as an entity."""
    text = text_of(doc)
    for party in list(reg.parties.values()):
        if party.kind in ("state", "bloc", "body"):
            continue
        for alias in sorted(party.aliases, key=lambda a: (-len(a), a)):
            if len(alias) < 2 or not alias[:1].isupper():
                continue
            for start, end in whole_word_occurrences(text, alias):
                if reg.spans.overlapping(start, end):
                    continue
                party.mentions.append((start, end))
                party.proper_mentions += 1
                reg.note(start, end, "party", party.name)


def whole_word_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where `name` occurs in `text` with no letter, digit, '_' or '-' either side: what
    `re.finditer(r"(?<![\\w-])" + re.escape(name) + r"(?![\\w-])", text)` finds, in the same order.
    `str.find` skips ahead where a regex tries every position; a long article names a few hundred
    parties and people, each looked for in the whole text."""
    if not name:
        return
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end])):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _named_like_an_org(ent: Span) -> bool:
    """'Allina Health', 'Harlow Motors', 'SAG-AFTRA' tagged as people: a name ending in a company or
    union word, or written in capitals like an acronym."""
    if ent.label_ != "PERSON":
        return False
    letters = [ch for ch in ent.text if ch.isalpha()]
    return (len(ent) > 1 and ent[-1].lower_ in ORG_KINDS) or (len(letters) >= 3 and all(ch.isupper() for ch in letters))


def _titled_like_a_person(ent: Span) -> bool:
    """'The rebel coalition's spokesman, Ibrahim Ag Mossa, said': an 'organisation' in apposition
    with a person's title is a person the model mislabelled."""
    root = ent.root
    if not all(t.text[:1].isupper() for t in ent) or len(ent) > 4:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in TITLE_WORDS and len(ent) > 1:
        # "airline spokesperson Dana Holm": a title right before a name that has no body word in it
        words = {t.lower_ for t in ent}
        return not words & (set(ORG_KINDS) | _INSTITUTION_WORDS | _STATE_BODY_WORDS)
    neighbours = [root.head] if root.dep_ == "appos" else []
    neighbours += [c for c in root.children if c.dep_ == "appos"]
    return any(n.lemma_.lower() in TITLE_WORDS for n in neighbours) or _after_a_title_phrase(ent)


TITLE_PHRASE_DEPTH = 4  # "the leader of Norland's negotiating team, Ana Berg": from "team" up to "leader"


def _after_a_title_phrase(ent: Span) -> bool:
    """'the leader of Norland's negotiating team, Ana Berg': a name set off by a comma after a phrase headed
    by a title, however the parser attached it."""
    i = ent.start - 1
    if i < 1 or ent.doc[i].text != "," or len(ent) < 2:
        return False
    before = ent.doc[i - 1]
    for tok in [before, *before.ancestors][:TITLE_PHRASE_DEPTH]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in TITLE_WORDS:
            return True
    return False


def _names_a_person(ent: Span, reg: Registry) -> bool:
    """spaCy often tags a surname as an organisation ("Lind said"); a known person wins."""
    if any(t.text in reg.persons for t in ent):
        surname = next(t.text for t in ent if t.text in reg.persons)
        person = reg.persons[surname]
        start = next(t.idx for t in ent if t.text == surname)
        person.mentions.append((start, start + len(surname)))
        reg.note(start, start + len(surname), "person", surname)
        return True
    return False


def _forget_places_within(reg: Registry, start: int, end: int) -> None:
    for (s, e), (kind, key) in reg.spans.within(start, end):
        if kind == "party" and reg.parties[key].kind in ("state", "bloc", "body"):
            del reg.spans[(s, e)]
            party = reg.parties[key]
            party.mentions.remove((s, e))
            if not party.mentions:
                del reg.parties[key]


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", name) if w[0].isupper())


def _expansion(acronym: str, reg: Registry) -> str | None:
    """The organisation an unbracketed acronym abbreviates, by the initials of its capitalised words."""
    letters = acronym.replace("-", "").replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isupper()):
        return None
    return next(
        (k for k, p in reg.parties.items() if p.kind not in ("state", "bloc", "body") and _initials(k) == letters), None
    )


def _clean_org_name(text: str) -> str:
    text = text.replace("’", "'").strip()
    if text.startswith(("the", "The")):
        text = re.sub(r"^(?:the|The)\s+", "", text)
    return without_possessive(text).strip(" .,")


def _acronym_after(doc: Doc, ent: Span) -> str | None:
    """'Tamari Liberation Front (TLF)', 'Sozialunion (ÖSU)': the acronym in brackets right after a name,
    in any alphabet."""
    tail = text_of(doc)[ent.end_char : ent.end_char + 14]
    m = re.match(r"\s*\(([^\W\d_][\w&\-]{1,9})\)", tail)
    return m.group(1) if m and m.group(1)[0].isupper() else None


def _state_of_body(ent: Span, reg: Registry) -> Party | None:
    """'Valdorian Foreign Ministry', 'State Council of Norland' -> the state; 'Norlandic Workers Front' -> None."""
    words = {t.lower_ for t in ent}
    inner = [
        (s, e)
        for (s, e), (kind, _) in reg.spans.overlapping(ent.start_char, ent.end_char)
        if kind == "party" and ent.start_char <= s
    ]
    if not inner or not words & _STATE_BODY_WORDS or words & _NON_STATE_WORDS:
        return None
    _, key = reg.spans[inner[0]]
    party = reg.parties[key]
    return party if party.kind == "state" else None


def _organ_of_a_body(name: str) -> bool:
    """'U.N. Fisheries Office', 'UN Water Council': a name that opens with an international
    body's is one of its organs, and a body too."""
    words = name.split()
    return any(
        (place := lookup_place(" ".join(words[:n]))) is not None and place.kind == "body" for n in range(1, len(words))
    )


def _org_kind(name: str) -> str:
    """The kind a name tells: an institution word anywhere wins ("Ministry of Health" is no company),
    then the last kind word ("Harlow Motors", "Lakeside Nurses Association")."""
    if _organ_of_a_body(name):
        return "body"
    words = re.findall(r"[A-Za-z]+", name.lower())
    if any(w in _INSTITUTION_WORDS for w in words):
        return "government"
    for word in reversed(words):
        if word in ORG_KINDS:
            return ORG_KINDS[word]
    return "org"


def _person_mentions(doc: Doc, reg: Registry) -> None:
    titled: set[str] = set()
    for ent in entities_of(doc):
        tokens = _name_tokens(ent, reg)
        if not tokens:
            continue
        tokens = _particle_names_after(doc, _given_names_before(doc, tokens))
        name = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        surname = tokens[-1].text
        person = reg.persons.get(surname)
        if person is None:
            person = reg.persons[surname] = Person(name, surname)
        elif len(name) > len(person.name):
            person.name = name
        person.mentions.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        reg.note(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "person", surname)
        if len(tokens) < len(ent) or _title_word_before(doc, tokens[0].i):
            titled.add(surname)
    _forget_lone_words(doc, reg, titled)
    _surnames_alone(doc, reg)


def _name_tokens(ent: Span, reg: Registry) -> list[Token]:
    """The words of a personal name in an entity, without titles and possessive marks; none when the
    entity names no person."""
    if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and _titled_like_a_person(ent)):
        return []
    if _named_like_an_org(ent) or reg.spans.covers(ent.start_char):
        return []  # already a place ("Velika" tagged as a person)
    if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
        return []  # "chief Brexit negotiator": a name used as a modifier is not a person here
    tokens = [t for t in ent if t.text not in ("’s", "'s") and t.lower_.rstrip(".") not in TITLE_WORDS]
    return tokens if tokens and tokens[-1].text[:1].isupper() else []


def _forget_lone_words(doc: Doc, reg: Registry, titled: set[str]) -> None:
    """A lone capitalised word the model calls a person ("Brexit") is kept only if a first name or a
    title ever comes with it, or a 'she said' takes it up."""
    lone = [k for k, p in reg.persons.items() if " " not in p.name and k not in titled]
    noted: dict[str, Mentions] = {}  # each person's mentions, in one pass over them all
    for key, (kind, name) in reg.spans.items():
        if kind == "person":
            noted.setdefault(name, []).append(key)
    for surname in lone:
        gender = next(filter(None, (_speaker_pronoun_next(doc, s) for s, _e in reg.persons[surname].mentions)), "")
        if gender:
            reg.persons[surname].gender = gender
            continue
        del reg.persons[surname]
        for key in noted.get(surname, []):
            del reg.spans[key]


def _surnames_alone(doc: Doc, reg: Registry) -> None:
    """Later mentions by surname alone that the model missed ("Okafor, who heads ...")."""
    text = text_of(doc)
    for surname, person in reg.persons.items():
        for start, end in whole_word_occurrences(text, surname):
            if not reg.spans.covers(start):
                person.mentions.append((start, end))
                reg.note(start, end, "person", surname)


def _given_names_before(doc: Doc, tokens: list[Token]) -> list[Token]:
    """'Mayor Ana Berg' tagged as a person only on 'Berg': the untagged capitalised words that
    compound the name, short of a title word, are the given names."""
    i = tokens[0].i
    while i > 0:
        prev = doc[i - 1]
        untagged = not prev.ent_type_ and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha
        if not untagged or prev.dep_ != "compound" or prev.lower_ in TITLE_WORDS or lookup_place(prev.text):
            break
        i -= 1
    return [doc[j] for j in range(i, tokens[0].i)] + tokens


# Lower-case particles inside personal names ("Abdel Karim el Amin", "Jan van der Berg").
_NAME_PARTICLES = frozenset(
    {"el", "al", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "da", "dos", "du", "la", "le"}
)


def _particle_names_after(doc: Doc, tokens: list[Token]) -> list[Token]:
    """'Karim el Amin' tagged as a person only up to 'Karim': a name particle and the capitalised
    words after it, whatever the model made of them, finish the name."""
    i = tokens[-1].i + 1
    end = i
    while i < len(doc) and doc[i].lower_ in _NAME_PARTICLES and doc[i].text.islower():
        i += 1
        if i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].pos_ == "PROPN":
            i += 1
            end = i
    return tokens + [doc[j] for j in range(tokens[-1].i + 1, end)]


_PRESIDING_TITLES = word_set("presiding_titles")


def holds_a_named_office(doc: Doc, person: Person) -> bool:
    """'the summit's chair Ana Berg', 'Republic President Ivo Lang', 'Forum Vice President Ana Berg': a
    presiding office the text qualifies, not a bare 'President Lang', nor 'Economy Minister Lang'."""
    for start, _end in person.mentions:
        i = _token_index(doc, start)
        title_start = i
        while title_start > 0 and doc[title_start - 1].lower_.rstrip(".") in TITLE_WORDS:
            title_start -= 1
        if title_start == i or title_start == 0 or doc[i - 1].lower_ not in _PRESIDING_TITLES:
            continue
        qualifier = doc[title_start - 1]
        if qualifier.lower_ in ("'s", "’s") or qualifier.pos_ in ("PROPN", "ADJ", "NOUN", "NUM"):
            return True
    return False


def _title_word_before(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_.rstrip(".") in TITLE_WORDS


def _affiliate_persons(doc: Doc, reg: Registry) -> None:
    """Read each person's party from the titles, appositions and relative clauses around them.

    Evidence ranks: "who heads X" (3) over an apposition or "of/from X" (2) over a
    modifier in the title ("Valdorian Foreign Minister", 1); nearer modifiers win ties.
    """
    bosses: list[tuple[Person, Person]] = []
    in_order: dict[str, Mentions] = {}  # a party's mentions, sorted once: none is added here
    for person in reg.persons.values():
        best: tuple[int, int, Party] | None = None
        for start, end in person.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if not person.title:
                person.title = _title_words(span)
            for rank, closeness, party in _party_evidence(span, reg):
                reg.title_spans.update(_mentions_just_before(party, start, in_order))
                if best is None or (rank, closeness) > best[:2]:
                    best = (rank, closeness, party)
            boss = _possessive_boss(span, reg)
            if boss is not None and boss is not person:
                bosses.append((person, boss))
        if best is not None:
            person.party = best[2].name
    # "X, President Y's press secretary": X speaks for Y's side.
    for person, boss in bosses:
        reg.bosses[person.surname] = boss.surname
        if person.party is None and boss.party is not None:
            person.party = boss.party
    for person in reg.persons.values():
        if person.party:
            reg.parties[person.party].add_actor(person.name)


TITLE_REACH_CHARS = 60  # "the Norland foreign ministry's spokesperson, Ana Berg": a title's party is this close


_HEAD_VERBS = frozenset({"head", "lead", "command", "chair", "run", "represent", "direct"})
LOCAL_TITLES = word_set("local_titles")


def _a_seat_of(tok: Token, party: Party) -> bool:
    place = lookup_place(tok.text)
    return place is not None and place.name == party.name and tok.text in place.seats


PartyEvidence = tuple[int, int, Party]  # (rank, closeness, party): who a person serves, and how surely


def _party_evidence(span: Span, reg: Registry) -> list[PartyEvidence]:
    local_office = any(t.lemma_.lower() in LOCAL_TITLES for t in _title_tokens(span))
    found = _heads(span, reg) + _parties_in_title(span, reg, local_office)
    surface = _party_before_title(span, reg)
    if surface is not None and not (local_office and surface.kind == "state"):
        # The title written right before the name outranks a parse that hangs the name off an
        # earlier title: in "the firm's chief Ana Berg and Velika Port commissioner Dan Ferr" Ferr is
        # the port's, whatever the apposition says.
        found.append((2, 0, surface))
    for tok in _title_tokens(span):
        if tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
            recent = _party_mentioned_before(reg, tok.idx)
            if recent is not None:
                found.append((2, 0, recent))  # "Its trade spokesman, Henrik Lund"
    return found


def _heads(span: Span, reg: Registry) -> list[PartyEvidence]:
    """'Ana Berg, who heads the guild': the party in the relative clause."""
    found: list[PartyEvidence] = []
    for child in span.root.children:
        if child.dep_ == "relcl" and child.lemma_ in _HEAD_VERBS:
            found += [(3, 0, p) for tok in child.subtree if (p := reg.party_at(tok.idx, tok.idx + len(tok.text)))]
    return found


def _parties_in_title(span: Span, reg: Registry, local_office: bool) -> list[PartyEvidence]:
    """'Valdorian Foreign Minister Ana Berg', 'Ana Berg of the guild': a party in the words around."""
    root = span.root
    title_head = root.head if root.dep_ == "appos" else root
    found: list[PartyEvidence] = []
    for tok in _title_tokens(span):
        p = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if p is None or reg.person_at(tok.idx, tok.idx + len(tok.text)) or _is_target_of_role(tok, title_head):
            continue
        if local_office and _a_seat_of(tok, p):
            continue  # "the Velika mayor" runs the city, not the state whose capital it is
        rank = 1 if tok.i < span.start and tok in root.subtree else 2
        found.append((rank, -abs(span.start - tok.i), p))
    return found


def _party_mentioned_before(reg: Registry, offset: int) -> Party | None:
    found = reg.spans.last_before(offset, "party")
    return reg.parties[found[1]] if found else None


def _party_before_title(span: Span, reg: Registry) -> Party | None:
    """'Valdoria's PM Jonas Lind': read off the words when the parse of a title goes astray."""
    doc = span.doc
    i = span.start - 1
    steps = 0
    while i >= 0 and steps < 6 and (doc[i].lower_.rstrip(".") in TITLE_WORDS or doc[i].text in ("’s", "'s")):
        i -= 1
        steps += 1
    if steps == 0 or i < 0:
        return None
    return reg.party_at(doc[i].idx, doc[i].idx + len(doc[i].text))


def _possessive_boss(span: Span, reg: Registry) -> Person | None:
    for tok in _title_tokens(span):
        if tok.dep_ == "poss" or tok.head.dep_ == "poss":
            other = reg.person_at(tok.idx, tok.idx + len(tok.text))
            if other is not None:
                return other
    return None


def _title_words(span: Span) -> str:
    return " ".join(t.text for t in _title_tokens(span) if t.lower_.rstrip(".") in TITLE_WORDS)


def _title_tokens(span: Span) -> list[Token]:
    """Tokens that describe a person: left modifiers, appositions, and 'of/from' phrases."""
    root = span.root
    out: list[Token] = [t for t in root.subtree if t.i < span.start]
    for child in root.children:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "from", "at")):
            out.extend(child.subtree)
    if root.dep_ == "appos":
        head = root.head
        out.append(head)
        for child in head.children:
            if child.i == root.i or child.dep_ in ("punct", "appos"):
                continue
            if child.dep_ == "prep" and child.lower_ not in ("of", "from", "at"):
                continue  # "envoy to Norland": the envoy does not speak for Norland
            out.extend(child.subtree)
    return out


def _is_target_of_role(tok: Token, title_head: Token) -> bool:
    """'special envoy to Norland': the place after 'to' is where the role points, not who holds it.

    Only prepositions inside the title count: in "according to the company's officer, X"
    the 'to' belongs to the attribution, not to the title.
    """
    for a in tok.ancestors:
        if a.i == title_head.i:
            return False
        if a.dep_ == "prep" and a.lower_ in ("to", "for", "on", "with") and a.i < tok.i:
            return True
    return False


def _generic_mentions(doc: Doc, reg: Registry) -> None:
    """'the union', 'the company', 'the group': refer back to the latest party of that kind."""
    by_name_word = _parties_by_name_word(reg)
    words = lower_words_of(doc)
    for tok in tokens_tagged(doc, "NOUN", "PROPN"):
        kind = GENERIC_PARTY_NOUNS.get(words[tok.i])
        if kind is None:
            kind = "named" if _names_a_party_word(tok, by_name_word) else None
        if kind is None:
            continue
        titled = tok.dep_ == "compound" and tok.head.lemma_.lower().rstrip(".") in _TITLE_OR_MEMBER
        if not titled and not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            continue  # "union president Karen Lewis" refers as surely as "the union"
        if reg.spans.covers(tok.idx):
            continue
        if any(c.dep_ == "compound" and reg.party_at(c.idx, c.idx + len(c.text)) for c in tok.children):
            continue  # "the Tamari Front group" names its party already
        target = _latest_party_of_kind(reg, kind, tok.idx, doc, tok)
        if target is None:
            continue
        phrase = text_of(doc)[min(c.idx for c in tok.subtree if c.i <= tok.i) : tok.idx + len(tok.text)]
        target.aliases.add(phrase)
        target.mentions.append((tok.idx, tok.idx + len(tok.text)))
        reg.note(tok.idx, tok.idx + len(tok.text), "party", target.name)


# "union members", "league officials": the people of a party, named by its generic noun.
_MEMBER_NOUNS = frozenset({"member", "members", "leader", "leaders", "official", "officials", "negotiators"})
_TITLE_OR_MEMBER = TITLE_WORDS | _MEMBER_NOUNS  # "union president", "union members": the head of a compound
MIN_NAME_WORD_CHARS = 4  # "the board", "the league"; shorter words ("the US") are names already


def _parties_by_name_word(reg: Registry) -> dict[str, list[Party]]:
    """Each word of a party's name (lower case) with the parties whose names hold it: asked at every
    noun of the article, a scan of every party made long articles quadratic."""
    index: dict[str, list[Party]] = {}
    for party in reg.parties.values():
        for word in _name_words(party.name):
            index.setdefault(word, []).append(party)
    return index


def _names_a_party_word(tok: Token, by_name_word: dict[str, list[Party]]) -> bool:
    """'the district' after 'Harbor Unified School District': a common noun that is a word of exactly
    one party's name, said with a definite article, refers back to that party."""
    holding = by_name_word.get(tok.lemma_.lower())
    if not holding:
        return False  # most nouns are no word of any party's name: the cheapest test first
    titled = tok.dep_ == "compound" and tok.head.lemma_.lower() in _TITLE_OR_MEMBER
    if not (tok.pos_ == "NOUN" or titled) or len(tok.text) < MIN_NAME_WORD_CHARS:
        return False  # a capitalised word names a party only as "Guild members", "Guild president"
    named = [p for p in holding if p.named_before(tok.idx)]
    return len(named) == 1


def _latest_party_of_kind(reg: Registry, kind: str, before: int, doc: Doc, tok: Token) -> Party | None:
    """The party a generic description refers to.

    "the Norlandic army" names its state. Otherwise the most recently mentioned party
    of that kind; for a union or a company a named one later in the article also
    counts (reports often describe "the pilots union" before naming it); then an
    earlier organisation of unknown kind; else the description founds a party itself.
    """
    known = _known_by_place_or_name(reg, kind, before, tok)
    if known is not None:
        return known
    if kind == "named":
        return None  # a word of one party's name refers to that party or to none
    recent, loose = _walk_back(reg, kind, before, doc, tok)
    if recent is not None:
        return recent
    if kind == "government":
        # "the national government" in a story about one country: that country's, wherever it is named.
        states = [p for p in reg.parties.values() if p.kind == "state"]
        return states[0] if len(states) == 1 else None
    if kind in ("union", "company"):
        # An organisation of unknown kind already in play ("SAG-AFTRA said ... the union's demands"),
        # then one of the right kind named just after ("the pilots union ... Harbor Pilots Local 12"),
        # else the description itself founds a party.
        return loose or _named_soon_after(reg, kind, before) or reg.ensure_party(_description(doc, tok), kind)
    return None


def _known_by_place_or_name(reg: Registry, kind: str, before: int, tok: Token) -> Party | None:
    if kind in ("government", "armed", "state"):
        modifier_party = _has_modifier_place(tok, reg)
        if modifier_party is not None:
            return modifier_party
        # "the army" after "the Norlandic army": the party already known by that noun.
        known = [p for p in reg.parties.values() if any(a.lower().endswith(" " + tok.lower_) for a in p.aliases)]
        if len(known) == 1:
            return known[0]
    words = {tok.lower_, tok.lemma_.lower()}
    named = [p for p in reg.parties.values() if words & _name_words(p.name) and p.named_before(before)]
    return named[0] if len(named) == 1 else None  # "the alliance" -> the Alliance of Motion Picture ...


def _walk_back(reg: Registry, kind: str, before: int, doc: Doc, tok: Token) -> tuple[Party | None, Party | None]:
    """The latest mention of a fitting party, walking back from the description, and an organisation
    of unknown kind met on the way. The walk stops at the first fit, so each description costs in
    proportion to the mentions it passes, not all of them; the checks that cost most come last."""
    loose: Party | None = None
    loose_sentence_start = -1  # the character where the sentence that last named one begins
    takes_loose = kind in ("union", "company")
    # With no party that fits, a long article need not be walked back to its start.
    can_fit = any(_fits(party, kind) for party in reg.parties.values())
    if not can_fit and not takes_loose:
        return None, None
    conjuncts = list(tok.conjuncts)
    for (s, e), (k, key) in reg.spans.backwards_from(before):
        party = reg.parties[key] if k == "party" else None
        if party is None:
            continue
        if _fits(party, kind):
            return party, loose
        if not takes_loose or party.kind != "org":
            continue
        if loose is not None and s < loose_sentence_start:
            if not can_fit:
                break
            continue  # an earlier sentence: only a party that fits can still be found
        if conjuncts and _coordinated(conjuncts, s):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        if loose is None:
            loose, loose_sentence_start = party, sentence_at(doc, span.start).start_char
        elif _a_subject(span.root):
            loose = party  # in the sentence last naming one, its subject is who a description takes up
    return None, loose


def _named_soon_after(reg: Registry, kind: str, before: int) -> Party | None:
    """The party of that kind named most often within the next sentence or two."""
    later: Counter[str] = Counter()
    for (s, _e), (k, key) in reg.spans.forwards_from(before):
        if s - before >= NAMED_SOON_AFTER_CHARS:
            break
        if k == "party" and _fits(reg.parties[key], kind):
            later[key] += 1
    return reg.parties[later.most_common(1)[0][0]] if later else None


NAMED_SOON_AFTER_CHARS = 400  # "the pilots union ... Harbor Pilots Local 12": named in the next sentence or two


def _a_subject(tok: Token) -> bool:
    """A mention that is its clause's subject, or the head of a subject ('the KDGU's committee')."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "poss") and tok.head.dep_ == "nsubj")


def _fits(party: Party, kind: str) -> bool:
    if kind == "government":
        return party.kind in ("state", "government", "bloc")  # the bloc's Commission governs too
    return party.kind == kind or (kind == "any" and party.kind not in ("state", "bloc", "body"))


def _coordinated(conjuncts: list[Token], offset: int) -> bool:
    """'between Kestrel Air and the pilots union': two conjuncts are two parties, never one."""
    return any(c.idx <= offset < c.idx + len(c.text) or any(t.idx == offset for t in c.subtree) for c in conjuncts)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a party's name, lower case; asked for every party at every description."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", name))


def _description(doc: Doc, tok: Token) -> str:
    """'the pilots union' -> 'pilots union': the noun with the modifiers right before it."""
    start = tok.i
    while (
        start > sentence_of(tok).start
        and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN")
        and doc[start - 1].dep_
        in (
            "compound",
            "amod",
            "nmod",
        )
    ):
        start -= 1
    return doc[start : tok.i + 1].text


def _has_modifier_place(tok: Token, reg: Registry) -> Party | None:
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss"):
            p = reg.party_at(child.idx, child.idx + len(child.text))
            if p is not None:
                return p
    return None
