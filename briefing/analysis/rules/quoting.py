"""Whether a word stands in a speaker's own words: one answer for every reader of the parse.

A quotation may run over several sentences ('“A. B. They will ...”'), so the opening mark is looked
for from the start of the word's paragraph, not of its sentence: the third sentence of a quotation
is still quoted, and its "they" is still the other side.
"""

from __future__ import annotations

from spacy.tokens import Token

MAX_PARAGRAPH_TOKENS = 400  # how far back a quotation's opening mark is looked for


def inside_quotes(tok: Token) -> bool:
    """Whether a word stands inside quotation marks, counted from the start of its paragraph."""
    before = tok.doc[paragraph_start(tok) : tok.i]
    straight = sum(t.text.count('"') for t in before)
    return straight % 2 == 1 or sum(t.text.count("“") - t.text.count("”") for t in before) > 0


def paragraph_start(tok: Token) -> int:
    """The index of the first word of the word's paragraph (after the last line break before it)."""
    start = tok.sent.start
    floor = max(0, start - MAX_PARAGRAPH_TOKENS)
    while start > floor and "\n" not in tok.doc[start - 1].text and "\n" not in tok.doc[start - 1].whitespace_:
        start -= 1
    return start
