"""Readings of a third party's part that need more than one step of the parse: a party to talks
between several ('talks between A, B and C'), a party a side refuses to talk with ('the refusal to
negotiate with X'), and what a party asks for ('asked that a border commission be set up').
Each returns the words of the role, or None when the grammar gives none."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.dates import EVENT_NOUNS
from briefing.analysis.doctext import children_of
from briefing.analysis.rules.role_denials import denied, unreal
from briefing.analysis.rules.role_grammar import name_head
from briefing.analysis.rules.role_text import role_text
from briefing.analysis.rules.types import Party
from briefing.lang import word_set

_BETWEEN_WORDS = word_set("between_words")


def party_to(tok: Token, sides: list[Party]) -> str | None:
    """'talks between Norland, Valdoria and Arlenia': a party to the talks that is not a side. The
    party is one of the names the list gives, not a name inside one ('the Party of Norland'), and
    talks between two, one of them a side, are the sides' own: the other is the counterpart."""
    for ancestor in tok.ancestors:
        if ancestor.lower_ in _BETWEEN_WORDS and ancestor.head.lemma_.lower() in EVENT_NOUNS:
            members = _listed(ancestor)
            if name_head(tok) not in members or not _a_third_among(members, tok, sides):
                return None
            return f"party to the {ancestor.head.text.lower()}"
        if ancestor.pos_ == "VERB":
            return None
    return None


def _listed(between: Token) -> list[Token]:
    """The names 'between' lists: its object and the object's conjuncts."""
    first = next((c for c in children_of(between) if c.dep_ == "pobj"), None)
    return [] if first is None else [first, *first.conjuncts]


MIN_PARTIES_WITH_A_THIRD = 3  # "talks between A and B" are A's and B's: a third party makes a third name


def _a_third_among(members: list[Token], tok: Token, sides: list[Party]) -> bool:
    """Whether the list can hold a third party: three names or more, or two that are not the sides'
    (other talks the story mentions); a party named by a common noun ('the employer') is a side's."""
    if len(members) >= MIN_PARTIES_WITH_A_THIRD:
        return True
    if name_head(tok).pos_ != "PROPN" or len(members) < 2:
        return False
    return not any(_a_side_at(member, sides) for member in members)


def _a_side_at(tok: Token, sides: list[Party]) -> bool:
    """Whether a side is mentioned at the word: 'the government', 'Norland'."""
    words = {t.idx for t in tok.subtree if t.i <= tok.i}
    return any(start in words or start == tok.idx for side in sides for start, _ in side.mentions)


_WITH_PREPOSITIONS = word_set("with_prepositions")
_REJECT_WORDS = word_set("reject_words")
_TALKING_WORDS = word_set("talking_words")
MAX_REFUSAL_STEPS = 3  # "refusal to negotiate with X", "rejecting talks with X": the refusal a few words up


def refused_talks(tok: Token) -> str | None:
    """'its refusal to bargain with the Kestrel militia', 'will not hold talks with it': a party a side
    refuses to talk with is the one shut out of the talks."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head  # "the Kestrian rebel group"
    if head.dep_ != "pobj" or head.head.lower_ not in _WITH_PREPOSITIONS:
        return None
    talk = head.head.head
    if talk.lemma_.lower() not in _TALKING_WORDS:
        return None
    steps = [talk]
    while steps[-1].head.i != steps[-1].i and len(steps) <= MAX_REFUSAL_STEPS:
        steps.append(steps[-1].head)
    refused = any(
        w.lemma_.lower() in _REJECT_WORDS
        or w.lower_.startswith("refus")
        or any(c.dep_ == "neg" for c in children_of(w))
        for w in steps
    )
    return "refused as a party to talks" if refused else None


URGING_VERBS = word_set("urging_verbs")
MAX_ASKED_WORDS = 10  # "asked that a joint border commission be set up": whole, or not at all


def asked_clause(verb: Token) -> str | None:
    """'asked that a border commission be set up', 'urged that talks resume': what a party asks for is
    its clause, kept whole (cut short it reads as a fragment); other verbs' clauses are what they
    say, not what the party does."""
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    if verb.lemma_.lower() not in URGING_VERBS or clause is None:
        return None
    core = [c for c in children_of(clause) if c.dep_ in _CLAUSE_CORE]  # not its time, place or reasons
    words = sorted([verb, clause, *(t for c in core for t in c.subtree)], key=lambda t: t.i)
    if sum(not t.is_punct for t in words) > MAX_ASKED_WORDS:
        return None
    return role_text(words)


_CLAUSE_CORE = frozenset({"mark", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "prt", "xcomp", "acomp"})


def negated_clause(tok: Token) -> bool:
    """Whether the clause a mention stands in is denied: 'is not involved in the talks', 'will not
    host them', 'never took part', 'is no mediator', 'has no mediating role', 'backs neither camp'.
    A role read from such a clause without its negation reverses it, so such a clause gives no role
    (a wrong line is worse than a missing one). The clause is the first verb above the mention; its
    predicate noun or adjective counts with it. 'declined to host' has no negator and stays a role."""
    verb = name_head(tok)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return denied(verb)


def clause_unreal(tok: Token) -> bool:
    """Whether the clause a mention stands in tells a condition, not a fact ('until the lenders
    drop their claim'): a part told there is not played."""
    verb = name_head(tok)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return unreal(verb)
