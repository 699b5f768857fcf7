"""Title and bottom line up front, written from the brief's own grounded items."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    dateline_spans,
    entities_of,
    noun_chunks_in,
    sentences_of,
    span_text,
    text_of,
    tokens_in,
    tokens_tagged,
)
from briefing.analysis.grounding import clip_texts
from briefing.analysis.rules.lexicon import DEAL_WORDS, REPORTING_VERBS
from briefing.lang import LanguageProfile, word_keys, word_set
from briefing.model import Article, Brief, Event, Item, Side, Source, ThirdParty

MAX_TITLE_WORDS = 12
MAX_LEAD_WORDS = 40


def write_brief(
    article: Article,
    doc: Doc,
    profile: LanguageProfile,
    sides: list[Side],
    third_parties: list[ThirdParty],
    upcoming: list[Event],
    background: list[Event],
) -> Brief:
    """The summary stage: the brief with its title and bottom line, every line within its limit."""
    brief = Brief(
        title="",
        source=Source.of(article),
        summary="",
        sides=sides,
        third_parties=third_parties,
        upcoming=upcoming,
        background=background,
    )
    brief.title = article.title or title_for(doc, brief, profile)
    brief.summary = summarise(doc, brief, profile)
    return clip_texts(brief)


def title_for(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
    """A headline when the article has none: the sides, then the lead's main clause."""
    clause = _headline_length(_main_clause(doc, brief.source.title))
    names = [s.name for s in brief.sides]
    if len(names) == 2 and not all(n.lower() in clause.lower() for n in names):
        return profile.say("title_of_two_sides", first=names[0], second=names[1], clause=clause)
    return clause or profile.say("title_of_nothing")


_PHRASE_STARTS = word_set("phrase_starts")


def _headline_length(clause: str) -> str:
    """At most a dozen words, cut before a trailing phrase rather than mid-phrase with an ellipsis."""
    words = clause.split()
    if len(words) <= MAX_TITLE_WORDS:
        return " ".join(words).rstrip(",;:.")
    head = words[:MAX_TITLE_WORDS]
    cut = max((i for i, w in enumerate(head) if w.lower() in _PHRASE_STARTS and i >= 5), default=None)
    if cut is not None:
        return " ".join(head[:cut]).rstrip(",;:.")
    return " ".join(head).rstrip(",;:.") + " …"


_DROP_FROM_TITLE = word_set("grammar/drop_from_title")


def _main_clause(doc: Doc, headline: str | None) -> str:
    """The lead's core, headline-style: 'During talks, X said that Y agreed on Z, but ...' -> 'Y agreed on Z'."""
    lead_text = _lead(doc, headline)
    first_part = re.split(r",|;", lead_text, maxsplit=1)[0].strip()
    sent = _sentence_of_lead(doc, lead_text) if lead_text else None
    if sent is None:
        return first_part
    core, speaker = _reported_core(sent)
    skip = dateline_spans(text_of(doc))
    tokens = [t for t in _core_words(core, sent) if not any(s <= t.idx < e for s, e in skip)]
    text = " ".join(_tokens_text(tokens).split()).strip(" ,;:")
    text = _name_the_pronoun(text, core, speaker)
    return text or first_part


def _sentence_of_lead(doc: Doc, lead: str) -> Span | None:
    """The sentence the lead paragraph opens with (its first 40 characters, spaces folded)."""
    return next((s for s in sentences_of(doc) if lead[:40] in " ".join(span_text(s).split())), None)


def _reported_core(sent: Span) -> tuple[Token, Token | None]:
    """The clause the sentence reports ('X said that Y agreed': 'agreed'), and the root's subject."""
    core = sent.root
    content = next((c for c in core.children if c.dep_ == "ccomp"), None)
    speaker = next((c for c in core.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if core.lemma_.lower() in REPORTING_VERBS and content is not None:
        core = content
    return core, speaker


def _core_words(core: Token, sent: Span) -> list[Token]:
    """The clause's head and the words it governs, up to the first comma or conjunction after it."""
    # Everything after the first comma that follows the verb is an aside or a second clause.
    stop = next(
        (c.i for c in core.children if (c.dep_ == "cc" or c.text in (",", ";", "—", "–")) and c.i > core.i), sent.end
    )
    keep: list[Token] = [core]
    for child in core.children:
        if _kept_in_title(child, core, stop):
            keep.extend(child.subtree)
    return sorted((t for t in keep if t.i < stop), key=lambda t: t.i)


def _kept_in_title(child: Token, core: Token, stop: int) -> bool:
    """A word the core governs that the headline keeps: not punctuation, a dropped relation or an opener."""
    if child.dep_ in _DROP_FROM_TITLE or child.dep_ == "punct" or child.i > stop:
        return False
    return not (child.dep_ == "prep" and child.i < core.i)  # "During the first round of talks in a year, ..."


def _name_the_pronoun(text: str, core: Token, speaker: Token | None) -> str:
    """'The Tamari Front has declared that it will not agree' -> 'The Tamari Front will not agree'."""
    subject = next((c for c in core.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or speaker is None or subject.pos_ != "PRON" or not text.lower().startswith(subject.lower_):
        return text
    name = _speaker_name(speaker)
    return text if name is None else name + text[len(subject.text) :]


def _speaker_name(speaker: Token) -> str | None:
    """The speaker's name as the article gives it: its entity, or the words of its phrase."""
    doc = speaker.doc
    datelines = dateline_spans(text_of(doc))
    if any(s <= speaker.idx < e for s, e in datelines):
        # The parse took the dateline's city for the subject: the speaker is the last name before the verb.
        named = [e for e in entities_of(doc) if e.label_ in ("PERSON", "ORG") and e.end <= speaker.head.i]
        return named[-1].text if named else None
    entity = next((e for e in entities_of(doc) if e.start <= speaker.i < e.end), None)
    return entity.text if entity is not None else _tokens_text(list(speaker.subtree)).strip()


def _tokens_text(tokens: list[Token]) -> str:
    out = []
    for i, t in enumerate(tokens):
        adjacent = i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1
        out.append(t.text_with_ws if adjacent else t.text + " ")
    return "".join(out)


MAX_STANCE_WORDS = 14  # a side's stance in the bottom line: its shortest key point up to this length
_DISPUTE_NOUNS = DEAL_WORDS | word_set("dispute_nouns")


def summarise(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
    """The bottom line, written from the brief's own points: who is at odds with whom over what,
    each side's key stance or condition, and the next dated event with its date in words."""
    issue = issue_of(doc, brief)
    sentences = [_dispute(doc, brief, profile, issue), _stances(brief, profile, issue), _next_event(brief, profile)]
    return " ".join(_end(s) for s in sentences if s)


def _dispute(doc: Doc, brief: Brief, profile: LanguageProfile, issue: str) -> str:
    names = [s.name for s in brief.sides[:2]]
    topic = issue or _topic(doc, profile)
    over = profile.say("over_topic", topic=topic) if topic else ""
    mediator = _mediator(brief, profile)
    if len(names) == 2:
        return profile.say("two_sides_at_odds", first=names[0], second=names[1]) + over + mediator
    if names:
        return profile.say("one_side_in_dispute", first=names[0]) + over + mediator
    return _shorten(_lead(doc, brief.source.title), MAX_LEAD_WORDS)


_MEDIATING_ROLES = frozenset({"mediator", "facilitator", "broker", "host"})


def _mediator(brief: Brief, profile: LanguageProfile) -> str:
    """', mediated by Switzerland': the third party the talks go through, where there is one."""
    wording = profile.wording.get("mediated_by")
    party = next((tp for tp in brief.third_parties if tp.role.lower() in _MEDIATING_ROLES), None)
    if wording is None or party is None:
        return ""
    name = party.name if party.name[:1].isupper() else f"the {party.name}"
    return wording.format(mediator=name)


_NOT_AN_ISSUE = word_set("not_an_issue")
_OVER_PREPOSITIONS = word_set("over_prepositions")
_DISAGREEING = word_set("disagreeing_words")
STEM_LETTERS = 6  # 'automation' and 'automate', 'disarmament' and 'disarm' share their first six letters


def issue_of(doc: Doc, brief: Brief) -> str:
    """What the sides are at odds over, in the article's own words: what the lead says they fail to
    agree on ('failed to agree on wages'), else the thing both sides' own points speak of ('the
    automation plan' against 'drops its plan to automate two cranes'), else nothing."""
    obj = _disagreed_over(doc)
    if obj is not None:
        return _issue_phrase(obj)
    noun = _noun_both_sides_cite(doc, brief)
    return _issue_phrase(noun) if noun is not None else ""


def _disagreed_over(doc: Doc) -> Token | None:
    """'failed to agree on wages' in the lead: the content word the sides disagree over."""
    sent = _sentence_of_lead(doc, _lead(doc))
    for tok in tokens_in(sent) if sent is not None else ():
        if tok.lower_ in _OVER_PREPOSITIONS and tok.head.lemma_.lower() in _DISAGREEING:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and _content_word(obj):
                return obj
    return None


def _noun_both_sides_cite(doc: Doc, brief: Brief) -> Token | None:
    """The noun whose stem the two sides' cited sentences share most often."""
    per_side = [_stems_of(doc, side) for side in brief.sides[:2]]
    if len(per_side) < 2:
        return None
    shared = set(per_side[0]) & set(per_side[1])
    first_noun = _first_noun_per_stem(doc)
    nouns = [(per_side[0][s] + per_side[1][s], s) for s in shared if s in first_noun]
    if not nouns:
        return None
    return first_noun[max(nouns)[1]]


def _stem(tok: Token) -> str:
    return tok.lemma_.lower()[:STEM_LETTERS]


# Actors are who, not what: "at odds over nurses" names no issue.
_ACTOR_OR_EVENT = (
    word_set("member_nouns")
    | word_set("body_nouns")
    | word_set("speaker_nouns")
    | word_set("title_words")
    | word_keys("generic_party_nouns")
)


def _content_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ in ("NOUN", "VERB")
        and not tok.ent_type_
        and tok.is_alpha
        and len(tok) > 3
        and lemma not in _NOT_AN_ISSUE
        and lemma not in REPORTING_VERBS
        and lemma not in _ACTOR_OR_EVENT
        and tok.lower_ not in _ACTOR_OR_EVENT
    )


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _plain(modifier: Token) -> bool:
    """A modifier that reads alone: not a piece of a hyphenated compound ('20-point') nor a participle
    of the event ('the mediated meeting')."""
    before = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    glued = before is not None and before.text == "-" and not before.whitespace_
    return modifier.is_alpha and not glued and modifier.tag_ not in ("VBN", "VBD", "VBG")


def _unquoted(words: list[Token], head: Token) -> str:
    """The phrase in the brief's own voice: a modifier in scare quotes is one side's word for the
    thing ('what X calls a "sham referendum"' -> 'referendum'), so it stays in that side's line."""
    marks = [t.i for t in head.doc[max(words[0].i - 1, 0) : head.i + 2] if t.text in _QUOTE_MARKS]
    kept = [t for t in words if t.i == head.i or sum(m < t.i for m in marks) % 2 == 0]
    if any(m < head.i < n for m, n in itertools.pairwise(marks)):
        kept = [head]
    return " ".join(t.text for t in kept)


def _stems_of(doc: Doc, side: Side) -> dict[str, int]:
    """How often each content word's stem occurs in the sentences a side's points cite."""
    counts: dict[str, int] = {}
    for item in [*side.preconditions, *side.positions]:
        for ev in item.evidence:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            for tok in tokens_in(span) if span is not None else ():
                if _content_word(tok):
                    counts[_stem(tok)] = counts.get(_stem(tok), 0) + 1
    return counts


def _first_noun_per_stem(doc: Doc) -> dict[str, Token]:
    """Each content noun's stem -> its first occurrence in the article, in one pass over the article
    (a scan per shared stem grew with the square of the article's length)."""
    first: dict[str, Token] = {}
    for tok in tokens_tagged(doc, "NOUN"):
        if _content_word(tok):
            first.setdefault(_stem(tok), tok)
    return first


def _issue_phrase(noun: Token) -> str:
    """'automation' in 'the automation plan' -> 'the automation plan'; 'wages' -> 'wages'."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    words = _with_close_modifiers(head)
    # 'a referendum', "Armenia's constitution": 'the referendum', 'the constitution' here
    det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    phrase = _unquoted(words, head) + _of_what(head)
    bare_singular = head.tag_ == "NN" and head.lemma_.lower() != phrase.lower()  # 'automation plan', not 'wages'
    return f"the {phrase}" if det is not None or bare_singular else phrase


def _with_close_modifiers(head: Token) -> list[Token]:
    """The noun with its plain compounds and adjectives of the two words before it, in order."""
    words = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i >= head.i - 2 and _plain(c)] + [head]
    return sorted(set(words), key=lambda t: t.i)


MAX_OF_WORDS = 2  # 'the release of hostages', 'the withdrawal of troops': the short 'of' phrase it takes


def _of_what(head: Token) -> str:
    """' of hostages' for 'the release of hostages': what a noun of action acts on, when short and plain."""
    obj = _acted_on(head)
    if obj is None or not _content_word(obj) or not head.lemma_.lower().endswith(tuple(_ACTION_ENDINGS)):
        return ""
    words = [*[c for c in obj.lefts if c.dep_ in ("compound", "amod") and _plain(c)][-1:], obj]
    return " of " + " ".join(t.text for t in words) if len(words) <= MAX_OF_WORDS else ""


def _acted_on(head: Token) -> Token | None:
    """The object of the noun's 'of': 'hostages' in 'the release of hostages'."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _ACTION_OBJECT_PREPOSITIONS), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


# Nouns of action: 'release', 'withdrawal', 'lifting', 'recognition' take what they act on.
_ACTION_ENDINGS = word_set("action_noun_endings")
_ACTION_OBJECT_PREPOSITIONS = word_set("action_object_prepositions")


def _topic(doc: Doc, profile: LanguageProfile) -> str:
    """What the dispute is about: the first noun phrase of the lead headed by a talks/deal word."""
    sent = _sentence_of_lead(doc, _lead(doc))
    for chunk in noun_chunks_in(sent) if sent is not None else ():
        words = _topic_words(chunk)
        if words:
            return profile.say("topic", words=" ".join(t.text for t in words))
    return ""


def _topic_words(chunk: Span) -> list[Token]:
    """A short noun phrase headed by a talks/deal word, without its determiner or punctuation."""
    if chunk.root.lemma_.lower() not in _DISPUTE_NOUNS or len(chunk) > 6:
        return []
    return [t for t in chunk if t.dep_ not in ("det", "poss") and not t.is_punct]


MIN_STANCE_WORDS = 3  # shorter is a bare noun phrase, no stance a reader can take in


def _stances(brief: Brief, profile: LanguageProfile, issue: str = "") -> str:
    """Each side's central point in its own condensed words: one about the issue in dispute first,
    then a condition, then a key position; never the point already given for the other side."""
    parts = []
    given: list[str] = []
    stems = {w.lower()[:STEM_LETTERS] for w in issue.split() if len(w) > 3}
    names = [s.name for s in brief.sides[:2]]
    for side in brief.sides[:2]:
        others = [n for n in names if n != side.name]
        fitting = _fitting_stances(side, given, names)
        if not fitting:
            continue
        item, is_condition = min(fitting, key=lambda c: _stance_order(c, fitting, side.name, others, stems))
        given.append(item.text)
        key = "side_sets_condition" if is_condition else "side_stance"
        parts.append(profile.say(key, side=side.name, point=_lower_first(item.text)))
    return "; ".join(parts)


def _fitting_stances(side: Side, given: list[str], names: list[str]) -> list[tuple[Item, bool]]:
    """A side's conditions and key positions (with whether each is a condition) that fit a stance:
    of a readable length, not a bare noun phrase, and not a point already given."""
    candidates = [(it, True) for it in side.preconditions] + [(it, False) for it in side.positions if it.key]
    return [
        (it, is_condition)
        for it, is_condition in candidates
        if MIN_STANCE_WORDS <= len(it.text.split()) <= MAX_STANCE_WORDS
        and not any(_same_point(it.text, g, names) for g in given)
        and not _bare_noun_phrase(it.text)
    ]


_ARTICLES = word_set("articles")
MAX_NOUN_PHRASE_WORDS = 4


def _bare_noun_phrase(text: str) -> bool:
    """'The automation plan': a short point that opens on an article names a thing, not a stance."""
    words = text.split()
    return words[0].lower() in _ARTICLES and len(words) <= MAX_NOUN_PHRASE_WORDS


def _joint_narration(text: str, side: str) -> bool:
    """'X and Y failed to agree on wages': a point whose subject is both parties tells what happened,
    not where this side stands."""
    at = text.find(side)
    if at < 0:
        return False
    subject = text[: at + len(side) + 30].split(",")[0]
    return bool(re.search(rf"\band\s+(?:the\s+)?{re.escape(side)}|{re.escape(side)}\s+and\s+(?:the\s+)?[A-Z]", subject))


def _stance_order(
    candidate: tuple[Item, bool], fitting: list[tuple[Item, bool]], side: str, others: list[str], stems: set[str]
) -> tuple[bool, bool, bool, bool, int]:
    """A side's central point: not narration of both sides, not a position about the other side, about
    the issue, a condition before a position, then the side's own ranking."""
    item, is_condition = candidate
    return (
        _joint_narration(item.text, side),
        not is_condition and _opens_on_another(item.text, others),
        not _speaks_of(item.text, stems),
        not is_condition,
        fitting.index(candidate),
    )


SAME_POINT_OVERLAP = 0.5  # share of words two sides' points have in common to be one point


def _same_point(a: str, b: str, names: list[str]) -> bool:
    """'Washington said tariffs will stay' and 'Beijing said tariffs will stay': one point, whichever
    side's name it carries, is never given for both sides."""
    for name in names:
        a, b = a.replace(name, ""), b.replace(name, "")
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_POINT_OVERLAP


def _opens_on_another(text: str, others: list[str]) -> bool:
    """A point whose first words name the other side tells what that side did, not this side's stance."""
    head = " ".join(text.split()[:MAX_OPENING_WORDS])
    return any(other in head for other in others)


MAX_OPENING_WORDS = 2  # the subject of a point: "Sudan's paramilitary forces declared ..."


def _speaks_of(text: str, stems: set[str]) -> bool:
    return any(w.lower()[:STEM_LETTERS] in stems for w in re.findall(r"\w+", text) if len(w) > 3)


def _next_event(brief: Brief, profile: LanguageProfile) -> str:
    dated = [ev for ev in brief.upcoming if ev.date]
    if not dated:
        return ""
    ev = min(dated, key=lambda e: e.date or "")
    words = ev.event.split()
    if len(words) > MAX_STANCE_WORDS:
        starts = [i for i, w in enumerate(words[:MAX_STANCE_WORDS]) if w.lower() in _PHRASE_STARTS and i >= 3]
        cut = max(starts, default=0)
        if not cut:
            return profile.say("next_dated_step", when=_on_date(ev.date, profile))
        words = words[:cut]
    return profile.say("next_step", when=_on_date(ev.date, profile), event=_lower_first(" ".join(words).rstrip(",;:")))


def _on_date(iso: str | None, profile: LanguageProfile) -> str:
    """'2024-11-24' -> 'on 24 November', '2024-11' -> 'in November 2024', '2025' -> 'in 2025'."""
    try:
        if iso and len(iso) == 10:
            d = dt.date.fromisoformat(iso)
            return profile.say("on_day", day=d.day, month=calendar.month_name[d.month])
        if iso and len(iso) == 7:
            d = dt.date.fromisoformat(iso + "-01")
            return profile.say("in_month", month=calendar.month_name[d.month], year=d.year)
    except ValueError:
        return profile.say("on_date", date=iso)
    return profile.say("in_year", year=iso)


def _lead(doc: Doc, headline: str | None = None) -> str:
    """The first real sentence, without its dateline (nor the headline, when the text repeats it)."""
    datelines = dateline_spans(text_of(doc))
    for sent in sentences_of(doc):
        if headline and span_text(sent).strip() == headline.strip():
            continue
        start = sent.start_char
        for s, e in datelines:
            if s <= start < e or (start <= s < sent.end_char and s - start < 3):
                start = max(start, e)
        text = " ".join(text_of(doc)[start : sent.end_char].split())
        if len(text.split()) >= 6:
            return text
    return " ".join(text_of(doc).split())[:200]


def _shorten(text: str, max_words: int) -> str:
    words = text.split()
    if len(words) <= max_words:
        return text
    return " ".join(words[:max_words]).rstrip(",;:") + " …"


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text.split()[0].lower() in _COMMON_STARTS:
        return text[0].lower() + text[1:]
    return text


_COMMON_STARTS = word_set("common_starts")


def _end(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if sentence.endswith((".", "!", "?", "…")) else sentence + "."
