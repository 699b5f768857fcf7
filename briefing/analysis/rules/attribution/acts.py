"""A side's own acts on the dispute, told by the narration: 'the guild served notice of a strike',
'Norland has asked for arbitration', 'the board's last offer included a bonus', 'Valdoria gave
Norland until Friday to answer'.

No verb of speech or stance frames them, so the attribution stage makes no statement of them;
yet what a side does to the talks, the deal or the other side is where it stands. Which parties
are sides is known only after the roles stage, and only a side's acts count: a plain act of any
party ('the port handled a million crates', 'the team counts two lawyers') says
nothing of a dispute, and an act of a party outside it is no point of any side.

An act counts when its subject is a side (by name, by a person of its own, or as the owner of a
stance noun: 'the board's offer'), its verb heads the sentence's main clause in the active voice,
outside any quote, and what it acts on names the dispute (a word of talks, deals, disputes or
stances) or another side.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import sentences_of, subtree_extent, tagged_in
from briefing.analysis.rules.attribution.headline import headline_end
from briefing.analysis.rules.attribution.quotes import speech_quotes
from briefing.analysis.rules.attribution.speakers import resolve_speaker
from briefing.analysis.rules.attribution.stances import DEMAND_NOUNS, NON_STANCE_VERBS, STANCE_NOUNS
from briefing.analysis.rules.lexicon import REPORTING_VERBS, a_receiving_verb
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.lang import word_set

_BODIES_AND_STANCES = word_set("body_nouns") | STANCE_NOUNS
_SINCE_WORDS = word_set("since_words")
YEAR_DIGITS = 4  # "2018": a year, read as a date by the parser
_DISPUTE_WORDS = (
    word_set("deal_words") | word_set("dispute_nouns") | word_set("act_object_words") | STANCE_NOUNS | DEMAND_NOUNS
)

# What a verb acts on: its object, the one it acts towards, or what it acts to do; and where the
# words of the dispute may be found, besides: its prepositional and adverbial complements. A verb
# with a clause ('said it will not return') says something: the attribution stage's to tell.
_OBJECT_DEPS = frozenset({"dobj", "dative", "xcomp"})
_COMPLEMENT_DEPS = _OBJECT_DEPS | {"prep", "oprd", "advcl"}
_HYPOTHETICAL = word_set("hypothetical_modals")

# Verbs too light to tell an act of their own ('has talks', 'gets a deal'): the reporter's, not the side's.
# Nor does a verb of receiving ('has received criticism from drivers'): the side undergoes what another does.
_LIGHT_VERBS = word_set("light_act_verbs")


def side_acts(doc: Doc, registry: Registry, statements: list[Statement], side_parties: list[Party]) -> list[Statement]:
    """The acts stage: one statement per sentence and side, for each side acting on the dispute in a
    sentence where no statement of that side stands yet."""
    if not side_parties:
        return []
    quotes = speech_quotes(doc.text)
    spoken = {(st.sent.start, id(st.party)) for st in statements if st.party is not None}
    said = _Covered([*quotes, *(st.content for st in statements if st.reported)])
    acts: list[Statement] = []
    headline = headline_end(doc)
    for sent in sentences_of(doc):
        if sent.start_char < headline:
            continue  # the desk's words: no side's act
        for verb in tagged_in(sent, "VERB"):
            if verb.idx in said:
                continue  # words someone says: theirs to tell, not the narration's
            party = _acting_side(verb, registry, side_parties)
            if party is None or (sent.start, id(party)) in spoken:
                continue
            if _background(verb) or not _acts_on_the_dispute(verb, registry, side_parties, party):
                continue
            spoken.add((sent.start, id(party)))
            acts.append(Statement(sent, party, None, verb, _own_clause(verb, sent), reported=False))
    return acts


class _Covered:
    """The character offsets inside any of some ranges (start inclusive, end exclusive), merged once
    and found by bisection: testing each verb against every quote and statement of the article grew
    with the square of its length."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _own_clause(verb: Token, sent: Span) -> tuple[int, int]:
    """The act's own clause: a coordinated verb's subtree; the root's sentence up to a clause joined
    with a subject of its own ('Norland said it would think again, but Valdoria has withdrawn ...')."""
    if verb.dep_ == "conj":
        return subtree_extent(verb)
    joined = [c for c in verb.children if c.dep_ == "conj" and any(g.dep_ == "nsubj" for g in c.children)]
    if not joined:
        return sent.start_char, sent.end_char
    first = min(joined, key=lambda c: c.i)
    cut = first.left_edge
    while cut.i > sent.start and cut.doc[cut.i - 1].dep_ in ("cc", "punct"):
        cut = cut.doc[cut.i - 1]
    return sent.start_char, cut.idx


def _tells_no_act(verb: Token) -> bool:
    """A light verb ('has talks'), one of receiving ('faces a deadline') or one that takes no stance."""
    lemma = verb.lemma_.lower()
    return lemma in _LIGHT_VERBS or a_receiving_verb(lemma) or lemma in NON_STANCE_VERBS


def _acting_side(verb: Token, reg: Registry, sides: list[Party]) -> Party | None:
    """The side whose act the verb tells in the sentence's main clause, if any."""
    lemma = verb.lemma_.lower()
    if not _main_clause(verb) or _tells_no_act(verb):
        return None
    if lemma in REPORTING_VERBS:
        return None  # speech is the attribution stage's: what it left out, an act does not tell
    if any(c.dep_ in ("auxpass", "mark") or c.lower_ in _HYPOTHETICAL for c in verb.children):
        return None  # a passive is done to its subject; a marked clause is subordinate; "would" only supposes
    if any(c.dep_ == "ccomp" for c in verb.children) or not any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None  # "the talks ended with no agreement": an act the side does on nothing
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # a pronoun's act is told by the statement that named it
    party = _named_side(subject, reg, sides)
    if party is None and subject.lemma_.lower() in _BODIES_AND_STANCES:
        # "Lebanon's cabinet", "the board's final offer": the party the phrase names
        found, _speaker = resolve_speaker(subject, reg, None, None)
        party = found if any(found is side for side in sides) else None
    return party


def _named_side(tok: Token, reg: Registry, sides: list[Party]) -> Party | None:
    """The side the word itself names, or the side of the person it names."""
    party = reg.party_at(tok.idx, tok.idx + len(tok.text))
    if party is None:
        person = reg.person_at(tok.idx, tok.idx + len(tok.text))
        party = reg.parties.get(person.party) if person is not None and person.party else None
    return party if any(party is side for side in sides) else None


def _main_clause(verb: Token) -> bool:
    """The root, or a verb coordinated with it ('... and rejected the offer')."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _background(verb: Token) -> bool:
    """'In December 2018 the doctors staged a strike', 'has since 2019 been contesting': an act dated
    by a year, or told as lasting since, is the story's background, not where the side stands now."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "ccomp", "xcomp"):
            continue
        if child.lower_ in _SINCE_WORDS:
            return True
        if any(t.ent_type_ == "DATE" and t.is_digit and len(t.text) == YEAR_DIGITS for t in child.subtree):
            return True
    return False


def _acts_on_the_dispute(verb: Token, reg: Registry, sides: list[Party], party: Party) -> bool:
    """What the verb acts on holds a word of the dispute ('talks', 'offer', 'strike') or names another
    side; or its subject is a stance of the side ('the board's final offer included ...')."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in STANCE_NOUNS for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ not in _COMPLEMENT_DEPS:
            continue
        for tok in child.subtree:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in _DISPUTE_WORDS:
                return True
            other = reg.party_at(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
            if other is not None and other is not party and any(other is side for side in sides):
                return True
    return False
