"""The text of a parsed article: read once, its dateline found, its sentences cited verbatim.

Every analysis stage reads the text through here: spaCy rebuilds `Doc.text` from its tokens
on every access, and a quote must be cut the same way wherever it is made.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, LOWER, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from briefing.analysis.grounding import quote_between
from briefing.lang import LanguageProfile, per_language
from briefing.model import Evidence
from briefing.nlp import SOURCE_TEXT

# A word of a line or an event, as every engine counts it: letters or digits with the apostrophes and
# hyphens inside it ("Norland's", "fleet-wide"), so a possessive or a compound is one word.
WORD = re.compile(r"[\w’'-]+")

# The marks that open or close a quotation. The single ones are also apostrophes ('workers’'), so a test
# that could mistake a possessive for a quotation reads only the double ones.
DOUBLE_QUOTE_MARKS = frozenset({'"', "“", "”"})
QUOTE_MARKS = DOUBLE_QUOTE_MARKS | {"'", "‘", "’"}

T = TypeVar("T")

# What one analysis keeps on the Doc, all under one prefix: `forget_tokens` drops them together.
_KEPT = "briefing_analysis_"
_TOKENS = _KEPT + "tokens"
_ENTITIES = _KEPT + "entities"
_SENTENCES = _KEPT + "sentences"
_SENTENCE_STARTS = _KEPT + "sentence_starts"
_TAGGED = _KEPT + "tagged"
_TAG_IDS = _KEPT + "tag_ids"
_OFFSETS = _KEPT + "offsets"
_LOWER_WORDS = _KEPT + "lower_words"
_LOWER_LEMMAS = _KEPT + "lower_lemmas"
_HEADS = _KEPT + "heads"
_TEXTS_TAGGED = _KEPT + "texts_tagged"
_EXTENTS = _KEPT + "extents"
_CHILDREN = _KEPT + "children"


def _kept(doc: Doc, key: str, make: Callable[..., T], *args: object) -> T:
    """What `make(*args)` gives for this article, made at the first call and kept in its `user_data`.
    The arguments are passed, not closed over: the accessors below run thousands of times an article."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make(*args)
    return value


def text_of(doc: Doc) -> str:
    """`doc.text`: the text `parse` kept, or joined from the tokens once."""
    return _kept(doc, SOURCE_TEXT, _joined_text, doc)


def _joined_text(doc: Doc) -> str:
    return doc.text


def span_text(span: Span) -> str:
    """`span.text`, cut from the article's text instead of joined again from the span's tokens."""
    return text_of(span.doc)[span.start_char : span.end_char]


def noun_chunks_in(span: Span) -> list[Span]:
    """`span.noun_chunks`, found in the span alone: spaCy's `Span.noun_chunks` finds every chunk of
    the whole article and keeps the span's. The chunker reads a span as well; a sentence is whole
    subtrees, so its chunks are the same."""
    doc = span.doc
    chunks = doc.noun_chunks_iterator(span) if doc.noun_chunks_iterator is not None else ()
    return [Span(doc, s, e, label=label) for s, e, label in chunks if s >= span.start and e <= span.end]


def tokens_of(doc: Doc) -> list[Token]:
    """The article's tokens as one list, made once. spaCy makes a new `Token` object at every index
    and at every step through a `Doc` or a `Span`; the analysis walks each sentence many times."""
    # The accessors below read their list straight from `user_data` when it is there: they run tens
    # of thousands of times an article, and a call to `_kept` costs as much as the lookup.
    found = doc.user_data.get(_TOKENS)
    return found if found is not None else _kept(doc, _TOKENS, list, doc)


def tokens_in(span: Span) -> list[Token]:
    """A sentence's or a span's tokens, from the article's one list."""
    return tokens_of(span.doc)[span.start : span.end]


def tokens_from(span: Span, start: int, end: int | None = None) -> list[Token]:
    """The span's tokens that begin at a character offset from `start` up to `end` (to the span's end
    when None): `[t for t in tokens_in(span) if start <= t.idx < end]`. Offsets rise with the index,
    so both ends are found by bisection instead of asking every token for its offset."""
    doc = span.doc
    offsets: list[int] | None = doc.user_data.get(_OFFSETS)
    if offsets is None:
        offsets = _kept(doc, _OFFSETS, _token_offsets, doc)
    first = bisect.bisect_left(offsets, start, span.start, span.end)
    last = span.end if end is None else bisect.bisect_left(offsets, end, first, span.end)
    return tokens_of(doc)[first:last]


def _token_offsets(doc: Doc) -> list[int]:
    return doc.to_array(IDX).tolist()


_ALIGNMENTS = ("strict", "contract", "expand")


def char_span(
    doc: Doc, start_idx: int, end_idx: int, label: int | str = 0, alignment_mode: str = "strict"
) -> Span | None:
    """`doc.char_span(start_idx, end_idx, label, alignment_mode=...)`, the same span or None, its words
    found by bisection over the article's offsets, read once: spaCy's own asks each word it checks for
    its offset and length through a new `Token`, five of them an answer."""
    extents = doc.user_data.get(_EXTENTS)
    if extents is None:
        extents = _kept(doc, _EXTENTS, _token_extents, doc)
    if not extents or alignment_mode not in _ALIGNMENTS:  # words of no length: spaCy's own search
        return doc.char_span(start_idx, end_idx, label, alignment_mode=alignment_mode)
    starts, ends, stops = extents
    strict = alignment_mode == "strict"
    start = _token_by_char(starts, stops, start_idx)
    if start < 0 or (strict and start_idx != starts[start]):
        return None
    end = _token_by_char(starts, stops, end_idx - 1)  # the end is exclusive: the word of the char before it
    if end < 0 or (strict and end_idx != ends[end]):
        return None
    if alignment_mode == "contract":
        if starts[start] < start_idx:
            start += 1
        if end_idx < ends[end]:
            end -= 1
        if end < start:
            return None
    elif alignment_mode == "expand" and start_idx == ends[start]:
        start += 1  # the space after a word is not the word
    return Span(doc, start, end + 1, label=label)


def tokens_at(doc: Doc, start: int, end: int) -> list[Token]:
    """The words `char_span(doc, start, end, alignment_mode="expand")` holds, none where it finds no span:
    a cited sentence's words from the article's one list."""
    span = char_span(doc, start, end, alignment_mode="expand")
    return tokens_of(doc)[span.start : span.end] if span is not None else []


def mention_heads(doc: Doc, mentions: Iterable[tuple[int, int]]) -> list[Token]:
    """The head word of each of a name's mentions (character ranges, as `Party.mentions` holds them),
    where the parse tells what the name is: a lender, a product, a campaign group."""
    spans = (char_span(doc, start, end, alignment_mode="expand") for start, end in mentions)
    return [span.root for span in spans if span is not None]


def _token_by_char(starts: list[int], stops: list[int], char: int) -> int:
    """The word whose characters, with the space after it, hold `char`; -1 if none does."""
    i = bisect.bisect_right(starts, char) - 1
    return i if i >= 0 and char < stops[i] else -1


def _token_extents(doc: Doc) -> tuple[list[int], list[int], list[int]] | tuple[()]:
    """Each word's start, end, and end with its trailing space; empty if a word has no length (there
    bisection and spaCy's search could part)."""
    rows = doc.to_array([IDX, LENGTH, SPACY]).astype("int64")  # whole columns at once: no list per word
    if (rows[:, 1] == 0).any():
        return ()
    ends = rows[:, 0] + rows[:, 1]
    return rows[:, 0].tolist(), ends.tolist(), (ends + rows[:, 2]).tolist()


def written_words(words: list[Token]) -> str:
    """The words with the article's own spacing between neighbours ('two-year', '€40m'), one space
    elsewhere: tokens picked out of a phrase read as the article wrote them."""
    out = [
        t.text_with_ws if n + 1 < len(words) and words[n + 1].i == t.i + 1 else t.text + " "
        for n, t in enumerate(words)
    ]
    return "".join(out).strip()


def subtree_ends(token: Token) -> tuple[Token, Token]:
    """The first and the last word of `token.subtree`, in its order, found without walking it: the
    subtree opens with its first left child's subtree (down to a word with no left child) and closes
    with its last right child's. spaCy's walk makes a `Token` and a generator for every word in it."""
    first = token
    while (child := next(first.lefts, None)) is not None:
        first = child
    last = token
    while rights := list(last.rights):
        last = rights[-1]
    return first, last


def subtree_extent(token: Token) -> tuple[int, int]:
    """Where the text of `token.subtree` starts and ends: from its first word to the end of its last."""
    first, last = subtree_ends(token)
    return first.idx, last.idx + len(last.text)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once: spaCy builds every entity span again at each access."""
    return _kept(doc, _ENTITIES, _entities, doc)


def _entities(doc: Doc) -> tuple[Span, ...]:
    return doc.ents


def tokens_tagged(doc: Doc, *tags: str) -> list[Token]:
    """The article's words whose part of speech is one of `tags` ("VERB", "NOUN"), in order. Most
    words are not the verbs or nouns a stage looks for, and reading each word's tag from spaCy costs
    more than one pass over the tag array, made once for each set of tags."""
    return _tagged(doc, tags)[1]


def tagged_in(span: Span, *tags: str) -> list[Token]:
    """`tokens_tagged`, within a sentence or a span."""
    where, tokens = _tagged(span.doc, tags)
    return tokens[bisect.bisect_left(where, span.start) : bisect.bisect_left(where, span.end)]


def _tagged(doc: Doc, tags: tuple[str, ...]) -> tuple[list[int], list[Token]]:
    by_tags: dict[tuple[str, ...], tuple[list[int], list[Token]]] | None = doc.user_data.get(_TAGGED)
    if by_tags is None:
        by_tags = _kept(doc, _TAGGED, dict)
    found = by_tags.get(tags)
    if found is None:
        tag_ids: list[int] = _kept(doc, _TAG_IDS, _tag_ids, doc)
        wanted = {POS_IDS[tag] for tag in tags}
        where = [i for i, tag_id in enumerate(tag_ids) if tag_id in wanted]
        tokens = tokens_of(doc)
        found = by_tags[tags] = (where, [tokens[i] for i in where])
    return found


def _tag_ids(doc: Doc) -> list[int]:
    return doc.to_array("POS").tolist()


def texts_tagged(doc: Doc, tag: str) -> frozenset[str]:
    """The texts of the article's words whose fine-grained tag is `tag` ('NNS'), made once per tag: a
    test of one word against the whole article ('is it ever a plural noun here?') is then one lookup."""
    by_tag: dict[str, frozenset[str]] = _kept(doc, _TEXTS_TAGGED, dict)
    found = by_tag.get(tag)
    if found is None:
        found = by_tag[tag] = frozenset(t.text for t in tokens_of(doc) if t.tag_ == tag)
    return found


def head_indices(doc: Doc) -> list[int]:
    """Each word's `head.i`, read for the whole article at once: `token.head` makes a new `Token` at
    every call, and a climb up the tree from each kept word asks it of word after word."""
    found = doc.user_data.get(_HEADS)
    return found if found is not None else _kept(doc, _HEADS, _head_indices, doc)


def _head_indices(doc: Doc) -> list[int]:
    # the array holds each head's offset from its word, a negative one wrapped round as unsigned
    return [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]


def children_of(token: Token) -> Sequence[Token]:
    """`list(token.children)`, from a table of every word's dependents made once from the head array:
    spaCy's walk makes a new `Token` for each child at every call, and the rules ask the same words'
    children again and again (a clause's marks, a verb's subject, a noun's determiner)."""
    doc = token.doc
    table = doc.user_data.get(_CHILDREN)
    if table is None:
        table = _kept(doc, _CHILDREN, _children_table, doc)
    return table[token.i]


_NO_CHILDREN: tuple[Token, ...] = ()


def _children_table(doc: Doc) -> list[Sequence[Token]]:
    tokens = tokens_of(doc)
    table: list[Sequence[Token]] = [_NO_CHILDREN] * len(tokens)  # a list only for a word with children
    for i, head in enumerate(head_indices(doc)):
        if head != i:
            kids = table[head]
            if kids:
                kids.append(tokens[i])  # type: ignore[attr-defined]  # in order: spaCy's lefts, then its rights
            else:
                table[head] = [tokens[i]]
    return table


def lower_words_of(doc: Doc) -> list[str]:
    """Each word's `lower_`, read for the whole article at once: spaCy decodes the string again at
    every access, and stages that look for a few words ask it of every word."""
    found = doc.user_data.get(_LOWER_WORDS)
    return found if found is not None else _kept(doc, _LOWER_WORDS, _strings_of, doc, LOWER, str)


def lower_lemmas_of(doc: Doc) -> list[str]:
    """Each word's `lemma_.lower()`, read for the whole article at once."""
    found = doc.user_data.get(_LOWER_LEMMAS)
    return found if found is not None else _kept(doc, _LOWER_LEMMAS, _strings_of, doc, LEMMA, str.lower)


# A word's hash stands for the same string in every article, so its form is looked up in spaCy's
# string store once per process; a table is emptied when it holds this many words, which keeps a
# long batch's memory flat.
MAX_KNOWN_STRINGS = 50_000
_known_strings: dict[Callable[[str], str], dict[int, str]] = {}


def _strings_of(doc: Doc, attribute: int, form: Callable[[str], str]) -> list[str]:
    known = _known_strings.setdefault(form, {})
    if len(known) > MAX_KNOWN_STRINGS:
        known.clear()
    strings = doc.vocab.strings
    out = []
    for i in doc.to_array(attribute).tolist():
        found = known.get(i)
        if found is None:
            found = known[i] = form(strings[i])
        out.append(found)
    return out


def sentences_of(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, made once: every pass over `doc.sents` builds each sentence span again."""
    return _kept(doc, _SENTENCES, _sentence_list, doc)


def _sentence_list(doc: Doc) -> list[Span]:
    return list(doc.sents)


def sentence_of(token: Token) -> Span:
    """`token.sent`, found in the article's one list of sentences: spaCy's `Token.sent` walks out to
    both ends of the sentence at every call, a few microseconds each, and the analysis asks it again
    and again of the same words."""
    return sentence_at(token.doc, token.i)


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding the word at index `i`: `span.sent` for a span that starts there."""
    kept = doc.user_data
    starts = kept.get(_SENTENCE_STARTS)
    if starts is None:
        starts = _kept(doc, _SENTENCE_STARTS, _sentence_starts, doc)
    sentences = kept.get(_SENTENCES)
    if sentences is None:
        sentences = sentences_of(doc)
    return sentences[bisect.bisect_right(starts, i) - 1]


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in sentences_of(doc)]


def stage_cache(doc: Doc, stage: str) -> dict:
    """A stage's own findings about this article ('conditions': the one each sentence sets), kept in
    its `user_data` until the analysis ends."""
    key = _KEPT + "stage_" + stage
    found = doc.user_data.get(key)
    return found if found is not None else _kept(doc, key, dict)


def forget_tokens(doc: Doc) -> None:
    """Drop the token, entity and sentence lists and the stages' findings: each token and span refers
    back to its `Doc`, and the loop would keep a parsed article alive until the cyclic collector runs."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(_KEPT)]:
        del doc.user_data[key]


# Letters outside ASCII that case-blind matching pairs with an ASCII letter ('ſ' with 's', the Kelvin
# sign with 'k', 'ı' and 'İ' with 'i'), or whose case mapping is longer or ASCII ('ß', 'ẞ', the 'ﬁ'
# ligatures). Lower-casing any other character gives one character, and none outside ASCII gives an
# ASCII letter (the test checks every code point).
FOLDS_ONTO_ASCII = "\u00df\u0130\u0131\u017f\u1e9e\u212a\ufb00-\ufb06"
_FOLDING_ONTO_ASCII = re.compile(f"[{FOLDS_ONTO_ASCII}]")


def lowered_for_plain_search(text: str) -> str | None:
    """`text.lower()`, where a plain search for an ASCII pattern written in lower case finds what a
    case-blind search of the text finds, at the same places; None where the text holds a letter
    that folds onto an ASCII one. Curly quotes and accented names, in a third of the sentences of
    real news, keep the plain search."""
    if text.isascii() or _FOLDING_ONTO_ASCII.search(text) is None:
        return text.lower()
    return None


class CaseBlind:
    """A case-blind regex written in lower case. Python's case-blind matching costs about four times
    a plain one, so the text is lower-cased and searched with the plain twin, which matches at the
    same places (`lowered_for_plain_search`; for a pattern with letters outside ASCII, ASCII text
    only); a match is then taken again on the text itself, so its groups keep the text's case. Text
    holding a letter that folds onto an ASCII one ('ſ', the Kelvin sign) gets the case-blind search."""

    def __init__(self, source: str) -> None:
        if re.search("[A-Z]", re.sub(r"\(\?P[<=]", "", source)):
            raise ValueError(f"a case-blind pattern is written in lower case: {source[:60]}")
        self.blind = re.compile(source, re.IGNORECASE)
        self.plain = re.compile(source)
        self.ascii = source.isascii()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.ascii:
            lowered = lowered_for_plain_search(text)
        else:  # a pattern with letters outside ASCII: lower-cased ASCII text only
            lowered = text.lower() if text.isascii() else None
        if lowered is None:
            yield from self.blind.finditer(text)
            return
        for m in self.plain.finditer(lowered):
            again = self.blind.match(text, m.start())
            if again is not None:  # always: the two match alike at every place
                yield again

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def phrase_alternation(phrases: list[str], not_after: str = r"\w") -> str:
    r"""A regex for any of the literal phrases where no `not_after` character stands before it (with
    the default, `\b(?:one|other)` for phrases that open with a word character). Each branch opens
    with its phrase's first character and tests the one before it in a lookbehind: a pattern that
    opens with literal characters lets the engine skip along the text to the next of them, where a
    leading `\b` or lookahead has it try every position. The phrases keep their order among those
    sharing a first character; phrases with different first characters never match at one place."""
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    branches = []
    for first, group in by_first.items():
        rests = "|".join(re.escape(phrase[1:]) for phrase in group)
        branches.append(f"{re.escape(first)}(?<![{not_after}]{re.escape(first)})(?:{rests})")
    return "(?:" + "|".join(branches) + ")"


# "BALTIMORE, Nov. 18, 2026 (Wire) — ": a dateline says when the report was filed, not when anything happens.
# Dashes after a dateline: em, en, a minus sign (some wires), doubled or spaced hyphens.
@per_language
def dateline_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    """The forms of a dateline the active language writes (`dateline_patterns.tsv`), as one regex:
    "CITY (Agency) --", "CITY, Month D (Agency)" on a line of its own, "Place —" opening the text."""
    forms = [row.split("\t", 1)[1] for row in profile.rows("dateline_patterns")]
    return re.compile("|".join(forms) or "(?!)", re.MULTILINE)


DATELINE_REACH = 2000  # characters from the top of the article where a dateline may stand


def dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`dateline_pattern().finditer` over the top of the article, tried only where a line starts:
    each of its forms opens at a line's start, and the engine would try the forms at every character."""
    return _dateline_spans(text, dateline_pattern())


@functools.lru_cache(maxsize=16)
def _dateline_spans(text: str, dateline: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    head = text[:DATELINE_REACH]
    found: list[tuple[int, int]] = []
    line_start = 0
    while line_start < len(head):
        if not found or line_start >= found[-1][1]:  # as finditer: after the last match, never inside it
            m = dateline.match(head, line_start)
            if m is not None:
                found.append(m.span())
        line_start = head.find("\n", line_start) + 1
        if line_start == 0:
            break
    return tuple(found)


def __getattr__(name: str) -> object:
    """`DATELINE`: the active language's dateline regex, read when asked for."""
    if name == "DATELINE":
        return dateline_pattern()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def evidence_for(sent: Span) -> Evidence:
    """The sentence as a verbatim quote, trimmed of surrounding whitespace and of a leading dateline."""
    text = text_of(sent.doc)
    start, end = sent.start_char, sent.end_char
    for s, e in dateline_spans(text):
        if s <= start < e or start <= s < start + 3:
            start = max(start, e)
    return quote_between(text, start, end)


def token_index(doc: Doc, offset: int) -> int:
    """The index of the token at a character offset (the next one when the offset is a space)."""
    span = char_span(doc, offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0
