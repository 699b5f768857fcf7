"""Challenge suite (issue #25, class 8): the condensed page shows each side's strongest points.

Where a side stands ('will keep its fleet at sea', 'must withdraw') ranks above narration of what happened, so
the page, which shows a side's first points, leads with stances. Invented cases; each failed before
its mechanism landed."""

from __future__ import annotations

from briefing.analysis.rules.condense.ranking import weight


def test_a_stance_told_by_a_modal_ranks_above_narration() -> None:
    assert weight("Norland will keep its fleet at sea", False) > weight("The weather delayed the fleet", False)


def test_a_demand_still_ranks_above_a_bare_stance() -> None:
    assert weight("Norland demands a larger quota", False) > weight("Norland will keep its fleet at sea", False)
