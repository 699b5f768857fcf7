"""Challenge suite: a dated line is an event someone has set, worded so it names the event (issue #25,
ninth stop).

Readers of unseen briefs found date lines that were no event or named none: a day word that only
pictures a time in someone's words, a condition inside a forecast, a reader told what to expect "if"
something happens, the end of a term that holds only under a condition, a forecast of what is unlikely
set in the past year; and lines that lost their act: a subject crowded out by its aside, "stop selling"
cut to "Selling", "has postponed it", "would vote" without what on, "agreement runs" read as a deadline.
Each case failed on 0f18a10; the positive controls pass on both.
"""

from __future__ import annotations

from briefing.model import Brief
from tests.challenge import brief_in_a_dispute


def rows(sentence: str) -> list[tuple[str | None, str]]:
    brief: Brief = brief_in_a_dispute(sentence)
    return [(ev.date, ev.event) for ev in brief.upcoming]


def background(sentence: str) -> list[tuple[str | None, str]]:
    return [(ev.date, ev.event) for ev in brief_in_a_dispute(sentence).background]


# -- dates that set no event -----------------------------------------------------------------------


def test_a_day_word_that_pictures_a_time_in_a_quote_dates_nothing() -> None:
    found = rows(
        '"Owners may fit any engine they want, provided the hands who crew the boat today are the hands who'
        ' crew it tomorrow," said the fisheries chief of Norland.'
    )
    assert not any(date == "2026-06-11" for date, _ in found), found


def test_a_quoted_plan_for_tomorrow_still_dates_its_event() -> None:
    found = rows('"We will walk out of the talks tomorrow," the fisheries chief of Norland said.')
    assert any(date == "2026-06-11" and "walk out" in event for date, event in found), found


def test_the_condition_of_a_forecast_is_foreseen_too() -> None:
    found = rows(
        'She forecast that the pact would "probably unravel" unless monitors were posted along the bay by June 25.'
    )
    assert not any("monitors" in event.lower() for _, event in found), found


def test_a_threat_with_its_own_condition_still_dates_the_act() -> None:
    found = rows("Valdoria will close its ports on June 20 unless Norland lifts the quota.")
    assert any(date == "2026-06-20" and "close its ports" in event for date, event in found), found


def test_what_a_reader_is_told_to_expect_if_something_happens_is_no_event() -> None:
    found = rows(
        'Analysts doubt Norland will hold out. "If Valdoria wins, expect Arlen and Tesk to follow within a year."'
    )
    assert not any(date and date.startswith("2027") for date, _ in found), found


def test_a_side_that_expects_a_meeting_still_dates_it() -> None:
    found = rows("Norland expects to sign the accord on Friday.")
    assert any(date == "2026-06-12" for date, _ in found), found


def test_a_term_that_holds_only_under_a_condition_has_no_end_date() -> None:
    found = rows("Norland would sign a 45-day truce extension so long as Valdoria kept its trawlers out of the bay.")
    assert not any("extension" in event.lower() for _, event in found), found


def test_a_term_granted_still_runs_out() -> None:
    found = rows("Norland has granted Valdoria a 60-day extension to pay the fees.")
    assert any("extension" in event.lower() for _, event in found), found


def test_what_is_called_unlikely_is_no_past_event() -> None:
    found = background("One analyst expects a big yes vote, though she said any stoppage before May was unlikely.")
    assert not any("stoppage" in event.lower() for _, event in found), found


# -- lines that name their event -------------------------------------------------------------------


def test_an_aside_on_the_subject_leaves_room_for_the_act() -> None:
    found = rows(
        "The fishermen's league Blue Water Norland, which says the quota has left many crews idle on the"
        " quays, will hand a letter with 9,000 names to the minister next Tuesday."
    )
    assert any(date == "2026-06-16" and "hand a letter" in event for date, event in found), found


def test_stopping_an_act_stays_with_the_act() -> None:
    found = rows(
        "Norland Fuels will stop selling its marine diesel Seaflow to Valdoria's public fleets from"
        " August 1 unless the levy board accepts a price near the one the firm asks for, the company's chief"
        " executive said on Tuesday."
    )
    assert any(date == "2026-08-01" and "stop selling" in event for date, event in found), found


def test_what_is_postponed_is_named() -> None:
    found = rows(
        'The board, which Norland called "a clerk with a stamp", meant to give its ruling on June 12 and'
        " has since postponed it to July 2 to hear more witnesses."
    )
    assert any(date == "2026-07-02" and "ruling" in event for date, event in found), found


def test_a_vote_keeps_what_it_is_on() -> None:
    found = rows("The crews said members would vote June 20-22 on whether to call a strike.")
    assert any(date == "2026-06-20" and "strike" in event for date, event in found), found


def test_a_contract_that_runs_until_a_month_runs_out_then() -> None:
    found = rows("The panel held that the ban broke the crews' pay agreement, which runs until May 2028.")
    assert any(date == "2028-05" and event == "End of the crews' pay agreement" for date, event in found), found


def test_a_deadline_on_a_relative_clause_still_reads_as_one() -> None:
    found = rows("Any trawler owner that has not paid the fee by Thursday will lose the licence.")
    assert any(date == "2026-06-11" for date, _ in found), found


def test_an_act_set_for_as_soon_as_something_happens_keeps_those_words() -> None:
    found = rows(
        '"A deal must be found," he said. His group will begin sitting in the assembly as soon as both'
        " skippers are freed."
    )
    assert found and not any(" as as " in event for _, event in found), found


def test_a_date_an_event_cannot_come_before_keeps_its_bound() -> None:
    brief = brief_in_a_dispute(
        'The envoy said the session, first planned for Monday in the port of Kell, would open "no earlier'
        ' than June 22".'
    )
    found = [(ev.date, ev.when) for ev in brief.upcoming]
    assert ("2026-06-22", "no earlier than June 22") in found, found


def test_one_deadline_for_one_side_on_one_day_is_one_row() -> None:
    found = rows(
        "Norland gave Valdoria until July 1 to drop the levy. Norland on Monday gave its neighbour Valdoria"
        " until July 1 to scrap its levy on Norland salmon."
    )
    assert len([date for date, _ in found if date == "2026-07-01"]) == 1, found


def test_deadlines_for_two_sides_on_one_day_stay_two_rows() -> None:
    found = rows("Norland gave Valdoria until July 1 to drop the levy. It gave Arlen until July 1 to lift the ban.")
    assert len([date for date, _ in found if date == "2026-07-01"]) == 2, found


def test_deadlines_for_two_bodies_sharing_a_word_stay_two_rows() -> None:
    """'Trade Ministry' and 'Health Ministry' share a word, not a name: two parties, two rows."""
    found = rows(
        "The audit court gave the Trade Ministry until July 1 to publish its import figures. The court gave the"
        " Health Ministry until July 1 to publish its survey of wells."
    )
    assert len([date for date, _ in found if date == "2026-07-01"]) == 2, found


def test_a_bare_the_noun_is_named_as_the_sentence_before_gave_it() -> None:
    found = rows(
        "The Norland Trade Panel had been expected to hand down an interim ruling this month. Its chair said"
        " last week that the ruling had been delayed until late August."
    )
    assert any(date == "2026-08" and "Norland Trade Panel's interim ruling" in event for date, event in found), found


def test_a_bare_the_noun_with_no_fuller_mention_stays_as_it_is() -> None:
    found = rows("The panel has held three hearings. The ruling is due on July 3.")
    assert ("2026-07-03", "The ruling is due") in found, found


def test_what_came_keeps_whom_it_came_from() -> None:
    found = background("The mediation proposal arrived on Monday from Ida Brenn, who chairs the Norland Labour Board.")
    assert any("from Ida Brenn" in event for _, event in found), found


def test_a_figure_that_rose_from_an_amount_keeps_no_half_range() -> None:
    found = background("The levy rose from 5% to 8% in May.")
    assert not any("from 5%" in event for _, event in found), found


def test_a_time_a_thing_runs_from_is_no_source() -> None:
    found = rows("A pause in fishing was agreed from February 2 to June 30.")
    assert ("2026-06-30", "A pause in fishing was agreed") in found, found


def test_what_is_called_possible_is_no_past_event() -> None:
    found = background("A consultant said a settlement before November was possible.")
    assert not any("settlement" in event.lower() for _, event in found), found


def test_a_past_signing_told_in_reported_speech_stays_background() -> None:
    found = background("The minister said the accord was signed in November.")
    assert any(date == "2025-11" and "signed" in event for date, event in found), found
