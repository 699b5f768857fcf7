"""Temporal expressions of a parsed text, resolved against the publication date with attention to tense.

Explicit dates keep the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD). Relative ones count
from the publication date, or from the dateline's date when the story was filed a day or two
before it appeared; "two days later", "the following year" count from the date the sentence or
the one before it gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates.dated_nouns import EVENT_NOUNS
from briefing.analysis.dates.patterns import LEAD_IN_REACH, DatePatterns, date_patterns
from briefing.analysis.dates.reference import a_reference_point, ranks
from briefing.analysis.dates.resolve import Where, month_number, resolve, safe_date, shift_iso
from briefing.analysis.dates.tense import (
    DAY_PARTS,
    DEADLINE_WORDS,
    leans_ahead,
    present_simple,
    tense_at,
)
from briefing.analysis.doctext import CaseBlind, char_span, dateline_spans, sentences_of, span_text, text_of
from briefing.lang import word_set

Pattern = re.Pattern[str] | CaseBlind


@dataclass
class Temporal:
    start: int
    end: int
    text: str
    date: str | None  # ISO at the text's precision
    direction: str  # "future", "past" or "present"
    sent: Span
    kind: str = ""  # which pattern found it: "weekday", "month_day", ...
    # A year or month with no word before it ("the 2019 accord", "a February call") says when a
    # thing is or was; the engine does not take it for an event to come.
    bare: bool = False
    # A point of comparison ("the worst since 2009", "below its 2009 level"): no event happened then.
    reference: bool = False


_ABSOLUTE = frozenset({"iso", "month_day", "day_month", "month_year", "weekday_date", "spelled_year"})
# Dates a later "two days later" or "that year" may count from: all but the vague, the spans and
# the shifts themselves ("a year earlier ... the year-earlier figure" is one year, not two back).
_ANCHORS = frozenset(
    _ABSOLUTE | {"month_rel_year", "year", "month", "weekday", "day_word", "feast", "ago", "relative_unit"}
)
_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s*$", re.IGNORECASE)
# A story filed a day or two before it appeared counts "Wednesday" and "yesterday" from its dateline.
DATELINE_LEAD = dt.timedelta(days=3)


def find_temporals(doc: Doc, published: dt.date, *, with_datelines: bool = False) -> list[Temporal]:
    """The date expressions of a parsed text, in text order. A dateline's own date ("NAIROBI,
    August 7 (Wire) --") is left out unless `with_datelines`: it dates the story, not an event."""
    text = text_of(doc)
    skip = dateline_spans(text)
    dates = date_patterns()
    patterns = _patterns_for(text, dates)
    found: list[Temporal] = []
    anchor: str | None = None
    last_day: str | None = None
    reference = published
    for sent in sentences_of(doc):
        reading = _Reading(published, reference, anchor, last_day, dates)
        in_sentence = _in_sentence(doc, sent, reading, patterns)
        for t in in_sentence:
            in_dateline = any(s <= t.start < e for s, e in skip)
            if in_dateline:
                reference = _dateline_reference(t, published) or reference
            if with_datelines or not in_dateline:
                found.append(t)
        anchor, last_day = _carried_on(in_sentence, last_day)
    return sorted(found, key=lambda t: t.start)


def _patterns_for(text: str, dates: DatePatterns) -> list[tuple[str, Pattern]]:
    """The language's date patterns; the feasts' only when the text names a feast."""
    feasts = dates.names_a_feast
    return [(kind, p) for kind, p in dates.patterns if kind != "feast" or (feasts and feasts.search(text))]


def _carried_on(in_sentence: list[Temporal], last_day: str | None) -> tuple[str | None, str | None]:
    """What a sentence's dates lend the next sentence: its latest anchor, and the latest day named."""
    anchor = next((t.date for t in reversed(in_sentence) if t.kind in _ANCHORS and t.date), None)
    return anchor, next((t.date for t in reversed(in_sentence) if _names_a_day(t)), last_day)


def _names_a_day(t: Temporal) -> bool:
    return t.kind in _ANCHORS and t.date is not None and len(t.date) == len("2026-03-04")


def _dateline_reference(t: Temporal, published: dt.date) -> dt.date | None:
    if t.kind not in _ABSOLUTE or not t.date or len(t.date) != 10:
        return None
    filed = dt.date.fromisoformat(t.date)
    return filed if dt.timedelta(0) <= published - filed <= DATELINE_LEAD else None


@dataclass(frozen=True, slots=True)
class _Reading:
    published: dt.date
    reference: dt.date  # what relative words count from: the publication date or the dateline's
    anchor: str | None  # the latest date of the sentence before
    last_day: str | None  # the latest day the text has named before the sentence
    dates: DatePatterns  # the language's patterns


_COUNTED_FROM_SENTENCE = frozenset({"in_n", "n_left"})


@dataclass(slots=True)
class _Running:
    """What the dates met so far lend to the next one in the sentence: the anchor ("two days
    later"), the latest day ("the previous Friday"), the sentence's full date ("within six weeks")
    and the date before (the start of a range)."""

    anchor: str | None
    last_day: str | None
    full_date: dt.date | None = None
    previous: Temporal | None = None

    def met(self, t: Temporal) -> None:
        self.previous = t
        if t.kind in _ANCHORS and t.date:
            self.anchor = t.date
            self.last_day = t.date if _names_a_day(t) else self.last_day
        if (t.kind in _ABSOLUTE or t.kind in _DAYS_COUNTED_FROM) and t.date and len(t.date) == len("2026-03-04"):
            # "the ruling came on Monday and a decision is due within ten days": ten days from Monday
            self.full_date = dt.date.fromisoformat(t.date)


_DAYS_COUNTED_FROM = frozenset({"weekday", "day_word"})


def _in_sentence(doc: Doc, sent: Span, reading: _Reading, patterns: list[tuple[str, Pattern]]) -> list[Temporal]:
    """Temporal expressions of one sentence; later ones may lean on earlier ones.

    "from March 3 to May 31": the end of a range follows its start. "agreed on 2 April 2025 to
    finish within six weeks": a relative span counts from the date the sentence gives.
    """
    hits = _pattern_hits(sent, patterns, reading.dates)
    if not hits:
        return []  # most sentences
    out: list[Temporal] = []
    running = _Running(reading.anchor, reading.last_day)
    counted_from_next: tuple[int, int, re.Match[str]] | None = None  # "the day before" a date yet to come
    text = text_of(doc)
    for start, end, kind, m in hits:
        span = char_span(doc, start, end, alignment_mode="expand")  # once: the checks and the tense read it
        if span is None:
            continue
        if kind == "shifted" and _counts_from_what_follows(span, m):
            counted_from_next = (start, end, m)
            continue
        if not _names_a_date(span, kind, m):
            continue
        date, direction = _resolved(span, (start, end, kind, m), reading, running)
        if date is None and kind != "soon":
            continue
        first, date, words = _with_shift_before(text, counted_from_next, start, end, date, m)
        counted_from_next = None
        bare = (kind in ("year", "month") and m.start(kind) == m.start()) or _names_a_thing(span, kind)
        t = Temporal(first, end, words, date, direction, sent, kind, bare, a_reference_point(span))
        out.append(t)
        running.met(t)
    return out


def _with_shift_before(
    text: str,
    counted_from_next: tuple[int, int, re.Match[str]] | None,
    start: int,
    end: int,
    date: str | None,
    m: re.Match[str],
) -> tuple[int, str | None, str]:
    """The date's start, value and words, taking in a shift right before it that counts from it."""
    if counted_from_next is not None and date and not text[counted_from_next[1] : start].strip():
        # "the day before last Tuesday's hearing": the shift counts from the date right after it
        first = counted_from_next[0]
        return first, _shifted_by(date, counted_from_next[2]), text[first:end]
    return start, date, m.group(0)


def _resolved(
    span: Span, hit: tuple[int, int, str, re.Match[str]], reading: _Reading, running: _Running
) -> tuple[str | None, str]:
    """The date a match names and the way its clause points, with what the sentence has lent so far."""
    start, end, kind, m = hit
    direction = _direction(span, kind, start, end)
    if direction == "future" and kind in _BARE_DAYS and not m.groupdict().get("year") and _on_a_thing(span.root):
        # "will appeal the March 3 ruling", "will look at the fire of March 3": the day names a thing,
        # in no clause of its own, so the verb's future does not move it ahead: the nearest March 3
        direction = "present"
    full_date = running.full_date
    pub = full_date if kind in _COUNTED_FROM_SENTENCE and full_date is not None else reading.reference
    lean = kind == "weekday" and direction == "present" and leans_ahead(span)
    date = resolve(kind, m, Where(pub, direction, running.anchor, running.last_day, lean))
    previous = running.previous
    if previous is not None and previous.date and date and _RANGE_GAP.match(text_of(span.doc)[previous.end : start]):
        return _range_end(previous.date, kind, m, date), "present"
    return date, direction


_BARE_DAYS = frozenset({"month_day", "day_month"})


def _on_a_thing(tok: Token) -> bool:
    """The date hangs from a noun, straight or by a preposition, and the noun is no event to hold or
    deadline to meet ('the March 3 ruling', 'the fire of March 3'; not 'the March 3 vote', 'talks on
    March 3', nor 'a pact effective June 1', where an adjective dates it)."""
    first = next((t for t in tok.ancestors if t.pos_ not in ("ADP", "PROPN", "NUM")), None)
    return first is not None and first.pos_ == "NOUN" and first.lemma_.lower() not in _DAY_NOUNS


def _direction(span: Span, kind: str, start: int, end: int) -> str:
    if kind == "n_left":
        return "future"  # "three weeks left", "two weeks away" look ahead whatever the clause's tense
    direction = tense_at(span.doc, start, end, span)
    if direction == "present" and kind == "weekday" and present_simple(span):
        return "future"  # "the two leaders meet Monday": a schedule
    return direction


def _pattern_hits(
    sent: Span, patterns: list[tuple[str, Pattern]], dates: DatePatterns
) -> list[tuple[int, int, str, re.Match[str]]]:
    """(start, end, kind, match) of each pattern's matches in the sentence, in text order; where two
    overlap, the pattern listed first keeps its match."""
    sent_text = span_text(sent)
    clues = dates.clues_in(sent_text)
    if not dates.maybe_a_date(clues) and not _names_a_feast(sent_text, patterns):
        return []
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in patterns:
        if not dates.needs[kind](clues):
            continue
        for m in _matches_with_lead_ins(kind, pattern, sent_text, clues.lowered, dates):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if any(s < end and start < e for s, e, _, _ in hits):
                continue
            hits.append((start, end, kind, m))
    return sorted(hits, key=lambda h: h[0])


def _names_a_feast(sent_text: str, patterns: list[tuple[str, Pattern]]) -> bool:
    return any(k == "feast" and p.search(sent_text) for k, p in patterns)


def _matches_with_lead_ins(
    kind: str, pattern: Pattern, sent_text: str, lowered: str | None, dates: DatePatterns
) -> Iterator[re.Match[str]]:
    """A pattern's matches in the sentence, each from the word that leads into it ("in 2019"); none for
    a year after a hyphen that no such word explains."""
    for found in _matches(pattern, sent_text, lowered):
        m = _with_lead_in(kind, found, sent_text, dates.lead_ins)
        if m is not None:
            yield m


def _with_lead_in(
    kind: str, m: re.Match[str], text: str, lead_ins: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] | None = None
) -> re.Match[str] | None:
    """A year or month with the word before it ("in 2019", "post-1959", "Last April"), matched
    again from that word; None for a year right after a hyphen that no such word explains."""
    lead_in = (date_patterns().lead_ins if lead_ins is None else lead_ins).get(kind)
    if lead_in is None:
        return m
    before, whole = lead_in
    found = before.search(text, max(0, m.start() - LEAD_IN_REACH), m.start())
    if found is None or found.start() == m.start():
        return None if kind == "year" and text[m.start() - 1 : m.start()] == "-" else m
    return whole.match(text, found.start()) or m


def _matches(pattern: Pattern, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; a case-blind pattern searches the sentence's lower-cased text the
    clues already hold, instead of lowering it again for each pattern (as `CaseBlind.finditer` does)."""
    if not isinstance(pattern, CaseBlind) or lowered is None or not pattern.ascii:
        yield from pattern.finditer(text)
        return
    for m in pattern.plain.finditer(lowered):
        again = pattern.blind.match(text, m.start())
        if again is not None:
            yield again


def _names_a_date(span: Span, kind: str, m: re.Match[str]) -> bool:
    """What the parse says against a match: 'the 11th Circuit' names a court, '2000 troops' counts,
    'May' opening a question is a modal, 'today's youth' is no day."""
    check = _CHECKS.get(kind)
    return check is None or check(span, m)


def _ordinal_names_a_day(span: Span, _m: re.Match[str]) -> bool:
    """'by the 21st' is a day; 'the 11th Circuit', 'the 25th anniversary' name things."""
    after = _next_token(span)
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


_COUNTED = frozenset({"NNS", "NNPS"})
_CLOCK_WORDS = frozenset({"gmt", "utc", "est", "edt", "pst", "pdt", "cet", "hours", "hrs", "local"})


def _year_names_a_year(span: Span, m: re.Match[str]) -> bool:
    """'the 1996 bombing', 'fiscal 1989', 'between 1994 and 1997' are years; '1500 troops',
    'at 1930 GMT' are not."""
    after = _next_token(span)
    if after is None:
        return True
    if after.lower_ in _CLOCK_WORDS:
        return False
    if m.start("year") > m.start() or after.tag_ not in _COUNTED:
        return True  # "in 1996", "the 1996 bombing"
    before = span.doc[span.start - 1] if span.start > 0 else None
    # "the 2000 Olympics", "its 1988 results": a determiner or possessive before a year and a plural
    return before is not None and (before.tag_ in ("DT", "PRP$", "POS") and before.lower_ not in _COUNTING)


# Determiners that count: "all 2000 seats", "some 1500 troops", "those 1200 workers"
_COUNTING = frozenset({"all", "some", "those", "these", "another", "no", "any", "each", "every"})


_ABBREVIATED = re.compile(r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")


def _month_names_a_month(span: Span, m: re.Match[str]) -> bool:
    """A month with no word before it: 'In January,' and 'the March vote' are months; 'May' the
    modal, 'March' the verb, 'June Carter' the person and an undotted 'Jan' the name are not."""
    if m.start("month") > m.start():
        return True  # "in May", "last April": the word before makes it a month
    word = m.group("month")
    if _ABBREVIATED.match(word):
        return False
    tok = span.doc[span.start] if len(span) else None
    if tok is None or tok.pos_ in ("AUX", "VERB") or tok.tag_ == "MD":
        return False
    after = _next_token(span)
    return after is None or after.pos_ != "PROPN" or after.ent_type_ == "DATE"


_OF_PREPOSITIONS = word_set("of_prepositions")
_TOMORROW_WORDS = word_set("tomorrow_words")


def _day_word_names_a_day(span: Span, m: re.Match[str]) -> bool:
    """'today's youth', 'the people of tomorrow' speak of an age; 'today's vote' is a day."""
    after = _next_token(span)
    if after is not None and after.lower_ in ("'s", "’s"):
        owned = _next_token(span.doc[after.i : after.i + 1])
        return owned is not None and (owned.lemma_.lower() in EVENT_NOUNS or owned.pos_ == "PROPN")
    before = span.doc[span.start - 1] if span.start > 0 else None
    return not (m.group("word").lower() in _TOMORROW_WORDS and before is not None and before.lower_ in _OF_PREPOSITIONS)


def _next_token(span: Span) -> Token | None:
    doc = span.doc
    return doc[span.end] if span.end < len(doc) else None


def _shift_counts_from_the_anchor(span: Span, m: re.Match[str]) -> bool:
    """'the day before the vote' counts from the vote, which has no date here: no value; 'the day
    before,' counts from the date the text gave last."""
    if not m.group("unit6"):
        return True
    after = _next_token(span)
    return after is None or after.is_punct


def _counts_from_what_follows(span: Span, m: re.Match[str]) -> bool:
    """'the day before last Tuesday', 'the week after Easter': a shift with a date right after it."""
    return bool(m.group("unit6")) and not _shift_counts_from_the_anchor(span, m)


_AFTER_WORDS = word_set("after_words")


def _shifted_by(date: str, shift: re.Match[str]) -> str:
    """The date moved as 'the day before' or 'the week after' says."""
    step = 1 if shift.group("dir6").lower() in _AFTER_WORDS else -1
    return shift_iso(date, step, shift.group("unit6").lower()) or date


def _span_within_a_count(span: Span, _m: re.Match[str]) -> bool:
    """'within six weeks' is a date; 'Harborline's third walkout in four years', 'the longest
    blockade in a generation' measure a stretch back to now: the phrase hangs from a noun an ordinal
    or superlative ranks."""
    head = span[0].head  # "in" or "within", and the word it hangs from
    if span[0].dep_ != "prep":
        return True
    if ranks(head):
        return False  # "the strike is its first in 20 years": the ranking word heads the phrase itself
    if head.pos_ != "NOUN":
        return True
    return not any(ranks(c) for c in head.children)


_DAY_NOUNS = EVENT_NOUNS | DAY_PARTS | DEADLINE_WORDS


def _names_a_thing(span: Span, kind: str) -> bool:
    """'the May 9 incidents', 'the Sept. 11 attacks': a day before a plural noun that is no event to
    hold, set or expire names what happened that day, as a bare year does ('the 2019 accord')."""
    if kind != "month_day":
        return False
    after = _next_token(span)
    return (
        after is not None
        and after.tag_ == "NNS"
        and span.root.head.i == after.i
        and span.root.dep_ in ("compound", "nmod", "amod")
        and after.lemma_.lower() not in _DAY_NOUNS
        and after.lower_ not in _DAY_NOUNS
    )


_CHECKS = {
    "in_n": _span_within_a_count,
    "shifted": _shift_counts_from_the_anchor,
    "ordinal_day": _ordinal_names_a_day,
    "year": _year_names_a_year,
    "month": _month_names_a_month,
    "day_word": _day_word_names_a_day,
}


def _range_end(start_iso: str, kind: str, m: re.Match[str], resolved: str) -> str:
    """The end of 'from <start> to <end>' falls on or after the start, in the start's year if it can."""
    if kind not in ("month_day", "day_month") or m.groupdict().get("year"):
        return resolved
    start = dt.date.fromisoformat(start_iso[:10]) if len(start_iso) == 10 else None
    if start is None:
        return resolved
    end = safe_date(start.year, month_number(m.group("month")), int(m.group("day")))
    if end is None:
        return resolved
    if end < start:
        end = safe_date(start.year + 1, end.month, end.day) or end
    return end.isoformat()


def is_upcoming(t: Temporal, pub: dt.date) -> bool:
    """Still to come on the publication date: the same day counts when the clause looks ahead."""
    if t.date is None:
        return t.direction == "future"
    if t.bare:
        return False
    if t.direction == "past" and not (_names_its_year(t) and compare(t.date, pub) > 0):
        return False  # "for a caretaker cabinet to take office on 2 February 2027": the calendar decides
    return compare(t.date, pub) > 0 or (compare(t.date, pub) == 0 and t.direction == "future")


_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


def _names_its_year(t: Temporal) -> bool:
    """An explicit date whose words give its year ('15 January 2027', 'March 2027'), or whose weekday
    does ('Friday morning, June 12': the year in which June 12 is a Friday)."""
    return t.kind == "weekday_date" or (t.kind in _ABSOLUTE and bool(_FOUR_DIGITS.search(t.text)))


def compare(iso: str, pub: dt.date) -> int:
    """-1, 0 or 1: the date against the publication date at the date's own precision."""
    pub_iso = pub.isoformat()[: len(iso)]
    return (iso > pub_iso) - (iso < pub_iso)


def is_past(t: Temporal, pub: dt.date) -> bool:
    return t.date is not None and compare(t.date, pub) < 0
