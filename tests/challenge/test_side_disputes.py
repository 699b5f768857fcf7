"""Challenge suite (issue #25, class 1): which parties are the sides.

The doer and the one done to of a verb of dispute ("the guild sued the shipper", "the office fined the
airline") are the two sides of the quarrel, even when the one acted on never speaks, and the one the
first side acts on is its opponent before a head of state who only comments; a body named for
deciding labour disputes that orders a side about is part of the process, not a side. A state's code
fused with a currency sign ("US$ 2 million") is money, not the state, and a judge titled after her
court's bracketed acronym ("the Norland High Court (NHC) Justice Mara Vell") speaks for that court.
A title the model took for an organisation ("the EU Energy Commissioner") is no party. A minister who
held talks with both of two parties stands between them; a body written with its state's possessive
("Chile's National Port Service") is the side its acronym names. Invented articles."""

from __future__ import annotations

from briefing.analysis.rules.parties.registry import build_registry
from briefing.analysis.rules.side_names import names_a_side
from briefing.analysis.rules.types import Party
from briefing.lang import load_profile, speaking
from briefing.nlp import parse

from . import brief_of


def side_names(text: str) -> set[str]:
    return {side.name for side in brief_of(text).sides}


FINED_AND_SILENT = (
    "The Norland Markets Office fined Kestrel Airlines 40 million crowns on Tuesday over hidden fees. The office "
    "said the penalty was the largest in its history and that the airline had misled customers. A Valdorian "
    "minister said his country hoped the matter would be settled soon."
)
SUED_WHILE_A_MAYOR_COMMENTS = (
    "Mayor Anna Brook of Tellport said on Monday that the city could not afford a long stoppage. The Tellport "
    "Dockers Guild sued Harbin Shipping Co. in a district court over unpaid overtime. Brook said the city's port "
    "had lost two ships a day since the dispute began. She said she would ask both to return to the table."
)
OFFER_DENOUNCED_WHILE_A_PRESIDENT_COMMENTS = (
    "The Bayside Pilots Guild said its members would stay ashore. The guild rejected Bluewater Lines Inc.'s plan "
    "for longer shifts on Thursday. Prime Minister Hal Oster of Valdoria told reporters the stoppage was costing "
    "the ports dearly. Oster said he wanted the ferries running again by the holiday."
)
TICKER_AND_HOME_IN_THE_NAMES = (
    "The Bayside Pilots Guild said its members would stay ashore. Valdoria's Bayside Pilots Guild rejected "
    "Bluewater Lines Inc.'s (BWL.O) plan for longer shifts on Thursday. Prime Minister Hal Oster of Valdoria told "
    "reporters the stoppage was costing the ports dearly. Oster said he wanted the ferries running again by the "
    "holiday."
)
MINISTER_MEETS_BOTH = (
    "The Harrow Cabin Crew Union said on Monday that its walkout at Skylane would go on until pay rose. Canada's "
    'labour minister Ana Berg said she "held talks with both Skylane and the Harrow Cabin Crew Union" over the '
    "weekend. Berg said the government wanted flights back in the air this week. Skylane said it had made its "
    "best offer."
)
BOARD_ORDERS_THE_UNION = (
    "The Lakeview Nurses Guild said its stoppage at Lakeview Clinics would last all month. In a ruling on "
    "Thursday, the Valdoria Labour Arbitration Board ordered the guild to lift its pickets at six clinics. Guild "
    "leaders called the ruling unlawful."
)


def test_the_one_fined_is_the_other_side_though_it_never_speaks() -> None:
    assert side_names(FINED_AND_SILENT) == {"Norland Markets Office", "Kestrel Airlines"}


def test_who_sues_and_who_is_sued_are_the_sides_not_the_commenting_mayor() -> None:
    assert side_names(SUED_WHILE_A_MAYOR_COMMENTS) == {"Tellport Dockers Guild", "Harbin Shipping Co"}


def test_the_other_side_is_the_one_the_first_acts_on_not_a_president_who_comments() -> None:
    sides = side_names(OFFER_DENOUNCED_WHILE_A_PRESIDENT_COMMENTS)
    assert sides == {"Bayside Pilots Guild", "Bluewater Lines Inc"}, sides


def test_a_ticker_after_the_owner_and_a_home_before_the_doer_hide_neither() -> None:
    sides = side_names(TICKER_AND_HOME_IN_THE_NAMES)
    assert sides == {"Bayside Pilots Guild", "Bluewater Lines Inc"}, sides


def test_a_labour_board_that_orders_a_side_is_not_made_a_side_by_its_orders() -> None:
    assert side_names(BOARD_ORDERS_THE_UNION) == {"Lakeview Nurses Guild", "Lakeview Clinics"}


def test_a_states_code_before_a_currency_sign_is_money_not_the_state() -> None:
    doc = parse("The Tellport Dockers Guild said the offer of US$ 2 million in back pay fell short.")
    with speaking(load_profile("en")):
        parties = build_registry(doc).parties
    assert "United States" not in parties, sorted(parties)


def test_a_judge_named_after_her_courts_acronym_speaks_for_the_court() -> None:
    doc = parse(
        "Once the penalties are settled, Vell may or may not lift the ban in Norland\n"
        "The Norland High Court (NHC) Justice Mara Vell Vell Friday ruled that Kestrel Media must pay a fine."
    )
    with speaking(load_profile("en")):
        persons = build_registry(doc).persons
    assert persons["Vell"].party == "NHC", {name: p.party for name, p in persons.items()}


def test_a_title_the_model_took_for_an_organisation_is_no_party() -> None:
    doc = parse("According to the EU Energy Commissioner, Norland and Valdoria will sign the gas accord in June.")
    assert ("EU Energy Commissioner", "ORG") in {(e.text, e.label_) for e in doc.ents}, doc.ents  # the model's own
    with speaking(load_profile("en")):
        parties = build_registry(doc).parties
    assert "EU Energy Commissioner" not in parties, sorted(parties)
    assert "European Union" in parties, sorted(parties)


def test_a_minister_who_held_talks_with_both_parties_is_between_them() -> None:
    assert side_names(MINISTER_MEETS_BOTH) == {"Skylane", "Harrow Cabin Crew Union"}


def test_a_body_written_with_its_states_possessive_is_the_side_its_acronym_names() -> None:
    side = Party("NPS", "org", {"NPS"})
    with speaking(load_profile("en")):
        assert names_a_side("Chile's National Port Service", [side])
