"""The headline an article's text opens with: the desk's words, never a side's statement or act, nor a
condition any side sets (the attribution and conditions stages both ask)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.doctext import text_of

MIN_HEADLINE_WORDS = 2  # a lone word on the first line is a kicker or a place, not a headline
MAX_HEADLINE_WORDS = 25  # a longer first line is a lead paragraph
MAX_HEADLINE_CHARS = 150  # about two printed lines of a news page; ingest reads the title with the same limits
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", '"', "”")


def headline_end(doc: Doc) -> int:
    """Where a headline ends (0 for none): a short first line without closing punctuation, set apart
    from the body by a blank line ('Norland turns down quota plan'). A headline squeezes a story into
    a few words, and often names a side loosely: read as a statement, it can become a line under the
    wrong side, and it repeats what the body tells in full."""
    text = text_of(doc)
    first, newline, rest = text.partition("\n")
    line = first.strip()
    if not newline or not rest.startswith("\n") or not rest.strip():
        return 0
    if not MIN_HEADLINE_WORDS <= len(line.split()) <= MAX_HEADLINE_WORDS or len(line) > MAX_HEADLINE_CHARS:
        return 0
    return 0 if line.endswith(_SENTENCE_ENDS) else len(first)
