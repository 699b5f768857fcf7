"""Challenge suite (issue #25, class 7): the bottom line's next step is a real step, told whole.

Of the steps on the first date still to come, the first that reads whole is told; a line that
names only its date ('Set for May 4'), a negated term ('the board does not pay by May 4') or an
act told in the past ('the guild had pressed for a stoppage') is no step, so only the date is
given; a plan reported in the past ('had agreed to meet') still is one. Invented lines and quotes."""

from __future__ import annotations

import pytest

from briefing.analysis.rules.summary import _next_event
from briefing.lang import active_profile
from briefing.model import Brief, Event, Evidence, Source
from briefing.nlp import parse

TEXT = (
    "The guild's cut statement reads: set for May 4. "
    "A tribunal hearing is set for May 4. "
    "The guild will strike if the board does not pay the arrears by May 4. "
    "By May 4 the guild had pressed for a stoppage at every depot. "
    "The two sides had agreed to meet on May 4."
)


def quote(sentence_start: str) -> Evidence:
    start = TEXT.index(sentence_start)
    end = TEXT.index(".", start) + 1
    return Evidence(TEXT[start:end], start, end)


def next_step(*events: Event) -> str:
    brief = Brief(title="t", source=Source(), summary="", upcoming=list(events))
    return _next_event(parse(TEXT, active_profile().models), brief, active_profile())


DATE_ONLY = Event("2031-05-04", "May 4", "Set for May 4", [quote("The guild's cut")])
HEARING = Event("2031-05-04", "May 4", "A tribunal hearing is set", [quote("A tribunal hearing")])
NEGATED = Event("2031-05-04", "May 4", "The board does not pay the arrears", [quote("The guild will strike")])
PAST = Event("2031-05-04", "May 4", "The guild had pressed for a stoppage at every depot", [quote("By May 4")])
PLAN = Event("2031-05-04", "May 4", "The two sides had agreed to meet", [quote("The two sides")])


def test_a_later_line_of_the_same_date_that_reads_whole_is_told() -> None:
    assert "tribunal hearing" in next_step(DATE_ONLY, HEARING)


@pytest.mark.parametrize("event", [DATE_ONLY, NEGATED, PAST], ids=["date only", "negated", "past act"])
def test_a_line_that_is_no_step_gives_only_the_date(event: Event) -> None:
    assert next_step(event) == "Next dated step on 4 May"


def test_a_plan_reported_in_the_past_is_still_a_step() -> None:
    assert "agreed to meet" in next_step(PLAN)
