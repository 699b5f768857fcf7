"""Challenge suite (issue #25, recall of conditions and no false 'none'): a step set before the talks
is a condition, and a brief never claims that a side states no condition when its words hold one the
analysis could not read.

'Withdraw the notice first, then we talk' sets the withdrawal as the condition of the talks; a plan
of the speaker's own ('we will consult first, then decide') and one past step after another set none.
Where recall is unsure (a side's sentence holds 'provided', 'once', 'first' and no precondition was
read from it), the full brief says nothing of that side's preconditions rather than "No precondition
stated in the article". Invented sentences; each case failed on 4b7b8fe, the guards hold what must
not change.
"""

from __future__ import annotations

import pytest

from briefing.render import brief_markdown
from briefing.render.options import RenderOptions

from . import brief_of

LEAD = "Norland and Valdoria are at odds over the fishing levy. "
TAIL = " Norland said it wanted a deal."


def side_of(sentence: str, name: str = "Valdoria"):
    return next(s for s in brief_of(LEAD + sentence + TAIL).sides if s.name == name)


def test_a_step_set_first_before_the_talks_is_a_condition() -> None:
    side = side_of("“Withdraw the notice first, then we talk,” Valdoria's minister told Norland's envoy.")
    assert any("Withdraw the notice" in c.text for c in side.preconditions), side


OWN_STEPS = [
    "“We will consult our members first, then decide,” Valdoria's minister said.",
    "Valdoria first rejected the offer, then walked out of the meeting.",
]


@pytest.mark.parametrize("sentence", OWN_STEPS, ids=["own plan", "past steps"])
def test_a_sides_own_steps_in_order_set_no_condition(sentence: str) -> None:
    assert side_of(sentence).preconditions == []


def _preconditions_shown(sentence: str, name: str) -> str:
    brief = brief_of(LEAD + sentence + TAIL)
    markdown = brief_markdown(brief, RenderOptions())
    return markdown.split(f"### {name}", 1)[1].split("###", 1)[0]


def test_no_false_none_for_a_side_whose_words_may_hold_a_condition() -> None:
    # a conditional word the analysis read no condition from: no claim that none is stated
    sentence = "Valdoria's minister said the ferries would sail once the weather allowed it."
    side = side_of(sentence)
    assert side.preconditions == [] and side.conditions_unread, side
    assert "No precondition stated" not in _preconditions_shown(sentence, "Valdoria")


def test_a_side_with_no_conditional_word_still_reads_none_stated() -> None:
    sentence = "Valdoria's minister said the ferries would sail on Friday."
    assert "No precondition stated" in _preconditions_shown(sentence, "Norland")
    assert "No precondition stated" in _preconditions_shown(sentence, "Valdoria")
