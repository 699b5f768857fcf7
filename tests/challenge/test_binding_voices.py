"""Challenge suite (issue #25, who says it): the voice behind a sentence is the one the text gives,
never a 'we' read as the writer or a party a speaker's own words press.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import points_of

# A long quote over two paragraphs: each paragraph opens with a mark and only the last would close
# it (here the excerpt ends first). Its 'we' is the quoted company's, not the union heard before.
RUNNING_QUOTE = (
    "The Corvane Dockers Union said on Monday that its members would walk out at midnight on Friday.\n"
    '"We have waited long enough for a fair offer," union president Ilse Marrow said.\n'
    "The Corvane Dockers Union says the shipping lines have ignored its claims for a year.\n"
    "The shipping lines sent their staff separate letters after the rally. Read the letter from Harlan "
    "Shipping chief Oren Tal:\n"
    '"We still hope to settle at the table and have tabled a better pension plan for the dockers.\n'
    '"We are ready to meet the union every day this week until a deal is done.\n'
)


def test_a_quote_running_over_paragraphs_is_its_speakers() -> None:
    union = points_of(RUNNING_QUOTE, "Dockers")
    assert not any("pension" in text or "every day" in text for text in union), union
    shipping = points_of(RUNNING_QUOTE, "Harlan")
    assert any("pension" in text or "every day" in text for text in shipping), shipping


# 'The alliance' takes up the party named last, but its words press that very party ('only if the
# Harmony Union Party ...'): a party sets no condition on itself, so the description is the other party.
PRESSED_IN_ITS_OWN_WORDS = (
    "The Meridian Front, an opposition coalition of four parties, has led street marches for two weeks.\n"
    "The ruling Harmony Union Party wants the marches to end before the joint committee meets again.\n"
    "In a letter signed by its co-chair Tomas Eder on Sunday, the coalition announced they will only end the "
    "marches if the Harmony Union Party removes two ministers from the joint committee.\n"
)


def test_a_description_whose_words_press_its_party_is_not_that_party() -> None:
    ruling = points_of(PRESSED_IN_ITS_OWN_WORDS, "Harmony")
    assert not any("end the marches" in text or "removes two ministers" in text for text in ruling), ruling
    assert any("before the joint committee meets" in text for text in ruling), ruling


# 'they' taken up as the party named last, though the clause has them meet that very party: the
# pronoun is the speaker's side (here a person the text gives no side), never the party they face.
FACES_ITS_PARTY = (
    "The Valdorian government on Monday invited striking nurses to talks at the health ministry.\n"
    "The Valdorian government said the ward closures would be reviewed within a month.\n"
    '"Not while wards are shut," Dalia Merrow said, and she added that they would refuse to meet the '
    "government while the strike goes on.\n"
)


def test_a_pronoun_is_not_the_party_its_clause_faces() -> None:
    government = points_of(FACES_ITS_PARTY, "Valdoria")
    assert not any("refuse to meet" in text or "wards are shut" in text for text in government), government
    assert any("reviewed within a month" in text for text in government), government


# A quote that goes on without its verb of saying is its speaker's; a line of it that only tells
# what another named party did is that party's act, no stance of the speaker's side.
ACT_TOLD_IN_A_QUOTE = (
    "Norland and Valdoria resumed their border talks in Geneva on Monday.\n"
    "Norland's president Ivo Brandt posted a message after the session, saying the talks had been hard.\n"
    '"The Ostrian mediators brought a fresh map of the crossings to the table. We set out our own terms '
    'for the crossings and will not give up the river port."\n'
    "Valdoria said it wanted the river port under joint control.\n"
)


def test_a_quoted_line_telling_another_partys_act_is_not_the_speakers_stance() -> None:
    norland = points_of(ACT_TOLD_IN_A_QUOTE, "Norland")
    assert not any("fresh map" in text for text in norland), norland
    assert any("river port" in text for text in norland), norland


# A broadcaster of a state outside the story that passes a quote on is only its frame: the quote
# stays with the minister heard just before, not an act of that state. A guard: it passes on the
# code before this round too, and fails once the reporting-verb check in statements.py is taken out.
QUOTE_FRAMED_BY_A_WIRE = (
    "Ostmark's fisheries minister Petra Halvik told the coastal assembly on Thursday that the quota ruling "
    "was a theft.\n"
    '"Not one boat leaves harbour while that ruling stands, and the joint commission will sit without '
    'Ostmark," the Vessarian state radio reported.\n'
    "The Norland government said the quota ruling was final.\n"
)


def test_a_quote_framed_by_a_wire_stays_with_its_voice() -> None:
    ostmark = points_of(QUOTE_FRAMED_BY_A_WIRE, "Ostmark")
    assert any("boat" in text or "joint commission" in text for text in ostmark), ostmark


# A speaker the text gives no side: what she says her side will do tells her side more than what
# she reports the other side did ('Valdoria had agreed ...'; 'Norland will drop ...').
OWN_UNDERTAKING = (
    "The quarrel over ore prices between Brightwater Mining and the steelmaker Tallis Steel is partly "
    "settled, Ana Kos announced on Tuesday.\n"
    "Kos said Tallis Steel had agreed to review the prices it set for the northern mines last year.\n"
    "In return, Brightwater Mining will drop its complaint to the trade tribunal, Kos said.\n"
    "Tallis Steel said the review would take three months.\n"
)


def test_a_speakers_side_is_the_one_whose_undertakings_she_announces() -> None:
    tallis = points_of(OWN_UNDERTAKING, "Tallis")
    assert not any("drop its complaint" in text for text in tallis), tallis
    brightwater = points_of(OWN_UNDERTAKING, "Brightwater")
    assert any("drop its complaint" in text for text in brightwater), brightwater
