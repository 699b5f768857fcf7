"""A condition reads as a clause (issue #25, class 3; invented cases).

'wants the ministers to recognise progress' sets the condition that the ministers recognise progress:
shown as 'The ministers to recognise progress' it is a fragment with no verb a reader can take. An
infinitive with a subject of its own is put in the present, agreeing with that subject.
"""

from __future__ import annotations

from tests.challenge import brief_of

_OPENING = "Valdoria and the Norland League are at odds over the fishing accord. "


def _conditions(sentence: str) -> list[str]:
    brief = brief_of(_OPENING + sentence + " Valdoria said it wanted a deal.")
    return [it.text for side in brief.sides for it in side.preconditions]


def test_an_infinitive_with_its_own_subject_reads_in_the_present() -> None:
    found = _conditions(
        "Berg said the league wants the Valdorian ministers to recognise progress towards a deal in a joint "
        "statement on Monday."
    )
    assert not any(" to recognise" in c for c in found), found
    assert any(c.startswith("The Valdorian ministers recognise progress") for c in found), found


def test_a_single_subject_takes_the_verb_of_the_third_person() -> None:
    found = _conditions("Berg said the league wants the Valdorian cabinet to withdraw the quota plan before talks.")
    assert any("The Valdorian cabinet withdraws the quota plan" in c for c in found), found
