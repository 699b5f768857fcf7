"""Challenge suite (issue #25, class 1): onlookers are not the sides.

A court or tribunal that hears the case, a campaigning group that comments on it, and a speaker
whose words set two other parties side by side all look on at a dispute; the two that strike, sue,
bid or refuse each other are its sides. A body the text contests (a regulator whose ruling the
bidder appeals) stays a side. Invented articles."""

from __future__ import annotations

from . import brief_of


def side_names(text: str) -> list[str]:
    return [side.name for side in brief_of(text).sides]


COURT_HEARS_THE_CASE = (
    "The Riverside Nurses Union and Eastfield Health are at odds over staffing. The Labour Court will hear the "
    "case on Friday, a court official said. The judge said the hearing would take two days. The union said it "
    "would strike unless the hospital hired 200 nurses. Eastfield Health said it could not afford the demand."
)


def test_a_court_that_hears_the_case_is_no_side() -> None:
    names = side_names(COURT_HEARS_THE_CASE)
    assert "Labour Court" not in names, names
    assert "Riverside Nurses Union" in names and "Eastfield Health" in names, names


COURT_ORDERS_A_SIDE = (
    "The Harbour Dockers Guild began a strike at Portline Terminals on Monday. The High Court of Norland granted "
    "Portline an injunction on Wednesday, ordering the guild to end the walkout. Justice Mara Velden said the "
    "strike threatened supplies of medicine. The guild said it would appeal the ruling and keep picketing. "
    "Portline said it was ready to resume talks once the dockers returned to work."
)


def test_a_union_and_an_employer_stay_the_sides_when_a_court_orders_one_of_them() -> None:
    names = side_names(COURT_ORDERS_A_SIDE)
    assert sorted(names) == ["Harbour Dockers Guild", "Portline"], names


REGULATOR_APPEALED = (
    "Kestrel Foods said on Tuesday it would appeal the Norland Markets Authority's decision to block its "
    "takeover of Bramley Farms. The authority said the deal would raise prices for shoppers. Kestrel said the "
    "regulator had ignored its offer to sell 40 stores. The authority said it would defend its ruling in court."
)


def test_a_regulator_whose_ruling_is_appealed_stays_a_side() -> None:
    names = side_names(REGULATOR_APPEALED)
    assert "Norland Markets Authority" in names and "Kestrel Foods" in names, names


REGULATOR_REVIEWS_A_MERGER = (
    "The Norland Markets Authority said on Tuesday it would review the merger of Kestrel Foods and Bramley Farms. "
    "The authority said it would decide by June. Kestrel Foods said the deal would cut prices. The Bramley board "
    "rejected the revised offer from Kestrel Foods, saying it undervalued the company."
)


def test_a_regulator_that_only_reviews_a_deal_between_two_others_is_no_side() -> None:
    names = side_names(REGULATOR_REVIEWS_A_MERGER)
    assert "Norland Markets Authority" not in names, names
    assert "Kestrel Foods" in names, names


CAMPAIGNERS_COMMENT = (
    "Norland and Valdoria could not agree on the river dam on Tuesday. Norland said it would not stop filling the "
    "reservoir. Valdoria said the dam would cut its water supply. Blue Fen, an environmental group, warned that "
    "wetlands would dry out. Blue Fen said it would campaign against the project. Blue Fen said both governments "
    "had ignored science. Blue Fen director Tom Asker said fish stocks would collapse."
)


def test_a_campaigning_group_that_comments_is_no_side() -> None:
    names = side_names(CAMPAIGNERS_COMMENT)
    assert sorted(names) == ["Norland", "Valdoria"], names


RIGHTS_BODY_BY_NAME = (
    "Talks between the Kestrel Transit Authority and the Bus Drivers Union broke down on Monday, and the union "
    "said it would strike on Friday unless wages rose by 7 percent. Harbour Rights Watch said the drivers' hours were "
    "unsafe. Harbour Rights Watch said the city should act. Harbour Rights Watch said passengers were at risk."
)


def test_a_campaigning_body_by_its_name_is_no_side() -> None:
    names = side_names(RIGHTS_BODY_BY_NAME)
    assert "Harbour Rights Watch" not in names, names


PREMIER_TELLS_OF_THE_TWO = (
    "Tessaly's premier Jon Arke said on Monday that film work was leaving the region. Fresh talks between the Screen "
    "Crews Guild and Brightwater Studios should start before the weekend, Arke said. Arke said the region had lost "
    "two big shoots. Camera crews at Brightwater Studios walked out last week. Brightwater Studios said the guild's "
    "cap on shifts would double its costs."
)


def test_a_speaker_who_tells_of_two_others_is_no_side() -> None:
    names = side_names(PREMIER_TELLS_OF_THE_TWO)
    assert "Tessaly" not in names, names
    assert "Screen Crews Guild" in names and "Brightwater Studios" in names, names


GROUP_NAMED_BESIDE_ITS_NOUN = (
    "Norland and Valdoria could not agree on the river dam on Tuesday. Norland said it would not stop filling the "
    "reservoir. Valdoria said the dam would cut its water supply. The environmental group Blue Fen said the dam "
    "would destroy wetlands."
)


def test_a_description_with_a_name_beside_it_speaks_for_that_name() -> None:
    """'The environmental group Blue Fen said': the group is Blue Fen, not the state named before it."""
    brief = brief_of(GROUP_NAMED_BESIDE_ITS_NOUN)
    points = [it.text for side in brief.sides for it in side.positions + side.preconditions]
    assert not any("wetlands" in p for p in points), points
    assert sorted(side.name for side in brief.sides) == ["Norland", "Valdoria"]


COMPANY_OFFICER_AFTER_A_RULING = (
    "The Harbour Dockers Guild and Portline Terminals have been at odds over pay since March. On Tuesday the Labour "
    'Court ordered Portline to reinstate 40 dismissed dockers. "We will appeal this ruling," managing director Sam '
    "Reyes said. The guild said it would strike if the dockers were not back at work by Friday."
)


def test_a_managing_director_never_speaks_for_the_court_named_before_him() -> None:
    brief = brief_of(COMPANY_OFFICER_AFTER_A_RULING)
    court = [side for side in brief.sides if "Court" in side.name]
    assert not any("Reyes" in actor for side in court for actor in side.actors), [s.actors for s in court]
    assert not any("appeal" in it.text for side in court for it in side.positions), [s.positions for s in court]


AGENCY_NAMED_FOR_THE_ENVIRONMENT = (
    "The Norland Environmental Protection Agency fined Kestrel Mining on Monday for polluting the "
    "Arle river. The agency said the mine must close its tailings dam by June. Kestrel Mining said the fine was "
    "unlawful. The agency said it would not extend the deadline."
)


def test_a_public_agency_with_a_campaigning_word_in_its_name_stays_a_side() -> None:
    names = side_names(AGENCY_NAMED_FOR_THE_ENVIRONMENT)
    assert any("Kestrel" in n for n in names) and any("Agency" in n for n in names), names


FIGHTS_A_MERGER = (
    "The Port Workers Union has vowed to fight the planned merger of Harlow Lines and Fenwick Shipping. The "
    "union said the merger of Harlow Lines and Fenwick Shipping would cost 600 jobs on the docks. "
    "Harlow Lines said the deal would make both lines stronger. Fenwick Shipping said it expected the deal "
    "to close in May. The union said it would strike if the merger went ahead."
)


def test_a_union_fighting_the_merger_of_two_firms_is_a_side_not_an_onlooker() -> None:
    """Naming 'the merger of A and B' is the union's own fight, not a view from outside."""
    brief = brief_of(FIGHTS_A_MERGER)
    names = [side.name for side in brief.sides]
    assert "Port Workers Union" in names, names
    assert "Port Workers Union" not in [tp.name for tp in brief.third_parties]


PROTESTS_THE_TALKS = (
    "Growers in Tessaly have blocked roads to protest against the grain pact. The Tessaly Growers Alliance said "
    "the talks between Tessaly and Morvane ignored small farms. The Tessaly government said the pact would help "
    "exporters. Morvane said it would sign the pact in June. The alliance said its members would keep the roads "
    "blocked until the pact is dropped."
)


def test_a_body_protesting_the_talks_of_two_states_stays_a_side() -> None:
    names = side_names(PROTESTS_THE_TALKS)
    assert "Tessaly Growers Alliance" in names, names


NEGOTIATORS_TOLD_FROM_OUTSIDE = (
    "The Valmont Drivers Union and Corran Freight resumed talks on Tuesday over pay. Mayor Ilse Varga said she had "
    "met union and Corran Freight negotiators at city hall and hoped for a deal by Friday. The union said it wanted "
    "a 9 percent rise. Corran Freight said it could offer 4 percent."
)


def test_a_mayor_naming_both_teams_at_the_table_stays_an_onlooker() -> None:
    """Positive control: the teams at one table named from outside still mark an onlooker."""
    names = side_names(NEGOTIATORS_TOLD_FROM_OUTSIDE)
    assert "Valmont Drivers Union" in names and "Corran Freight" in names, names
