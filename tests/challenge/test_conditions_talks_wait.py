"""Challenge suite (issue #25, recall of conditions): what may come of the talks waits on a clause.

'Talks can start once the levy goes' sets the terms of the talks, though no verb of readiness or
refusal says so: the subject names the talks or the deal and a modal says what may come, so the
weak marker ('once', 'if') opens a condition. Guards: a time the talks are set for ('when the envoy
returns') and a past event ('talks started once ...') set none. Invented sentences; the first case
failed on 4b7b8fe.
"""

from __future__ import annotations

import pytest

from . import brief_of

LEAD = "Norland and Valdoria are at odds over the fishing levy. "
TAIL = " Norland said it wanted a deal."


def conditions(sentence: str) -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == "Valdoria" for it in s.preconditions]


def test_talks_that_can_start_once_something_happens_wait_on_it() -> None:
    found = conditions("Valdoria's minister said talks can start once Norland drops the levy.")
    assert any(c.startswith("Norland drops the") and "levy" in c for c in found), found


NONE_SET = [
    "Valdoria's minister said talks would resume when the envoy returns from abroad.",
    "Valdoria's minister said talks started once the envoys arrived.",
]


@pytest.mark.parametrize("sentence", NONE_SET, ids=["a time", "a past event"])
def test_a_time_or_a_past_event_sets_no_terms(sentence: str) -> None:
    assert conditions(sentence) == []
