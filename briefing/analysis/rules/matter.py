"""The matter in dispute, read from the article's opening: what the contest's verbs act on.

A dispute is about a matter: a thing that can be demanded, refused, blocked, frozen, signed or
paid ('a pay rise', 'the sale of the depot', 'a collective agreement'). The opening sentences say
it as the object of the contest's verbs ('rejected the settlement', 'demanding higher wages',
'strike over salaries', 'calls for a ceasefire'). A place, a person, a body or a name is never the
matter: 'at odds over the northern depot' names where, not what; nor is a word of the talks
themselves ('over the talks') or one too general to tell ('over the changes').
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import DOUBLE_QUOTE_MARKS, sentences_of, stage_cache, tokens_in, tokens_tagged
from briefing.analysis.rules.lexicon import REPORTING_VERBS
from briefing.lang import word_keys, word_set

OPENING_SENTENCES = 3  # the lead and the two sentences after it: where an article says what is at stake

# Shorter words name no issue; a noun of three letters may ('pay', 'tax', 'cap'), a verb not ('say', 'get').
MIN_ISSUE_LETTERS = 3

NOT_AN_ISSUE = word_set("not_an_issue")

# Actors are who, not what: "at odds over nurses" names no issue.
_ACTOR_OR_EVENT = (
    word_set("member_nouns")
    | word_set("body_nouns")
    | word_set("speaker_nouns")
    | word_set("title_words")
    | word_set("public_nouns")
    | word_keys("generic_party_nouns")
)


def content_word(tok: Token) -> bool:
    """A noun or verb that can name what a dispute is about: no name, no word of the talks or of
    who takes part in them, no verb of saying. Kept per word: the bottom line asks it of the same
    words of the cited sentences again and again."""
    known = stage_cache(tok.doc, "content_words")
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = _content_word(tok)
    return found


def _content_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ in ("NOUN", "VERB")
        and not tok.ent_type_
        and tok.is_alpha
        and len(tok) > (MIN_ISSUE_LETTERS - 1 if tok.pos_ == "NOUN" else MIN_ISSUE_LETTERS)
        and lemma not in NOT_AN_ISSUE
        and lemma not in REPORTING_VERBS
        and lemma not in _ACTOR_OR_EVENT
        and tok.lower_ not in _ACTOR_OR_EVENT
    )


_CONTEST_VERBS = word_set("contest_verbs")
_ASKING_FOR = word_set("asking_for_verbs")
_CONTEST_NOUNS = (
    word_set("contest_nouns") | word_set("dispute_nouns") | word_set("demand_nouns") | word_set("disagreeing_words")
)
_FOR_OR_OVER = word_set("over_prepositions") | word_set("asked_prepositions")
_PLACE_NOUNS = word_set("place_nouns")
_ASPECT_NOUNS = word_set("aspect_nouns")
_OF = word_set("action_object_prepositions")
KIND_NAMED = word_set("kind_named_nouns")
_VAGUE_ADJECTIVES = word_set("vague_adjectives")
_NAMED = frozenset({"GPE", "ORG", "PERSON", "FAC", "NORP", "LOC"})  # the model's labels of who and where
_MODIFYING = frozenset({"amod", "compound"})  # 'the protesting students': a verb that only qualifies


def contested_matter(doc: Doc, lead: Span | None) -> Token | None:
    """The matter the opening's contest verbs act on ('the settlement' of 'rejected the settlement
    offered by the board') that the article names most often, or None."""
    found = [tok for sent in opening_of(doc, lead) for tok in contested_objects(sent) if a_matter(tok)]
    if not found:
        return None
    # the one the article comes back to most ('asking for water' over a threat 'to impose tariffs'), else the first
    mentions = Counter(t.lemma_.lower() for t in tokens_tagged(doc, "NOUN"))
    return max(found, key=lambda t: (mentions[t.lemma_.lower()], -t.i))


def opening_of(doc: Doc, lead: Span | None) -> list[Span]:
    """The lead sentence and the sentences after it, OPENING_SENTENCES in all."""
    sents = sentences_of(doc)
    start = next((n for n, s in enumerate(sents) if lead is not None and s.start == lead.start), 0)
    return sents[start : start + OPENING_SENTENCES]


def contested_objects(sent: Span) -> list[Token]:
    """The nouns a contest verb acts on in the sentence, in order, with the nouns joined to them
    ('pensions' of 'refusing to cut pensions', 'salaries' of 'strike over salaries')."""
    objects = [_whole_of(tok) for tok in tokens_in(sent) if tok.pos_ == "NOUN" and _acted_on_in_a_contest(tok)]
    joined = [c for o in objects for c in o.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return sorted(set(objects + joined), key=lambda t: t.i)


def _whole_of(noun: Token) -> Token:
    """'the lease' for 'the wording of the lease': a word for a part of a thing stands for the thing."""
    if noun.lemma_.lower() not in _ASPECT_NOUNS:
        return noun
    return next((o for o in _of_objects(noun) if o.pos_ == "NOUN"), noun)


def _of_objects(noun: Token) -> list[Token]:
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _OF for o in p.children if o.dep_ == "pobj"]


def _acted_on_in_a_contest(noun: Token) -> bool:
    """The noun is what a contest verb acts on: its object after it ('blocked the merger', 'the
    levy was frozen'), or the object of its 'over' or 'for' ('strike over salaries', 'a call for a
    ceasefire', 'the dispute over fishing rights')."""
    head = noun.head
    if noun.dep_ == "dobj":
        return _contest_verb(head) and noun.i > head.i
    if noun.dep_ == "nsubjpass":
        return _contest_verb(head)
    if noun.dep_ == "pobj" and head.lower_ in _OF and _contest_noun(head.head):
        return head.i > head.head.i  # 'its rejection of the levy'
    if noun.dep_ == "pobj" and head.lower_ in _FOR_OR_OVER and head.i > head.head.i:
        word = head.head
        asking = word.pos_ == "VERB" and word.lemma_.lower() in _ASKING_FOR
        return _contest_verb(word) or asking or _contest_noun(word)
    return False


def _contest_noun(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.lemma_.lower() in _CONTEST_NOUNS


def _contest_verb(word: Token) -> bool:
    return word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in _CONTEST_VERBS and word.dep_ not in _MODIFYING


def a_matter(noun: Token) -> bool:
    """A thing that can be fought over: a content word, not a place, a name or one of who takes part;
    a word like 'deal' or 'offer' only with a word that says its kind ('a collective agreement');
    never a word in another's scare quotes ('"diktats"'), which is that side's word, not the brief's."""
    if names_a_place_or_actor(noun) or _in_quote_marks(noun):
        return False
    if noun.lemma_.lower() in KIND_NAMED:
        return any(_says_the_kind(c) for c in noun.lefts)
    return content_word(noun)


def names_a_place_or_actor(noun: Token) -> bool:
    """A proper noun, a word of a named place, body or person, or a common noun for a place ('the
    depot', 'the plant'): where or who, never what is fought over."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in _NAMED or noun.lemma_.lower() in _PLACE_NOUNS


def _says_the_kind(word: Token) -> bool:
    """'pension' in 'a pension deal', 'collective' in 'a collective agreement'; not 'new' or 'last'."""
    if word.dep_ == "compound" and word.pos_ == "NOUN":
        return content_word(word) and not names_a_place_or_actor(word)
    adjective = word.dep_ == "amod" and word.pos_ == "ADJ" and word.tag_ not in ("VBN", "VBG", "VBD")
    return adjective and word.is_alpha and word.lower_ not in _VAGUE_ADJECTIVES and not word.ent_type_


def _in_quote_marks(noun: Token) -> bool:
    """The noun stands between quote marks that hold no more than its own short phrase."""
    before = noun.doc[max(noun.i - SCARE_QUOTE_WORDS, noun.sent.start) : noun.i]
    after = noun.doc[noun.i + 1 : min(noun.i + 1 + SCARE_QUOTE_WORDS, noun.sent.end)]
    return any(t.text in DOUBLE_QUOTE_MARKS for t in before) and any(t.text in DOUBLE_QUOTE_MARKS for t in after)


SCARE_QUOTE_WORDS = 3  # a word or two in quote marks: a side's own word for the thing
