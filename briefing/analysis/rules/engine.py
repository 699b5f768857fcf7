"""The offline engine's entry point: one context, the stages of `stages.STAGES` run over it."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from briefing.analysis.doctext import forget_tokens
from briefing.analysis.options import AnalysisOptions
from briefing.analysis.rules.context import Context, Stage, run_stages
from briefing.analysis.rules.stages import STAGES
from briefing.model import Article, Brief, dated


def analyse(article: Article, options: AnalysisOptions | None = None) -> Brief:
    """The offline engine's brief of one article (the entry point `engines.ENGINES` names)."""
    return _brief_of(Context(dated(article), options or AnalysisOptions()), STAGES)


def analyse_parsed(article: Article, doc: Doc, options: AnalysisOptions | None = None) -> Brief:
    """The brief of an article the caller already parsed into `doc`: every stage after the parse."""
    context = Context(dated(article), options or AnalysisOptions(), doc=doc)
    return _brief_of(context, [stage for stage in STAGES if stage.name != "parse"])


def _brief_of(context: Context, stages: Sequence[Stage]) -> Brief:
    try:
        run_stages(context, stages)
    finally:
        if context.doc is not None:
            forget_tokens(context.doc)  # the Doc outlives the brief in a batch: drop what the stages kept on it
    assert context.brief is not None  # the summary stage always writes it
    return context.brief
