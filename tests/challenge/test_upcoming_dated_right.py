"""Challenge suite (issue #25, the events class of the reader's review): a date hangs on the event it
dates, and what is only guessed or already failed is not still to come.

Invented articles, published on Tuesday 10 March 2026 (`ARTICLE_PUBLISHED`); each case failed
before its mechanism landed."""

from __future__ import annotations

from briefing.model import Event
from tests.challenge import brief_of

OPENING = "Norland and Valdoria are at odds over the fishing accord. "
CLOSING = " Valdoria said it wanted a deal. Norland said it wanted a deal too."


def events_of(text: str) -> tuple[list[Event], list[Event]]:
    brief = brief_of(text)
    return brief.upcoming, brief.background


# A positive control for the cases that assert a line is absent: a dated event ahead and one behind
# that must still be there, so such a case cannot pass on an empty brief.
CONTROL = " The fleet ministers meet again on March 20. Norland's trawlers left port on March 2."


def controlled(text: str) -> tuple[list[Event], list[Event]]:
    upcoming, background = events_of(text + CONTROL)
    assert any(ev.date == "2026-03-20" for ev in upcoming), upcoming
    assert any(ev.date == "2026-03-02" for ev in background), background
    return upcoming, background


def test_a_month_after_for_dates_the_planned_vote() -> None:
    # "pencilled in for October" is as much a date as "in October": the reading is dated, not undated
    upcoming, _ = events_of(
        OPENING
        + "The final reading of the pension reform has been pencilled in for October by the assembly's clerks."
        + CLOSING
    )
    assert any(ev.date == "2026-10" and "reading" in ev.event.lower() for ev in upcoming), upcoming


def test_a_date_after_the_event_someone_is_invited_to_dates_that_event() -> None:
    # the parse hangs "on April 2" from "summoned", told in the perfect; the session is what it dates
    upcoming, background = events_of(
        OPENING + "Their guild says the skippers have been summoned to an inquiry session on April 2." + CLOSING
    )
    assert any(ev.date == "2026-04-02" and "session" in ev.event.lower() for ev in upcoming), upcoming
    assert not any(ev.date and ev.date.startswith("2025") for ev in background), background


def test_a_headline_infinitive_announces_an_event_ahead() -> None:
    # "crews to walk out on Friday", told on a Tuesday: the coming Friday, not last week's
    upcoming, background = events_of(
        "Ferry crews to walk out on Friday over pay\n\n"
        "The ferry union and the operator are at odds over pay."
        " Its shop stewards accuse the company of seeking a pay freeze."
        " The operator said it wanted a deal."
    )
    assert any(ev.date == "2026-03-13" for ev in upcoming), upcoming
    assert not any(ev.date == "2026-03-06" for ev in background), background


def test_a_doubted_event_is_not_upcoming() -> None:
    upcoming, _ = controlled(
        OPENING + "The port's lawyers think it unlikely that the fleets will sign a truce in October." + CLOSING
    )
    assert not any("truce" in ev.event.lower() for ev in upcoming), upcoming


def test_a_guess_is_not_upcoming() -> None:
    upcoming, _ = controlled(OPENING + "Talks opening in April is only a guess, one analyst cautioned." + CLOSING)
    assert not any(ev.date == "2026-04" for ev in upcoming), upcoming


def test_a_prediction_is_not_upcoming() -> None:
    upcoming, _ = controlled(OPENING + "Analysts at two banks predict the fleets sign a quota deal in May." + CLOSING)
    assert not any(ev.date == "2026-05" or "deal" in ev.event.lower() for ev in upcoming), upcoming


def test_an_event_told_as_failed_is_not_upcoming() -> None:
    upcoming, _ = controlled(
        OPENING + "The quota summit planned by both capitals collapsed on its first morning." + CLOSING
    )
    assert not any("summit" in ev.event.lower() for ev in upcoming), upcoming


def test_a_pronoun_stands_for_the_body_that_reports_it_even_with_a_long_clause() -> None:
    # the reporter's relative clause made it too long to name, and "it" fell to the last name before
    upcoming, _ = events_of(
        OPENING
        + "Valdoria's dairy farmers petitioned the tribunal in January. The tribunal, whose three judges were"
        + " sworn in last autumn, told reporters on Monday that it would hand down its ruling next week."
        + CLOSING
    )
    assert any(ev.event.startswith("The tribunal would hand down") for ev in upcoming), upcoming
    assert not any(ev.event.startswith("Valdoria would") for ev in upcoming), upcoming


def test_a_participle_dates_its_noun_not_the_clause_around_it() -> None:
    # "in January" dates the census, not the closure: no line dates the closure to January
    _, background = controlled(
        OPENING + "Norland's closure of the bay follows a census of the cod stock carried out in January." + CLOSING
    )
    assert not any("closure" in ev.event.lower() for ev in background), background


def test_what_a_side_wants_done_by_a_date_lies_ahead() -> None:
    upcoming, background = events_of(
        OPENING + "Having lost two seasons, Norland's anglers want the river quotas restored in September." + CLOSING
    )
    assert any(ev.date == "2026-09" for ev in upcoming), upcoming
    assert not any(ev.date == "2025-09" for ev in background), background


QUOTED = (
    OPENING + '"We left the negotiating room two times in 2025 over unfair quotas," said Tomas Brenner,'
    ' Norland\'s chief negotiator. "They came to us in January with a fresh offer," he added.' + CLOSING
)


def test_a_first_person_background_line_names_the_side_that_speaks() -> None:
    _, background = events_of(QUOTED)
    assert any(ev.date == "2025" and ev.event.startswith("Norland left") for ev in background), background
    assert not any(ev.event.split()[0] in ("We", "They") for ev in background), background


def test_they_in_a_speakers_own_words_is_never_the_speakers_side() -> None:
    _, background = controlled(QUOTED)
    assert not any("Norland came" in ev.event for ev in background), background


def test_a_deadline_in_an_unmet_condition_keeps_its_if() -> None:
    # "if ... has not renewed the lease by December 31" is what makes the contract lapse, not a forecast
    upcoming, _ = events_of(
        OPENING
        + "The ferry contract lapses automatically if the port authority has not renewed the lease by"
        + " December 31, the operator warned."
        + CLOSING
    )
    dated = [ev for ev in upcoming if ev.date == "2026-12-31"]
    assert dated and all(ev.event.startswith("If ") for ev in dated), upcoming


def test_a_pronoun_in_a_condition_is_the_subject_of_the_clause_it_hangs_from() -> None:
    # "its partner" is the ferry line's partner, not that of the last name before the pronoun
    upcoming, _ = events_of(
        OPENING
        + "Norland's ferry line, in a letter to Valdoria's ports, set out plans to drop the joint route if its"
        + " partner has not paid the harbour fees by April 20."
        + CLOSING
    )
    dated = [ev for ev in upcoming if ev.date == "2026-04-20"]
    assert dated and all("Valdoria's partner" not in ev.event for ev in dated), upcoming
    assert any("ferry line's partner" in ev.event for ev in dated), upcoming


def test_a_name_spelled_like_a_pronoun_is_not_renamed() -> None:
    # "the US midterm vote" is no "us": no line turns it into a side's name
    upcoming, _ = events_of(
        OPENING
        + "Norland's premier told parliament he would seek a summit with Valdoria ahead of the US midterm vote"
        + " in November."
        + CLOSING
    )
    assert any(ev.date == "2026-11" and "US midterm" in ev.event for ev in upcoming), upcoming


def test_an_undated_event_never_opens_on_a_relative_word() -> None:
    # "an arbiter, whose first hearing will open ...": the line names the hearing, not "Whose first hearing"
    upcoming, _ = events_of(
        OPENING + "Norland has named an arbiter, whose first hearing will open in the port city." + CLOSING
    )
    assert any("hearing" in ev.event.lower() for ev in upcoming), upcoming
    assert not any(ev.event.lower().startswith(("whose", "which")) for ev in upcoming), upcoming


def test_a_doubt_in_a_joined_clause_leaves_the_event_standing() -> None:
    upcoming, _ = events_of(
        OPENING
        + "Dockers doubted the quota talks would help much, yet the ministers are due to sign the annex on"
        + " March 20."
        + CLOSING
    )
    assert any(ev.date == "2026-03-20" and "annex" in ev.event for ev in upcoming), upcoming


def test_a_guess_about_what_befalls_a_dated_event_leaves_the_event_standing() -> None:
    # the guess is about the slipping; the vote on March 20 stands as set
    upcoming, _ = events_of(
        OPENING + "Clerks called it unlikely that the assembly vote on March 20 would slip." + CLOSING
    )
    assert any(ev.date == "2026-03-20" and "vote" in ev.event.lower() for ev in upcoming), upcoming


def test_they_in_a_later_sentence_of_a_quotation_is_not_the_speakers_side() -> None:
    # the quotation opens two sentences before "They": still the speaker's own words, so "they" is
    # the other side, in the dated line and in the bottom line's next step alike
    brief = brief_of(
        OPENING
        + "Ana Kell, Norland's fisheries minister, gave a radio interview on Monday. \"Nothing is settled yet."
        + ' Our door stays open. They will publish a revised quota table on 24 March," Kell said.'
        + CLOSING
    )
    dated = [ev for ev in brief.upcoming if ev.date == "2026-03-24"]
    assert dated and any("quota table" in ev.event for ev in dated), brief.upcoming
    assert not any(ev.event.startswith("Norland will") for ev in dated), dated
    assert "Norland will publish" not in brief.summary, brief.summary


def test_a_participle_that_only_describes_what_is_wanted_keeps_its_past() -> None:
    # "levied in February" tells which penalties; what the skippers want is them "returned": the
    # February date is a past levy, not a wanted step ahead
    upcoming, _ = controlled(
        OPENING + "Valdoria's skippers want the penalties levied in February returned to them." + CLOSING
    )
    assert not any("penalties" in ev.event for ev in upcoming), upcoming


def test_a_reporter_the_parser_reads_as_a_noun_still_owns_its_pronoun() -> None:
    # a long subject makes the parser hang "announced" on "regulator" as a participle; "it" is still
    # the regulator, not the last name before it
    upcoming, _ = events_of(
        OPENING
        + "Complaints from Valdoria's power companies reached the grid regulator in January. The regulator,"
        + " whose chair took office only after a long vacancy, announced on Monday that it will set the new"
        + " transit tariffs in May."
        + CLOSING
    )
    dated = [ev for ev in upcoming if ev.date == "2026-05"]
    assert any(ev.event.startswith("The regulator will set") for ev in dated), upcoming
    assert not any(ev.event.startswith("Valdoria") for ev in dated), upcoming


def test_a_wanted_participle_tagged_as_a_past_verb_still_lies_ahead() -> None:
    # the tagger reads "lifted" as a finite past; under "wants" with no "that" or auxiliary it can only
    # be the participle of what is wanted
    upcoming, background = events_of(
        OPENING
        + "The growers' federation of Valdoria wants the export ban lifted on October 1st and has lobbied"
        + " for it since spring."
        + CLOSING
    )
    assert any(ev.date == "2026-10-01" for ev in upcoming), upcoming
    assert not any(ev.date == "2025-10-01" for ev in background), background


# A proposal is not a plan: what one side puts forward stays off the dates, or is told as a
# proposal; what the other side took up is set. Each case also holds a firm dated event and an
# accepted proposal, which must stay ahead.
TAKEN_UP = " The ferry board accepted the invitation to talks on April 30."


def _proposal_case(sentence: str, proposed_date: str) -> list[Event]:
    upcoming, _ = controlled(OPENING + sentence + TAKEN_UP + CLOSING)
    assert any(ev.date == "2026-04-30" for ev in upcoming), upcoming
    return [ev for ev in upcoming if ev.date == proposed_date]


def test_a_meeting_someone_proposed_that_others_hold_is_not_set() -> None:
    # the clause under "urged that" is the proposal; no one has taken it up
    shown = _proposal_case(
        "A Sorvan mediator has proposed that both harbour chiefs sit down in Brisk on May 18; no reply has come.",
        "2026-05-18",
    )
    assert all(not ev.firm and "propos" in ev.event.lower() for ev in shown), shown


def test_a_suggested_meeting_is_not_set() -> None:
    shown = _proposal_case("The coastguard suggested a joint hearing of the skippers on April 16.", "2026-04-16")
    assert all(not ev.firm and "suggest" in ev.event.lower() for ev in shown), shown


def test_an_offer_to_host_is_told_as_an_offer() -> None:
    shown = _proposal_case("Lustria offered to host a round of talks on May 7.", "2026-05-07")
    assert all(not ev.firm and "offer" in ev.event.lower() for ev in shown), shown


def test_an_invitation_to_talks_keeps_the_talks_ahead() -> None:
    # an invitation names talks that are set and await a reply: unlike a proposal, it stays a date
    upcoming = _proposal_case(
        "A Sorvan mediator invited the two harbour chiefs to talks in Brisk on May 18.",
        "2026-05-18",
    )
    assert any("talks" in ev.event.lower() for ev in upcoming), upcoming
