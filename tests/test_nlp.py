"""The line-break component sets every sentence start in one pass, exactly where setting them one
token at a time would."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.nlp import load_model, sentence_starts_at_line_breaks

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
