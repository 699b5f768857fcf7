"""Challenge suite (issue #25, class 7): a side's stance in the bottom line reads in the brief's voice.

The bottom line tells each side's stance in the brief's own voice, so a point that keeps the speaker's
'I' or 'you' ('she trusts you, yet I will not give up ...') or that ends on the words telling who said it ('the
team will walk out its captain said', 'the party's leader added') is passed over for the side's
next point. 'US' in capitals is a state, not 'us' (a positive control). The first case is an invented
article; the others are written by the public `summarise` from a brief whose points are given, over
a parse of invented quotes. Each case but the control failed on d09359f. A point's first word is read
where the point runs in its quote, not at an earlier token of the same spelling (failed on 15f7ebc)."""

from __future__ import annotations

from briefing.analysis.rules.stance_fit import _opens_as_no_clause as opens_as_no_clause
from briefing.analysis.rules.summary import summarise
from briefing.lang import active_profile
from briefing.model import Brief, Evidence, Item, Side, Source
from briefing.nlp import parse
from tests.challenge import brief_of

DAM = (
    "Norland and Valdoria remain at odds over the Sava dam. "
    "At a farm fair on Saturday, Norland's president Ana Kell said that she trusts you, yet I will not give up "
    "one drop of your water. Kell offered Valdoria a shared commission to run the dam. "
    "Valdoria wants Norland to pay for half of the dam's upkeep."
)

TEXT = (
    "The rowing team will boycott the regatta its captain Lea Moss said. "
    "The team wants equal prize money for its crews. "
    "The Rowing Federation will review the prize money, its chair added. "
    "The federation said the US crews had agreed to row."
)


def quote(sentence_start: str) -> Evidence:
    start = TEXT.index(sentence_start)
    end = TEXT.index(".", start) + 1
    return Evidence(TEXT[start:end], start, end)


def point(text: str, sentence_start: str) -> Item:
    return Item(text, None, [quote(sentence_start)])


def stances(team: list[Item], federation: list[Item]) -> str:
    brief = Brief(
        title="t",
        source=Source(),
        summary="",
        sides=[Side("rowing team", positions=team), Side("Rowing Federation", positions=federation)],
    )
    return summarise(parse(TEXT, active_profile().models), brief, active_profile())


def test_a_point_in_the_speakers_own_voice_is_passed_over() -> None:
    summary = brief_of(DAM).summary
    assert "you" not in summary and "commission" in summary, summary


def test_a_point_ending_on_who_said_it_is_passed_over() -> None:
    boycott = point("The rowing team will boycott the regatta its captain Lea Moss said", "The rowing team")
    prize = point("The team wants equal prize money for its crews", "The team wants")
    review = point("The Rowing Federation will review the prize money, its chair added", "The Rowing Federation")
    line = stances([boycott, prize], [review])
    assert "said" not in line and "equal prize money" in line, line
    assert "added" not in line, line


def test_us_in_capitals_is_a_state_not_the_speaker() -> None:
    crews = point("The federation said the US crews had agreed to row", "The federation said")
    prize = point("The team wants equal prize money for its crews", "The team wants")
    line = stances([prize], [crews])
    assert "US crews" in line, line


# The point's first word is found where the point's words run in the quote, not at an earlier token that
# only shares it: the opening participle 'Sealed off since May' is no subject of the guild's demand.
PIT = (
    "Sealed off since May, the pit stays shut, and the miners' guild said Sealed Freight must rehire the night crew "
    "first. The guild will picket the depot every day. Sealed Freight said the crew cost too much."
)


def pit_point(text: str, sentence_start: str) -> Item:
    start = PIT.index(sentence_start)
    end = PIT.index(".", start) + 1
    return Item(text, None, [Evidence(PIT[start:end], start, end)])


def pit_stances(guild: list[Item]) -> str:
    firm = pit_point("The crew cost too much", "Sealed Freight said")
    brief = Brief(
        title="t",
        source=Source(),
        summary="",
        sides=[Side("miners' guild", positions=guild), Side("Sealed Freight", positions=[firm])],
    )
    return summarise(parse(PIT, active_profile().models), brief, active_profile())


def test_a_points_first_word_is_read_where_the_point_runs_in_the_quote() -> None:
    # The demand names the matter, so the line never repeats it: the guard is read on its own.
    doc = parse(PIT, active_profile().models)
    demand = pit_point("Sealed Freight must rehire the night crew first", "Sealed off")
    assert not opens_as_no_clause(doc, demand)
    assert opens_as_no_clause(doc, pit_point("Sealed off since May, the pit stays shut", "Sealed off"))


def test_a_point_opening_on_a_participle_is_still_passed_over() -> None:
    sealed = pit_point("Sealed off since May, the pit stays shut", "Sealed off")
    picket = pit_point("The guild will picket the depot every day", "The guild will")
    line = pit_stances([sealed, picket])
    assert "since May" not in line and "picket the depot" in line, line
