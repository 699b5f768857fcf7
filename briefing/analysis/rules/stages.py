"""The offline engine's stages, written once, in the order they run.

Each row names a stage, the function that does it (its parameters are the context fields it reads)
and the context fields its result fills. A new stage is a function in its own module and one row
here; `tests/test_code_shape.py` checks that every input is filled by an earlier row and that stage
modules do not import one another.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.rules.attribution.acts import side_acts
from briefing.analysis.rules.attribution.statements import find_statements
from briefing.analysis.rules.cast import cast_roles
from briefing.analysis.rules.condense.sides import condense_sides
from briefing.analysis.rules.conditions.finder import find_conditions
from briefing.analysis.rules.context import Stage
from briefing.analysis.rules.events import dated_events
from briefing.analysis.rules.parties.registry import build_registry
from briefing.analysis.rules.positions import find_points
from briefing.analysis.rules.summary import write_brief
from briefing.lang import LanguageProfile, relabel
from briefing.model import Article
from briefing.nlp import parse


def parse_article(article: Article, profile: LanguageProfile) -> Doc:
    """The parse stage: the article's text parsed by the language's spaCy pipeline, its labels and
    tags mapped onto the engine's scheme (`briefing/lang/labels.py`; English needs no map)."""
    return relabel(parse(article.text, profile.models), profile)


STAGES: tuple[Stage, ...] = (
    Stage("parse", parse_article, ("doc",)),
    Stage("parties", build_registry, ("registry",)),
    Stage("attribution", find_statements, ("statements",)),
    Stage("conditions", find_conditions, ("conditions",)),
    Stage("positions", find_points, ("points", "narrated")),
    Stage("roles", cast_roles, ("side_parties", "third_parties")),
    Stage("acts", side_acts, ("acts",)),
    Stage("events", dated_events, ("upcoming", "background")),
    Stage("condense", condense_sides, ("sides",)),
    Stage("summary", write_brief, ("brief",)),
)
