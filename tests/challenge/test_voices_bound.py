"""Challenge suite (issue #25, who says it): a speaker introduced by a role of a side is bound to that
side, a personal name the model tags as an organisation stays a person, and a headline is no side's
point.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of, points_of, registry_with

# The owner of a speaker's role is a side named only by a description of its kind: "the watchdog" is
# the one regulating body the story names, never the firm it regulates.
WATCHDOG_DEPUTY = (
    '"Every loaf left on a shelf after Friday means a fine for us to collect," the watchdog\'s deputy head, '
    "Ilse Varga, told a radio station on Wednesday. Corvell Bakeries has until Friday to recall its rye loaves "
    "under a ruling by the Southmark Food Standards Authority. Corvell's managing director, Pieter Ames, said "
    "the chain would ask for a second test."
)


def test_a_speaker_titled_by_the_watchdogs_role_speaks_for_the_watchdog() -> None:
    bakery = points_of(WATCHDOG_DEPUTY, "Corvell")
    assert not any("loaf" in text for text in bakery), bakery
    authority = points_of(WATCHDOG_DEPUTY, "Authority")
    assert any("loaf" in text for text in authority), authority


def test_the_first_person_of_the_watchdogs_deputy_is_never_the_firm() -> None:
    bakery = points_of(WATCHDOG_DEPUTY, "Corvell")
    assert not any("for Corvell" in text for text in bakery), bakery
    assert any("second test" in text for text in bakery), bakery  # the bakery's own line stays
    authority = points_of(WATCHDOG_DEPUTY, "Authority")
    assert any("Authority to collect" in text for text in authority), authority


# An economist whose name the model tags as an organisation, quoted first, then taken up by "She".
ANALYST = (
    'Tariffs between Norland and Valdoria rose again on Monday. "Neither capital will blink before its '
    'elections," said Ruth Allegre, who teaches trade law in Ostravel. She added that the duties would last '
    "until the autumn."
)


def test_a_personal_name_tagged_as_an_organisation_and_taken_up_by_she_is_a_person() -> None:
    reg = registry_with(ANALYST, [("Ruth Allegre", "ORG")], keep_others=True)
    assert "Ruth Allegre" not in reg.parties, sorted(reg.parties)
    assert any(p.name == "Ruth Allegre" for p in reg.persons.values()), sorted(reg.persons)


def test_a_body_tagged_as_an_organisation_stays_a_party() -> None:
    text = 'The Harwick Institute said it expected a short pause. "The figures speak for themselves," she said.'
    reg = registry_with(text, [("Harwick Institute", "ORG")], keep_others=True)
    assert "Harwick Institute" in reg.parties, sorted(reg.parties)


# A headline is the desk's words: squeezed into a few words, it is no side's statement or act.
HEADLINED = (
    "Norland turns down Valdoria's steel quota plan\n\n"
    "OSTRAVEL, March 9 - Valdoria asked on Monday for a yearly cap of two million tonnes on steel from Norland. "
    "Norland's economy ministry said the cap broke the customs treaty.\n\n"
    '"A treaty is not a menu," said Ivo Rask, Norland\'s economy minister, after a cabinet meeting.\n'
)


def test_the_headline_is_no_sides_point() -> None:
    headline_end = HEADLINED.index("\n")
    brief = brief_of(HEADLINED)
    in_headline = [
        item.text
        for side in brief.sides
        for item in side.positions + side.preconditions
        if any(ev.start < headline_end for ev in item.evidence)
    ]
    assert in_headline == [], in_headline
    assert any("menu" in text for text in points_of(HEADLINED, "Norland")), brief.sides


# A third body's words about its members are that body's, not the side named last.
THIRD_BODYS_MEMBERS = (
    "The Velm Dockers Union and Velm Harbour Lines have been at odds over night shifts since January. The union "
    "said its members would strike next week. Velm Harbour Lines said the shifts were needed to keep the port "
    "open. In a letter to port users, the Estuary Pilots Guild wrote that its members would decline night "
    "pilotage until the channel lights were fixed."
)


def test_its_members_in_another_bodys_words_are_not_the_last_sides() -> None:
    lines = points_of(THIRD_BODYS_MEMBERS, "Harbour")
    assert not any("pilotage" in text or "strike" in text for text in lines), lines
    assert any("port open" in text for text in lines), lines  # the company's own line stays


# A titled person named later without the title: the party of the statement just before is not theirs.
UNTITLED_LATER = (
    "Norland and Valdoria met on Monday to settle a row over port fees. The fees were imposed in March by "
    "President Ana Kroll. Valdoria's foreign minister Ivo Rask said Valdoria would not pay the new fees. "
    '"The fees stay until the trawlers are gone, and there is no hurry," Kroll wrote on social media. '
    "Norland said the fees were lawful."
)


def test_a_name_without_its_title_does_not_take_the_party_of_the_voice_before() -> None:
    valdoria = points_of(UNTITLED_LATER, "Valdoria")
    assert not any("trawlers" in text for text in valdoria), valdoria
    assert any("not pay" in text for text in valdoria), valdoria  # Valdoria's own line stays


# A speaker of one side telling the other side's move: the move is the mover's stance.
THE_OTHERS_MOVE = (
    "Norland and Valdoria are at odds over the fishing accord. Norland said it wanted the quotas cut by half. "
    "Ana Kroll, Norland's trade minister, said in parliament that Valdoria had offered to open two of its ports "
    "to Norland's trawlers in May. Valdoria said it wanted the accord renewed."
)


def test_the_other_sides_move_told_by_a_speaker_is_the_movers() -> None:
    norland = points_of(THE_OTHERS_MOVE, "Norland")
    assert not any("ports" in text for text in norland), norland
    valdoria = points_of(THE_OTHERS_MOVE, "Valdoria")
    assert any("offered to open" in text for text in valdoria), valdoria


# "A spokesperson for X" serves X: 'for' after a speaking role names the employer, not a target.
SPOKESPERSON_FOR = (
    "The Dockers Guild and Velm Harbour Lines remain at odds over night shifts. Maria Olsen, the spokesperson "
    "for Velm Harbour Lines, wrote on Friday that the Dockers Guild had rejected every offer."
)


def test_a_spokesperson_for_a_side_speaks_for_it() -> None:
    guild = points_of(SPOKESPERSON_FOR, "Guild")
    assert not any("rejected every offer" in text for text in guild), guild
    lines = points_of(SPOKESPERSON_FOR, "Velm")
    assert any("rejected every offer" in text for text in lines), lines


# A stance noun another party turns down is told as the rejecter's act, never as the owner's stance.
TURNED_DOWN = (
    "The Velm Dockers Union and Velm Harbour Lines have been at odds over night shifts since January. Velm "
    "Harbour Lines said the shifts were needed to keep the port open. Late on Tuesday the union rebuffed the "
    "company's offer of a one-off bonus for night work."
)


def test_an_offer_turned_down_is_no_stance_of_its_owner_in_that_sentence() -> None:
    lines = points_of(TURNED_DOWN, "Harbour")
    assert not any("rebuffed" in text for text in lines), lines
    assert any("port open" in text for text in lines), lines  # the company's own line stays


# "Its members" under a verb of saying that shares its subject with the verb before ('the union
# spurned ... and said its members would ...'): the shared subject says it, not the party named last.
SHARED_SUBJECT = (
    "The Velm Dockers Union and Velm Harbour Lines have been at odds over night shifts since January. Velm "
    "Harbour Lines said the shifts were needed to keep the port open. On Tuesday the union spurned the "
    "company's offer to split the shifts into two halves and said its members would strike next week."
)


def test_its_members_under_a_coordinated_verb_of_saying_are_its_subjects() -> None:
    lines = points_of(SHARED_SUBJECT, "Harbour")
    assert not any("strike" in text for text in lines), lines
    assert any("port open" in text for text in lines), lines  # the company's own line stays


# An organisation the model runs on into the verb after it is named short of the verb; and a firm
# named in full once, then by its first word, is one party, so its chief's words stay its own.
RUN_ON_NAME = (
    "Union leaders met on Monday after Tarrow Motors dismissed forty welders. Tarrow said the dismissals "
    "were final. The welders' union said it would call a stoppage."
)


def test_an_organisation_tagged_into_the_next_verb_is_named_short_of_it() -> None:
    reg = registry_with(RUN_ON_NAME, [("Tarrow Motors dismissed forty", "ORG")], keep_others=True)
    assert "Tarrow Motors" in reg.parties, sorted(reg.parties)
    assert not any("dismissed" in name for name in reg.parties), sorted(reg.parties)


def test_a_firm_named_by_its_first_word_is_the_firm() -> None:
    reg = registry_with(RUN_ON_NAME, [("Tarrow Motors", "ORG"), ("Tarrow said", "ORG")], keep_others=True)
    assert "Tarrow" not in reg.parties, sorted(reg.parties)
    assert "Tarrow" in reg.parties["Tarrow Motors"].aliases, sorted(reg.parties)


# A teller's grievance told with a verb of a move ('had offered nothing new') stays the teller's line,
# and the teller stays a side.
EMPTY_OFFER = (
    "Norland and Valdoria ended a third round of fishing talks on Thursday. Speaking to reporters at the "
    "harbour, Ana Kroll, Norland's fisheries minister, said Valdoria had offered nothing new. Valdoria said "
    "it would table a fresh quota map in April."
)


def test_an_empty_offer_told_by_a_side_stays_its_grievance() -> None:
    norland = points_of(EMPTY_OFFER, "Norland")
    assert any("nothing new" in text for text in norland), norland
    valdoria = points_of(EMPTY_OFFER, "Valdoria")
    assert not any("nothing new" in text for text in valdoria), valdoria
    assert any("quota map" in text for text in valdoria), valdoria


# "The watchdog" never takes up a side whose name only ends like a body's ('... Board', '... Office').
BOARD_AND_WATCHDOG = (
    "The Kessel Port Board and the Kessel Dockers Guild are split over night shifts. The Kessel Port Board "
    "said the shifts would start in June. The guild said its members would not work them. The safety "
    "watchdog said on Friday that the night shifts were safe."
)


def test_the_watchdogs_words_are_no_port_boards() -> None:
    board = points_of(BOARD_AND_WATCHDOG, "Board")
    assert not any("were safe" in text for text in board), board
    assert any("June" in text for text in board), board


# What a question supposes of a party ('asked whether Valdoria would sign ...') is no stance of it.
ASKED = (
    "Norland and Valdoria met again on Tuesday over grazing rights. Norland said it would keep its levy on "
    "herds for now. A spokesman, asked whether Valdoria would sign the grazing pact if the levy went, said "
    "the talks would resume in May."
)


def test_what_a_question_supposes_is_no_stance() -> None:
    brief = brief_of(ASKED)
    supposed = [
        item.text for side in brief.sides for item in side.positions + side.preconditions if "pact" in item.text
    ]
    assert supposed == [], supposed
    assert any("levy" in text for text in points_of(ASKED, "Norland")), brief.sides


# "The safety watchdog" is a body of its own: never the port operator whose name ends in "Authority".
PORT_AUTHORITY = (
    "The Kessel Port Authority and the Kessel Dockers Guild are split over night shifts. The Kessel Port "
    "Authority said the shifts would start in June. The guild said its members would not work them. The "
    "safety watchdog said on Friday that the night shifts were safe."
)


def test_a_described_watchdog_is_no_side_named_authority() -> None:
    port = points_of(PORT_AUTHORITY, "Port")
    assert not any("were safe" in text for text in port), port
    assert any("June" in text for text in port), port


# A move told with a later restriction ('but only in May') is still the mover's move.
A_MOVE_WITH_A_DATE = (
    "Norland and Valdoria are at odds over the fishing accord. Norland said it wanted the quotas cut by half. "
    "Ana Kroll, Norland's trade minister, said in parliament that Valdoria had offered to open two of its "
    "ports, but only in May. Valdoria said it wanted the accord renewed."
)


def test_a_move_with_a_later_restriction_stays_the_movers() -> None:
    valdoria = points_of(A_MOVE_WITH_A_DATE, "Valdoria")
    assert any("offered to open" in text for text in valdoria), valdoria
    norland = points_of(A_MOVE_WITH_A_DATE, "Norland")
    assert not any("offered to open" in text for text in norland), norland
    assert any("quotas" in text for text in norland), norland
