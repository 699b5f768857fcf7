"""Challenge suite (issue #25, class 1): which parties are the sides.

The doer and the one done to of a verb of dispute ("the guild sued the shipper", "the office fined the
airline") are the two sides of the quarrel, even when the one acted on never speaks; a body named for
deciding labour disputes that orders a side about is part of the process, not a side. A state's code
fused with a currency sign ("US$ 2 million") is money, not the state, and a judge titled after her
court's bracketed acronym ("the Norland High Court (NHC) Justice Mara Vell") speaks for that court.
A title the model took for an organisation ("the EU Trade Commissioner") is no party. Invented articles."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span

from briefing.analysis import analyse
from briefing.analysis.rules.parties.registry import build_registry
from briefing.lang import load_profile, speaking
from briefing.model import Article, Brief
from briefing.nlp import parse

PUB = dt.date(2026, 3, 10)


@cache
def brief_of(text: str) -> Brief:
    return analyse(Article(text=text, published=PUB))


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
BOARD_ORDERS_THE_UNION = (
    "The Harrow Cabin Crew Union said its walkout at Skylane would go on. The Norland Labour Relations Board "
    "ordered the union back to work on Sunday. The union said it would defy the order."
)


def test_the_one_fined_is_the_other_side_though_it_never_speaks() -> None:
    assert side_names(FINED_AND_SILENT) == {"Norland Markets Office", "Kestrel Airlines"}


def test_who_sues_and_who_is_sued_are_the_sides_not_the_commenting_mayor() -> None:
    assert side_names(SUED_WHILE_A_MAYOR_COMMENTS) == {"Tellport Dockers Guild", "Harbin Shipping Co"}


def test_a_labour_board_that_orders_a_side_is_not_made_a_side_by_its_orders() -> None:
    assert side_names(BOARD_ORDERS_THE_UNION) == {"Harrow Cabin Crew Union", "Skylane"}


def test_a_states_code_before_a_currency_sign_is_money_not_the_state() -> None:
    doc = parse("The Tellport Dockers Guild said the offer of US$ 2 million in back pay fell short.")
    with speaking(load_profile("en")):
        parties = build_registry(doc).parties
    assert "United States" not in parties, sorted(parties)


def test_a_judge_named_after_her_courts_acronym_speaks_for_the_court() -> None:
    doc = parse(
        "After the fines are paid, it is unclear whether Vell will lift the ban in Norland\n"
        "The Norland High Court (NHC) Justice Mara Vell Vell Friday ruled that Kestrel Media must pay a fine."
    )
    with speaking(load_profile("en")):
        persons = build_registry(doc).persons
    assert persons["Vell"].party == "NHC", {name: p.party for name, p in persons.items()}



def test_a_title_the_model_took_for_an_organisation_is_no_party() -> None:
    doc = parse("The EU Trade Commissioner has announced that Norland and Valdoria reached a deal on steel quotas.")
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 8, 9, label="GPE")]
    with speaking(load_profile("en")):
        parties = build_registry(doc).parties
    assert "EU Trade Commissioner" not in parties, sorted(parties)
    assert "European Union" in parties, sorted(parties)
