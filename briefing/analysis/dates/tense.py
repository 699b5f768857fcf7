"""Which way a date points: ahead of the text ('future'), behind it ('past') or either ('present').

In the manner of HeidelTime, a date that names no year or week resolves in the direction of the
clause that governs it ("talks will resume in March" -> the next March; "talks collapsed in March"
-> the last one). Beyond the tense, what the date dates counts: a deadline, a payment, an expiry
or anything a scheduling verb sets lies ahead unless the clause is told in the past perfect.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates.dated_nouns import (
    DEADLINE_WORDS,
    awaited,
    dates_a_deadline,
    dates_an_event_noun,
    event_told_held,
)
from briefing.analysis.dates.patterns import date_patterns
from briefing.analysis.dates.put_forward import put_forward_by, tense_put_forward
from briefing.analysis.dates.set_dates import asked_of_others, deadline_set_now, value_of_a_deadline
from briefing.analysis.doctext import sentence_of, text_of, tokens_in
from briefing.lang import LanguageProfile, per_language, word_map, word_set

SCHEDULING_VERBS = word_set("scheduling_verbs")
FUTURE_FRAMES = word_set("future_frame_verbs")
GRANTING_VERBS = word_set("granting_verbs")
CALLED_OFF = word_set("called_off_verbs")
DAY_PARTS = word_set("day_part_words")

_NOUN_MODIFIER = frozenset({"compound", "nmod", "amod", "poss"})
_AHEAD_WORDS = word_set("date_ahead_words")
_BACK_WORDS = word_set("date_back_words")


@per_language
def _end_of(profile: LanguageProfile) -> re.Pattern[str]:
    """'by the end of the week': a period's end, which the clause's tense dates."""
    by, end_of, this, unit = (
        profile.alternation(name) for name in ("end_prepositions", "end_of_phrases", "end_determiners", "end_units")
    )
    return re.compile(rf"(?:(?:{by}) )?(?:{end_of}) (?:{this}) (?:{unit})", re.IGNORECASE)


def tense_at(doc: Doc, start: int, end: int, span: Span | None = None) -> str:
    """'future', 'past' or 'present' for the clause that governs the span (the tokens of
    `start`..`end`, when the caller has them already)."""
    span = span if span is not None else doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    told = _tense_in_the_phrase(doc, span, start, end) or _tense_by_what_it_dates(span)
    if told is not None:
        return told
    verb = _deciding_verb(span.root)
    if verb is not None and _headline_infinitive(verb):
        return "future"  # "Pilots to halt harbour traffic from Monday": a headline's infinitive announces
    tense = "present" if verb is None else _tense_of_clause(verb, span, start, end)
    if tense == "future" and _modifies_a_noun(span.root):
        return "present"  # "would end it in response to a February call": the call need not be ahead
    return tense


def _tense_in_the_phrase(doc: Doc, span: Span, start: int, end: int) -> str | None:
    """The tense the date's own words tell: 'last week', 'ahead of', 'ago', 'by the end of'."""
    words = {t.lower_ for t in tokens_in(span)}
    week = _week_after(span)
    if week:
        return week  # "on Wednesday last week", "Friday next week"
    if not _AHEAD_WORDS.isdisjoint(words):
        return "future"  # "said on Tuesday, ahead of talks later this week": the phrase looks ahead itself
    if not _BACK_WORDS.isdisjoint(words):
        return "past"
    if _end_of().match(text_of(doc)[start:end]):
        # "by the end of the month" looks ahead, unless the verb is past: "halted at the end of the
        # year", told in January, is the year just ended.
        # A target named for a noun ("its goal of a saving of $9 million by the end of the year") is
        # dated by the noun, not by the verb that tells it: the end of this period.
        if _first_noun_or_verb_above(span.root) == "NOUN":
            return "present"
        verb = _governing_verb(span.root)
        return "past" if verb is not None and _told_in_the_past(verb) else "future"
    return None


def _tense_by_what_it_dates(span: Span) -> str | None:
    """The tense what the date dates tells: a span since, a deadline or plan, an awaited event, an
    event noun, a past misread by the tagger; None when its clause's verb must decide."""
    if _after_since(span.root):
        return "past"  # "searching since the Oct. 23 slaying": what a span runs from has happened
    ahead = _ahead_by_what_it_dates(span.root)
    if ahead is not None:
        return ahead
    put_forward = tense_put_forward(span.root)
    if put_forward is not None:
        return put_forward  # "has proposed meeting them on June 9": the meeting's date, not the proposal's
    if awaited(span.root):
        return "future"  # "warned of renewed strikes before the election in November": the election is ahead
    if dates_an_event_noun(span.root):
        if event_told_held(span.root):
            return "past"  # "rejected the offer at talks on Feb. 11": the talks were held, however far back
        return "present"  # "invited both sides to a session on 21 October": the session's date, not the invitation's
    if _under_a_misread_past(span.root):
        return "past"  # "glossed over warnings on Thursday that ... could", with "glossed" tagged an adjective
    return None


_WEEK_AFTER = word_map("week_directions")


_WEEK_WORDS = word_set("week_words")


def _week_after(span: Span) -> str | None:
    """'past' or 'future' for a weekday followed by 'last week' or 'next week'."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end + 1].lower_ in _WEEK_WORDS:
        return _WEEK_AFTER.get(doc[span.end].lower_)
    return None


def leans_ahead(span: Span) -> bool:
    """A date told without a tense that nothing pulls back: it dates an event noun ("a meeting in
    the capital Monday") or a verb not told in the past ("trying to persuade them to sign on
    Friday"); never one in a past or past-perfect clause ("had been due to expire Friday")."""
    tok = span.root
    verb = _deciding_verb(tok)
    if verb is None:
        return True
    if asked_of_others(verb) or _granted_until(tok, verb):
        return True  # "pressed the crews to return Tuesday", "gave them until Friday": after the asking
    if any(_past_perfect(v) for v in [verb, *verb.ancestors] if v.pos_ in ("VERB", "AUX")):
        return False  # "had expressed its willingness to meet on Monday": ahead of a moment itself past
    if _told_in_the_past(verb) or verb.tag_ in ("VBD", "VBN"):
        # "urged the crews to end the stoppage Tuesday": the act urged comes after the urging
        return dates_an_event_noun(tok) or _an_act_put_forward(tok)
    return True


def _an_act_put_forward(tok: Token) -> bool:
    """The date dates an act a verb of putting forward names in an infinitive or gerund, not that verb."""
    verb, governing = put_forward_by(tok), _governing_verb(tok)
    return verb is not None and (governing is None or governing.i != verb.i)


def _first_noun_or_verb_above(tok: Token) -> str | None:
    """'NOUN' when the date hangs from a noun before any verb, 'VERB' when from a verb first."""
    first = next((t for t in tok.ancestors if t.pos_ in ("NOUN", "VERB", "AUX")), None)
    return None if first is None else "NOUN" if first.pos_ == "NOUN" else "VERB"


def _under_a_misread_past(tok: Token) -> bool:
    """Below the date, before any verb, a past form the tagger read as an adjective hung from a
    verb ('glossed/JJ' as an advmod of a later 'could do'): an adjective never modifies a verb that
    way, so it is the clause's own verb, told in the past."""
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.tag_ == "JJ" and t.dep_ == "advmod" and t.lower_.endswith("ed") and t.head.pos_ in ("VERB", "AUX"):
            return True
    return False


def _modifies_a_noun(tok: Token) -> bool:
    """'a February call'; not 'until Friday night', where the noun is a part of the day named."""
    head = tok.head
    return (
        tok.dep_ in _NOUN_MODIFIER
        and tok.pos_ in ("PROPN", "NUM")
        and head.pos_ == "NOUN"
        and head.lower_ not in DAY_PARTS
    )


def _ahead_by_what_it_dates(tok: Token) -> str | None:
    """'payable Dec. 7', 'a June 1 deadline', 'extended the offer to Nov. 20', 'has scheduled a
    news conference Thursday': 'future'. Told in the simple past ('tendered by the Tuesday
    deadline') the date may be done: 'present', the nearest. In the past perfect ('had been
    scheduled to expire Friday') the plan was ahead of a moment itself past: 'present' too. None
    when the date dates nothing of the kind."""
    verb = _governing_verb(tok)
    if dates_a_deadline(tok) or value_of_a_deadline(tok):
        return _tense_of_deadline(tok, verb)
    if verb is not None and asked_of_others(verb):
        return "present"  # "pressed the crews to return Tuesday": after the asking, the nearest
    if verb is not None and deadline_set_now(tok, verb):
        return "future"  # "the final deadline is now set on Friday": the day the deadline falls
    if verb is None or not (_set_by(tok, verb) or _planned_by(verb)):
        return None
    if _called_off(verb):
        return "present"  # "a service planned for Saturday was cancelled": the day it was to be, the nearest
    if verb.lemma_.lower() in GRANTING_VERBS and _told_in_the_past(verb):
        return "present"  # "gave the firm until Friday": the time granted may have run out since, the nearest
    if _planned_by(verb) and backshifted(verb.head):
        return "future"  # "said they had agreed to meet on Thursday": reported 'have agreed', the meeting ahead
    return "present" if _past_perfect(verb) else "future"


_REPORTING_VERBS = word_set("reporting_verbs")


def backshifted(frame: Token) -> bool:
    """'He said the sides had agreed to ...': a past perfect right under a past verb of saying is the
    reported form of a present perfect ('the sides have agreed'), so what was agreed is as ahead as it
    was when said."""
    report = frame.head
    return (
        frame.dep_ == "ccomp"
        and report.lemma_.lower() in _REPORTING_VERBS
        and report.tag_ == "VBD"
        and any(c.lower_ in _PLUPERFECT_AUXILIARIES and c.dep_ == "aux" for c in frame.children)
    )


def _tense_of_deadline(tok: Token, verb: Token | None) -> str:
    """'present' for a deadline told as done or in the past perfect, else 'future'."""
    teller = _deciding_verb(tok)  # "completed the offer, with holders tendering by the Tuesday deadline"
    told_done = teller is not None and teller.tag_ == "VBD" and teller.lemma_.lower() not in SCHEDULING_VERBS
    return "present" if told_done or (verb is not None and _past_perfect(verb)) else "future"


def _called_off(verb: Token) -> bool:
    """The plan is reported called off: the first verb above the one that set the date cancels it."""
    above = _governing_verb(verb.head) if verb.head.i != verb.i else None
    return above is not None and above.lemma_.lower() in CALLED_OFF


def _granted_until(tok: Token, verb: Token) -> bool:
    """'gave the region until Friday': the end of the time granted, after the grant."""
    return verb.lemma_.lower() in GRANTING_VERBS and _set_by(tok, verb)


_SINCE_WORDS = word_set("since_words")


def _after_since(tok: Token) -> bool:
    """'since the Oct. 23 ambush', 'since shortly after the Oct. 23 ambush': 'since' takes the
    date's phrase, or stands just before the preposition that does."""
    sent = sentence_of(tok)
    if "since" not in text_of(tok.doc)[sent.start_char : sent.end_char].lower():
        return False  # most sentences: no need to walk the parse
    if tok.lower_ in _SINCE_WORDS:
        return True  # "refused to talk since July": the date's own words open on "since"
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.lower_ in _SINCE_WORDS or (t.pos_ == "ADP" and _since_before(t)):
            return True
    return False


def _since_before(prep: Token) -> bool:
    """'since shortly after', 'since just before': 'since' right before the preposition, an adverb between at most."""
    doc, i = prep.doc, prep.left_edge.i - 1
    if i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and doc[i].lower_ in _SINCE_WORDS


_SETTING_LINKS = frozenset({"dobj", "npadvmod", "nsubjpass", "attr"})
_SETTING_PREPOSITIONS = word_set("date_setting_prepositions")
# "a record set on Aug. 6" happened then: 'set' sets a date as its object or after 'for' only.
_SET_PREPOSITIONS = word_set("set_prepositions")
# A verb that grants time sets the end of it: "gave the buyer until mid-November to answer".
_GRANTED_PREPOSITIONS = word_set("granted_prepositions")


def _set_by(tok: Token, verb: Token) -> bool:
    """The date is what a scheduling verb sets: its object, its adverb, or after 'for', 'to',
    'until', 'on'; or the date of an event noun the verb sets ("scheduled a news conference Thursday")."""
    lemma = verb.lemma_.lower()
    granting = lemma in GRANTING_VERBS
    if lemma not in SCHEDULING_VERBS and verb.lower_ not in DEADLINE_WORDS and not granting:
        return False
    if tok.i < verb.i:
        return False  # "On Friday, the government planned to pay": when the plan was made
    prepositions = _prepositions_setting(lemma, granting=granting)
    below: Token | None = None
    for t in [tok, *tok.ancestors]:
        if t.i == verb.i:
            return False
        if t.head.i == verb.i:
            if t.dep_ == "npadvmod" and verb.tag_ == "VBD":
                return False  # "moved closer to a strike Monday", "postponed the vote Tuesday": when it was done
            if t.dep_ in _SETTING_LINKS:
                return True
            if _a_particle(t) and below is not None and below.dep_ == "prep":
                t = below  # "pushed back to July 8": the preposition hangs on the verb's particle
            return t.dep_ == "prep" and t.lower_ in prepositions
        below = t
    return False


def _a_particle(word: Token) -> bool:
    """The particle of a phrasal verb ('back' in 'pushed back'), which the parser often gives as an adverb."""
    return word.dep_ == "prt" or (word.dep_ == "advmod" and word.pos_ == "ADV" and not list(word.lefts))


def _prepositions_setting(lemma: str, *, granting: bool) -> frozenset[str]:
    """The prepositions by which the verb sets a date: 'until' for a grant of time ("gave the buyer
    until Friday", never "gave a speech on Friday"), 'for' after 'set', else any setting one."""
    if granting:
        return _GRANTED_PREPOSITIONS
    return _SET_PREPOSITIONS if lemma == "set" else _SETTING_PREPOSITIONS


_INFINITIVE_MARKS = word_set("infinitive_marks")
_PLANNING_FRAMES = FUTURE_FRAMES - word_set("unplanned_frames")
_WANTING = word_set("wanting_verbs")


def _planned_by(verb: Token) -> bool:
    """'were planning to drive to the airport on Monday', 'agreed to meet on Friday': the infinitive
    under a verb of planning looks ahead of it."""
    if _wanted_done(verb):
        return True  # "want the quotas restored in May": a small clause of what a side wants now
    if verb.dep_ not in ("xcomp", "ccomp"):
        return False
    frame = verb.head
    if not any(c.lower_ in _INFINITIVE_MARKS for c in verb.children):
        return False
    if frame.lemma_.lower() in _PLANNING_FRAMES:
        return verb.dep_ == "xcomp" or verb.head.tag_ != "VBD"
    # "wants the ministers to recognise progress on Monday": what a side wants now is still ahead;
    # what it wanted ("wanted them to meet on Monday") may be done
    return frame.lemma_.lower() in _WANTING and frame.tag_ in ("VBZ", "VBP")


def _wanted_done(verb: Token) -> bool:
    """A participle of what a side wants done now, however the parse hangs it: 'want [the quotas
    restored]' (a clause) or 'want the quotas [restored]' (on the wanted noun)."""
    if verb.tag_ == "VBD":
        # a bare past form under 'wants' is the participle mis-tagged: no finite past follows 'want'
        if verb.dep_ != "ccomp" or any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
            return False
    elif verb.tag_ != "VBN":
        return False
    if verb.dep_ == "ccomp":
        frame = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        frame = verb.head.head
    else:
        return False
    if any(c.i > verb.right_edge.i and c.dep_ in _WANTED_STATES for c in frame.children):
        return False  # 'wants the fines [paid in May] refunded': what is wanted comes later, the participle is past
    return frame.lemma_.lower() in _WANTING and frame.tag_ in ("VBZ", "VBP")


_WANTED_STATES = frozenset({"ccomp", "xcomp", "oprd", "acomp"})  # how the parse hangs a wanted state on its verb


_PLUPERFECT_AUXILIARIES = word_set("pluperfect_auxiliaries")


def _past_perfect(verb: Token) -> bool:
    """'had been due to expire', 'had scheduled': the verb or the frame above it takes 'had'."""
    sent = sentence_of(verb)
    if "had" not in text_of(verb.doc)[sent.start_char : sent.end_char].lower():
        return False  # most sentences: no need to walk the parse
    if _had_above(verb):
        return True
    doc, start = verb.doc, sentence_of(verb).start
    left = [doc[i].lower_ for i in range(max(start, verb.i - 4), verb.i)]
    return "had" in left and "will" not in left and "would" not in left


def _had_above(verb: Token) -> bool:
    """'had' on the verb, its head ('had ruled ... and set Friday'), or a frame above that."""
    t = verb
    for step in range(3):  # the verb, its head ("had ruled ... and set Friday"), and a frame above that
        if any(c.lower_ in _PLUPERFECT_AUXILIARIES and c.dep_.startswith("aux") for c in t.children):
            return True
        if (step and t.dep_ not in ("xcomp", "acomp", "ccomp", "conj")) or t.head.i == t.i:
            break
        t = t.head
    return False


def _headline_infinitive(verb: Token) -> bool:
    """'Ferry crews to walk out on Friday': an infinitive with no finite verb above it, its subject
    the noun it hangs from or its own, is a headline's future ('are to'), never a past act."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ in _INFINITIVE_MARKS for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")


def _deciding_verb(tok: Token) -> Token | None:
    """'will strike for three days starting Monday': the strike's tense decides, not the gerund's."""
    verb = _reported_from(_above_a_later_subordinator(_governing_verb(tok), tok), tok)
    while verb is not None and verb.tag_ == "VBG" and not any(c.dep_.startswith("aux") for c in verb.children):
        head = _governing_verb(verb.head) if verb.head.i != verb.i else None
        if head is None or head.i == verb.i:
            break
        verb = head
    return verb


_FUTURE_FRAME = re.compile(
    r"\b(?:set|due|expected|scheduled|slated|planned|planning|plans?|poised|aims?|aiming) to\b"
    r"|\baim(?:ed|ing|s)? at\b|\b(?:is|are|'re) to\b|\bto be \w+(?:ed|en)\b|\bas soon as\b"
)
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|slated|planned|due|penciled|pencilled)\b[^.;]{0,40}\b(?:for|on)\b|\bset\b[^.;]{0,40}\bfor\b"
)


@per_language
def _deadline_before(_profile: LanguageProfile) -> re.Pattern[str]:
    """A deadline word right before a date, a clock time between: "until 9 a.m. Friday", "by 11:59
    p.m. on Thursday"."""
    return re.compile(rf"\b(?:by|until|till|ahead of)\s+(?:the\s+)?(?:{date_patterns().clock}(?:on )?)?$")


def _tense_of_clause(verb: Token, span: Span, start: int, end: int) -> str:
    """The tense a date's clause tells, from its auxiliaries, the words around it and the verb's form."""
    doc = span.doc
    if _when_said(verb, span):
        return "past"  # "talks are scheduled for today, the ministry said on Wednesday": the saying's day
    window = _words_around(verb, start, end)
    text_around = text_of(doc)[max(sentence_of(verb).start_char, start - 40) : end].lower()
    if "had" in window and not window & {"will", "would", "'ll"}:
        return "past"  # "had signed an agreement in March"
    if window & {"will", "shall", "'ll", "wo", "would", "going"} or _FUTURE_FRAME.search(text_around):
        return "future"
    if _passive_infinitive(verb):
        return "future"  # "snap polls to be staged on May 3"
    before = text_of(doc)[max(0, start - 30) : start].lower()
    if _deadline_before().search(before) and _object_of_preposition(span):
        return "future" if verb.tag_ not in ("VBD",) else "past"
    return _tense_by_modal(verb, window) or _tense_scheduled(text_around) or _tense_of_form(verb, window)


def _when_said(verb: Token, span: Span) -> bool:
    """A day on a verb of saying told in the simple past ('the ministry said on Wednesday', 'said
    Wednesday'), so the words around it that look ahead belong to what was said, not to when; a month
    after 'in' may date what was said ('notified buyers of a cutback in September')."""
    head = span.root.head
    on_the_verb = head.i == verb.i or (head.dep_ == "prep" and head.lower_ in _ON and head.head.i == verb.i)
    return on_the_verb and verb.tag_ == "VBD" and verb.lemma_.lower() in _REPORTING_VERBS


_ON = word_set("on_prepositions")


def _passive_infinitive(verb: Token) -> bool:
    """'polls to be staged on May 3': a passive infinitive on a noun looks ahead of it."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "relcl")
        and any(c.lower_ in _INFINITIVE_MARKS for c in auxes)
        and any(c.dep_ == "auxpass" for c in auxes)
    )


def _words_around(verb: Token, start: int, end: int) -> set[str]:
    """The words around the verb (its dependents, itself, the four before it), less possessives
    ("Nashua's") and the date itself ("In May, ...")."""
    left = [
        t
        for t in verb.doc[max(sentence_of(verb).start, verb.i - 4) : verb.i]
        if _outside(t, start, end) and not _in_a_clause_below(t, verb)
    ]
    return {t.lower_ for t in verb.children if _outside(t, start, end)} | {verb.lower_} | {t.lower_ for t in left}


_SUBORDINATE_CLAUSES = frozenset({"relcl", "advcl", "acl", "ccomp", "csubj"})


def _in_a_clause_below(tok: Token, verb: Token) -> bool:
    """The word belongs to a clause of its own under the verb: 'the envoy, who could be asked to
    mediate if they fail, met them on Monday': 'could' tells the relative clause's mood, not when
    'met' happened."""
    crossed = False
    for t in (tok, *tok.ancestors):
        if t.i == verb.i:
            return crossed
        crossed = crossed or t.dep_ in _SUBORDINATE_CLAUSES
    return False


def _tense_by_modal(verb: Token, window: set[str]) -> str | None:
    """'could not be reached Tuesday' (tried and failed): 'past'; 'may', 'must' without a perfect: 'future'."""
    if "could" in window and _denied(verb):
        return "past"  # "could not be reached Tuesday": what was tried and failed
    if window & {"can", "could", "may", "might", "must", "should"} and not window & {"have", "has", "had"}:
        return "future"
    return None


def _tense_scheduled(text_around: str) -> str | None:
    """'scheduled for', 'due on', 'set for' before the date: 'future'."""
    return "future" if _SCHEDULED_FOR.search(text_around) else None


_DENYING = word_set("denying_words")


def _denied(verb: Token) -> bool:
    """A negation on the verb or before it in its clause: 'could not be reached', 'neither he nor
    she could be found'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(t.lower_ in _DENYING for t in verb.doc[verb.left_edge.i : verb.i])


def _outside(tok: Token, start: int, end: int) -> bool:
    return tok.tag_ != "POS" and not start <= tok.idx < end


def _object_of_preposition(span: Span) -> bool:
    """'until Friday', not 'laid down by the Feb. 23 accord' (the accord is what 'by' takes); 'on
    Thursday' after a clock time ('by 6 p.m. on Friday') is the day of the deadline."""
    root = span.root
    return root.dep_ in ("pobj", "npadvmod", "nummod", "appos") or (
        root.dep_ == "prep" and any(c.dep_ == "pobj" for c in root.children)
    )


def _tense_of_form(verb: Token, window: set[str]) -> str:
    if verb.tag_ == "VBN" and window & {"is", "are", "am", "'s", "being"}:
        return "present"
    if verb.tag_ in ("VBD", "VBN") or _joined_to_a_past(verb):
        return "past"
    return "present"


def _joined_to_a_past(verb: Token) -> bool:
    """'On Monday the envoy fly to the capital and began talks': verbs joined by 'and' share one
    tense, so a bare present (a slip or a misread) beside a simple past is told in the past."""
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)


def _told_in_the_past(verb: Token) -> bool:
    """A simple past, or a gerund or infinitive under one ('halted deliveries at the end of the year')."""
    for t in [verb, *verb.ancestors]:
        if t.tag_ == "VBD":
            return True
        if t.dep_ not in ("xcomp", "pcomp") and t.tag_ != "VBG":
            return False
    return False


def _above_a_later_subordinator(verb: Token | None, tok: Token) -> Token | None:
    """'On Sunday, two weeks before leaders meet, the ship returned': a date that opens the sentence
    cannot sit inside a clause its subordinator opens only after it; the parse that hangs it there
    is read as hanging it from the clause above ('returned')."""
    if verb is None or verb.dep_ not in ("advcl", "ccomp") or verb.head.i == verb.i:
        return verb
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if marks and all(m.i > tok.i for m in marks) and tok.i < verb.head.i:
        return _governing_verb(verb.head)
    return verb


def _reported_from(verb: Token | None, tok: Token) -> Token | None:
    """'The wage panel said on Monday its verdict would follow': a date between a verb of saying and the subject of
    the clause it reports dates the saying, though the parse hangs it on the reported verb."""
    if verb is None or verb.dep_ != "ccomp":
        return verb
    report = verb.head
    if report.lemma_.lower() not in _REPORTING_VERBS or not report.i < tok.i < verb.i:
        return verb
    openers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
    return report if openers and all(tok.i < c.left_edge.i for c in openers) else verb


def _governing_verb(tok: Token) -> Token | None:
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def present_simple(span: Span) -> bool:
    """'the two leaders meet Monday': an action verb in the simple present tells a schedule."""
    verb = _deciding_verb(span.root)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in _STATIVE:
        return False
    if verb.lower_ in _SAME_IN_THE_PAST:
        return False  # "stocks hurt the index on Friday": the tagger cannot tell the tense
    if verb.dep_ == "advcl":
        return False  # "... until flights stop on Wednesday": the clause it depends on tells the time
    if span.root.dep_ == "poss" or not (span.root.head.i == verb.i or span.root.head.head.i == verb.i):
        return False  # "follows Tuesday's declaration": the weekday dates the declaration
    return not any(c.dep_.startswith("aux") for c in verb.children)


# Verbs whose present and past are spelled alike.
_SAME_IN_THE_PAST = frozenset(
    {"hurt", "put", "set", "cut", "hit", "let", "quit", "spread", "cost", "shut", "split", "bid", "cast", "beat"}
)
_STATIVE = word_set("stative_verbs")
