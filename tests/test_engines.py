"""The engine seam: one entry point, one registry, the grounding every engine shares."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

import pytest

from briefing.analysis import ENGINES, AnalysisOptions, analyse
from briefing.analysis.grounding import quote_between, ungrounded
from briefing.errors import UsageProblem
from briefing.model import MAX_QUOTE_CHARS, Article, Evidence

TEXT = (
    "Lakeland and Hillshire resumed talks on water rights on Monday. "
    '"We will not sign unless the dam is opened," said Lakeland negotiator Mara Osk. '
    "Hillshire said it wanted a new survey of the river first. A next round is due on April 2."
)


def test_the_default_engine_is_the_offline_one_and_its_brief_is_grounded() -> None:
    article = Article(text=TEXT, published=dt.date(2026, 3, 11))
    brief = analyse(article)
    assert brief == analyse(article, AnalysisOptions(engine="rules"))
    assert brief.evidence(), "the brief cites nothing"
    assert ungrounded(brief, TEXT) == []


def test_an_unknown_engine_is_a_usage_problem_that_names_the_known_ones() -> None:
    with pytest.raises(UsageProblem, match=r"unknown analysis engine 'oracle'.*rules"):
        analyse(Article(text=TEXT, published=dt.date(2026, 3, 11)), AnalysisOptions(engine="oracle"))


def test_every_registered_engine_names_an_importable_entry_point() -> None:
    import importlib

    for name, target in ENGINES.items():
        module, function = target.split(":")
        assert callable(getattr(importlib.import_module(module), function)), name


def test_choosing_an_engine_does_not_import_spacy() -> None:
    """The registry imports an engine only when it runs: a caller that never analyses offline
    (or another engine) does not pay for spaCy."""
    code = "import sys, briefing.analysis, briefing.analysis.grounding; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_ungrounded_finds_a_quote_that_is_not_at_its_offsets() -> None:
    brief = analyse(Article(text=TEXT, published=dt.date(2026, 3, 11)))
    first = brief.sides[0].positions[0] if brief.sides[0].positions else brief.sides[0].preconditions[0]
    moved = dataclasses.replace(first.evidence[0], start=first.evidence[0].start + 1)
    first.evidence[0] = moved
    assert ungrounded(brief, TEXT) == [moved]


def test_a_quote_is_trimmed_and_a_run_on_one_is_cut_at_a_space() -> None:
    assert quote_between("  a said b.  ", 0, 13) == Evidence("a said b.", 2, 11)
    long = "word " * 300
    ev = quote_between(long, 0, len(long))
    assert len(ev.quote) <= MAX_QUOTE_CHARS and ev.quote.endswith("word")
    assert long[ev.start : ev.end] == ev.quote
