"""Challenge suite: dates and forecasts (issue #25, seventh stop).

A stretch measured back from a ranking word ("its first in 20 years") and a point of comparison
("larger than in 2028") date no event; a commentator's likely outcome is a forecast, not an event
(`a_forecast`, shared with the positions stage); a date inside a prospect ("the chances of an accord
by June 30") is hoped for, not set. An upcoming row names who or what, whole: its noun when the date
hangs on a participle or a 'due to' the parse misplaced, its verb with its auxiliaries, without a
range's last day, and a line too long is cut before a phrase, not inside one. Each case failed on
4b7b8fe; the positive controls pass on both.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from briefing.model import Brief
from tests.challenge import brief_in_a_dispute


def rows(sentence: str) -> list[tuple[str | None, str]]:
    brief: Brief = brief_in_a_dispute(sentence)
    return [(ev.date, ev.event) for ev in brief.upcoming]


# -- dates that name no event ----------------------------------------------------------------------


def test_a_stretch_back_from_a_ranking_word_is_no_date_ahead() -> None:
    found = rows("The walkout is its first in 20 years.")
    assert not any(date and date.startswith("2046") for date, _ in found), found


def test_a_count_of_months_ahead_still_dates_its_event() -> None:
    found = rows("The accord will be reviewed in six months.")
    assert any(date == "2026-12" for date, _ in found), found


def test_a_point_of_comparison_dates_no_event() -> None:
    found = rows("The fleet will be larger than in 2028, the ministry said.")
    assert not any(date == "2028" for date, _ in found), found


def test_a_year_an_event_falls_in_still_dates_it() -> None:
    found = rows("The levy will rise in 2028, the ministry said.")
    assert any(date == "2028" and "levy" in event.lower() for date, event in found), found


def test_a_date_inside_a_prospect_is_no_event() -> None:
    found = rows("The chances of an accord by June 30 are slim, the envoy said.")
    assert not any(date == "2026-06-30" for date, _ in found), found


def test_a_hope_told_by_its_verb_still_dates_the_meeting() -> None:
    found = rows("Norland hopes to meet Valdoria on Friday.")
    assert any(date == "2026-06-12" for date, _ in found), found


# -- forecasts ------------------------------------------------------------------------------------

CONSULTANT_LIKELY = (
    "The board will probably settle for a smaller cut on June 30, according to Ivana Dvorak, a "
    "consultant who advises the firm."
)


def test_a_consultants_likely_outcome_is_no_event() -> None:
    found = rows(CONSULTANT_LIKELY)
    assert not any(date == "2026-06-30" for date, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The union will strike on Monday.",
        "The board will settle the dispute on June 30, according to Ivana Dvorak, a consultant who advises the firm.",
    ],
    ids=["firm-side", "firm-consultant"],
)
def test_a_firm_event_stays(sentence: str) -> None:
    assert any(date is not None for date, _ in rows(sentence)), rows(sentence)


def _verb(sentence: str, lemma: str) -> Token:
    from briefing.nlp import load_model

    return next(t for t in load_model()(sentence) if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("sentence", "lemma", "forecast"),
    [
        (CONSULTANT_LIKELY, "settle", True),
        ("Fares could rise by April, said Lena Brandt, an economist at Merrow Bank.", "rise", True),
        ("Observers expect the ban to stay in place.", "stay", True),
        ("The union will strike on Monday, its leader said.", "strike", False),
        ("We could sign on Friday, the Norland envoy said.", "sign", False),
        ("Kestrel consultants said talks will resume on Monday.", "resume", False),
    ],
    ids=["consultant-probably", "economist-could", "observers-expect", "firm", "side-could", "hired-firm"],
)
def test_the_shared_forecast_predicate(sentence: str, lemma: str, forecast: bool) -> None:
    from briefing.analysis.rules.forecasts import a_forecast

    assert a_forecast(_verb(sentence, lemma)) is forecast


# -- rows that name who does what, whole -----------------------------------------------------------


def test_an_undated_row_keeps_the_verbs_auxiliaries() -> None:
    found = rows("The hearing will be held once the judges agree, the court said.")
    assert any("will be held" in event for _, event in found), found


def test_a_participle_row_names_its_noun() -> None:
    found = rows("The fishing board's next vote, scheduled for June 24 to June 26 in Arlen, is in doubt.")
    assert any(date == "2026-06-24" and "vote" in event for date, event in found), found
    assert not any(event.lower().startswith("scheduled") for _, event in found), found


def test_a_row_keeps_no_part_of_a_day_range() -> None:
    found = rows("Ministers met on Monday before the upcoming June 24-25 summit in Arlen.")
    assert any(date == "2026-06-24" and "summit" in event for date, event in found), found
    assert not any("-25" in event for _, event in found), found


def test_a_set_for_range_row_is_its_noun() -> None:
    found = rows("The closing session, set for June 26-27, will be chaired by the envoy.")
    assert any(date == "2026-06-26" and "-27" not in event and "session" in event for date, event in found), found


def test_a_misplaced_due_to_keeps_the_event_noun() -> None:
    sentence = (
        "In a letter, the guild said it was sent a summons to a fifth sitting of the panel due to "
        "open in Arlen on June 22-23, but asked for a delay."
    )
    found = rows(sentence)
    assert any(date == "2026-06-22" and "sitting" in event for date, event in found), found
    assert not any(event.lower().startswith("to ") for _, event in found), found


def test_a_long_row_is_cut_before_a_phrase() -> None:
    from briefing.analysis.rules.event_wording import within_the_limit

    kept = "The ministry gave trawler owners six more weeks to sell their stakes"
    words = f"{kept} in the three blacklisted fishing firms Orka and Brill".split(" ")
    assert " ".join(within_the_limit(words)) == kept
    short = "The board will vote on the pact"
    assert " ".join(within_the_limit(short.split(" "))) == short


# -- a bare day on a thing keeps to its nearest year ------------------------------------------------


def _value(sentence: str, words: str) -> str | None:
    from briefing.analysis.dates import find_dates
    from tests.challenge import IN_A_DISPUTE_PUBLISHED

    return next(d.value for d in find_dates(sentence, IN_A_DISPUTE_PUBLISHED) if d.words == words)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The union plans to appeal the March 3 ruling.", "2026-03-03"),
        ("The inquiry will look at the fire of March 3.", "2026-03-03"),
        ("The union will appeal the July 3 ruling.", "2026-07-03"),  # the nearest is ahead
        ("Valdoria will boycott the vote on March 3.", "2027-03-03"),  # an event held: the verb's future
        ("The mill will reopen on March 3.", "2027-03-03"),  # the clause's own future
    ],
    ids=["appeal-past-ruling", "fire-of", "ruling-ahead", "event-noun", "own-clause"],
)
def test_a_bare_day_on_a_thing_is_the_nearest(sentence: str, value: str) -> None:
    assert _value(sentence, "March 3" if "March" in sentence else "July 3") == value


def test_a_past_ruling_under_a_plan_is_no_upcoming_row() -> None:
    found = rows("The union plans to appeal the March 3 ruling.")
    assert not any(date == "2027-03-03" for date, _ in found), found


# -- a proposal and its answers -------------------------------------------------------------------


def _row_on(sentence: str, date: str) -> tuple[str, bool] | None:
    brief: Brief = brief_in_a_dispute(sentence)
    return next(((ev.event, ev.firm) for ev in brief.upcoming if ev.date == date), None)


def test_a_proposal_with_an_answer_still_due_keeps_both() -> None:
    sentence = (
        "Norland has proposed a meeting of the two foreign ministers in Arlen on June 20; Valdoria has "
        "not said whether it will attend."
    )
    row = _row_on(sentence, "2026-06-20")
    assert row is not None, brief_in_a_dispute(sentence).upcoming
    assert "proposed" in row[0] and "not said" in row[0] and not row[1], row


def test_an_invitation_awaiting_a_reply_is_not_told_as_agreed() -> None:
    row = _row_on("Valdoria invited Norland to talks on June 25, but Norland has yet to respond.", "2026-06-25")
    assert row is not None and "yet to respond" in row[0] and not row[1], row


def test_who_stays_away_is_named_with_the_event() -> None:
    sentence = (
        "Valdoria said it would not attend a signing ceremony in Arlen on Friday which heads of state will attend."
    )
    row = _row_on(sentence, "2026-06-12")
    assert row is not None and "ceremony" in row[0] and "Valdoria would not attend" in row[0], row


def test_a_meeting_with_no_answer_in_question_stays_firm() -> None:
    row = _row_on("The board will meet the guild on June 19, the ministry said.", "2026-06-19")
    assert row == ("The board will meet the guild", True), row


# -- rows that keep what the verb needs ------------------------------------------------------------


def test_a_grant_of_time_is_the_deadline_of_the_one_granted() -> None:
    row = _row_on("Norland gave Valdoria until Friday to withdraw its boats from the bay.", "2026-06-12")
    assert row is not None and row[0] == "Deadline for Valdoria to withdraw its boats from the bay", row


def test_an_adverb_after_the_object_completes_the_verb() -> None:
    sentence = "Ana Berg warned the two sides to settle or she would summon the envoys back to the capital next week."
    row = _row_on(sentence, "2026-06")
    assert row is not None and "back to the capital" in row[0], row


def test_the_part_of_the_day_goes_with_the_date() -> None:
    sentence = "The ministry said the list of ports to be closed won't be made public until Thursday night."
    row = _row_on(sentence, "2026-06-11")
    assert row is not None and "night" not in row[0], row


def test_a_gerund_in_a_relative_clause_gives_way_to_its_noun() -> None:
    sentence = (
        "In a statement, the port authority said it remains hopeful it can reach a deal and avert a costly "
        "walkout, which the guild has called for starting on Friday morning."
    )
    row = _row_on(sentence, "2026-06-12")
    assert row is not None and "walkout" in row[0] and not row[0].lower().startswith("which"), row


def test_an_answer_beside_a_set_event_is_not_its() -> None:
    row = _row_on("The board will meet the guild on June 19, but the guild has not said why.", "2026-06-19")
    assert row is not None and row[1] and "not said" not in row[0], row
