"""Challenge suite (issue #25, class 1): a company the model takes for a person is still a party.

The small English model often tags a two-word company name as a PERSON. A name a title belongs to
('chief executive of X') is an office, not a person; so is one always written whole whose own words
call it 'it'. Invented articles; the first case failed before the mechanism landed."""

from __future__ import annotations

from . import brief_of

FARM_LICENCE = (
    "The Kessel Fishers' Guild and Orrin Aquafarms are locked in a fight over a salmon farm licence. "
    "On Monday the Northmoor High Court granted the guild an injunction that halts work at the farm. "
    "The High Court said the licence had been issued without a proper survey of the bay. "
    "The High Court ordered Orrin Aquafarms to stop stocking the pens until a full hearing in July. "
    "Orrin Aquafarms said it would obey the order but would appeal. "
    '"We will not walk away from a project we have spent six years on," said Mara Quell, chief executive '
    "of Orrin Aquafarms. "
    "The guild said it would only meet the company if the pens stay empty. "
    "The High Court will hold the full hearing on July 14."
)


def test_a_company_holding_a_title_and_called_it_is_a_side() -> None:
    brief = brief_of(FARM_LICENCE)
    names = [s.name for s in brief.sides]
    assert "Orrin Aquafarms" in names, names


def test_the_person_holding_the_title_stays_a_person_and_speaks_for_it() -> None:
    # positive control: the chief executive is still a person, the company's speaker
    brief = brief_of(FARM_LICENCE)
    company = next(s for s in brief.sides if s.name == "Orrin Aquafarms")
    assert any("Quell" in a for a in company.actors), company.actors
