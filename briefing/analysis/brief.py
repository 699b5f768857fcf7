"""Assemble the brief from the analysis stages (temporary first cut while the stages land)."""

from __future__ import annotations

from briefing.model import Article, Brief, Evidence, Item, Side, Source
from briefing.nlp import load_model


def analyse(article: Article) -> Brief:
    doc = load_model()(article.text)
    sents = list(doc.sents)
    title = article.title or (sents[0].text.strip()[:90] if sents else "Brief")
    sides: dict[str, Side] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "ORG") and len(sides) < 2:
            sides.setdefault(ent.text, Side(ent.text))
    for side in sides.values():
        for s in sents:
            if side.name in s.text:
                side.positions.append(Item(s.text.strip()[:120], None, [Evidence(s.text, s.start_char, s.end_char)]))
                break
    return Brief(
        title=title,
        source=Source(title=article.title, url=article.url, outlet=article.outlet,
                      published=article.published.isoformat() if article.published else None),
        summary=" ".join(s.text.strip() for s in sents[:2]),
        sides=list(sides.values()),
    )
