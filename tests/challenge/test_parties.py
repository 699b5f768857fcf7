"""Challenge suite: who the parties are (briefing/analysis/rules/parties.py, roles.choose_sides).

Parties beyond states (unions, companies, regulators, leagues, coalitions), generic nouns that
refer back to a party named in the text, and names inside longer names. All invented."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

from . import registry_with

PUB = dt.date(2026, 3, 10)


def side_names(text: str) -> list[str]:
    return [side.name for side in analyse(Article(text=text, published=PUB)).sides]


def side_of(text: str, quote_words: str) -> str | None:
    """The side whose positions include the sentence holding `quote_words`."""
    brief = analyse(Article(text=text, published=PUB))
    for side in brief.sides:
        if any(quote_words in item.evidence[0].quote for item in side.positions + side.preconditions):
            return side.name
    return None


# --- parties beyond states ---------------------------------------------------------------------------
SIDES = [
    (
        "The Harbor Pilots Guild and Kestrel Air resumed talks on Monday. The Harbor Pilots Guild said it "
        "wanted a 9 percent rise. Kestrel Air said it would not go above 4 percent.",
        {"Harbor Pilots Guild", "Kestrel Air"},
    ),
    (
        "The Arlen Competition Board told Tessaly Foods that its merger with Marrow Mills would harm farmers. "
        "Tessaly Foods rejected the board's findings. The Arlen Competition Board said it would not clear the deal.",
        {"Arlen Competition Board", "Tessaly Foods"},
    ),
    (
        "The Velika Players Association and the Northern Football League failed to agree on revenue sharing. "
        "The Velika Players Association said players would not take a pay cut. The Northern Football League "
        "said it could not afford the players' demands.",
        {"Velika Players Association", "Northern Football League"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDES, ids=["union-airline", "regulator-company", "players-league"])
def test_parties_beyond_states(text: str, expected: set[str]) -> None:
    assert expected <= set(side_names(text))


# --- generic nouns refer back to the party whose name holds them -------------------------------------
GENERIC = [
    (
        "Harbor Unified School District and the Harbor Teachers Union met again. The Harbor Teachers Union "
        "said it wanted smaller classes. The district said it could not afford more than 3 percent.",
        "could not afford",
        "Harbor Unified School District",
    ),
    (
        "The Northern Football League and the Velika Players Association met on Monday. The Velika Players "
        "Association said it wanted a bigger share. The league said it would not reopen the revenue deal.",
        "would not reopen",
        "Northern Football League",
    ),
    (
        "Kestrel Air and the Harbor Pilots Guild resumed talks. Kestrel Air said it would hold wages. "
        "Guild members voted to authorise a strike.",
        "voted to authorise",
        "Harbor Pilots Guild",
    ),
]


GENERIC_BY_SALIENCE = [
    (
        # two organisations of unknown kind: "the union" takes up the subject of the sentence before
        "The KPBA has accepted the KBL's offer of a 20-day extension of the old contract. "
        '"We are not done yet," the union told reporters on Friday.',
        "not done yet",
        "KPBA",
    ),
    (
        "The DRC Holdings board rejected the SFW's latest wage offer on Monday. "
        "The company said it could not go above 3 percent.",
        "could not go above",
        "DRC Holdings",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), GENERIC_BY_SALIENCE, ids=["the union", "the company"])
def test_a_generic_noun_takes_up_the_subject_of_the_sentence_before(text: str, words: str, expected: str) -> None:
    assert side_of(text, words) == expected


def test_the_other_side_may_be_talked_about_and_never_heard() -> None:
    names = side_names(
        "The KPBA has accepted the KBL's offer of a 20-day extension of the old contract. "
        '"It is about respect," the KPBA told reporters on Friday.'
    )
    assert names == ["KPBA", "KBL"]


@pytest.mark.parametrize(("text", "words", "expected"), GENERIC, ids=["the district", "the league", "members"])
def test_generic_noun_refers_back(text: str, words: str, expected: str) -> None:
    assert side_of(text, words) == expected


# --- names inside longer names ------------------------------------------------------------------------
def test_a_state_name_opening_a_longer_name_is_not_the_state() -> None:
    names = side_names(
        "The Norway Forward Alliance and the Civic Union failed to agree on a budget. The Norway Forward "
        "Alliance said it would not support new borrowing. The Civic Union said it wanted more investment."
    )
    assert "Norway" not in names
    assert any(name.startswith("Norway Forward") for name in names)


def test_a_multiword_state_name_is_still_the_state() -> None:
    names = side_names(
        "The Russian Federation and Norway held talks on fishing quotas. The Russian Federation said it would "
        "not accept a lower quota. Norway said it wanted a deal by May."
    )
    assert "Russia" in names


def test_an_untagged_acronym_that_acts_is_a_party() -> None:
    names = side_names(
        "The league and the players' union extended their contract talks. The HPGU has agreed to a 30-day "
        "extension. The league said it wanted a deal within the month."
    )
    assert "HPGU" in names


def test_a_states_own_body_still_speaks_for_the_state() -> None:
    names = side_names(
        "Norway and Sweden held talks on fishing quotas. The Norway State Council said it would not accept "
        "a lower quota. Sweden said it wanted a deal by May."
    )
    assert "Norway" in names


# --- documents are not parties; coordinated institution names stay whole -----------------------------
DOCUMENTS = [
    "Kestrel Air and the Harbor Pilots Guild signed a Memorandum of Understanding (MoU) in March. Kestrel Air "
    "said the MoU must be honoured. The Harbor Pilots Guild said it wanted the MoU revised.",
    "Tessaly Foods and Marrow Mills said talks continue under Non-Disclosure Agreements (NDAs). Tessaly Foods said "
    "it would not sell below cost. Marrow Mills said it wanted a longer contract.",
    "The guild and the airline said the current CBA runs until May. The CBA allows an extension. "
    "The airline said it would not reopen the pay scales. The guild said it wanted a bigger rise.",
]


@pytest.mark.parametrize("text", DOCUMENTS, ids=["memorandum", "non-disclosure agreement", "bare abbreviation"])
def test_a_document_is_no_party(text: str) -> None:
    names = side_names(text)
    assert not any(word in name for name in names for word in ("MoU", "Memorandum", "Agreement", "CBA"))


def test_a_ministry_named_with_two_portfolios_is_one_party() -> None:
    names = side_names(
        "The Ministry of Justice and Public Order said it would not lift the export ban. Harlow Motors "
        "said it wanted the ban lifted before the end of the year. Harlow Motors said it would cut jobs."
    )
    assert "Ministry of Justice and Public Order" in names
    assert "Public Order" not in names


# --- the gazetteer knows every state ------------------------------------------------------------------
@pytest.mark.parametrize("state", ["Malawi", "Paraguay", "Fiji", "Mongolia", "Suriname", "Iceland"])
def test_smaller_states_are_states(state: str) -> None:
    from briefing.analysis.rules.lexicon import lookup_place

    place = lookup_place(state)
    assert place is not None and place.name == state and place.kind == "state"


# --- groups of countries at a forum are parties ---------------------------------------------------------
FORUM = (
    "At the fisheries conference in Port Arlen, more than 80 nations want a binding catch limit. A handful "
    "of fishing nations argue for reporting catches instead. More than 80 countries said a treaty without "
    "limits would not be acceptable. The fishing nations said they would not accept binding quotas."
)


def test_groups_of_countries_that_act_are_sides() -> None:
    names = side_names(FORUM)
    assert set(names) == {"more than 80 nations", "fishing nations"}, names


def test_the_same_description_under_another_head_word_is_one_group() -> None:
    from briefing.analysis.rules.parties.registry import build_registry
    from briefing.nlp import load_model

    reg = build_registry(load_model()(FORUM))
    groups = [p for p in reg.parties.values() if p.kind == "bloc"]
    assert [g.name for g in groups if "80" in g.name] == ["more than 80 nations"]


@pytest.mark.parametrize(
    "text",
    [
        "Norland and Valdoria held talks. The two countries said they would meet again in May.",
        "Norland and Valdoria held talks. Both nations said they wanted a deal by May.",
        "Norland said other countries should not interfere. Valdoria said it wanted a deal.",
    ],
    ids=["the two countries", "both nations", "other countries"],
)
def test_the_sides_named_as_a_group_are_no_new_party(text: str) -> None:
    from briefing.analysis.rules.parties.registry import build_registry
    from briefing.nlp import load_model

    reg = build_registry(load_model()(text))
    assert not [p.name for p in reg.parties.values() if p.kind == "bloc"]


def test_an_organ_of_an_international_body_is_a_body_and_no_side() -> None:
    text = (
        "Kestria and Norland clashed again over fishing quotas at the talks in Geneva. Kestria said it would not "
        "accept any cut to its catch. Norland said the quotas must fall by half. The U.N. Fisheries Office said "
        "it hoped both would compromise, and U.N. Fisheries Office chief Ana Sorel urged a deal by Friday. "
        "The U.N. Fisheries Office said stocks were at a record low."
    )
    assert side_names(text) == ["Kestria", "Norland"] or side_names(text) == ["Norland", "Kestria"]
    brief = analyse(Article(text=text, published=PUB))
    assert any("U.N. Fisheries Office" in tp.name for tp in brief.third_parties), brief.third_parties


def test_an_acronym_in_any_alphabet_joins_its_long_name() -> None:
    reg = registry_with(
        "The Social Union (ÖSU) walked out of the coalition talks. The ÖSU said it would not give up the finance "
        "ministry.",
        [("Social Union", "ORG"), ("ÖSU", "ORG")],
    )
    assert "ÖSU" not in reg.parties and "ÖSU" in reg.parties["Social Union"].aliases, reg.parties
