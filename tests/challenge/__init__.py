"""Challenge suites: invented sentences that prove each mechanism of the analysis."""

from __future__ import annotations

import datetime as dt
from functools import cache

from briefing.analysis.rules.types import Registry
from briefing.model import Brief


def registry_with(text: str, tagged: list[tuple[str, str]], *, keep_others: bool = False) -> Registry:
    """The registry of `text` with each (words, label) pair tagged wherever those words stand, as the
    model often tags them; the parse is the model's own. With `keep_others` the model's other
    entities stay, except those overlapping a tagged one."""
    from spacy.tokens import Span

    from briefing.analysis.rules.parties.registry import build_registry
    from briefing.nlp import load_model

    doc = load_model()(text)
    spans = []
    for words, label in tagged:
        n = len(words.split())
        spans += [Span(doc, t.i, t.i + n, label=label) for t in doc if doc[t.i : t.i + n].text == words]
    taken = {i for s in spans for i in range(s.start, s.end)}
    others = [e for e in doc.ents if not taken & set(range(e.start, e.end))] if keep_others else []
    doc.ents = sorted(spans + others, key=lambda s: s.start)
    return build_registry(doc)


def side_points(brief: Brief, name_word: str) -> list[str]:
    """The texts of the positions and preconditions of the side whose name holds `name_word`."""
    return [
        it.text
        for side in brief.sides
        if name_word.lower() in side.name.lower()
        for it in side.positions + side.preconditions
    ]


ARTICLE_PUBLISHED = dt.date(2026, 3, 10)


@cache
def brief_of(text: str) -> Brief:
    """The brief of an invented article published on 10 March 2026, once per text: the cases of a
    suite often ask several things of one article."""
    from briefing.analysis import analyse
    from briefing.model import Article

    return analyse(Article(text=text, published=ARTICLE_PUBLISHED))


def third_parties(opening: str, sentence: str) -> dict[str, str]:
    """Each third party of `opening` + `sentence`, with its role."""
    return {tp.name: tp.role for tp in brief_of(opening + sentence).third_parties}


def points_of(text: str, name_word: str) -> list[str]:
    """The positions and preconditions of the side whose name holds `name_word`, in the brief of `text`."""
    return side_points(brief_of(text), name_word)


IN_A_DISPUTE_PUBLISHED = dt.date(2026, 6, 10)


def brief_in_a_dispute(sentence: str) -> Brief:
    """The brief of `sentence` set inside a short two-sided dispute, published on 10 June 2026: the
    frame the dated-line cases share, so each case is the one sentence it proves."""
    from briefing.analysis import analyse
    from briefing.model import Article

    text = (
        "Norland and Valdoria are at odds over the fishing accord. "
        + sentence
        + " Valdoria said it wanted a deal. Norland said it wanted a deal too."
    )
    return analyse(Article(text=text, published=IN_A_DISPUTE_PUBLISHED))
