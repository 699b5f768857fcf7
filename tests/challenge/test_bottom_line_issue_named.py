"""Challenge suite (issue #25, class 7): the bottom line names the thing in dispute, not the arena.

The issue is what the sides' own points (their conditions above all) and the lead speak of, not the
word their sentences repeat around them; a common noun is said by the proper name a sentence a side
cites gives it, never by a same-headed name no side speaks of; of the mentions of a thing, one that
says its kind names it; the contract under negotiation is the arena, not the issue; the mediator or
host is told as running the talks, a named mediator before a described one.
Invented articles; each case failed before its mechanism landed, but for the positive controls."""

from __future__ import annotations

import datetime as dt
from functools import cache

from briefing.analysis import analyse
from briefing.analysis.rules.summary import summarise
from briefing.lang import active_profile
from briefing.model import Article, Brief, Evidence, Side, Source, ThirdParty
from briefing.nlp import parse

PUB = dt.date(2026, 3, 10)

# The timetable runs through both sides' sentences; the crossings are what the condition and the answer are about.
CROSSINGS = (
    "The Rail Authority published its new timetable on Monday, and the Hill Farmers League said it would block "
    "the line unless the authority reopened the level crossings. The timetable cuts stops, the timetable skips "
    "two valleys and the timetable starts in May, the league's chair Ida Rask said. The authority said the "
    "crossings would reopen only once new barriers were fitted, adding that the timetable was final."
)

# 'the act' is the Spectrum Fairness Act, named in a sentence the company's point cites.
ACT = (
    "Vantor Telecom asked a court on Monday to strike down parts of a new law. The company said the Spectrum "
    "Fairness Act was unlawful because the act forces Vantor to share its masts with rivals. The Ministry of "
    "Networks said the act would be enforced in full and that Vantor would be fined if it did not comply."
)

# A treaty of the same head that no side speaks of is another treaty.
OTHER_TREATY = (
    "Norland wants the treaty renewed before the spring. Valdoria said the treaty gave Norland's boats "
    "too much of the catch and would lapse unless the quotas were cut. Norland said the treaty must stay as it "
    "is. Valdoria's navy took part in drills under the Kestrel Arms Treaty last year."
)

# 'a new permit' qualifies the permit; 'the grazing permit' says which.
PERMIT = (
    "The Forestry Board offered farmers a new permit on Friday, but the Upland Farmers Union said the offer "
    "came too late. The union will keep its herds on the high pastures until the grazing permit covers all four "
    "valleys, its chair said. The board said the grazing permit could only cover two valleys this year."
)

# The contract is what the talks are for; the pension fund is what they are stuck on.
CONTRACT = (
    "The Pilots Guild said on Monday that it would not sign the new contract unless Skyvale restored the "
    "pension fund. Skyvale said the contract it offered was fair and that the contract could not carry the "
    "pension fund. Both sides meet again on 20 March."
)

HOSTED = (
    "Norland and Valdoria resumed talks on the fishing quota in Lisbon on Monday, hosted by Portugal. Norland "
    "said it would not raise the quota. Valdoria said it wanted the quota doubled."
)


@cache
def bottom_line(text: str) -> str:
    return analyse(Article(text=text, published=PUB)).summary


def at_odds(text: str) -> str:
    return bottom_line(text).split(". ")[0]


def test_the_issue_is_what_the_sides_points_speak_of() -> None:
    assert "level crossings" in at_odds(CROSSINGS), bottom_line(CROSSINGS)
    assert "timetable" not in at_odds(CROSSINGS), bottom_line(CROSSINGS)


def test_a_thing_a_side_names_is_said_by_its_name() -> None:
    assert "over the Spectrum Fairness Act" in at_odds(ACT), bottom_line(ACT)


def test_a_same_headed_name_no_side_speaks_of_is_not_the_issue() -> None:
    assert "Kestrel" not in at_odds(OTHER_TREATY), bottom_line(OTHER_TREATY)
    assert "over the treaty" in at_odds(OTHER_TREATY), bottom_line(OTHER_TREATY)  # positive control


def test_the_mention_that_says_its_kind_names_the_issue() -> None:
    assert "over the grazing permit" in at_odds(PERMIT), bottom_line(PERMIT)


def test_the_contract_under_negotiation_is_not_the_issue() -> None:
    assert "contract" not in at_odds(CONTRACT), bottom_line(CONTRACT)
    assert "pension fund" in at_odds(CONTRACT), bottom_line(CONTRACT)


def test_a_host_is_told_as_hosting_the_talks_not_the_issue() -> None:
    """'at odds over the fishing quota, hosted by Portugal' reads as if the quota were hosted."""
    assert "over the fishing quota, in talks hosted by Portugal" in at_odds(HOSTED), bottom_line(HOSTED)


MEDIATED = "Harborline and the Dockers Union met again on Monday."


def test_a_named_mediator_comes_before_a_described_one() -> None:
    quote = Evidence(MEDIATED, 0, len(MEDIATED))
    brief = Brief(
        title="t",
        source=Source(),
        summary="",
        sides=[Side("Harborline"), Side("Dockers Union")],
        third_parties=[
            ThirdParty("federal mediator", "mediator", [quote]),
            ThirdParty("Lena Osk", "mediator", [quote]),
        ],
    )
    line = summarise(parse(MEDIATED, active_profile().models), brief, active_profile())
    assert "mediated by Lena Osk" in line, line
