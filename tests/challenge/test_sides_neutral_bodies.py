"""Challenge suite (issue #25, class 1): a body that says it stands with neither side is no side.

Each case is an invented article; the first failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of

# A river commission that speaks often but says it takes no side; the two states are the sides.
NEUTRAL_COMMISSION = (
    "The Sella River Commission stressed that it would not take sides in the row over the dam. "
    "Norland said the dam would cut the flow to its farms by half. "
    "The commission said it would publish its flow data in April. "
    "Valdoria said the dam would be finished next year whatever the data showed. "
    "The commission added that it remained neutral and would keep measuring the river."
)

# Positive control: one side calling the other partial does not make the other a go-between.
CALLED_PARTIAL = (
    "Norland and Valdoria traded charges over the dam on Monday. "
    "Valdoria said Norland was not neutral in the dispute over the river. "
    "Norland said the dam would cut the flow to its farms by half. "
    "Valdoria said the dam would be finished next year."
)


def test_a_body_that_takes_no_side_is_no_side() -> None:
    names = [s.name for s in brief_of(NEUTRAL_COMMISSION).sides]
    assert "Sella River Commission" not in names, names
    assert {"Norland", "Valdoria"} <= set(names), names


def test_a_side_called_partial_by_the_other_stays_a_side() -> None:
    names = [s.name for s in brief_of(CALLED_PARTIAL).sides]
    assert {"Norland", "Valdoria"} <= set(names), names


# Positive control: a side that says it is not neutral declares the opposite.
SAYS_NOT_NEUTRAL = (
    "Norland and Valdoria traded charges over the dam on Monday. "
    "Valdoria said it was not neutral in a fight over its own river. "
    "Norland said the dam would cut the flow to its farms by half. "
    "Valdoria said the dam would be finished next year."
)


def test_a_side_that_says_it_is_not_neutral_stays_a_side() -> None:
    names = [s.name for s in brief_of(SAYS_NOT_NEUTRAL).sides]
    assert {"Norland", "Valdoria"} <= set(names), names
