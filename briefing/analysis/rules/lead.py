"""The article's lead: its first real sentence, which the issue, the title and the next step read."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.doctext import dateline_spans, sentences_of, span_text, text_of


def sentence_of_lead(doc: Doc, lead: str) -> Span | None:
    """The sentence the lead paragraph opens with (its first 40 characters, spaces folded)."""
    return next((s for s in sentences_of(doc) if lead[:40] in " ".join(span_text(s).split())), None)


def lead_of(doc: Doc, headline: str | None = None) -> str:
    """The first real sentence, without its dateline (nor the headline, when the text repeats it)."""
    datelines = dateline_spans(text_of(doc))
    for sent in sentences_of(doc):
        if headline and span_text(sent).strip() == headline.strip():
            continue
        start = sent.start_char
        for s, e in datelines:
            if s <= start < e or (start <= s < sent.end_char and s - start < 3):
                start = max(start, e)
        text = " ".join(text_of(doc)[start : sent.end_char].split())
        if len(text.split()) >= 6:
            return text
    return " ".join(text_of(doc).split())[:200]


def lead_sentence(doc: Doc) -> Span | None:
    """The sentence the article's lead is, found once for every reading of it."""
    return sentence_of_lead(doc, lead_of(doc))
