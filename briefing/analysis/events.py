"""Dated events: what is still to come (upcoming) and what already happened (background)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import (
    EVENT_NOUNS,
    Temporal,
    find_temporals,
    is_past,
    is_upcoming,
    tense_at,
)
from briefing.analysis.doctext import dateline_spans, evidence_for, text_of
from briefing.model import Event

MAX_EVENT_WORDS = 16
_EVENT_PARTS = frozenset({"aux", "auxpass", "neg", "prt", "xcomp", "dobj", "attr", "acomp"})
_UNDATED_FUTURE = re.compile(
    r"\b(?:will|shall|are|is) (?:set|due|expected|scheduled|slated|to) to\b|\bwill (?:hold|meet|resume|continue|"
    r"convene|begin|start|open|sign|vote|travel|visit|host)\b|\b(?:set|due|scheduled|expected) to (?:take place|begin|"
    r"start|resume|open|meet|be held|continue)\b|\bnext round\b"
    r"|\bagreed to\b[^.;]{0,80}\b(?:continue|resume|hold|meet)\b",
    re.IGNORECASE,
)


def find_events(doc: Doc, published: dt.date) -> tuple[list[Event], list[Event]]:
    """(upcoming, background), each in the article's order.

    One upcoming event per sentence: when a sentence gives the same moment twice
    ("tomorrow morning (the 12th)"), the more explicit and precise date stands.
    """
    upcoming: dict[int, Temporal] = {}
    background: list[Event] = []
    temporals = find_temporals(doc, published)
    for t in temporals:
        if is_upcoming(t, published) and not _negated(t, doc):
            best = upcoming.get(t.sent.start)
            if best is None or _explicitness(t) > _explicitness(best):
                upcoming[t.sent.start] = t
        elif is_past(t, published) and t.date is not None:
            background.append(_event(t, doc))
    events = [_event(t, doc) for t in upcoming.values()]
    events.extend(_undated_future(doc, set(upcoming), temporals, published))
    events.sort(key=lambda e: e.evidence[0].start)
    return events, _dedupe(background)


_DANGLING = re.compile(r"(?:\s+(?:on|in|at|by|from|until|before|after|for|of|the|a|an))+$", re.IGNORECASE)


def _negated(t: Temporal, doc: Doc) -> bool:
    """'would not be reached in July' names no event to expect."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = _clause_verb(span.root) if span is not None else None
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _explicitness(t: Temporal) -> tuple[int, int]:
    relative = bool(re.match(r"(?i)tomorrow|today|tonight|next|this|coming|soon|in |within", t.text.strip()))
    return (0 if relative else 1, len(t.date or ""))


def _event(t: Temporal, doc: Doc) -> Event:
    return Event(t.date, t.text.strip(), describe(t.sent, t.start, t.end), [evidence_for(t.sent)])


def _undated_future(doc: Doc, dated: set[int], temporals: list[Temporal], pub: dt.date) -> list[Event]:
    """'the next round will take place in Mexico': an event still to come with no date of its own.

    The event must be what the future verb is about (its subject or object). If the
    sentence's only date is the publication day itself ("rejected on Wednesday the
    talks set to begin in Geneva"), the event is taken to fall on that day.
    """
    out = []
    for sent in doc.sents:
        if sent.start in dated:
            continue
        m = _UNDATED_FUTURE.search(sent.text)
        if m is None:
            continue
        start = sent.start_char + m.start()
        span = doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
        if span is None or not _about_event(span):
            continue
        last = span[-1]
        if tense_at(doc, last.idx, last.idx + len(last.text)) == "past" or re.search(
            r"\b(?:was|were|had been)\s+(?:set|due|scheduled|expected|slated)\b",
            sent.text[m.start() - 12 : m.end()],
        ):
            continue
        here = [t for t in temporals if t.sent.start == sent.start]
        if any(is_past(t, pub) for t in here):
            continue
        # "rejected on Wednesday the talks set to begin": a weekday that is the publication day dates the event.
        same_day = [t for t in here if t.kind in ("weekday", "day_word") and t.date == pub.isoformat()]
        date = pub.isoformat() if same_day and len(same_day) == len(here) else None
        out.append(Event(date, "", describe(sent, start, start + len(m.group(0))), [evidence_for(sent)]))
    return out


def _about_event(span: Span) -> bool:
    for tok in span:
        for t in (tok, tok.head):
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in EVENT_NOUNS:
                    return True
            if t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in EVENT_NOUNS:
                return True
    return "round" in span.text.lower()


def describe(sent: Span, start: int, end: int) -> str:
    """The event in a few words: who does what, from the clause that holds the date, without the date."""
    doc = sent.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _clause_verb(span.root) if span is not None else None
    words: list[str] = []
    noun = _event_noun_holding(span) if span is not None else None
    if noun is not None:
        # "ahead of a fifth round of talks in Washington later this week": the round is the event.
        phrase = [t for t in noun.subtree if not (span.start <= t.i < span.end)]
        text = " ".join(_joined(phrase).split()[:MAX_EVENT_WORDS]).strip(' ,;:“”"')
        return _capitalised(_DANGLING.sub("", re.sub(r"^['’]s\s+", "", text)))
    finite = verb is not None and (
        verb.tag_ not in ("VBG", "VBN") or any(c.dep_.startswith("aux") for c in verb.children)
    )
    if verb is not None and finite:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        holder = verb
        while not subj and holder.dep_ in ("xcomp", "conj", "acomp") and holder.head.i != holder.i:
            holder = holder.head  # "the envoys are due to meet": the envoys meet
            subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        parts = {t for c in subj for t in c.subtree} | {verb}
        parts |= {t for c in verb.children if c.dep_ in _EVENT_PARTS for t in c.subtree}
        parts |= {t for c in verb.children if c.dep_ == "prep" and _names_a_place(c) for t in c.subtree}
        if holder.i != verb.i and subj:
            # "We are ready to sign", "the envoys are due to meet": keep the words that join them.
            first = min(t.i for c in subj for t in c.subtree)
            if verb.i - first <= 8:
                parts |= set(doc[first : verb.i + 1])
        skip = dateline_spans(text_of(doc))
        tokens = [
            t
            for t in sorted(parts, key=lambda t: t.i)
            if not (span is not None and span.start <= t.i < span.end) and not any(s <= t.idx < e for s, e in skip)
        ]
        if verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.pos_ in ("NOUN", "PROPN"):
            head_np = [t for t in verb.head.subtree if t.i < verb.i and t.dep_ not in ("punct",)][-6:]
            tokens = head_np + [t for t in tokens if t not in head_np]
        words = _joined([t for t in tokens if t.dep_ != "punct" or t.text in ("-", "–")]).split()
    if verb is not None and not finite:
        # "efforts aimed at achieving a truce by Ramadan": the participle and its object.
        parts = [verb, *(t for c in verb.children if c.dep_ in ("dobj", "prt", "attr") for t in c.subtree)]
        words = _joined(sorted(parts, key=lambda t: t.i)).split()
    if len(words) < 3:
        words = _phrase_around(sent, start, end).split()
    text = " ".join(words[:MAX_EVENT_WORDS])
    text = re.sub(r"\s+([’',.])", r"\1", text).strip(' ,;:“”"')
    text = _DANGLING.sub("", text)  # "a meeting on" once its date is taken out
    return text[:1].upper() + text[1:] if text else sent.text.strip()[:80]


def _event_noun_holding(span: Span) -> Token | None:
    """An event noun ('round', 'summit', 'talks') that the date modifies directly, before any verb."""
    for tok in span.root.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lemma_.lower() in EVENT_NOUNS:
            return tok
    return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names_a_place(prep: Token) -> bool:
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in prep.subtree)


def _phrase_around(sent: Span, start: int, end: int) -> str:
    """The words between the punctuation on either side of a date: 'the five months left before ...'."""
    text = text_of(sent.doc)
    left = max(text.rfind(c, sent.start_char, start) for c in ',;:“”"(')
    right_candidates = [i for i in (text.find(c, end, sent.end_char) for c in ',;:“”")') if i != -1]
    right = min(right_candidates) if right_candidates else sent.end_char
    return " ".join(text[max(left + 1, sent.start_char) : right].split())


def _joined(tokens: list[Token]) -> str:
    """Tokens back to text with the article's own spacing: 'highest-ranking', not 'highest - ranking'."""
    out = []
    for i, t in enumerate(tokens):
        adjacent = i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1
        out.append(t.text_with_ws if adjacent else t.text + " ")
    return "".join(out).strip()


def _clause_verb(tok: Token) -> Token | None:
    for t in [tok, *tok.ancestors]:
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT"):
            return t
    return None


def _dedupe(events: list[Event]) -> list[Event]:
    seen: set[tuple[str | None, int]] = set()
    out = []
    for e in events:
        key = (e.date, e.evidence[0].start)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out
