"""A date on what a verb of inviting, proposing, calling for or directing puts forward.

"The envoy has invited the crews to resume work on 2 June", "has proposed meeting them in the
capital on June 9", "the pilots have called for a stoppage starting Thursday", "the board has
directed that the yards reopen on Friday": the date belongs to the act put forward, which
comes after the putting forward. The perfect of the governing verb ('has invited') tells when the
invitation stands, not when the round is held; English gives no definite past date to a present
perfect, so a date under one dates the act it puts forward, which still lies ahead. Told in the
simple past ("urged the crews to end the stoppage Tuesday") the act may be done by now: the date is
the nearest.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.dates.dated_nouns import EVENT_NOUNS
from briefing.lang import word_set

PUTTING_FORWARD = word_set("putting_forward_verbs")
_ACTION_ENDINGS = word_set("action_noun_endings")
_INFINITIVE_MARKS = word_set("infinitive_marks")
_PLUPERFECT = word_set("pluperfect_auxiliaries")

# How the act put forward hangs from the verb: its infinitive or gerund, a gerund after a
# preposition ('called for starting'), a participle on its object ('a stoppage starting Thursday').
_ACT_LINKS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "advcl", "oprd"})
# How the verb takes the act when the date hangs from the verb itself: its object, or the object of
# 'for' or 'to' ('called for a stoppage', 'invited them to talks').
_ACT_OBJECTS = frozenset({"dobj"})
_ACT_PREPOSITIONS = word_set("put_forward_prepositions")


def put_forward_by(tok: Token) -> Token | None:
    """The verb of putting forward whose act the date (its head token `tok`) dates, or None."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if _puts_forward(verb):
        # the date hangs from the verb itself: it dates the act only when the verb names one as its object
        return verb if _names_an_act(verb, tok) else None
    act = verb
    for _step in range(3):  # the act, a preposition before it, and the verb that puts it forward
        if act.dep_ not in _ACT_LINKS or not _an_act_form(act):
            return None
        above = act.head
        if above.pos_ == "ADP":
            above = above.head  # "pressed for [opening] the gates by Friday"
        elif above.pos_ == "NOUN" and above.dep_ in ("dobj", "pobj"):
            above = above.head if above.dep_ == "dobj" else above.head.head  # "called for a stoppage [starting]"
        if _puts_forward(above):
            return above
        if above.pos_ not in ("VERB", "AUX"):
            return None
        act = above
    return None


def _puts_forward(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PUTTING_FORWARD


def _an_act_form(verb: Token) -> bool:
    """An infinitive ('to end') or a gerund or participle ('meeting', 'starting'): an act not yet told done."""
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _INFINITIVE_MARKS for c in verb.children)


def _names_an_act(verb: Token, tok: Token) -> bool:
    """The verb's object before the date is an event or an act ('a round', 'the reopening')."""
    for child in verb.children:
        if child.i > tok.i:
            continue
        if child.dep_ in _ACT_OBJECTS:
            objects = [child]
        elif child.dep_ == "prep" and child.lower_ in _ACT_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        if any(_an_act_noun(o) for o in objects):
            return True
    return False


def _an_act_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in EVENT_NOUNS or lemma.endswith(tuple(_ACTION_ENDINGS)))


def tense_put_forward(tok: Token) -> str | None:
    """'future' for a date on an act put forward by a verb in the present, the perfect or the future;
    'present' (the nearest) when the verb is told in the simple past; None when no such verb governs
    the date or the verb is told in the past perfect ('had invited them to talks on Monday' is
    ahead of a moment itself past)."""
    if tok.pos_ == "ADV":
        return None  # "urge them to resume talks as soon as possible": a plea, placed on no calendar
    verb = put_forward_by(tok)
    if verb is None or _in_the_past_perfect(verb):
        return None
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not _with_have(verb)):
        # "demanded the release of the crews on Feb. 20": a date on the past verb itself most often
        # tells when it was said; only the act's own infinitive or gerund takes the nearest day
        if _on_the_verb(tok, verb) and not _dates_the_event_put_forward(tok, verb):
            return None
        return "present"
    return "future"


def _dates_the_event_put_forward(tok: Token, verb: Token) -> bool:
    """'proposed holding talks in the capital on June 24': a date right after the event the verb puts
    forward as its object dates that event, though the parse may hang it on the verb; 'demanded the
    release of the crews on Feb. 20' (an act, not an event) tells when it was said."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    events = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS and c.i < prep.i]
    return any(prep.i == e.right_edge.i + 1 for e in events)


def _with_have(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _in_the_past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _PLUPERFECT for c in verb.children)


def _on_the_verb(tok: Token, verb: Token) -> bool:
    """The date hangs from the verb of putting forward itself, not from the act it puts forward."""
    above = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return above is not None and above.i == verb.i
