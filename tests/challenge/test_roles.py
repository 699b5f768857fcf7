"""Challenge suite: third parties and the role the text gives each (briefing/analysis/roles.py).

Every third party listed says what it does; one named only in passing is not listed."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

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
