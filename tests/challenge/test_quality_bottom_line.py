"""Challenge suite (issue #25, class 7): a bottom line about the substance.

The bottom line names the issue in dispute, each side's central stance, the mediator where there
is one and the next real date; it never reads "at odds over the talks". Invented articles; each
case fails until its mechanism lands (xfail, strict)."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from briefing.analysis import analyse
from briefing.model import Article, Brief

PUB = dt.date(2026, 3, 10)

PORT = (
    "The Dockers Union and Harborline resumed talks on Monday under a federal mediator. The union will strike "
    "on March 20 unless Harborline drops its plan to automate two cranes, its president said. Harborline said "
    "the automation plan was not negotiable. The mediator said both sides would meet again on Thursday."
)
TRUCE = (
    "Norland and Valdoria resumed talks in Geneva on Monday, mediated by Switzerland. Valdoria said it would "
    "not disarm while Norland's raids continue. Norland said disarmament must come first. The talks will "
    "resume on March 20."
)
MINE = (
    "Kestrel Mining and the Copperbelt Miners Union failed to agree on wages on Monday. The union said it would "
    "strike next week unless it got a 10 percent rise. Kestrel Mining said it could offer 4 percent."
)


@cache
def summary(text: str) -> str:
    brief: Brief = analyse(Article(text=text, published=PUB))
    return brief.summary


ISSUES = [(PORT, "automat"), (TRUCE, "disarm"), (MINE, "wage")]


@pytest.mark.parametrize(("text", "issue"), ISSUES, ids=[c[1] for c in ISSUES])
def test_the_bottom_line_names_the_issue(text: str, issue: str) -> None:
    first = summary(text).split(". ")[0].lower()
    assert issue in first, summary(text)
    assert "over the talks" not in first, summary(text)


MEDIATED = [(PORT, "mediator"), (TRUCE, "Switzerland")]


@pytest.mark.parametrize(("text", "mediator"), MEDIATED, ids=[c[1] for c in MEDIATED])
def test_the_bottom_line_names_the_mediator(text: str, mediator: str) -> None:
    assert mediator in summary(text), summary(text)


def test_the_bottom_line_gives_both_sides() -> None:
    text = summary(MINE)
    assert "Kestrel Mining" in text and "Copperbelt Miners Union" in text, text


# Cases added with the mechanism (qevents).
SHAM = (
    'Norland and Valdoria traded accusations on Monday. Valdoria will hold what Norland calls a "sham referendum" '
    "on March 22. Norland said the referendum was illegal and would not recognise its result."
)
PENSIONS = (
    "The Port Workers Union and Harborline failed to agree on pensions on Monday. The union said it would strike "
    "on March 20 unless the pension cuts were withdrawn. Harborline said the pension cuts were needed to keep the "
    "port open."
)


def test_one_sides_scare_word_is_not_the_bottom_lines_own() -> None:
    first = summary(SHAM).split(". ")[0]
    assert "over the referendum" in first and "sham" not in first, summary(SHAM)


def test_the_next_step_is_told_of_the_side_that_takes_it() -> None:
    text = summary(PENSIONS)
    assert "over pensions" in text.split(". ")[0], text
    assert "Harborline would strike" not in text, text  # 'The union said it would strike': the union's strike


def test_a_side_stance_is_not_the_story_of_both_sides() -> None:
    text = summary(PENSIONS)
    assert "failed to agree" not in text, text  # narration of both, not a side's stance
