"""The offline engine's entry point: one context, the stages of `stages.STAGES` run over it."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from briefing.analysis.doctext import forget_tokens
from briefing.analysis.options import AnalysisOptions
from briefing.analysis.rules.context import Context, Stage, run_stages
from briefing.analysis.rules.stages import STAGES
from briefing.lang import LanguageProfile, load_profile, relabel, speaking
from briefing.model import Article, Brief, dated


def analyse(article: Article, options: AnalysisOptions | None = None, profile: LanguageProfile | None = None) -> Brief:
    """The offline engine's brief of one article (the entry point `engines.ENGINES` names), in the
    language `options.language` names, or in `profile` when one is given (your own folder)."""
    return _brief_of(_context(article, options, profile), STAGES)


def analyse_parsed(article: Article, doc: Doc, options: AnalysisOptions | None = None) -> Brief:
    """The brief of an article the caller already parsed into `doc`: every stage after the parse
    (the labels of the profile's pipeline still mapped onto the engine's, as the parse stage does)."""
    context = _context(article, options, None)
    context.doc = relabel(doc, context.profile)
    return _brief_of(context, [stage for stage in STAGES if stage.name != "parse"])


def _context(article: Article, options: AnalysisOptions | None, profile: LanguageProfile | None) -> Context:
    options = options or AnalysisOptions()
    return Context(dated(article), options, profile or load_profile(options.language))


def _brief_of(context: Context, stages: Sequence[Stage]) -> Brief:
    try:
        with speaking(context.profile):  # the word lists of the analysis modules read this profile
            run_stages(context, stages)
    finally:
        if context.doc is not None:
            forget_tokens(context.doc)  # the Doc outlives the brief in a batch: drop what the stages kept on it
    assert context.brief is not None  # the summary stage always writes it
    return context.brief
