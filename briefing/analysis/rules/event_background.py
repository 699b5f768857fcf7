"""Which dated past events make a background line a reader can trust.

Background is context, not a finding: a line is kept only when it tells one whole past event on its
own date. The clause the date sits in must be told in the past ("the regulator fined the carrier in
May"), not in the present ("leaders meet the day after"), under a modal ("the takeover would harm
rivals") or denied ("the guild has not heard since Friday"); its subject must be in the line and
must not point back to something the line does not show ("that strike ended", "which the guild
called"); and what the verb does must be in the line ("the envoy was joined", its "by whom" cut, is
no event a reader can place). Better three solid lines than eight doubtful ones.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.dates import EVENT_NOUNS, Temporal
from briefing.analysis.doctext import WORD
from briefing.analysis.rules.event_frames import clause_verb
from briefing.lang import word_set

_POINTING = word_set("pointing_determiners")
_RELATIVE = word_set("relative_words")
_NO_DETERMINERS = word_set("no_determiners")
_PERFECT_OR_PASSIVE = word_set("narrative_auxiliaries") | word_set("present_perfect_auxiliaries")
# What a verb does or takes, which the line must keep: its object, its complement, the agent of a passive.
_COMPLEMENTS = frozenset({"dobj", "attr", "oprd", "acomp", "xcomp", "ccomp", "dative"})
_SUBJECTS = word_set("grammar/subject_deps")  # the profile's subject labels, one list for every stage
# A verb that shares its subject with the verb it hangs from ("flew to the capital and began talks").
_SHARING = frozenset({"conj", "xcomp"})


def solid_background(t: Temporal, doc: Doc, line: str) -> bool:
    """Whether the past event the date `t` dates, told as `line`, is one whole event of its own date."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None or _dates_a_thing(span.root) or _dates_what_a_span_runs_from(verb):
        return False
    verb = _tensed(verb)
    words = {w.lower() for w in WORD.findall(line)}
    return (
        _told_in_the_past(verb)
        and not _denied(verb)
        and _verb_shown(verb, words)
        and _subject_shown(verb, words)
        and _what_it_does_shown(verb, words)
    )


_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
_PARTICIPANTS = frozenset({"dobj", "nsubj", "nsubjpass"})
_DAY_PARTS = word_set("day_part_words")


def _dates_a_thing(root: Token) -> bool:
    """The date belongs to a noun, not to the clause: 'fell below its 2019 level', 'after the April 22
    attack' (a modifier of the noun), 'the lowest level since 2009' ('since' on a noun or an adjective):
    a point of reference, not the day the clause's event happened."""
    head = root.head
    if root.dep_ in _NOUN_MODIFIERS and head.pos_ == "NOUN" and head.lower_ not in _DAY_PARTS:
        # "had rigged the February vote": an event the clause acts on is dated with it
        return not (head.lemma_.lower() in EVENT_NOUNS and head.dep_ in _PARTICIPANTS)
    if root.lower_ in _SINCE:
        head = root  # the date's words hold their 'since' ("since 2009")
    if head.dep_ != "prep" or head.lower_ not in _SINCE:
        return False
    if head.head.pos_ in ("NOUN", "ADJ"):
        return True
    # "fell to its lowest level since 2009", however the parse hangs 'since': a superlative before it
    # measures against the year, it does not date the fall
    return any(t.tag_ in ("JJS", "RBS") and t.i < head.i for t in head.head.subtree)


_SINCE = word_set("since_words")


def _dates_what_a_span_runs_from(verb: Token) -> bool:
    """'has renewed the curbs since taking power in January': the date is the taking of power's, the
    start of a span, not the day of the clause's renewal."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _SINCE


def _tensed(verb: Token) -> Token:
    """The verb whose form tells the tense: a gerund or an infinitive under another verb takes that
    verb's ('began meeting the envoys the next day', 'claimed to have hit the depot yesterday')."""
    while verb.tag_ in ("VBG", "VB") and verb.dep_ in ("xcomp", "pcomp") and verb.head.i != verb.i:
        above = clause_verb(verb.head)
        if above is None or above.i == verb.i:
            break
        verb = above
    return verb


def _told_in_the_past(verb: Token) -> bool:
    """A simple past ('fined'), or a past participle with a perfect or passive auxiliary ('has been
    arrested', 'was passed'); never a present, a bare form or one under a modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN" and not auxes:
        # "the delegates entrusted the council with it": a participle with a subject of its own
        # and no auxiliary is a simple past the tagger misread
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ == "VBN" and any(a.lower_ in _PERFECT_OR_PASSIVE or a.tag_ == "VBD" for a in auxes)


def _denied(verb: Token) -> bool:
    """'has not replied', 'no talks were held': the clause says the event did not happen."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    # "no talks were held", "the guild has had no word since Friday": 'no' on the subject or the object
    held = [c for c in verb.children if c.dep_ == "dobj"]
    subject = _subject_of(verb)
    return any(
        c.dep_ == "det" and c.lower_ in _NO_DETERMINERS
        for noun in (*held, *([subject] if subject is not None else []))
        for c in noun.children
    )


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it shares one with."""
    for v in (verb, verb.head) if verb.dep_ in _SHARING else (verb,):
        subject = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _subject_shown(verb: Token, words: set[str]) -> bool:
    """The subject is in the line and stands for itself: a pronoun is named by the line's writer (or
    the line is dropped later), but 'that walkout' or a relative 'which' points at words it lacks."""
    subject = _subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in _RELATIVE and subject.tag_ in ("WDT", "WP"):
        return False
    pointer = next(
        (t for t in (subject, *subject.children) if t.lower_ in _POINTING and (t is subject or t.dep_ == "det")), None
    )
    if pointer is not None:
        # the line's writer put the name in ('That bill came into force' -> 'Bill 14 came into force'):
        # the pointing word is gone and the noun it went with is shown
        return pointer is not subject and pointer.lower_ not in words and subject.lower_ in words
    if subject.pos_ == "PRON":
        return True
    # "the fleet owners and the guild met": every one of the subject, not the last name alone
    return all(s.lower_ in words for s in (subject, *(c for c in subject.children if c.dep_ == "conj")))


def _what_it_does_shown(verb: Token, words: set[str]) -> bool:
    """The verb's object or complement, and a passive's agent, are in the line."""
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS and not _shown(c, words):
            return False
        if c.dep_ == "agent":
            named = next((g for g in c.children if g.dep_ == "pobj"), None)
            if named is not None and not _shown(named, words):
                return False
    return True


def _verb_shown(verb: Token, words: set[str]) -> bool:
    """The verb of the date's clause is in the line, in any form: an allegation's line retells it
    ('accused' -> 'Norland accuses Valdoria of')."""
    stem = verb.lemma_.lower().rstrip("e")
    return verb.lower_ in words or any(w.startswith(stem) for w in words)


def _shown(tok: Token, words: set[str]) -> bool:
    """The word is in the line; a sign ('16%') by the words of its phrase."""
    if WORD.fullmatch(tok.text):
        return tok.lower_ in words
    return any(t.lower_ in words for t in tok.subtree if WORD.fullmatch(t.text))
