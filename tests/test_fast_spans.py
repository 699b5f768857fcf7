"""The spans, words and children the analysis reads from tables give what spaCy's own calls give.

`char_span` replaced `Doc.char_span`, which asks each word it checks for its offset and length
through a new `Token`; each test compares the two on real parses (the samples, an article parsed in
blocks, text with runs of spaces and line breaks) at random offsets, inside words and between them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from briefing.analysis.doctext import char_span, children_of, texts_tagged, tokens_at
from briefing.nlp import BLOCK_CHARS, parse

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MODES = ("strict", "contract", "expand")
# Our own words, spaced every way a pasted article is: leading and trailing spaces, a tab, a run of
# blank lines, a dotted name, a word glued to a mark.
ODD_SPACING = "  The ferry crews' union\tsaid on Tuesday it would sail.\n\n\n  Portline.com  replied:'no' \n"


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.*")) if path.is_file()]
    long_text = "\n\n".join(texts * (1 + BLOCK_CHARS // sum(map(len, texts))))  # parsed in blocks, joined
    return [parse(text) for text in [*texts, ODD_SPACING, " ", long_text]]


def _spacy(doc: Doc, start: int, end: int, mode: str) -> tuple[int, int] | str | None:
    return _outcome(lambda: doc.char_span(start, end, alignment_mode=mode))


def _ours(doc: Doc, start: int, end: int, mode: str) -> tuple[int, int] | str | None:
    return _outcome(lambda: char_span(doc, start, end, alignment_mode=mode))


def _outcome(find: Callable[[], Span | None]) -> tuple[int, int] | str | None:
    """The span's words, None, or the error raised (an end before the start is spaCy's IndexError)."""
    try:
        span = find()
    except IndexError as exc:
        return type(exc).__name__
    return None if span is None else (span.start, span.end)


def _offsets(doc: Doc, rng: random.Random, count: int) -> list[tuple[int, int]]:
    size = len(doc.text)
    pairs = [(rng.randint(-2, size + 2), rng.randint(-2, size + 2)) for _ in range(count)]
    pairs += [(t.idx, t.idx + len(t)) for t in doc][:count]  # whole words
    pairs += [(s.start_char, s.end_char) for s in doc.sents]  # whole sentences, as evidence cites them
    return pairs


def test_a_span_found_by_bisection_is_the_one_spacy_finds(docs: list[Doc]) -> None:
    rng = random.Random(11)
    found = 0
    for doc in docs:
        for start, end in _offsets(doc, rng, 400):
            for mode in MODES:
                ours = _ours(doc, start, end, mode)
                assert ours == _spacy(doc, start, end, mode), (start, end, mode)
                found += isinstance(ours, tuple)
    assert found > 1000  # most offsets found a span: the comparison is not between two Nones


def test_a_span_keeps_its_label_and_an_unknown_mode_fails_as_spacys(docs: list[Doc]) -> None:
    doc = docs[0]
    word = doc[3]
    span = char_span(doc, word.idx, word.idx + len(word), label="ORG")
    assert span is not None and span.label_ == "ORG"
    with pytest.raises(ValueError):
        doc.char_span(0, 5, alignment_mode="loose")
    with pytest.raises(ValueError):
        char_span(doc, 0, 5, alignment_mode="loose")


def test_the_words_at_offsets_are_the_expanded_spans_words(docs: list[Doc]) -> None:
    rng = random.Random(5)
    for doc in docs[:3]:
        for start, end in [sorted(pair) for pair in _offsets(doc, rng, 200)]:
            wanted = [t.i for t in doc.char_span(start, end, alignment_mode="expand") or ()]
            assert [t.i for t in tokens_at(doc, start, end)] == wanted, (start, end)


@pytest.mark.parametrize("tag", ["NNS", "NNP", "VBD", "XX"])
def test_the_texts_of_a_tag_are_the_words_spacy_tags_so(docs: list[Doc], tag: str) -> None:
    for doc in docs[:3]:
        assert texts_tagged(doc, tag) == {t.text for t in doc if t.tag_ == tag}
    if tag != "XX":
        assert texts_tagged(docs[0], tag)


def test_a_words_children_from_the_table_are_the_ones_spacy_walks(docs: list[Doc]) -> None:
    """The table is made from the head array of the whole article, one parsed in blocks too."""
    words = 0
    for doc in docs:
        for tok in doc:
            assert [c.i for c in children_of(tok)] == [c.i for c in tok.children], tok.i
            words += bool(children_of(tok))
    assert words > 500
