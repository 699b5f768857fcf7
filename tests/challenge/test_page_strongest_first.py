"""Challenge suite (issue #25, class 8): the condensed page leads each side with its strongest points.

A position that only frames the sentence a condition rests on ('the talks ran past midnight', 'its
secretary read out a statement') does not weigh as that condition: the terms are in the condition,
the frame tells nothing a minister can act on, so it no longer leads the side's key points (nor the
page, which shows them in rank order). A demand told in any form ('is demanding', 'sought',
'urging') weighs as a demand. Invented points."""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.ranking import rank
from briefing.analysis.rules.point_weight import (
    CONDITION_WEIGHT,
    DEMAND_WEIGHT,
    NARRATION_WEIGHT,
    position_weight,
    weight,
)
from briefing.model import Brief, Evidence, Item, Side, Source
from briefing.render.context import page_points

TEXT = (
    "After the talks ran past midnight, the guild's secretary read out a statement: no night shifts without "
    "a second pilot. The guild rejected the roster outright."
)
CUT = TEXT.index(". ") + 1
FRAME = Evidence(TEXT[:CUT], 0, CUT)
REJECTION = Evidence(TEXT[CUT + 1 :], CUT + 1, len(TEXT))


def test_a_frame_beside_a_condition_weighs_as_its_own_words() -> None:
    assert position_weight("The talks ran past midnight", True) == NARRATION_WEIGHT
    assert position_weight("The guild's secretary read out a statement", True) == NARRATION_WEIGHT


def test_a_stance_beside_a_condition_still_weighs_as_the_condition() -> None:
    assert position_weight("The guild will not fly night shifts", True) == CONDITION_WEIGHT


@pytest.mark.parametrize("text", ["The guild is demanding a second pilot", "The guild sought a second pilot"])
def test_a_demand_in_any_form_weighs_as_a_demand(text: str) -> None:
    assert weight(text, False) == DEMAND_WEIGHT


def ranked() -> list[Item]:
    condition = Item("A second pilot flies every night shift", None, [FRAME])
    positions = [
        Item("The talks ran past midnight", None, [FRAME]),
        Item("The guild's secretary read out a statement", None, [FRAME]),
        Item("The guild rejected the roster outright", None, [REJECTION]),
    ]
    return rank(positions, [condition])


def test_the_frame_does_not_lead_the_sides_key_points() -> None:
    assert ranked()[0].text == "The guild rejected the roster outright"


def test_the_page_shows_the_strongest_point_first() -> None:
    side = Side("guild", positions=ranked())
    ((_, positions, _),) = page_points(Brief(title="t", source=Source(), summary="", sides=[side]))
    assert positions[0].text == "The guild rejected the roster outright"
