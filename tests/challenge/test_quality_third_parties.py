"""Challenge suite (issue #25, class 5): third parties found and given their role.

"Offers from X and Y to mediate", "talks took place in X" (host), "called on the Security
Council", "X, which chairs the bloc", the body behind an event without an agent. Invented
articles; each case fails until its mechanism lands (xfail, strict)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.analysis.rules.side_names import names_a_side
from briefing.analysis.rules.types import Party
from briefing.model import Article

PUB = dt.date(2026, 3, 10)
TAIL = " Valdoria said it wanted a deal. Norland said it wanted a deal too."


def roles(text: str) -> dict[str, str]:
    brief = analyse(Article(text=text + TAIL, published=PUB))
    return {tp.name: tp.role for tp in brief.third_parties}


CASES = [
    ("Norland and Valdoria resumed talks on Monday after offers from Turkey and Qatar to mediate.", "Qatar", "mediat"),
    ("Norland and Valdoria held talks on Monday. The talks took place in Portugal.", "Portugal", "host"),
    ("Norland and Valdoria held talks on Monday, with Norway, which chairs the bloc, present.", "Norway", "chair"),
    (
        "Norland and Valdoria held talks on Monday. Valdoria called on the UN Security Council to condemn the raids.",
        "Security Council",
        "called on",
    ),
    (
        "Norland and Valdoria traded accusations at a closed-door Security Council session on Monday.",
        "Security Council",
        "session",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES, ids=[c[1] + "-" + c[2] for c in CASES])
def test_third_party_and_role(text: str, name: str, role: str) -> None:
    found = roles(text)
    match = [n for n in found if name in n or (name == "Security Council" and n == "United Nations")]
    assert match, found
    assert role in found[match[0]].lower(), found


def test_a_side_in_a_collapsed_summit_is_not_a_third_party() -> None:
    text = (
        "Norland and Valdoria held talks on Monday. The summit, scheduled for March 8, collapsed on the eve "
        "of the meeting. Valdoria said it wanted a deal."
    )
    brief = analyse(Article(text=text, published=PUB))
    assert not any(tp.name == "Norland" for tp in brief.third_parties), brief.third_parties


def test_a_company_named_after_a_side_state_is_not_that_side() -> None:
    sides = [Party("Norway", "state"), Party("Valdoria", "state")]
    assert not names_a_side("Air Norway", sides)
    assert not names_a_side("Bank of Norway", sides)
    congo = [Party("Congo", "state", aliases={"Congo"}), Party("Rwanda", "state")]
    assert names_a_side("Democratic Republic of the Congo", congo)  # a state's long name is the state
