"""Challenge suite (issue #25, class 1): a body named with its leader's possessive, and whom 'they'
takes up.

'Okoro's Unity Front', tagged whole by the model, is the Unity Front: 'a senior Unity Front
official' is one of its mentions and Okoro speaks for it. A 'they' after a sentence whose main
subject holds a party ('groups including the Unity Front want ...') takes up that party, not one
named as the subject of a clause before it ('While Chad wants ...'). Invented articles."""

from __future__ import annotations

from briefing.analysis.rules.parties.registry import build_registry
from briefing.lang import load_profile, speaking
from briefing.nlp import parse

from . import brief_of

LEADER_POSSESSIVE = (
    "Talks with rebel leader Joseph Okoro were put off to Friday, a senior Unity Front official said. Peter Dorn "
    "said the army was not ready. Okoro\u2019s Unity Front wants the vote delayed."
)


def test_a_body_named_with_its_leaders_possessive_is_the_body() -> None:
    """The model tags 'Okoro's Unity Front' whole and leaves the bare 'Unity Front' untagged."""
    doc = parse(LEADER_POSSESSIVE)
    tagged = [("Okoro\u2019s Unity Front", "ORG"), ("Joseph Okoro", "PERSON"), ("Peter Dorn", "PERSON")]
    doc.ents = [doc.char_span(i, i + len(w), label=label) for w, label in tagged for i in [LEADER_POSSESSIVE.index(w)]]
    with speaking(load_profile("en")):
        reg = build_registry(doc)
    assert sorted(reg.parties) == ["Unity Front"], sorted(reg.parties)
    front = reg.parties["Unity Front"]
    assert len(front.mentions) == 2, front.mentions
    assert "Joseph Okoro" in front.actors, front.actors


THEY_AFTER_A_CLAUSE = (
    "Chad and the Unity Front are at odds over the election. The Chad government said the vote would be held in "
    "March. While the Chad government wants the vote held in March, groups including the Unity Front want it "
    "delayed. They say the army must first be unified. The Unity Front said it would not take part."
)


def test_they_takes_up_the_party_of_the_main_subject() -> None:
    brief = brief_of(THEY_AFTER_A_CLAUSE)
    front = [it.text for side in brief.sides if "Unity" in side.name for it in side.positions + side.preconditions]
    others = [it.text for side in brief.sides if "Unity" not in side.name for it in side.positions + side.preconditions]
    assert not any("unified" in p for p in others), others
    assert any("unified" in p for p in front), front
