"""Dated events: what is still to come (upcoming) and what already happened (background)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import (
    DEADLINE_WORDS,
    EVENT_NOUNS,
    Temporal,
    find_temporals,
    is_past,
    is_upcoming,
)
from briefing.analysis.dates.set_dates import moves_a_date
from briefing.analysis.doctext import (
    char_span,
    entities_of,
    evidence_for,
    sentence_at,
    sentence_of,
    text_of,
    tokens_in,
)
from briefing.analysis.firmness import judged
from briefing.analysis.rules.event_answers import with_the_answers
from briefing.analysis.rules.event_background import solid_background
from briefing.analysis.rules.event_doubts import pictured_day
from briefing.analysis.rules.event_forecasts import unset_date
from briefing.analysis.rules.event_frames import (
    alleger,
    attributed,
    clause_verb,
    joined,
    reported_off,
    reporter,
    superseded_plan,
)
from briefing.analysis.rules.event_parts import fuller_mention
from briefing.analysis.rules.event_reality import (
    framed_if_proposed,
    not_a_real_event,
    only_guessed,
    open_ended,
    possible_if,
    with_its_condition,
)
from briefing.analysis.rules.event_rows import one_deadline_a_day, what_runs_out, when_of
from briefing.analysis.rules.event_terms import running_terms
from briefing.analysis.rules.event_undated import undated_future
from briefing.analysis.rules.event_voices import named_speakers, thing_it_stands_for, told_by_someone
from briefing.analysis.rules.event_wording import describe, undated_description
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.analysis.rules.pointing import with_referents_named
from briefing.analysis.rules.quoting import inside_quotes
from briefing.analysis.rules.reading import reads_whole, short_sentence
from briefing.analysis.rules.types import Statement
from briefing.lang import active_profile, word_set
from briefing.model import Article, Event

_WILL = word_set("future_auxiliaries")


def dated_events(doc: Doc, article: Article, statements: list[Statement]) -> tuple[list[Event], list[Event]]:
    """The events stage: (upcoming, background), each earliest first, undated last; events on the
    same date keep the article's order. A first-person pronoun in a line names who speaks."""
    upcoming, background = find_events(doc, article.published)
    upcoming = named_speakers(upcoming, statements, keep_unnamed=True)
    background = told_by_someone(named_speakers(_told_whole(doc, background), statements, keep_unnamed=False))
    return judged(_in_date_order(upcoming)), _in_date_order(background)


def _told_whole(doc: Doc, background: list[Event]) -> list[Event]:
    """The background lines that read alone as a clause with its subject. Background is context, not a
    finding: a line cut to "Sent to crane operators" or "A power last used in 2010" tells the reader
    nothing and often pins its date on the wrong words, so it is left out rather than shown."""
    return [ev for ev in background if reads_whole(doc, ev.event, ev.evidence, clause=True, reworded=False)]


def _in_date_order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda ev: (ev.date is None, ev.date or ""))


def find_events(doc: Doc, published: dt.date) -> tuple[list[Event], list[Event]]:
    """(upcoming, background), each in the article's order.

    One upcoming event per clause: when a clause gives the same moment twice ("on Friday (the
    9th)"), the more explicit and precise date stands. A sentence may hold two events in two clauses:
    "strikes become legal on Wednesday, after notice that could come on Sunday".
    """
    upcoming: dict[tuple[int, int], Temporal] = {}
    told_possible: dict[int, str] = {}  # by the date's offset: a possibility, told with its condition
    told_today: set[int] = set()  # sentences whose publication-day date a past plan tells
    background: list[Event] = []
    temporals = find_temporals(doc, published)
    moved = _sentences_moving_a_date(temporals, doc)
    for found in temporals:
        t = _dating_an_event(found, doc, moved)
        if t is None:
            continue
        done_today = _done_on_the_day(t, doc, published)
        ahead = is_upcoming(t, published) and not done_today
        possible = ahead and possible_if(t, doc) is not None
        told = with_its_condition(t.sent) if possible else None
        if ahead and _still_expected(t, doc, untold_possibility=possible and told is None):
            _keep_the_most_explicit(upcoming, (t.sent.start, _clause_of_date(t, doc)), t)
            if told is not None:
                told_possible[t.start] = told
        elif len(done_today) >= PLAN_AND_ITS_ACT:
            # "agreed to meet Monday", told that Monday: the sentence's plan is the day's own story, no
            # event ahead undated either
            told_today.add(t.sent.start)
        elif _background_date(t, doc, published) and solid_background(t, doc, (told := _event(t, doc)).event):
            background.append(told)
    built = ((t, _event(t, doc, ahead=True, possible=told_possible.get(t.start))) for t in upcoming.values())
    framed = ((t, framed_if_proposed(t, doc, ev)) for t, ev in built)
    events = one_deadline_a_day(_named_once([_answered(t, doc, ev) for t, ev in framed if ev is not None]))
    events.extend(undated_future(doc, {start for start, _clause in upcoming} | told_today, temporals, published))
    events.extend(running_terms(doc, published, temporals, _sentences_told(events, doc)))
    events.sort(key=lambda e: e.evidence[0].start)
    return events, _dedupe(background)


def _dating_an_event(t: Temporal, doc: Doc, moved: set[int]) -> Temporal | None:
    """The date as it dates an event, or None when it dates none: a point of comparison ("larger than
    in 2028", "the worst since 2009") or the day a plan was moved from ("scheduled for today, adjourned
    to Thursday"). Urgency, or a tie to another event, sets no date: the event stands, undated and
    without the "soon" the phrase holds."""
    if t.reference or pictured_day(t, doc) or (t.sent.start in moved and not _moved_to(t, doc)):
        return None
    return replace(t, date=None, text="") if open_ended(t, doc) else t


def _answered(t: Temporal, doc: Doc, event: Event) -> Event:
    """The row with the answers its sentence gives ("...; Valdoria has not said whether it will attend")."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    return with_the_answers(event, t.sent, clause_verb(span.root) if span is not None else None)


def _sentences_told(events: list[Event], doc: Doc) -> set[int]:
    """The sentences (by first token) whose event is already told."""
    spans = (char_span(doc, e.evidence[0].start, e.evidence[0].end, alignment_mode="expand") for e in events)
    return {sentence_at(doc, span.start).start for span in spans if span is not None}


def _still_expected(t: Temporal, doc: Doc, *, untold_possibility: bool) -> bool:
    """A date ahead that names an event to expect: not denied, only hoped for, called off or
    superseded; a real event, not a vision or a possibility that cannot be told with its condition."""
    return (
        not not_a_real_event(t, doc)
        and not unset_date(t, doc)
        and not untold_possibility
        and not _negated(t, doc)
        and not _only_if(t, doc)
        and not _only_hoped_for(t, doc)
        and not reported_off(t, doc)
        and not superseded_plan(t, doc)
    )


def _sentences_moving_a_date(temporals: list[Temporal], doc: Doc) -> set[int]:
    """Where a sentence moves an event to a date ('adjourned to Thursday'), by its first token."""
    return {t.sent.start for t in temporals if _moved_to(t, doc)}


def _done_on_the_day(t: Temporal, doc: Doc, published: dt.date) -> list[Token]:
    """'set today as its last day to reply', 'agreed to meet Monday' told on that Monday: the publication day
    under a verb told in the simple past, not reported and with no future in it, is the day the story
    tells of, not an event still ahead ('said it would meet on Saturday', told that Saturday, is).
    The verbs from the date's own up to the simple past ('meet', 'agreed'), or [] when it is not so."""
    if t.date != published.isoformat():
        return []
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    frames = [clause_verb(span.root)] if span is not None else []
    while frames[-1:] and frames[-1] is not None and frames[-1].dep_ == "xcomp" and frames[-1].head.i != frames[-1].i:
        frames.append(frames[-1].head)  # "agreed to meet": the plan's verb above the act
    top = frames[-1] if frames else None
    if top is None or not _simple_past(top) or top.dep_ in ("ccomp", "advcl") or top.lemma_.lower() in REPORTING_VERBS:
        return []  # "said on Monday": when it was said
    looks_ahead = any(c.dep_ == "aux" and c.lower_ in _AHEAD_OF_THE_PAST for v in frames for c in v.children)
    return [] if looks_ahead else frames


def _simple_past(verb: Token) -> bool:
    """A simple past, or a bare participle joined to one, which the tagger gives for the same form
    ('asked for an answer and set today as its last day')."""
    if verb.tag_ == "VBD":
        return True
    bare = not any(c.dep_.startswith("aux") for c in verb.children)
    return verb.tag_ == "VBN" and bare and verb.dep_ == "conj" and verb.head.tag_ == "VBD"


_AHEAD_OF_THE_PAST = _WILL | word_set("reported_future_auxiliaries")  # "will", "would": the frame looks ahead
# The verbs `_done_on_the_day` gives when the date sits under a plan verb: the act and the plan it climbed
# to ('meet' under 'agreed'). A lone past verb ('met today') tells the day's act, but no plan whose undated
# event might still be told as ahead.
PLAN_AND_ITS_ACT = 2


def _background_date(t: Temporal, doc: Doc, published: dt.date) -> bool:
    """A resolved date in the past that is not when something was said, nor only guessed at ('said a
    walkout before August was unlikely' is a forecast, whatever year its tense would give it)."""
    return is_past(t, published) and t.date is not None and not _when_said(t, doc) and not only_guessed(t, doc)


def _keep_the_most_explicit(upcoming: dict[tuple[int, int], Temporal], key: tuple[int, int], t: Temporal) -> None:
    """One date per clause: the more explicit and precise one stands."""
    best = upcoming.get(key)
    if best is None or _explicitness(t) > _explicitness(best):
        upcoming[key] = t


MOVING_VERBS = word_set("moving_verbs")
_MOVED_TO = word_set("moved_to_words")


def _moved_to(t: Temporal, doc: Doc) -> bool:
    """'adjourned to Thursday', 'extended the deadline from May 5 to June 30': the date a
    plan was moved to, the word right before it 'to' and a verb of moving in its sentence."""
    before = text_of(doc)[t.sent.start_char : t.start].split()
    if not before or before[-1].lower() not in _MOVED_TO:
        return False
    return any(tok.lemma_.lower() in MOVING_VERBS or moves_a_date(tok) for tok in t.sent)


def _named_once(events: list[Event]) -> list[Event]:
    """'ahead of Saturday's talks' beside 'the envoys are due to meet on Saturday': a line that only
    names the kind of event ('Talks') on a date another line tells in full is the same event."""
    told = {e.date for e in events if len(e.event.split()) > 1}
    return [e for e in events if len(e.event.split()) > 1 or e.date not in told]


def _clause_of_date(t: Temporal, doc: Doc) -> int:
    """The verb whose clause a date sits in (its token index), or the sentence's root."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    if span is None:
        return t.sent.root.i
    verb = clause_verb(span.root)
    return verb.i if verb is not None else t.sent.root.i


_NO_DETERMINERS = word_set("no_determiners")
_INFINITIVE_MARKS = word_set("infinitive_marks")


def _negated(t: Temporal, doc: Doc) -> bool:
    """'would not be reached in July' names no event to expect."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None or verb.dep_ == "advcl" or _inverted_condition(verb) or _after_an_inverted_auxiliary(span):
        return False  # "should they not agree by Friday, ...": a deadline inside a condition still stands
    if _not_until(span):
        return False  # "the list won't be out until Thursday": it comes out then
    if verb.dep_ == "relcl" and _after_by(t, doc):
        return False  # "any Kestrel mill that has not settled by Thursday": the deadline stands
    if _held_by_others(span, verb):
        return False  # "Valdoria won't ratify it ahead of the June 1 deadline": the deadline stands
    # "would not be reached", "there will be no treaty soon", "won't be able to ratify it before Friday"
    return any(_denied(v) for v in _able_chain(verb)) or _with_no(verb)


_ATTENDING_VERBS = word_set("attending_verbs")


def _held_by_others(span: Span, verb: Token) -> bool:
    """What one side will not do leaves the date standing when the date is a deadline's ('Valdoria
    won't ratify the accord ahead of the June 1 deadline') or an event's the side only declines to
    attend ('Kestrel will skip the signing in Norland on Monday')."""
    for tok in span.root.ancestors:
        if tok.i == verb.i:
            break
        if tok.lemma_.lower() in DEADLINE_WORDS and not _with_no_on(tok):
            return True
    return _attended_event(verb) is not None


def _attended_event(verb: Token) -> Token | None:
    """The event noun a verb of attending takes ('attend the treaty ceremony'), if any."""
    if verb.lemma_.lower() not in _ATTENDING_VERBS:
        return None
    held = [g for c in verb.children if c.dep_ in ("prep", "dobj") for g in (c, *c.children)]
    return next((g for g in held if g.lemma_.lower() in EVENT_NOUNS and not _with_no_on(g)), None)


def _with_no_on(noun: Token) -> bool:
    return any(c.lower_ in _NO_DETERMINERS and c.dep_ == "det" for c in noun.children)


_IF_MARKS = word_set("if_marks")
_STANDING_DEADLINE = word_set("standing_deadline_words")
_CLOCK_FILLERS = word_set("clock_filler_words")  # "by 6 p.m. on Friday": the words between


def _after_by(t: Temporal, doc: Doc) -> bool:
    """The date follows a deadline word, a clock time between ('by 6 p.m. on Friday')."""
    before = text_of(doc)[t.sent.start_char : t.start].split()
    while before and (before[-1][:1].isdigit() or before[-1].lower() in _CLOCK_FILLERS):
        before.pop()
    return bool(before) and before[-1].lower() in _STANDING_DEADLINE


def _only_if(t: Temporal, doc: Doc) -> bool:
    """'If Valdoria presses ahead with the levy before Monday, ...': a date inside an 'if' clause is
    a supposition, no event to expect; 'if no accord is signed by Monday' keeps its deadline."""
    if _after_by(t, doc):
        return False  # "if no deal is reached by 6 p.m. on Friday": the deadline stands
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    for v in [verb, *verb.ancestors] if verb is not None else []:
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _IF_MARKS for c in v.children):
            return True
    return False


def _with_no(verb: Token) -> bool:
    """'there will be no treaty soon': 'no' on one of the verb's dependents; 'neither side can climb
    down before June': 'neither' or 'no' on its subject."""
    if any(g.lower_ in _NO_DETERMINERS and g.dep_ == "det" for c in verb.children for g in c.children):
        return True
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(g.lower_ in _NO_ONE and g.dep_ in ("det", "preconj") for s in subjects for g in s.children)


_NO_ONE = word_set("no_one_determiners")


_UNTIL = word_set("until_words")


def _not_until(span: Span) -> bool:
    """The date follows 'until' ('not before it, then'), the preposition the date's phrase hangs from."""
    first = span.doc[span.start]
    for tok in (first, *first.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.dep_ == "prep":
            return tok.lower_ in _UNTIL
    return False


def _denied(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _able_chain(verb: Token) -> list[Token]:
    """The verb and the frames it completes ('sign' in 'won't be able to sign': 'able', 'be')."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i and len(chain) < MAX_FRAMES:
        chain.append(chain[-1].head)
    return chain


MAX_FRAMES = 3  # "won't be able to sign": the verb, 'able', 'be'


# Verbs of wishing: what a side hopes will happen "soon" is no event anyone has set.
_WISH_VERBS = word_set("wish_verbs")


_WILL_AUXILIARIES = word_set("will_auxiliaries")


def _only_hoped_for(t: Temporal, doc: Doc) -> bool:
    """'We hope we can sign soon': a vague 'soon' under a wish dates nothing; 'talks will
    resume soon' and 'we hope to meet on Friday' still do."""
    if t.kind != "soon":
        return False
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None or any(c.lower_ in _WILL_AUXILIARIES for c in verb.children):
        return False  # "we hope the talks will resume soon": the clause itself expects it
    return any(v.lemma_.lower() in _WISH_VERBS for v in [verb, *verb.ancestors])


_INVERTED_CONDITION_AUXILIARIES = word_set("inverted_condition_auxiliaries")
_CLAUSE_OPENERS = word_set("clause_openers")


def _after_an_inverted_auxiliary(span: Span) -> bool:
    """'should the committee charged with the talks fail to agree by Friday': read off the words when the
    parse of a long inverted condition goes astray: 'should' (or 'had', 'were') right before a
    subject, with no comma between it and the date."""
    for tok in reversed(span.doc[sentence_at(span.doc, span.start).start : span.start]):
        if tok.text in (",", ";", ":"):
            return False
        following = tok.doc[tok.i + 1]
        if tok.lower_ in _INVERTED_CONDITION_AUXILIARIES and following.pos_ in ("DET", "PRON", "PROPN"):
            if tok.i == sentence_of(tok).start:
                return True
            before = tok.doc[tok.i - 1]  # a clause opens here: "warned (that) should they ..."
            return before.is_punct or before.lower_ in _CLAUSE_OPENERS or before.lemma_ in REPORTING_VERBS
    return False


def _inverted_condition(verb: Token) -> bool:
    """'should the team not agree', 'had they signed': an auxiliary before the subject opens a condition."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.lower_ in _INVERTED_CONDITION_AUXILIARIES and c.i < subject.i for c in verb.children
    )


def _when_said(t: Temporal, doc: Doc) -> bool:
    """'the union said on Tuesday': when something was said is no event of the dispute."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    return verb is not None and verb.lemma_.lower() in REPORTING_VERBS


def _explicitness(t: Temporal) -> tuple[int, int]:
    relative = bool(re.match(r"(?i)tomorrow|today|tonight|next|this|coming|soon|in |within", t.text.strip()))
    return (0 if relative else 1, len(t.date or ""))


def _event(t: Temporal, doc: Doc, *, ahead: bool = False, possible: str | None = None) -> Event:
    """The event a date tells; `possible` is the possibility told with its condition, when it is one."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    alleged = verb is not None and alleger(verb) is not None
    declined = _declined_row(t, doc, verb)
    if declined is not None:
        return declined
    if possible is not None:  # "we can meet today if they want": a possibility told with its condition
        return Event(t.date, when_of(t, doc), possible, [evidence_for(t.sent)], firm=False)
    said = describe(t.sent, t.start, t.end, whole_clause=alleged, ahead=ahead, undated=not t.text.strip())
    text = _named_subject(said, t.sent)
    ending = what_runs_out(verb) if ahead and verb is not None else None
    if ending is not None:
        text = ending  # "the crews' pay agreement, which runs to May 2028": it runs out then
    elif ahead and verb is not None and verb.dep_ == "relcl" and _after_by(t, doc):
        # "studios that haven't reached a deal by Thursday": the line names the deadline, not the studios
        opener = verb.head.left_edge
        who = text if opener.pos_ == "PROPN" else text[:1].lower() + text[1:]
        text = active_profile().say("deadline_for", who=who)
        text = text[:1].upper() + text[1:]
    if alleged:
        text = attributed(text, verb, _named_subject)
    evidence = [evidence_for(t.sent)]
    # a bare event noun ("Talks") names the kind of event, not a cut clause: _named_once weighs it
    if ahead and len(text.split()) > 1 and not reads_whole(doc, text, evidence, clause=False):
        whole = describe(t.sent, t.start, t.end, whole_clause=True, ahead=ahead)
        if reads_whole(doc, whole, evidence, clause=False):
            text = _named_subject(whole, t.sent)
        else:
            text = short_sentence(t.sent) or text
    text = with_referents_named(_fuller_subject(text, verb), t.sent)  # 'That bill was passed' -> 'Bill 14 was passed'
    return Event(
        t.date, when_of(t, doc), _as_condition(text, verb, deadline=_after_by(t, doc)) if ahead else text, evidence
    )


def _fuller_subject(text: str, verb: Token | None) -> str:
    """'The ruling had been delayed' -> 'The Norland Trade Panel's interim ruling had been delayed': a
    bare 'the' subject named as an earlier sentence gave it (see `fuller_mention`)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
    fuller = fuller_mention(subject) if subject is not None else None
    bare = f"{subject.doc[subject.i - 1].text} {subject.text}" if fuller else ""
    if not fuller or not text.lower().startswith(bare.lower() + " "):
        return text
    return fuller[:1].upper() + fuller[1:] + text[len(bare) :]


def _declined_row(t: Temporal, doc: Doc, verb: Token | None) -> Event | None:
    """'would not attend the summit on Friday': the summit, and who stays away; the summit is set,
    whoever stays away. None when the date's clause declines nothing."""
    declined = _attended_event(verb) if verb is not None and _denied(verb) else None
    if verb is None or declined is None:
        return None
    text = undated_description(declined)
    who = _staying_away(verb, t.sent)
    return Event(t.date, when_of(t, doc), f"{text}; {who}" if who else text, [evidence_for(t.sent)])


def _staying_away(verb: Token, sent: Span) -> str | None:
    """'Kestrel would not attend' of 'Kestrel said it would not attend the summit on Friday': who
    declines, with the verb's auxiliaries and negation, a pronoun named."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    words = [*subject.subtree, *(c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i), verb]
    return _named_subject(joined(sorted(words, key=lambda w: w.i)), sent)


def _as_condition(text: str, verb: Token | None, *, deadline: bool) -> str:
    """'the contract lapses if the lease has not been renewed by December 31': the line is the condition
    ('If the lease has not been renewed'), not a forecast that it will not be; so is a deadline in any
    condition ('called off only if the owners sign by Friday': 'If the owners sign', not a signing)."""
    mark = _unmet_condition(verb, deadline=deadline) if verb is not None else None
    if mark is None or text.lower().startswith(mark.lower_ + " "):
        return text
    opening, _, rest = text.partition(" ")
    lowered = opening.lower() in _ARTICLES or opening.lower() in _NO_DETERMINERS  # "If no payment is made"
    return f"{mark.text.capitalize()} {opening.lower() if lowered else opening} {rest}"


_ARTICLES = word_set("articles")


def _unmet_condition(verb: Token, *, deadline: bool = False) -> Token | None:
    """The 'if' of a negated condition the date's clause is ('if the lease has not been renewed by ...'),
    or of any condition that holds a deadline ('only if the owners sign by Friday')."""
    if verb.dep_ != "advcl" or not (_denied(verb) or deadline):
        return None
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _IF_MARKS), None)


_PERSONAL = {"he": "PERSON", "she": "PERSON", "his": "PERSON", "her": "PERSON"}
_COLLECTIVE = {"it": ("ORG", "GPE", "NORP"), "its": ("ORG", "GPE", "NORP"), "they": ("ORG", "GPE", "NORP")}


_THEIR_WORDS = word_set("their_words")
_THIRD_PERSON_POSSESSIVES = pronouns(
    "third person singular possessives", lambda p: "possessive" in p.forms and p.person == "3" and p.number == "sg"
)


def _named_subject(text: str, sent: Span) -> str:
    """'She would invite the leaders' -> 'Elena Varga would invite the leaders': an event line is read
    on its own, so a leading pronoun becomes the latest name of its kind before it ("disputed
    Lind's authority, claiming his term had run out" -> "Lind's term had run out")."""
    first, _, rest = text.partition(" ")
    word = first.lower()
    labels = (_PERSONAL[word],) if word in _PERSONAL else _COLLECTIVE.get(word)
    if labels is None or not rest:
        return text
    name = _name_of_pronoun(sent, word, labels)
    if name is None:
        return text
    # The entity may end on its own possessive ("the WTO's dispute body"): drop it, so "its meeting" never
    # reads "the WTO's's meeting".
    name = name.removesuffix("'s").removesuffix("’s")
    possessive = word in _THIRD_PERSON_POSSESSIVES
    return f"{name}'s {rest}" if possessive else f"{name} {rest}"


def _name_of_pronoun(sent: Span, word: str, labels: tuple[str, ...]) -> str | None:
    """Who the pronoun is: the reporter it stands for, else the latest name of its kind before it."""
    pronoun = next((t for t in tokens_in(sent) if t.lower_ == word), None)
    boundary = pronoun.idx if pronoun is not None else sent.start_char
    if word in _THEIR_WORDS and pronoun is not None and inside_quotes(pronoun):
        return None  # in a speaker's own words "they" is the other side, not the last name before it
    if pronoun is not None and (thing := thing_it_stands_for(pronoun)) is not None:
        return thing[:1].upper() + thing[1:]  # "before it takes effect": the measure, not a party
    name = reporter(pronoun) if pronoun is not None else None
    return name or _latest_entity_before(sent.doc, boundary, labels)


def _latest_entity_before(doc: Doc, boundary: int, labels: tuple[str, ...]) -> str | None:
    """The text of the last entity with one of `labels` ending before `boundary`."""
    ents = entities_of(doc)  # in text order, so their ends are in order too
    i = bisect.bisect_right(ents, boundary, key=lambda e: e.end_char)
    return next((e.text for e in reversed(ents[:i]) if e.label_ in labels), None)


def _dedupe(events: list[Event]) -> list[Event]:
    """One line per event: the same date of one sentence once, and the same words of one sentence
    once, on the first date the sentence gives them ("ministers meeting on Tuesday gave the region
    until the summit, on Friday": the meeting's day, not the deadline's)."""
    seen: set[tuple[str | None, int]] = set()
    told: set[tuple[str, int]] = set()
    out = []
    for e in events:
        key = (e.date, e.evidence[0].start)
        words = (e.event.lower(), e.evidence[0].start)
        if key in seen or words in told:
            continue
        seen.add(key)
        told.add(words)
        out.append(e)
    return out
