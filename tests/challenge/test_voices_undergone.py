"""Challenge suite (issue #25, who says it): what a sentence only supposes or tells a side undergoing
is no stance of that side, and a speaker is never the person a phrase merely ends on. A wish told
inside an 'if' ("a notice must be filed if the guild wants to strike"), criticism a side receives, and
a plan's insisting hung after its addressee's name are none of those parties' lines; what a side would
receive in return for something sets it no condition (the offer is the giver's).

Each case is an invented article; each failed before its mechanism landed (controls aside)."""

from __future__ import annotations

from . import points_of


def test_a_wish_told_inside_an_if_is_no_stance() -> None:
    text = (
        "The Corvel postal union and Corvel Post are at odds over pensions.\n"
        "Rural offices would close for a week if the union chose to call a national stoppage before Christmas.\n"
        "The union said the pension cuts were unfair.\n"
    )
    union = points_of(text, "Corvel")
    assert not any("national stoppage" in point for point in union), union
    assert any("unfair" in point for point in union), union  # its own word stays


DOCKS = (
    "The Halden dockworkers' union and the Brantley Shipping Company are at odds over automation at the port.\n"
    "Last week the union drew fierce criticism from fruit exporters, who lost a season's cargo.\n"
    "The company said the cranes were needed to stay competitive.\n"
    "The union voiced sharp criticism of the crane plan on Monday.\n"
)


def test_criticism_a_side_receives_is_not_its_stance() -> None:
    union = points_of(DOCKS, "union")
    assert not any("drew" in point or "exporters" in point for point in union), union


def test_criticism_a_side_voices_is_its_stance() -> None:
    # positive control: the same noun, voiced by the side, is its line
    union = points_of(DOCKS, "union")
    assert any("crane plan" in point for point in union), union


FAXED = (
    "Norland and Valdoria are at odds over the reef patrols.\n"
    "Valdoria said it would not give up the reefs.\n"
    "On Friday, she faxed a plan to Valdoria's foreign minister Omid Farzan insisting on joint patrols of the reefs.\n"
    "Norland said it wanted a deal within two months.\n"
)


def test_a_plans_insisting_is_not_its_addressees_word() -> None:
    # the participle hangs on the plan; the minister named right before it only receives it
    lines = points_of(FAXED, "Valdoria")
    assert not any("faxed" in line or "joint patrols" in line for line in lines), lines
    assert any("give up the reefs" in line for line in lines), lines  # Valdoria's own line stays


COALITION = (
    "The Green League and the Civic Union are at odds over the coalition talks.\n"
    "The Civic Union gave the Green League until Friday to answer.\n"
)


def test_what_a_side_would_receive_in_return_sets_it_no_condition() -> None:
    text = COALITION + (
        "Under the offer, the Green League would receive three ministries in return for dropping its wealth tax.\n"
        "The Green League said it would study the offer.\n"
    )
    league = points_of(text, "Green League")
    assert not any("wealth tax" in point for point in league), league
    assert any("study the offer" in point for point in league), league


def test_a_sides_own_price_is_still_its_condition() -> None:
    # positive control: the side itself names what it wants in return
    text = COALITION + "The Green League would only join the cabinet in return for three ministries, its leader said.\n"
    league = points_of(text, "Green League")
    assert any("three ministries" in point for point in league), league
