"""Sides under their right names, with their own speakers:
- a brand set in apposition to a product noun ('its sleep pill Dormina') is the maker's product, so
  the maker is the side (controls: a company in apposition to a noun that is no product stays a party,
  and so does a maker that acts right after a product noun, 'the pill Korran sells');
- a short company name that is written before a title and a named person ('Brisa Chief Executive
  Omar Petit') employs that person: it is a company, not a person, whatever pronoun follows;
- a company's short name the model takes for a town ('Tarvo Mining' ... 'Tarvo said') is that
  company, not a second side against it (control: a town named 'in Tarvo' stays a place);
- the whole name of an untagged body ('the Lund Valley Growers Council') is kept, not its tail;
- 'Chief Steward Ana Berg' has a title that names no body: she speaks for the body just speaking;
- a minister whose portfolio is not that of the story's one ministry speaks for the government
  both serve, and that ministry is the government's own organ, no third party (control: the
  minister of that ministry speaks for it); 'the government of Ostmark' is Ostmark's;
- a party that pays for its own project is its owner and a side, not a backer (control: a
  development bank that lends for the project stays a third party);
- a company noun written right before a name the model took for a person ('rental firm Kavro')
  makes it a company (control: 'Company spokesman Rune Dahl' stays a person);
- 'its chairwoman' after a quotation is the body that spoke before the quote, not a name inside it.
Invented articles."""

from __future__ import annotations

from briefing.analysis.rules.types import Registry

from . import brief_of


def side_names(text: str) -> list[str]:
    return sorted(side.name for side in brief_of(text).sides)


def third_party_names(text: str) -> list[str]:
    return [tp.name for tp in brief_of(text).third_parties]


def speakers_of(text: str, name_word: str) -> list[str]:
    return [sp for side in brief_of(text).sides if name_word.lower() in side.name.lower() for sp in side.actors]


# 1. A brand in apposition to a product noun
SLEEP_PILL_PRICE_ROW = (
    "Brisa Pharma has stopped shipping its sleep pill Dormina to Tavel, the company said on Monday, after the Tavel "
    "Health Fund capped its price. The fund said the cap was fair. Brisa said the cap ignored the cost of its "
    "trials. Dormina is taken by 90,000 people. The fund said it would review prices next year."
)


def test_a_brand_in_apposition_to_its_product_noun_is_no_side() -> None:
    names = side_names(SLEEP_PILL_PRICE_ROW)
    assert "Dormina" not in names
    assert any("Brisa" in name for name in names)
    assert "Dormina" not in third_party_names(SLEEP_PILL_PRICE_ROW)


PARTNER_IN_APPOSITION = (
    "Brisa Pharma is suing its former partner Caldwin Labs over a vaccine patent, the company said on Monday. Caldwin "
    "Labs said the claim had no merit and it would fight it in court. Brisa said Caldwin Labs owed it 40 million "
    "euros. Caldwin Labs said it would not pay."
)


def test_a_company_in_apposition_to_a_noun_that_is_no_product_stays_a_side() -> None:
    """Positive control: 'its former partner Caldwin Labs' is a party, not a thing Brisa sells."""
    assert any("Caldwin" in name for name in side_names(PARTNER_IN_APPOSITION))


A_MAKER_AFTER_ITS_PRODUCT_NOUN = (
    "The Tavel Health Fund has refused to pay the price Korran Biotech asks for a new eczema drug, the fund said "
    "on Monday. Doctors questioned the pill Korran sells in Tavel, saying it was no better than older ones. Korran "
    "said the fund ignored the cost of its trials. The fund said it would not pay more than other countries paid."
)


def test_a_maker_that_acts_after_its_product_noun_stays_a_side() -> None:
    """Positive control: in 'the pill Korran sells', the name after the product noun is the subject
    of its own clause, the maker, not the product: the company stays a side."""
    assert any("Korran" in name for name in side_names(A_MAKER_AFTER_ITS_PRODUCT_NOUN))


# 2. A name that employs a titled person
EMPLOYER_BEFORE_A_PRONOUN = (
    "The Tavel Health Fund and Brisa have argued for months over the price of a new asthma inhaler. Brisa Chief "
    "Executive Omar Petit called the fund's offer unworkable on Monday. At a hearing in parliament, fund chair Nadia "
    "Orr defended the offer, which Brisa says ignores the cost of its trials. She said the fund would not pay any "
    "price a seller named."
)


def test_a_name_that_employs_a_titled_person_is_a_company_not_a_person() -> None:
    names = side_names(EMPLOYER_BEFORE_A_PRONOUN)
    assert "Brisa" in names
    assert "Omar Petit" in speakers_of(EMPLOYER_BEFORE_A_PRONOUN, "Brisa")


# 3. A company's short name taken for a town
def registry_of(text: str, company: str, short: str) -> Registry:
    """The registry with the company's long name tagged ORG and each bare short name GPE, as the model
    tags a company name it does not know."""
    from spacy.tokens import Span

    from briefing.analysis.rules.parties.registry import build_registry
    from briefing.nlp import load_model

    doc = load_model()(text)
    n = len(company.split())
    spans = [Span(doc, t.i, t.i + n, label="ORG") for t in doc if doc[t.i : t.i + n].text == company]
    inside = {i for s in spans for i in range(s.start, s.end)}
    spans += [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == short and t.i not in inside]
    doc.ents = sorted(spans, key=lambda s: s.start)
    return build_registry(doc)


SHORT_NAME_TAKEN_FOR_A_TOWN = (
    "Tarvo Mining lost a court ruling on Tuesday that halts blasting at its Redhill quarry. Tarvo plans to appeal, a "
    "spokesman said. Tarvo rejected the farmers' claim that dust had ruined their crops. The farmers want the quarry "
    "shut until autumn. Tarvo's shares fell 2 percent."
)


def test_a_companys_short_name_is_that_company_not_a_second_party() -> None:
    reg = registry_of(SHORT_NAME_TAKEN_FOR_A_TOWN, "Tarvo Mining", "Tarvo")
    assert "Tarvo" not in reg.parties
    assert "Tarvo" in reg.parties["Tarvo Mining"].aliases


TOWN_AND_ITS_NAMESAKE_FIRM = (
    "Tarvo Mining and the union at its Redhill quarry are at odds over night shifts. In Tarvo, shops closed for the "
    "strike on Monday. The union threatened another strike unless night shifts ended. Tarvo said the town wanted "
    "a deal. Tarvo Mining said the shifts were safe."
)


def test_a_town_named_as_a_place_is_not_taken_for_the_company() -> None:
    """Positive control: a name also written 'in Tarvo' is a town's, and stays apart from the firm."""
    reg = registry_of(TOWN_AND_ITS_NAMESAKE_FIRM, "Tarvo Mining", "Tarvo")
    assert "Tarvo" in reg.parties
    assert "Tarvo" not in reg.parties["Tarvo Mining"].aliases


# 4. A bare title
CHIEF_STEWARD_SPEAKS = (
    "The Lund Valley Growers Council said on Sunday it would keep up its blockade of the quarry road. Chief Steward "
    "Ana Lindqvist said the blockade would end when Tarvo Mining stopped blasting. Tarvo Mining said it would "
    "appeal. Tarvo Mining said the quarry was safe."
)


def test_a_title_that_names_no_body_speaks_for_the_body_just_speaking() -> None:
    assert any("Ana Lindqvist" in who for who in speakers_of(CHIEF_STEWARD_SPEAKS, "Growers"))
    assert not any("Ana Lindqvist" in who for who in speakers_of(CHIEF_STEWARD_SPEAKS, "Tarvo"))


# 5. A minister of another portfolio
MINISTER_OF_ANOTHER_PORTFOLIO = (
    "A prisoner exchange between Velessia's government and the Coastal Liberation Front slipped to next month, the "
    "Southern Lakes Forum, which chairs the talks, said on Monday. Interior Minister Pavel Novak said at a briefing "
    "that the government would free detainees in groups as long as the front halted attacks on the coast road. "
    "Dan Mertz, the front's negotiator, said every detainee must be freed at once. The Defence Ministry said its "
    "troops had not fired first."
)


def test_a_minister_of_another_portfolio_speaks_for_the_government_not_the_ministry() -> None:
    names = side_names(MINISTER_OF_ANOTHER_PORTFOLIO)
    assert "Defence Ministry" not in names
    assert "Defence Ministry" not in third_party_names(MINISTER_OF_ANOTHER_PORTFOLIO)  # the government's own
    assert "Pavel Novak" in speakers_of(MINISTER_OF_ANOTHER_PORTFOLIO, "Velessia")


MINISTER_OF_THE_MINISTRY = (
    "The Ministry of Education and the teachers' union are at odds over class sizes. Education Minister Lea Stroud "
    "said the ministry would not cap classes at 25. The union threatened a strike unless the cap was agreed. The "
    "ministry said it had offered a 3 percent raise. Stroud said the offer was final."
)


def test_the_minister_of_the_ministry_speaks_for_it() -> None:
    """Positive control: a title that shares the ministry's portfolio is the ministry's."""
    assert "Lea Stroud" in speakers_of(MINISTER_OF_THE_MINISTRY, "Ministry")


GOVERNMENT_OF_ANOTHER_STATE = MINISTER_OF_ANOTHER_PORTFOLIO + (
    " The government of Ostmark denied on Tuesday that it had armed the front, a charge made by Velessian officers."
)


def test_the_government_of_a_named_state_is_that_states_not_the_side_named_last() -> None:
    assert not any("Ostmark" in who for who in speakers_of(GOVERNMENT_OF_ANOTHER_STATE, "Velessia"))


# 6. Paying for one's own project
STATE_FUNDS_ITS_DAM = (
    "Norland and Valdoria are at odds over the Tarn dam. Norland funds the dam project. Norland said the dam would "
    "go ahead. Valdoria said it would take the case to court."
)


def test_a_state_that_funds_its_own_project_is_a_side_not_a_backer() -> None:
    assert side_names(STATE_FUNDS_ITS_DAM) == ["Norland", "Valdoria"]
    assert "Norland" not in third_party_names(STATE_FUNDS_ITS_DAM)


BANK_LENDS_FOR_THE_ROAD = (
    "Norland and Valdoria signed a road accord on Friday. The Western Development Bank, which is lending 900 million "
    "dollars for the road, said its money depended on a safety review. The bank said it would pay the first tranche "
    "in May. Valdoria said the road must avoid its nature reserve. Norland said it would build the bridges."
)


def test_a_bank_that_lends_for_the_project_stays_a_third_party() -> None:
    """Positive control: an outside lender is still no side."""
    assert side_names(BANK_LENDS_FOR_THE_ROAD) == ["Norland", "Valdoria"]
    assert "Western Development Bank" in third_party_names(BANK_LENDS_FOR_THE_ROAD)


# 7. The whole name of an untagged body
UNTAGGED_COUNCIL_SPEAKS = (
    "Tarvo Mining said on Monday it would keep blasting at its quarry. The Lund Valley Growers Council has asked the "
    "regional court to close the quarry during the harvest. The council said the dust was killing its crops."
)


def test_an_untagged_bodys_whole_name_is_kept() -> None:
    from . import registry_with

    reg = registry_with(UNTAGGED_COUNCIL_SPEAKS, [("Tarvo Mining", "ORG")])
    assert "Lund Valley Growers Council" in reg.parties
    assert "Valley Growers Council" not in reg.parties


# 8. A company noun right before a name the model took for a person
FIRM_TAKEN_FOR_A_PERSON = "Shares in rental firm Kavro fell on Monday after the port board banned its vans."


def test_a_name_set_after_a_company_noun_is_a_company() -> None:
    """The registry's step that reads descriptions of 'people', given the 'person' the model made of
    the name (a lone name is one when a pronoun takes it up elsewhere in an article)."""
    from briefing.analysis.rules.parties.registry import persons_described_as_orgs
    from briefing.analysis.rules.types import Person
    from briefing.nlp import load_model

    doc = load_model()(FIRM_TAKEN_FOR_A_PERSON)
    start = FIRM_TAKEN_FOR_A_PERSON.index("Kavro")
    reg = Registry()
    reg.persons["Kavro"] = Person("Kavro", "Kavro", mentions=[(start, start + len("Kavro"))])
    persons_described_as_orgs(doc, reg)
    assert "Kavro" in reg.parties
    assert "Kavro" not in reg.persons


COMPANY_SPOKESMAN = (
    "The Harlow Port Board banned the cars of Vayo Rides from the docks on Monday. Company spokesman Rune Dahl said "
    "the ban was unlawful. The board said the cars had blocked fire lanes."
)


def test_a_person_after_a_title_stays_a_person() -> None:
    """Positive control: 'Company spokesman Rune Dahl' is a person, whatever noun opens his title."""
    from . import registry_with

    tags = [("Vayo Rides", "ORG"), ("Rune Dahl", "PERSON"), ("Harlow Port Board", "ORG")]
    reg = registry_with(COMPANY_SPOKESMAN, tags)
    assert "Dahl" in reg.persons
    assert "Rune Dahl" not in reg.parties


# 9. 'its chairwoman' after a quotation
CHAIR_AFTER_A_QUOTE = (
    "Vayo Rides has appealed against the Harlow Port Board's ban on its cars. The Harlow Cab Drivers League has "
    'stayed out of the row. "The board is right about the fire lanes, and Vayo Rides knows it," its chairwoman, '
    "Ada Brook, told reporters. Vayo Rides said the ban was unlawful."
)


def test_its_after_a_quotation_is_the_body_that_spoke_before_it() -> None:
    from . import registry_with

    tags = [("Vayo Rides", "ORG"), ("Harlow Port Board", "ORG"), ("Harlow Cab Drivers League", "ORG")]
    reg = registry_with(CHAIR_AFTER_A_QUOTE, [*tags, ("Ada Brook", "PERSON")])
    assert reg.persons["Brook"].party == "Harlow Cab Drivers League"
