"""The types the offline engine's stages pass each other: who is who (`Party`, `Person`, the
`Registry` of their mentions), what a party says or does (`Statement`) and where a condition is
(`Condition`). Stages import these and helpers, never each other's internals."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from briefing.analysis.rules.lexicon import (
    normalise_name,
)


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
    mediator: bool = False  # titled as serving the process ("mediator Ana Berg"): speaks for no side


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


@dataclass
class Statement:
    """A sentence in which one party speaks or acts."""

    sent: Span
    party: Party | None  # None only with `both`
    speaker: str | None  # the person or body named as the voice; None when the party acts itself
    verb: Token | None  # the reporting or stance verb, or the stance noun ("Norland's refusal")
    content: tuple[int, int]  # char range of what was said or done (for the condensed text)
    reported: bool  # speech ("said") rather than an action ("rejected")
    both: bool = False  # "both sides agreed": the statement belongs to every side
    # "the guild said the company refused ...": the party whose reported words tell this act. When it is
    # another side, the words are that side's claim, not this party's stance.
    told_by: Party | None = None


@dataclass(frozen=True)
class Condition:
    """Where a condition is. A `clause` condition starts at its marker; a `demand` is the thing
    required, within `start`..`end`. `setter` is the word that names who sets it, when the
    sentence says so ("the guild insists", "Norland's demand"); otherwise the speaker does."""

    kind: str  # "clause" or "demand"
    start: int
    end: int
    label: str  # the marker or the word that made it a condition, for the reader of the code
    setter: Token | None = None
    obliged: Token | None = None  # "Valdoria must withdraw": who the obligation is laid on
    # "no": the thing is refused, read "no X" ("X would be unacceptable"); "ended": the clause must
    # stop holding ("will not disarm while the raids continue"); "": the words are the condition.
    polarity: str = ""
    appeal: bool = False  # "called on X to Y": a condition only when X is the other side
    # "the guild's key demand", "the cap would require X": the holder is told by a common noun, so the
    # condition is the party's only when the registry places that noun in one; never the speaker's
    placed_holder: bool = False


@dataclass(frozen=True)
class Draft:
    """A point before its words: the statement it comes from and, for a condition, where the
    condition is (a marked clause starts at its `marker`; a demand is the `span` demanded).
    The condense stage gives it its words."""

    statement: Statement
    marker: int | None = None
    span: tuple[int, int] | None = None
    polarity: str = ""  # the condition's `polarity`
    appeal_to: Party | None = None  # whom an appeal calls on; a third party's makes it no condition
    appeal: bool = False


@dataclass(frozen=True)
class Points:
    """What one statement gives its side: a position and, when it sets a condition, a precondition."""

    position: Draft | None = None
    precondition: Draft | None = None
