"""Challenge suite (issue #25, class 1): a speaker belongs to the body their own title names, not to the
party written nearest to them.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of

# "an organiser with the guild": 'with' after a serving title names whom the holder serves.
WITH_THE_UNION = (
    "Contract talks between Orvale Mills and two textile unions stalled on Friday. "
    "The walkout will shut the Orvale Mills depots in Brackton and Selby, Tamsin Reyes, an organiser with "
    "the Northern Textile Workers Union, told the Valley Courier. "
    "\u201cWe will not go back until the night shifts are paid properly,\u201d Reyes said. "
    "Orvale Mills replied that its offer was generous."
)

# The parse hangs the name on the company's sites; the name's own title says whom she speaks for.
HUNG_ON_THE_SITES = (
    "Contract talks between Orvale Mills and two textile unions stalled on Friday. "
    "The walkout will impact Orvale facilities in Dunmore and Keswick, Tamsin Reyes, a representative "
    "with the Northern Textile Workers Union, told The Valley Courier. "
    "\u201cWe will not go back until the night shifts are paid properly,\u201d Reyes said. "
    "Orvale Mills replied that its offer was generous."
)

# Positive control: a name set beside a title noun takes the party of that noun.
BESIDE_A_TITLE = (
    "Talks between Norland and Valdoria on the fishing accord resumed on Monday. "
    "Valdoria's chief negotiator, Ana Berg, said the quotas had to be cut by half. "
    "Norland said it would not accept any cut before the autumn."
)


def _side_of(text: str, person: str) -> str | None:
    return next((s.name for s in brief_of(text).sides if any(person in a for a in s.actors)), None)


def test_a_title_with_a_union_makes_the_speaker_the_unions() -> None:
    assert _side_of(WITH_THE_UNION, "Reyes") == "Northern Textile Workers Union"


def test_a_name_hung_on_anothers_sites_keeps_its_own_title() -> None:
    assert _side_of(HUNG_ON_THE_SITES, "Reyes") == "Northern Textile Workers Union"
    company = next(s for s in brief_of(HUNG_ON_THE_SITES).sides if "Orvale" in s.name)
    assert not any("night shifts" in p.text for p in company.positions + company.preconditions)


def test_a_name_beside_a_title_noun_takes_its_party() -> None:
    assert _side_of(BESIDE_A_TITLE, "Berg") == "Valdoria"


# A company named once with its legal form ('Brellis Inc.') and then by its name alone, which the
# model takes for a person's; and a ministry written clipped ('Mincom') after its long name.
BUYER_AND_REGULATOR = (
    "Brellis Inc. asked Norland's Ministry of Commerce on Monday to approve its purchase of Kavo Systems. "
    "The ministry said the merger would hurt local chip makers. "
    "Brellis told its shareholders it had offered to sell two factories. "
    "Mincom said Brellis had to offer more before the deal could be cleared. "
    "Brellis said it would not sell its design unit."
)


def test_a_company_named_without_its_legal_form_is_the_same_side() -> None:
    brief = brief_of(BUYER_AND_REGULATOR)
    buyer = next((s for s in brief.sides if s.name.startswith("Brellis")), None)
    assert buyer is not None, [s.name for s in brief.sides]
    assert any("two factories" in p.text for p in buyer.positions), [p.text for p in buyer.positions]
    assert not any(tp.name.startswith("Brellis") for tp in brief.third_parties)


def test_a_clipped_name_is_the_body_it_is_clipped_from() -> None:
    brief = brief_of(BUYER_AND_REGULATOR)
    assert len(brief.sides) == 2 and not any(s.name == "Mincom" for s in brief.sides), [s.name for s in brief.sides]
    ministry = next(s for s in brief.sides if "Ministry" in s.name)
    assert not any("factories" in p.text or "design unit" in p.text for p in ministry.positions)
    said = [p.text for p in ministry.positions + ministry.preconditions]
    assert any("offer more" in text for text in said), said


# Positive control: a word of initials ('Pnud') is an acronym, not a clip, even when the long name it
# stands for opens with a state's name and is filed under that state.
INITIALS_OF_A_UNION = (
    "Talks between the Callao Port Company and the Peru National Union of Dockers broke down on Monday. "
    "Pnud said its members would stay off the quays until the night rates were doubled. "
    "The Callao Port Company said the demand would ruin it. "
    "Pnud said it would not sign a one-year deal."
)


def test_a_word_of_initials_is_not_clipped_into_a_state() -> None:
    names = [s.name for s in brief_of(INITIALS_OF_A_UNION).sides]
    assert "Peru" not in names, names


# A union whose name opens with capitals ('GS Verkstad'), which the model at times tags as a person.
NAME_OPENING_WITH_CAPITALS = (
    "The dispute between Norrvik Motors and GS Verkstad has dragged on since the spring. "
    "GS Verkstad\u2019s pickets will stay at the gates while the night bonus remains frozen. "
    "Norrvik Motors said the bonus was a matter for each plant manager. "
    "GS Verkstad said the walkout would spread to the ports next month. "
    "GS Verkstad has also asked dockworkers to refuse the company\u2019s cars."
)

# Positive control: a person known by initials is shortened to the surname, as people are.
A_PERSON_WITH_INITIALS = (
    "Talks between Norrvik Motors and the Verkstad Workers Union resumed on Monday. "
    "JD Harlan, the union's chief negotiator, said the night shifts had to be paid double. "
    "Norrvik Motors said it would not pay more this year. "
    "Harlan said the union would strike next month."
)


def test_a_name_opening_with_capitals_is_a_body_not_a_person() -> None:
    brief = brief_of(NAME_OPENING_WITH_CAPITALS)
    assert [s.name for s in brief.sides].count("GS Verkstad") == 1, [s.name for s in brief.sides]


def test_a_person_with_initials_stays_a_person() -> None:
    brief = brief_of(A_PERSON_WITH_INITIALS)
    union = next(s for s in brief.sides if "Union" in s.name)
    assert any("Harlan" in a for a in union.actors), union.actors


def test_the_agent_of_what_was_done_to_a_person_is_not_their_party() -> None:
    """'a skipper who was held by Russian coastguards': the state that held him is not whom he speaks for."""
    from briefing.analysis.rules.parties.registry import build_registry
    from briefing.nlp import load_model

    text = (
        "Norway and Russia have argued over fishing quotas since January. "
        "Ivo Marek, a trawler skipper who was held by Russian coastguards in May, said the crews would stay "
        "in port."
    )
    reg = build_registry(load_model()(text))
    assert reg.persons["Marek"].party != "Russia", reg.persons["Marek"].party


def test_a_title_of_a_party_still_binds_beside_a_passive_clause() -> None:
    """Positive control: the body in the title itself still binds ('a Norwegian skipper who was held')."""
    from briefing.analysis.rules.parties.registry import build_registry
    from briefing.nlp import load_model

    text = (
        "Norway and Russia have argued over fishing quotas since January. "
        "Ivo Marek, a Norwegian official who was questioned by reporters in May, said the quotas were unfair."
    )
    reg = build_registry(load_model()(text))
    assert reg.persons["Marek"].party == "Norway", reg.persons["Marek"].party
