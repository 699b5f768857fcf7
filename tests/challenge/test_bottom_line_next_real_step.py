"""Challenge suite (issue #25, class 7): the bottom line's next date is a real step to come.

An announcement dated the day the article appears is the news the article reports, not a step still
to come: the step it announces is next. A step whose words only tell when ('starting at 6 am on
Thursday') names nothing to expect, so it is not given. An announcement set for a later day stays a step. Invented
articles, published on Tuesday 10 March 2026; each case failed on d09359f."""

from __future__ import annotations

from tests.challenge import brief_of

PILOTS = (
    "The Harbour Pilots Guild said its members would stop work at the port of Elmouth on Thursday "
    "after talks with the Elmouth Port Authority on pay broke down. The guild's announcement on Tuesday is set to "
    "halt all shipping in the port. Only a higher pay offer from the authority would end the stoppage, the guild "
    "said. The authority said the strike was unjustified and that its offer was final."
)

# The strike's start told only by its clock time and day, with no announcement before it.
CLOCK = (
    "The Harbour Pilots Guild called a strike at the port of Elmouth for 48 hours, starting at 6 am on Thursday, "
    "after talks with the Elmouth Port Authority on pay broke down. Only a higher pay offer from the authority "
    "would end the stoppage, the guild said. The authority said the strike was unjustified and that its offer "
    "was final."
)

# A positive control: the announcement is days away, a step still to come before the strike.
LATER = PILOTS.replace("on Thursday", "next Monday").replace(
    "The guild's announcement on Tuesday is set to halt all shipping in the port.", "An announcement is due on Friday."
)


def _next(text: str) -> str:
    summary = brief_of(text).summary
    return summary[summary.find("Next") :]


def test_an_announcement_dated_the_day_of_the_article_is_not_next() -> None:
    assert "announcement" not in _next(PILOTS), brief_of(PILOTS).summary
    assert "12 March" in _next(PILOTS) and "stop work" in _next(PILOTS), brief_of(PILOTS).summary


def test_a_clock_time_alone_names_no_step() -> None:
    assert "6 am" not in _next(CLOCK), brief_of(CLOCK).summary  # no step named: no next date either


def test_an_announcement_still_to_come_stays_next() -> None:
    assert "13 March" in _next(LATER) and "announcement" in _next(LATER), brief_of(LATER).summary
