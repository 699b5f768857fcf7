"""Challenge suite (issue #25, class 3): lines that read as prose, not as the debris of a cut.

A hyphenated word is one word: fitting a point never keeps '-wide' without 'fleet'. An
ellipsis in a quotation is no word of the point. Two reported clauses, or a clause another speaker
reported, never run together in one line. An aside set off by commas goes with its commas. A word
keeps what it cannot be read without: a deadlock what it is over, an act what it acts on, a
possessive what it owns. A line whose object only points to another sentence ('dismissed such
claims') is the clause a second verb of saying reports, or no line. Invented sentences, each in a
shape of our own; each case failed before its mechanism.
"""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.empty import points_elsewhere, said_instead
from briefing.analysis.rules.condense.fitting import fit
from briefing.analysis.rules.condense.gate import completed, cut_short
from briefing.nlp import parse

from . import points_of

OPENING = "Norland and Valdoria are at odds over the fishing accord. "
CLOSING = " Norland said it wanted a deal."


def _fitted(sentence: str) -> str:
    return "".join(t.text_with_ws for t in fit(list(parse(sentence)))).strip()


HYPHENATED = [
    (
        "Harbour pilots in all four ports voted on Sunday to hold fleet-wide stoppages unless the ministry restores "
        "their night pay.",
        "fleet-wide stoppages",
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), HYPHENATED, ids=[k for _, k in HYPHENATED])
def test_a_fitted_point_never_splits_a_hyphenated_word(sentence: str, kept: str) -> None:
    text = _fitted(sentence)
    assert kept in text
    assert " -" not in text


def test_an_ellipsis_is_no_word_of_a_point() -> None:
    text = (
        OPENING + "“Our crews have waited ... and waited, and they are out of patience,” said Valdoria’s minister "
        "Ivo Marek." + CLOSING
    )
    shown = points_of(text, "Valdoria")
    assert any("waited and waited" in p for p in shown)
    assert not any("..." in p or "…" in p for p in shown)


FUSED = [
    (
        OPENING + "The guild secretary Ivo Marek told Valdorian crews that Norland had frozen the catch quotas and "
        "that a strike ballot would follow in May." + CLOSING,
        "Norland had frozen the catch quotas",
    ),
    (
        OPENING + "Valdoria has withdrawn its trawlers from the strait, and the coastguard, whose cutters patrol the "
        "cape, warned on Monday that it would board any boat that stayed." + CLOSING,
        "Valdoria has withdrawn its trawlers from the strait",
    ),
    (
        OPENING + "Valdoria rejected the quota plan on Monday, and the regional board, which drafted it, said later "
        "that it would redraw the map by June." + CLOSING,
        "Valdoria rejected the quota plan on Monday",
    ),
]


@pytest.mark.parametrize(("text", "line"), FUSED, ids=[f[1] for f in FUSED])
def test_two_reported_clauses_never_run_together(text: str, line: str) -> None:
    shown = points_of(text, "Valdoria")
    assert line in shown
    assert not any("and that" in p for p in shown)


ASIDES = [
    (
        "Norland Fisheries, long the biggest buyer of Valdorian diesel in the north, has frozen every order it "
        "placed this spring with the state refinery.",
        ["Norland", "Fisheries", "has", "frozen"],
    ),
    (
        "The Valdorian trawler guild, which speaks for some nine hundred crews, will not sign any accord that caps "
        "the winter catch.",
        ["The", "Valdorian", "trawler", "guild", "will", "not"],
    ),
]


@pytest.mark.parametrize(("sentence", "opening"), ASIDES, ids=[" ".join(o) for _, o in ASIDES])
def test_an_aside_between_commas_goes_with_them(sentence: str, opening: list[str]) -> None:
    kept = [t.text for t in fit(list(parse(sentence)))]
    assert kept[: len(opening)] == opening


def test_a_deadlock_cut_before_what_it_is_over_gets_it_back() -> None:
    doc = parse("The talks stalled in a deadlock over the quota rules.")
    start = doc.text.index("over the quota rules")
    cut = [t for t in doc if not (start <= t.idx < start + len("over the quota rules")) and not t.is_punct]
    assert cut_short(cut)
    assert " ".join(t.text for t in completed(cut, 20)) == "The talks stalled in a deadlock over the quota rules"


def test_an_act_keeps_what_it_acts_on() -> None:
    text = _fitted(
        "Traders on both coasts have lost most of their summer income because of the abrupt suspension of the "
        "ferry service to the outer islands."
    )
    assert "the abrupt suspension of the ferry service" in text


def test_a_pruned_point_never_ends_on_a_possessive() -> None:
    text = _fitted("The pickers camped near Pellin, Norland’s Harkvik that lies below the dam, and then went home.")
    assert "The pickers camped near Pellin, Norland’s Harkvik" in text
    assert "’s ," not in text and "’s that" not in text and not text.endswith("’s")


def test_a_line_that_only_points_to_another_sentence_is_left_out() -> None:
    text = (
        OPENING + "Norland says the new levy breaks the accord. On Sunday, Valdoria's harbour minister Ivo Marek "
        "dismissed such claims. Valdoria said it wanted a deal on quotas."
    )
    shown = points_of(text, "Valdoria")
    assert not any("such claims" in p for p in shown)
    assert "Valdoria wanted a deal on quotas" in shown


@pytest.mark.parametrize(
    ("sentence", "empty"),
    [
        ("The harbour board brushed aside that claim.", True),
        ("On Friday the council turned down such a request.", True),
        ("Both ministers restated their known views.", True),
        ("The minister dismissed that claim as a bluff.", False),
        ("The board rejected the claim that the levy was fair.", False),
        ("The guild accepted the offer.", False),
        ("The guild will appeal to the tribunal over that decision.", False),
        ("The ministry did not reply to that request.", True),
    ],
)
def test_an_object_that_points_elsewhere_is_told_apart(sentence: str, empty: bool) -> None:
    assert points_elsewhere(list(parse(sentence))) is empty


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Asked about the levy, the chair held to her view, adding that no exemption would be granted.",
            "no exemption would be granted",
        ),
        (
            "The cabinet shelved that scheme and announced that all licences would stay national.",
            "all licences would stay national",
        ),
    ],
)
def test_a_stance_named_and_then_said_is_the_clause_that_says_it(sentence: str, said: str) -> None:
    assert " ".join(t.text for t in said_instead(list(parse(sentence)))) == said


def test_a_refusal_of_a_thing_named_before_gives_the_clause_said_with_it() -> None:
    text = (
        OPENING + "Norland floated a shared licence scheme in March. Valdoria's cabinet shelved that scheme on "
        "Monday and announced that all licences would stay national." + CLOSING
    )
    shown = points_of(text, "Valdoria")
    assert "All licences would stay national" in shown
    assert not any(p.endswith("that scheme") for p in shown)


def test_a_negation_inside_a_modifier_is_never_pruned_away() -> None:
    text = _fitted(
        "The union told its members that the ballot would close in three weeks, not two, after the council "
        "asked for time."
    )
    assert "in three weeks, not two" in text


DEPOT = "The city council and the bus drivers' union have clashed over the new rosters. "
COUNCIL_CLOSES = "The council said it wanted a deal."
SPOKE = "Union secretary Dana Holt spoke outside the depot.\n\n"

LONG_QUOTES = [
    (
        "“Our members voted for these rosters in May. Now they want to tear up that vote. We will not let that "
        "happen,” Holt said.",
        "members voted for the new rosters in May",  # 'these rosters' takes the words of the rosters named before
        "Union wants to tear up",
    ),
    (
        "“We are ready to sign. Our drivers have waited long enough. We would sign tomorrow if they dropped the "
        "weekend shifts,” Holt said.",
        "Union is ready to sign",
        "Union dropped",
    ),
]


@pytest.mark.parametrize(("quote", "kept", "wrong"), LONG_QUOTES, ids=[w for _, _, w in LONG_QUOTES])
def test_they_in_a_later_sentence_of_a_quotation_is_never_the_speakers_side(quote: str, kept: str, wrong: str) -> None:
    text = DEPOT + SPOKE + quote + "\n\n" + COUNCIL_CLOSES
    shown = points_of(text, "union")
    assert any(kept in p for p in shown)
    assert not any(wrong in p for p in shown)


OWN_STANCE = [
    (
        DEPOT + "The union will not accept split shifts on weekends, its secretary Dana Holt said on Monday. “This "
        "has been our position since spring,” she added. " + COUNCIL_CLOSES,
        "union",
        "The union will not accept split shifts",
        "position",
    ),
    (
        OPENING + "Valdoria's minister Ivo Marek said the quota must stay at last year's level. “This is our limit,” "
        "he told reporters." + CLOSING,
        "Valdoria",
        "The quota must stay",
        "limit",
    ),
]


@pytest.mark.parametrize(("text", "side", "kept", "noun"), OWN_STANCE, ids=[n for *_, n in OWN_STANCE])
def test_that_called_our_stance_is_no_line_of_its_own(text: str, side: str, kept: str, noun: str) -> None:
    shown = points_of(text, side)
    assert any(p.startswith(kept) for p in shown)
    assert not any(noun in p for p in shown)
