"""What every engine shares to keep a brief grounded: quotes cut from the article's own text, and
the length limits of the contract (briefing/model.py) applied to the lines a brief shows.

No language model and no parse here: an engine hands in the article's text and character offsets.
"""

from __future__ import annotations

from briefing.analysis.punctuation import tidy_punctuation
from briefing.model import MAX_QUOTE_CHARS, Brief, Evidence, clip_fields


def quote_between(text: str, start: int, end: int) -> Evidence:
    """`text[start:end]` as a verbatim quote, trimmed of surrounding whitespace; a run-on stretch
    (a list, a table row) longer than the contract allows is cited by its start, cut at a space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_QUOTE_CHARS:
        end = start + MAX_QUOTE_CHARS
        while end > start + MAX_QUOTE_CHARS // 2 and not text[end - 1].isspace():
            end -= 1
        end = end - 1 if text[end - 1].isspace() else end
    return Evidence(text[start:end], start, end)


def ungrounded(brief: Brief, text: str) -> list[Evidence]:
    """The evidence of a brief that is not the article's words at its offsets, or is too long to cite."""
    return [ev for ev in brief.evidence() if not _cites(text, ev)]


def _cites(text: str, ev: Evidence) -> bool:
    within = 0 <= ev.start <= ev.end <= len(text)
    return within and text[ev.start : ev.end] == ev.quote and len(ev.quote) <= MAX_QUOTE_CHARS


def clip(text: str, max_chars: int) -> str:
    """At most `max_chars`, cut at a word boundary when there is one, marked with an ellipsis."""
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    if " " in cut[max_chars // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def clip_texts(brief: Brief) -> Brief:
    """Every line a brief shows stays a line: an article may hold a 10,000-character 'word'. The
    limits are the contract's (briefing/model.py); evidence quotes are left whole. Each line first
    loses the punctuation a cut left behind (`tidy_punctuation`), whichever stage cut it."""
    clip_fields(brief, lambda text, max_chars: clip(tidy_punctuation(text), max_chars))
    return brief
