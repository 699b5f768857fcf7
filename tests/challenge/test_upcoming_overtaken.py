"""Challenge suite (issue #25, class 6, when): a date that misleads is no upcoming line.

- An event the text calls off in other words: "will no longer take place", "is off", "has been
  replaced by", "was shelved" (read by the parser as a copula and an adjective), "was averted", "has
  been put on ice", "has been frozen".
- A plan told in the simple past and set against a clause that calls it off ("were due to meet on
  June 24, but the meeting was called off"): it was overtaken.
- A plan "pushed back to July 8": the new date lies ahead, whatever the perfect of the verb.
- The publication day under a plan told in the simple past ("agreed to meet on Wednesday", told that
  Wednesday): the day's own story, not an event still to come.
- A meeting proposed "on June 24", the date right after the proposed event: that event's date, shown
  as proposed, not last year's proposal.
- A day already past: what was said at an event on Friday ("at a news conference on Friday, the
  premier called ..."), a date the words open on "since" ("has refused to talk since July"), or the
  day a plan was announced ("talks are scheduled for today, the ministry said on Wednesday").
- A dateline with a colon ("Port Vessa, 10 June: ...") dates the story, not an event.

Invented sentences, set in a short dispute published on Wednesday 10 June 2026. Each case failed before
(a751805); the guards keep each mechanism from over-firing: an event postponed to a new date still to
come stays upcoming on that new date.
"""

from __future__ import annotations

import pytest

from tests.challenge import IN_A_DISPUTE_PUBLISHED, brief_in_a_dispute


def upcoming(sentence: str) -> list[tuple[str | None, str]]:
    return [(ev.date, ev.event) for ev in brief_in_a_dispute(sentence).upcoming]


def background_dates(sentence: str) -> list[str | None]:
    return [ev.date for ev in brief_in_a_dispute(sentence).background]


CALLED_OFF = [
    ("The harbour talks, which had been set for June 24, will no longer take place.", "no-longer"),
    ("The June 24 quota summit is off, Norland's foreign office said.", "is-off"),
    ("The June 24 signing has been replaced by an exchange of letters.", "replaced"),
    ("The ceremony planned for June 24 was shelved.", "shelved-as-adjective"),
    ("The dock strike called for June 24 was averted after a late offer.", "averted"),
    ("The union suspended the strike set to begin on Friday.", "set-to-begin"),
    ("The envoys were due to meet on June 24, but the meeting was called off after the storm.", "due-but-off"),
    ("The talks were due to resume on Wednesday but were put off.", "due-but-put-off"),
    ("The vote on June 24 has been put on ice.", "put-on-ice"),
    ("The ballot set for June 24 has been frozen.", "frozen"),
]


@pytest.mark.parametrize(("sentence", "key"), CALLED_OFF, ids=[c[1] for c in CALLED_OFF])
def test_an_event_called_off_is_not_upcoming(sentence: str, key: str) -> None:
    assert upcoming(sentence) == [], key


STILL_ON = [
    ("The summit set for June 24 has not been called off.", "2026-06-24"),
    ("The envoys are due to meet on June 24, but no agenda has been agreed.", "2026-06-24"),
    ("Norland said the envoys were due to meet on June 24 but had not set an agenda.", "2026-06-24"),
    ("Norland hopes to avert the strike planned for June 24.", "2026-06-24"),
    ("The envoys were due to meet on June 24, but the storm did not stop them.", "2026-06-24"),
]


@pytest.mark.parametrize(
    ("sentence", "date"), STILL_ON, ids=["not-called-off", "present-plan", "reported", "hoped", "denial"]
)
def test_a_plan_not_called_off_stays(sentence: str, date: str) -> None:
    assert date in [d for d, _ in upcoming(sentence)]


MOVED = [
    "The fisheries summit has been pushed back to July 8 from June 24.",
    "The envoys were due to meet on June 24 but the meeting has been pushed back to July 8.",
]


@pytest.mark.parametrize("sentence", MOVED, ids=["pushed-back-from", "due-but-pushed-back"])
def test_a_postponed_event_stays_upcoming_on_its_new_date(sentence: str) -> None:
    assert [d for d, _ in upcoming(sentence)] == ["2026-07-08"]
    assert "2025-07-08" not in background_dates(sentence)


TOLD_THAT_DAY = [
    "The two envoys agreed to meet on Wednesday in the capital.",
    "Valdoria's premier asked Norland for an answer and set today as its last day to reply.",
]


@pytest.mark.parametrize("sentence", TOLD_THAT_DAY, ids=["agreed-to-meet", "set-today"])
def test_the_publication_day_under_a_past_plan_is_not_upcoming(sentence: str) -> None:
    assert upcoming(sentence) == []


LOOKING_AHEAD_THAT_DAY = [
    "Valdoria said it would meet Norland's envoy on Wednesday.",
    "The envoys will meet today in the capital.",
]


@pytest.mark.parametrize("sentence", LOOKING_AHEAD_THAT_DAY, ids=["reported-would", "will"])
def test_the_publication_day_ahead_in_its_clause_stays(sentence: str) -> None:
    assert [d for d, _ in upcoming(sentence)] == ["2026-06-10"]


def test_a_meeting_proposed_for_a_date_is_upcoming_as_proposed() -> None:
    brief = brief_in_a_dispute("Norland proposed holding talks in Arlen on June 24.")
    assert [(ev.date, ev.firm) for ev in brief.upcoming] == [("2026-06-24", False)]
    assert "2025-06-24" not in [ev.date for ev in brief.background]


def test_talks_offered_for_a_date_are_upcoming_as_offered() -> None:
    brief = brief_in_a_dispute("Norland offered talks on June 24, but Valdoria has yet to respond.")
    assert [(ev.date, ev.firm) for ev in brief.upcoming] == [("2026-06-24", False)]
    assert "2025-06-24" not in [ev.date for ev in brief.background]


def test_a_demand_dated_on_its_verb_is_when_it_was_made() -> None:
    brief = brief_in_a_dispute("Valdoria demanded the release of the crews on June 24.")
    assert "2026-06-24" not in [ev.date for ev in brief.upcoming]


SAID_OR_DONE_BEFORE = [
    # what was done at an event does not set the event: "called" the offer an insult, not a conference
    ("At a news conference on Friday, Norland's premier called the offer an insult.", "at-the-event"),
    ("Speaking at a summit on Friday, Norland's premier said the quotas were not for sale.", "speaking-at"),
    ("The envoys traded accusations during talks on Friday.", "during-on-a-noun"),
    # a date the words open on "since" has passed, whatever the perfect of the verb
    ("Norland has refused to talk since July.", "since-a-month"),
]


@pytest.mark.parametrize(("sentence", "key"), SAID_OR_DONE_BEFORE, ids=[c[1] for c in SAID_OR_DONE_BEFORE])
def test_a_day_already_past_is_not_dated_ahead(sentence: str, key: str) -> None:
    assert upcoming(sentence) == [], key


def test_an_event_ahead_where_something_will_be_done_stays() -> None:
    assert [d for d, _ in upcoming("At the summit on June 24, the premiers will sign the accord.")] == ["2026-06-24"]


def test_a_dateline_with_a_colon_dates_the_story_not_an_event() -> None:
    from briefing.analysis import analyse
    from briefing.model import Article

    text = (
        "Port Vessa, 10 June: Norland and Valdoria will resume talks on the fishing accord. "
        "Valdoria said it wanted a deal. Norland said it wanted a deal too."
    )
    brief = analyse(Article(text=text, published=IN_A_DISPUTE_PUBLISHED))
    assert "2026-06-10" not in [ev.date for ev in brief.upcoming]


def test_the_day_a_plan_was_announced_is_no_event_ahead() -> None:
    found = upcoming("The harbour talks are scheduled for today, the ministry said on Wednesday.")
    assert [(d, "said" in e) for d, e in found] == [("2026-06-10", False)]
