"""Parts of a dated line's clause that its wording must keep or leave out, so the line names its event:
the thing a pronoun moves ('has postponed its ruling', not 'has postponed it'), the question a vote or a
ruling is on ('will vote on whether to call a strike'), the thing a bare 'the report' is (the fuller
mention a sentence before gave it: 'the trade panel's interim report'), who a thing came from ('the proposal arrived
from the mediator'), and a subject without the aside set off by commas about it ('the league will deliver a
letter', not 'the league, which says ...')."""

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


_FROM = word_set("source_prepositions") - word_set("agent_prepositions") - word_set("of_prepositions")
_AMOUNTS_AND_TIMES = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY", "DATE", "TIME"})
MAX_SOURCE_WORDS = 8  # "from the mediator of the labour board"; a longer phrase would crowd the line


def source_of_a_coming(verb: Token) -> set[Token]:
    """'the proposal arrived on Monday from the mediator': with no object, the 'from' phrase says whose the
    thing is; a line without it ('The proposal arrived') names no one. Not an amount a figure moves from
    ('rose from 5%'), which needs its 'to'."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FROM):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.like_num or any(t.ent_type_ in _AMOUNTS_AND_TIMES for t in prep.subtree):
            continue  # "rose from 5%", "start from 1 April": a figure or a time, not whose
        # the name without its aside ("from Ida Brenn, chair of the board"): the line keeps no commas
        aside = {t for c in obj.children if c.dep_ in ("appos", "relcl", "punct") for t in c.subtree}
        words = set(prep.subtree) - aside
        return words if len(words) <= MAX_SOURCE_WORDS else set()
    return set()


_DEFINITE = word_set("definite_articles")
_ARTICLES = word_set("articles")
_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
MENTION_SENTENCES_BACK = 2  # "an interim ruling" named a sentence or two before "the ruling"


def fuller_mention(noun: Token) -> str | None:
    """'the ruling had been delayed until late August', a sentence after 'the Norland Trade Panel had
    been expected to hand down an interim ruling': a bare 'the ruling' is that ruling, so the line names it
    ('the Norland Trade Panel's interim ruling'), with whose it is when a named body gives it. None when
    the noun has words of its own or no fuller mention stands in the sentences before."""
    lefts = list(noun.lefts)
    if noun.pos_ != "NOUN" or len(lefts) != 1 or lefts[0].lower_ not in _DEFINITE:
        return None
    mention = _earlier_mention(noun)
    if mention is None:
        return None
    words = [t for t in mention.subtree if t.i <= mention.i and t.dep_ != "punct" and t.lower_ not in _ARTICLES]
    owned = any(c.dep_ == "poss" for c in mention.children)  # "Lebanon's cabinet": whose it is, no article
    owner = _named_giver(mention) if not owned else None
    phrase = joined(words)
    if owned:
        return phrase
    return f"{owner}'s {phrase}" if owner else f"the {phrase}"


def _earlier_mention(noun: Token) -> Token | None:
    """The last noun of the same lemma with modifiers of its own ('an interim ruling') in the sentences
    just before the noun's, none of them a pronoun ('its ruling' says no more)."""
    doc = noun.doc
    start = noun.sent.start
    for _ in range(MENTION_SENTENCES_BACK):
        if start == 0:
            return None
        sent = doc[start - 1].sent
        for tok in reversed(sent):
            if tok.lemma_ == noun.lemma_ and tok.pos_ == "NOUN" and any(c.dep_ in _MODIFIERS for c in tok.children):
                return None if any(c.tag_ == "PRP$" for c in tok.children) else tok
        start = sent.start
    return None


def _named_giver(mention: Token) -> str | None:
    """The named body that gives the thing ('the Norland Trade Panel had been expected to hand down an
    interim ruling'): the subject of its verb, up through the verbs that frame it; None unless a name."""
    verb = mention.head
    if mention.dep_ != "dobj":
        return None
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "xcomp":
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(t.pos_ == "PROPN" for t in subject.subtree):
        return None
    aside = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "punct", "acl") for t in c.subtree}
    return joined([t for t in subject.subtree if t.i not in aside])
