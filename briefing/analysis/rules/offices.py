"""Offices: titles that are local (a mayor, a governor: their holder does not speak for the state),
presiding offices the text qualifies ('the summit's chair Ana Berg'), and people who hold no office of
the state their demonym names ('Norlandic farmers'). Shared by the parties, attribution, positions and
roles stages."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import (
    token_index,
)
from briefing.analysis.rules.lexicon import (
    TITLE_WORDS,
)
from briefing.analysis.rules.types import Party, Person, Registry
from briefing.lang import word_set

_PRESIDING_TITLES = word_set("presiding_titles")


_POSSESSIVE_CLITICS = word_set("possessive_clitics")


def holds_a_named_office(doc: Doc, person: Person) -> bool:
    """'the summit's chair Ana Berg', 'Republic President Ivo Lang', 'Forum Vice President Ana Berg': a
    presiding office the text qualifies, not a bare 'President Lang', nor 'Economy Minister Lang'."""
    for start, _end in person.mentions:
        i = token_index(doc, start)
        title_start = i
        while title_start > 0 and doc[title_start - 1].lower_.rstrip(".") in TITLE_WORDS:
            title_start -= 1
        if title_start == i or title_start == 0 or doc[i - 1].lower_ not in _PRESIDING_TITLES:
            continue
        qualifier = doc[title_start - 1]
        if qualifier.lower_ in _POSSESSIVE_CLITICS or qualifier.pos_ in ("PROPN", "ADJ", "NOUN", "NUM"):
            return True
    return False


LOCAL_TITLES = word_set("local_titles")


_NON_STATE_PEOPLE = word_set("non_state_people")


def people_of_their_own(who: Token) -> bool:
    """'Norlandic rebel groups', 'Valdorian farmers': people whose demonym names a state they do not speak for."""
    return any(t.lemma_.lower() in _NON_STATE_PEOPLE or t.lower_ in _NON_STATE_PEOPLE for t in (who, *who.lefts))


MAX_TITLE_TOKENS = 6  # "U.S. Secretary of State", "Norland's Deputy Foreign Minister"
_TITLE_JOINERS = word_set("title_prepositions")


def titled_for_a_side(doc: Doc, reg: Registry, person: Person, sides: list[Party]) -> bool:
    """'U.S. Secretary of State X', "Norland's Foreign Minister X": a side named in the title the
    person is introduced with makes them that side's, whatever party the title's words suggest."""
    for start, _end in person.mentions:
        i = token_index(doc, start)
        for tok in reversed(doc[max(doc[i].sent.start, i - MAX_TITLE_TOKENS) : i]):
            if reg.party_at(tok.idx, tok.idx + len(tok.text)) in sides:
                return True
            if not _in_a_title(tok):
                break
    return False


def _in_a_title(tok: Token) -> bool:
    """A word a title is made of: a title word, a capitalised word, 'of', a possessive."""
    low = tok.lower_.rstrip(".")
    if tok.is_punct or tok.is_sent_end:
        return False  # the title ends at a comma or the sentence before
    return low in TITLE_WORDS or tok.is_title or low in _TITLE_JOINERS or low in _POSSESSIVE_CLITICS


_FORMER_WORDS = word_set("former_words")
MAX_TITLE_WORDS_BEFORE = 4  # "former Chilean Vice President Lena Marquell": the words a title runs to


def out_of_office(doc: Doc, person: Person) -> bool:
    """'former Chilean President Lena Marquell': someone who once held a state's office acts in the
    story for themselves (a facilitator, an elder), not for that state."""
    for start, _end in person.mentions:
        i = token_index(doc, start)
        title: list[Token] = []
        for tok in reversed(list(doc[max(0, i - MAX_TITLE_WORDS_BEFORE) : i])):
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
                break
            if tok.lower_ in _FORMER_WORDS and _of_government(title):
                return True
            title.append(tok)
        head = doc[i]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        # "Lena Marquell, a former Chilean president": the title in apposition after the name
        if any(_a_former_office(c) for c in head.children if c.dep_ == "appos"):
            return True
    return False


_STATE_OFFICE_TITLES = word_set("state_office_titles")


def _of_government(title: list[Token]) -> bool:
    """A state's office ('President', 'Prime Minister'); a former coach or bishop is not one."""
    return any(t.lower_ in _STATE_OFFICE_TITLES for t in title)


def _a_former_office(noun: Token) -> bool:
    return noun.lower_ in _STATE_OFFICE_TITLES and any(g.lower_ in _FORMER_WORDS for g in noun.children)
