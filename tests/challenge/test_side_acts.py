"""Challenge suite: a side's own acts on the dispute, told by the narration, are its positions
(briefing/analysis/rules/attribution/acts.py).

No verb of speech or stance frames "Harborline requested arbitration" or "the union's final offer
included a bonus", yet what a side does to the talks, the deal or the other side is where it stands.
Plain acts, acts of the story's background, supposed acts and acts done to a side are not. Every
article is invented and opens with two sides so that both are in play."""

from __future__ import annotations

import pytest

from . import brief_of
from .test_stances import has_position, positions  # the same talks between Harborline and the Dockers Union

ACTS = [
    ("Harborline last week requested three rounds of outside arbitration.", "Harborline", "requested three rounds"),
    ("Harborline's final offer included a signing bonus and a rise of 3 percent.", "Harborline", "offer included"),
    ("Harborline has given the Dockers Union two weeks to review the roster plan.", "Harborline", "given the Dockers"),
    (
        "The Dockers Union has entered separate talks with the port authority.",
        "Dockers Union",
        "entered separate talks",
    ),
    ("Harborline downplayed the Dockers Union's latest gestures.", "Harborline", "downplayed"),
    (
        "The Dockers Union attributed the walkout to a deadlock over Harborline's pension plan.",
        "Dockers Union",
        "attributed the walkout",
    ),
]


@pytest.mark.parametrize(("sentence", "side", "words"), ACTS, ids=[c[0][:44] for c in ACTS])
def test_a_sides_act_on_the_dispute_is_its_position(sentence: str, side: str, words: str) -> None:
    found = positions(sentence)
    assert has_position(found, side, words), found


NOT_ACTS = [
    # nothing of the dispute in what the act is done to
    ("Harborline moved a million containers through its terminals last year.", "Harborline", "a million containers"),
    # the story's background: dated by a year, or lasting since
    ("In December 2019, the Dockers Union staged a strike over pay.", "Dockers Union", "staged a strike"),
    ("The Dockers Union has since 2019 been fighting Harborline over pay.", "Dockers Union", "been fighting"),
    # too plain a verb to tell an act
    ("The Dockers Union represents 800 crane drivers at Harborline's terminals.", "Dockers Union", "represents"),
    # only supposed
    ("In exchange, the Dockers Union would receive two seats on the Harborline board.", "Dockers Union", "two seats"),
    # done to the side, not by it
    ("Harborline was ordered by a court to reopen talks with the Dockers Union.", "Harborline", "was ordered"),
]


@pytest.mark.parametrize(("sentence", "side", "words"), NOT_ACTS, ids=[c[0][:44] for c in NOT_ACTS])
def test_a_plain_background_supposed_or_suffered_act_is_no_position(sentence: str, side: str, words: str) -> None:
    found = positions(sentence)
    assert side in found, found
    assert not has_position(found, side, words), found


def test_an_act_joined_to_another_sides_speech_keeps_its_own_clause() -> None:
    # the act is the second clause's; its point never takes the first speaker's words
    found = positions(
        "The Dockers Union said it would consider the roster, but Harborline has withdrawn its pension offer."
    )
    assert has_position(found, "Harborline", "withdrawn its pension offer"), found


def test_a_person_placed_only_later_in_the_article_still_speaks_for_their_side() -> None:
    # when the first sentence is read, nothing yet says whom Orlik speaks for; the next one does
    text = (
        "Valdoria and Norland resumed border talks on Monday in Velika. "
        "Orlik announced plans to reopen the crossings at Tarn. "
        "Prime Minister Vesna Orlik told the Valdorian parliament on Tuesday that the plan was final."
    )
    brief = brief_of(text)
    found = {side.name: [p.evidence[0].quote for p in side.positions] for side in brief.sides}
    assert has_position(found, "Valdoria", "announced plans to reopen"), found
