"""General lexicons: reporting and stance verbs, condition markers, roles, and a gazetteer.

The gazetteer lists states with their other names, demonyms, capitals and
seats of government, plus blocs and international bodies. It names places and
institutions, never office holders: who speaks for whom is read from the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing.analysis.doctext import phrase_alternation
from briefing.lang import LanguageProfile, WordMap, WordSet, per_language, word_map, word_set

REPORTING_VERBS: frozenset[str] = word_set("reporting_verbs")

GOVERNMENT_NOUNS: frozenset[str] = word_set("government_nouns")


def called_the_government(aliases: Iterable[str]) -> bool:
    """Whether one of a party's names ends on a government noun: the text takes it up as 'the
    government' ('the Norland government', 'the government')."""
    return any(alias.lower().split()[-1:] == [noun] for alias in aliases for noun in GOVERNMENT_NOUNS)


STANCE_VERBS: frozenset[str] = word_set("stance_verbs")

# Either kind: a verb by which a party speaks or takes a stance.
STATEMENT_VERBS = REPORTING_VERBS | STANCE_VERBS

QUOTING_VERBS: frozenset[str] = word_set("quoting_verbs")

SPEECH_NOUNS: frozenset[str] = word_set("speech_nouns")

DEAL_WORDS: frozenset[str] = word_set("deal_words")

ROLE_WORDS: dict[str, str] = word_map("role_words")

ORG_KINDS: dict[str, str] = word_map("org_kinds")
# The words org_kinds labels a company ('airline', 'carrier'), for the active language: a set made from
# ORG_KINDS at import would keep the words of the language active then.
COMPANY_WORDS: frozenset[str] = WordSet(
    lambda profile: frozenset(w for w, kind in profile.table("org_kinds").items() if kind == "company"),
    "company words of org_kinds",
)

GENERIC_PARTY_NOUNS: dict[str, str] = word_map("generic_party_nouns")

_REGULATING_BODY_WORDS: frozenset[str] = word_set("regulating_body_words")


def regulating_body(party_name: str, kind: str) -> bool:
    """Whether a party is a body 'the regulator' or 'the watchdog' can name: no state or bloc, its
    name ending on a word of such a body ('Coastal Water Authority')."""
    words = party_name.lower().split()
    return kind not in ("state", "bloc", "place") and bool(words) and words[-1] in _REGULATING_BODY_WORDS


_ACTION_ENDINGS: tuple[str, ...] = tuple(word_set("action_noun_endings"))


def names_an_act(lemma: str) -> bool:
    """A noun of action that takes what it acts on ('closure', 'withdrawal', 'lifting'), by its ending:
    one predicate for every module that asks."""
    return lemma.lower().endswith(_ACTION_ENDINGS)


_RECEIVING_VERBS: frozenset[str] = word_set("receiving_verbs")


def a_receiving_verb(lemma: str) -> bool:
    """'has received criticism from drivers', 'faces a deadline': the subject undergoes what another
    gives. No stance of the receiver's (the stance noun is the giver's), no act of its own, and no
    condition it sets on what it would receive: one predicate for stances, acts and positions."""
    return lemma.lower() in _RECEIVING_VERBS


TITLE_WORDS: frozenset[str] = word_set("title_words")

_NEWS_SOURCE_NAMES: frozenset[str] = word_set("news_source_names")


def is_news_source(name: str) -> bool:
    """A news agency, broadcaster or platform: a source of reports, never a party to the dispute."""
    low = name.lower().strip()
    low = re.sub(r"^the\s+", "", low) if low.startswith("the") else low
    if lookup_place(name) is not None:
        return False  # "International Atomic Energy Agency" is a body of the gazetteer, not a newsroom
    return low in _NEWS_SOURCE_NAMES or low.endswith(" news agency")


@dataclass(frozen=True)
class Place:
    """A state or bloc with every name the text may use for it."""

    name: str
    kind: str  # "state", "bloc", "body"
    names: tuple[str, ...]  # the name and its variants
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()  # capitals and seats of government, used as metonyms

    def all_names(self) -> tuple[str, ...]:
        return self.names + self.demonyms + self.seats


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(",") if x.strip())


@per_language
def places(profile: LanguageProfile) -> tuple[Place, ...]:
    """The gazetteer of the active language: its states, then its blocs and bodies."""
    found = []
    for line in profile.rows("states"):
        name, others, demonyms, seats = [*line.split("|"), "", "", ""][:4]
        found.append(Place(name, "state", (name, *_split(others)), _split(demonyms), _split(seats)))
    for line in profile.rows("blocs"):
        name, others, demonyms, seats, kind = [*line.split("|"), "", "", "", ""][:5]
        found.append(Place(name, kind or "bloc", (name, *_split(others)), _split(demonyms), _split(seats)))
    return tuple(found)


@per_language
def _place_index(profile: LanguageProfile) -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in places():
        for alias in place.all_names():
            key = normalise_name(alias)
            index.setdefault(key, place)
    return index


@per_language
def _leading_the(profile: LanguageProfile) -> re.Pattern[str]:
    """A definite article at the start of a name, which the name's key leaves out."""
    articles = profile.alternation("definite_articles")
    return re.compile(rf"^(?:{articles})\s+", re.IGNORECASE)


def normalise_name(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ").strip()
    if len(text) > 3 and text[3].isspace():  # a leading "the" needs a space after it: most names skip the search
        text = _leading_the().sub("", text)
    return " ".join(without_possessive(text).split()).lower().rstrip(".")


def without_possessive(text: str) -> str:
    """'Norland's' -> 'Norland', 'the unions'' -> 'the unions': a trailing apostrophe-s or apostrophe
    (the regex "'s?$" on a stripped name, without a search at every character)."""
    if text.endswith("'s"):
        return text[:-2]
    return text[:-1] if text.endswith("'") else text


def lookup_place(text: str) -> Place | None:
    """The state or bloc a name, demonym, capital or seat of government stands for."""
    key = normalise_name(text)
    index = _place_index()
    if key in index:
        return index[key]
    if key.endswith("s") and key[:-1] in index:  # plural demonyms: "Qataris"
        return index[key[:-1]]
    return None


@per_language
def place_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    """One regex for every place name, longest first, matched on word boundaries."""
    names = sorted({a for p in places() for a in p.all_names() if len(a) > 1}, key=len, reverse=True)
    # Tried by first letter ("S(?:outh Korea|pain|...)"), longest first within the letter as across
    # all of them: the engine skips to the next capital, then tries a few dozen names, not ~800.
    return re.compile(phrase_alternation(names, not_after=r"\w.") + r"(?![\w])")


@dataclass(frozen=True)
class Pronoun:
    """A row of the language's pronoun table."""

    word: str
    person: str  # "1", "2", "3" or "-"
    number: str  # "sg", "pl" or "-"
    gender: str  # "m", "f", "n" or "-"
    forms: frozenset[str]  # subject, object, possessive, independent, reflexive, demonstrative, relative


def _pronouns_of(profile: LanguageProfile) -> list[Pronoun]:
    rows = []
    for word, features in profile.table("pronouns").items():
        person, number, gender, *forms = features.split()
        rows.append(Pronoun(word, person, number, gender, frozenset(forms)))
    return rows


def pronouns(label: str, chosen: Callable[[Pronoun], bool]) -> WordSet:
    """The pronouns of the active language that one job reads, picked from the one table by features."""
    return WordSet(lambda profile: frozenset(p.word for p in _pronouns_of(profile) if chosen(p)), label)


# The person a gendered pronoun refers to: "Kos said her country ..." tells Kos is a woman.
PRONOUN_GENDER = WordMap(
    "pronoun genders", lambda profile: {p.word: p.gender for p in _pronouns_of(profile) if p.gender in ("m", "f")}
)
