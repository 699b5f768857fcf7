"""Challenge suite (issue #25, a condition credited to the side that set it): terms one side set,
told in a clause of time before the other side's answer, stay the terms of the side that set them.

'A day after Norland offered talks on condition that Valdoria lifts its blockade, Valdoria called
the offer blackmail' tells a condition Norland set, and Valdoria's dismissal of it. Only a clause
that supposes ('if Norland insists on ...') leaves a demand unset. Invented sentences; the first
case failed on 4b7b8fe, the guard holds what must not change.
"""

from __future__ import annotations

from . import brief_of

LEAD = "Norland and Valdoria are at odds over the fishing levy. "


def conditions(text: str, name: str) -> list[str]:
    return [it.text for s in brief_of(LEAD + text).sides if s.name == name for it in s.preconditions]


def test_terms_told_in_a_clause_of_time_are_the_setters() -> None:
    text = (
        "A day after Norland offered to resume talks on condition that Valdoria lifts its blockade of the "
        'ports, Valdoria said that "this offer is blackmail". Norland said it wanted a deal.'
    )
    assert any("Valdoria lifts its blockade" in c for c in conditions(text, "Norland")), brief_of(LEAD + text)
    assert not any("lifts its blockade" in c for c in conditions(text, "Valdoria"))


def test_a_demand_only_supposed_is_nobodys_condition() -> None:
    text = "If Norland insists on a vote before Friday, Valdoria will walk out. Norland said it wanted a deal."
    assert not any("vote" in c for c in conditions(text, "Norland") + conditions(text, "Valdoria"))
