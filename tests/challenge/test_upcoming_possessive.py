"""Challenge suite (issue #25, class 3): an upcoming row that names the owner of 'its' reads alone
without a doubled possessive, when the owner's name was written with its own ('the Alliance's
review panel ... at its meeting'). Invented article."""

from __future__ import annotations

from . import brief_of

OWNER_WRITTEN_WITH_ITS_POSSESSIVE = (
    "Norland and Valdoria are at odds over fishing quotas. Norland said it would cut the Valdorian quota by "
    "a third. Valdoria said it would not accept any cut. The Northern Fisheries Alliance's review panel will "
    "consider the quarrel at its meeting on May 4."
)


def test_an_owner_named_with_its_own_possessive_is_not_doubled() -> None:
    rows = [event.event for event in brief_of(OWNER_WRITTEN_WITH_ITS_POSSESSIVE).upcoming]
    assert rows, rows
    assert not any("'s's" in row.replace("’", "'") for row in rows), rows
