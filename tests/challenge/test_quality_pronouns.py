"""Challenge suite (issue #25, class 3): a pronoun is never rewritten into a possessive pile-up, and a
light main clause keeps the words that carry its content.

'His government' said by an official is the side's government, not the official's; 'our union'
under a side named '... union' is 'the union'; 'his' inside a speaker's quotation is someone else's,
never the speaker's. Invented articles; each case failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of


def texts(text: str) -> list[str]:
    return [it.text for s in brief_of(text).sides for k in ("positions", "preconditions") for it in getattr(s, k)]


def test_an_officials_government_is_the_sides() -> None:
    found = texts(
        "Norland and Valdoria resumed talks on Monday. A senior Valdorian official said that his government "
        "awaited a written offer from Norland on the fishing quota. Norland said it wanted a deal."
    )
    assert not any("official’s government" in t.lower() for t in found), found


def test_a_sides_own_body_is_never_its_name_twice() -> None:
    found = texts(
        "The Dockers union and Harborline met on Monday. Ivo Berg, the Dockers union leader, said the union "
        "wanted a deal. His union is demanding a flat pay rise with no strings, then separate talks with each port "
        "firms on changes to working practices. Harborline said it would not pay more."
    )
    assert not any("union’s union" in t for t in found), found
    assert any("pay rise" in t and "demanding" in t for t in found), found


def test_his_inside_a_speakers_quotation_is_not_the_speaker() -> None:
    found = texts(
        "Norland and Valdoria resumed talks on Monday. Norland's spokesman Ivo Berg said Valdoria's leader had "
        'little time left. Berg added that "his room for manoeuvre is shrinking as he loses ground." '
        "Valdoria said it wanted a deal."
    )
    assert not any("Berg’s room" in t for t in found), found


# Light main clauses keep the words that carry their content (class 3).

LEAD = "Norland and Valdoria resumed talks on Monday. "
TAIL = " Norland said it wanted a deal."


def test_a_marker_word_that_sets_no_condition_stays_in_the_point() -> None:
    found = texts(
        LEAD + "Valdoria's foreign minister said the impasse left the summit without any reason to exist." + TAIL
    )
    assert any("without any reason" in t for t in found), found


def test_a_joined_demand_verb_keeps_what_it_demands() -> None:
    sentence = (
        "Norland has warmly greeted Valdoria's gesture but insists on seeing real deeds before calling "
        "the process done."
    )
    found = texts(LEAD + sentence + TAIL)
    assert not any(t.endswith("but insists") for t in found), found


def test_a_predicate_that_names_its_condition_never_says_it_twice() -> None:
    sentence = "Valdoria's envoy said the signing of a border treaty is conditional upon changes to Norland's charter."
    found = texts(LEAD + sentence + TAIL)
    assert not any("conditional conditional" in t for t in found), found
    assert not any(t.endswith("is conditional") for t in found), found


def test_a_long_conditional_predicate_keeps_what_it_is_conditional_on() -> None:
    sentence = (
        "Valdoria's envoy said the signing of a long-awaited peace treaty between the two neighbouring states "
        "after decades of border wars is conditional on a change of Norland's constitution."
    )
    found = texts(LEAD + sentence + TAIL)
    assert not any(t.endswith("is conditional") for t in found), found
