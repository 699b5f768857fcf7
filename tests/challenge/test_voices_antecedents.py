"""Challenge suite (issue #25, a line under the wrong side): a pronoun, a possessive and a 'both
sides' take up whom the sentence's structure gives, never the party or person named nearest.

- A possessive on what a person's own verb acts on ('Tamm rejected her plan') is another person's:
  it tells nothing of the person's gender, so the 'he' and 'his' that follow still find him.
- 'Both sides' inside a condition a third party sets ('provided that both sides asked') is not the
  two sides acting: no line of theirs.
- A speaker named inside a relative clause ('..., which Holm says cannot be finished') does not take
  over the sentence's voice: the next 'he' is the main speaker.
- A title's 'its' ('said its chair, Greta Lunde') is the body the sentence is about, not a party
  named inside the relative clause on it, nor one named inside the quote.
- A clause cut off by a semicolon before a verb of saying is narration or another voice, never what
  that speaker said.
- A name inside another's condition or a relative clause is not made a person by the next 'she'.
- An 'it' in a clause hung on a verb whose subject is any one of its kind ('a licence holder') is no party.
- What someone else expects or wants a side to do ('She expected Orvik Ferries Ltd to impose ...') is
  not the side's act.

Each case is an invented article; each failed before its mechanism landed (controls aside)."""

from __future__ import annotations

from . import brief_of, points_of

WATER = (
    "The Varsel Growers Cooperative and the Linden Water Authority are at odds over irrigation quotas.\n"
    "Water commissioner Nadia Prell said the authority would cut quotas by a fifth unless the growers "
    "installed meters.\n"
)


def test_a_possessive_on_what_a_person_rejects_does_not_give_him_her_gender() -> None:
    text = WATER + (
        'The cooperative\'s spokesman, Oskar Tamm, rejected her plan on Tuesday as "a tax on rain".\n'
        "Tamm said his members would not install meters until the old quotas were restored.\n"
        "He also wants the provincial auditor to inspect the reservoir accounts.\n"
    )
    authority = points_of(text, "Linden")
    growers = points_of(text, "Varsel")
    assert not any("auditor" in p or "old quotas" in p for p in authority), authority
    assert any("auditor" in p for p in growers), growers


def test_a_she_after_her_own_reported_words_stays_hers() -> None:
    # positive control: 'Prell said her office ...' still tells Prell's gender, and her 'she' stays hers
    text = WATER + (
        "Prell said her office had warned the growers twice.\n"
        'The cooperative\'s spokesman, Oskar Tamm, called the plan "a tax on rain".\n'
        "Prell said she also wants the growers to report their pumping every month.\n"
    )
    authority = points_of(text, "Linden")
    assert any("pumping" in p for p in authority), authority


TRANSIT = (
    "The Corran Transit Union and the Delvin City Council are at odds over night bus routes.\n"
    "The union has demanded that the cancelled routes be restored.\n"
    "The council said the routes cost too much.\n"
)


def test_both_sides_inside_a_third_partys_condition_do_not_act() -> None:
    text = TRANSIT + (
        "Harlow Rail Services said it was ready to lend twelve drivers provided that both sides signed the request.\n"
    )
    brief = brief_of(text)
    lines = [it.text for side in brief.sides for it in side.positions + side.preconditions]
    assert any("restored" in line for line in lines), lines  # the union's own demand is still read
    assert not any("twelve drivers" in line or "signed the request" in line for line in lines), lines


def test_both_sides_acting_in_a_main_clause_still_act() -> None:
    # positive control: the two sides as the subject of the main clause act together
    text = TRANSIT + "Both sides agreed to resume talks on the routes next month.\n"
    assert any("resume talks" in p for p in points_of(text, "Corran")), points_of(text, "Corran")


FERRY = "Orvik Ferries Ltd and the Maritime Pricing Office are at odds over fare caps.\n"


def test_a_speaker_in_a_relative_clause_does_not_take_the_next_he() -> None:
    text = FERRY + (
        "Pricing Office director Lars Venn said the office would review the cap only if the company "
        "published its cost data, which Orvik Ferries chief executive Ana Holm says cannot be finished before 2028.\n"
        "He rejected the company's request for a temporary fuel surcharge.\n"
    )
    ferry = points_of(text, "Orvik")
    office = points_of(text, "Pricing")
    assert not any("surcharge" in p for p in ferry), ferry
    assert any("surcharge" in p for p in office), office


def test_a_speaker_of_the_main_clause_takes_the_next_he() -> None:
    # positive control: the ferry chief speaking in the main clause is the next 'she'
    text = FERRY + (
        "Orvik Ferries chief executive Ana Holm said the company would publish its cost data in 2028.\n"
        "She rejected the office's request for an early audit.\n"
    )
    assert any("early audit" in p for p in points_of(text, "Orvik")), points_of(text, "Orvik")


def test_a_titles_its_is_not_a_party_named_in_a_relative_clause() -> None:
    text = FERRY + (
        "Venn said the office would not lift the cap this year.\n"
        "The Quayside Residents Forum, which accuses Orvik Ferries of ignoring noise complaints, plans a march "
        "on Friday.\n"
        '"Nobody asked us about the night sailings," said its chair, Greta Lunde.\n'
    )
    ferry = points_of(text, "Orvik")
    assert not any("night sailings" in p for p in ferry), ferry


def test_a_report_cut_off_by_a_semicolon_is_not_the_next_speakers() -> None:
    text = TRANSIT + (
        "Council leader Mira Dahl said the council would send its lawyers to the mediation; the union said "
        "it would take part only if the route cuts were frozen first.\n"
    )
    union = points_of(text, "Corran")
    assert not any("lawyers" in p for p in union), union
    assert any("frozen first" in p for p in union), union  # the union's own words stay its own


def test_a_report_the_speaker_relays_stays_in_the_speakers_words() -> None:
    # positive control: with no semicolon, what the union relays is still the union's line
    text = TRANSIT + "The union said the drivers would refuse any new rota until the routes were restored.\n"
    assert any("new rota" in p for p in points_of(text, "Corran")), points_of(text, "Corran")


def test_an_it_that_takes_up_a_noun_of_its_sentence_is_no_party() -> None:
    text = FERRY + (
        "Pricing Office director Lars Venn said the office would not lift the cap this year.\n"
        "Orvik Ferries Ltd lodged an appeal on Monday.\n"
        "By law, a licence holder may go on selling tickets during a review, provided it posts a bond "
        "with the court.\n"
    )
    lines = [it.text for side in brief_of(text).sides for it in side.positions + side.preconditions]
    assert not any("posts a bond" in line for line in lines), lines


def test_an_it_that_takes_up_a_sides_description_stays_the_sides() -> None:
    # positive control: the noun the 'it' takes up is a description of a side ('the office')
    text = FERRY + (
        "Pricing Office director Lars Venn said the office would not lift the cap this year.\n"
        "The office will review the cap in June, provided it receives the audited fuel accounts.\n"
    )
    office = points_of(text, "Pricing")
    assert any("fuel accounts" in p for p in office), office


DAM = "Tolvane and the Regional Water Board are at odds over the dam permit.\n"


def test_a_name_in_anothers_condition_is_not_made_a_person_by_the_next_she() -> None:
    # 'Tolvane accepted' sits in the chair's 'only if': the 'she' after it is the chair, and
    # Tolvane stays the body it is, a side with its own line
    text = DAM + (
        "Board chair Eva Rask said the board would renew the permit only if Tolvane accepted a lower "
        "intake quota. She also said the company had ignored two warnings.\n"
        "Tolvane said it would appeal the decision to the environment court.\n"
    )
    assert any("environment court" in p for p in points_of(text, "Tolvane")), brief_of(text).sides


def test_a_name_speaking_in_its_main_clause_is_still_taken_up_by_she() -> None:
    # positive control: the chair speaks in the main clause, and her 'she' stays hers
    text = DAM + (
        "Tolvane said it would appeal the decision to the environment court.\n"
        "Rask, the board's chair, said the permit had lapsed. She also said the company had ignored two warnings.\n"
    )
    assert any("two warnings" in p for p in points_of(text, "Water")), brief_of(text).sides


def test_a_titles_its_is_not_a_party_named_in_the_quote() -> None:
    text = FERRY + (
        "Venn said the office would not lift the cap this year.\n"
        "The Quayside Residents Forum plans a march on Friday.\n"
        '"Orvik Ferries ignored every noise complaint we sent," said its chair, Greta Lunde.\n'
    )
    ferry = points_of(text, "Orvik")
    assert not any("noise complaint" in p for p in ferry), ferry


def test_narration_cut_off_by_a_semicolon_is_not_the_speakers_words() -> None:
    text = FERRY + (
        "Pricing Office director Lars Venn said the office would not lift the cap this year.\n"
        "Orvik Ferries Ltd said it would take the cap to court. It has also asked for an early hearing; "
        "an office spokesman said that plea was under review.\n"
    )
    office = points_of(text, "Pricing")
    assert not any("asked for an early hearing" in p for p in office), office
    assert any("under review" in p for p in office), office  # what the spokesman said stays the office's


def test_a_quoted_semicolon_keeps_the_quote_the_speakers() -> None:
    # positive control: inside the quote the semicolon joins the speaker's own two clauses
    text = FERRY + ('"The cap stays; the fares are fair," Pricing Office director Lars Venn said on Tuesday.\n')
    office = points_of(text, "Pricing")
    assert any("cap stays" in p or "fares are fair" in p for p in office), office


def test_what_a_commentator_expects_a_side_to_do_is_not_its_act() -> None:
    text = FERRY + (
        "Pricing Office director Lars Venn said the office would not lift the cap this year.\n"
        "Orvik Ferries Ltd said it would take the cap to court.\n"
        '"Neither side will blink first," said Mara Olin, a shipping analyst at Keller Research. '
        "She expected Orvik Ferries Ltd to impose a fuel surcharge after the summer.\n"
    )
    ferry = points_of(text, "Orvik")
    assert not any("fuel surcharge" in p for p in ferry), ferry
    assert any("to court" in p for p in ferry), ferry


def test_what_a_side_expects_to_do_itself_stays_its_own() -> None:
    # positive control: the office's own expectation, said by its director, is its line
    text = FERRY + "Pricing Office director Lars Venn said the office expected to extend the cap into next summer.\n"
    office = points_of(text, "Pricing")
    assert any("next summer" in p for p in office), office
