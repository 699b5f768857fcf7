"""Title and bottom line up front, written from the brief's own grounded items."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    WORD,
    dateline_spans,
    entities_of,
    text_of,
    texts_tagged,
    tokens_at,
)
from briefing.analysis.grounding import clip_texts
from briefing.analysis.rules.issue import STEM_LETTERS, issue_or_topic_of
from briefing.analysis.rules.lead import lead_of, sentence_of_lead
from briefing.analysis.rules.lexicon import REPORTING_VERBS
from briefing.analysis.rules.next_step import lower_first, next_event
from briefing.analysis.rules.point_weight import NARRATION_WEIGHT, weight
from briefing.analysis.rules.reading import reads_whole
from briefing.analysis.rules.role_things import head_word
from briefing.analysis.rules.stance_fit import fitting_stances, short_unless_only_narration
from briefing.lang import LanguageProfile, word_map, word_set
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


def summarise(doc: Doc, brief: Brief, profile: LanguageProfile) -> str:
    """The bottom line, written from the brief's own points: who is at odds with whom over what,
    each side's key stance or condition, and the next dated event with its date in words."""
    issue, named = issue_or_topic_of(doc, brief, profile)
    sentences = [
        _dispute(doc, brief, profile, issue),
        _stances(doc, brief, profile, issue if named else ""),
        next_event(doc, brief, profile),
    ]
    return " ".join(_end(_capitalised(s)) for s in sentences if s)


def _capitalised(sentence: str) -> str:
    """'the union sets a condition: ...' opening a sentence -> 'The union sets a condition: ...'."""
    return sentence[:1].upper() + sentence[1:]


def _dispute(doc: Doc, brief: Brief, profile: LanguageProfile, issue: str) -> str:
    names = [as_named(doc, s.name) for s in brief.sides[:2]]
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
            return wording.format(mediator=as_named(doc, party.name))
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
        for t in tokens_at(doc, e.start, e.end)
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


def as_named(doc: Doc, name: str) -> str:
    """The name as the article says it: a description with 'the' ('the union', 'the federal
    mediator'); a name with 'the' where the article mostly writes it so ('the European Union', 'the
    Teachers Guild'), bare where it does not ('Norland', 'Ana Berg')."""
    if not _a_name(name):
        return f"the {name}"
    text = text_of(doc)
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    with_the = [s for s in starts if text[max(0, s - len(_THE)) : s].lower() == _THE]
    if not starts:  # a name the engine gave ('the European Union' where the article says 'the EU')
        return f"the {name}" if head_word(name) in _THE_NAME_HEADS else name
    return f"the {name}" if len(with_the) > len(starts) / 2 else name


_THE = "the "
_THE_NAME_HEADS = word_set("the_name_heads")


def _a_name(name: str) -> bool:
    """A third party's name is a proper name ('Ana Berg', 'UNHCR') when it opens on a capital; the
    engine keeps a description lower case ('federal mediator'), which the bottom line gives 'the'."""
    return name[:1].isupper()


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
        fitting = fitting_stances(doc, side, given + held, names)
        # the points that read whole, if the side has one; else its points as they are
        whole = [c for c in fitting if reads_whole(doc, c[0].text, c[0].evidence, clause=not c[1])]
        # a longer point only where it reads whole in the article's own words: the more words a cut
        # or a rewording keeps, the more it can garble
        own = [c for c in whole if reads_whole(doc, c[0].text, c[0].evidence, clause=not c[1], reworded=False)]
        fitting = short_unless_only_narration(whole or fitting, own)
        if not fitting:
            continue
        speakers = [it.speaker for it in [*side.preconditions, *side.positions] if it.speaker]
        own = own_words(side, speakers, others)
        order = min(_stance_order(c, fitting, side.name, others, stems, own) for c in fitting)
        if any(order[:NOT_A_STANCE]):
            continue  # only narration of both, or of the other side: no stance is better than a wrong one
        item, is_condition = fitting[order[-1]]
        given.append(item.text)
        key = _stance_wording(doc, profile, side.name, is_condition)

        parts.append(profile.say(key, side=as_named(doc, side.name), point=lower_first(item.text)))
    return "; ".join(parts)


def _stance_wording(doc: Doc, profile: LanguageProfile, name: str, is_condition: bool) -> str:
    """The wording of a side's stance; 'the rebels set a condition', never 'the rebels sets'."""
    if not is_condition:
        return "side_stance"
    plural = "sides_set_condition" in profile.wording and _plural(doc, name)
    return "sides_set_condition" if plural else "side_sets_condition"


def _plural(doc: Doc, name: str) -> bool:
    """A side named by a plural common noun as the article tags it ('rebels', 'Students', 'team
    players'); a plural proper name ('United States') is one body and takes a singular verb."""
    last = name.split()[-1] if name.split() else ""
    return last in texts_tagged(doc, "NNS")


def _joint_narration(text: str, side: str) -> bool:
    """'X and Y failed to agree on wages': a point whose subject is both parties tells what happened,
    not where this side stands."""
    at = text.find(side)
    if at < 0:
        return False
    subject = text[: at + len(side) + 30].split(",")[0]
    if "and" not in subject:
        return False  # what both forms need: no pattern to build
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
_BODY_KINDS = word_set("body_kinds")  # labels of that table


def _commentary_on_another(text: str, is_condition: bool, others: list[str]) -> bool:
    """'Its chair criticised the company's handling of the quota': a point that speaks of the other side
    with no mark of a stance, condition or demand comments on that side; it is not where this side stands."""
    return weight(text, is_condition) <= NARRATION_WEIGHT and any(_names_whole(other, text) for other in others)


def _names_whole(name: str, text: str) -> bool:
    """The name as whole words of the text: 'Norland' is not in 'Norlandic', nor 'Niger' in 'Nigeria'."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _opens_on_another(text: str, others: list[str]) -> bool:
    """A point whose first words name the other side tells what that side did, not this side's stance."""
    head = " ".join(text.split()[:MAX_OPENING_WORDS])
    return any(other in head for other in others)


MAX_OPENING_WORDS = 2  # the subject of a point: "Sudan's paramilitary forces declared ..."


def _speaks_of(text: str, stems: set[str]) -> bool:
    return any(w.lower()[:STEM_LETTERS] in stems for w in re.findall(r"\w+", text) if len(w) > 3)


def _shorten(text: str, max_words: int) -> str:
    words = text.split()
    if len(words) <= max_words:
        return text
    return " ".join(words[:max_words]).rstrip(",;:") + " …"


def _end(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if sentence.endswith((".", "!", "?", "…")) else sentence + "."
