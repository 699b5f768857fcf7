"""Challenge suite (issue #25, class 7): the bottom line's next step is a real step, told whole.

Of the steps on the first date still to come, the first that reads whole is told; a line that
names only its date ('Due on 3 May'), a negated term ('the loan is not repaid by 3 May') or an act
told in the past ('the drivers had voted for a walkout') is no step, so it is passed over for the
next step that is one, and with none the bottom line gives no next date; a plan reported in the
past ('had agreed to meet') still is one. The bottom line is written by the
public `summarise` from a brief whose dated lines are given, over a parse of invented quotes."""

from __future__ import annotations

import pytest

from briefing.analysis.rules.summary import summarise
from briefing.lang import active_profile
from briefing.model import Brief, Event, Evidence, Side, Source
from briefing.nlp import parse

TEXT = (
    "The drivers' notice reads: due on 3 May. "
    "A tribunal hearing is set for 3 May. "
    "The drivers will walk out if the loan is not repaid by 3 May. "
    "By 3 May the drivers had voted for a walkout at every depot. "
    "The two sides had agreed to meet on 3 May."
)


def quote(sentence_start: str) -> Evidence:
    start = TEXT.index(sentence_start)
    end = TEXT.index(".", start) + 1
    return Evidence(TEXT[start:end], start, end)


def next_step(*events: Event) -> str:
    brief = Brief(
        title="t", source=Source(), summary="", sides=[Side("drivers"), Side("depot board")], upcoming=list(events)
    )
    line = summarise(parse(TEXT, active_profile().models), brief, active_profile())
    return line[line.index("Next") :] if "Next" in line else ""


DATE_ONLY = Event("2031-05-03", "3 May", "Due on 3 May", [quote("The drivers' notice")])
HEARING = Event("2031-05-03", "3 May", "A tribunal hearing is set", [quote("A tribunal hearing")])
NEGATED = Event("2031-05-03", "3 May", "The loan is not repaid", [quote("The drivers will walk out")])
PAST = Event("2031-05-03", "3 May", "The drivers had voted for a walkout at every depot", [quote("By 3 May")])
PLAN = Event("2031-05-03", "3 May", "The two sides had agreed to meet", [quote("The two sides")])


def test_a_later_line_of_the_same_date_that_reads_whole_is_told() -> None:
    assert "tribunal hearing" in next_step(DATE_ONLY, HEARING)


@pytest.mark.parametrize("event", [DATE_ONLY, NEGATED, PAST], ids=["date only", "negated", "past act"])
def test_a_line_that_is_no_step_is_left_out(event: Event) -> None:
    assert next_step(event) == ""  # a date alone tells a reader nothing to expect


LATER_HEARING = Event("2031-05-09", "9 May", "A tribunal hearing is set", [quote("A tribunal hearing")])


def test_a_later_step_that_reads_whole_is_told_past_a_line_that_is_no_step() -> None:
    assert next_step(DATE_ONLY, LATER_HEARING) == "Next, on 9 May: a tribunal hearing is set."


def test_a_plan_reported_in_the_past_is_still_a_step() -> None:
    assert "agreed to meet" in next_step(PLAN)  # positive control: the guard keeps a plan told in the past
