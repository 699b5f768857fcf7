"""Challenge suite: `briefing.find_dates`, one group of cases per class of date the finder once
missed or misread. Every sentence is invented; the publication date is a Wednesday, 4 March 2026,
unless a case says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing import find_dates
from briefing.nlp import parse

PUB = "2026-03-04"


def values(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    return [(d.words, d.value) for d in find_dates(text, published)]


def value_of(text: str, words: str, published: str = PUB) -> str | None:
    found = [d for d in find_dates(text, published) if d.words.lower().endswith(words.lower())]
    assert len(found) == 1, (words, values(text, published))
    return found[0].value


Case = tuple[str, str, str | None, str]  # sentence, words, value, publication date


def run(cases: list[Case]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("sentence", "words", "value", "published"), cases, ids=[c[1] for c in cases])


# --- "last" beside "next" and "this" ----------------------------------------------------------------
LAST_NEXT_THIS: list[Case] = [
    ("Grain exports to the coast fell last year.", "last year", "2025", PUB),
    ("The mill owners walked out of the talks last month.", "last month", "2026-02", PUB),
    ("Last week the dockers voted to strike.", "Last week", "2026-02", PUB),
    ("Over the past year the blockade has tightened.", "past year", "2025", PUB),
    ("A new round opens next year.", "next year", "2027", PUB),
    ("The truce expires this month.", "this month", "2026-03", PUB),
    ("The tariffs rose in July last year.", "July last year", "2025-07", PUB),
]


@run(LAST_NEXT_THIS)
def test_last_next_and_this(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- bare years in any noun-phrase position and in ranges -------------------------------------------
BARE_YEARS: list[Case] = [
    ("The 2019 accord on river quotas still binds both capitals.", "2019", "2019", PUB),
    ("Shipments through the strait shrank between 2014 and 2017.", "2014", "2014", PUB),
    ("Shipments through the strait shrank between 2014 and 2017.", "2017", "2017", PUB),
    ("In fiscal 2024 the port authority lost money.", "fiscal 2024", "2024", PUB),
    ("The post-2011 settlement held for a decade.", "post-2011", "2011", PUB),
    ("Exports grew every year from 2009 to 2013.", "2013", "2013", PUB),
    ("The union recalled the 1998 strikes that closed the port.", "1998", "1998", PUB),
]


# Years read out, as transcripts of broadcasts write them.
BARE_YEARS += [
    ("The dam was finished in nineteen eighty-four.", "nineteen eighty-four", "1984", PUB),
    ("March nineteen ninety-one. The strike began.", "March nineteen ninety-one", "1991-03", PUB),
    ("The plan was to double output by the year two thousand.", "the year two thousand", "2000", PUB),
]


@run(BARE_YEARS)
def test_bare_years(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The army sent 2000 troops to the border.",
        "The convoy left at 1930 GMT.",
        "Tickets cost $2024 each.",
        "Nineteen pickets were arrested.",
    ],
)
def test_counts_clock_times_and_amounts_are_not_years(sentence: str) -> None:
    assert values(sentence) == []


# --- "N units ago", "earlier", "later", "the following/previous X", from the anchor -----------------
SHIFTS: list[Case] = [
    ("The ceasefire collapsed almost three years ago.", "almost three years ago", "2023", PUB),
    ("The envoy arrived ten days ago.", "ten days ago", "2026-02-22", PUB),
    ("The treaty was signed on May 3, 2019. Two days later, the border opened.", "Two days later", "2019-05-05", PUB),
    ("The port opened in 2012, and the following year the dockers struck.", "the following year", "2013", PUB),
    ("Talks broke down in June 2021; later that year the envoy resigned.", "later that year", "2021", PUB),
    ("The mill shut on Feb. 12. Earlier that day, the owners met the union.", "Earlier that day", "2026-02-12", PUB),
    ("Profit rose to $5 million from $4 million a year earlier.", "a year earlier", "2025", PUB),
    ("The mine reopened in April 2020. The previous month, the strike ended.", "The previous month", "2020-03", PUB),
]


@run(SHIFTS)
def test_shifts_count_from_the_date_the_text_gave(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


def test_a_shift_after_a_shift_counts_from_the_same_anchor() -> None:
    text = "Profit rose to $5 million from $4 million a year earlier. The year-earlier figure was revised."
    assert [v for _, v in values(text)] == ["2025", "2025"]


def test_a_phrase_pointing_back_to_no_date_has_no_value() -> None:
    assert values("The following month, the mill owners sold the plant.") == []
    assert value_of("Rain delayed the harvest earlier in the year.", "earlier in the year") == "2026"


def test_the_day_before_an_undated_event_names_no_date() -> None:
    assert values("The envoys met the day before the vote.") == []


# --- case-blind sentence openers --------------------------------------------------------------------
OPENERS: list[Case] = [
    ("In January, the envoys met in Geneva.", "In January", "2026-01", PUB),
    ("Last April, the talks stalled over the quotas.", "Last April", "2025-04", PUB),
    ("By March, the reservoirs will be empty.", "By March", "2026-03", PUB),
    ("The March vote settled nothing.", "March", "2026-03", PUB),
]


@run(OPENERS)
def test_sentence_openers_in_any_case(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


@pytest.mark.parametrize("sentence", ["May the talks succeed, the bishop said.", "June Carter sang at the rally."])
def test_a_modal_or_a_first_name_is_no_month(sentence: str) -> None:
    assert values(sentence) == []


# --- a year-less date's direction from what it dates -------------------------------------------------
WHAT_IT_DATES: list[Case] = [
    ("The board declared a dividend payable Dec. 7.", "Dec. 7", "2026-12-07", "2026-10-27"),
    ("The board declared a dividend to holders of record Nov. 22.", "Nov. 22", "2026-11-22", "2026-10-27"),
    ("The regulator has set Nov. 10 as the deadline for bids.", "Nov. 10", "2026-11-10", "2026-11-02"),
    ("The buyer extended its offer to Nov. 20.", "Nov. 20", "2026-11-20", "2026-11-02"),
    ("The pay rise takes effect under a pact effective June 1.", "June 1", "2027-06-01", "2026-11-02"),
    ("The strike began on Oct. 23.", "Oct. 23", "2026-10-23", "2026-11-02"),
    ("Police have searched the hills since the Oct. 23 ambush.", "Oct. 23", "2025-10-23", "2026-05-06"),
]


@run(WHAT_IT_DATES)
def test_a_yearless_date_points_the_way_what_it_dates_does(
    sentence: str, words: str, value: str | None, published: str
) -> None:
    assert value_of(sentence, words, published) == value


# --- a weekday's direction from the verb that governs it ---------------------------------------------
WEEKDAYS: list[Case] = [
    ("The mediator has scheduled a press briefing Thursday.", "Thursday", "2026-03-05", PUB),
    ("The offer had been due to expire Friday.", "Friday", "2026-02-27", PUB),
    ("The two ministers meet Monday in Lisbon.", "Monday", "2026-03-09", PUB),
    ("The union walked out on Monday.", "on Monday", "2026-03-02", PUB),
    ("The ferry crews were planning to march to the harbour on Saturday.", "on Saturday", "2026-03-07", PUB),
    ("The council postponed the vote until Tuesday.", "Tuesday", "2026-03-10", PUB),
    ("The regulator extended its deadline until 9 a.m. Friday.", "Friday", "2026-03-06", PUB),
    ("Rain hurt the harvest on Friday, the farmers said.", "on Friday", "2026-02-27", PUB),
    ("The strike follows Tuesday's walkout by the pilots.", "Tuesday", "2026-03-03", PUB),
]


@run(WEEKDAYS)
def test_a_weekday_points_the_way_its_verb_does(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


def test_a_weekday_with_a_yearless_date_picks_the_year_where_they_agree() -> None:
    # Told on 5 January 2027: the 28 December that is a Monday is in 2026.
    text = "The paper said in an editorial on Monday, Dec. 28, that the talks had failed."
    assert value_of(text, "Dec. 28", "2027-01-05") == "2026-12-28"


# --- "last <weekday>" is never the publication day itself --------------------------------------------
def test_last_wednesday_told_on_a_wednesday_is_a_week_back() -> None:
    assert value_of("The union said last Wednesday that it would strike.", "last Wednesday") == "2026-02-25"
    assert value_of("The board met on Wednesday.", "on Wednesday") == PUB


# --- vague words give no date -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "words"),
    [("A deal is expected soon.", "soon"), ("The envoy left shortly after the vote.", "shortly")],
)
def test_vague_words_are_mentions_without_a_value(sentence: str, words: str) -> None:
    assert values(sentence) == [(words, None)]


# --- ordinals that name things are not days -----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The 9th Circuit ruled against the union.",
        "The 5th Fleet sailed into the gulf.",
        "They marked the 40th anniversary of the strike.",
    ],
)
def test_ordinals_naming_things_are_not_days(sentence: str) -> None:
    assert values(sentence) == []


def test_an_ordinal_alone_is_a_day() -> None:
    assert value_of("The money is due by the 21st.", "the 21st") == "2026-03-21"


# --- Thanksgiving and other holidays set by a rule of weekdays ----------------------------------------
HOLIDAYS: list[Case] = [
    ("Talks resume after Thanksgiving.", "Thanksgiving", "2026-11-26", "2026-11-02"),
    ("The vote falls on Election Day.", "Election Day", "2026-11-03", "2026-11-02"),
    ("The truce began on Memorial Day.", "Memorial Day", "2026-05-25", "2026-11-02"),
    ("The boat was found last Thanksgiving.", "last Thanksgiving", "2026-11-26", "2027-01-10"),
    ("The pickets will be back by Labor Day.", "Labor Day", "2026-09-07", "2026-08-20"),
]


@run(HOLIDAYS)
def test_holidays_set_by_weekday_rules(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


# --- the API itself ------------------------------------------------------------------------------------
def test_a_mention_quotes_the_text_and_places_itself_against_publication() -> None:
    text = "Talks collapsed last month. They resume next Tuesday, and a vote follows in 2027."
    found = find_dates(text, dt.date(2026, 3, 4))
    assert [(d.value, d.relation, d.ahead) for d in found] == [
        ("2026-02", "before", False),
        ("2026-03-10", "ahead", True),
        ("2027", "ahead", True),
    ]
    assert all(text[d.start : d.end] == d.words for d in found)


def test_a_parsed_doc_gives_what_its_text_gives() -> None:
    text = "NAIROBI, March 2 (Wire) -- Officials said on Tuesday that the talks would resume."
    assert find_dates(parse(text), PUB) == find_dates(text, PUB)


def test_a_dateline_is_a_mention_and_relative_words_count_from_it() -> None:
    # Filed on Monday 2 March, printed on 4 March: "on Tuesday" is the Tuesday before the filing.
    text = "NAIROBI, March 2 (Wire) -- Officials said on Tuesday that the talks would resume."
    assert values(text) == [("March 2", "2026-03-02"), ("on Tuesday", "2026-02-24")]


# --- what the last stop left: negated "could", "since shortly after", time granted "until", ----------
# --- "year-earlier", "the previous <weekday>", "the day before <date>", "last <this month>" ----------
MORE_DIRECTIONS: list[Case] = [
    # told on Wednesday 4 March 2026: the failed attempt was the day before, not next week
    ("The harbour master could not be reached Tuesday for comment.", "Tuesday", "2026-03-03", PUB),
    ("Neither the envoy nor his deputy could be found Monday at the embassy.", "Monday", "2026-03-02", PUB),
    (
        "Investigators have been hunting the driver since shortly after the Oct. 23 crash.",
        "Oct. 23",
        "2025-10-23",
        "2026-05-06",
    ),
    (
        "The ministry said the plan offered too little, and gave the firm until mid-November to send more figures.",
        "mid-November",
        "2026-11",
        "2026-10-30",
    ),
    ("The court granted the lenders until Nov. 20 to respond.", "Nov. 20", "2026-11-20", "2026-11-02"),
    ("Grain sales fell last year. The year-earlier figures were revised.", "year-earlier", "2025", PUB),
    # told on Monday 9 March 2026: Friday is 6 March, the Friday before it 27 February
    ("The copper index ended Friday 3% under the previous Friday.", "previous Friday", "2026-02-27", "2026-03-09"),
    # told on Thursday 5 March 2026: last Tuesday is 3 March, the day before it 2 March
    (
        "The day before last Tuesday's hearing, the envoy flew home.",
        "day before last Tuesday",
        "2026-03-02",
        "2026-03-05",
    ),
    ("The dam burst last March, flooding the lower town.", "last March", "2025-03", PUB),
    ("The dam burst last February, flooding the lower town.", "last February", "2025-02", PUB),
    ("The dam burst last January, flooding the lower town.", "last January", "2026-01", PUB),
    ("The dam burst last December, flooding the lower town.", "last December", "2025-12", "2026-01-20"),
]


# A plan reported called off: its day is the nearest, which may be the day before publication.
MORE_DIRECTIONS += [
    ("A vigil planned at the town hall for Saturday was cancelled.", "Saturday", "2026-03-07", "2026-03-08"),
    ("A vigil planned at the town hall for Saturday was moved indoors.", "Saturday", "2026-03-14", "2026-03-08"),
]


@run(MORE_DIRECTIONS)
def test_more_directions_the_parse_gives(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value


def test_a_speech_given_on_a_day_is_not_time_granted() -> None:
    assert value_of("The minister gave a speech on Monday.", "on Monday") == "2026-03-02"


# --- a weekday nothing pulls back is the coming one; "<weekday> last/next week"; "won't ... until" ---
NEAR_WEEKDAYS: list[Case] = [
    # told on Saturday 7 March 2026: the Monday two days on, not the one five days gone
    (
        "The two unions have summoned their councils for a meeting in the capital Monday.",
        "Monday",
        "2026-03-09",
        "2026-03-07",
    ),
    (
        "Envoys are trying to persuade the rebels to sign the accord in the capital on Friday.",
        "Friday",
        "2026-03-06",
        "2026-03-05",
    ),
    ("The list of plants won't be published until Friday evening, the union said.", "Friday", "2026-03-06", PUB),
    ("The mill's board had voiced its readiness to meet again on Friday.", "Friday", "2026-02-27", PUB),
    (
        "In a statement on Monday last week, the coalition said it would call off the protests.",
        "on Monday",
        "2026-02-23",
        PUB,
    ),
    ("The regulator will rule on Friday next week.", "on Friday", "2026-03-13", PUB),
]


@run(NEAR_WEEKDAYS)
def test_a_weekday_nothing_pulls_back_is_the_coming_one(
    sentence: str, words: str, value: str | None, published: str
) -> None:
    assert value_of(sentence, words, published) == value


# --- round 2: a verb the tagger read as an adjective, a measure's own date, a target for the year's end -
ROUND_TWO: list[Case] = [
    # the parse tags "glossed" an adjective hung from the later "could do": the date is still told in the past
    (
        "President Okafor, meantime, glossed over stern warnings from the guilds on Thursday"
        " that new tariffs could do serious harm to trade with the islands.",
        "on Thursday",
        "2026-03-05",
        "2026-03-06",
    ),
    # the month dates the cutback, not the telling: the nearest September, told in August
    (
        "The refinery notified Asian buyers of a 10 percent cutback in September.",
        "in September",
        "2026-09",
        "2026-08-12",
    ),
    # a target "by the end of the year" named for a noun, in a past clause, is this year's end
    (
        "The mill shed 300 jobs in the quarter, leaving it within $10 million of its target"
        " of a saving of $90 million by the end of the year.",
        "the end of the year",
        "2026-12",
        "2026-10-14",
    ),
]


@run(ROUND_TWO)
def test_round_two_directions(sentence: str, words: str, value: str | None, published: str) -> None:
    assert value_of(sentence, words, published) == value
