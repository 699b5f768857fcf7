"""Challenge suite (issue #25, class 5): the third parties GUIDELINES.md requires, found where the
text names them only by an office or by what they say they will do, and the side across the table
never listed as one (briefing/analysis/rules/role_grammar.py, role_acts.py, role_moves.py).

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

LABOUR = (
    "Kestrel Air and the Kestrel Pilots Union resumed talks this week. The union said it wanted a pay rise. "
    "Kestrel Air said it would not raise pay while fuel costs stay high. "
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a mediation or conciliation service named only by its office
        (
            "The national mediation office said it had called both sides to a meeting on Friday.",
            "national mediation office",
        ),
        ("A state conciliator will meet both sides on Friday.", "state conciliator"),
    ],
)
def test_a_mediation_service_named_by_its_office_is_the_mediator(sentence: str, name: str) -> None:
    assert third_parties(LABOUR, sentence).get(name) == "mediator"


def test_a_body_named_by_another_word_is_no_mediator() -> None:
    found = third_parties(LABOUR, "The airline said its head office would stay in Halvik.")
    assert not any("office" in name for name in found), found


def test_the_side_across_the_table_is_no_third_party() -> None:
    # the sides found are one (the union): the airline it resumed talks with is the other, not a third party
    found = third_parties(LABOUR, "The national mediation office said it had called both sides to a meeting on Friday.")
    assert "Kestrel Air" not in found, found


def test_a_government_office_that_says_it_will_act_is_named_with_the_act() -> None:
    sentence = "Labour Minister Ana Berg said she would table back-to-work legislation if the strike went on."
    assert third_parties(LABOUR, sentence).get("Ana Berg") == "would table back-to-work legislation"


def test_what_an_office_says_of_others_is_no_act_of_its_own() -> None:
    found = third_parties(LABOUR, "Labour Minister Ana Berg said the strike would hurt the economy.")
    assert "Ana Berg" not in found, found
