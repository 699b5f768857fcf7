"""Challenge suite (issue #25, class 8): the condensed page picks each side's own points and the
firmest dates.

A point resting on a quote another side's point rests on too tells what happened to both ("the gap
stays wide"), not where this side stands: the page shows a side's own stances first. Its next dates
lead with firm, day-specific events (a walkout, a hearing, a vote) over a vague month or an event
only expected, keep one line a date before repeating one, and never show an event without a date.
Invented briefs; each case failed before its mechanism landed."""

from __future__ import annotations

from briefing.model import Brief, Event, Evidence, Item, Side, Source
from briefing.render.context import page_dates, page_points

TEXT = (
    "The gap between the pilots and Skyvale stays wide. "
    "The pilots will ground every plane unless the pension cut is withdrawn, said Ida Brenner. "
    "Skyvale will not reopen the pension plan, said Tomas Ruud. "
    "A walkout is set for 4 May. "
    "A tribunal hearing is set for 9 May. "
    "Managers might meet again in May. "
    "The board could consider a new offer on 2 May. "
    "A ballot will follow."
)


def ev(quote: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(quote, start, start + len(quote))


GAP = "The gap between the pilots and Skyvale stays wide."


def two_sides() -> Brief:
    pilots = Side(
        "pilots",
        actors=["Ida Brenner"],
        positions=[
            Item("The gap stays wide", None, [ev(GAP)]),
            Item("The pilots will ground every plane", "Ida Brenner", [ev("The pilots will ground every plane")]),
        ],
        preconditions=[
            Item("The pension cut is withdrawn", "Ida Brenner", [ev("unless the pension cut is withdrawn")])
        ],
    )
    skyvale = Side(
        "Skyvale",
        actors=["Tomas Ruud"],
        positions=[
            Item("The gap stays wide", None, [ev(GAP)]),
            Item("Skyvale will not reopen the pension plan", "Tomas Ruud", [ev("Skyvale will not reopen")]),
        ],
    )
    return Brief(title="Pilots and Skyvale", source=Source(), summary="", sides=[pilots, skyvale])


def test_a_point_told_of_both_sides_does_not_lead_either_side() -> None:
    shown = page_points(two_sides())
    assert len(shown) == 2 and all(positions for _side, positions, _conditions in shown), shown
    for _side, positions, _conditions in shown:
        assert positions[0].text != "The gap stays wide"


def test_a_sides_own_spokesman_keeps_a_shared_quote_its_own() -> None:
    brief = two_sides()
    brief.sides[0].positions[0] = Item("The gap stays wide", "Ida Brenner", [ev(GAP)])
    (_, pilots, _), (_, skyvale, _) = page_points(brief)
    assert pilots[0].text == "The gap stays wide"
    assert skyvale[0].text == "Skyvale will not reopen the pension plan"


def test_a_lower_ranked_point_of_one_side_does_not_take_a_quote_from_another() -> None:
    brief = two_sides()
    brief.sides[0].positions[0].key = False  # the pilots' copy of the shared quote is not one they show
    (_, _, _), (_, skyvale, _) = page_points(brief)
    assert skyvale[0].text == "The gap stays wide"


def event(date: str | None, when: str, text: str, quote: str, *, firm: bool = True, named: bool = False) -> Event:
    return Event(date, when, text, [ev(quote)], firm=firm, named=named)


def dated() -> Brief:
    events = [
        event("2031-05-02", "2 May", "The board could consider a new offer", "The board could consider", firm=False),
        event("2031-05", "in May", "Managers might meet again", "Managers might meet again in May.", firm=False),
        event("2031-05-04", "4 May", "A walkout is set", "A walkout is set for 4 May.", named=True),
        event("2031-05-04", "4 May", "The pilots will ground every plane", "The pilots will ground every plane"),
        event("2031-05-09", "9 May", "A tribunal hearing is set", "A tribunal hearing is set for 9 May.", named=True),
        event(None, "", "A ballot", "A ballot will follow."),
    ]
    return Brief(title="Pilots and Skyvale", source=Source(), summary="", upcoming=events)


def test_firm_dated_events_lead_the_next_dates() -> None:
    shown = [ev.event for ev in page_dates(dated())]
    assert shown[:2] == ["A walkout is set", "A tribunal hearing is set"]


def test_one_line_a_date_before_a_date_repeats() -> None:
    assert len({ev.date for ev in page_dates(dated())}) == len(page_dates(dated()))


def test_an_event_without_a_date_stays_off_the_page() -> None:
    shown = page_dates(dated())
    assert shown, shown
    assert all(ev.date for ev in shown)
