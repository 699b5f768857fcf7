"""The issue phrase: the noun the issue readings find, said as the article names the thing in dispute,
with its plain modifiers, its possessor for a noun of action and what that action acts on ('the
automation plan', "Hezbollah's disarmament", 'the release of the crew')."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from briefing.analysis.doctext import QUOTE_MARKS, tokens_tagged
from briefing.analysis.rules.lead import lead_sentence
from briefing.analysis.rules.lexicon import names_an_act
from briefing.lang import word_set

MODIFIER_RELATIONS = frozenset({"compound", "amod", "nmod"})


def plain_modifier(modifier: Token) -> bool:
    """A modifier that reads alone: not a piece of a hyphenated compound ('20-point') or of an amount
    ('the 400m loan'), not a word of a span of time ('a three year contract': 'year' without its
    number reads wrong) nor a participle of the event ('the mediated meeting')."""
    before = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    glued = before is not None and not before.whitespace_ and (before.text == "-" or not before.is_punct)
    counted = modifier.ent_type_ in _AMOUNT_LABELS
    participle = modifier.tag_ in ("VBN", "VBD", "VBG")
    return modifier.is_alpha and not glued and not counted and not participle and not _gerund(modifier)


_AMOUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _gerund(word: Token) -> bool:
    """'for raising tolls', 'against closing depots' in a headline: a word in -ing straight after a
    preposition is a verb taking the noun as its object, whatever the tagger says. Only in a headline
    (a sentence with no closing mark), whose dropped articles mislead the tagger; in the body
    'over shipping fees' keeps its modifier."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    after_a_preposition = before is not None and before.pos_ == "ADP"
    return word.lower_.endswith(_GERUND_ENDING) and after_a_preposition and _headline_like(word.sent)


def _headline_like(sent: Span) -> bool:
    """A sentence with no closing mark: a headline or a title line."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and not words[-1].is_punct


_GERUND_ENDING = "ing"


def _unquoted(words: list[Token], head: Token) -> str:
    """The phrase in the brief's own voice: a modifier in scare quotes is one side's word for the
    thing ('what X calls a "sham referendum"' -> 'referendum'), so it stays in that side's line."""
    marks = [t.i for t in head.doc[max(words[0].i - 1, 0) : head.i + 2] if t.text in QUOTE_MARKS]
    kept = [t for t in words if t.i == head.i or sum(m < t.i for m in marks) % 2 == 0]
    if any(m < head.i < n for m, n in itertools.pairwise(marks)):
        kept = [head]
    return " ".join(t.text for t in kept)


def issue_phrase(noun: Token, cited: set[int] | frozenset[int] = frozenset()) -> str:
    """'automation' in 'the automation plan' -> 'the automation plan'; 'wages' -> 'wages'."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    words = _with_close_modifiers(head)
    # 'a referendum', "Armenia's constitution": 'the referendum', 'the constitution' here
    det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    phrase = _unquoted(words, head) + (of_what(head) or _of_what_elsewhere(head, cited) or described_by(head))
    name = _proper_name_of(head, cited) if phrase == head.text else None
    if name is not None:
        return f"the {name}"  # 'the act' a cited sentence names 'the Spectrum Fairness Act'
    if det is not None and det.dep_ == "poss" and det.pos_ == "PROPN" and _of_action(head):
        return f"{_tokens_of(det)} {phrase}"  # 'Hezbollah's disarmament': whose, for a noun of action
    return _with_article(phrase, words, head, det)


def _with_article(phrase: str, words: list[Token], head: Token, det: Token | None) -> str:
    """'the automation plan', not 'wages'; 'the toll' where the article says 'the toll' (a headline
    drops it); 'more money', 'fair competition': a measure or a kind the article leaves bare."""
    bare_singular = head.tag_ == "NN" and (head.lemma_.lower() != phrase.lower() or _counted(head))
    if words[0].tag_ in _COMPARATIVES or (words[0].pos_ == "ADJ" and det is None and not _counted(head)):
        return phrase
    return f"the {phrase}" if det is not None or bare_singular else phrase


def _proper_name_of(noun: Token, cited: set[int] | frozenset[int]) -> str | None:
    """The name the article gives the thing a common noun stands for: 'the act' where a sentence a
    side's point cites says 'the Spectrum Fairness Act', the capitalised noun with its proper-noun
    compounds; None for none. A same-headed name no side speaks of is another thing ('the Kestrel
    Arms Treaty' in a story about a fishing treaty)."""
    for t in tokens_tagged(noun.doc, "PROPN"):
        if t.lower_ != noun.lower_ or not t.is_title or t.sent.start not in cited:
            continue
        start = t.i
        while start > 0 and _names_with(noun.doc[start - 1], t):
            start -= 1
        if start < t.i:
            return noun.doc[start : t.i + 1].text
    return None


def _names_with(word: Token, head: Token) -> bool:
    """A capitalised proper noun of the name `head` ends: 'Spectrum' and 'Fairness' in 'Spectrum Fairness Act'."""
    return word.pos_ == "PROPN" and word.is_title and head.is_ancestor(word)


def _counted(noun: Token) -> bool:
    """The article mostly gives the noun a determiner ('the toll', 'a toll'): a thing counted, so
    the bottom line names it with 'the'; 'automation' or 'pay' mostly stand bare."""
    mentions = [t for t in tokens_tagged(noun.doc, "NOUN") if t.lemma_.lower() == noun.lemma_.lower()]
    with_determiner = [t for t in mentions if any(c.dep_ in ("det", "poss") for c in t.children)]
    return len(with_determiner) >= COUNTED_SHARE * len(mentions)


_COMPARATIVES = frozenset({"JJR", "RBR"})
COUNTED_SHARE = 0.5  # at least half the mentions with a determiner: the article counts the thing


def _of_action(noun: Token) -> bool:
    return names_an_act(noun.lemma_)


def _tokens_of(owner: Token) -> str:
    """The possessor as written, its possessive mark kept: 'the rebels' ', "Hezbollah's"."""
    return "".join(t.text_with_ws for t in owner.subtree).strip()


def _with_close_modifiers(head: Token) -> list[Token]:
    """The noun with its plain compounds and adjectives of the two words before it, in order; a
    coordinated modifier comes whole ('pay and working arrangements', never 'arrangements' alone)."""
    joined = next((c for c in head.lefts if _coordinated_modifier(c)), None)
    if joined is not None:
        return list(head.doc[joined.left_edge.i : head.i + 1])
    close = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i >= head.i - 2 and plain_modifier(c)]
    words = [*close, *(c for c in head.lefts if _kind_participle(c, head)), head]
    return sorted(set(words), key=lambda t: t.i)


_EVENT_HEADS = word_set("event_nouns") | word_set("dispute_nouns") | word_set("deal_words")


def _kind_participle(word: Token, head: Token) -> bool:
    """'automated' in 'automated cranes', 'defaulted' in 'defaulted debt': a participle right before a
    thing says which thing is in dispute; before a step of the talks it only tells the step's fate
    ('the mediated meeting', 'the delayed vote'), which is no part of the issue."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    glued = before is not None and not before.whitespace_ and not before.is_punct
    return (
        word.dep_ == "amod"
        and word.tag_ == "VBN"
        and word.i == head.i - 1
        and word.is_alpha
        and not glued
        and head.lemma_.lower() not in _EVENT_HEADS
    )


MAX_DESCRIBING_WORDS = 5  # 'tied to next year's wheat harvest': a short participle phrase after the noun


def described_by(head: Token) -> str:
    """' tied to next year's wheat harvest' for 'loans tied to next year's wheat harvest': a short
    participle phrase after a bare noun says which payments are in dispute. Not one that tells who
    did it or when ('made by the board', 'announced on Monday'), nor one in quotes or with a name."""
    for acl in (c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1):
        words = list(acl.subtree)
        contiguous = words[-1].i - words[0].i + 1 == len(words)
        named = any(t.ent_type_ or t.pos_ == "PROPN" or t.dep_ == "agent" for t in words)
        has_object = any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in acl.children)
        if (
            contiguous
            and not named
            and has_object
            and len(words) <= MAX_DESCRIBING_WORDS
            and all(t.is_alpha for t in words)
        ):
            return " " + " ".join(t.text for t in words)
    return ""


MAX_JOINED_WORDS = 4  # 'pay and working arrangements': two plain words joined before the noun


def _coordinated_modifier(word: Token) -> bool:
    """A modifier joined to another by 'and' or 'or', right before the noun and all plain words."""
    words = list(word.subtree)
    joined = any(c.dep_ == "cc" for c in word.children) and any(c.dep_ == "conj" for c in word.children)
    next_to = words[-1].i == word.head.i - 1
    plain = all(t.is_alpha and (t.dep_ in ("cc",) or plain_modifier(t) or t.tag_ == "VBG") for t in words)
    return word.dep_ in MODIFIER_RELATIONS and joined and next_to and plain and len(words) < MAX_JOINED_WORDS


MAX_OF_WORDS = 3  # 'the release of hostages', 'the formation of a caretaker cabinet': the short 'of' phrase it takes


def of_what(head: Token) -> str:
    """' of hostages' for 'the release of hostages': what a noun of action acts on, when short and
    plain. Who is acted on may name it too ('the formation of a caretaker cabinet', 'the sale of
    Lorn Mills'): without it 'the formation' or 'the release' names no issue a reader can take in."""
    if not names_an_act(head.lemma_):
        return ""
    obj = _acted_on(head)
    words = _complement_words(obj) if obj is not None else []
    return f" {obj.head.text} " + " ".join(words) if obj is not None and words else ""


def _of_what_elsewhere(head: Token, cited: set[int] | frozenset[int]) -> str:
    """What the noun of action acts on where the mention chosen does not say it: the first mention of
    the same noun in the lead or in a sentence a side's point cites that does ('the release' there,
    'the release of the crew' in a side's sentence)."""
    lead = lead_sentence(head.doc)
    starts = set(cited) | ({lead.start} if lead is not None else set())
    for t in tokens_tagged(head.doc, "NOUN"):
        if t.i != head.i and t.lemma_.lower() == head.lemma_.lower() and t.sent.start in starts:
            words = of_what(t)
            if words:
                return words
    return ""


def _complement_words(obj: Token) -> list[str]:
    """The words of what a noun of action acts on: a name as the article writes it, or a common
    noun with its plain modifiers ('caretaker cabinet'); nothing for a pronoun, a span of time
    ('the close of the quarter') or a phrase too long to stay short."""
    if obj.pos_ == "PROPN":
        return _name_words(obj)
    if obj.pos_ != "NOUN" or not obj.is_alpha or obj.lemma_.lower() in _NOT_COMPLEMENTS:
        return []
    modifiers = _close_modifiers(obj)
    if len(modifiers) + 1 > MAX_OF_WORDS:
        return []
    return [*_article_of(obj), *(t.text for t in modifiers), obj.text]


def _name_words(obj: Token) -> list[str]:
    """A proper noun as its entity, when short and made of words ('Lorn Mills', 'Port Elma')."""
    entity = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    words = list(entity) if entity is not None else [obj]
    plain = all(t.is_alpha or t.text in _NAME_MARKS for t in words)
    return [t.text for t in words] if len(words) <= MAX_OF_WORDS and plain else []


_NAME_MARKS = frozenset({"-", "'", "’", "."})


def _close_modifiers(obj: Token) -> list[Token]:
    """The plain compounds and adjectives right before a noun, in order: the run next to it, never
    words apart ('large-scale river dredging' -> 'river dredging')."""
    before = obj.doc[obj.left_edge.i : obj.i]
    run = itertools.takewhile(lambda t: t.dep_ in ("compound", "amod") and plain_modifier(t), reversed(before))
    return list(run)[::-1]


def _article_of(obj: Token) -> list[str]:
    """Its article ('the formation of a caretaker cabinet'); a possessor is 'the' here ('its
    collective agreement' -> 'the collective agreement': whose, the bottom line cannot say)."""
    owner = [t for t in obj.doc[obj.left_edge.i : obj.i] if t.dep_ in ("det", "poss")]
    return [t.text for t in owner if t.lower_ in _ARTICLES][:1] or (["the"] if owner else [])


_ARTICLES = word_set("articles")


_NOT_COMPLEMENTS = word_set("not_complement_nouns")


def _acted_on(head: Token) -> Token | None:
    """The object of the noun's 'of': 'hostages' in 'the release of hostages'."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _ACTION_OBJECT_PREPOSITIONS), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


_ACTION_OBJECT_PREPOSITIONS = word_set("action_object_prepositions")
