"""What a cut to twenty words must keep (issue #25, class 3; invented cases).

A point too long for one line loses its optional parts, largest first. Two parts are not optional:
the phrase after an object that has nothing but its article ('wants a cut' says nothing; 'wants a cut
in the levies' does), and a clause that says which things a negation denies ('holds no proposals that
match the losses': without the clause, the side has no proposals at all).
A clause on the subject of a denial only says which subject, and still goes.
"""

from __future__ import annotations

from tests.challenge import brief_of, points_of

_OPENING = "Valdoria and the Norland League are at odds over the fishing accord. "


def _points(sentence: str, side: str) -> list[str]:
    return points_of(_OPENING + sentence + " Valdoria said it wanted a deal.", side)


def test_a_bare_object_keeps_the_phrase_that_says_of_what() -> None:
    points = _points(
        "The league has given Valdoria until Friday to yield to its demands. It also wants a cut in "
        "Valdoria's payments to the Northern Union's fishing fund among other demands.",
        "League",
    )
    assert not any(p.endswith("wants a cut") or "wants a cut among" in p for p in points), points
    assert any("wants a cut in Valdoria's payments" in p for p in points), points


def test_a_clause_that_limits_a_denial_stays() -> None:
    points = _points(
        '"We still hold no proposals at the talks that match the heavy losses our crews have borne through '
        'this long and bitter season," league chief Ivo Berg said.',
        "League",
    )
    assert not any(p.endswith("proposals at the talks") for p in points), points
    assert any("no proposals at the talks that match the heavy losses" in p for p in points), points


def test_a_clause_on_the_subject_of_a_denial_still_goes() -> None:
    """The positive control: the subject's clause says which league, not what it denies."""
    points = _points(
        "The league, which needs the accord to pay its many crews through the long and costly winter season "
        "ahead, did not explain why it walked out of the talks on the quotas.",
        "League",
    )
    assert any("did not explain why it walked out of the talks" in p for p in points), points
    assert not any("which needs the accord" in p for p in points), points


def test_a_condition_given_to_someone_keeps_who_was_given_what() -> None:
    """'has granted Playly six weeks to sell': never 'has granted to sell'."""
    text = (
        "Valdoria and the app maker Playly are at odds over data. After weeks of warnings that the game app "
        "could be shut at once, Valdorian Premier Ivo Berg has granted Playly six weeks to sell its local arm "
        'to a "truly Valdorian" buyer or be shut down across Valdoria. Playly said it would stay.'
    )
    brief = brief_of(text)
    found = [it.text for side in brief.sides for it in side.positions + side.preconditions]
    assert not any("has granted to" in t for t in found), found
    assert any("has granted Playly six weeks to sell" in t for t in found), found


def test_a_verb_with_no_one_given_anything_is_left_as_it_was() -> None:
    """The positive control: an object with no one given it ('a team of lawyers') is no gift."""
    points = _points("The league was building a team of lawyers to draft a new accord, chief Ivo Berg said.", "League")
    assert any("building a team of lawyers to draft a new accord" in p for p in points), points


def test_a_quotation_keeps_its_first_word() -> None:
    """'a "very Valdorian" owner' cut to fit never reads 'a " Valdorian" owner'."""
    from briefing.analysis.rules.condense.fitting import fit
    from briefing.nlp import load_model

    doc = load_model()(
        'The premier wants Playly to find a "very Valdorian" owner for its popular game app within six short '
        "weeks or face a complete and lasting ban in every province."
    )
    words = [t.text for t in fit(list(doc))]
    assert '"' not in words or words[words.index('"') + 1] == "very", words


def test_no_space_is_left_before_a_comma_that_closes_a_quotation() -> None:
    """'"the window is closing ,"' (the article's spacing around a cut) reads '"the window is closing,"'."""
    from briefing.analysis.rules.condense.wording import _tidy_spacing

    assert _tidy_spacing('Berg added that "the window is closing ," and left.') == (
        'Berg added that "the window is closing," and left.'
    )
