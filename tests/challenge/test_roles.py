"""Challenge suite: third parties and the role the text gives each (briefing/analysis/roles.py).

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
