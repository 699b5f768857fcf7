"""Challenge suite (issue #25, class 7): the bottom line names the issue whole.

A noun of action names no issue alone: 'at odds over the formation' or 'over the release' tells a
reader nothing until it says of what. The bottom line keeps what the noun acts on, whoever or
whatever that is ('the formation of a caretaker cabinet', 'the release of the detained sailors'),
with its article, taken from a side's sentence where the lead's mention omits it; never a span of time
or a share. Invented articles; each case failed on d09359f."""

from __future__ import annotations

from tests.challenge import brief_of

# The lead's talks are over the formation of a body: 'cabinet' is who, yet it says what is formed.
CABINET = (
    "Leaders of the Blue Alliance and the Harbour Party ended a night of haggling without agreement on the "
    "formation of a caretaker cabinet before the snap vote. The Blue Alliance refuses a seat in any cabinet "
    "the outgoing premier leads. The Harbour Party said the premier must stay in office until the vote. "
    "Both parties will meet again on Friday."
)

# The lead names the release; what is released is people, named by a common noun.
SAILORS = (
    "Officials of Korvath and Estmark met in Lisbon on Tuesday to discuss the release of the detained sailors "
    "held since a clash near the reef in May. Korvath said it would free the crew only after Estmark paid for "
    "the damaged patrol boat. Estmark said it would not pay for a boat that had rammed its trawler."
)

# A positive control: the end of a span of time is not what the sides are at odds over.
MONTH = (
    "Dockers at the port of Varna and the Harbour Board held talks on the closure of the grain terminal. "
    "The dockers said they would strike if the terminal shut. The board said the closure of the terminal "
    "would go ahead at the close of the quarter."
)


def _first(text: str) -> str:
    return brief_of(text).summary.split(". ")[0]


def test_what_is_formed_is_kept_with_its_article() -> None:
    assert "over the formation of a caretaker cabinet" in _first(CABINET), brief_of(CABINET).summary


def test_who_is_released_is_kept() -> None:
    assert "the release of the sailors" in _first(SAILORS) or "the release of the detained sailors" in _first(
        SAILORS
    ), brief_of(SAILORS).summary


def test_a_span_of_time_is_no_complement() -> None:
    first = _first(MONTH)
    assert "closure of the grain terminal" in first or "closure" not in first, brief_of(MONTH).summary
    assert "of the quarter" not in first, brief_of(MONTH).summary


# The lead's mention says no more than 'the release'; the sides' own sentences say of whom.
CREW = (
    "Korvath and Estmark could not agree on the release when their envoys met in Velm on Monday. "
    "Korvath wants the release of the trawler crew settled before any talks on the reef. "
    "Estmark would allow the release of the trawler crew once Korvath paid for the patrol boat, its envoy said."
)


def test_what_is_acted_on_comes_from_another_mention_when_the_lead_omits_it() -> None:
    assert "the release of the trawler crew" in _first(CREW), brief_of(CREW).summary
