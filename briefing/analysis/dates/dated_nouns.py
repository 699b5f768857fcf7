"""What a date dates when it names an event: a date on an event noun ("a session on 21 October") dates
the event whatever the tense of the verb around it; one on a noun the clause waits for ("before the
election in November") lies ahead."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.lang import word_set

EVENT_NOUNS = word_set("event_nouns")
DEADLINE_WORDS = word_set("deadline_words")
_SPANNING_VERBS = word_set("spanning_verbs")


# Prepositions whose object is still awaited where the clause stands: "before the election", "ahead of the vote".
_AWAITING = word_set("awaiting_words")
_DATE_PREPOSITIONS = word_set("date_prepositions")


_AHEAD_OF = word_set("ahead_of_words")
_OF_PREPOSITIONS = word_set("of_prepositions")


def awaited(tok: Token) -> bool:
    """The date dates an event noun that the clause waits for ('before the election in November',
    'ahead of the vote on Friday'), whether the parse hangs the date from the noun or from the verb."""
    noun = _noun_the_date_dates(tok)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVENT_NOUNS:
        return False
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    if prep.lower_ in _OF_PREPOSITIONS and prep.head.lower_ in _AHEAD_OF:
        prep = prep.head
    return prep.lower_ in _AWAITING


def _noun_the_date_dates(tok: Token) -> Token | None:
    """The noun the date hangs from, else the word before the date's preposition (which may be a noun)."""
    noun = next((t for t in tok.ancestors if t.pos_ in ("NOUN", "VERB", "AUX")), None)
    first = min([tok, *tok.subtree], key=lambda t: t.i)
    if noun is None or noun.pos_ != "NOUN":
        # "before the election in November", with "in November" on the verb: the noun just before it
        at = first.i if first.lower_ in _DATE_PREPOSITIONS else first.i - 1
        if at >= 1 and tok.doc[at].lower_ in _DATE_PREPOSITIONS:
            noun = tok.doc[at - 1]
    return noun


def dates_an_event_noun(tok: Token) -> bool:
    """The date hangs from an event noun ('a session on 21 October', 'a deadline of 30 April')
    before any verb: it dates the event, whatever the tense of the verb around it."""
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return _participle_of_an_event(t) or event_sent_to(tok) is not None
        if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS:
            return True
    return False


_EVENT_GOAL_PREPOSITIONS = word_set("event_goal_prepositions")


def event_sent_to(tok: Token) -> Token | None:
    """'the skippers have been summoned to an inquiry session on April 2': the parse hangs the
    date from the verb, but a date right after the event the verb sends someone to dates that event
    (the summons is told, the session is what is dated). The event's head noun ('session'), or None."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    for goal in verb.children:
        if goal.dep_ != "prep" or goal.lower_ not in _EVENT_GOAL_PREPOSITIONS or goal.i > prep.i:
            continue
        words = list(goal.subtree)
        heads = [c for c in goal.children if c.dep_ == "pobj"]
        if heads and words[-1].i == prep.i - 1 and any(_is_event_noun(w) for w in words):
            return heads[0]
    return None


def _participle_of_an_event(verb: Token) -> bool:
    """'urged a stoppage beginning Monday', 'a ballot planned for Thursday': a participle that only
    qualifies an event noun passes the date on to it."""
    if event_a_participle_qualifies(verb) is not None:
        return True
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBG", "VBN")
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() in EVENT_NOUNS
    )


def event_a_participle_qualifies(verb: Token) -> Token | None:
    """'the Kestrel dockers announced a stoppage at three ports, beginning Monday': the participle after
    the object qualifies the event the verb announces, not the announcing: that event, if so."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SPANNING_VERBS:
        return None
    return next((o for c in verb.head.children for o in _objects(c) if _is_event_noun(o) and o.i < verb.i), None)


def _objects(child: Token) -> list[Token]:
    """The object a verb's child gives: itself as a direct object, or the object of its preposition."""
    if child.dep_ == "dobj":
        return [child]
    return [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []


def _is_event_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in EVENT_NOUNS


def dates_a_deadline(tok: Token) -> bool:
    """The date dates a deadline, a payment, an expiry: a deadline word right before it or above it before any verb."""
    if _next_to_a_deadline_word(tok):
        return True
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.lemma_.lower() in DEADLINE_WORDS or t.lower_ in DEADLINE_WORDS:
            return True
    return False


def _next_to_a_deadline_word(tok: Token) -> bool:
    """'of record Nov. 22', 'payable Dec. 7': the word right before the date, however it is parsed."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].lower_ in DEADLINE_WORDS


_ATTENDED_PREPOSITIONS = word_set("event_attended_prepositions")
# Verbs under which an event told in the past may still be to come: what sets, plans, calls off or
# puts forward an event does not say it was held.
_CALLED_OFF = word_set("called_off_verbs")
_NOT_HELD = word_set("scheduling_verbs") | _CALLED_OFF | word_set("future_frame_verbs")


def event_told_held(tok: Token) -> bool:
    """The date dates an event noun that a simple past tells as held: 'rejected the offer at talks on
    Feb. 11', 'the session on Friday ended without a deal', 'walked out of the round on Feb. 11'. The
    event is the past the clause tells, so the date counts back, however far ('present', the
    nearest, would put a February told in September in the next year)."""
    noun = next((t for t in tok.ancestors if t.pos_ in ("NOUN", "VERB", "AUX")), None)
    if noun is not None and _held_participle(noun):
        return True  # "the election held on August 9", "the vote held in May was disputed"
    if noun is None or not _is_event_noun(noun):
        return False
    not_held = _NOT_HELD
    if noun.dep_ == "nsubj":
        verb = noun.head  # "the session on Friday ended"
    elif noun.dep_ == "pobj" and noun.head.lower_ in _ATTENDED_PREPOSITIONS:
        verb = noun.head.head  # "at talks on Feb. 11", "out of the round"
        if verb.pos_ in ("ADV", "ADP") and verb.dep_ in ("prt", "advmod", "prep"):
            verb = verb.head  # "walked out of": the particle's verb
        verb = _telling_verb(verb, through_a_noun=noun.head.lower_ not in _OF_PREPOSITIONS)
        # what was done at the event does not set it: "at a news conference on Friday, the premier
        # called the offer an insult" (not "called a conference"), "agreed at talks on Friday"
        not_held = _CALLED_OFF
    else:
        return False
    return verb.pos_ == "VERB" and verb.tag_ == "VBD" and verb.lemma_.lower() not in not_held


def _telling_verb(word: Token, *, through_a_noun: bool) -> Token:
    """The verb that tells what was done at the event: the first verb above a noun ('traded accusations
    during talks'; not through 'of', 'buyers of a cutback'), and the verb a bare participle hangs on
    ('speaking at a summit on Friday, the premier said')."""
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), word) if through_a_noun else word
    while verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(c.dep_.startswith("aux") for c in verb.children):
        verb = verb.head
    return verb


def _held_participle(verb: Token) -> bool:
    """A bare past participle on an event noun that tells it done ('the poll held on August 9', 'the
    round conducted in May'); not one that plans or calls it off ('the vote planned for May'), nor a
    passive infinitive ('the vote to be held in May')."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and _is_event_noun(verb.head)
        and verb.lemma_.lower() not in _NOT_HELD
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )
