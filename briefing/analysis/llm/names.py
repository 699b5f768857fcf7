"""Does the article name a party? Names checked against the text, not taken from the model.

A side or third party the model gives is kept only when the article names it. A name counts as
named when, after normalising both (case, quote marks, dots in acronyms, a leading "the", a
possessive), one of these holds:

- the whole name occurs in the text as words;
- the name without its parenthetical ("MLBPA (players union)" -> "MLBPA"), or the parenthetical
  itself, occurs;
- a gazetteer name inside it (a state, a demonym, a capital or seat, a bloc; "U.S." and "United
  States" alike) is matched by any name of the same place in the text, and the rest of its words
  occur in the text ("Government of India", "Indian officials");
- every word that carries meaning occurs in the text ("Other health unions": "health", "unions").

Acronyms (all capitals, up to `ACRONYM_MAX_CHARS`) match case-sensitively: "US" must not be "us".
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable

from briefing.analysis.llm.locate import fold
from briefing.lang import word_set

ACRONYM_MAX_CHARS = 5
# Words that describe a party rather than name it ("the Government of X", "other Y unions", "X officials").
# They need not occur in the text for the name to count; the words that remain must.
DESCRIPTIVE_WORDS = word_set("party_description_words")
# Capitalised words an item's text may use whether or not the article does: months, weekdays, "I".
CALENDAR_WORDS = frozenset([name.lower() for name in (*calendar.month_name[1:], *calendar.day_name)] + ["i"])

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# A figure as written ("1,200", "3.5", "48"): compared by its digits, so "1,200" and "1200" are one.
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _digits(number: str) -> str:
    return number.replace(",", "")


_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)\s*")
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_WORD = re.compile(r"[\w'-]+")
# Any script's capital opens a name ('Ørsted', 'Éric', 'Москва'), not only A-Z: a word is kept when its
# first letter is upper case (see `_capitalised`).
_WORD_START = re.compile(r"(?<![\w'-])[^\W\d_][\w'’-]*")


def _capitalised(text: str) -> list[re.Match[str]]:
    return [m for m in _WORD_START.finditer(text) if m.group(0)[0].isupper()]


def _undotted(text: str) -> str:
    """'U.S.' -> 'US', 'U.N.' -> 'UN': the dotted and plain spellings meet."""
    return _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)


def _words(text: str) -> list[str]:
    return [w.strip("'-") for w in _WORD.findall(text) if w.strip("'-")]


def _is_acronym(word: str) -> bool:
    return word.isupper() and len(word) <= ACRONYM_MAX_CHARS and word.isalpha()


def _stem(word: str) -> str:
    """'unions' and 'union', "Norland's" and 'Norland' alike."""
    word = word.removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@functools.cache
def _gazetteer() -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    """Each gazetteer name (folded) -> every folded name of its place; and a pattern for them all."""
    from briefing.analysis.rules.lexicon import places  # the offline engine's gazetteer, read only

    names: dict[str, frozenset[str]] = {}
    for place in places():
        every = frozenset(_fold_name(n) for n in place.all_names() if len(n) > 1)
        for n in every:
            names[n] = names.get(n, frozenset()) | every
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w])")
    return names, pattern


def _fold_name(name: str) -> str:
    folded, _ = fold(_undotted(name.strip()))
    folded = folded.removeprefix("the ").removesuffix("'s").rstrip("'-.,;: ")
    return folded


class NameIndex:
    """The words of an article, to tell whether it names a party or a person."""

    def __init__(self, text: str) -> None:
        plain = _POSSESSIVE.sub("", _undotted(text))  # "Beijing's" names Beijing
        self._folded = " " + " ".join(fold(plain)[0].split()) + " "
        words = _words(self._folded)
        # "facilities—Natanz" folds to one hyphenated word: its parts are words of the text too.
        self._stems = {_stem(part) for w in words for part in (w, *w.split("-")) if part}
        plain_words = [re.sub(r"['’]s$", "", part) for w in _words(plain) for part in (w, *w.split("-"))]
        self._acronyms = {w for w in plain_words if _is_acronym(w)}
        self._numbers = {_digits(n) for n in _NUMBER.findall(text)}

    def names(self, name: str, also_in: Iterable[str] = ()) -> bool:
        """Whether the article (or one of the quotes `also_in`, located in it) names `name`."""
        if not name or not name.strip():
            return False
        if self._names(name):
            return True
        return any(NameIndex(quote)._names(name) for quote in also_in)

    def _names(self, name: str) -> bool:
        candidates = [name]
        inner = _PARENTHETICAL.search(name)
        if inner:
            candidates = [_PARENTHETICAL.sub(" ", name).strip(), inner.group(1)]
        return any(self._names_plain(c) for c in candidates if c.strip())

    def _names_plain(self, name: str) -> bool:
        folded = _fold_name(name)
        if not folded:
            return False
        if _is_acronym(_undotted(name.strip())):
            return self._names_acronym(_undotted(name.strip()), folded)
        if self._has_phrase(folded):
            return True
        rest = self._without_places(folded)
        return rest is not None and self._has_words_of(name, folded, rest)

    def _names_acronym(self, acronym: str, folded: str) -> bool:
        """'UN' as the article writes it, or a place the gazetteer knows by it ('US') named any way."""
        places, _ = _gazetteer()
        return acronym in self._acronyms or any(self._has_phrase(n) for n in places.get(folded, frozenset()))

    def _has_words_of(self, name: str, folded: str, rest: str) -> bool:
        """Every meaningful word of the name (its places taken out as `rest`) is a word of the article."""
        original_words = {w.lower(): w for w in _words(_undotted(name))}
        meaningful = [w for w in _words(rest) if w not in DESCRIPTIVE_WORDS]
        if rest == folded and not meaningful:
            return False  # only descriptive words ("the government"): names nothing by itself
        return all(self._has_word(w, original_words.get(w, w)) for w in meaningful)

    def _without_places(self, folded: str) -> str | None:
        """The name without the gazetteer's places in it, when the article names each of them (by
        any of its names); None when it names one of them nowhere."""
        places, pattern = _gazetteer()
        rest = folded
        for m in pattern.finditer(folded):
            if not any(self._has_phrase(other) for other in places[m.group(0)]):
                return None
            rest = rest.replace(m.group(0), " ")
        return rest

    def _has_phrase(self, folded: str) -> bool:
        return re.search(r"(?<![\w-])" + re.escape(folded) + r"(?![\w])", self._folded) is not None

    def _has_word(self, word: str, original: str) -> bool:
        if _is_acronym(original):
            return original in self._acronyms
        if _stem(word) in self._stems:
            return True
        parts = [p for p in word.split("-") if p]  # "Hamas-led": Hamas, and "led"
        return len(parts) > 1 and all(_stem(p) in self._stems for p in parts)

    def unknown_names(self, text: str) -> list[str]:
        """Capitalised words and numbers of a line the model wrote that the article never uses (nor a
        place of the gazetteer it names): the sign of a name or a figure made up. The line's first
        word may be any word."""
        unknown = [n for n in _NUMBER.findall(text) if _digits(n) not in self._numbers]
        for m in _capitalised(_undotted(text)):
            word = re.sub(r"['’]s$", "", m.group(0)).rstrip("'’-")
            if not self._known_word(word, first=m.start() == 0):
                unknown.append(word)
        return unknown

    def _known_word(self, word: str, *, first: bool) -> bool:
        """A capitalised word of a line the model wrote that the article (or the calendar) accounts for."""
        if first and word.lower() in self._stems:
            return True
        if word.lower() in CALENDAR_WORDS or self._names_plain(word):
            return True
        if first and not any(ch.isupper() for ch in word[1:]):
            return True  # a sentence's first word is capitalised whatever it is
        return self._known_compound(word)

    def _known_compound(self, word: str) -> bool:
        """'Vucic-Kurti talks', 'AU-led': each name of the compound is the article's."""
        parts = [p for p in re.split(r"[-‐–]", word) if p]
        return len(parts) > 1 and all(self._names_plain(p) or p.islower() for p in parts)
