"""Challenge suite (issue #25, class 7): the bottom line names the matter in dispute.

The matter is what the contest's verbs act on in the opening ('demanding a hazard allowance',
'until Arden signs a staffing accord', 'vowed to block the closure'): a thing that can be
demanded, refused or signed, never a place ('the depot'), never a word like 'offer' that needs
its kind to say which. The phrase reads as the article writes it: a coordinated modifier whole,
an amount with its own spacing, a measure asked for ('higher pay') without 'the'. Invented
articles; each case failed on 4b7b8fe."""

from __future__ import annotations

from tests.challenge import brief_of


def at_odds(text: str) -> str:
    """The bottom line's first sentence: who is at odds over what."""
    return brief_of(text).summary.split(". ")[0]


# The sides share no word and the lead names no talks: the demand's object is the matter.
ALLOWANCE = (
    "The Corran Dockers Guild walked out at three terminals on Monday, demanding a hazard allowance for night "
    "shifts. Harlow Shipping said the walkout was unlawful and that it would seek damages in court. The guild's "
    "secretary, Mira Tull, said members would stay out until the company paid. Harlow said it had no money for "
    "it this year."
)


def test_what_a_side_demands_in_the_opening_is_the_matter() -> None:
    assert "over the hazard allowance" in at_odds(ALLOWANCE), brief_of(ALLOWANCE).summary


# 'accord' alone names no matter; with the word of its kind it does.
ACCORD = (
    "Nurses at Arden Health stayed off the wards for a fourth day on Tuesday. Their guild said the strike would "
    "go on until Arden signs a staffing accord. Arden said it would not sign such an accord while its budget was "
    "frozen. The guild's chair, Lena Ostrow, said patients were waiting longer every week."
)


def test_a_deal_word_with_its_kind_is_the_matter() -> None:
    assert "over the staffing accord" in at_odds(ACCORD), brief_of(ACCORD).summary


# Both sides speak of the depot: a place is where, not what; the closure they contest is the matter.
DEPOT = (
    "The Carters Union vowed on Monday to block the closure of the Marsh Lane depot. The union said it would "
    "picket the depot every morning. Brannock Freight said the depot loses money and that the union could not "
    "stop it. Brannock said the depot would shut in June."
)


def test_a_place_is_never_the_matter() -> None:
    first = at_odds(DEPOT)
    assert "over the Lane depot" not in first and "over the Marsh Lane depot" not in first, first
    assert "over the closure of the Marsh Lane depot" in first, first  # positive control: the act on it is


# 'a new offer' says which, not what; the demand names the matter, and a measure asked for takes no 'the'.
BUSES = (
    "Bus drivers in Tessaly went on strike on Monday after talks with the transit board broke down. The "
    "drivers' guild is demanding higher pay and shorter shifts. The guild said it would not return until the "
    "board made a new offer. The transit board said the strike was reckless."
)


def test_a_measure_asked_for_is_the_matter_without_an_article() -> None:
    first = at_odds(BUSES)
    assert "over higher pay" in first and "the higher pay" not in first, first
    assert "new offer" not in first, first


# A modifier joined by 'and' comes whole, never its last word alone.
ROSTERS = (
    "The Pellham Porters Union and Quenby Rail have been locked for a year in a dispute over fair and "
    "predictable rostering. The union said it would not go back until the rosters were fixed. Quenby Rail said "
    "it had offered a fair deal. Quenby said services would run on Sunday."
)


def test_a_coordinated_modifier_stays_whole() -> None:
    assert "over fair and predictable rostering" in at_odds(ROSTERS), brief_of(ROSTERS).summary


# An amount keeps the article's spacing.
TIMBER = (
    "Loggers in the Veld valley stopped work on Monday after the Veld Loggers Guild rejected a €40m timber "
    "contract offered by Marrow Timber. The guild said it would not return until Marrow paid the old rates. "
    "Marrow Timber said it would not pay more. The guild said its members would stay out."
)


def test_an_amount_in_the_issue_keeps_its_spacing() -> None:
    first = at_odds(TIMBER)
    assert "€40m timber contract" in first and "€ 40 m" not in first, first


# A side's only point tells what happened to others, with no mark of a stance and no word of the
# issue: it is not where the side stands. Its own act (positive control) may still be.
STORMS = (
    "Norland and Valdoria failed on Monday to agree on the herring quota for the northern banks. Valdoria said "
    "it would not lower its herring quota unless Norland closed its own trawling season. Norland said heavy "
    "storms had kept most boats in port on Sunday. The two governments will meet again on April 2."
)
CATCH = STORMS.replace("heavy storms had kept most boats in port", "its fleet had landed a record catch")


def test_narration_of_others_aside_from_the_issue_is_no_stance() -> None:
    text = brief_of(STORMS).summary
    assert "storms" not in text.lower(), text
    assert "would not lower its herring quota" in text, text


def test_a_sides_own_act_stays_its_stance() -> None:
    assert "record catch" in brief_of(CATCH).summary, brief_of(CATCH).summary


# A body the article always names with 'the' keeps it in the bottom line; a state it names bare stays bare.
PILOTS = (
    "The Coastal Pilots Guild and Norland failed on Monday to agree on the pilotage fee. The Coastal Pilots Guild "
    "said it would not guide ships into port unless the fee was doubled. Norland said the fee would stay as it "
    "is. The talks were mediated by the Harbour Arbitration Board, and the Coastal Pilots Guild will meet the "
    "Harbour Arbitration Board again on April 2."
)


def test_a_name_the_article_gives_an_article_keeps_it() -> None:
    text = brief_of(PILOTS).summary
    assert text.startswith("The Coastal Pilots Guild and Norland are at odds"), text
    assert "mediated by the Harbour Arbitration Board" in text, text
    assert "the Norland" not in text, text  # positive control: a name the article writes bare


# The next step's words: a range's other end left after its first day became the date goes with it,
# and a cut never stops inside a clause the date sits in ('which opens').
SUMMIT = (
    "Norland and Valdoria failed on Monday to agree on the herring quota. Valdoria said it would not lower its "
    "herring quota unless Norland closed its own trawling season. Norland said the quota would stay. The dispute "
    "will top the agenda of the upcoming April 23-24 Nordic summit."
)
FAIR = (
    "The Harbour Pilots Guild and Tidewater Ports failed to agree on pensions on Monday. The guild said it would "
    "strike unless the pension cuts were dropped. Tidewater said the cuts would stay. The threatened walkout has "
    "thrown Tidewater's planned trade fair in Lisbon, which opens on April 12, in jeopardy."
)


def test_a_ranges_other_end_never_reads_as_a_word_of_the_step() -> None:
    text = brief_of(SUMMIT).summary
    assert "-24" not in text and "on 23 April: the upcoming Nordic summit" in text, text


def test_a_next_step_is_not_cut_inside_the_clause_its_date_sits_in() -> None:
    text = brief_of(FAIR).summary
    assert not text.endswith("which opens."), text
    assert "in jeopardy" in text, text


# A bloc the article calls by its short name is given its full name with 'the', as a body is named.
LEVY = (
    "Norland and the EU failed on Monday to agree on the salmon levy. Norland said it would not scrap the salmon "
    "levy unless the EU lifted its tariff on Norlandic timber. The EU said the levy broke the trade pact. Talks "
    "resume on April 2."
)


def test_a_body_the_article_names_short_takes_the_in_full() -> None:
    text = brief_of(LEVY).summary
    assert text.startswith("The European Union and Norland are at odds"), text


# A line opening on a question word or a bare participle is no stance: the side's next point is given.
GUARANTEES = (
    "Norland and Valdoria failed on Monday to agree on the herring quota. Valdoria is seeking guarantees tied to "
    "reopening the fishing grounds by May 1, its premier told the radio. Norland said it would not lift the "
    "herring ban before the autumn."
)
REDRAFT = (
    "Norland and Valdoria failed on Monday to agree on the herring quota. Norland's fisheries minister will tell "
    "parliament how it came to pull back and redraft its quota plan, the ministry said. Valdoria said it would "
    "not accept the quota plan."
)


def test_a_bare_participle_is_no_sides_stance() -> None:
    text = brief_of(GUARANTEES).summary
    assert "Tied to" not in text and "Valdoria is seeking guarantees" in text, text


def test_an_embedded_question_is_no_sides_stance() -> None:
    text = brief_of(REDRAFT).summary
    assert "How it came" not in text, text
    assert "Valdoria would not accept the quota plan" in text, text  # positive control


# A side named by a plural noun takes a plural verb; a plural proper name is one body (control).
SIT_IN = (
    "Students on Tuesday rejected the university board's offer of talks on tuition fees. The students said they "
    "would end their sit-in only if the board froze the fees first. The board said it would not freeze the fees "
    "this year."
)


def test_a_plural_side_sets_its_condition_in_the_plural() -> None:
    text = brief_of(SIT_IN).summary
    assert "Students set a condition" in text and "Students sets" not in text, text
    assert "the university board" in text, text  # a description takes 'the'
