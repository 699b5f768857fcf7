"""One context object that the offline engine's stages read from and write to.

A stage is a plain function: its parameters name the context fields it reads, and what it returns
goes to the fields its row in `stages.STAGES` names. So a stage's inputs and outputs are in its
signature, and `run_stages` is the only code that moves values between stages.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from briefing.analysis.options import AnalysisOptions
from briefing.analysis.rules.types import Condition, Draft, Party, Points, Registry, Statement
from briefing.lang import LanguageProfile, load_profile
from briefing.model import Article, Brief, Event, Side, ThirdParty


@dataclass
class Context:
    """What is known about one article, filled in stage by stage (see `stages.STAGES`)."""

    article: Article  # dated: `published` is set before the first stage
    options: AnalysisOptions = field(default_factory=AnalysisOptions)
    profile: LanguageProfile = field(default_factory=load_profile)  # the language, active while stages run
    doc: Doc | None = None  # parse
    registry: Registry | None = None  # parties
    statements: list[Statement] = field(default_factory=list)  # attribution
    conditions: dict[int, Condition | None] = field(default_factory=dict)  # conditions, by sentence start
    points: list[Points] = field(default_factory=list)  # positions, one per statement
    narrated: list[tuple[Party, Draft]] = field(default_factory=list)  # positions: conditions the narration sets
    side_parties: list[Party] = field(default_factory=list)  # roles
    third_parties: list[ThirdParty] = field(default_factory=list)  # roles
    acts: list[Statement] = field(default_factory=list)  # acts: a side's acts the narration tells
    upcoming: list[Event] = field(default_factory=list)  # events
    background: list[Event] = field(default_factory=list)  # events
    sides: list[Side] = field(default_factory=list)  # condense
    brief: Brief | None = None  # summary


@dataclass(frozen=True)
class Stage:
    """One named step: a function of context fields, and the fields its result fills."""

    name: str
    run: Callable[..., Any]
    outputs: tuple[str, ...]

    @functools.cached_property
    def inputs(self) -> tuple[str, ...]:
        """The parameters of `run`, read once: `inspect.signature` costs as much as a short stage."""
        return tuple(inspect.signature(self.run).parameters)


def run_stages(context: Context, stages: Sequence[Stage]) -> Context:
    """Run the stages in order over one context; each reads its inputs from it and writes its outputs."""
    for stage in stages:
        result = stage.run(**{name: getattr(context, name) for name in stage.inputs})
        values = result if len(stage.outputs) > 1 else (result,)
        for name, value in zip(stage.outputs, values, strict=True):
            setattr(context, name, value)
    return context
