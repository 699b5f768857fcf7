"""Challenge suite: third parties and the role the text gives each (briefing/analysis/rules/roles.py).

Every third party listed says what it does; one named only in passing is not listed."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

from . import registry_with

PUB = dt.date(2026, 3, 10)
OPENING = (
    "Norland and Valdoria resumed talks on Monday. Norland's envoy said Norland wanted a full withdrawal. "
    "Valdoria said it would not withdraw while the raids go on. "
)


def roles(text: str) -> dict[str, str]:
    brief = analyse(Article(text=OPENING + text, published=PUB))
    return {tp.name: tp.role for tp in brief.third_parties}


# --- a role word or a role verb in the grammar (gazetteer states, so that demonyms resolve) -------
ROLE_CASES = [
    ("The talks were mediated by Switzerland.", "Switzerland", "mediator"),
    ("Norwegian mediators shuttled between the delegations.", "Norway", "mediator"),
    ("Arlenia hosted the talks in its capital.", "Arlenia", "host"),
    ("The envoys will meet again in Portugal next week.", "Portugal", "host"),
    ("The United Nations will monitor the ceasefire line.", "United Nations", "monitor"),
    ("The European Union backs the plan.", "European Union", "backer"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), ROLE_CASES, ids=[c[0][:40] for c in ROLE_CASES])
def test_role_from_the_grammar(sentence: str, name: str, role: str) -> None:
    found = roles(sentence)
    assert name in found, f"{name} missing from {found}"
    assert role in found[name]


# --- what it does, when no role word names it ---------------------------------------------------------
ACTION_CASES = [
    ("The International Monetary Fund approved a new loan for Valdoria.", "International Monetary Fund", "approved"),
    ("Arlenia was accused by Norland of arming the rebels.", "Arlenia", "accused by Norland"),
    # the agent of a passive does what the verb says
    ("A revised text was published by Finland on Sunday.", "Finland", "published a revised text"),
    ("The ferries, which are operated by Portugal, stopped sailing.", "Portugal", "operated the ferries"),
    ("The depots leased by the Chilean government shut down.", "Chile (Chilean government)", "leased"),
]


@pytest.mark.parametrize(("sentence", "name", "words"), ACTION_CASES, ids=[c[0][:40] for c in ACTION_CASES])
def test_role_from_what_it_does(sentence: str, name: str, words: str) -> None:
    found = roles(sentence)
    assert name in found and words in found[name]


# --- no vague roles, nothing named in passing ---------------------------------------------------------
PASSING = [
    "The talks took place a year after a similar deal between Kestria and Arlenia.",
    "Prices in Kestria rose sharply last year.",
]


@pytest.mark.parametrize("sentence", PASSING, ids=[c[:40] for c in PASSING])
def test_named_in_passing_is_not_listed(sentence: str) -> None:
    found = roles(sentence)
    assert "Kestria" not in found


def test_no_third_party_has_a_vague_role() -> None:
    found = roles("Kestria said both sides should show restraint. Arlenia was mentioned by several delegates.")
    assert all(role.strip() and role not in ("referenced", "mentioned") for role in found.values())


# --- a government acting in a story about one country's firms -------------------------------------
def test_the_government_of_the_one_country_named_is_a_third_party() -> None:
    brief = analyse(
        Article(
            text="The Harbor Pilots Guild said it wanted a 9 percent rise. Kestrel Air, Iceland's largest "
            "airline, said it would not go above 4 percent. The national government must act to stop a walkout "
            "before the summer season, Kestrel Air said.",
            published=PUB,
        )
    )
    found = {tp.name: tp.role for tp in brief.third_parties}
    assert "Iceland (national government)" in found, found
    assert "stop a walkout" in found["Iceland (national government)"]


# --- a name the model splits is one person, not a place -----------------------------------------------
def test_a_name_particle_joins_the_name() -> None:
    reg = registry_with(
        "President Karim Nasser el Amin of Valdoria agreed to finalise the rules.",
        [("Karim Nasser", "PERSON"), ("Amin", "GPE")],
    )
    assert reg.persons["Amin"].name == "Karim Nasser el Amin"
    assert "Amin" not in reg.parties


def test_a_title_before_a_name_tagged_as_an_organisation_makes_a_person() -> None:
    reg = registry_with(
        "Company spokesperson Dana Holm said the carrier would not raise its offer.", [("Dana Holm", "ORG")]
    )
    assert "Dana Holm" not in reg.parties and "Holm" in reg.persons


def test_a_role_cut_short_ends_on_a_word_that_carries_meaning() -> None:
    found = roles("Finland will co-host a conference for the victims of the floods with Chile in May.")
    assert found.get("Finland") == "co-host a conference for the victims", found


# --- people who act for no side ------------------------------------------------------------------------
def test_a_person_in_a_named_office_who_acts_is_a_third_party() -> None:
    found = roles("Summit President Maria Lindgren urged both delegations to finish a text by Friday.")
    assert "Maria Lindgren" in found, found
    assert found["Maria Lindgren"].startswith("urged both delegations")


def test_a_chair_is_listed_with_their_country() -> None:
    found = roles("The compromise text, circulated by the conference chair Peter Brandt of Chile, drops the levy.")
    assert "Peter Brandt (Chile)" in found, found
    assert "circulated the compromise text" in found["Peter Brandt (Chile)"]


PEOPLE_NOT_LISTED = [
    "President Tomas Haldor sent a junior delegation to the talks.",  # a bare title: a side's own leader
    "The daily Morgenpost reported that Norland's envoy had left early.",  # a newspaper reports, takes no part
    "Her counterpart, Lars Oberg, chaired the session on prisoners.",  # the other side's equal number
]


@pytest.mark.parametrize("sentence", PEOPLE_NOT_LISTED, ids=[c[:40] for c in PEOPLE_NOT_LISTED])
def test_people_who_play_no_part_of_their_own_are_not_listed(sentence: str) -> None:
    found = roles(sentence)
    assert not any(n.startswith(("Tomas Haldor", "Morgenpost", "Lars Oberg")) for n in found), found
