"""Challenge suite (issue #25, class 1): a body named with its leader's possessive, and whom 'they'
takes up.

'Harrow's Renters League', tagged whole by the model, is the Renters League: 'a Renters League
organiser' is one of its mentions and Harrow speaks for it. A 'they' after a sentence whose main
subject holds a party ('parents such as the Elm Parents Association ask ...') takes up that party,
not one named as the subject of a clause before it ('Although the council hopes ...'). Invented
articles."""

from __future__ import annotations

from briefing.analysis.rules.parties.registry import build_registry
from briefing.lang import load_profile, speaking
from briefing.nlp import parse

from . import brief_of

LEADER_POSSESSIVE = (
    "Harrow\u2019s Renters League will hold a rent strike from May, and a Renters League organiser in the east "
    "said 900 flats had signed up. Ines Harrow told reporters that landlords had ignored three letters. Paul Esk, "
    "who owns the largest block, called the strike unlawful."
)


def test_a_body_named_with_its_leaders_possessive_is_the_body() -> None:
    """The model tags 'Harrow's Renters League' whole and leaves the bare 'Renters League' untagged."""
    doc = parse(LEADER_POSSESSIVE)
    tagged = [("Harrow\u2019s Renters League", "ORG"), ("Ines Harrow", "PERSON"), ("Paul Esk", "PERSON")]
    doc.ents = [doc.char_span(i, i + len(w), label=label) for w, label in tagged for i in [LEADER_POSSESSIVE.index(w)]]
    with speaking(load_profile("en")):
        reg = build_registry(doc)
    assert sorted(reg.parties) == ["Renters League"], sorted(reg.parties)
    league = reg.parties["Renters League"]
    assert len(league.mentions) == 2, league.mentions
    assert "Ines Harrow" in league.actors, league.actors


THEY_AFTER_A_CLAUSE = (
    "The Corvel council and the Elm Parents Association disagree over the Elm Street school. The council said the "
    "building would close in June. Although the council hopes to sell the site, parents such as the Elm Parents "
    "Association ask for one more year. They argue that no nearby school has room for 300 pupils. The association "
    "said it would take the council to court."
)


def test_they_takes_up_the_party_of_the_main_subject() -> None:
    brief = brief_of(THEY_AFTER_A_CLAUSE)
    parents = [it.text for side in brief.sides if "Elm" in side.name for it in side.positions + side.preconditions]
    others = [it.text for side in brief.sides if "Elm" not in side.name for it in side.positions + side.preconditions]
    assert not any("room" in p for p in others), others
    assert any("room" in p for p in parents), parents
