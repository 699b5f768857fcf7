"""Dates of what someone is asked or set to do: the act asked of others ("pressed the crews to return
Tuesday"), the value of a deadline ("a date of about July 1") and a deadline set in the
present ("the final deadline is now set on Friday"). Each lies after the asking or the setting, so the
tense of the clause that reports it does not count it back. Read by `tense.py`."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.lang import word_set

DEADLINE_WORDS = word_set("deadline_words")
SCHEDULING_VERBS = word_set("scheduling_verbs")
_INFINITIVE_MARKS = word_set("infinitive_marks")

_DIRECTING_VERBS = word_set("asking_verbs")


def asked_of_others(verb: Token) -> bool:
    """'pressed the crews to return Tuesday', 'called on the board to meet on Friday': the
    infinitive of what someone was asked or told to do comes after the asking, which the report
    tells as recent, so its date is the nearest such day, not one counted back from the report."""
    if verb.dep_ != "xcomp" or not any(c.lower_ in _INFINITIVE_MARKS and c.dep_ == "aux" for c in verb.children):
        return False
    frame = verb.head
    asked = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.i < verb.i) for c in frame.children)
    return frame.lemma_.lower() in _DIRECTING_VERBS and frame.tag_ == "VBD" and asked


_APPROXIMATING = word_set("approximating_words")


def value_of_a_deadline(tok: Token) -> bool:
    """'set a date of about July 1', 'a deadline of about July 1': the words right before the date
    name a deadline and its value, however the parse hangs the hedge."""
    doc, i = tok.doc, tok.left_edge.i - 1
    while i >= 0 and doc[i].lower_ in _APPROXIMATING:
        i -= 1
    if i < 1 or doc[i].lower_ not in _OF_WORDS:
        return False
    return doc[i - 1].lower_ in DEADLINE_WORDS and doc[i - 1].pos_ == "NOUN"


_OF_WORDS = word_set("of_prepositions")


def deadline_set_now(tok: Token, verb: Token) -> bool:
    """'The final deadline is now set on Friday': a deadline set in the present tense, the date on the
    setting verb, is the day the deadline falls; 'set a deadline on Monday' told in the past is when
    it was set."""
    if verb.lemma_.lower() not in SCHEDULING_VERBS or verb.tag_ != "VBN":
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    hung = tok.head.i == verb.i or (tok.head.dep_ == "prep" and tok.head.head.i == verb.i)
    return present and hung and subject is not None and subject.lemma_.lower() in DEADLINE_WORDS


_MOVING_PHRASES = word_set("moving_phrases")  # a verb and its particle: "brought forward", "moved up"


def moves_a_date(verb: Token) -> bool:
    """'the talks were brought forward to June 20': a verb and its particle that move a plan to a new date."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in _MOVING_PHRASES for c in verb.children)
