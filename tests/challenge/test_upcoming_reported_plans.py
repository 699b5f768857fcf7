"""Challenge suite (issue #25, class 4: upcoming means still to come): a plan reported in the past perfect.

'He said the sides had agreed to meet on Friday' reports 'the sides have agreed to meet on Friday':
a past perfect right under a past verb of saying is the reported form of a present perfect, so the
meeting is as far ahead as when it was said. Told as narrative ('had planned to meet on Friday, but
...'), or with the date on the agreeing itself ('had agreed on Friday to ...'), it is not ahead.
Invented sentences; the first two cases failed before `tense.backshifted`.
"""

from __future__ import annotations

import pytest

from tests.challenge import brief_in_a_dispute

# published Wednesday 10 June 2026
AHEAD = [
    (
        "The mediator told reporters the two delegations had agreed to sit down again on Friday to go over the draft.",
        "2026-06-12",
    ),
    ("A spokesman said the ministers had decided to hold a second session on Monday.", "2026-06-15"),
]


@pytest.mark.parametrize(("sentence", "date"), AHEAD, ids=["agreed-to-sit", "decided-to-hold"])
def test_a_reported_plan_is_still_ahead(sentence: str, date: str) -> None:
    brief = brief_in_a_dispute(sentence)
    assert [e.date for e in brief.upcoming] == [date], brief.upcoming
    assert all(e.date != date for e in brief.background), brief.background


NOT_AHEAD = [
    "The delegations had agreed on Friday to extend the truce by a month.",
    "The delegations had planned to meet on Friday, but the meeting was called off when the ferry broke down.",
]


@pytest.mark.parametrize("sentence", NOT_AHEAD, ids=["date-on-the-agreeing", "narrated-plan"])
def test_a_narrated_plan_is_not_ahead(sentence: str) -> None:
    brief = brief_in_a_dispute(sentence)
    assert not [e for e in brief.upcoming if e.date and e.date > "2026-06-10"], brief.upcoming
    assert brief.sides, brief  # the dispute was read: an empty brief would pass the line above
