"""Challenge suite (issue #25, class 7): the bottom line names a mediator only where talks go through it.

A state that has only offered to mediate, or a mediator someone has only proposed to appoint, holds
no talks yet: 'in talks mediated by X' would tell the reader of talks that are not taking place. A
proposal a mediator brokered ('the Velm-brokered plan') leaves it the mediator it is. Invented
articles; the first two cases failed on d09359f; the controls pass on both."""

from __future__ import annotations

from tests.challenge import brief_of

OFFERS = (
    "Ostria and Pell traded artillery fire along their border for a third day on Monday. "
    "Despite offers from Norland and Velm to mediate, Ostria says it will settle the matter with Pell directly. "
    "Ostria said Pell must first pull its troops back from the border villages. "
    "Pell said it would not withdraw while Ostrian guns stayed in range of its towns."
)

PROPOSED = (
    "The Ferry Workers Union and Bayline Ferries remain apart on pay after two weeks of strikes. "
    "The labour minister said she had proposed to both sides that they accept a mediator of her choosing. "
    "The union said it wanted a raise of eight percent over two years. "
    "Bayline said it could not afford more than four percent."
)

# Positive controls: a side proposes something at talks the mediator holds, and a plan the mediator brokered.
AT_TALKS = OFFERS.replace(
    "Despite offers from Norland and Velm to mediate, Ostria says it will settle the matter with Pell directly.",
    "At talks mediated by Norland on Monday, Ostria proposed a buffer zone.",
)
BROKERED = OFFERS.replace(
    "Despite offers from Norland and Velm to mediate, Ostria says it will settle the matter with Pell directly.",
    "In talks mediated by Norland on Monday, Ostria said it would settle the matter with Pell only under the "
    "Norland-brokered plan.",
)


def _first(text: str) -> str:
    return brief_of(text).summary.split(". ")[0]


def test_states_that_only_offered_to_mediate_are_not_said_to_mediate() -> None:
    assert "mediated by" not in _first(OFFERS), brief_of(OFFERS).summary


def test_a_mediator_only_proposed_is_not_said_to_mediate() -> None:
    assert "mediated by" not in _first(PROPOSED), brief_of(PROPOSED).summary


def test_a_mediator_of_talks_under_way_is_named() -> None:
    assert "mediated by Norland" in _first(AT_TALKS), brief_of(AT_TALKS).summary
    assert "mediated by Norland" in _first(BROKERED), brief_of(BROKERED).summary
