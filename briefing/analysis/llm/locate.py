"""Where a quote the model gave sits in the article: exactly, after normalising, or by alignment.

A model copies a quote with small drift: curly quotes made straight, two spaces made one, a dash
made a hyphen, a full stop lost. The locator tries, in order:

1. the quote as given;
2. the quote and the article both normalised (whitespace runs, quote marks, apostrophes, dashes,
   letter case), mapped back to the article's own characters;
2b. a quote cut with an ellipsis, piece by piece; a quote of several sentences, sentence by sentence;
3. a fuzzy alignment (rapidfuzz) of the normalised quote inside one sentence of the article,
   kept only at or above `FUZZY_MIN_SCORE` and when the aligned span is about as long as the quote.

Whatever the way, the span returned is the article's: offsets and the quote shown come from the
article, never from the model.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

# Two strings scored 0-100 by rapidfuzz's partial ratio (an edit-distance similarity of the quote
# against its best-matching stretch of the sentence). 90 takes a lost full stop, a changed quote mark
# or a typo in 30 characters; a paraphrase ("will not return to talks" for "won't go back to the
# table") scores far below.
FUZZY_MIN_SCORE = 90.0
# Below this length a fuzzy match is as likely chance as drift: short quotes must match exactly.
FUZZY_MIN_CHARS = 20
# The aligned span may be at most this much shorter or longer than the quote.
FUZZY_LENGTH_SLACK = 0.2

_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        # Quote marks and apostrophes go: a model drops or adds them ("it will" for 'it “will'), and
        # "won't" reads "wont" in the quote and the article alike.
        '"': None,
        "'": None,
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)

# Pieces of a quote cut with an ellipsis shorter than this say too little to cite alone: skipped.
MIN_PIECE_CHARS = 12
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[\.\.\.\]|\[…\])\s*")

# A sentence ends at . ! ? (and any closing quote or bracket after it) before a space, or at a line end.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)|\n")


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    how: str  # "exact", "normalised" or "fuzzy"
    score: float = 100.0


def fold(text: str) -> tuple[str, list[int]]:
    """The text normalised for comparison, and for each of its characters the article index it came
    from (plus one past the end): whitespace runs become one space, dashes one hyphen, quote marks
    and apostrophes nothing, letters lower case."""
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, original in enumerate(text):
        ch = original.translate(_FOLD)
        if not ch:
            continue
        if ch.isspace():
            if previous_space:
                continue
            ch, previous_space = " ", True
        else:
            previous_space = False
            low = ch.lower()
            ch = low if len(low) == 1 else ch  # 'İ' lowers to two characters: keep the offsets one to one
        out.append(ch)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, by punctuation and line breaks; no parser needed for this."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _alignment(needle: str, sentence: str) -> tuple[float, int, int] | None:
    """(score, start, end) of the stretch of `sentence` that best matches `needle`, at or above the
    threshold. A needle as long as the sentence or longer is compared with the whole sentence (the
    partial ratio would compare the sentence with a piece of the needle instead)."""
    if len(needle) >= len(sentence):
        score = fuzz.ratio(needle, sentence, score_cutoff=FUZZY_MIN_SCORE)
        return (score, 0, len(sentence)) if score else None
    found = fuzz.partial_ratio_alignment(needle, sentence, score_cutoff=FUZZY_MIN_SCORE)
    return (found.score, found.dest_start, found.dest_end) if found is not None else None


def _pieces(quote: str) -> list[str]:
    """The parts of a quote the model cut with an ellipsis, without their quote marks."""
    pieces = [p.strip(" \"'“”‘’,;") for p in _ELLIPSIS.split(quote)]
    return [p for p in pieces if p]


class ArticleText:
    """The article, folded and cut into sentences once, to locate many quotes in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self._index = fold(text)
        self.sentences = sentence_spans(text)
        self._starts = [s for s, _ in self.sentences]

    def locate_all(self, quote: str) -> list[Located]:
        """The article's spans for a quote: one span, or, for a quote the model cut with an ellipsis
        ("we will ... never sign"), one per piece, each located on its own. Empty when the article
        does not say it (a piece that is not found makes the whole quote not found)."""
        pieces = _pieces(quote)
        if len(pieces) <= 1:
            found = self.locate(quote)
            return [found] if found else []
        located: list[Located] = []
        for piece in (p for p in pieces if len(p) >= MIN_PIECE_CHARS):
            found = self.locate(piece, after=located[-1].end if located else 0)  # the pieces in order
            if found is None:
                return []
            located.append(found)
        return located

    def locate(self, quote: str, after: int = 0) -> Located | None:
        """The article's span for `quote` (at or after offset `after`), or None when the article does
        not say it."""
        found = self._locate_one(quote, after)
        if found is None and len(sentence_spans(quote)) > 1:
            found = self._locate_sentences(quote, after)
        return found

    def _locate_sentences(self, quote: str, after: int) -> Located | None:
        """A quote of two or more sentences, each located on its own (fuzzily inside its sentence, if
        need be), each after the one before: one span when they follow each other in the article."""
        located: list[Located] = []
        for a, b in sentence_spans(quote):
            found = self._locate_one(quote[a:b], located[-1].end if located else after)
            if found is None:
                return None
            located.append(found)
        for first, second in itertools.pairwise(located):
            if self.text[first.end : second.start].strip(" \n\t\"'“”‘’.!?)"):
                return None  # not one stretch of the article
        how = "fuzzy" if any(p.how == "fuzzy" for p in located) else "normalised"
        return Located(located[0].start, located[-1].end, how, min(p.score for p in located))

    def _locate_one(self, quote: str, after: int = 0) -> Located | None:
        quote = quote.strip()
        if not quote:
            return None
        at = self.text.find(quote, after)
        if at >= 0:
            return Located(at, at + len(quote), "exact")
        needle, _ = fold(quote)
        needle = needle.strip(" ")
        folded_after = bisect.bisect_left(self._index, after)
        at = self.folded.find(needle, folded_after) if needle else -1
        if at >= 0:
            return Located(*self._original(at, at + len(needle)), "normalised")
        return self._aligned(needle, folded_after)

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding the article offset."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return self.sentences[i]
        return None

    def _original(self, start: int, end: int) -> tuple[int, int]:
        return self._index[start], self._index[end - 1] + 1

    def _aligned(self, needle: str, folded_after: int = 0) -> Located | None:
        if len(needle) < FUZZY_MIN_CHARS:
            return None
        best: Located | None = None
        for start, end in self._folded_sentences():
            if end <= folded_after:
                continue
            start = max(start, folded_after)
            sentence = self.folded[start:end]
            if len(sentence) < len(needle) * (1 - FUZZY_LENGTH_SLACK):
                continue  # a quote longer than the sentence is not inside it
            found = _alignment(needle, sentence)
            if found is None or (best is not None and found[0] <= best.score):
                continue
            score, dest_start, dest_end = found
            if abs(dest_end - dest_start - len(needle)) > len(needle) * FUZZY_LENGTH_SLACK:
                continue
            a, b = self._original(start + dest_start, start + dest_end)
            best = Located(*self._whole_words(*_trimmed(self.text, a, b)), "fuzzy", score)
        return best

    def _whole_words(self, start: int, end: int) -> tuple[int, int]:
        """An alignment may stop inside a word ("restor" for "restored"): the span takes the whole word."""
        while start > 0 and self.text[start - 1].isalnum() and self.text[start].isalnum():
            start -= 1
        while end < len(self.text) and self.text[end].isalnum() and self.text[end - 1].isalnum():
            end += 1
        return start, end

    def _folded_sentences(self) -> Iterable[tuple[int, int]]:
        """Each sentence's (start, end) in the folded text."""
        for start, end in self.sentences:
            a = bisect.bisect_left(self._index, start)
            b = bisect.bisect_left(self._index, end)
            yield a, b
