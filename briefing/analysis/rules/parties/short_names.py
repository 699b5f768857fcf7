"""A company's short name the model took for a town: 'Tarrow Mining said', 'Tarrow denies the claim',
'Tarrow's shares fell'. The model tags a bare company name it does not know GPE as often as ORG, and
an unlisted GPE named twice becomes a place (`places.unlisted_states`); the company is then split
into two parties, the short one perhaps a 'side' against its own long name. A one-word place the
gazetteer does not know, that opens the name of an organisation in the same text and is never used
as a location or a polity, is that organisation's short name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import char_span
from briefing.analysis.rules.lexicon import GOVERNMENT_NOUNS, lookup_place
from briefing.analysis.rules.parties.names import STATE_BODY_WORDS, merge_party, whole_word_occurrences
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set

_LOCATED_PREPOSITIONS = word_set("located_prepositions")
_OF_PREPOSITIONS = word_set("of_prepositions")
_PLACE_NOUNS = word_set("place_nouns")
_POLITY_NOUNS = GOVERNMENT_NOUNS | word_set("government_titles") | STATE_BODY_WORDS
_NOT_COMPANIES = ("state", "place", "bloc", "group", "government")


def company_names_taken_for_places(doc: Doc, reg: Registry) -> None:
    """Merge each unlisted one-word place that is the opening word of exactly one organisation's
    name, and never stands as a place, into that organisation (its long name kept as the party's)."""
    for place in [p for p in reg.parties.values() if p.kind == "place"]:
        name = place.name
        if " " in name or lookup_place(name) is not None:
            continue
        longer = [p for p in reg.parties.values() if p.kind not in _NOT_COMPANIES and _opens(name, p)]
        if len(longer) == 1 and not _ever_a_place(doc, name):
            merge_party(reg, place, longer[0])


def _opens(word: str, party: Party) -> bool:
    return any(n.startswith(word + " ") for n in (party.name, *party.aliases))


def _ever_a_place(doc: Doc, name: str) -> bool:
    """Whether some mention of `name` reads as a location ('in Tarrow', 'the port of Tarrow') or a
    polity ('Tarrow's government', 'Tarrow Premier Ana Berg')."""
    for start, end in whole_word_occurrences(doc.text, name):
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is not None and _place_use(span.root):
            return True
    return False


def _place_use(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj":
        low = head.lower_
        return low in _LOCATED_PREPOSITIONS or (low in _OF_PREPOSITIONS and head.head.lemma_.lower() in _PLACE_NOUNS)
    if tok.dep_ in ("poss", "compound", "nmod", "amod"):
        return head.lemma_.lower() in _POLITY_NOUNS
    return False
