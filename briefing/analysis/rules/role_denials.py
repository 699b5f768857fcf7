"""Gates on a third party's part: what the text denies, supposes or tells of an owner is no role.

A wrong role is worse than none. 'The guild says it backs neither camp' gives the guild no 'backer'
role: its role is the denial itself. 'will keep its terms until the lenders drop their claim' tells no
act of the lenders, only a condition. 'The carrier, owned by A and B' makes A and B part of the
carrier, not players beside it. 'talks in Oslo' that a side has only put forward are hosted by no
one. Read by `roles` and `role_grammar`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import char_span, children_of
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.analysis.rules.role_text import short_role
from briefing.analysis.rules.types import Party, Person
from briefing.lang import word_set

_DENIED_ROLE_WORDS = word_set("denied_role_words")
_DISCLAIMED_PART_WORDS = word_set("disclaimed_part_words")
_OWNING_VERBS = word_set("owning_verbs")
_UNREAL_MARKS = word_set("unreal_clause_marks")
_PROPOSING_WORDS = word_set("proposing_words")
# "the guild says it backs neither camp": the pronoun takes the speaking party up.
_PARTY_PRONOUNS = pronouns(
    "a speaking party's subjects", lambda p: "subject" in p.forms and (p.gender == "n" or p.number == "pl")
)
# The parts of a clause that carry its predicate: 'is not a party', 'backed neither side'.
_PREDICATE_DEPS = frozenset({"acomp", "attr", "dobj", "oprd"})
# The words a denial keeps after its verb: its object or complement and the phrase that says to what.
_DENIAL_DEPS = frozenset({"neg", "aux", "auxpass", "acomp", "attr", "dobj", "oprd", "prep", "prt"})
# The words before the verb that a denial keeps: 'would not', 'was not' of 'was not involved'.
_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})


def denied(verb: Token) -> bool:
    """Whether a clause is denied: a negation on its verb, or on its predicate noun or adjective
    ('is not involved', 'is no mediator', 'backs neither camp', 'will have no role')."""
    words = [verb, *(c for c in children_of(verb) if c.dep_ in _PREDICATE_DEPS)]
    return any(c.dep_ in _DENYING_DEPS and c.lower_ in _DENIED_ROLE_WORDS for w in words for c in w.children)


_DENYING_DEPS = frozenset({"neg", "det", "preconj"})


def disclaimed_part(doc: Doc, party: Party) -> tuple[str, Span] | None:
    """The part a party disclaims, in the text's words, and the mention that disclaims it: 'backs
    neither camp', 'has no role in the negotiations', 'will take no part in the hearing'. A party that
    says it plays no part is given that as its role, and no part read from another clause."""
    for start, end in sorted(party.mentions):
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None or not any(t.pos_ == "PROPN" for t in span):
            continue  # "the government of Arlenia": a common noun may take up another party
        for clause in _own_clauses(span.root):
            role = _denial(clause)
            if role is not None:
                return role, span
    return None


def disclaimed_by_its_people(doc: Doc, party: Party, people: list[Person]) -> tuple[str, Span] | None:
    """The part a party's own officer disclaims for it: '"The Bank takes no part in this round," its
    chief economist said'. The subject of what the officer says is a word of the party's own name
    ('we' is left alone: 'we have no role' would read with the wrong verb form under the name)."""
    words = {w.lower() for w in party.name.split()}
    for person in people:
        for start, end in sorted(person.mentions):
            span = char_span(doc, start, end, alignment_mode="expand")
            if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in REPORTING_VERBS:
                continue
            for said in (c for c in span.root.head.children if c.dep_ == "ccomp"):
                subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or subject.pos_ != "PROPN" or subject.lower_ not in words:
                    continue
                role = _denial(said)
                if role is not None:
                    return role, span
    return None


def _denial(clause: Token) -> str | None:
    """The words of a denied part: 'takes no part in the round', 'has no role in the negotiations'."""
    if not denied(clause) or not _names_a_part(clause):
        return None
    words = [clause, *(t for c in children_of(clause) if c.dep_ in _DENIAL_DEPS for t in c.subtree)]
    return short_role([t for t in words if t.i >= clause.i or t.dep_ in _VERB_GROUP_DEPS])


def _own_clauses(tok: Token) -> Iterator[Token]:
    """The clauses a mention says something of its party in: the verb it is the subject of, and
    what it says of itself through a pronoun ('the bank stressed that it has no role in the round')."""
    head = tok
    while head.dep_ in ("compound", "amod", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return
    verb = head.head
    yield verb
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return
    for said in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PARTY_PRONOUNS for c in said.children):
            yield said
            yield from (c for c in said.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))


def _names_a_part(clause: Token) -> bool:
    """Whether the denied clause is about a part in the dispute: its verb, predicate or object."""
    words = [clause, *(c for c in clause.children if c.dep_ in _PREDICATE_DEPS)]
    return any(w.lemma_.lower() in _DISCLAIMED_PART_WORDS for w in words)


def unreal(verb: Token) -> bool:
    """Whether a clause tells a condition or a supposition, not a fact: 'until the lenders drop their
    claim', 'unless the bank steps in', 'if the bloc agrees'. Read on the clause and the
    clauses it hangs in, up to the main verb."""
    step = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS for c in step.children):
            return True
        if step.dep_ not in ("advcl", "conj", "xcomp") or step.head.i == step.i:
            return False
        step = step.head


_POSSIBILITY_MODALS = word_set("possibility_modals")
_IF_MARKS = word_set("if_marks") | word_set("unreal_clause_marks")


def supposed(tok: Token) -> bool:
    """Whether the clause a word stands in tells only what may happen: 'Portugal could mediate', 'a
    round might take place in Lisbon', 'if the talks fail, Portugal will host a summit'. A part told
    so is a possible part ('possible host'), never the part played."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for step in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else verb):
        if any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS for c in step.children):
            return True
        clauses = (c for c in step.children if c.dep_ == "advcl")
        if any(m.dep_ == "mark" and m.lower_ in _IF_MARKS for c in clauses for m in c.children):
            return True
    return False


def owning(verb: Token) -> bool:
    """'the carrier, owned by A and B', 'A owns the carrier': owning is no part in the dispute."""
    return verb.lemma_.lower() in _OWNING_VERBS


_OWNER_NOUNS = word_set("owner_nouns")


def owns_part_of_a_side(doc: Doc, party: Party, sides: list[Party]) -> bool:
    """Whether the text makes the party an owner of a side: 'Marrow Capital, which owns 40 percent of
    the carrier', 'the carrier, owned by A and B', 'its largest shareholder, A', "the carrier's parent
    company, A". An owner is part of the side it owns, never a third party to its dispute."""
    starts = {start for side in sides if side is not party for start, _ in side.mentions}
    for start, end in party.mentions:
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "owned by A and B": B stands in the list A heads
        if any(_owned_in(clause, starts) for clause in _clauses_on(head)) or _owner_by_its_noun(head, starts):
            return True
    return False


def _clauses_on(head: Token) -> list[Token]:
    """The owning clause the mention has ('which owns ...') or stands in as the agent ('owned by ...')."""
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl") and owning(c)]
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and owning(head.head.head):
        clauses.append(head.head.head.head)  # "the carrier, owned by A": the noun the clause is on
    return clauses


def _owned_in(tok: Token, starts: set[int]) -> bool:
    """Whether a side is named in the owning clause ('which owns 40 percent of the carrier'), or is the
    noun an owning clause is on ('the carrier, owned by A'), up to that noun."""
    words = tok.subtree if owning(tok) else (t for t in tok.subtree if t.i <= tok.i)
    return any(t.idx in starts for t in words)


def _owner_by_its_noun(head: Token, starts: set[int]) -> bool:
    """'A, the carrier's largest shareholder', "the carrier's parent company, A": an owner noun, told of
    a side, beside the mention."""
    nouns = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    for noun in nouns:
        words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod"))}
        owned = (t for c in noun.children if c.dep_ == "poss" for t in c.subtree)
        if words & _OWNER_NOUNS and any(t.idx in starts for t in owned):
            return True
    return False


def proposed_event(event: Token) -> bool:
    """Whether a meeting is only put forward: 'has proposed a round in Oslo', 'a proposed summit',
    'an offer to host talks': no one hosts it yet."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in _PROPOSING_WORDS for c in event.children):
        return True
    governor = event.head
    for _ in range(MAX_PROPOSAL_STEPS):
        if governor.lemma_.lower() in _PROPOSING_WORDS:
            return True
        if governor.head.i == governor.i:
            return False
        governor = governor.head
    return False


MAX_PROPOSAL_STEPS = 2  # "proposed talks", "proposed holding talks": the proposal a step or two up
