"""The bottom line's next step: the first dated event still to come that names what happens, its
date in words, and the lead's own step after it when that comes later."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import WORD
from briefing.analysis.rules.lead import lead_of, sentence_of_lead
from briefing.analysis.rules.reading import reads_whole
from briefing.lang import LanguageProfile, word_set
from briefing.model import DAY, MONTH, YEAR, Brief, Event, date_precision

MAX_ITEM_WORDS = 20  # a next step that cannot be cut before a phrase: whole, up to a point's length
MAX_STANCE_WORDS = 14  # a side's stance in the bottom line: its shortest key point up to this length
_PHRASE_STARTS = word_set("phrase_starts")


def next_event(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
    """The first dated step still to come whose words read whole and name what happens; a dated line
    that names no step ('Due on 3 May', 'starting at 6 am on Thursday') is passed over, and with no
    step at all the bottom line gives no next date: a date alone tells a reader nothing to expect.
    When the lead's own step comes later (the vote the article is about), it follows the next one."""
    published = brief.source.published.isoformat() if brief.source.published else None
    dated = [ev for ev in brief.upcoming if ev.date and not _the_news_itself(ev, published)]
    steps = [
        (ev, words) for ev in sorted(dated, key=lambda e: _latest_day(e.date or "")) if (words := _event_words(doc, ev))
    ]
    if not steps:
        return ""
    (first, words), later = steps[0], steps[1:]
    line = profile.say("next_step", when=_on_date(first.date, profile), event=lower_first(words))
    lead = sentence_of_lead(doc, lead_of(doc, brief.source.title))
    led = next(((ev, w) for ev, w in later if ev.date != first.date and _lead_step(doc, ev, w, lead)), None)
    then = profile.wording.get("then_step")
    if led is None or then is None or _told_in(first, lead):
        return line
    return line + then.format(when=_on_date(led[0].date, profile), event=lower_first(led[1]))


def _lead_step(doc: Doc, ev: Event, words: str, lead: Span | None) -> bool:
    """A step the lead tells, on a day it names ('the vote on 2 December'), in the lead's own words
    in their order: a month's vaguer row or words the engine put together stay in the brief's list."""
    own_words = reads_whole(doc, words, ev.evidence, clause=False, reworded=False)
    return _told_in(ev, lead) and date_precision(ev.date) == DAY and own_words


def _told_in(ev: Event, sent: Span | None) -> bool:
    """The event rests on a quote that opens inside the sentence (the article's lead)."""
    return sent is not None and any(sent.start_char <= e.start < sent.end_char for e in ev.evidence)


def _the_news_itself(ev: Event, published: str | None) -> bool:
    """'The guild's announcement on Tuesday', dated the day the article appears: what the article
    reports was announced that day; it is the news, not a step to come (the strike it announces is).
    Only a short noun phrase: 'a statement will set out the terms at noon' tells a step."""
    words = [w.lower() for w in WORD.findall(ev.event)]
    return ev.date == published and bool(set(words) & _ANNOUNCING_NOUNS) and len(words) <= MAX_ANNOUNCEMENT_WORDS


MAX_ANNOUNCEMENT_WORDS = 5  # "the guild's announcement on Tuesday": the noun, whose it is, and its date
_ANNOUNCING_NOUNS = word_set("announcing_nouns")


def _latest_day(iso: str) -> str:
    """The last day a date can mean: 'in March' is no sooner than 'on 10 March', so a dated step of the
    month never passes ahead of the days named in it ('2027-03' -> '2027-03-31', '2027' -> '2027-12-31')."""
    precision = date_precision(iso)
    if precision == MONTH:
        year, month = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(year, month)[1]:02d}" if 1 <= month <= MONTHS else iso
    return f"{iso}-12-31" if precision == YEAR else iso


MONTHS = 12


def _event_words(doc: Doc, ev: Event) -> str:
    """The event's words if they read whole: all of them when short, else cut before a trailing
    phrase, else all of them up to a point's length."""
    if not _names_a_step(doc, ev):
        return ""
    # 'the -25 summit': the other end of a range whose first day was taken for the date goes with it
    words = [w for w in ev.event.rstrip(",;:. ").split() if not _RANGE_END.match(w)]
    cuts = [len(words)] if len(words) <= MAX_STANCE_WORDS else []
    cuts += sorted(
        (i for i, w in enumerate(words[: MAX_STANCE_WORDS + 1]) if w.lower() in _PHRASE_STARTS and i >= 3), reverse=True
    )
    cuts += [len(words)] if MAX_STANCE_WORDS < len(words) <= MAX_ITEM_WORDS else []
    last_cut = _last_cut(words, ev.when)
    for cut in (c for c in cuts if c == len(words) or c > last_cut):
        text = " ".join(words[:cut]).rstrip(",;:")
        if reads_whole(doc, text, ev.evidence, clause=False):  # "a meeting in Nairobi" will do
            return text
    return ""


_RANGE_END = re.compile(r"^[-–]\d")


def _last_cut(words: list[str], when: str) -> int:
    """The first word a cut may not come before: the date's place in the event's words when words of
    the event follow it ('which starts on 3 May, in doubt': a cut at 'on' leaves 'which starts')."""
    date = [w.lower() for w in WORD.findall(when)]
    lowered = [w.lower().strip(",;:.") for w in words]
    for n in range(len(lowered) - len(date) + 1):
        if date and lowered[n : n + len(date)] == date:
            rest = [w for w in WORD.findall(" ".join(words[n + len(date) :]))]
            return n + len(date) if rest else -1
    return -1


def _names_a_step(doc: Doc, ev: Event) -> bool:
    """The event's words name something happening besides its date: 'Due on 3 May' tells only the date
    (a participle and the date's words), 'a hearing is set' names the hearing; what is negated ('the
    loan is not repaid by 3 May') is a term set, not a step."""
    date_words = {w.lower() for w in WORD.findall(ev.when)}
    words = {w.lower() for w in WORD.findall(ev.event)} - date_words
    if words & _NEGATIONS:
        return False  # 'the loan is not repaid' by a date is a term, not a step
    cited = [t for e in ev.evidence for t in doc.char_span(e.start, e.end, alignment_mode="expand") or ()]
    found = [t for t in cited if t.lower_ in words and not t.is_stop]
    if any(_told_as_past(t) for t in found):
        return False  # 'the drivers had voted for a walkout' tells what was done, not a step to come
    # words the engine wrote itself ('end of the ten-day term') are not in the quote: they name the step
    # a clock time or a date's number names no step ('Starting at 6 am on Thursday' tells only when)
    return not found or any(t.pos_ in _STEP_TAGS and not _tells_when(t) for t in found)


def _tells_when(word: Token) -> bool:
    """A word of a clock time ('6 am'), or the number of a date ('the 14th'); 'the legislative year'
    is a date the model tags, yet its noun names the step."""
    return word.ent_type_ == "TIME" or (word.pos_ == "NUM" and word.ent_type_ == "DATE")


def _told_as_past(verb: Token) -> bool:
    """A verb in the simple past or the past perfect ('voted', 'had voted'), unless what it set is
    still to come ('had agreed to meet', 'was due to open')."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)
    sets_a_step = verb.lemma_.lower() in _FUTURE_FRAMES and any(c.dep_ == "xcomp" for c in verb.children)
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ == "VBD" or perfect) and not sets_a_step


_FUTURE_FRAMES = word_set("future_frame_verbs")


_NEGATIONS = word_set("negation_words")
_STEP_TAGS = ("NOUN", "PROPN", "PRON", "NUM")  # who or what the step is; 'Scheduled for' names neither


def _on_date(iso: str | None, profile: LanguageProfile) -> str:
    """'2024-11-24' -> 'on 24 November', '2024-11' -> 'in November 2024', '2025' -> 'in 2025'."""
    try:
        if date_precision(iso) == DAY:
            d = dt.date.fromisoformat(iso or "")
            return profile.say("on_day", day=d.day, month=calendar.month_name[d.month])
        if date_precision(iso) == MONTH:
            d = dt.date.fromisoformat(f"{iso}-01")
            return profile.say("in_month", month=calendar.month_name[d.month], year=d.year)
    except ValueError:
        return profile.say("on_date", date=iso)
    return profile.say("in_year", year=iso)


def lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text.split()[0].lower() in _COMMON_STARTS:
        return text[0].lower() + text[1:]
    return text


_COMMON_STARTS = word_set("common_starts")
