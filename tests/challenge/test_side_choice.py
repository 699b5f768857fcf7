"""Challenge suite (issue #25, class 1): the right two sides.

A group of people who speak ("the players said") is a party of its own unless the organisation that
stands for them is named; a name the model took for a person but the text calls a company is that
company. Invented articles."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.rules.parties.registry import build_registry
from briefing.analysis.rules.side_names import names_a_side
from briefing.analysis.rules.types import Party
from briefing.lang import load_profile, speaking
from briefing.nlp import parse

from . import brief_of


def side_names(text: str) -> list[str]:
    return [side.name for side in brief_of(text).sides]


PLAYERS_AND_THEIR_UNION = (
    "The Coastal Hockey League and the CHLPA failed to agree on a new contract on Monday. The union said "
    "the league had walked away from the table. The players said they would not report to training camp "
    "unless revenue sharing was restored. The Coastal Hockey League said its offer was final."
)
NURSES_BEFORE_THEIR_UNION = (
    "Nurses at Harbor General walked out on Tuesday. The nurses said they would stay out until staffing "
    "ratios were written into the contract. The Harbor Nurses Union, which represents 2,000 nurses, said "
    "the strike would go on. Harbor General said it had hired replacement staff."
)
GROUP_OF_THE_STATE = (
    "Doctors in Norland went on strike on Monday over pay. The doctors said they could not afford to come "
    "to work. The Norland Health Ministry said the strike was illegal and that it would not negotiate."
)


def test_a_group_whose_union_is_named_is_that_union() -> None:
    names = side_names(PLAYERS_AND_THEIR_UNION)
    assert not any(n.lower() == "players" for n in names), names
    assert "CHLPA" in names, names


def test_a_workforce_is_the_one_labour_union_named() -> None:
    names = side_names(NURSES_BEFORE_THEIR_UNION)
    assert any("Nurses Union" in n for n in names), names
    assert not any(n.lower() in ("nurses", "the nurses") for n in names), names


def test_a_group_named_with_a_state_is_not_the_states() -> None:
    names = side_names(GROUP_OF_THE_STATE)
    assert any("doctors" in n.lower() for n in names), names


TRADE_BODY_IN_PIECES = (
    "The Norland Apparel Makers and Sellers Association (NAMSA) said on Monday it would not raise wages. "
    "The NAMSA said the demand would close factories. The Norland Textile Workers Union said its members "
    "would strike until wages doubled."
)


def test_a_name_whose_acronym_spells_it_is_one_party() -> None:
    names = side_names(TRADE_BODY_IN_PIECES)
    assert "Norland Apparel Makers and Sellers Association" in names, names
    assert not any(n in ("Sellers Association", "Norland Apparel Makers") for n in names), names


def test_a_name_with_no_name_words_names_no_side() -> None:
    sides = [Party("Kestrel", "company"), Party("Norland", "state")]
    for empty in ("The", "the", "'s", ""):
        assert not names_a_side(empty, sides), empty
    assert names_a_side("Kestrel", sides)


HOME_STATE_AS_MODIFIER = (
    "The Swedish chipmaker Vexa said on Monday it would appeal the decision of the Finnish Competition Board. "
    "The board said the merger would raise prices. The Swedish chipmaker said it had offered remedies."
)


def test_a_state_named_as_a_companys_home_is_not_a_side() -> None:
    names = side_names(HOME_STATE_AS_MODIFIER)
    assert "Sweden" not in names, names
    assert "Vexa" in names, names


BOARD_NAMED_FOR_ITS_STATE = (
    "Portugal national rugby players went on strike on Monday over unpaid fees. Portugal Rugby Board CEO Tomas "
    "Ferreira said the players would be paid by Friday. The players said they would not return until the fees "
    "were paid. The board said the strike was illegal."
)


def test_a_body_whose_name_opens_with_its_state_is_not_the_state() -> None:
    brief = brief_of(BOARD_NAMED_FOR_ITS_STATE)
    names = [side.name for side in brief.sides]
    assert "Portugal" not in names, names
    assert "Portugal Rugby Board" in names and any("players" in n.lower() for n in names), names
    board = next(side for side in brief.sides if side.name == "Portugal Rugby Board")
    assert any("Ferreira" in actor for actor in board.actors), board.actors


BODY_NAMED_SHORT_AND_LONG = (
    "The Norway Exchequer on Monday extended the deadline for investors to sell their stakes in Kestrel Metals. "
    "Exchequer Secretary Dana Holt said the company must cut its ties to its owner. Kestrel Metals said it "
    "would comply. The Exchequer said the sanctions would stay in force until the owner gave up control."
)


def test_a_body_named_short_and_long_is_one_party() -> None:
    brief = brief_of(BODY_NAMED_SHORT_AND_LONG)
    names = [side.name for side in brief.sides] + [tp.name for tp in brief.third_parties]
    assert len([n for n in names if "Exchequer" in n]) == 1, names


LEAD_MEDIATOR = (
    "The government of Chad and the Northern Liberation Front have initialled a peace accord, negotiated under "
    'Swedish-led mediation over eight months. "This is a good day," Swedish Foreign Minister Ana Berg said on '
    'Friday. Berg said both sides had made concessions. "We will sign only when the army withdraws," said Front '
    "spokesman Idriss Saleh. The Front said it wanted guarantees. Berg said the accord would be signed next month."
)


def test_the_state_that_leads_the_mediation_is_not_a_side() -> None:
    names = side_names(LEAD_MEDIATOR)
    assert "Sweden" not in names, names
    assert "Northern Liberation Front" in names, names


UNNAMED_REBELS = (
    "Talks on a ceasefire in Chad stalled on Monday. The rebels rejected the government's offer and said they "
    "would keep fighting until political prisoners were freed. Chad's interior minister Mahamat Saleh said the "
    "government would not free anyone while the attacks went on. The rebels said they were ready to meet in Doha."
)


def test_rebels_no_named_group_stands_for_are_a_side() -> None:
    names = side_names(UNNAMED_REBELS)
    assert "Chad" in names and any("rebels" in n.lower() for n in names), names
    assert "Qatar" not in names, names


def test_a_name_the_model_cut_after_and_is_made_whole() -> None:
    """The model at times tags 'Pacific Dockers and' and 'Warehouse Union' as two entities."""
    doc = parse("Pacific Dockers and Warehouse Union negotiators met on Monday. The union said it would strike.")
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 5, label="ORG")]
    with speaking(load_profile("en")):
        parties = sorted(build_registry(doc).parties)
    assert parties == ["Pacific Dockers and Warehouse Union"], parties


def test_a_movement_named_in_the_plural_is_the_movement() -> None:
    doc = parse("A Zarqi spokesman said the deal did not cover other states. The Zarqis said they would keep fighting.")
    doc.ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 13, 14, label="ORG")]
    with speaking(load_profile("en")):
        parties = sorted(build_registry(doc).parties)
    assert parties == ["Zarqi"], parties
