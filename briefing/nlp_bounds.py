"""Bounded work per article, whatever its characters: the guards spaCy needs on degenerate text.

spaCy's tokenizer peels prefixes and suffixes off a whitespace-free run one character at a time,
copying the rest of the run each time: a run of n brackets or quote marks costs n² (40 KB of
nested parentheses took two minutes). And a text with no sentence end (one-character lines,
a list of words) is one sentence as long as the article, which every analysis that walks a
sentence's tree pays for per token.

- `BoundedTokenizer` gives spaCy's tokenizer only runs of at most `MAX_RUN` characters; a longer
  run is cut into pieces (its stretches of symbols into tokens of `REPEAT_TOKEN` characters,
  anything else into pieces of `PIECE` characters each tokenized as usual). A stretch of
  `SYMBOLS` symbols, or of `SHORT_LINES` one- or two-character lines, also becomes tokens of
  `REPEAT_TOKEN` characters. The tokens still join into exactly the text: `doc.text == text`,
  every offset unchanged.
- `sentence_caps` starts a sentence every `MAX_SENTENCE_TOKENS` tokens at the latest.

Text without such runs or sentences is tokenized and split exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Runs this long or shorter go to spaCy's tokenizer whole: any word, number, e-mail address or
# ordinary URL. At this length its quadratic cost is under a millisecond.
MAX_RUN = 64
PIECE = 32  # a longer run's other stretches, in pieces this long, each tokenized as usual
REPEAT_TOKEN = 16  # a stretch of symbols ("((((", '""""', "([{<") or short lines: tokens this long
# A sentence this many tokens long ends here if nothing ended it before: far longer than any real
# sentence (the parser's own limit on what it reads well is much lower), short enough that work
# quadratic in a sentence's length stays small.
MAX_SENTENCE_TOKENS = 250

SHORT_LINES = 8  # this many lines in a row of one or two characters each are not prose
SYMBOLS = 8  # this many symbols in a row ("((((((((", '""""""""', "--------") are not a word
# What spaCy would tokenize in quadratic time or into a token per character: a long
# whitespace-free run; a stretch of symbols; a stretch of one- or two-character lines ("a", "\n":
# two tokens a line, five times the tokens of prose of the same length).
_DEGENERATE = re.compile(
    rf"(?m)(?P<run>\S{{{MAX_RUN + 1},}})|(?P<symbols>[^\w\s]{{{SYMBOLS},}})|^(?P<lines>(?:\S\S?\n){{{SHORT_LINES},}})"
)
# Inside a long run: a stretch of symbols (neither letter, digit nor space), or of anything else.
_STRETCH = re.compile(r"(?P<symbols>[^\w\s]{2,})|(?:[\w]|[^\w\s](?![^\w\s]))+")


class BoundedTokenizer:
    """spaCy's tokenizer, fed whitespace-free runs of at most `MAX_RUN` characters."""

    def __init__(self, inner: Callable[[str], Doc], vocab: Vocab) -> None:
        self.inner = inner
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if not _DEGENERATE.search(text):
            return self.inner(text)  # the common case: exactly spaCy's tokens
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        for piece, tokenize in _pieces(text):
            if not tokenize:
                words.append(piece)
                spaces.append(False)
                continue
            for token in self.inner(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        words, spaces = _attach_single_spaces(words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def __getattr__(self, name: str) -> object:  # `explain`, `rules`, ...: the inner tokenizer's
        return getattr(self.inner, name)


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """`text` in consecutive pieces, each with whether spaCy's tokenizer should split it."""
    pos = 0
    for found in _DEGENERATE.finditer(text):
        if found.start() > pos:
            yield text[pos : found.start()], True
        pos = found.end()
        if found.group("run") is None:  # symbols or short lines: a few characters a token, as they are
            yield from _chunks(found.group(), REPEAT_TOKEN, tokenize=False)
            continue
        for stretch in _STRETCH.finditer(found.group()):
            if stretch.group("symbols") is not None:
                yield from _chunks(stretch.group(), REPEAT_TOKEN, tokenize=False)
            else:
                yield from _chunks(stretch.group(), PIECE, tokenize=True)
    if pos < len(text):
        yield text[pos:], True


def _chunks(text: str, size: int, *, tokenize: bool) -> Iterator[tuple[str, bool]]:
    for i in range(0, len(text), size):
        yield text[i : i + size], tokenize


def _attach_single_spaces(words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
    """A single space token right after a cut piece becomes that piece's trailing space, as spaCy
    itself writes it; the text the tokens make is the same either way."""
    kept_words: list[str] = []
    kept_spaces: list[bool] = []
    for word, space in zip(words, spaces, strict=True):
        if word == " " and kept_words and not kept_spaces[-1] and not kept_words[-1].isspace():
            kept_spaces[-1] = True
            continue
        kept_words.append(word)
        kept_spaces.append(space)
    return kept_words, kept_spaces


def sentence_caps(doc: Doc, starts: list[int]) -> list[int]:
    """`starts` plus a sentence start wherever `MAX_SENTENCE_TOKENS` tokens have gone by with no
    sentence start and no sentence-ending mark (". ! ?"): real sentences end long before that, so
    only a degenerate stretch (a list of words, symbols, one-character lines) is ever cut."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return starts
    preset = set(starts)
    capped = []
    since = 0
    for i, token in enumerate(doc):
        if i in preset or since >= MAX_SENTENCE_TOKENS:
            capped.append(i)
            since = 0
        since += 1
        if token.text[-1:] in _SENTENCE_ENDS:
            since = 0
    return capped


_SENTENCE_ENDS = frozenset(".!?")
