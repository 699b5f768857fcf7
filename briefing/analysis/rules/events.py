"""Dated events: what is still to come (upcoming) and what already happened (background)."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import (
    EVENT_NOUNS,
    Temporal,
    find_temporals,
    is_past,
    is_upcoming,
)
from briefing.analysis.doctext import (
    dateline_spans,
    entities_of,
    evidence_for,
    lower_lemmas_of,
    sentence_at,
    sentence_of,
    sentences_of,
    span_text,
    tagged_in,
    text_of,
    tokens_in,
)
from briefing.analysis.rules.event_frames import (
    alleger,
    attributed,
    clause_verb,
    joined,
    reported_off,
    reporter,
    superseded_plan,
)
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.lang import LanguageProfile, per_language, word_set
from briefing.model import Article, Event

MAX_EVENT_WORDS = 16
_EVENT_PARTS = word_set("grammar/event_parts")
FUTURE_FRAMES = word_set("future_frame_verbs")
AHEAD_MODIFIERS = word_set("ahead_modifiers")
CALLED_OFF = word_set("called_off_verbs")
_WILL = word_set("future_auxiliaries")
_PARTICIPANT_DEPS = word_set("grammar/participant_deps")
# "will meet for a fourth session", "will go to a vote": the event the clause heads for. Other
# prepositions ("open during the strike") only place the clause around an event.
_GOAL_PREPOSITIONS = word_set("goal_prepositions")


def dated_events(doc: Doc, article: Article) -> tuple[list[Event], list[Event]]:
    """The events stage: (upcoming, background), each earliest first, undated last; events on the
    same date keep the article's order."""
    upcoming, background = find_events(doc, article.published)
    return _in_date_order(upcoming), _in_date_order(background)


def _in_date_order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda ev: (ev.date is None, ev.date or ""))


def find_events(doc: Doc, published: dt.date) -> tuple[list[Event], list[Event]]:
    """(upcoming, background), each in the article's order.

    One upcoming event per clause: when a clause gives the same moment twice ("on Friday (the
    9th)"), the more explicit and precise date stands. A sentence may hold two events in two clauses:
    "strikes become legal on Wednesday, after notice that could come on Sunday".
    """
    upcoming: dict[tuple[int, int], Temporal] = {}
    background: list[Event] = []
    temporals = find_temporals(doc, published)
    moved = {t.sent.start for t in temporals if _moved_to(t, doc)}
    for t in temporals:
        if t.sent.start in moved and not _moved_to(t, doc):
            continue  # "scheduled for today, adjourned to Thursday": the day it was moved from is no event
        if (
            is_upcoming(t, published)
            and not _negated(t, doc)
            and not _only_hoped_for(t, doc)
            and not reported_off(t, doc)
            and not superseded_plan(t, doc)
        ):
            key = (t.sent.start, _clause_of_date(t, doc))
            best = upcoming.get(key)
            if best is None or _explicitness(t) > _explicitness(best):
                upcoming[key] = t
        elif is_past(t, published) and t.date is not None and not _when_said(t, doc):
            background.append(_event(t, doc))
    events = _named_once([_event(t, doc) for t in upcoming.values()])
    events.extend(_undated_future(doc, {start for start, _clause in upcoming}, temporals, published))
    events.sort(key=lambda e: e.evidence[0].start)
    return events, _dedupe(background)


MOVING_VERBS = word_set("moving_verbs")
_MOVED_TO = word_set("moved_to_words")


def _moved_to(t: Temporal, doc: Doc) -> bool:
    """'adjourned to Thursday', 'extended the deadline from May 5 to June 30': the date a
    plan was moved to, the word right before it 'to' and a verb of moving in its sentence."""
    before = text_of(doc)[t.sent.start_char : t.start].split()
    if not before or before[-1].lower() not in _MOVED_TO:
        return False
    return any(tok.lemma_.lower() in MOVING_VERBS for tok in t.sent)


def _named_once(events: list[Event]) -> list[Event]:
    """'ahead of Saturday's talks' beside 'the envoys are due to meet on Saturday': a line that only
    names the kind of event ('Talks') on a date another line tells in full is the same event."""
    told = {e.date for e in events if len(e.event.split()) > 1}
    return [e for e in events if len(e.event.split()) > 1 or e.date not in told]


def _clause_of_date(t: Temporal, doc: Doc) -> int:
    """The verb whose clause a date sits in (its token index), or the sentence's root."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return t.sent.root.i
    verb = clause_verb(span.root)
    return verb.i if verb is not None else t.sent.root.i


@per_language
def _dangling(profile: LanguageProfile) -> re.Pattern[str]:
    """The function words an event's name must not end on ("a meeting on")."""
    words = profile.alternation("dangling_words")
    return re.compile(rf"(?:\s+(?:{words}))+$", re.IGNORECASE)


_NO_DETERMINERS = word_set("no_determiners")
_INFINITIVE_MARKS = word_set("infinitive_marks")
_CALLING_OFF = word_set("calling_off_verbs")  # "call off the vote"
_OFF = word_set("off_particles")
_BE_LEMMAS = word_set("be_lemmas")


def _negated(t: Temporal, doc: Doc) -> bool:
    """'would not be reached in July' names no event to expect."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None or verb.dep_ == "advcl" or _inverted_condition(verb) or _after_an_inverted_auxiliary(span):
        return False  # "should they not agree by Friday, ...": a deadline inside a condition still stands
    if _not_until(span):
        return False  # "the list won't be out until Thursday": it comes out then
    # "would not be reached", "there will be no treaty soon", "won't be able to ratify it before Friday"
    return any(_denied(v) for v in _able_chain(verb)) or any(
        g.lower_ in _NO_DETERMINERS and g.dep_ == "det" for c in verb.children for g in c.children
    )


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
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
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
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    return verb is not None and verb.lemma_.lower() in REPORTING_VERBS


def _explicitness(t: Temporal) -> tuple[int, int]:
    relative = bool(re.match(r"(?i)tomorrow|today|tonight|next|this|coming|soon|in |within", t.text.strip()))
    return (0 if relative else 1, len(t.date or ""))


def _event(t: Temporal, doc: Doc) -> Event:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    alleged = verb is not None and alleger(verb) is not None
    text = _named_subject(describe(t.sent, t.start, t.end, whole_clause=alleged), t.sent)
    if alleged:
        text = attributed(text, verb, _named_subject)
    return Event(t.date, t.text.strip(), text, [evidence_for(t.sent)])


_PERSONAL = {"he": "PERSON", "she": "PERSON", "his": "PERSON", "her": "PERSON"}
_COLLECTIVE = {"it": ("ORG", "GPE", "NORP"), "its": ("ORG", "GPE", "NORP"), "they": ("ORG", "GPE", "NORP")}


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
    pronoun = next((t for t in tokens_in(sent) if t.lower_ == word), None)
    boundary = pronoun.idx if pronoun is not None else sent.start_char
    name = reporter(pronoun) if pronoun is not None else None
    name = name or _latest_entity_before(sent.doc, boundary, labels)
    if name is None:
        return text
    possessive = word in _THIRD_PERSON_POSSESSIVES
    return f"{name}'s {rest}" if possessive else f"{name} {rest}"


def _latest_entity_before(doc: Doc, boundary: int, labels: tuple[str, ...]) -> str | None:
    """The text of the last entity with one of `labels` ending before `boundary`."""
    ents = entities_of(doc)  # in text order, so their ends are in order too
    i = bisect.bisect_right(ents, boundary, key=lambda e: e.end_char)
    return next((e.text for e in reversed(ents[:i]) if e.label_ in labels), None)


def _undated_future(doc: Doc, dated: set[int], temporals: list[Temporal], pub: dt.date) -> list[Event]:
    """'A fourth session is planned', 'the envoys agreed to resume talks': an event still to come
    with no date of its own. The event is a noun (round, session, talks, vote ...) that takes part
    in a clause that looks ahead, or that a modifier puts ahead by itself ("the next session").

    If the sentence's only date is the publication day itself ("rejected on Wednesday the talks
    set to begin"), the event is taken to fall on that day.
    """
    out = []
    lemmas = lower_lemmas_of(doc)
    seen: set[str] = set()  # the event nouns of the dated sentences
    for start in dated:
        sent = sentence_at(doc, start)
        seen.update(lemma for lemma in lemmas[sent.start : sent.end] if lemma in EVENT_NOUNS)
    by_sentence: dict[int, list[Temporal]] = {}
    for t in temporals:
        by_sentence.setdefault(t.sent.start, []).append(t)  # once, not a scan of all dates per sentence
    for sent in sentences_of(doc):
        if sent.start in dated or span_text(sent).rstrip(' "”’').endswith("?"):
            continue  # a question asks about an event; it reports none
        here = by_sentence.get(sent.start, [])
        if any(is_past(t, pub) for t in here):
            continue
        noun = _future_event_noun(sent)
        if noun is None or noun.lemma_.lower() in seen:
            continue  # one event of a kind: later mentions of "the strike" are the same strike
        seen.add(noun.lemma_.lower())
        same_day = [t for t in here if t.kind in ("weekday", "day_word") and t.date == pub.isoformat()]
        date = pub.isoformat() if same_day and len(same_day) == len(here) else None
        out.append(Event(date, "", _undated_description(noun), [evidence_for(sent)]))
    return out


def _future_event_noun(sent: Span) -> Token | None:
    for tok in tagged_in(sent, "NOUN", "PROPN"):
        if tok.lemma_.lower() not in EVENT_NOUNS:
            continue
        verb = clause_verb(tok)
        if (verb is not None and _called_off_or_denied(verb)) or alleger(tok) is not None:
            continue  # called off, or only alleged: "alleged the planned raids would free ..."
        if _set_ahead(tok):
            return tok  # "rejected the talks set to begin": the plan looks ahead whatever the main verb
        if _marked_ahead(tok) and (verb is None or verb.tag_ != "VBD" or _looks_ahead(verb)):
            return tok
        if verb is not None and _takes_part(tok, verb) and _looks_ahead(verb):
            return tok
    return None


def _marked_ahead(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "det") and c.lower_ in AHEAD_MODIFIERS for c in noun.children)


_SETTING_FRAMES = FUTURE_FRAMES - word_set("bare_copulas")


def _set_ahead(noun: Token) -> bool:
    """'talks set to begin', 'a vote scheduled for May': a participle of planning on the noun itself."""
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _SETTING_FRAMES for c in noun.children)


def _takes_part(noun: Token, verb: Token) -> bool:
    """The noun is what the clause is about: its subject or object, or the object of its preposition."""
    if noun.head.i == verb.i and noun.dep_ in _PARTICIPANT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.lower_ in _GOAL_PREPOSITIONS


def _looks_ahead(verb: Token) -> bool:
    """The clause is still to come: 'will meet', 'is to meet', 'agreed to resume', 'is planned'.
    A second verb joined to the first shares its outlook: 'agreed to draft a text and then resume talks'."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and _looks_ahead(verb.head):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and any(c.lower_ in _INFINITIVE_MARKS for c in verb.children):
        frame = head.lemma_.lower()
        if frame in FUTURE_FRAMES and not any(c.dep_ == "neg" for c in head.children):
            return frame != "be" or head.tag_ in ("VBZ", "VBP")  # "is to meet", not "was to meet"
    if verb.lemma_.lower() in FUTURE_FRAMES and verb.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)  # "is planned"
    return False


def _called_off_or_denied(verb: Token) -> bool:
    """'The vote will not take place', 'the summit was postponed': nothing to expect."""
    # A verb joined by 'and' is an act of its own: "postpone the vote and resume talks".
    governors = (verb,) if verb.dep_ == "conj" else (verb, verb.head)
    for v in governors:
        if v.lemma_.lower() in CALLED_OFF or any(c.dep_ == "neg" for c in v.children):
            return True
        if v.lemma_.lower() in _CALLING_OFF and any(c.dep_ == "prt" and c.lower_ in _OFF for c in v.children):
            return True
    return False


_ARTICLES = word_set("articles")


def _undated_description(noun: Token) -> str:
    """The event as a noun phrase: 'Fourth session', 'Next session of talks in Port Arlen'."""
    skip = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "punct") for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in skip and not (t.i < noun.i and t.lower_ in _ARTICLES)]
    text = _trimmed(" ".join(joined(words).split()[:MAX_EVENT_WORDS]))
    verb = noun.head if noun.dep_ in _PARTICIPANT_DEPS else None
    if len(words) == 1 and verb is not None and verb.pos_ == "VERB":
        # A bare "talks" says little; its verb says what happens: "Talks resume", "Hold a vote".
        text = f"{text} {verb.lemma_}" if noun.dep_.startswith("nsubj") else f"{verb.lemma_} {text}"
    return _capitalised(_dangling().sub("", text))


def describe(sent: Span, start: int, end: int, *, whole_clause: bool = False) -> str:
    """The event in a few words: who does what, from the clause that holds the date, without the date.
    With `whole_clause`, the clause even when the date dates a noun of it: what is alleged is the
    clause ('had rigged the February vote'), not the vote."""
    doc = sent.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    noun = _event_noun_holding(span) if span is not None and not whole_clause else None
    if span is not None and noun is not None:
        return _described_by_noun(noun, span)
    words = _clause_text(clause_verb(span.root), span).split() if span is not None else []
    if len(words) < 3:
        words = _phrase_around(sent, start, end).split()
    text = " ".join(words[:MAX_EVENT_WORDS])
    text = _trimmed(re.sub(r"\s+([’',.])", r"\1", text))
    text = _dangling().sub("", text)  # "a meeting on" once its date is taken out
    return text[:1].upper() + text[1:] if text else span_text(sent).strip()[:80]


def _clause_text(verb: Token | None, span: Span) -> str:
    """Who does what in the clause of the date's verb, without the date."""
    if verb is None:
        return ""
    relative = verb if _free_relative(verb) else None
    if relative is not None:
        verb = clause_verb(relative.head) or relative  # "will hold what X calls a sham vote on May 2": the holding
    if relative is not None and _finite(verb):
        # the holding and what is held, in the article's words: 'will hold what X calls a "sham" vote'
        return joined(_outside(sorted(_clause_parts(verb, span) | set(relative.subtree), key=lambda t: t.i), span))
    if _finite(verb):
        return joined(_clause_words(verb, span))
    # "efforts aimed at reaching a truce by Easter": the participle and its object.
    parts = [verb, *(t for c in verb.children if c.dep_ in ("dobj", "prt", "attr") for t in c.subtree)]
    return joined(sorted(parts, key=lambda t: t.i))


def _described_by_noun(noun: Token, date: Span) -> str:
    """'ahead of a fifth round of talks in Port Arlen later this week': the round is the event."""
    phrase = [t for t in noun.subtree if not (date.start <= t.i < date.end)]
    text = _trimmed(" ".join(joined(phrase).split()[:MAX_EVENT_WORDS]))
    return _capitalised(_dangling().sub("", re.sub(r"^['’]s\s+", "", text)))


_QUOTE_MARKS = "“”\"‘’'"


def _free_relative(verb: Token) -> bool:
    """'what Norland calls a sham vote': a clause that only names a thing, inside the clause that acts."""
    return verb.dep_ == "ccomp" and any(c.tag_ in ("WP", "WDT") and c.dep_ == "dobj" for c in verb.children)


def _trimmed(text: str) -> str:
    """Without the punctuation cut at either end; a quotation mark goes only when it has no pair,
    so the article's scare quotes stay: 'a "consultative" referendum', 'what it calls a "sham"'."""
    text = text.strip(" ,;:")
    while text and text[0] in _QUOTE_MARKS and _unpaired(text):
        text = text[1:].strip(" ,;:")
    while text and text[-1] in _QUOTE_MARKS and _unpaired(text):
        text = text[:-1].strip(" ,;:")
    return text


def _unpaired(text: str) -> bool:
    doubles = sum(text.count(q) for q in '“”"')
    return doubles % 2 == 1 or (text[0] in "‘" and "’" not in text[1:])


def _finite(verb: Token) -> bool:
    return verb.tag_ not in ("VBG", "VBN") or any(c.dep_.startswith("aux") for c in verb.children)


def _subject_and_holder(verb: Token) -> tuple[list[Token], Token]:
    """'the envoys are due to meet': the envoys meet, though their verb is 'are'."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    holder = verb
    while not subj and holder.dep_ in ("xcomp", "conj", "acomp") and holder.head.i != holder.i:
        holder = holder.head
        subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj, holder


def _clause_words(verb: Token, date: Span | None) -> list[Token]:
    """Who does what in the clause of a finite verb, without the date and any dateline."""
    tokens = _outside(sorted(_clause_parts(verb, date), key=lambda t: t.i), date)
    if verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.pos_ in ("NOUN", "PROPN"):
        # "a vote scheduled for Friday": the noun the clause hangs from comes first
        head_np = [t for t in verb.head.subtree if t.i < verb.i and t.dep_ not in ("punct",)][-6:]
        tokens = head_np + [t for t in tokens if t not in head_np]
    return [t for t in tokens if t.dep_ != "punct" or t.text in ("-", "–")]


_TOPIC_PREPOSITIONS = word_set("topic_prepositions")


def _clause_parts(verb: Token, date: Span | None) -> set[Token]:
    subj, holder = _subject_and_holder(verb)
    parts = {t for c in subj for t in c.subtree} | {verb}
    for child in verb.children:
        if child.dep_ in _EVENT_PARTS or (child.dep_ == "prep" and _names_a_place(child)):
            parts |= set(child.subtree)
    parts |= _copular_predicate(verb, date)
    parts |= _awaited_event(verb, date)
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        # "warned of possible renewed strikes": with no object, the 'of' phrase says what
        parts |= {t for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS for t in c.subtree}
    if holder.i != verb.i and subj:
        # "We are ready to sign", "the envoys are due to meet": keep the words that join them.
        first = min(t.i for c in subj for t in c.subtree)
        if verb.i - first <= MAX_JOINING_WORDS:
            parts |= set(verb.doc[first : verb.i + 1])
    return parts


MAX_JOINING_WORDS = 8  # "the envoys are due to meet": further apart, the words between say more


def _outside(tokens: list[Token], date: Span | None) -> list[Token]:
    """The tokens that are neither the date's nor a dateline's."""
    skip = dateline_spans(text_of(tokens[0].doc)) if tokens else []
    return [
        t
        for t in tokens
        if not (date is not None and date.start <= t.i < date.end) and not any(s <= t.idx < e for s, e in skip)
    ]


# "ahead of the vote in November": what the date qualifies is the event the clause waits for.
_AWAITING = word_set("awaiting_words")


def _awaited_event(verb: Token, date: Span | None) -> set[Token]:
    """'would keep its troops in place ahead of the vote in November': the qualifier stays with the
    date, so the line reads 'would keep its troops ahead of the vote', not 'would keep its troops'."""
    if date is None:
        return set()
    for child in verb.children:
        if child.dep_ in ("prep", "advmod") and child.lower_ in _AWAITING and child.i < date.start:
            last = max(t.i for t in child.subtree)
            if date.start - last <= 2 or date.start <= last:
                return set(child.subtree)
    return set()


def _copular_predicate(verb: Token, date: Span | None) -> set[Token]:
    """'The dockers will be in a legal strike position on Friday': with 'be', the first phrase after
    it that is not the date says what happens."""
    if verb.lemma_ not in _BE_LEMMAS:
        return set()
    for child in verb.rights:
        if child.dep_ == "prep":
            # the date's own words drop out later; a phrase that is only the date says nothing
            rest = [t for t in child.subtree if date is None or not date.start <= t.i < date.end]
            if len(rest) > 1:
                return set(rest)
    return set()


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
    """The words between the punctuation on either side of a date: 'the three weeks left before ...'."""
    text = text_of(sent.doc)
    left = max(text.rfind(c, sent.start_char, start) for c in ',;:“”"(')
    right_candidates = [i for i in (text.find(c, end, sent.end_char) for c in ',;:“”")') if i != -1]
    right = min(right_candidates) if right_candidates else sent.end_char
    return " ".join(text[max(left + 1, sent.start_char) : right].split())


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
