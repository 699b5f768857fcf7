"""Signs that a party the sides leave out is one of the dispute's own parties, not a third party:
it makes its own move in the bargain ('turned down the draft', 'raised its offer', 'is contesting
the count'), it is the state whose organ is a side ('Norland' of "Norland's Department of Ports"),
or it acts jointly with a side of its own kind as its partner (two carriers contesting one fine).
Such a party is left out of the third parties: a wrong third party is worse than a missing one."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.rules.lexicon import GENERIC_PARTY_NOUNS
from briefing.analysis.rules.types import Party
from briefing.lang import word_set

_BARGAINING_VERBS = word_set("bargaining_verbs")
_BARGAINING_NOUNS = word_set("bargaining_nouns")
_BRIDGING_NOUNS = word_set("bridging_nouns")
_ROLE_VERBS = word_set("role_verbs")


def bargains(mention: Span) -> bool:
    """Whether the clause the mention is the subject of is a move in the bargain: 'Arlenia and
    Portugal are contesting the count', 'Portugal raised its offer'. An offer to take a third
    party's part ('offered to host') or to bridge the sides ('offered a compromise') is no move."""
    verb = _verb_of_subject(mention.root)
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if any(c.lemma_.lower() in _ROLE_VERBS or c.lemma_.lower() in _BRIDGING_NOUNS for c in objects):
        return False
    if verb.lemma_.lower() in _BARGAINING_VERBS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _BARGAINING_NOUNS for c in objects)


_MEETING_VERBS = word_set("meeting_verbs")


def talks_with_the_one_side(mention: Span, sides: list[Party]) -> bool:
    """Whether, when the sides found are one, the party meets that side as its subject's partner:
    'Kestrel Air and the pilots' union resumed talks' with the union the one side found makes Kestrel
    Air the side across the table, not a third party. With two sides, a party that meets one of them
    may be a host or an ally (the country a minister visits), and stays."""
    if len(sides) != 1:
        return False
    verb = _verb_of_subject(mention.root)
    if verb is None or verb.lemma_.lower() not in _MEETING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    partners = [] if subject is None else [subject, *subject.conjuncts]
    starts = {start for start, _end in sides[0].mentions}
    return any(t.idx in starts for p in partners for t in p.subtree)


def _verb_of_subject(tok: Token) -> Token | None:
    """The verb whose subject the mention is, through a coordination ('A and B rejected'), or whose
    agent it is ('the terms offered by the board')."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Portugal" of "the Portugal government"
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return tok.head


def owns_a_side(doc: Doc, party: Party, sides: list[Party]) -> bool:
    """Whether the article names a side as this party's own organ: "Norland's Department of Ports",
    when the department is a side, makes Norland that side's state, not a third party to it."""
    for start, end in party.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ != "poss":
            continue
        owned = span.root.head
        if any(_inside(owned, side) for side in sides if side is not party):
            return True
    return False


def home_state_of_a_side(doc: Doc, party: Party, sides: list[Party]) -> bool:
    """Whether a state is the home of a side named as its organ alone ('the Fisheries Ministry', no
    state in its name) while the story takes the state up by its government ("Norland's government said"):
    the ministry and its state are one side, so the state is no third party to its own dispute."""
    if party.kind not in ("state", "place") or not any(_a_bare_organ(side) for side in sides):
        return False
    text = doc.text
    return any(GENERIC_PARTY_NOUNS.get(text[start:end].lower()) == "government" for start, end in party.mentions)


def _a_bare_organ(side: Party) -> bool:
    """'Fisheries Ministry', 'Interior Ministry': a government side whose name names no state."""
    words = side.name.split()
    return side.kind == "government" and not any(w[:1].isupper() and w.lower() not in _ORGAN_WORDS for w in words)


_ORGAN_WORDS = word_set("own_organ_words") | word_set("state_body_words") | word_set("portfolio_titles")


def governs_apart(doc: Doc, party: Party) -> bool:
    """Whether a state that owns a side also acts through its own government: with a province of
    Norland as a side, "Norland's federal government must sign off" tells a part the state plays
    apart from its province, so the state is a third party a brief must name."""
    if party.kind != "state":
        return False
    for start, end in party.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("poss", "amod", "compound"):
            continue
        noun = span.root.head
        if GENERIC_PARTY_NOUNS.get(noun.lower_) == "government" and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            return True
    return False


# Kinds of party that share a side's case as its partner when acting jointly with a side of their kind.
_PARTNER_KINDS = frozenset({"company", "union"})


def acts_with_a_side(doc: Doc, party: Party, sides: list[Party]) -> bool:
    """Whether the party acts jointly with a side of its own kind, a company beside a company or a
    union beside a union in one subject: two carriers that jointly contest a fine are one side of the
    case, not a side and a third party. A ministry or a board beside a side ('the union and the
    ministry held separate talks') is no partner: a public body meets a side as a third party. Read
    on the words, as the model often parses two firm names in a row as one name."""
    if party.kind not in _PARTNER_KINDS:
        return False
    partners = [m for side in sides if side is not party and side.kind == party.kind for m in side.mentions]
    text = doc.text
    for start, end in party.mentions:
        for other_start, other_end in partners:
            first, last = (other_start, end) if other_end <= start else (start, other_end)
            between = text[other_end:start] if other_end <= start else text[end:other_start]
            if _JOINED.fullmatch(between) and _a_subject(doc, first, last):
                return True
    return False


# "A and B", "A and the B": two names joined in one phrase.
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?")


def _a_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase from `start` to `end` is a clause's subject: a verb follows it (past
    adverbs: 'A and B then agreed'), and no preposition comes before it ('talks between A and B')."""
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or phrase.end >= len(doc):
        return False
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    while before is not None and before.pos_ == "DET":
        before = doc[before.i - 1] if before.i > 0 else None
    if before is not None and before.pos_ == "ADP":
        return False
    after = doc[phrase.end]
    while after.pos_ == "ADV" and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    return after.pos_ in ("VERB", "AUX")


def _inside(tok: Token, side: Party) -> bool:
    return any(start <= tok.idx < end for start, end in side.mentions)
