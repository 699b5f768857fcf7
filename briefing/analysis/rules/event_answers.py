"""The answers a dated event's sentence gives: "Norland has proposed a meeting on June 20; Valdoria has
not said whether it will attend", "Valdoria invited Norland to talks on June 25, but Norland has yet to
respond", "one side will attend, the other will not". A row that shows only the meeting tells it as
agreed and loses who has not answered; the row keeps each answer in the article's words, and the
event is not firm while an answer is missing or a party stays away.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from briefing.analysis.dates.put_forward import PUTTING_FORWARD
from briefing.analysis.doctext import tokens_in
from briefing.analysis.rules.event_frames import joined
from briefing.lang import word_set
from briefing.model import Event

_ANSWERING = word_set("answering_verbs")
_ATTENDING = word_set("attending_verbs")
_STILL_DUE = word_set("still_due_words")
_SUBJECTS = word_set("grammar/subject_deps")  # the profile's subject labels, one list for every stage
_EDGES = frozenset({"cc", "punct", "mark"})
MAX_FRAMES_UP = 3  # the date's verb and two above it: "invited them to talks on Friday"
MAX_ANSWER_WORDS = 12  # "Valdoria has not said whether it will attend": longer, the row would not read


def with_the_answers(event: Event, sent: Span, date_verb: Token | None) -> Event:
    """The row of a proposal or an invitation with the answers its sentence tells after it, outside
    the date's own clause; not firm, as the event is not agreed. Any other row stays as it is: an
    answer beside a set event ('the board meets on Monday; the guild has not said why') is not its."""
    if event.firm and not _put_forward(date_verb):
        return event  # a proposal framed so already reads not firm; an invitation is put forward here
    own = _own_clause(date_verb) if date_verb is not None else set()
    answers = [a for a in _answers(sent) if a.i not in own and (date_verb is None or a.i > date_verb.i)]
    if not answers:
        return event
    inner = {t.i for a in answers for t in a.subtree if t.i != a.i}
    answers = [a for a in answers if a.i not in inner]  # "has not said whether it will attend": one answer
    told = [text for a in answers if (text := _answer_text(a, own)) and text.lower() not in event.event.lower()]
    if not told:
        return event
    return replace(event, event="; ".join([event.event, *told]), firm=False)


def _put_forward(verb: Token | None) -> bool:
    """The date's clause, or one of the two verbs above it, invites, proposes or offers."""
    verbs = [verb, *verb.ancestors][:MAX_FRAMES_UP] if verb is not None else []
    return any(v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in PUTTING_FORWARD for v in verbs)


def _own_clause(verb: Token) -> set[int]:
    """The tokens of the date's clause, without the clauses joined to it ('..., but Norland has yet to
    respond')."""
    joined_on = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return {t.i for t in verb.subtree} - joined_on


def _answers(sent: Span) -> list[Token]:
    """The verbs of the sentence that tell an answer: one still due or denied ('has not said', 'has
    yet to reply'), or whether a party will come ('will attend', 'will not take part')."""
    out = []
    for tok in tokens_in(sent):
        if tok.pos_ not in ("VERB", "AUX") or not _subject(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma in _ATTENDING or (lemma in _ANSWERING and (_denied(tok) or _still_due(tok))):
            out.append(tok)
    return out


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb a 'yet to' infinitive hangs from ('has yet to reply')."""
    for v in (verb, verb.head):
        subject = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _denied(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _still_due(verb: Token) -> bool:
    """'has yet to reply': the infinitive under a verb that 'yet' qualifies."""
    return verb.dep_ == "xcomp" and any(c.lower_ in _STILL_DUE for c in verb.head.children)


def _answer_text(verb: Token, own: set[int]) -> str | None:
    """The answer's clause in the article's words, with its subject, none of its leading 'but' nor of
    the event's own clause (`own`), which the parse may hang below it."""
    holder = verb.head if _still_due(verb) else verb
    words = [t for t in holder.subtree if t.i not in own and not (t.dep_ in _EDGES and t.head.i == holder.i)]
    subject = _subject(verb)
    if not words or len(words) > MAX_ANSWER_WORDS or subject is None or words[0].i != subject.left_edge.i:
        return None  # too long to keep whole, or not opening on who answers
    return joined(words)
