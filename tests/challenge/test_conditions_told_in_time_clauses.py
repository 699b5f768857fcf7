"""Challenge suite (issue #25, a condition credited to the side that set it): terms one side set,
told in a clause of time beside the other side's act, stay the terms of the side that set them.

'Valdoria quit the meeting soon after Norland tabled a truce on condition that the blockade ends'
tells a condition Norland set; it is neither supposed nor Valdoria's. Only a clause that supposes
('if Norland insists on ...') leaves a demand unset. Invented sentences; the first case failed on
4b7b8fe, the guard holds what must not change.
"""

from __future__ import annotations

from . import brief_of

LEAD = "Norland and Valdoria are at odds over the fishing levy. "


def conditions(text: str, name: str) -> list[str]:
    return [it.text for s in brief_of(LEAD + text).sides if s.name == name for it in s.preconditions]


def test_terms_told_in_a_clause_of_time_are_the_setters() -> None:
    text = (
        "Valdoria quit the meeting soon after Norland tabled a truce on condition that the blockade of its "
        "ports ends. Norland said it wanted a deal."
    )
    assert any("blockade of its ports ends" in c for c in conditions(text, "Norland")), brief_of(LEAD + text)
    assert not any("blockade" in c for c in conditions(text, "Valdoria"))


def test_a_demand_only_supposed_is_nobodys_condition() -> None:
    text = "If Norland insists on a vote before Friday, Valdoria will walk out. Norland said it wanted a deal."
    assert not any("vote" in c for c in conditions(text, "Norland") + conditions(text, "Valdoria"))
