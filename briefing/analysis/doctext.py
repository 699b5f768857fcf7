"""The text of a parsed article, computed once: spaCy rebuilds `Doc.text` from its tokens on every access."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "briefing_text"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
