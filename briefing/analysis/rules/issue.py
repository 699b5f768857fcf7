"""What the sides are at odds over, found in the parse, and the lead the bottom line and title read.

The issue is the thing fought over in the article's own words: what the lead says the sides fail
to agree on, else the noun both sides' cited sentences share, else what the lead's talks or dispute
are over. Words for the dispute's own steps (the talks, the strike, a decision) and for its actors
never name it: the bottom line says "at odds over wages", never "at odds over the talks".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    WORD,
    char_span,
    noun_chunks_in,
    stage_cache,
    tokens_in,
    tokens_tagged,
    written_words,
)
from briefing.analysis.rules.issue_phrase import MODIFIER_RELATIONS, issue_phrase, of_what, plain_modifier
from briefing.analysis.rules.lead import lead_of, lead_sentence, sentence_of_lead
from briefing.analysis.rules.lexicon import DEAL_WORDS, names_an_act
from briefing.analysis.rules.matter import (
    KIND_NAMED,
    MIN_ISSUE_LETTERS,
    NOT_AN_ISSUE,
    a_matter,
    content_word,
    contested_matter,
    names_a_place_or_actor,
)
from briefing.lang import LanguageProfile, word_set
from briefing.model import Brief, Item, Side

_DISPUTE_NOUNS = DEAL_WORDS | word_set("dispute_nouns")


_OVER_PREPOSITIONS = word_set("over_prepositions")
_DISAGREEING = word_set("disagreeing_words")
STEM_LETTERS = 6  # 'automation' and 'automate', 'disarmament' and 'disarm' share their first six letters


def issue_or_topic_of(doc: Doc, brief: Brief, profile: LanguageProfile) -> tuple[str, bool]:
    """What the bottom line says the sides are at odds over, and whether it names the issue: the
    issue, else what the lead's talks are named for ('the peace talks', not an issue a side's point
    can speak of), else the lead's noun the sides' points use most, else nothing."""
    lead = lead_sentence(doc)
    issue = issue_of(doc, brief)
    if issue:
        return issue, True
    # the lead's talks or deal named by a matter ('the ceasefire deal', 'the release of the crew'),
    # else what the opening's contest verbs act on ('rejected the settlement', 'strike over salaries')
    matter_topic = topic_of(lead, profile, matters_only=True)
    if matter_topic:
        return matter_topic, False
    matter = contested_matter(doc, lead)
    if matter is not None:
        return issue_phrase(matter, _cited_sentences(doc, brief)), True
    topic = topic_of(lead, profile)
    noun = None if topic else _lead_noun_a_side_cites(doc, brief, lead)
    return (issue_phrase(noun, _cited_sentences(doc, brief)), True) if noun is not None else (topic, False)


def issue_of(doc: Doc, brief: Brief) -> str:
    """What the sides are at odds over, in the article's own words: what the lead says they fail to
    agree on ('failed to agree on wages'), else the thing both sides' own points speak of ('the
    automation plan' against 'drops its plan to automate two cranes'), else what the lead's talks are
    over ('talks over the fishing grounds'), else nothing."""
    lead = lead_sentence(doc)
    # a place, a body or a name is where or who, never what: 'the railroads' a side runs, 'the depot'
    noun = next((n for n in _issue_nouns(doc, brief, lead) if not names_a_place_or_actor(_named_head(n))), None)
    return issue_phrase(noun, _cited_sentences(doc, brief)) if noun is not None else ""


def _issue_nouns(doc: Doc, brief: Brief, lead: Span | None) -> Iterator[Token]:
    """The issue's nouns the three readings find, in their order, each found only when asked for."""
    for find in (lambda: _disagreed_over(lead), lambda: _noun_both_sides_cite(doc, brief), lambda: _fought_over(lead)):
        noun = find()
        if noun is not None:
            yield noun


def _named_head(noun: Token) -> Token:
    """The noun the issue phrase is headed by: the head of a compound ('depot' of 'the depot expansion'
    is a kind; 'expansion' is the head)."""
    return noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun


def _disagreed_over(sent: Span | None) -> Token | None:
    """'failed to agree on wages' in the lead: the content word the sides disagree over."""
    for tok in tokens_in(sent) if sent is not None else ():
        if tok.lower_ in _OVER_PREPOSITIONS and tok.head.lemma_.lower() in _DISAGREEING:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and content_word(obj):
                return obj
    return None


def _fought_over(sent: Span | None) -> Token | None:
    """'talks over contested waters', 'negotiations on the school reform' in the lead: what the talks
    or the dispute are over."""
    for tok in tokens_in(sent) if sent is not None else ():
        if tok.lower_ in _OVER_PREPOSITIONS and _of_a_dispute(tok):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and content_word(obj) and obj.pos_ == "NOUN":
                return obj
    return None


DISPUTE_REACH = 4  # 'open to a meeting with Valdoria over ...': the parse may hang 'over' on the verb


def _of_a_dispute(prep: Token) -> bool:
    """A preposition that says what talks or a dispute are over: its head is one, or one of the few
    words before it that its head governs ('Norland is open to a meeting with Valdoria over the weir')."""
    if prep.head.lemma_.lower() in _DISPUTE_NOUNS | _DISAGREEING:
        return True
    before = prep.doc[max(prep.i - DISPUTE_REACH, prep.head.i + 1) : prep.i]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _DISPUTE_NOUNS and prep.head.is_ancestor(t) for t in before)


def _noun_both_sides_cite(doc: Doc, brief: Brief) -> Token | None:
    """The noun whose stem the two sides' cited sentences share most often."""
    per_side = [_stems_of(doc, side) for side in brief.sides[:2]]
    if len(per_side) < 2:
        return None
    actors = _actor_stems(brief)
    # a stem both sides cite, named by a noun one of them cites: 'remain' in both is no 'remainder'
    # or a noun of action one side cites and a verb the other ('automation' and 'automate')
    first, second = _nouns_cited(doc, brief.sides[0]), _nouns_cited(doc, brief.sides[1])
    both = {_stem_of(lemma) for lemma in first} & {_stem_of(lemma) for lemma in second}
    lemmas = {lemma for lemma in first | second if _stem_of(lemma) in both or names_an_act(lemma)}
    shared = set(per_side[0]) & set(per_side[1]) - actors
    # a stem both sides use only as a verb ('will not disarm', 'a plan to disarm') is named by the
    # article's noun of action for it ('disarmament'), where it has one
    by_stem = _nouns_by_stem(doc, lemmas, shared)
    # what the sides' own points and the lead speak of comes first: 'the level crossings' a side's
    # condition names, before 'the timetable' their sentences mention more often around it
    in_points = [_stems_of_points(doc, side) for side in brief.sides[:2]]
    # the lead, and where the text opens on its headline, the headline too
    leads = [lead_sentence(doc), sentence_of_lead(doc, lead_of(doc, brief.source.title))]
    in_lead = {_stem(t) for lead in leads if lead is not None for t in tokens_in(lead)}

    def spoken_of(stem: str) -> int:
        return in_points[0].get(stem, 0) + in_points[1].get(stem, 0) + LEAD_MENTIONS * (stem in in_lead)

    # a phrase counts by its words: 'the grazing permit' is spoken of as 'permit' and, at KIND_SHARE,
    # as 'grazing', a word that only says which permit
    named = {s: _noun_of(by_stem[s]) for s in shared if s in by_stem}
    nouns = [
        (
            spoken_of(s)
            + KIND_SHARE * sum(spoken_of(_stem(k)) for k in _kind_words(noun) if _stem(k) not in actors | {s}),
            per_side[0][s] + per_side[1][s],
            s,
        )
        for s, noun in named.items()
        if noun is not None
    ]
    if not nouns:
        return None
    return named[max(nouns)[-1]]


KIND_SHARE = 0.5  # a word saying the kind qualifies the thing; the head names it


def _kind_words(noun: Token) -> list[Token]:
    """The nouns that say the kind of `noun` ('grazing' in 'grazing permit')."""
    return [c for c in noun.lefts if _kind_word(c)]


def _actor_stems(brief: Brief) -> set[str]:
    """The stems of the words naming the sides, and of the head words naming third parties: 'the
    authority' in a dispute with the Energy Market Authority is who, not what ('wage' in a third
    party 'the wage board' still names what the board rules on)."""
    words = [w for s in brief.sides for w in s.name.split()] + [
        tp.name.split()[-1] for tp in brief.third_parties if tp.name.split()
    ]
    return {_stem_of(w.lower()) for w in words if len(w) > MIN_ISSUE_LETTERS}


MIN_ISSUE_MENTIONS = 4  # a noun the article names this often runs through it; 'the classroom' once or twice does not


def _describes_a_name(noun: Token) -> bool:
    """'giant' in 'the media giant Meta', 'the carrier, Air Fenwick': a word for who, not what."""
    named_head = noun.dep_ in ("compound", "appos") and (bool(noun.head.ent_type_) or noun.head.pos_ == "PROPN")
    return named_head or any(c.dep_ == "appos" and c.ent_type_ for c in noun.children)


def _lead_noun_a_side_cites(doc: Doc, brief: Brief, lead: Span | None) -> Token | None:
    """When the sides share no word: the lead's noun that the sides' cited sentences use most often
    ('talks to halt the tariffs' in the lead, 'did not discuss tariffs' in a side's point), if the
    article comes back to it throughout."""
    counts: dict[str, int] = {}
    for side in brief.sides[:2]:
        for stem, n in _stems_of(doc, side).items():
            counts[stem] = counts.get(stem, 0) + n
    actors = _actor_stems(brief)
    candidates = {_stem(t) for t in tokens_in(lead)} if lead is not None else set()
    mentions: dict[str, int] = {}
    for t in tokens_tagged(doc, "NOUN"):
        if _stem(t) in candidates:
            mentions[_stem(t)] = mentions.get(_stem(t), 0) + 1
    nouns = [
        t
        for t in (tokens_in(lead) if lead is not None else ())
        if t.pos_ == "NOUN"
        and content_word(t)
        and _stem(t) in counts
        and _stem(t) not in actors
        and mentions.get(_stem(t), 0) >= MIN_ISSUE_MENTIONS
        and t.dep_ not in MODIFIER_RELATIONS  # 'travel' in 'travel plans' names the plans, no issue
        and not _describes_a_name(t)
        and not names_a_place_or_actor(t)
    ]
    return max(nouns, key=lambda t: (counts[_stem(t)], -t.i), default=None)


def _stem(tok: Token) -> str:
    return _stem_of(tok.lemma_.lower())


def _stem_of(lemma: str) -> str:
    return lemma[:STEM_LETTERS]


def _stems_of(doc: Doc, side: Side) -> dict[str, int]:
    """How often each content word's stem occurs in the sentences a side's points cite."""
    counts: dict[str, int] = {}
    for tok in _cited_words(doc, side):
        counts[_stem(tok)] = counts.get(_stem(tok), 0) + 1
    return counts


CONDITION_MENTIONS = 2  # a word of a side's condition counts twice: the terms tell most what is in dispute
LEAD_MENTIONS = 1  # a word of the lead (or headline) counts as one more point speaking of it


def _stems_of_points(doc: Doc, side: Side) -> dict[str, int]:
    """In how many of a side's own points (its conditions and key positions, a condition counting
    CONDITION_MENTIONS times) each stem of the cited content words is kept: the words a stance is
    about, not those around it."""
    counts: dict[str, int] = {}
    points = [(it, CONDITION_MENTIONS) for it in side.preconditions] + [(it, 1) for it in side.positions if it.key]
    for item, mentions in points:
        words = {w.lower() for w in WORD.findall(item.text)}
        for stem in {_stem(tok) for tok in _cited_words_of(doc, item) if tok.lower_ in words}:
            counts[stem] = counts.get(stem, 0) + mentions
    return counts


def _nouns_cited(doc: Doc, side: Side) -> set[str]:
    return {tok.lemma_.lower() for tok in _cited_words(doc, side) if tok.pos_ == "NOUN"}


def _cited_words(doc: Doc, side: Side) -> list[Token]:
    """The content words of the sentences a side's points cite."""
    return [tok for item in [*side.preconditions, *side.positions] for tok in _cited_words_of(doc, item)]


def _cited_words_of(doc: Doc, item: Item) -> list[Token]:
    """The content words of the sentences one point cites (each sentence's found once: the bottom line
    asks again for the same points and sentences)."""
    known = stage_cache(doc, "cited_words")
    words = []
    for ev in item.evidence:
        found = known.get((ev.start, ev.end))
        if found is None:
            span = char_span(doc, ev.start, ev.end, alignment_mode="expand")
            found = known[ev.start, ev.end] = [
                t for t in (tokens_in(span) if span is not None else ()) if content_word(t)
            ]
        words.extend(found)
    return words


def _nouns_by_stem(doc: Doc, lemmas: set[str], action_stems: set[str]) -> dict[str, list[Token]]:
    """The article's content nouns among the nouns cited (`lemmas`), and its nouns of action of the
    `action_stems`, by stem, in order: one pass over its nouns, where a scan of the whole article per
    stem both sides cite grew with the square of its length."""
    by_stem: dict[str, list[Token]] = {}
    for t in tokens_tagged(doc, "NOUN"):
        lemma = t.lemma_.lower()
        of_action = _stem(t) in action_stems and names_an_act(lemma)
        if (lemma in lemmas or of_action) and content_word(t):
            by_stem.setdefault(_stem(t), []).append(t)
    return by_stem


def _noun_of(nouns: list[Token]) -> Token | None:
    """The first of a stem's nouns that does not modify a word of the talks ('wage increases' before
    'wage talks'), one that says its kind first ('the grazing permit' names it where 'a new permit'
    only qualifies it); else its first."""
    plain = [t for t in nouns if not _modifies_a_general_noun(t)] or nouns
    kinds = [t for t in plain if t.dep_ != "compound" and any(_kind_word(c) for c in t.lefts)]
    return (kinds or plain or [None])[0]


def _kind_word(word: Token) -> bool:
    """A noun compound that says what kind of thing its head is ('grazing' in 'grazing permit')."""
    return word.dep_ == "compound" and word.pos_ == "NOUN" and plain_modifier(word) and content_word(word)


def _modifies_a_general_noun(tok: Token) -> bool:
    """'wage' in 'wage talks': a word of the talks, which the issue is never said as."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in _DISPUTE_NOUNS


def _cited_sentences(doc: Doc, brief: Brief) -> set[int]:
    """The first token of every sentence a side's point cites."""
    starts = set()
    for side in brief.sides:
        for item in [*side.preconditions, *side.positions]:
            for ev in item.evidence:
                span = char_span(doc, ev.start, ev.end, alignment_mode="expand")
                if span is not None:
                    starts.add(span.sent.start)
    return starts


def topic_of(sent: Span | None, profile: LanguageProfile, *, matters_only: bool = False) -> str:
    """What the dispute is about: the first noun phrase of the lead headed by a talks/deal word; with
    `matters_only`, one whose head is a matter ('the ceasefire', 'the trade deal'), not a step of the
    talks ('the wage talks', 'the rail strikes')."""
    for chunk in noun_chunks_in(sent) if sent is not None else ():
        words = _topic_words(chunk)
        if matters_only and not _a_matter_head(chunk.root):
            continue
        if words:
            # 'the release' names no issue; 'the release of the detained sailors' does
            return profile.say("topic", words=written_words(words) + of_what(chunk.root))
    return ""


def _a_matter_head(root: Token) -> bool:
    """'ceasefire', 'release', or 'deal' with its kind ('trade deal'): a thing the sides contest."""
    return root.lemma_.lower() not in NOT_AN_ISSUE or (root.lemma_.lower() in KIND_NAMED and a_matter(root))


def _topic_words(chunk: Span) -> list[Token]:
    """A short noun phrase headed by a talks/deal word, without its determiner or punctuation."""
    if chunk.root.lemma_.lower() not in _DISPUTE_NOUNS or len(chunk) > 6:
        return []
    words = [t for t in chunk if t.dep_ not in ("det", "poss", "case") and not t.is_punct]
    # "the talks", "the possible strike", "the deal" name no issue; "the peace agreement" does
    named = chunk.root.lemma_.lower() not in NOT_AN_ISSUE or any(
        t.dep_ == "compound" and t.is_alpha and not t.ent_type_ and t.lemma_.lower() not in NOT_AN_ISSUE for t in words
    )
    return words if named else []
