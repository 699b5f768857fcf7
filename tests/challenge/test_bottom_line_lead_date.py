"""Challenge suite (issue #25, class 7): the lead's own date is in the bottom line.

When the article's lead names the step it is about on a day (a vote on 20 March) and a sooner step
comes first in the body, the bottom line gives the sooner step and then the lead's: the reader never
loses the date the story is about. A lead step of a vaguer date ('later this month') stays in the
brief's list. Invented articles, published on 10 March 2026; the first case failed on d09359f."""

from __future__ import annotations

from tests.challenge import brief_of

VOTE = (
    "The Kestrel Bay council will hold a vote on the harbour tolls on March 20, after months of dispute between "
    "the Fishers' Cooperative and the Harbour Trust. The cooperative said it would block the harbour mouth if "
    "the council raised the tolls. The Trust said it needed the tolls to dredge the channel. "
    "Both camps are to see the council's chair on Friday."
)

# A positive control: the lead's step has no day, so only the sooner step is given.
LATER = VOTE.replace("on March 20", "later this month")


def _next(text: str) -> str:
    summary = brief_of(text).summary
    return summary[summary.find("Next") :]


def test_the_leads_dated_step_follows_the_sooner_one() -> None:
    line = _next(VOTE)
    assert "13 March" in line and "20 March" in line and "vote" in line, brief_of(VOTE).summary
    assert line.index("13 March") < line.index("20 March"), brief_of(VOTE).summary


def test_a_lead_step_without_a_day_is_not_added() -> None:
    line = _next(LATER)
    assert "13 March" in line and "vote" not in line, brief_of(LATER).summary
