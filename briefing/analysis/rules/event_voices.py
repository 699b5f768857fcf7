"""Dated lines told in a speaker's own words: "We left the room twice in 2025" read alone has no "we".

An event line is read without its quote, so a first-person pronoun in it becomes who speaks: "we",
"us", "our" the side the statement belongs to, "I", "my" the speaker. A background line whose
pronoun names no one is left out (context told by nobody is no context); an upcoming line stays as
it is, since its date is still the finding.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from briefing.analysis.doctext import WORD, sentence_of, tokens_of
from briefing.analysis.rules.lexicon import pronouns
from briefing.analysis.rules.types import Statement
from briefing.lang import word_map, word_set
from briefing.model import Event

_FIRST_PERSON = pronouns("first-person pronouns", lambda p: p.person == "1")
_FIRST_PLURAL = pronouns("first-person plural pronouns", lambda p: p.person == "1" and p.number == "pl")
_POSSESSIVE = pronouns("first-person possessives", lambda p: p.person == "1" and "possessive" in p.forms)
# "we are" -> "Norland is": the verb after a name put for a plural or first-person subject.
_SINGULAR = word_map("singular_agreement")


def named_speakers(events: list[Event], statements: list[Statement], *, keep_unnamed: bool) -> list[Event]:
    """The events with each first-person pronoun replaced by who speaks; those that stay unnamed
    are dropped unless `keep_unnamed`."""
    out = []
    for ev in events:
        if not any(_first_person(w) for w in WORD.findall(ev.event)):
            out.append(ev)
            continue
        statement = _statement_of(ev, statements)
        text = _named(ev.event, statement) if statement is not None else None
        if text is not None:
            out.append(replace(ev, event=text))
        elif keep_unnamed:
            out.append(ev)
    return out


_PERSONAL = pronouns(
    "personal pronouns", lambda p: p.person in ("1", "2", "3") and bool({"subject", "possessive"} & set(p.forms))
)


def told_by_someone(events: list[Event]) -> list[Event]:
    """Background lines whose subject is a name: 'They approached the union in May', its pronoun
    left unnamed, tells the reader nothing they can place."""
    return [ev for ev in events if ev.event.split(" ", 1)[0].lower() not in _PERSONAL]


def _first_person(word: str) -> bool:
    """A first-person pronoun, not a name spelled like one ('US' is no 'us')."""
    core = word.strip('.,;:!?"“”')
    return core.lower() in _FIRST_PERSON and not (core.isupper() and len(core) > 1)


def _statement_of(ev: Event, statements: list[Statement]) -> Statement | None:
    start = ev.evidence[0].start
    return next((s for s in statements if s.sent.start_char <= start < s.sent.end_char), None)


def _named(text: str, statement: Statement) -> str | None:
    """The text with its first-person pronouns named, or None when one has no name to take."""
    party = statement.party.name if statement.party is not None else None
    group, person = party or statement.speaker, statement.speaker or party
    words = text.split(" ")
    if not _first_person(words[0]):
        return None  # "would weigh what allows us to ...": whose "us" a clause means is not sure
    for i, word in enumerate(words):
        core = word.strip('.,;:!?"“”')
        low = core.lower()
        if not _first_person(core):
            continue
        name = group if low in _FIRST_PLURAL else person
        if name is None:
            return None
        name = f"{name}'s" if low in _POSSESSIVE else name
        words[i] = word.replace(core, name)
        if i + 1 < len(words) and words[i + 1].lower() in _SINGULAR and low not in _POSSESSIVE:
            words[i + 1] = _SINGULAR[words[i + 1].lower()]
    named = " ".join(words)
    return named[:1].upper() + named[1:]


_MEASURE_PREDICATES = word_set("measure_predicates")  # "take effect", "come into force", "expire"
_NEUTER_SUBJECTS = word_set("neuter_pronouns")
_THING_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})


def thing_it_stands_for(pronoun: Token) -> str | None:
    """'... exempts the mills from the new safeguard before it takes effect on April 1': 'it' as the
    subject of a predicate said of measures ('take effect', 'come into force', 'expire') is the nearest
    thing named before it in its sentence ('the new safeguard'), never a party or a place. The noun
    phrase, or None when the pronoun is no such subject or no thing stands before it."""
    if pronoun.lower_ not in _NEUTER_SUBJECTS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not _said_of_measures(pronoun.head):
        return None
    before = tokens_of(pronoun.doc)[sentence_of(pronoun).start : pronoun.i]
    things = [t for t in before if t.pos_ == "NOUN" and t.dep_ in _THING_DEPS and not t.ent_type_]
    if not things:
        return None
    noun = _noun_it_hangs_on(things[-1])
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("punct", "poss", "case")]
    return "".join(t.text_with_ws for t in words).strip() or None


def _noun_it_hangs_on(noun: Token) -> Token:
    """'the levy on imported steel': a noun inside another noun's prepositional phrase is not the
    measure; climb to the noun the phrase hangs on (the levy)."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        if noun.head.head.ent_type_:
            break
        noun = noun.head.head
    return noun


def _said_of_measures(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    said = {lemma}
    for c in verb.children:
        if c.dep_ in ("dobj", "prt"):
            said.add(f"{lemma} {c.lower_}")
        elif c.dep_ == "prep":
            said.update(f"{lemma} {c.lower_} {o.lower_}" for o in c.children if o.dep_ == "pobj")
    return not _MEASURE_PREDICATES.isdisjoint(said)
