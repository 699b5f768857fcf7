"""Challenge suite (issue #25, class 6, when): 'it' in a line said of a measure names the measure.

"Take effect", "come into force", "expire" are said of measures, rules and deals, not of actors, so
their "it" is the nearest thing named before it ("... from the new levy before it takes effect on June
24": the new levy), never the party named before it. An actor's "it" ("Valdoria said it would close the
port") stays the party. Invented sentences; the measure cases failed before (a751805, 5ed6778).
"""

from __future__ import annotations

from tests.challenge import brief_in_a_dispute


def lines(sentence: str) -> list[tuple[str | None, str]]:
    return [(ev.date, ev.event) for ev in brief_in_a_dispute(sentence).upcoming]


def test_it_of_a_measure_taking_effect_is_the_measure() -> None:
    found = lines(
        "Valdoria will retaliate unless Norland exempts its trawlers from the new levy"
        " before it takes effect on June 24."
    )
    assert ("2026-06-24", "The new levy takes effect") in found, found


def test_it_of_a_deal_expiring_is_the_deal() -> None:
    found = lines("Norland signed the quota accord with Valdoria last year, and it will expire on June 24.")
    assert [e for d, e in found if d == "2026-06-24"] == ["The quota accord will expire"], found


def test_it_of_an_actor_stays_the_party() -> None:
    found = lines("Valdoria said it would close the port to Norland's trawlers on June 24.")
    dated = [e for d, e in found if d == "2026-06-24"]
    assert dated and dated[0].startswith("Valdoria would close the port"), found


def test_it_of_a_measure_named_with_its_goods_is_the_measure() -> None:
    # 'it' takes the noun the goods hang on, not the goods
    found = lines(
        "Valdoria will retaliate unless Norland spares its farmers from the duty on foreign grain"
        " before it takes effect on June 24."
    )
    assert ("2026-06-24", "The duty takes effect") in found, found
