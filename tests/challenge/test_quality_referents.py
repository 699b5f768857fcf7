"""Challenge suite (issue #25, class 3): a line never points at a thing it does not name, and a name put
for a pronoun never lands where the article had none.

'That plan' in a line takes the words of the plan the sentences before name ('the two-year staffing
plan'); the empty "it" of 'it must be understood that ...' is never a side's name; 'our league' said
for the Orsa Nurses League is 'the league'; 'we'll' named is 'X will'; a side said to say something
is not named twice in it. Positive controls: a line that names its thing, or whose thing the text
before never names, stays as written; an "it" that is the party stays the party. Invented articles;
each case failed on d09359f."""

from __future__ import annotations

from . import brief_of, points_of

OPENING = "The Orsa Nurses League and the Brannock Health Trust are at odds over night-shift pay. "


def texts(text: str) -> list[str]:
    return [it.text for s in brief_of(text).sides for k in ("positions", "preconditions") for it in getattr(s, k)]


def test_a_pointed_plan_takes_the_words_of_the_plan_named_before() -> None:
    found = texts(
        OPENING + "Last week the trust tabled a two-year staffing plan for the night wards. "
        "The league said on Monday that it rejected that plan outright."
    )
    assert any("rejected the two-year staffing plan" in t for t in found), found
    assert not any("that plan" in t for t in found), found


def test_a_pointed_accord_takes_its_name_across_sentences() -> None:
    found = texts(
        OPENING + "Earlier the two sides had signed a water-supply accord for the hospital. "
        "Omar Rees, the trust's chief, said this accord was still in force and binding on both."
    )
    assert any("the water-supply accord was still in force" in t.lower() for t in found), found


def test_a_pointed_noun_with_nothing_named_before_stays_as_written() -> None:
    # positive control: no earlier noun of its kind says which pact, so no words are made up for it
    found = texts(OPENING + "The league said such a pact would harm the night staff and their patients.")
    assert any("pact would harm the night staff" in t for t in found), found
    assert not any("the the" in t.lower() for t in found), found


def test_a_line_that_names_its_plan_stays_as_written() -> None:
    # positive control: the line holds the plan's own words; nothing is put in
    found = texts(
        OPENING + "Last week the trust tabled a two-year staffing plan for the night wards. "
        "The league said on Monday that it rejected the staffing plan for the night wards outright."
    )
    assert any("rejected the staffing plan for the night wards outright" in t for t in found), found


def test_an_empty_it_before_its_clause_is_never_a_sides_name() -> None:
    found = texts(
        OPENING + '"It must be understood that the figure on the table came from the mediator," said Pia Lund, '
        "president of the Orsa Nurses League. The trust said it remains to be decided whether the nurses will "
        "accept a rise of 4 percent."
    )
    assert not any("League must be understood" in t for t in found), found
    assert not any("Trust remains to be decided" in t for t in found), found
    assert not any(t.startswith("It ") for t in found), found  # the empty 'it' kept, with who says it


def test_an_it_that_is_the_party_stays_the_party() -> None:
    # positive control: "it is ready" and "it wants" speak of the side
    found = texts(
        OPENING + "The trust said it is ready to talk on Friday. The league said it wants a rise of 9 percent."
    )
    assert any(t.startswith("Brannock Health Trust is ready to talk") for t in found), found
    assert any(t.startswith("Orsa Nurses League wants a rise") for t in found), found


def test_our_body_under_a_side_named_for_it_is_the_body() -> None:
    found = texts(
        OPENING + '"If it costs our league a heavy fine, so be it," said Pia Lund, president of the Orsa Nurses League.'
    )
    assert not any("League’s league" in t for t in found), found
    assert any("the league a heavy fine" in t for t in found), found


def test_a_clitic_after_a_named_pronoun_is_spelled_out() -> None:
    found = texts(
        OPENING + '"We\'ll not sign anything that cuts the night premium," said Pia Lund, president of the '
        "Orsa Nurses League."
    )
    assert any("League will not sign anything" in t for t in found), found
    assert not any("’ll" in t or "'ll" in t for t in found), found


def test_a_d_before_a_participle_is_had() -> None:
    found = texts(
        OPENING + '"We\'d already signed off the rota twice before the trust changed it," said Pia Lund, '
        "president of the Orsa Nurses League."
    )
    assert not any("would already signed" in t for t in found), found
    assert any("had already signed off the rota" in t for t in found), found


def test_a_side_said_to_say_something_is_not_named_twice_in_it() -> None:
    found = texts(
        OPENING + '"It is time to talk about the rota with us directly," said Omar Rees, chief of the '
        "Brannock Health Trust. The league said it wants a rise."
    )
    # (an opening 'They are yet to talk ...' names no one the line can show: that line is left out,
    # test_lines_name_their_subject.py; an empty 'it' keeps who says it)
    assert not any(t.count("Brannock Health Trust") > 1 for t in found), found
    assert any("about the rota with it directly" in t for t in found), found


def test_a_name_the_article_itself_repeats_stays() -> None:
    # positive control: the side's name written in the article's own words is no pronoun to undo
    found = texts(
        OPENING + 'Pia Lund said the Orsa Nurses League "will not sign anything the Orsa Nurses League '
        'members have not seen."'
    )
    assert not any("it members" in t for t in found), found


def dated_lines(text: str) -> list[str]:
    brief = brief_of(text)
    return [e.event for e in brief.upcoming + brief.background]


def test_a_dated_line_names_the_bill_it_points_at() -> None:
    found = dated_lines(
        OPENING + "The assembly passed Bill 14 on nurse staffing in January. That bill came into force on "
        "March 2. The league said it wants a rise."
    )
    assert any(t.startswith("Bill 14 came into force") for t in found), found
    assert not any(t.startswith(("That bill", "Bill came")) for t in found), found


def test_a_bare_the_offer_takes_the_words_of_the_offer_before() -> None:
    found = texts(
        OPENING + "On Monday the trust made a two-year staffing offer to the league. "
        "Pia Lund said the league had turned down the offer without a vote."
    )
    assert any("turned down the two-year staffing offer" in t for t in found), found


def test_a_bare_the_plan_is_never_another_kind_of_thing() -> None:
    # positive control: 'the plan' after a pension 'offer' is not that offer; only its own word refers back
    found = texts(
        OPENING + "On Monday the trust made a two-year staffing offer to the league. "
        "Pia Lund said the league had turned down the plan without a vote."
    )
    assert any("turned down the plan" in t for t in found), found


def test_the_company_is_the_one_the_story_speaks_of_not_one_named_inside_a_phrase() -> None:
    # 'a bid by Brell Holdings' names the bid, not who the story is about: 'The company' is Harlan Motors
    brief = brief_of(
        "Harlan Motors Inc. asked the trade ministry of Norland to approve its purchase of Vesta Cells. Harlan "
        "Motors said the deadline for the purchase had been moved to July 9. The carmaker, which must close the "
        "purchase to keep promises it made while fighting off a bid by Brell Holdings Inc., gave no reason for "
        "the delay. The company has since said that it may sell bonds to pay for the purchase if talks with "
        "Norland fail. Norland's trade ministry said it was worried about the purchase and wanted more concessions."
    )
    harlan = [it.text for s in brief.sides if "Harlan" in s.name for it in s.positions]
    assert any("may sell bonds" in t for t in harlan), harlan
    assert not any("Brell" in s.name for s in brief.sides), [s.name for s in brief.sides]


def test_a_company_named_inside_a_phrase_is_still_the_company_when_no_other_is_near() -> None:
    # positive control: with no other company the story speaks of, the one in 'talks with Kestrel' is it
    found = points_of(
        "The Harbour Pilots Guild walked out on Monday after its talks with Kestrel Shipping Corp. broke down. "
        "The company said it would not pay more than 3 percent.",
        "Kestrel",
    )
    assert any("would not pay more than 3 percent" in t for t in found), found


def test_them_names_the_one_plural_noun_its_sentence_gave_before() -> None:
    found = texts(
        OPENING + "Brannock's 900 night nurses have stayed home since May 2, and the trust has offered them a "
        "rise of 2 percent. The league said it wants a rise of 9 percent."
    )
    assert any("has offered Brannock's 900 night nurses a rise of 2 percent" in t for t in found), found


def test_them_with_two_plural_nouns_before_stays_them() -> None:
    # positive control: nurses or porters? the line keeps 'them' rather than guess
    found = texts(
        OPENING + "The nurses and the porters have stayed home since May 2, and the trust has offered them a "
        "rise of 2 percent. The league said it wants a rise of 9 percent."
    )
    assert any("has offered them a rise of 2 percent" in t for t in found), found


def test_a_bare_such_points_back_like_that() -> None:
    found = texts(
        OPENING + "The trust wants binding arbitration talks to begin soon. The league said such talks were "
        "pointless while the wards stay short of staff."
    )
    assert any(t.startswith("The binding arbitration talks were pointless") for t in found), found
