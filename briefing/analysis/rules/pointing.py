"""A noun a word points back at ('that plan', 'such a pact', 'these talks') named by the words of the
nearest earlier noun of its kind, when those words say which one ('the two-year staffing plan').

A line is read alone: "the board turned down that plan" names no plan. The sentences before often
do; the nearest earlier noun of the same kind ('offer', 'proposal' and 'plan' are one kind, 'deal',
'accord' and 'pact' another: `referent_kinds`) within a few sentences is what the word points at. Its
modifiers say which one; a bare earlier 'the plan' says no more than the line, so nothing is put in.
Shared by the condense stage (points) and the events stage (dated lines).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from briefing.analysis.doctext import children_of, sentence_at, sentence_of, tokens_of, written_words
from briefing.analysis.rules.quoting import inside_quotes
from briefing.lang import word_map, word_set

_POINTING = word_set("pointing_determiners")
_THEM = word_set("plural_object_pronouns")
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
_KINDS = word_map("referent_kinds")
_ARTICLES = word_set("articles")
_DEFINITE = word_set("definite_articles")
_OF = word_set("of_prepositions") | word_set("on_prepositions") | word_set("over_prepositions")

# How far back a pointing word may reach: a story names a thing, then says "that plan" within a
# few sentences; further back, another thing of the kind may have been meant.
MAX_SENTENCES_BACK = 3
# The referent's words, trimmed: enough to say which one ('the ten-year fleet plan'), not a clause.
MAX_REFERENT_WORDS = 6
# The modifiers that say which one; a determiner or a possessive pronoun says nothing.
_NAMING_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod", "poss"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def referent_words(tokens: list[Token]) -> dict[int, str]:
    """Words to put for each pointed noun of a line that an earlier noun of its kind names: the
    pointing word gets the referent's words, the noun and its own left modifiers nothing. A noun whose
    referent the line already holds, or that the sentences before do not name, is left as it is."""
    kept = {t.i for t in tokens}
    out: dict[int, str] = {}
    for noun in tokens:
        pointers = _pointers(noun, kept)
        if not pointers or _has_own_content(noun, kept):
            continue
        words = _referent(noun, kept)
        if words is None:
            continue
        first = min(t.i for t in pointers)
        out[first] = words
        for t in noun.doc[first + 1 : noun.i + 1]:
            out[t.i] = ""
    return out | _plural_objects_named(tokens, kept)


def _plural_objects_named(tokens: list[Token], kept: set[int]) -> dict[int, str]:
    """'wrote to the crews, saying it would poll them on the deal' cut to 'it would poll them on the deal':
    a 'them' whose sentence names one plural noun before it, in words the line left out, is that noun
    ('the crews'). With two or more, or inside a quotation, it stays: a wrong name is worse."""
    out: dict[int, str] = {}
    them = _THEM.now()
    for tok in tokens:
        if tok.lower_ not in them or tok.dep_ not in _OBJECT_DEPS or inside_quotes(tok):
            continue
        before = [t for t in tok.sent if t.i < tok.i and _plural_noun(t)]
        if len(before) != 1 or before[0].i in kept:
            continue
        out[tok.i] = _naming_words(before[0]) or "the " + before[0].text
    return out


def _plural_noun(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound" and not t.ent_type_


def _pointers(noun: Token, kept: set[int]) -> list[Token]:
    """The pointing words of a noun ('that', 'such') with the article that goes with them ('such a')."""
    if not _a_noun(noun) or noun.pos_ == "PROPN":
        return []
    left = _left(noun, kept)
    if not any(_pointing(c) for c in left) and not _bare_definite(noun, left):
        return []
    return [c for c in left if c.dep_ in ("det", "predet") or _pointing(c)]


def _pointing(word: Token) -> bool:
    """'that', 'these', 'such a': a pointing word before the noun; a bare 'such' ('such talks') is
    parsed as an adjective."""
    return word.lower_ in _POINTING and word.dep_ in ("det", "predet", "amod")


def _left(noun: Token, kept: set[int]) -> list[Token]:
    return [c for c in children_of(noun) if c.i < noun.i and c.i in kept]


def _bare_definite(noun: Token, left: list[Token]) -> bool:
    """'rejected the offer': a bare 'the' and a noun of a kind a story names twice ('offer', 'deal',
    'talks'), with nothing else before it, points back as 'that offer' does; only to a noun of the
    same word, as 'the' may also name a thing of the kind not met before ('the plan' of pensions)."""
    return (
        len(left) == 1
        and left[0].dep_ == "det"
        and left[0].lower_ in _DEFINITE
        and (noun.lower_ in _KINDS or noun.lemma_.lower() in _KINDS)
        and not any(c.i > noun.i for c in children_of(noun))
    )


def _has_own_content(noun: Token, kept: set[int]) -> bool:
    """'that plan to close the yard', 'these appeals against the award': the noun says what it is,
    also when the parse hangs the phrase after it elsewhere ('the deal on water sharing')."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.i in kept and after.lower_ in _OF:
        return True
    return any(c.i > noun.i and c.i in kept and c.dep_ not in ("punct", "cc", "conj") for c in children_of(noun))


def _referent(noun: Token, kept: set[int]) -> str | None:
    """The words of the nearest earlier noun of the pointed noun's kind within `MAX_SENTENCES_BACK`
    sentences, if they say which one; None when the line holds it already or nothing says which."""
    kind = _kind(noun) if not _bare_definite(noun, _left(noun, kept)) else noun.lemma_.lower()
    for earlier in _nouns_before(noun):
        if _kind(earlier) != kind and earlier.lemma_.lower() != kind:
            continue
        if earlier.i in kept:
            return None  # the line names it itself: 'rejected the fleet plan and said that plan ...'
        if _pointers(earlier, {t.i for t in earlier.sent}):
            continue  # pointed at itself: what it points to lies further back
        return _naming_words(earlier)
    return None


def _kind(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return _KINDS.get(noun.lower_) or _KINDS.get(lemma) or lemma


def _nouns_before(noun: Token) -> list[Token]:
    """The nouns before `noun` in its sentence and the `MAX_SENTENCES_BACK` sentences before, nearest first."""
    doc = noun.doc
    start = sentence_of(noun).start
    for _ in range(MAX_SENTENCES_BACK):
        if start == 0:
            break
        start = sentence_at(doc, start - 1).start
    return [t for t in reversed(tokens_of(doc)[start : noun.i]) if _a_noun(t) and t.dep_ != "compound"]


def _a_noun(t: Token) -> bool:
    """A noun, also one the tagger took for a verb where the parse has it as an argument ('a staffing offer')."""
    return t.pos_ in _NOUN_POS or (
        t.dep_ in _NOUN_DEPS and t.pos_ == "VERB" and not any(c.dep_ == "aux" for c in children_of(t))
    )


def _naming_words(noun: Token) -> str | None:
    """'the ten-year fleet plan', 'Bill 14', 'the accord on water sharing': the noun with the
    modifiers that say which one, trimmed; None when it has none (a bare 'the plan' says no more)."""
    left = _left_modifiers(noun)
    right = _of_phrase(noun)
    numbered = noun.pos_ == "PROPN" and any(c.dep_ == "nummod" for c in children_of(noun))
    if not left and not right and not numbered:
        return None
    words = [*left, noun, *(c for c in children_of(noun) if c.dep_ == "nummod" and c.i == noun.i + 1)]  # 'Bill 14'
    if right and len(words) + len(right) <= MAX_REFERENT_WORDS:
        words += right
    words = words[-MAX_REFERENT_WORDS:]
    if any(b.i - a.i > 1 for a, b in pairwise(words[: words.index(noun) + 2])):
        return None  # modifiers broken by an aside: their words would not read as one phrase
    text = written_words(words)
    owned = any(t.dep_ in ("poss", "case") for t in words)  # "Norland's 900 pilots"
    return text if noun.pos_ == "PROPN" or owned else "the " + text  # 'Bill 14', but 'the Kessel accord'


def _left_modifiers(noun: Token) -> list[Token]:
    """The words before the noun that say which one, without pronouns ('its'), spaces or commas."""
    words = [t for c in children_of(noun) if c.i < noun.i and c.dep_ in _NAMING_DEPS for t in c.subtree]
    kept = [t for t in words if t.pos_ != "PRON" and not t.is_space and (not t.is_punct or _inside_a_word(t))]
    return sorted(kept, key=lambda t: t.i)


def _inside_a_word(t: Token) -> bool:
    """The hyphen of 'two-year': punctuation with no space on either side."""
    return t.i > 0 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_


def _of_phrase(noun: Token) -> list[Token]:
    """'of water', 'on night pay': one prepositional phrase right after the noun, without a clause."""
    prep = next((c for c in children_of(noun) if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _OF), None)
    if prep is None:
        return []
    words = sorted(prep.subtree, key=lambda t: t.i)
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct or t.lower_ in _POINTING for t in words):
        return []
    return [t for t in words if not (t.lower_ in _ARTICLES and t.i == prep.i + 1)]


def names_a_referent(noun: Token, kept: set[int]) -> bool:
    """Whether a pointed noun of a line takes the words of an earlier noun ('that plan' -> 'the fleet
    plan'): then the line names what it is about, and is no longer one that only points elsewhere."""
    return bool(_pointers(noun, kept)) and not _has_own_content(noun, kept) and _referent(noun, kept) is not None


def with_referents_named(text: str, sent: Span) -> str:
    """A line drawn from `sent` with each pointed noun phrase it holds ('That bill') put as the words
    of what it points at ('Bill 14'). For lines judged on the article's own words first (dated
    lines): the words are put in once the line has passed."""
    doc = sent.doc
    named = referent_words(list(sent))
    for first in sorted((i for i, w in named.items() if w), reverse=True):
        last = first
        while last + 1 in named and not named[last + 1]:
            last += 1
        phrase = doc.text[doc[first].idx : doc[last].idx + len(doc[last])]
        at = text.find(phrase)
        if at < 0:
            continue
        put = named[first][:1].upper() + named[first][1:] if at == 0 else named[first]
        text = text[:at] + put + text[at + len(phrase) :]
    return text
