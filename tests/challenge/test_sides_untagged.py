"""Challenge suite (issue #25, class 1): a side the model did not tag.

A one-word company name the model leaves untagged is still a party when it owns a stance ('Corvex's
revised offer', 'a Corvex position') or speaks of itself as 'it'; and while it is unknown, what it
says is never given to the party named before it. Invented articles."""

from __future__ import annotations

from . import brief_of

UNTAGGED_EMPLOYER = (
    "The Harbour Workers Union has been on strike for nine days, demanding a 12% raise. On Thursday, the union "
    "rejected Corvex's revised offer of 5%. The mediator tabled a proposal of 7%. Union leader Sam Otto said the "
    "proposal was not a Corvex position. Corvex said it could not pay more."
)


def test_an_untagged_name_that_owns_an_offer_is_a_side() -> None:
    names = [side.name for side in brief_of(UNTAGGED_EMPLOYER).sides]
    assert "Corvex" in names and "Harbour Workers Union" in names, names


UNKNOWN_NAME_ONCE = (
    "The Harbour Workers Union has been on strike for nine days, demanding a 12% raise. The union said its "
    "members would stay out until the raise was paid. Union leader Sam Otto said the talks had failed. Corvex "
    "said it could not pay more."
)


def test_what_an_unknown_name_says_of_itself_is_not_the_last_partys() -> None:
    brief = brief_of(UNKNOWN_NAME_ONCE)
    points = [it.text for side in brief.sides for it in side.positions + side.preconditions]
    assert not any("pay more" in p for p in points), points
