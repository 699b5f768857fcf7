"""Title and bottom line up front, written from the brief's own grounded items."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    WORD,
    dateline_spans,
    entities_of,
    text_of,
)
from briefing.analysis.grounding import clip_texts
from briefing.analysis.rules.issue import STEM_LETTERS, issue_or_topic_of, lead_of, sentence_of_lead
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.analysis.rules.point_weight import NARRATION_WEIGHT, weight
from briefing.analysis.rules.reading import reads_whole
from briefing.lang import LanguageProfile, word_map, word_set
from briefing.model import DAY, MONTH, YEAR, Article, Brief, Event, Item, Side, Source, ThirdParty, date_precision

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
    lead_text = lead_of(doc, headline)
    first_part = re.split(r",|;", lead_text, maxsplit=1)[0].strip()
    sent = sentence_of_lead(doc, lead_text) if lead_text else None
    if sent is None:
        return first_part
    core, speaker = _reported_core(sent)
    skip = dateline_spans(text_of(doc))
    tokens = [t for t in _core_words(core, sent) if not any(s <= t.idx < e for s, e in skip)]
    text = " ".join(_tokens_text(tokens).split()).strip(" ,;:")
    text = _name_the_pronoun(text, core, speaker)
    return text or first_part


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


MAX_ITEM_WORDS = 20  # a next step that cannot be cut before a phrase: whole, up to a point's length
MAX_STANCE_WORDS = 14  # a side's stance in the bottom line: its shortest key point up to this length


def summarise(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
    """The bottom line, written from the brief's own points: who is at odds with whom over what,
    each side's key stance or condition, and the next dated event with its date in words."""
    issue, named = issue_or_topic_of(doc, brief, profile)
    sentences = [
        _dispute(doc, brief, profile, issue),
        _stances(doc, brief, profile, issue if named else ""),
        _next_event(doc, brief, profile),
    ]
    return " ".join(_end(s) for s in sentences if s)


def _dispute(doc: Doc, brief: Brief, profile: LanguageProfile, issue: str) -> str:
    names = [s.name for s in brief.sides[:2]]
    over = profile.say("over_topic", topic=issue) if issue else ""
    mediator = _mediator(doc, brief, profile)
    if len(names) == 2:
        return profile.say("two_sides_at_odds", first=names[0], second=names[1]) + over + mediator
    if names:
        return profile.say("one_side_in_dispute", first=names[0]) + over + mediator
    return _shorten(lead_of(doc, brief.source.title), MAX_LEAD_WORDS)


_MEDIATING_ROLES = word_set("mediating_roles")
_HOSTING_ROLES = word_set("hosting_roles")


def _mediator(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
    """', mediated by Switzerland': the third party the talks go through, where there is one; else
    ', hosted by Valdoria': a host holds the talks, it does not mediate them. A party that has only
    offered to mediate or host ('despite offers from Norland to mediate') holds no talks yet."""
    for roles, key in ((_MEDIATING_ROLES, "mediated_by"), (_HOSTING_ROLES, "hosted_by")):
        wording = profile.wording.get(key)
        parties = [tp for tp in brief.third_parties if tp.role.lower() in roles and not _only_offered(doc, tp)]
        # a mediator the article names ('Ana Berg') before one it only describes ('the federal mediator')
        party = next((tp for tp in parties if _a_name(tp.name)), parties[0] if parties else None)
        if wording is not None and party is not None:
            name = party.name if _a_name(party.name) else f"the {party.name}"
            return wording.format(mediator=name)
    return ""


_OFFERING = word_set("offering_verbs") | word_set("proposing_words")
_GOING_BETWEEN = word_set("going_between_words")


def _only_offered(doc: Doc, party: ThirdParty) -> bool:
    """Every mention of the party in its evidence stands under an offer or a proposal to mediate or
    host: 'offers from Norland to mediate', 'she proposed that the two sides accept a mediator'. An offer
    of something else ('Norland proposed a truce') leaves it the mediator it is."""
    words = {w.lower() for w in WORD.findall(party.name)}
    mentions = [
        t
        for e in party.evidence
        for t in doc.char_span(e.start, e.end, alignment_mode="expand") or ()
        if t.lower_ in words or t.lemma_.lower() in _GOING_BETWEEN
    ]
    heads = [t for t in mentions if t.head not in mentions or t.head == t]  # 'States' of 'United States'
    return bool(heads) and all(_under_an_offer(t) for t in heads)


def _under_an_offer(word: Token) -> bool:
    """The word stands under a word of offering whose phrase speaks of going between the sides, as
    what is offered: 'the Cairo-brokered proposal' is a proposal the mediator made, and 'talks
    mediated by Norland' where a side proposed something are talks Norland mediates."""
    if _describes(word):
        return False
    for above in word.ancestors:
        if above.lemma_.lower() in _GOING_BETWEEN:
            return False  # 'at talks mediated by Norland, Ostria proposed ...': Norland mediates
        if above.lemma_.lower() in _OFFERING and _offers_to_go_between(above):
            return True
    return False


def _offers_to_go_between(offer: Token) -> bool:
    return any(t.lemma_.lower() in _GOING_BETWEEN and not _describes(t) for t in offer.subtree)


def _describes(word: Token) -> bool:
    """A word that only qualifies a noun ('brokered' in 'the Cairo-brokered proposal')."""
    qualifier = ("amod", "compound")
    return word.dep_ in qualifier or (word.head.dep_ in qualifier and word.head.i > word.i)


def _a_name(name: str) -> bool:
    """A third party's name is a proper name ('Ana Berg', 'UNHCR') when it opens on a capital; the
    engine keeps a description lower case ('federal mediator'), which the bottom line gives 'the'."""
    return name[:1].isupper()


MIN_STANCE_WORDS = 3  # shorter is a bare noun phrase, no stance a reader can take in


def _stances(doc: Doc, brief: Brief, profile: LanguageProfile, issue: str = "") -> str:
    """Each side's central point in its own condensed words: one about the issue in dispute first,
    then a condition, then a key position; never a point the other side holds or was given too."""
    parts = []
    given: list[str] = []
    stems = {w.lower()[:STEM_LETTERS] for w in issue.split() if len(w) > 3}
    names = [s.name for s in brief.sides[:2]]
    for side in brief.sides[:2]:
        others = [n for n in names if n != side.name]
        # a point the other side holds too ('hurdles remain, each side said') is where both stand
        held = [
            it.text for other in brief.sides[:2] if other is not side for it in [*other.preconditions, *other.positions]
        ]
        fitting = _fitting_stances(doc, side, given + held, names)
        # the points that read whole, if the side has one; else its points as they are
        fitting = [c for c in fitting if reads_whole(doc, c[0].text, c[0].evidence, clause=not c[1])] or fitting
        if not fitting:
            continue
        speakers = [it.speaker for it in [*side.preconditions, *side.positions] if it.speaker]
        own = own_words(side, speakers, others)
        order = min(_stance_order(c, fitting, side.name, others, stems, own) for c in fitting)
        if any(order[:NOT_A_STANCE]):
            continue  # only narration of both, or of the other side: no stance is better than a wrong one
        item, is_condition = fitting[order[-1]]
        given.append(item.text)
        key = "side_sets_condition" if is_condition else "side_stance"
        parts.append(profile.say(key, side=side.name, point=_lower_first(item.text)))
    return "; ".join(parts)


def _fitting_stances(doc: Doc, side: Side, given: list[str], names: list[str]) -> list[tuple[Item, bool]]:
    """A side's conditions and key positions (with whether each is a condition) that fit a stance:
    of a readable length, not a bare noun phrase, not a point already given and not the silence of
    one who did not respond."""
    candidates = [(it, True) for it in side.preconditions] + [(it, False) for it in side.positions if it.key]
    return [
        (it, is_condition)
        for it, is_condition in candidates
        if MIN_STANCE_WORDS <= len(it.text.split()) <= MAX_STANCE_WORDS
        and not any(_same_point(it.text, g, names) for g in given)
        and not _bare_noun_phrase(it.text)
        and not _silence(it.text)
        and not _in_a_speakers_voice(it.text)
        and not _attribution_left_on(doc, it)
    ]


_SPEAKER_AND_LISTENER = pronouns("a speaker's and a listener's own words", lambda p: p.person in ("1", "2"))


def _in_a_speakers_voice(text: str) -> bool:
    """'The governor loves you but I am not happy with you': words of the speaker's own voice, which
    the bottom line, told in the brief's voice, cannot give as a side's stance."""
    # 'US' in capitals is a state, not 'us'
    return any(w.lower() in _SPEAKER_AND_LISTENER and not (len(w) > 1 and w.isupper()) for w in WORD.findall(text))


_RELAYING = word_set("relaying_verb_forms")


def _attribution_left_on(doc: Doc, item: Item) -> bool:
    """'The team will strike its captain said', 'the party's president added': the words that tell
    who said it are left on the end, a verb of saying in the past or present with nothing after it."""
    words = WORD.findall(item.text)
    if len(words) < MIN_STANCE_WORDS:
        return False
    last = words[-1].lower()
    cited = [t for e in item.evidence for t in doc.char_span(e.start, e.end, alignment_mode="expand") or ()]
    return last in _RELAYING or any(
        t.lower_ == last and t.lemma_.lower() in REPORTING_VERBS and t.tag_ in ("VBD", "VBZ") for t in cited
    )


_SILENCE = word_set("silence_words")


def _silence(text: str) -> bool:
    """'did not respond to an email', 'declined to comment': that a side said nothing is no stance."""
    return any(w in _SILENCE for w in re.findall(r"\w+", text.lower()))


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
    candidate: tuple[Item, bool],
    fitting: list[tuple[Item, bool]],
    side: str,
    others: list[str],
    stems: set[str],
    own: set[str],
) -> tuple[bool, bool, bool, bool, bool, bool, int]:
    """A side's central point: not narration of both sides, not a position about the other side nor
    commentary on it, about the issue, a condition before a position, then the side's own ranking."""
    item, is_condition = candidate
    return (
        _joint_narration(item.text, side),
        not is_condition and _opens_on_another(item.text, others),
        _commentary_on_another(item.text, is_condition, others),
        _aside_from_the_issue(item, is_condition, stems, own),
        not _speaks_of(item.text, stems),
        not is_condition,
        fitting.index(candidate),
    )


# the first marks of `_stance_order`: narration of both sides, a point about the other, comment on
# it, a weak point aside from the issue
NOT_A_STANCE = 4


def _aside_from_the_issue(item: Item, is_condition: bool, stems: set[str], own: set[str]) -> bool:
    """'Heavy storms kept the boats in port', 'crowds gathered at the gates': a point with no mark
    of a stance, an offer or a demand, whose subject is not the side or one of its own, and which does
    not speak of the issue the bottom line names, tells what happened, not where the side stands."""
    if not stems or is_condition or weight(item.text, False) > NARRATION_WEIGHT or _speaks_of(item.text, stems):
        return False
    opening = set(re.findall(r"\w+", " ".join(item.text.split()[:MAX_SUBJECT_WORDS]).lower()))  # "Norland's" too
    return not opening & own


MAX_SUBJECT_WORDS = 4  # 'The union's chief negotiator said': the words a point's subject is told in


def own_words(side: Side, item_speakers: list[str], others: list[str]) -> set[str]:
    """The words that name a side or one of its own: its name, its actors, the speakers of its points,
    and the common nouns an article calls a body by ('the government', 'the board') when no other
    side's name holds them."""
    names = [side.name, *side.actors, *item_speakers]
    words = {w for n in names for w in re.findall(r"\w+", n.lower()) if len(w) > MIN_NAME_LETTERS and not w.isdigit()}
    taken = {w for n in others for w in re.findall(r"\w+", n.lower())}
    return words | {w for w, kind in _PARTY_NOUNS.items() if kind in _BODY_KINDS and w not in taken}


MIN_NAME_LETTERS = 2  # 'of', 'la' never name a side
_PARTY_NOUNS = word_map("generic_party_nouns")
_BODY_KINDS = frozenset({"government", "company", "state", "regulator", "union"})  # labels of that table


def _commentary_on_another(text: str, is_condition: bool, others: list[str]) -> bool:
    """'Its chair criticised the company's handling of the quota': a point that speaks of the other side
    with no mark of a stance, condition or demand comments on that side; it is not where this side stands."""
    return weight(text, is_condition) <= NARRATION_WEIGHT and any(_names_whole(other, text) for other in others)


def _names_whole(name: str, text: str) -> bool:
    """The name as whole words of the text: 'Norland' is not in 'Norlandic', nor 'Niger' in 'Nigeria'."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


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


def _next_event(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
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
    line = profile.say("next_step", when=_on_date(first.date, profile), event=_lower_first(words))
    lead = sentence_of_lead(doc, lead_of(doc, brief.source.title))
    led = next(((ev, w) for ev, w in later if ev.date != first.date and _lead_step(doc, ev, w, lead)), None)
    then = profile.wording.get("then_step")
    if led is None or then is None or _told_in(first, lead):
        return line
    return line + then.format(when=_on_date(led[0].date, profile), event=_lower_first(led[1]))


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
    words = ev.event.rstrip(",;:. ").split()
    cuts = [len(words)] if len(words) <= MAX_STANCE_WORDS else []
    cuts += sorted(
        (i for i, w in enumerate(words[: MAX_STANCE_WORDS + 1]) if w.lower() in _PHRASE_STARTS and i >= 3), reverse=True
    )
    cuts += [len(words)] if MAX_STANCE_WORDS < len(words) <= MAX_ITEM_WORDS else []
    for cut in cuts:
        text = " ".join(words[:cut]).rstrip(",;:")
        if reads_whole(doc, text, ev.evidence, clause=False):  # "a meeting in Nairobi" will do
            return text
    return ""


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
