"""Challenge suite (issue #25, class 3): no point ends on a word a reader takes for a cut.

When every reading of a clause fails the gate, the last resort drops what hangs at its end, even an
adverb such as 'before' ('a strike like none seen before' -> '... none seen'). Invented cases; each
failed before its mechanism landed."""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.propositions import without_open_end

ENDS = [
    ("We are ready to strike in a way they have never seen before", "never seen"),
    ("That has been our stand from before", "our stand"),
    ("It is better to negotiate and", "to negotiate"),
]


@pytest.mark.parametrize(("text", "end"), ENDS, ids=[c[1] for c in ENDS])
def test_the_last_resort_ends_on_no_function_word(text: str, end: str) -> None:
    assert without_open_end(text).endswith(end), without_open_end(text)
