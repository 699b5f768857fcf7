"""Parts of a dated line's clause that its wording must keep or leave out, so the line names its event:
the thing a pronoun moves ('has postponed its ruling', not 'has postponed it'), the question a vote or a
ruling is on ('will vote on whether to call a strike'), and a subject without the aside set off by
commas about it ('the league will deliver a letter', not 'the league, which says ...')."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.event_frames import joined
from briefing.lang import word_set

_MOVING = word_set("moving_verbs")
_NEUTER = word_set("neuter_pronouns")
_MOVED_THING_DEPS = frozenset({"dobj", "nsubjpass"})


def moved_thing_named(verb: Token, tokens: list[Token]) -> str:
    """'meant to give its ruling on June 12 and has since postponed it to July 2': what is moved is
    the thing the sentence named before the pronoun ('has postponed its ruling'); a row that reads
    'has postponed it' names no event."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _NEUTER), None)
    if verb.lemma_.lower() not in _MOVING or pronoun is None or pronoun not in tokens:
        return joined(tokens)
    before = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN" and t.dep_ in _MOVED_THING_DEPS]
    if not before:
        return joined(tokens)
    thing = [t for t in before[-1].subtree if t.i <= before[-1].i and t.dep_ != "punct"]
    at = tokens.index(pronoun)
    return " ".join(part for part in (joined(tokens[:at]), joined(thing), joined(tokens[at + 1 :])) if part)


def without_asides(noun: Token) -> list[Token]:
    """The subject without a relative clause set off by commas ('the league, which says the quota has
    cost its members their boats,'): an aside about the subject, which would crowd the act out of a
    short line ("The fishermen's league" and no act)."""
    doc = noun.doc
    asides = [
        c for c in noun.children if c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
    ]
    skip = {t.i for c in asides for t in c.subtree}
    skip |= {c.left_edge.i - 1 for c in asides}
    closing = (c.right_edge.i + 1 for c in asides)
    skip |= {i for i in closing if i < len(doc) and doc[i].text == ","}
    return [t for t in noun.subtree if t.i not in skip]


_QUESTION_ONLY = word_set("question_only_marks")


def puts_a_question(prep: Token) -> bool:
    """'on whether to call a strike': the phrase's object is a question."""
    return any(
        c.dep_ == "pcomp" and any(m.dep_ == "mark" and m.lower_ in _QUESTION_ONLY for m in c.children)
        for c in prep.children
    )
