"""The roles stage: the sides (`side_choice`), then the third parties with the part the text gives
each (`roles`)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.rules.roles import third_parties
from briefing.analysis.rules.side_choice import choose_sides
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.model import Article, ThirdParty


def cast_roles(
    doc: Doc, registry: Registry, statements: list[Statement], article: Article
) -> tuple[list[Party], list[ThirdParty]]:
    """The sides, then the third parties with the part the text gives each."""
    sides = choose_sides(doc, registry, statements)
    return sides, third_parties(doc, registry, sides, statements, article.published)
