"""Challenge suite (issue #25, class 1): the two sides are the parties in the quarrel, not those
around it.

Four shapes where a brief named the wrong pair, each with a positive control where the guard must
not fire:
- a party that takes its case TO a court or tribunal does not fight the tribunal; the body whose
  ruling it challenges is its opponent (control: a court that is itself sued stays a side);
- a rival bidder looks on (control: a bidder whose offer the target rejects is a side);
- a lender or funder whose money hangs on a deal backs it from outside, and the deal's other party
  is not dropped for it (control: a lender in a debt fight with its borrower is a side);
- a product named as a subject is a thing its maker sells: never a side nor a third party, and the
  maker is the side (control: a company named after its trade is a side however it is shortened).
Invented articles."""

from __future__ import annotations

from . import brief_of


def side_names(text: str) -> list[str]:
    return sorted(side.name for side in brief_of(text).sides)


def third_party_names(text: str) -> list[str]:
    return [tp.name for tp in brief_of(text).third_parties]


# 1. The forum of an appeal
BLOCKED_THEN_TAKEN_TO_TRIBUNAL = (
    "The Norland Markets Authority blocked Harwick Foods' purchase of Bramley Dairies in May, saying the deal would "
    "push up milk prices. Harwick Foods challenged the ruling at the Markets Tribunal on Monday. Harwick said the "
    "tribunal should overturn the decision. The tribunal said it would rule by June. The tribunal said hearings "
    "would start in April."
)


def test_a_tribunal_where_a_ruling_is_challenged_is_no_side() -> None:
    assert side_names(BLOCKED_THEN_TAKEN_TO_TRIBUNAL) == ["Harwick Foods", "Norland Markets Authority"]
    assert "Markets Tribunal" in third_party_names(BLOCKED_THEN_TAKEN_TO_TRIBUNAL)


CHALLENGE_FILED_WITH_TRIBUNAL = (
    "The Norland Markets Authority blocked Harwick Foods' purchase of Bramley Dairies in May, saying the deal would "
    "push up milk prices. Harwick Foods has filed a challenge with the Markets Tribunal. Harwick said it was "
    "confident the tribunal would see the facts. The Markets Tribunal said it would rule by June. The tribunal said "
    "hearings would start in April."
)


def test_the_party_that_files_with_a_tribunal_is_a_side_not_a_third_party() -> None:
    assert side_names(CHALLENGE_FILED_WITH_TRIBUNAL) == ["Harwick Foods", "Norland Markets Authority"]
    assert "Harwick Foods" not in third_party_names(CHALLENGE_FILED_WITH_TRIBUNAL)


TRIBUNAL_ASKED_AND_TRUSTED = (
    "Harwick Foods has asked the Norland Competition Tribunal to overturn a decision by the Norland Competition "
    "Authority blocking its takeover of Bramley Dairies. At a hearing in Kestrel on Monday, lawyers for Harwick told "
    "the tribunal that the regulator had misjudged the market. The tribunal will deliver its ruling in the coming "
    'weeks. Harwick said it remained committed to the deal. "We are confident the tribunal will see the strength of '
    "our case,\" a Harwick spokesman said. The tribunal's chairman, Judge Lena Moss, said the panel would consider all "
    "the evidence."
)


def test_a_tribunal_a_side_puts_its_hopes_in_is_no_side_and_the_regulator_is() -> None:
    """'We are confident the tribunal will see our case' names the tribunal in a side's words without
    contesting it: the regulator whose decision is appealed is the opponent, not a third party."""
    names = side_names(TRIBUNAL_ASKED_AND_TRUSTED)
    assert "Norland Competition Tribunal" not in names, names
    assert "Norland Competition Authority" in names, names
    assert "Norland Competition Authority" not in third_party_names(TRIBUNAL_ASKED_AND_TRUSTED)


COURT_ITSELF_SUED = (
    "The Harbour Dockers Guild filed a lawsuit against the Norland Labour Court on Monday, saying the court had no "
    "power to ban its strike. The Norland Labour Court said it would defend its order in the Supreme Court. The "
    "guild said it would keep picketing until the order was lifted."
)


def test_a_court_that_is_itself_sued_stays_a_side() -> None:
    """Positive control: the forum guard reads prepositions of recourse, not 'against'."""
    assert side_names(COURT_ITSELF_SUED) == ["Harbour Dockers Guild", "Norland Labour Court"]


# 2. A rival bidder
RIVAL_BIDDER_WATCHES = (
    "Tarn Copper rejected a raised offer from Corvel Mining on Tuesday. Corvel said it would go directly to "
    "shareholders. Ardent Metals, a rival bidder, said it may return with a new offer. Ardent chief executive Paul "
    "Hine said Tarn Copper was worth more. Tarn Copper said Corvel's bid undervalued its mines."
)


def test_a_rival_bidder_is_no_side_and_the_rejected_bidder_is() -> None:
    assert side_names(RIVAL_BIDDER_WATCHES) == ["Corvel Mining", "Tarn Copper"]


# 3. A lender to the deal
LENDER_TO_THE_DEAL = (
    "Norland and Valdoria signed a pipeline accord on Friday after two years of talks. The Eastern Development Bank, "
    "which is lending 2 billion dollars for the project, said its money depended on an environmental review. The "
    "bank said it would release the first tranche in July. The bank said it wanted the review done first. Valdoria "
    "said the route must avoid its national park. Norland said it would pay for the pumping stations."
)


def test_a_lender_to_the_deal_is_a_third_party_and_both_partners_are_sides() -> None:
    assert side_names(LENDER_TO_THE_DEAL) == ["Norland", "Valdoria"]
    assert "Eastern Development Bank" in third_party_names(LENDER_TO_THE_DEAL)


FUNDER_PLEDGES = (
    "Norland and Valdoria agreed on Friday to build a gas pipeline across the border. The Gulf Investment Fund has "
    "pledged to finance half the cost, and its chairman said the fund would pay only if the route was approved by "
    "June. The fund said the deal was a model for the region. The fund said it would send engineers next month. "
    "Valdoria said it wanted a share of the transit fees."
)


def test_a_funder_that_pledges_the_money_does_not_push_out_a_partner_named_once() -> None:
    assert side_names(FUNDER_PLEDGES) == ["Norland", "Valdoria"]
    assert "Norland" not in third_party_names(FUNDER_PLEDGES)


LOAN_PROVIDER = (
    "Ghana and the Volta Power Company signed a deal on Tuesday to restart the Akosombo upgrade. The World Bank, "
    "which is providing a 400 million dollar loan for the work, said disbursement depended on a new tariff plan. A "
    "World Bank official said the bank wanted the tariff plan before July. The bank said the upgrade would supply "
    "power to two million homes. Volta Power said it would hire 900 workers. Ghana's energy minister said the "
    "government would cover the rest of the cost."
)


def test_a_bank_providing_a_loan_for_the_deal_is_a_third_party() -> None:
    assert side_names(LOAN_PROVIDER) == ["Ghana", "Volta Power Company"]
    assert "World Bank" in third_party_names(LOAN_PROVIDER)


BAILOUT_HANGS_ON_THE_DEAL = (
    "Norland reached a deal with its bondholders on Thursday to restructure 3 billion dollars of debt. The "
    "International Monetary Fund, whose 1.3 billion dollar bailout hinges on the deal, welcomed the agreement. The "
    "IMF said the deal was consistent with its program. The IMF said Norland must cut spending by 2 percent. A "
    "committee of bondholders said the terms were fair. Norland's finance minister said the country would resume "
    "payments in June."
)


def test_a_lender_is_never_the_other_side_when_the_borrowers_counterpart_is_unnamed() -> None:
    """One side and the lender a third party is better than the lender made the other side."""
    assert side_names(BAILOUT_HANGS_ON_THE_DEAL) == ["Norland"]
    assert "International Monetary Fund" in third_party_names(BAILOUT_HANGS_ON_THE_DEAL)


LENDER_IN_A_DEBT_FIGHT = (
    "The Eastern Development Bank, which lent Harbour City 300 million dollars in 2019, said on Monday it would take "
    "the city to court over missed payments. The bank said the city must pay 40 million dollars by June. Harbour "
    "City said the bank had charged illegal fees. Mayor Ilse Varga said the city would not pay until the fees were "
    "dropped."
)


def test_a_lender_fighting_its_borrower_stays_a_side() -> None:
    """Positive control: lending makes a backer only when no quarrel joins the lender to another party."""
    assert side_names(LENDER_IN_A_DEBT_FIGHT) == ["Eastern Development Bank", "Harbour City"]


FUNDER_IN_A_WAR_OF_WORDS = (
    "Norland said on Monday it would strike Valdorian depots unless Valdoria stopped arming the Coast Militia. "
    'Valdoria, which funds the militia, said Norland had no right to tell it whom to help. "Norland is the '
    'aggressor," the Valdorian foreign minister said. Norland said it had given Valdoria a week. The Coast Militia '
    "said it would keep fighting."
)


def test_a_funder_that_trades_words_with_the_other_side_stays_a_side() -> None:
    """Positive control: two parties whose words name each other are in the quarrel, whoever funds whom."""
    assert side_names(FUNDER_IN_A_WAR_OF_WORDS) == ["Norland", "Valdoria"]


# 4. A product and its maker
PRODUCT_IN_APPOSITION = (
    "Velmor, a painkiller made by Orvane Health, will be pulled from pharmacies, the Norland Health Agency said on "
    "Monday. Velmor caused liver damage in 40 patients, the agency said. Velmor had been on sale for six years. "
    "Velmor said in a leaflet that it was safe for adults. Orvane Health said the agency had misread the data and it "
    "would appeal."
)


def test_a_product_is_no_side_and_its_maker_is() -> None:
    assert side_names(PRODUCT_IN_APPOSITION) == ["Norland Health Agency", "Orvane Health"]


PRODUCT_OF_A_NAMED_MAKER = (
    "The Norland Health Agency on Monday ordered Orvane Health to withdraw its pill Velmor from pharmacies. Velmor "
    "caused liver damage in 40 patients, the agency said. Velmor has been sold since 2019. Velmor was the "
    "best-selling painkiller in Norland last year. Orvane Health said the data were flawed and that it would "
    "challenge the order."
)


def test_a_product_is_never_a_third_party() -> None:
    assert "Velmor" not in third_party_names(PRODUCT_OF_A_NAMED_MAKER)
    assert side_names(PRODUCT_OF_A_NAMED_MAKER) == ["Norland Health Agency", "Orvane Health"]


MAKER_NAMED_FOR_ITS_TRADE = (
    "Harwick Foods has lodged an appeal with the Markets Tribunal against the Fair Trade Office's veto of its merger "
    "with Bramley Dairies. The tribunal confirmed it had received the appeal and said it would rule by June. Harwick "
    "said the office had misread the market. The Fair Trade Office declined to comment."
)


def test_a_company_named_for_its_trade_and_then_shortened_is_a_side() -> None:
    """'Harwick Foods ... Harwick said': a trade word ends a company's name, not a person's."""
    assert side_names(MAKER_NAMED_FOR_ITS_TRADE) == ["Fair Trade Office", "Harwick Foods"]
    brief = brief_of(MAKER_NAMED_FOR_ITS_TRADE)
    office = next(side for side in brief.sides if side.name == "Fair Trade Office")
    assert not any("misread" in it.text for it in office.positions), [it.text for it in office.positions]


# 5. 'The two sides' in a side's own mouth
SIDE_WANTS_THE_TWO_SIDES_TO_SETTLE = (
    "Peru will raise duties on Indonesian palm oil unless Jakarta lifts its ban on Peruvian copper ore by May 1, trade "
    'minister Ana Berg said on Monday. "If Indonesia keeps the ban, we will answer in kind," Berg said. Indonesia\'s '
    'trade office said the ban protected its smelters. "We are open to talks, provided Peru drops its threat," '
    "Indonesian spokesman Jon Lind said. Peruvian officials want the two sides to settle the quarrel through the joint "
    "trade council."
)


def test_a_side_that_wants_the_two_sides_to_settle_is_still_a_side() -> None:
    """Two parties whose words name each other are the two sides: 'the two sides' takes the speaker in."""
    assert side_names(SIDE_WANTS_THE_TWO_SIDES_TO_SETTLE) == ["Indonesia", "Peru"]
    assert "Peru" not in third_party_names(SIDE_WANTS_THE_TWO_SIDES_TO_SETTLE)


MINISTER_WANTS_THE_TWO_SIDES_TO_SETTLE = (
    "The bus drivers union and Eastline Transit have been at odds over pay since March. The union said it would "
    "strike on Friday unless Eastline raised wages by 7 percent. Eastline said the union's demand would bankrupt the "
    "network. Tessaly's labour minister Ilse Varga said she wanted the two sides to settle the dispute before the "
    "holidays. Varga said she would host talks on Thursday. Varga said the strike would hurt commuters."
)


def test_a_minister_who_wants_the_two_sides_to_settle_stays_out() -> None:
    """Positive control: one that names neither side, and whom neither names, stands between them."""
    names = side_names(MINISTER_WANTS_THE_TWO_SIDES_TO_SETTLE)
    assert not any("Tessaly" in n or "Varga" in n for n in names), names
    assert any("union" in n for n in names) and any("Eastline" in n for n in names), names


# 6. A company named with a state's demonym
STATE_NAMED_RAILWAY = (
    "Train drivers at Kenyan National Railways (KNR) walked out on Monday after talks with the railway broke down. "
    "The Prairie Drivers Guild said its members would stay out until the company dropped its plan to cut crews to one "
    "driver. KNR said the guild had never taken the talks seriously. KNR said it would lock out the drivers if the "
    "strike went on past Friday. The guild said it was ready to meet the railway at any time."
)


def test_a_railway_named_with_a_demonym_is_a_company_not_the_state() -> None:
    """'Kenyan National Security Council' is an organ of the state; a railway, an airline or a
    company so named is a party of its own, named in full."""
    assert side_names(STATE_NAMED_RAILWAY) == ["Kenyan National Railways", "Prairie Drivers Guild"]


# 7. A party named by its members in the plural
PARTY_BY_ITS_MEMBERS = (
    "The Harbour Green Party said on Monday it would vote for the city budget only if the tram line was kept. The "
    "Civic Alliance said the tram cost too much. The Greens said they would walk out of the council session unless "
    "the alliance moved. Civic Alliance leader Ana Berg said her party was open to talks."
)


def test_the_plural_of_a_partys_name_word_is_that_party() -> None:
    """'The Greens said they would walk out ... unless the alliance moved' is the Harbour Green Party's."""
    brief = brief_of(PARTY_BY_ITS_MEMBERS)
    greens = next(side for side in brief.sides if side.name == "Harbour Green Party")
    points = [it.text for it in greens.positions + greens.preconditions]
    assert any("alliance" in p.lower() and "moves" in p.lower() for p in points), points
