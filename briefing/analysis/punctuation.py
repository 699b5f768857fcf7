"""The last pass over every line a brief shows: punctuation a cut left behind.

Each engine builds its lines from the article's words, and a cut (a clause, a quotation, an aside
taken out) can leave the marks that set it off: 'the board, , had planned', 'the forecasts , a charge
it denied', an empty pair of quotation marks. Whatever cut the line, a reader should never see them.
Marks only, never a word: no language's words are needed here, and the evidence is never touched.
"""

from __future__ import annotations

import re

# an opening and a closing mark with nothing between them: what they quoted was cut
_EMPTY_QUOTES = re.compile(r"\s*(?:“\s*”|‘\s*’|\(\s*\))")
# a space before a mark that closes on the word before it ('the fees , a charge')
_SPACE_BEFORE = re.compile(r"\s+([,;:])")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.!?])(?=\s|$)")
# two separators with nothing between them ('the board, , had'); the first one stays
_REPEATED = re.compile(r"([,;:])(?:\s*[,;:])+")
# a separator before a full stop ('delayed it, .'): the stop ends the line
_BEFORE_STOP = re.compile(r"[,;:]\s*([.!?])(?=\s|$)")
# a separator right after an opening mark or bracket ('(, in May)')
_AFTER_OPENING = re.compile(r"([(“])\s*[,;:]\s*")


def tidy_punctuation(text: str) -> str:
    """`text` without the marks a cut left: no ', ,', no space before a comma, no empty quotation."""
    if not text:
        return text
    text = _EMPTY_QUOTES.sub("", text)
    text = _without_empty_straight_pairs(text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    text = _REPEATED.sub(r"\1", text)
    text = _BEFORE_STOP.sub(r"\1", text)
    text = _AFTER_OPENING.sub(r"\1", text)
    return " ".join(text.split())


def _without_empty_straight_pairs(text: str) -> str:
    """Straight quotation pairs with nothing between them taken out: read left to right, the first
    mark opens, the next closes, and so on."""
    marks = [i for i, ch in enumerate(text) if ch == '"']
    empty = [(o, c) for o, c in zip(marks[::2], marks[1::2], strict=False) if not text[o + 1 : c].strip()]
    for opening, closing in reversed(empty):
        text = text[:opening].rstrip() + text[closing + 1 :]
    return text
