"""Dated events: what is still to come (upcoming) and what already happened (background)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import EVENT_NOUNS, dateline_spans, Temporal, find_temporals, is_past, is_upcoming, tense_at
from briefing.analysis.positions import evidence_for
from briefing.model import Event

MAX_EVENT_WORDS = 16
_EVENT_PARTS = frozenset({"aux", "auxpass", "neg", "prt", "xcomp", "dobj", "attr", "acomp"})
_UNDATED_FUTURE = re.compile(
    r"\b(?:will|shall|are|is) (?:set|due|expected|scheduled|slated|to) to\b|\bwill (?:hold|meet|resume|continue|"
    r"convene|begin|start|open|sign|vote|travel|visit|host)\b|\b(?:set|due|scheduled|expected) to (?:take place|begin|"
    r"start|resume|open|meet|be held|continue)\b|\bnext round\b",
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
        if is_upcoming(t, published):
            best = upcoming.get(t.sent.start)
            if best is None or _explicitness(t) > _explicitness(best):
                upcoming[t.sent.start] = t
        elif is_past(t, published) and t.date is not None:
            background.append(_event(t, doc))
    events = [_event(t, doc) for t in upcoming.values()]
    events.extend(_undated_future(doc, set(upcoming), temporals, published))
    events.sort(key=lambda e: e.evidence[0].start)
    return events, _dedupe(background)


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
        if tense_at(doc, start, start + len(m.group(0))) == "past":
            continue
        here = [t for t in temporals if t.sent.start == sent.start]
        if any(is_past(t, pub) for t in here):
            continue
        date = pub.isoformat() if here and all(t.date == pub.isoformat() for t in here) else None
        out.append(Event(date, "", describe(sent, start, start + len(m.group(0))), [evidence_for(sent)]))
    return out


def _about_event(span: Span) -> bool:
    for tok in span:
        for t in (tok, tok.head):
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in EVENT_NOUNS | {"round"}:
                    return True
            if t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in EVENT_NOUNS | {"round"}:
                return True
    return "round" in span.text.lower()


def describe(sent: Span, start: int, end: int) -> str:
    """The event in a few words: the clause that holds the date, without the date itself."""
    doc = sent.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _clause_verb(span.root) if span is not None else None
    if verb is None:
        words = sent.text.split()
    else:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        holder = verb
        while not subj and holder.dep_ in ("xcomp", "conj") and holder.head.i != holder.i:
            holder = holder.head  # "A joint committee is expected to meet": the committee meets
            subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        tokens = sorted(
            {t for c in subj for t in c.subtree}
            | {verb}
            | {t for c in verb.children if c.dep_ in _EVENT_PARTS for t in c.subtree},
            key=lambda t: t.i,
        )
        skip = dateline_spans(doc.text)
        tokens = [
            t for t in tokens
            if not (span is not None and span.start <= t.i < span.end) and not any(s <= t.idx < e for s, e in skip)
        ]
        if verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.pos_ in ("NOUN", "PROPN"):
            head_np = [t for t in verb.head.subtree if t.i < verb.i and t.dep_ not in ("punct",)][-6:]
            tokens = head_np + [t for t in tokens if t not in head_np]
        words = _joined([t for t in tokens if t.dep_ != "punct" or t.text in ("-", "–")]).split()
    text = " ".join(words[:MAX_EVENT_WORDS])
    text = re.sub(r"\s+([’',.])", r"\1", text).strip(" ,;:“”\"")
    return text[:1].upper() + text[1:] if text else sent.text.strip()[:80]


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
