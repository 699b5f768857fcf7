"""One-word names of bodies the model did not tag: 'the union rejected Corvex's revised offer',
'this is not a Corvex position', 'Corvex said it could not pay more'. A capitalised word the model
left untagged, written more than once, that owns a stance (an offer, a proposal, a demand, a
decision, a position) or speaks of itself as 'it', is an organisation: a side left out of the
registry is a side the brief can never name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import text_of, tokens_tagged
from briefing.analysis.rules.lexicon import STATEMENT_VERBS, TITLE_WORDS, lookup_place
from briefing.analysis.rules.parties.names import whole_word_occurrences
from briefing.analysis.rules.parties.organisations import note_org
from briefing.analysis.rules.types import Registry
from briefing.lang import word_set

_STANCE_NOUNS = word_set("stance_nouns") | word_set("own_stance_nouns") | word_set("ruling_nouns")
_NEUTER_PRONOUNS = word_set("neuter_pronouns")

MIN_NAME_CHARS = 3  # shorter capitals are initials or abbreviations the model reads better
MIN_TIMES_WRITTEN = 2  # a name written once may be a slip of the tagger; a body recurs


def untagged_bodies(doc: Doc, reg: Registry) -> None:
    """Note every untagged one-word name that reads as a body (`_reads_as_a_body`) wherever it is
    written whole and free."""
    text = text_of(doc)
    done: set[str] = set()
    for tok in tokens_tagged(doc, "PROPN"):
        if tok.text in done or not _a_free_name(tok, reg) or not _reads_as_a_body(tok):
            continue
        places = [(s, e) for s, e in whole_word_occurrences(text, tok.text) if not reg.spans.covers(s)]
        if len(places) < MIN_TIMES_WRITTEN:
            continue
        done.add(tok.text)
        for start, end in places:
            note_org(doc, reg, start, end)


def _a_free_name(tok: Token, reg: Registry) -> bool:
    """A capitalised singular name no entity, mention, place, person or title holds."""
    text = tok.text
    if tok.ent_type_ or tok.tag_ != "NNP" or len(text) < MIN_NAME_CHARS or not text[:1].isupper():
        return False
    if not text.isalpha() or reg.spans.covers(tok.idx) or lookup_place(text) is not None:
        return False
    if text.lower() in TITLE_WORDS or any(text in p.name.split() for p in reg.persons.values()):
        return False
    return not any(c.dep_ == "compound" for c in tok.children)  # the end of a longer name


def _reads_as_a_body(tok: Token) -> bool:
    """It owns a stance ('Corvex's offer', 'a Corvex position') or reports itself as 'it'."""
    if tok.dep_ in ("poss", "compound") and tok.head.lemma_.lower() in _STANCE_NOUNS:
        return True
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in STATEMENT_VERBS:
        return False
    said = (c for c in tok.head.children if c.dep_ == "ccomp")
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _NEUTER_PRONOUNS for c in said for g in c.children)
