"""Word lists as the analysis modules hold them: named once at the top of a module, read from the
active language profile each time they are used (see `profile.py`).

`word_set("hedges")` is a set-like view of the active profile's `hedges` list; `|`, `&` and `-`
between views (or with a plain set) give views too, so a list built from lists follows the
language as well. A value computed from lists (a regular expression, an index) is a function
decorated with `per_language`: computed once per profile.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from typing import Any, TypeVar

from briefing.lang.profile import _ACTIVE, LanguageProfile, active_profile

T = TypeVar("T")
_NONE_YET: tuple[Any, Any] = (object(), None)
_active_now = _ACTIVE.get  # bound once: the test every word lookup makes


def per_language(make: Callable[[LanguageProfile], T]) -> Callable[[], T]:
    """`make(profile)`, computed once per profile and returned for the active one."""
    made: dict[int, tuple[LanguageProfile, T]] = {}
    # The last active profile and its value, one tuple (read and replaced whole, so threads that run
    # different profiles never see one's profile with the other's value): the lists are read hundreds
    # of thousands of times in a long article, nearly always under the profile of the call before.
    last: list[tuple[Any, Any]] = [_NONE_YET]

    @functools.wraps(make)
    def for_active() -> T:
        profile, value = last[0]
        if profile is _ACTIVE.get():
            return value  # type: ignore[no-any-return]
        profile = active_profile()
        found = made.get(id(profile))
        if found is None or found[0] is not profile:
            found = made[id(profile)] = (profile, make(profile))
        if _ACTIVE.get() is profile:
            last[0] = found
        return found[1]

    return for_active


class WordSet(Set[str]):
    """A frozenset of the active language, computed by `make` from its profile (once per profile)."""

    __slots__ = ("_last", "_made", "_make", "_named")

    def __init__(self, make: Callable[[LanguageProfile], frozenset[str]], label: str | tuple[Any, str, Any]) -> None:
        self._make = make
        self._made: dict[int, tuple[LanguageProfile, frozenset[str]]] = {}
        # The active profile of the call before and its words, one tuple (read and replaced whole, as in
        # `per_language`): the test every rule makes, hundreds of thousands of times a long article.
        self._last: tuple[Any, frozenset[str]] = _NONE_YET
        self._named = label  # a name, or (operand, operator, operand), named when asked

    @property
    def label(self) -> str:
        if isinstance(self._named, tuple):
            first, op, second = self._named
            return f"{_label(first)} {op} {_label(second)}"
        return self._named

    def _current(self) -> frozenset[str]:
        profile, words = self._last
        active = _ACTIVE.get()
        if profile is active:
            return words
        profile = active_profile()
        found = self._made.get(id(profile))
        if found is None or found[0] is not profile:
            found = self._made[id(profile)] = (profile, self._make(profile))
        if active is profile:
            self._last = found
        return found[1]

    def __contains__(self, word: object) -> bool:
        profile, words = self._last
        if profile is not _active_now():
            words = self._current()
        return word in words

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def __repr__(self) -> str:
        return f"<word set {self.label}>"

    def now(self) -> frozenset[str]:
        """The active language's words as a plain frozenset: a loop that tests word after word reads it
        once, and each test is then the frozenset's own (a view's costs a call into Python)."""
        return self._current()

    def isdisjoint(self, other: Iterable[Any]) -> bool:
        return self._current().isdisjoint(other)

    def __or__(self, other: Iterable[Any]) -> WordSet:  # type: ignore[override]
        return _combined(self, other, operator.or_, "|")

    __ror__ = __or__

    def __and__(self, other: Iterable[Any]) -> WordSet:  # type: ignore[override]
        return _combined(self, other, operator.and_, "&")

    __rand__ = __and__

    def __sub__(self, other: Iterable[Any]) -> WordSet:  # type: ignore[override]
        return _combined(self, other, operator.sub, "-")

    def __rsub__(self, other: Iterable[Any]) -> WordSet:  # type: ignore[override]
        return _combined(other, self, operator.sub, "-")

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def _combined(first: Iterable[Any], second: Iterable[Any], op: Callable[..., frozenset[str]], sign: str) -> WordSet:
    """The view `op(first, second)`, its words for the active profile made at once: a set made of lists
    inside a rule ('marks & QUESTION_MARKS') is read the moment it is made, from the words its operands
    already hold for that profile."""
    combined = WordSet(lambda p: op(_words(first, p), _words(second, p)), (first, sign, second))
    active = _ACTIVE.get()
    if active is not None:
        combined._last = combined._made[id(active)] = (active, op(_words_now(first), _words_now(second)))
    return combined


_PLAIN_SETS = (set, frozenset)


def _words(value: Iterable[Any], profile: LanguageProfile) -> frozenset[str]:
    """A set operand as this profile has it: a view's own words, a mapping's keys, a plain set as is."""
    if isinstance(value, WordSet):
        return value._make(profile)
    if isinstance(value, WordMap):
        return frozenset(value.of(profile))
    return frozenset(value)


def _words_now(value: Iterable[Any]) -> frozenset[str]:
    """`_words` for the active profile, from what the views keep for it."""
    if type(value) in _PLAIN_SETS:
        return frozenset(value)  # the common operand, told apart without the abstract classes' check
    if isinstance(value, WordSet):
        return value._current()
    if isinstance(value, WordMap):
        return frozenset(value._current())
    return frozenset(value)


def _label(value: object) -> str:
    return value.label if isinstance(value, WordSet | WordMap) else "{...}"


class WordMap(Mapping[str, str]):
    """A word -> label table of the active language: the table `name`, or what `make` computes from
    the profile (once per profile)."""

    __slots__ = ("_current", "_last", "label", "make")

    def __init__(self, label: str, make: Callable[[LanguageProfile], dict[str, str]] | None = None) -> None:
        self.label = label
        self.make = make or (lambda profile: profile.table(label))
        self._current = per_language(self.make)
        # The active profile of the call before and its table, one tuple, as `WordSet` keeps its words:
        # a lookup under the same profile is then one call, not two.
        self._last: tuple[Any, dict[str, str]] = _NONE_YET

    def of(self, profile: LanguageProfile) -> dict[str, str]:
        return self.make(profile)

    def _table(self) -> dict[str, str]:
        profile = active_profile()
        table = self._current()
        if _active_now() is profile:
            self._last = (profile, table)
        return table

    def __getitem__(self, word: str) -> str:
        profile, table = self._last
        if profile is not _active_now():
            table = self._table()
        return table[word]

    def __contains__(self, word: object) -> bool:
        profile, table = self._last
        if profile is not _active_now():
            table = self._table()
        return word in table

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        profile, table = self._last
        if profile is not _active_now():
            table = self._table()
        return table.get(word, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def __repr__(self) -> str:
        return f"<word table {self.label}>"


def word_set(name: str) -> WordSet:
    """The list `<name>.txt` of the active language, one word or phrase a line."""
    return WordSet(lambda profile: profile.words(name), name)


def word_map(name: str) -> WordMap:
    """The table `<name>.tsv` of the active language: word -> label."""
    return WordMap(name)


def word_keys(name: str) -> WordSet:
    """The words of the table `<name>.tsv` of the active language, without their labels."""
    return WordSet(lambda profile: frozenset(profile.table(name)), f"keys of {name}")
