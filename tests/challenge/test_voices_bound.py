"""Challenge suite (issue #25, who says it): a speaker introduced by a role of a side is bound to that
side, a personal name the model tags as an organisation stays a person, and a headline is no side's
point.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of, points_of, registry_with

# The owner of a speaker's role is a side named only by a description of its kind: "the watchdog" is
# the one regulating body the story names, never the firm it regulates.
WATCHDOG_CHAIR = (
    "Brannock Water takes watchdog to tribunal over bill cap\n\n"
    "The Northfold Utilities Authority ordered Brannock Water in May to trim its connection fees by a fifth. "
    "The watchdog said the cap would apply from January.\n\n"
    'Brannock Water says the cap is unlawful. "We were never given a fair hearing," chief executive Oren '
    "Pask said. Pask said Brannock would not cut its fees while the case was open.\n\n"
    "The watchdog's chair, Lena Morrow, rejected that argument. \"Households should not pay for pipes that "
    'were never laid," she told lawmakers on Monday. "The cap holds unless a judge tells us otherwise."\n'
)


def test_a_speaker_titled_by_the_watchdogs_role_speaks_for_the_watchdog() -> None:
    firm = points_of(WATCHDOG_CHAIR, "Brannock")
    assert not any("pipes" in text or "judge" in text for text in firm), firm
    authority = points_of(WATCHDOG_CHAIR, "Authority")
    assert any("pipes" in text for text in authority), authority


def test_the_first_person_of_the_watchdogs_chair_is_never_the_firm() -> None:
    firm = points_of(WATCHDOG_CHAIR, "Brannock")
    assert not any("tells Brannock" in text for text in firm), firm


# A researcher whose name the model tags as an organisation, then taken up by "she said".
ANALYST = (
    "The Tamari Front and Velika resumed talks on Monday. Omar Dessel, the front's chief negotiator, "
    "said the front would not sign a truce. Ruth Allegre, a fellow at the Harwick Centre, said she "
    'expected a short pause. "Each camp has to show its base a win," she said.'
)


def test_a_personal_name_tagged_as_an_organisation_and_taken_up_by_she_is_a_person() -> None:
    reg = registry_with(ANALYST, [("Ruth Allegre", "ORG")], keep_others=True)
    assert "Ruth Allegre" not in reg.parties, sorted(reg.parties)
    assert any(p.name == "Ruth Allegre" for p in reg.persons.values()), sorted(reg.persons)


def test_a_body_tagged_as_an_organisation_stays_a_party() -> None:
    text = 'The Harwick Institute said it expected a short pause. "Each camp needs a win," she said.'
    reg = registry_with(text, [("Harwick Institute", "ORG")], keep_others=True)
    assert "Harwick Institute" in reg.parties, sorted(reg.parties)


# A headline is the desk's words: squeezed into a few words, it is no side's statement or act.
HEADLINED = (
    "Velika rejects truce offer from the Tamari Front\n\n"
    "PORT ARLEN, March 9 - The Tamari Front said on Monday it would not sign a truce while government "
    "shelling of its villages continued.\n\n"
    "\"We came to talk, not to surrender,\" said Omar Dessel, the front's chief negotiator. Velika's "
    "interior minister, Ana Kroll, said the rebels must free every soldier first.\n"
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
    assert any("surrender" in text for text in points_of(HEADLINED, "Tamari")), brief.sides


# "Its members" in a third body's reported words are that body's members, not the side named last.
THIRD_BODYS_MEMBERS = (
    "The Eastmere Nurses Guild said its members would walk out on June 2 unless the Eastmere Hospitals Trust "
    "raised pay by 9%. The trust said it could offer 4%. A second union, the Ward Porters Union, which "
    "represents cleaners at the same hospitals, said it would not join the strike but that its members would "
    "refuse to cover for striking nurses."
)


def test_its_members_in_another_bodys_words_are_not_the_last_sides() -> None:
    trust = points_of(THIRD_BODYS_MEMBERS, "Trust")
    assert not any("cover" in text for text in trust), trust


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


# A speaker of one side telling the other side's move: the move is the mover's stance.
THE_OTHERS_MOVE = (
    "Norland and Valdoria are at odds over the fishing accord. Norland said it wanted the quotas cut by half. "
    "Norland's trade minister Ana Kroll said Valdoria had agreed to undertake a quick review of its port fees. "
    "Valdoria said it wanted the accord renewed."
)


def test_the_other_sides_move_told_by_a_speaker_is_the_movers() -> None:
    norland = points_of(THE_OTHERS_MOVE, "Norland")
    assert not any("review" in text for text in norland), norland
    valdoria = points_of(THE_OTHERS_MOVE, "Valdoria")
    assert any("agreed to undertake" in text for text in valdoria), valdoria


# "A spokesperson for X" serves X: 'for' after a speaking role names the employer, not a target.
SPOKESPERSON_FOR = (
    "The Dockers Guild and Velm Harbour Lines remain at odds over night shifts. Speaking on the radio, Maria "
    "Olsen, the spokesperson for Velm Harbour Lines, said the Dockers Guild had rejected every offer."
)


def test_a_spokesperson_for_a_side_speaks_for_it() -> None:
    guild = points_of(SPOKESPERSON_FOR, "Guild")
    assert not any("rejected every offer" in text for text in guild), guild
    lines = points_of(SPOKESPERSON_FOR, "Velm")
    assert any("rejected every offer" in text for text in lines), lines
