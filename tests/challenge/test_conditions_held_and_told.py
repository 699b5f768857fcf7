"""Challenge suite (issue #25, class 2): conditions missed, cut, reversed or invented, as a reader
found them on articles no code had seen, each proved on invented articles of other topics.

- 'provided (that) X', which the parser may hang beside the clause said, still conditions that
  clause: a conditional offer keeps its terms, and a third party's conditional offer is no side's;
- what a marked clause tells ('provided Norland withdrew its trawlers') is the terms laid on its
  doer, neither a thing it did nor its stance;
- a side's own act that lasts until a proceeding is decided ('will keep running until the appeal
  is decided', 'until ruling') sets no terms; a clause some party must act in still does;
- a headline is never a condition: the body tells any in full, with its holder;
- a count a thing needs ('would require 600 nurses') is its cost, not a demand;
- a demand held by a party named by a common noun ('the guild's key demand') is that party's;
- a dateline's place in capitals is never the one who sets terms;
- a fronted moment with a clause of its own ('the day the fines are dropped, we sign') sets terms;
- one condition has one holder, and a condition that cannot be told as a point of its own never
  leaves its stance read as certain.

Every case fails on 0f18a10 except the positive controls, which pass on both."""

from __future__ import annotations

import pytest

from . import brief_of

DOCKS = (
    "The Harbour Guild and Kestrel Shipping are locked in a pay dispute. Kestrel Shipping said it would not raise pay. "
)


def lines(text: str, kind: str, side_word: str) -> list[str]:
    brief = brief_of(text)
    return [it.text for s in brief.sides if side_word.lower() in s.name.lower() for it in getattr(s, kind)]


def every_line(text: str) -> list[str]:
    return [it.text for s in brief_of(text).sides for it in s.positions + s.preconditions]


OFFERS_BESIDE = [
    DOCKS + "Guild leader Ana Ruiz said the dockers would be ready to return on Friday provided that the company put "
    "its pay offer in writing.",
    DOCKS + "Guild leader Ana Ruiz said the dockers would be willing to go back next week provided that the company "
    "put its pay offer in writing.",
    DOCKS + 'Guild leader Ana Ruiz said the dockers would be ready to return "on Monday morning" provided the company '
    "put its pay offer in writing.",
    DOCKS + 'Guild leader Ana Ruiz said the dockers would be ready to go back "first thing on Monday" provided the '
    "company put its pay offer in writing.",
]


@pytest.mark.parametrize("text", OFFERS_BESIDE, ids=["on Friday", "next week", "on Monday morning", "first thing"])
def test_a_conditional_offer_keeps_its_terms_and_its_holder(text: str) -> None:
    found = lines(text, "positions", "Kestrel")
    assert not any("ready to" in t or "willing to" in t for t in found), found
    assert any("in writing" in t for t in lines(text, "preconditions", "Guild")), "the terms stay the guild's"


THIRD_PARTY_OFFER = (
    DOCKS + "The Lakeside Mediation Office said it was willing to send two arbitrators provided that both sides "
    "asked for them by letter."
)


def test_a_third_partys_conditional_offer_is_no_sides() -> None:
    found = every_line(THIRD_PARTY_OFFER)
    assert not any("arbitrators" in t for t in found), found


ACT_INSIDE = (
    "Norland and Valdoria are at odds over fishing quotas. Valdoria said it would keep its ports closed. "
    "Her ministry would suspend the fines, Norland's fisheries minister Ilse Varga said, provided Valdoria "
    "withdrew its trawlers from the bay."
)


def test_an_act_told_inside_a_condition_is_not_done() -> None:
    found = lines(ACT_INSIDE, "positions", "Valdoria") + lines(ACT_INSIDE, "preconditions", "Valdoria")
    assert not any("trawlers" in t or "suspend" in t for t in found), found
    assert any("trawlers" in t for t in lines(ACT_INSIDE, "preconditions", "Norland")), "the terms stay Norland's"


RIDES = (
    "Rideo and the Portvale City Council are at odds over Rideo's operating licence. "
    "The council said the licence would lapse in March. "
)
UNTIL_A_RULING = [
    RIDES + "Rideo said its cars would stay on the streets until its appeal has been heard.",
    RIDES + "Rideo said its cars would keep running until the tribunal rules on the licence.",
]


@pytest.mark.parametrize("text", UNTIL_A_RULING, ids=["appeal has been heard", "tribunal rules"])
def test_an_act_lasting_until_a_ruling_sets_no_terms(text: str) -> None:
    assert sorted(s.name for s in brief_of(text).sides) == ["Portvale City Council", "Rideo"]  # both still read
    found = [t for side in ("Rideo", "Council") for t in lines(text, "preconditions", side)]
    assert not any("appeal" in t or "tribunal" in t for t in found), found


def test_a_held_act_until_a_party_acts_still_sets_terms() -> None:
    """Positive control: the clause names what the other side must do."""
    text = (
        DOCKS
        + "The guild's work-to-rule would remain in force until Kestrel Shipping signed the jobs pledge, "
        + "the guild said."
    )
    assert any("jobs pledge" in t for t in lines(text, "preconditions", "Guild"))


HEADLINE = (
    "Rideo vows to keep cars on the road until ruling\n\n"
    "Rideo and the Portvale City Council are at odds over Rideo's operating licence. The council said the "
    "licence would lapse in March. Rideo said it would appeal."
)


def test_a_headline_is_no_condition() -> None:
    assert sorted(s.name for s in brief_of(HEADLINE).sides) == ["Portvale City Council", "Rideo"]
    found = [t for side in ("Rideo", "Council") for t in lines(HEADLINE, "preconditions", side)]
    assert not any("ruling" in t.lower() or "road" in t for t in found), found


WARDS = "The Nurses' Alliance and the Eastmoor Health Board are at odds over staffing. "


def test_a_count_a_thing_needs_is_no_demand() -> None:
    text = WARDS + (
        "The Nurses' Alliance wants a cap of four patients per nurse. That cap, board chair Ines Moro said, would "
        "cost the region 40 million crowns and require 600 nurses the hospitals do not have."
    )
    found = [t for side in ("Alliance", "Board") for t in lines(text, "preconditions", side)]
    assert not any("600" in t for t in found), found


def test_a_count_a_party_demands_stays() -> None:
    """Positive control: a party's demand for a number of people is terms."""
    text = WARDS + "The Nurses' Alliance demands 500 more nurses before any talks, its leader Ada Fenn said."
    assert any("500" in t for t in lines(text, "preconditions", "Alliance"))


def test_a_demand_held_by_a_common_noun_is_its_partys() -> None:
    text = (
        DOCKS
        + "A ten percent rise is the guild's key demand, its leader Ana Ruiz said. "
        + "The Harbour Guild said it would strike on Friday."
    )
    assert any("ten percent" in t for t in lines(text, "preconditions", "Guild"))


def test_a_condition_that_cannot_be_told_leaves_no_certain_stance() -> None:
    text = (
        DOCKS
        + '"We will free the ships in batches, and only if we get the back pay handed over," '
        + "guild leader Ana Ruiz said."
    )
    found = lines(text, "positions", "Guild") + lines(text, "preconditions", "Guild")
    assert not any("in batches" in t and "only" not in t for t in found), found


def test_a_condition_told_whole_stays() -> None:
    """Positive control: the same terms in a clause that reads alone."""
    text = DOCKS + '"We will end the blockade only once the contracts are signed," guild leader Ana Ruiz said.'
    assert any("contracts are signed" in t for t in lines(text, "preconditions", "Guild"))


def test_a_dateline_in_capitals_never_sets_the_terms() -> None:
    """In a longer article the model may tag a dateline's place in capitals as a common noun and hang
    it on the verb as a second subject: that parse, as the model gave it, still finds the side."""
    from briefing.analysis.rules.conditions.clauses import subject_of
    from briefing.nlp import load_model

    doc = load_model()("HARBOURTON, May 4 (AFP) - Norland on Monday handed Valdoria a list of terms.")
    verb = next(t for t in doc if t.lemma_ == "hand")
    doc[0].pos_, doc[0].dep_, doc[0].head = "NOUN", "nsubj", verb
    subject = subject_of(verb)
    assert subject is not None and subject.text == "Norland", subject


MOMENTS = [
    DOCKS + '"The moment the fines are dropped, we are back at the table," guild leader Ana Ruiz said.',
    DOCKS + "The day the fines are dropped, the guild will sign, its leader Ana Ruiz said.",
]


@pytest.mark.parametrize("text", MOMENTS, ids=["the moment", "the day"])
def test_a_moment_sets_terms(text: str) -> None:
    assert any("fines are dropped" in t for t in lines(text, "preconditions", "Guild"))


def test_a_moment_told_of_the_past_is_a_time() -> None:
    """Positive control: the same shape told of the past sets no terms."""
    text = DOCKS + "The day the talks began, the guild walked out, its leader Ana Ruiz said."
    assert not any("talks began" in t for t in lines(text, "preconditions", "Guild"))
