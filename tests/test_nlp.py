"""The line-break component sets every sentence start in one pass, exactly where setting them one
token at a time would; a long article is parsed in blocks that join back into the same text."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.nlp import BLOCK_CHARS, SOURCE_TEXT, load_model, parse, sentence_starts_at_line_breaks, text_blocks

TEXT = (
    "Harborline and the union resume talks\n\n"
    "PORT ARLEN, 2 March (Wire)\n\n"
    "The union said it would strike on Friday unless the company raised its offer. The\n"
    "company, which runs three terminals, said the offer was final:\n"
    "it would not pay more.\n\n"
    "A mediator will meet both sides on Monday.\n"
)


def _one_by_one(doc: Doc) -> list[bool]:
    """The reference: the same rule, applied token by token on a fresh Doc."""
    fresh = load_model().make_doc(doc.text)
    for i in sentence_starts_at_line_breaks(fresh):
        fresh[i].is_sent_start = True
    return [bool(t.is_sent_start) for t in fresh]


def test_sentence_starts_match_the_token_by_token_rule() -> None:
    nlp = load_model()
    with nlp.select_pipes(enable=["briefing_line_breaks"]):
        doc = nlp(TEXT)
    assert [bool(t.is_sent_start) for t in doc] == _one_by_one(doc)


def test_paragraphs_and_closing_punctuation_end_sentences_but_hard_wraps_do_not() -> None:
    doc = load_model()(TEXT)
    firsts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert "PORT" in firsts and "A" in firsts and "it" in firsts
    assert "company" not in firsts  # "The\\ncompany": a hard wrap inside a sentence


def test_blocks_join_back_into_the_text_and_end_at_paragraph_breaks() -> None:
    text = (TEXT + "\n") * 40
    blocks = text_blocks(text, 2_000)
    assert "".join(blocks) == text
    assert len(blocks) > 1 and all(len(b) <= 2_000 + 10 for b in blocks)
    assert all(b.endswith("\n\n") for b in blocks[:-1])  # never inside a paragraph when there is a break


def test_a_paragraph_longer_than_a_block_is_cut_at_a_space() -> None:
    text = "word " * 1_000
    blocks = text_blocks(text, 700)
    assert "".join(blocks) == text and all(b.endswith(" ") for b in blocks[:-1])


def test_a_long_article_parsed_in_blocks_has_the_text_offsets_and_sentences_of_one_parse() -> None:
    text = ((TEXT + "\n") * (2 * BLOCK_CHARS // len(TEXT) + 2))[: 2 * BLOCK_CHARS + 500]
    blocks, whole = parse(text), load_model()(text)
    assert len(text) > BLOCK_CHARS and blocks.text == text
    assert [s.start_char for s in blocks.sents] == [s.start_char for s in whole.sents]
    assert [t.idx for t in blocks] == [t.idx for t in whole]


def test_a_parsed_doc_keeps_the_very_text_its_tokens_join_into() -> None:
    """The analysis reads the text `parse` kept instead of `Doc.text`: the two must be one string,
    for a short article, a long one parsed in blocks, and text with odd spacing."""
    long_text = ((TEXT + "\n") * (2 * BLOCK_CHARS // len(TEXT) + 2))[: 2 * BLOCK_CHARS + 500]
    for text in (TEXT, long_text, "  Two  spaces,\ttabs\u00a0and\r\nCRLF.  ", "\u200bzero width\u2028line"):
        doc = parse(text)
        assert doc.user_data[SOURCE_TEXT] == doc.text == text


def test_the_model_is_one_object_however_its_names_are_passed() -> None:
    from briefing.nlp import MODEL_NAMES

    assert load_model() is load_model(MODEL_NAMES) is load_model(model_names=MODEL_NAMES)
